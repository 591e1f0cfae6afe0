#include "core/store/Database.h"
#include "core/store/DraftStore.h"
#include "core/store/Migrations.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/SqlDialect.h"
#include "tests/support/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace qianyue;

namespace {

// Writes a database at schema `version` the way that older Qianyue did: its
// migrations only, then some data of that version.
void writeOldDatabase(const QString &path, int version, const QStringList &data)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
        for (const Migration &step : migrations()) {
            if (step.version > version)
                break;
            for (const QString &statement : step.statements)
                REQUIRE(query.exec(SqlDialect().expand(statement)));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        for (const QString &statement : data) {
            INFO(statement.toStdString() << " -> " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

TEST_CASE("Migrations are numbered one by one from 1")
{
    int expected = 1;
    for (const Migration &step : migrations()) {
        CHECK(step.version == expected);
        CHECK_FALSE(step.description.isEmpty());
        ++expected;
    }
    CHECK(latestSchemaVersion() == expected - 1);
}

TEST_CASE("Every older schema version upgrades to the newest with its data kept")
{
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from schema " << version)
        {
            test::TempDir tmp;
            const QString path = tmp.file(QStringLiteral("old.db"));
            // Version 1 holds the company profile and settings: fill them.
            writeOldDatabase(path, version,
                             {QStringLiteral("UPDATE company SET name = '上海华信电子有限公司', tax_id = '91310000123456789X'"),
                              QStringLiteral("INSERT INTO settings (key, value) VALUES ('ui.theme', 'dark')")});
            auto db = Database::open(path, Database::Mode::OpenExisting);
            REQUIRE(db);
            CHECK((*db)->schemaVersion() == latestSchemaVersion());
            auto name = (*db)->scalar(QStringLiteral("SELECT name FROM company WHERE id = 1"));
            REQUIRE(name);
            CHECK(name->toString() == QStringLiteral("上海华信电子有限公司"));
            SettingsStore settings(**db);
            CHECK(settings.value(QStringLiteral("ui.theme")).value_or(QString()) == QStringLiteral("dark"));
            CHECK(settings.baseCurrency().value_or(QString()) == QStringLiteral("CNY"));
            // The upgraded file takes records of the newest schema.
            auto customer = RecordStore(**db).insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-1")},
                                                                                    {QStringLiteral("name"), QStringLiteral("新客户")}});
            CHECK(customer);
        }
    }
}

TEST_CASE("A failed migration leaves the old version intact")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("clash.db"));
    // A table the next migration wants to create already exists: the step fails.
    writeOldDatabase(path, 1, {QStringLiteral("CREATE TABLE customers (x INTEGER)")});
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("schema 2")));
    const auto info = Database::inspect(path);
    REQUIRE(info);
    CHECK(info->userVersion == 1);
}

TEST_CASE("Schema 7 keeps form drafts - saved replaced listed and removed")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("drafts.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(latestSchemaVersion() >= 7);
    DraftStore drafts(**db);
    FormDraft draft;
    draft.table = QStringLiteral("customers");
    draft.recordId = 12;
    draft.baseVersion = 3;
    draft.texts = {{QStringLiteral("name"), QStringLiteral("上海华信 '; DROP TABLE form_drafts; --")},
                   {QStringLiteral("notes"), QStringLiteral("第一行\n第二行")}};
    auto id = drafts.save(draft);
    REQUIRE(id);
    draft.id = *id;
    draft.texts[QStringLiteral("notes")] = QStringLiteral("改过");
    auto again = drafts.save(draft);
    REQUIRE(again);
    CHECK(*again == *id); // replaced, not added
    FormDraft fresh;
    fresh.table = QStringLiteral("contacts");
    fresh.texts = {{QStringLiteral("name"), QStringLiteral("新联系人")}};
    REQUIRE(drafts.save(fresh));

    auto all = drafts.all();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).table == QStringLiteral("customers"));
    CHECK(all->at(0).recordId == std::optional<qint64>(12));
    CHECK(all->at(0).baseVersion == std::optional<qint64>(3));
    CHECK(all->at(0).texts.value(QStringLiteral("name")) == draft.texts.value(QStringLiteral("name")));
    CHECK(all->at(0).texts.value(QStringLiteral("notes")) == QStringLiteral("改过"));
    CHECK_FALSE(all->at(1).recordId);
    CHECK_FALSE(all->at(0).savedAt.isEmpty());
    REQUIRE(drafts.remove(*id));
    CHECK(drafts.all()->size() == 1);
    CHECK(drafts.remove(*id)); // already gone: no error
}
