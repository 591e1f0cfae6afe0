// Privacy: a list exported for marketing holds only those who consented.
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/RecordEditing.h"
#include "tests/support/TestSupport.h"

#include <QFile>

using namespace qianyue;
using namespace qianyue::test;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("qianyue-cli export --marketing leaves out customers and contacts without consent", "[reliability][privacy]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    {
        auto db = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(db);
        RecordEditing editing(**db);
        auto agreed = editing.create(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("同意营销的公司")},
                                                                   {QStringLiteral("marketing_consent"), 1},
                                                                   {QStringLiteral("consent_date"), QStringLiteral("2026-01-05")}});
        REQUIRE(agreed);
        REQUIRE(editing.create(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("未同意的公司")}}));
        REQUIRE(editing.create(QStringLiteral("contacts"), {{QStringLiteral("name"), QStringLiteral("王同意")},
                                                            {QStringLiteral("customer_id"), *agreed},
                                                            {QStringLiteral("email"), QStringLiteral("wang@yes.example")},
                                                            {QStringLiteral("marketing_consent"), 1},
                                                            {QStringLiteral("consent_source"), QStringLiteral("展会登记表")}}));
        REQUIRE(editing.create(QStringLiteral("contacts"), {{QStringLiteral("name"), QStringLiteral("李拒绝")},
                                                            {QStringLiteral("customer_id"), *agreed},
                                                            {QStringLiteral("email"), QStringLiteral("li@no.example")}}));
    }
    auto cli = [&](const QStringList &args) {
        return runProcess(QStringLiteral(QIANYUE_CLI), QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                                   QStringLiteral("--db"), path} + args);
    };

    const QString customers = tmp.file(QStringLiteral("customers.csv"));
    auto run = cli({QStringLiteral("export"), QStringLiteral("customers"), customers, QStringLiteral("--marketing")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(readAll(customers).contains(QStringLiteral("同意营销的公司")));
    CHECK_FALSE(readAll(customers).contains(QStringLiteral("未同意的公司")));

    for (const QString &file : {tmp.file(QStringLiteral("contacts.csv")), tmp.file(QStringLiteral("contacts.vcf"))}) {
        INFO(file.toStdString());
        run = cli({QStringLiteral("export"), QStringLiteral("contacts"), file, QStringLiteral("--marketing")});
        REQUIRE(run.exitCode == 0);
        CHECK(readAll(file).contains(QStringLiteral("wang@yes.example")));
        CHECK_FALSE(readAll(file).contains(QStringLiteral("li@no.example")));
    }
    // Without --marketing everyone is exported.
    const QString all = tmp.file(QStringLiteral("all.csv"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("contacts"), all}).exitCode == 0);
    CHECK(readAll(all).contains(QStringLiteral("li@no.example")));
    // Kinds that hold no consent are refused.
    run = cli({QStringLiteral("export"), QStringLiteral("leads"), tmp.file(QStringLiteral("leads.csv")), QStringLiteral("--marketing")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Marketing consent")));
}
