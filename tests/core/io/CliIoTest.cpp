#include "core/io/TextCodec.h"
#include "core/store/Database.h"
#include "tests/benchmarks/BenchRunner.h"
#include "tests/benchmarks/IoBench.h"
#include "tests/core/io/IoTestSupport.h"
#include "tests/support/ChainFixture.h"

#include <QFile>

using namespace qianyue;

namespace {

test::ProcessResult cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(QIANYUE_CLI), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
                            {QStringLiteral("DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")});
}

QString write(const test::TempDir &tmp, const QString &name, const QByteArray &bytes)
{
    QFile file(tmp.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("qianyue-cli import KIND --fields lists the fields with their meaning")
{
    const auto fields = cli({QStringLiteral("import"), QStringLiteral("opportunities"), QStringLiteral("--fields")});
    CHECK(fields.exitCode == 0);
    for (const char *name : {"code", "customer", "stage", "amount", "probability", "expected_close_date", "lost_reason"})
        CHECK(fields.out.contains(QLatin1String(name)));
    CHECK(fields.out.contains(QStringLiteral("预计金额")));
    CHECK(fields.out.contains(QStringLiteral("won (赢单, Won)")));
    CHECK(cli({QStringLiteral("import"), QStringLiteral("widgets"), QStringLiteral("--fields")}).exitCode == 2);
}

TEST_CASE("qianyue-cli import reports problems with exit 1 and imports with exit 0")
{
    test::ChainFixture f;
    const QString db = f.db->path();
    test::TempDir tmp;
    const QString bad = write(tmp, QStringLiteral("bad.csv"), QByteArray("客户名称,负责人\nA公司,李娜\nB公司,李那\n"));
    const auto refused = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(":3:2: owner: '李那' not found; did you mean '李娜'?")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK(test::rowCount(*f.db, QStringLiteral("customers")) == 1);

    const auto dry = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), bad,
                          QStringLiteral("--values"), QStringLiteral("owner:李那=李娜"), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("would create 2")));
    CHECK(test::rowCount(*f.db, QStringLiteral("customers")) == 1);

    const QString semicolons = write(tmp, QStringLiteral("x.txt"), QByteArray("Firma;Telefon\nC GmbH;123\n"));
    const auto imported = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), semicolons,
                               QStringLiteral("--map"), QStringLiteral("name=Firma,phone=Telefon"), QStringLiteral("--delimiter"),
                               QStringLiteral("semicolon"), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("created 1, updated 0, skipped 0")));
    CHECK(test::rowCount(*f.db, QStringLiteral("customers")) == 2);

    const auto again = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), semicolons,
                            QStringLiteral("--map"), QStringLiteral("name=1"), QStringLiteral("--update-existing")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("updated 1")));
}

TEST_CASE("qianyue-cli import and export refuse wrong usage with exit 2")
{
    test::ChainFixture f;
    const QString db = f.db->path();
    test::TempDir tmp;
    const QString csv = write(tmp, QStringLiteral("c.csv"), QByteArray("name\nA\n"));
    const QString cards = write(tmp, QStringLiteral("c.vcf"), QByteArray("BEGIN:VCARD\nFN:A\nEND:VCARD\n"));
    const std::vector<QStringList> wrong = {
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("widgets"), csv},
        {QStringLiteral("import"), QStringLiteral("customers"), csv},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--map"), QStringLiteral("colour=1")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--values"), QStringLiteral("nofield")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--encoding"), QStringLiteral("klingon")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--delimiter"), QStringLiteral("ab")},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), cards},
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contacts"), csv, QStringLiteral("--format"), QStringLiteral("xls")},
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers"), tmp.file(QStringLiteral("o.ics"))},
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("contacts"), tmp.file(QStringLiteral("o.vcf")),
         QStringLiteral("--encoding"), QStringLiteral("gb18030")},
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("contacts"), tmp.file(QStringLiteral("o.vcf")),
         QStringLiteral("--vcard-version"), QStringLiteral("2.1")},
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers")},
    };
    for (const QStringList &arguments : wrong) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = cli(arguments);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.isEmpty());
    }
    CHECK(cli({QStringLiteral("--db"), tmp.file(QStringLiteral("missing.db")), QStringLiteral("import"), QStringLiteral("customers"), csv})
              .exitCode
          == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("customers"), tmp.file(QStringLiteral("none.csv"))})
              .exitCode
          == 1);
}

TEST_CASE("qianyue-cli export writes CSV in UTF-8 with a mark or GB18030 and vCard and iCalendar files")
{
    test::ChainFixture f;
    const QString db = f.db->path();
    test::TempDir tmp;
    const QString utf8 = tmp.file(QStringLiteral("customers.csv"));
    const auto exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers"), utf8});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("Exported 1 customers")));
    const QByteArray bytes = read(utf8);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "code,name,kind,"));
    CHECK(bytes.contains("上海华信电子有限公司"));

    const QString gb = tmp.file(QStringLiteral("customers-gb.csv"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers"), gb, QStringLiteral("--encoding"),
               QStringLiteral("gb18030")})
              .exitCode
          == 0);
    const auto decoded = TextCodec::decode(read(gb));
    REQUIRE(decoded);
    CHECK(decoded->encoding == QStringLiteral("GB18030"));
    CHECK(decoded->text.contains(QStringLiteral("上海华信电子有限公司")));

    const QString cards = tmp.file(QStringLiteral("contacts.vcf"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("contacts"), cards, QStringLiteral("--vcard-version"),
               QStringLiteral("3.0")})
              .exitCode
          == 0);
    CHECK(read(cards).contains("VERSION:3.0\r\n"));
    CHECK(read(cards).contains("FN:张伟\r\n"));

    const QString calendar = tmp.file(QStringLiteral("activities.dat"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("activities"), calendar, QStringLiteral("--format"),
               QStringLiteral("ics")})
              .exitCode
          == 0);
    CHECK(read(calendar).startsWith("BEGIN:VCALENDAR\r\n"));
}

TEST_CASE("The import benchmark runs", "[.][bench]")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("bench.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    QString text;
    QTextStream out(&text);
    bench::BenchRunner runner(out);
    bench::runIoOperations(runner, **db, 3);
    WARN(text.toStdString());
    CHECK(runner.json().size() == 2);
}
