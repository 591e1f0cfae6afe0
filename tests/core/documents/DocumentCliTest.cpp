#include "core/documents/DocumentSnapshots.h"
#include "core/workflow/ContractWorkflow.h"
#include "tests/core/documents/DocumentTestSupport.h"

#include <QFile>
#include <QFileInfo>

using namespace qianyue;

namespace {

// Like the CLI's own tests: no display, no platform chosen from outside.
const QStringList kNoDisplay = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};

test::ProcessResult cli(const QStringList &arguments)
{
    // QIANYUE_CLI in the environment points the tests at another build of the program.
    const QString program = qEnvironmentVariable("QIANYUE_CLI", QStringLiteral(QIANYUE_CLI));
    return test::runProcess(program, arguments, kNoDisplay);
}

test::ProcessResult words(const QStringList &arguments)
{
    return test::runProcess(qEnvironmentVariable("QIANYUE_CLI", QStringLiteral(QIANYUE_CLI)),
                            QStringList{QStringLiteral("amount-in-words")} + arguments, kNoDisplay);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("qianyue-cli amount-in-words writes Chinese uppercase for CNY and English otherwise")
{
    const auto yuan = words({QStringLiteral("1004.05")});
    INFO(yuan.err.toStdString());
    CHECK(yuan.exitCode == 0);
    CHECK(yuan.out.trimmed() == QStringLiteral("壹仟零肆元零伍分"));

    CHECK(words({QStringLiteral("100000")}).out.trimmed() == QStringLiteral("壹拾万元整"));
    CHECK(words({QStringLiteral("1,004.05"), QStringLiteral("--currency"), QStringLiteral("usd")}).out.trimmed()
          == QStringLiteral("US Dollars One Thousand Four and 05/100"));
    CHECK(words({QStringLiteral("--"), QStringLiteral("-12.5")}).out.trimmed() == QStringLiteral("负壹拾贰元伍角"));
}

TEST_CASE("qianyue-cli amount-in-words refuses bad amounts and currencies with exit code 2")
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("12.345")}, QStringList{QStringLiteral("twelve")},
                                         QStringList{QStringLiteral("12"), QStringLiteral("--currency"), QStringLiteral("XX")},
                                         QStringList{}, QStringList{QStringLiteral("1"), QStringLiteral("2")}}) {
        const auto refused = words(arguments);
        INFO(arguments.join(u' ').toStdString() << " → " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.isEmpty());
        CHECK(refused.out.isEmpty());
    }
}

TEST_CASE("qianyue-cli print writes quotes and contracts as PDF")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = f.acceptedQuote();
    REQUIRE(DocumentSnapshots::freezeQuote(*f.db, quote));
    ContractWorkflow contracts(*f.db);
    auto contract = contracts.createFromQuote(quote, QDate(2026, 3, 5));
    REQUIRE(contract);
    const QString db = f.db->path();
    const QString quotePdf = f.tmp.file(QStringLiteral("quote.pdf"));
    const QString contractPdf = f.tmp.file(QStringLiteral("contract.pdf"));

    const auto printed = cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("Q-2026-0001"),
                              QStringLiteral("--pdf"), quotePdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("Q-2026-0001")));
    const QByteArray stored = readFile(quotePdf);
    CHECK(stored.startsWith("%PDF-"));

    // Reprinting the frozen revision writes the same file again.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("Q-2026-0001"),
                 QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--pdf"), quotePdf})
                .exitCode
            == 0);
    CHECK(readFile(quotePdf) == stored);

    const auto english = cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("contract"), QStringLiteral("HT-2026-0001"),
                              QStringLiteral("--pdf"), contractPdf, QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--paper"), QStringLiteral("Letter")});
    INFO(english.err.toStdString());
    REQUIRE(english.exitCode == 0);
    REQUIRE(QFileInfo::exists(contractPdf));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the printed text is not checked");
        return;
    }
    const test::Poppler quoteText(stored);
    CHECK(quoteText.text().contains(QStringLiteral("人民币柒万零叁佰叁拾叁元柒角陆分")));
    const test::Poppler contractText(readFile(contractPdf));
    CHECK(contractText.text().contains(QStringLiteral("SALES CONTRACT")));
    CHECK(contractText.text().contains(QStringLiteral("HT-2026-0001")));
    CHECK(contractText.pageSize().startsWith(QStringLiteral("612 x 792")));
}

TEST_CASE("qianyue-cli print refuses what it cannot print")
{
    test::ChainFixture f;
    f.acceptedQuote();
    const QString db = f.db->path();
    const QString out = f.tmp.file(QStringLiteral("out.pdf"));
    const auto run = [&](const QStringList &arguments) { return cli(QStringList{QStringLiteral("--db"), db} + arguments); };

    CHECK(run({QStringLiteral("print"), QStringLiteral("invoice"), QStringLiteral("X-1"), QStringLiteral("--pdf"), out}).exitCode == 2);
    CHECK(run({QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("Q-2026-0001")}).exitCode == 2);
    CHECK(run({QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("Q-2026-0001"), QStringLiteral("--pdf"), out,
               QStringLiteral("--version"), QStringLiteral("zero")})
              .exitCode
          == 2);
    CHECK(run({QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("Q-2026-0001"), QStringLiteral("--pdf"), out,
               QStringLiteral("--paper"), QStringLiteral("A3")})
              .exitCode
          == 2);
    CHECK(run({QStringLiteral("print"), QStringLiteral("contract"), QStringLiteral("HT-2026-0001"), QStringLiteral("--pdf"), out,
               QStringLiteral("--version"), QStringLiteral("2")})
              .exitCode
          == 2);
    const auto missing = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("print"), QStringLiteral("quote"),
                              QStringLiteral("Q-2026-0001"), QStringLiteral("--pdf"), out, QStringLiteral("--version"), QStringLiteral("4")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no revision 4")));
    CHECK_FALSE(QFileInfo::exists(out));
    const auto noDb = cli({QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("Q-2026-0001"), QStringLiteral("--pdf"), out});
    CHECK(noDb.exitCode == 2);
}
