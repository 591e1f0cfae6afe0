#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>

using namespace qianyue;

namespace {

// The CLI must work on a machine with no display at all.
const QStringList kNoDisplay = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")};

test::ProcessResult cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(QIANYUE_CLI), arguments, kNoDisplay);
}

} // namespace

TEST_CASE("qianyue-cli --version and --help work without a display")
{
    const auto version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("qianyue-cli ")));

    const auto help = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("--db FILE")));
}

TEST_CASE("qianyue-cli init creates a database and refuses to overwrite one")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    const auto created = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(created.exitCode == 0);
    CHECK(QFileInfo::exists(path));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto refused = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("qianyue-cli speaks Chinese with --lang zh_CN")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    const auto refused = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("已存在")));
}

TEST_CASE("qianyue-cli rejects unknown commands and missing --db with exit code 2")
{
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
    const auto noDb = cli({QStringLiteral("init"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(noDb.exitCode == 2);
    CHECK(noDb.err.contains(QStringLiteral("--db")));
}

TEST_CASE("qianyue-cli demo check backup and restore work end to end")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("demo.db"));
    const auto demo = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo"), QStringLiteral("--db"), path,
                           QStringLiteral("--scale"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.err.contains(QStringLiteral("customers: 30 of 30")));

    const auto clean = cli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("Clean: 12 checks passed.")));
    CHECK(clean.out.contains(QStringLiteral("ok      Report roll-ups and search index match the records")));

    const QString copy = tmp.file(QStringLiteral("copy.db"));
    const auto backup = cli({QStringLiteral("backup"), copy, QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(backup.exitCode == 0);
    const auto again = cli({QStringLiteral("backup"), copy, QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(again.exitCode == 2);

    // Damage the live file through SQL the way a buggy tool would, then restore the backup.
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(db);
        REQUIRE((*db)->query(QStringLiteral("UPDATE contracts SET total = total + 100 WHERE id = 1")));
    }
    const auto broken = cli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("FAILED  Totals of contracts equal their lines")));

    const auto restored = cli({QStringLiteral("restore"), copy, QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path + QStringLiteral(".bak")}).exitCode == 1);
}

TEST_CASE("qianyue-cli restore refuses a file that is not a Qianyue database and changes nothing")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("live.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    const QString junk = tmp.file(QStringLiteral("junk.db"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    const auto refused = cli({QStringLiteral("restore"), junk, QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a Qianyue database")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".bak")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode == 0);
}

TEST_CASE("qianyue-cli check reports roll-ups and a search index that differ from the records and --repair rebuilds them")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("derived.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--scale"), QStringLiteral("20")}).exitCode == 0);
    const QStringList check = {QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")};
    REQUIRE(cli(check).exitCode == 0);

    // What a crash half-way through a bulk load, or a hand edit, leaves behind.
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(db);
        REQUIRE((*db)->query(QStringLiteral("UPDATE rollup_signed_month SET amount = amount + 1"
                                            " WHERE owner_key = -1 AND month = (SELECT max(month) FROM rollup_signed_month)")));
        REQUIRE((*db)->query(QStringLiteral("DELETE FROM search_index WHERE rowid = (SELECT min(rowid) FROM search_index)")));
        REQUIRE((*db)->query(QStringLiteral("DROP TRIGGER rollup_lead_day_after_insert")));
    }
    const auto broken = cli(check);
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("FAILED  Report roll-ups and search index match the records")));
    // The changed group counts twice: the stored row no query gives, and the row the query gives.
    CHECK(broken.out.contains(QStringLiteral("report roll-up rollup_signed_month: 2 group")));
    CHECK(broken.out.contains(QStringLiteral("search index: 1 row")));
    CHECK(broken.out.contains(QStringLiteral("rollup_lead_day_after_insert")));
    CHECK(broken.out.contains(QStringLiteral("check --repair")));

    const auto repaired = cli(check + QStringList{QStringLiteral("--repair")});
    INFO(repaired.out.toStdString() << repaired.err.toStdString());
    CHECK(repaired.exitCode == 0);
    CHECK(repaired.out.contains(QStringLiteral("Repaired: rebuilt the report roll-ups and the search index")));
    CHECK(repaired.out.contains(QStringLiteral("Clean: 12 checks passed.")));

    // The trigger is back: a lead added afterwards reaches the roll-up again.
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(db);
        REQUIRE((*db)->query(QStringLiteral("INSERT INTO leads (company, contact_name, created_on, status)"
                                            " VALUES ('新线索公司', '王五', '2026-11-02', 'unassigned')")));
    }
    CHECK(cli(check).exitCode == 0);
    // A clean database is left alone by --repair.
    const auto clean = cli(check + QStringList{QStringLiteral("--repair")});
    CHECK(clean.exitCode == 0);
    CHECK_FALSE(clean.out.contains(QStringLiteral("Repaired")));
}
