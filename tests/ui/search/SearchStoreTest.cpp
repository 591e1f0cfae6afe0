#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/RecordStore.h"
#include "core/store/ReferenceDataBuilder.h"
#include "core/store/SearchStore.h"
#include "tests/support/ChainFixture.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

using namespace qianyue;

namespace {

// Ids of `kind` among the hits for `text` (at most `limit` per kind).
std::vector<qint64> found(Database &db, const QString &text, const QString &kind, int limit = 50)
{
    auto groups = SearchStore(db).search(text, limit);
    REQUIRE(groups);
    for (const SearchGroup &group : *groups) {
        if (group.kind == kind) {
            std::vector<qint64> ids;
            for (const SearchHit &hit : group.hits)
                ids.push_back(hit.id);
            return ids;
        }
    }
    return {};
}

bool finds(Database &db, const QString &text, const QString &kind, qint64 id)
{
    const auto ids = found(db, text, kind);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

qint64 insertCustomer(RecordStore &store, const QString &code, const QString &name, const QString &phone = {})
{
    auto id = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), code},
                                                         {QStringLiteral("name"), name},
                                                         {QStringLiteral("phone"), phone}});
    REQUIRE(id);
    return *id;
}

qint64 count(Database &db, const QString &sql)
{
    auto value = db.scalar(sql);
    REQUIRE(value);
    return value->toLongLong();
}

// Rows the index should hold: one per record of every indexed kind.
qint64 recordCount(Database &db)
{
    qint64 total = 0;
    for (const SearchKind &kind : SearchStore::kinds())
        total += count(db, QStringLiteral("SELECT count(*) FROM %1").arg(kind.table));
    return total;
}

} // namespace

TEST_CASE("Search finds a Chinese customer by a 3-character substring and by its first 2 characters")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    const qint64 target = insertCustomer(store, QStringLiteral("C-2026-00101"), QStringLiteral("杭州星河湾数码科技有限公司"));
    insertCustomer(store, QStringLiteral("C-2026-00102"), QStringLiteral("杭州星辰贸易有限公司"));
    insertCustomer(store, QStringLiteral("C-2026-00103"), QStringLiteral("宁波河湾物流有限公司"));

    CHECK(finds(*f.db, QStringLiteral("星河湾"), QStringLiteral("customers"), target));
    CHECK(found(*f.db, QStringLiteral("星河湾"), QStringLiteral("customers")).size() == 1);
    CHECK(finds(*f.db, QStringLiteral("数码科技"), QStringLiteral("customers"), target));
    CHECK(found(*f.db, QStringLiteral("河湾物"), QStringLiteral("customers")).size() == 1);
    CHECK(found(*f.db, QStringLiteral("湾数据"), QStringLiteral("customers")).empty());

    // Two characters are matched at the start of a name or number.
    CHECK(finds(*f.db, QStringLiteral("杭州"), QStringLiteral("customers"), target));
    CHECK(found(*f.db, QStringLiteral("杭州"), QStringLiteral("customers")).size() == 2);
    CHECK(found(*f.db, QStringLiteral("宁"), QStringLiteral("customers")).size() == 1);

    // A Chinese personal name is often two characters: the contact is found by all of it.
    auto contact = store.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), target},
                                                            {QStringLiteral("name"), QStringLiteral("韩梅")},
                                                            {QStringLiteral("mobile"), QStringLiteral("13912345678")}});
    REQUIRE(contact);
    CHECK(finds(*f.db, QStringLiteral("韩梅"), QStringLiteral("contacts"), *contact));
    CHECK(finds(*f.db, QStringLiteral("2345678"), QStringLiteral("contacts"), *contact));

    // The hit carries what the dialog shows.
    auto groups = SearchStore(*f.db).search(QStringLiteral("星河湾"), 5);
    REQUIRE(groups);
    REQUIRE(groups->size() == 1);
    CHECK(groups->front().kind == QStringLiteral("customers"));
    CHECK(groups->front().hits.front().title == QStringLiteral("杭州星河湾数码科技有限公司"));
    CHECK(groups->front().hits.front().subtitle.contains(QStringLiteral("C-2026-00101")));
}

TEST_CASE("Search finds contracts and orders by a fragment of their number")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    std::vector<qint64> contracts;
    for (int n = 40; n < 45; ++n) {
        auto id = store.insert(QStringLiteral("contracts"),
                               {{QStringLiteral("number"), QStringLiteral("HT-2026-%1").arg(n, 4, 10, QLatin1Char('0'))},
                                {QStringLiteral("title"), QStringLiteral("设备采购合同")},
                                {QStringLiteral("customer_id"), f.customerId},
                                {QStringLiteral("currency"), QStringLiteral("CNY")},
                                {QStringLiteral("contract_date"), QStringLiteral("2026-03-02")}});
        REQUIRE(id);
        contracts.push_back(*id);
    }
    auto order = store.insert(QStringLiteral("sales_orders"), {{QStringLiteral("number"), QStringLiteral("SO-2026-0042")},
                                                              {QStringLiteral("customer_id"), f.customerId},
                                                              {QStringLiteral("contract_id"), contracts[2]},
                                                              {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                              {QStringLiteral("order_date"), QStringLiteral("2026-03-05")}});
    REQUIRE(order);

    CHECK(found(*f.db, QStringLiteral("2026-0042"), QStringLiteral("contracts")) == std::vector<qint64>{contracts[2]});
    CHECK(found(*f.db, QStringLiteral("2026-0042"), QStringLiteral("sales_orders")) == std::vector<qint64>{*order});
    // Letters are found whatever their case.
    CHECK(found(*f.db, QStringLiteral("ht-2026-0043"), QStringLiteral("contracts")) == std::vector<qint64>{contracts[3]});
    // Newest first, and the limit per kind is kept and reported.
    auto groups = SearchStore(*f.db).search(QStringLiteral("HT-2026"), 3);
    REQUIRE(groups);
    REQUIRE(groups->size() == 1);
    CHECK(groups->front().more);
    REQUIRE(groups->front().hits.size() == 3);
    CHECK(groups->front().hits[0].id == contracts[4]);
    CHECK(groups->front().hits[0].subtitle.contains(QStringLiteral("设备采购合同")));
    // Several words are each looked for, in any field.
    CHECK(found(*f.db, QStringLiteral("设备采购 HT-2026-0041"), QStringLiteral("contracts")) == std::vector<qint64>{contracts[1]});
    CHECK(found(*f.db, QStringLiteral("设备销售 HT-2026-0041"), QStringLiteral("contracts")).empty());
    // Short text matches the start of the number.
    CHECK(found(*f.db, QStringLiteral("HT"), QStringLiteral("contracts")).size() == 5);
    CHECK(found(*f.db, QStringLiteral("ht"), QStringLiteral("contracts")).size() == 5);
}

TEST_CASE("The index follows inserts renames and deletes")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    const qint64 before = count(*f.db, QStringLiteral("SELECT count(*) FROM search_index"));
    CHECK(before == recordCount(*f.db));

    const qint64 id = insertCustomer(store, QStringLiteral("C-2026-00201"), QStringLiteral("成都锦江电子有限公司"),
                                     QStringLiteral("028-86001234"));
    CHECK(finds(*f.db, QStringLiteral("锦江电子"), QStringLiteral("customers"), id));
    CHECK(finds(*f.db, QStringLiteral("86001234"), QStringLiteral("customers"), id));

    REQUIRE(store.update(QStringLiteral("customers"), id, {{QStringLiteral("name"), QStringLiteral("成都天府软件有限公司")}}));
    CHECK_FALSE(finds(*f.db, QStringLiteral("锦江电子"), QStringLiteral("customers"), id));
    CHECK(finds(*f.db, QStringLiteral("天府软件"), QStringLiteral("customers"), id));
    // Columns outside the index leave it alone; the entry stays.
    REQUIRE(store.update(QStringLiteral("customers"), id, {{QStringLiteral("status"), QStringLiteral("active")}}));
    CHECK(finds(*f.db, QStringLiteral("天府软件"), QStringLiteral("customers"), id));
    REQUIRE(store.update(QStringLiteral("customers"), id, {{QStringLiteral("phone"), QStringLiteral("028-86005678")}}));
    CHECK_FALSE(finds(*f.db, QStringLiteral("86001234"), QStringLiteral("customers"), id));
    CHECK(finds(*f.db, QStringLiteral("028 8600 5678"), QStringLiteral("customers"), id));
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM search_index")) == before + 1);

    REQUIRE(store.remove(QStringLiteral("customers"), id));
    CHECK_FALSE(finds(*f.db, QStringLiteral("天府软件"), QStringLiteral("customers"), id));
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM search_index")) == before);

    // A rolled-back save leaves nothing behind in the index either.
    auto rolledBack = f.db->transaction([&]() -> Result<void> {
        insertCustomer(store, QStringLiteral("C-2026-00202"), QStringLiteral("重庆山城火锅有限公司"));
        return fail(ErrorKind::Invalid, QStringLiteral("changed my mind"));
    });
    CHECK_FALSE(rolledBack);
    CHECK(found(*f.db, QStringLiteral("山城火锅"), QStringLiteral("customers")).empty());
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM search_index")) == before);
}

TEST_CASE("Quotes operators and SQL in the search text are matched literally")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    const qint64 odd = insertCustomer(store, QStringLiteral("C-2026-00301"), QStringLiteral("ACME \"Best\" * NEAR( OR 1=1 -- Ltd"));
    const qint64 plain = insertCustomer(store, QStringLiteral("C-2026-00302"), QStringLiteral("Best Tools Ltd"));

    for (const QString &text : {QStringLiteral("\" OR 1=1 --"), QStringLiteral("NEAR("), QStringLiteral("*"),
                                QStringLiteral("\"Best\" *"), QStringLiteral("OR 1=1"), QStringLiteral("'; DROP TABLE customers; --"),
                                QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("%"), QStringLiteral("_"),
                                QStringLiteral("AND"), QStringLiteral("NOT Best"), QStringLiteral("Best*"), QStringLiteral("^Best"),
                                QStringLiteral("name:Best"), QStringLiteral("{text}"), QStringLiteral("\\")}) {
        INFO(text.toStdString());
        auto groups = SearchStore(*f.db).search(text, 10);
        REQUIRE(groups);
    }
    // Words of three or more characters are looked for anywhere, literally: only the odd name holds "1=1".
    CHECK(found(*f.db, QStringLiteral("\" OR 1=1 --"), QStringLiteral("customers")) == std::vector<qint64>{odd});
    CHECK(found(*f.db, QStringLiteral("\" OR 2=2 --"), QStringLiteral("customers")).empty());
    CHECK(found(*f.db, QStringLiteral("\"Best\" *"), QStringLiteral("customers")) == std::vector<qint64>{odd});
    CHECK(found(*f.db, QStringLiteral("NEAR("), QStringLiteral("customers")) == std::vector<qint64>{odd});
    CHECK(found(*f.db, QStringLiteral("OR 1=1 --"), QStringLiteral("customers")) == std::vector<qint64>{odd});
    // "NOT Best" is text to find, not "everything but Best".
    CHECK(found(*f.db, QStringLiteral("NOT Best"), QStringLiteral("customers")).empty());
    CHECK(found(*f.db, QStringLiteral("Best Too"), QStringLiteral("customers")) == std::vector<qint64>{plain});
    // A word too short for the index only counts as part of the whole text.
    CHECK(found(*f.db, QStringLiteral("Best T"), QStringLiteral("customers")) == std::vector<qint64>{plain, odd});
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM customers")) >= 3);
}

TEST_CASE("Migration 5 fills the index from records stored before it")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("old.db"));
    QString sample;
    qint64 sampleId = 0;
    qint64 records = 0;
    {
        auto db = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(db);
        REQUIRE(ReferenceDataBuilder(**db, DataSetSize::forCustomers(150), 5, DemoVocabulary::Language::Chinese,
                                     QDate(2026, 11, 23))
                    .build());
        sampleId = count(**db, QStringLiteral("SELECT max(id) FROM customers"));
        auto name = (*db)->scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {sampleId});
        REQUIRE(name);
        sample = name->toString();
        records = recordCount(**db);
        // Back to schema 4: the same file as an older Qianyue would have left it.
        QStringList drops{QStringLiteral("DROP TABLE search_index")};
        for (const SearchKind &kind : SearchStore::kinds()) {
            for (const auto *event : {"insert", "update", "delete"})
                drops << QStringLiteral("DROP TRIGGER search_%1_%2").arg(kind.table, QString::fromLatin1(event));
        }
        for (const auto *index : {"search_contacts_name", "search_leads_company", "search_leads_contact", "search_opportunities_name"})
            drops << QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(index));
        // Schemas 6 to 8 came after the index: take them away too.
        drops << QStringLiteral("DROP TABLE form_drafts") << QStringLiteral("DROP TABLE contact_details");
        for (const auto *index : {"customers_name_lower", "contacts_name_lower", "products_name_lower", "products_sku_lower",
                                  "users_name_lower"})
            drops << QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(index));
        for (const auto *column : {"address", "notes", "photo", "photo_type", "uid", "marketing_consent", "consent_date",
                                   "consent_source"})
            drops << QStringLiteral("ALTER TABLE contacts DROP COLUMN %1").arg(QString::fromLatin1(column));
        drops << QStringLiteral("ALTER TABLE activities DROP COLUMN uid")
              << QStringLiteral("ALTER TABLE customers DROP COLUMN consent_source");
        drops << QStringLiteral("PRAGMA user_version = 4");
        for (const QString &sql : drops)
            REQUIRE((*db)->query(sql));
    }
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == latestSchemaVersion());
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM search_index")) == records);
        CHECK(records > 1000);
        CHECK(finds(**db, sample.mid(2, 4), QStringLiteral("customers"), sampleId));
        // Every kind is in the index under its own rowid range.
        for (const SearchKind &kind : SearchStore::kinds()) {
            INFO(kind.table.toStdString());
            CHECK(count(**db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid >= %1 AND rowid < %2")
                                  .arg(kind.code * SearchStore::kRowidSpan)
                                  .arg((kind.code + 1) * SearchStore::kRowidSpan))
                  == count(**db, QStringLiteral("SELECT count(*) FROM %1").arg(kind.table)));
        }
        // The fill's tuning is undone, so later writes merge as usual.
        CHECK(count(**db, QStringLiteral("SELECT v FROM search_index_config WHERE k = 'automerge'")) == 4);
        // A rebuild gives the same index.
        REQUIRE(SearchStore(**db).rebuild());
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM search_index")) == records);
        CHECK(finds(**db, sample.mid(2, 4), QStringLiteral("customers"), sampleId));
    }
}

namespace {

// Keystrokes of a few searches typed letter by letter, like a salesperson would.
const QStringList &typedSearches()
{
    static const QStringList typed = [] {
        QStringList all;
        for (const QString &word : {QStringLiteral("济南众诚教"), QStringLiteral("HT-2025-0012"), QStringLiteral("0531-65"),
                                    QStringLiteral("有限公司"), QStringLiteral("赵涛"), QStringLiteral("info123"),
                                    QStringLiteral("产品购销"), QStringLiteral("SO-2023-0"), QStringLiteral("OPP-2024-02"),
                                    QStringLiteral("硒鼓 M"), QStringLiteral("zzz"), QStringLiteral("华为技术")}) {
            for (qsizetype length = 1; length <= word.size(); ++length)
                all << word.left(length);
        }
        return all;
    }();
    return typed;
}

// Median, 90th percentile and maximum milliseconds per keystroke over four warm rounds.
void measureKeystrokes(Database &db, const char *label)
{
    std::vector<double> all;
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : typedSearches()) {
            QElapsedTimer keystroke;
            keystroke.start();
            auto groups = SearchStore(db).search(text, 6);
            REQUIRE(groups);
            if (round > 0)
                all.push_back(double(keystroke.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(all.begin(), all.end());
    WARN(label << ": " << all.size() << " keystrokes, median " << all[all.size() / 2] << " ms, 90th "
               << all[all.size() * 9 / 10] << " ms, max " << all.back() << " ms");
}

} // namespace

// Not run by default: `test_ui_search "[.measure]"` with QIANYUE_SEARCH_DB set to a
// copy of the reference data set at schema 2-4 measures migration 5 and keystrokes.
TEST_CASE("Measure the search migration and keystrokes on the reference data set", "[.measure]")
{
    const QString path = qEnvironmentVariable("QIANYUE_SEARCH_DB");
    if (path.isEmpty() || !QFile::exists(path)) {
        WARN("QIANYUE_SEARCH_DB is not set");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db);
    WARN("open and migrate: " << timer.elapsed() << " ms");
    measureKeystrokes(**db, "after the migration");
}

// Not run by default: what the index triggers add to a bulk load of the reference
// proportions (QIANYUE_SEARCH_BUILD_CUSTOMERS customers, 5 000 unless set), and
// how fast search is on an index grown by triggers, before and after optimize().
TEST_CASE("Measure what the index triggers cost a bulk load", "[.measure]")
{
    const qint64 customers = qEnvironmentVariableIsSet("QIANYUE_SEARCH_BUILD_CUSTOMERS")
                                 ? qEnvironmentVariable("QIANYUE_SEARCH_BUILD_CUSTOMERS").toLongLong()
                                 : 5000;
    for (const bool withIndex : {true, false}) {
        test::TempDir tmp;
        auto db = Database::open(tmp.file(QStringLiteral("bulk.db")), Database::Mode::CreateNew);
        REQUIRE(db);
        if (!withIndex) {
            for (const SearchKind &kind : SearchStore::kinds()) {
                for (const auto *event : {"insert", "update", "delete"})
                    REQUIRE((*db)->query(QStringLiteral("DROP TRIGGER search_%1_%2").arg(kind.table, QString::fromLatin1(event))));
            }
        }
        QElapsedTimer timer;
        timer.start();
        REQUIRE(ReferenceDataBuilder(**db, DataSetSize::forCustomers(customers), 7, DemoVocabulary::Language::Chinese,
                                     QDate(2026, 11, 23))
                    .build());
        WARN((withIndex ? "build with the index: " : "build without the index: ") << timer.elapsed() << " ms");
        if (!withIndex)
            continue;
        measureKeystrokes(**db, "index grown by triggers");
        timer.restart();
        REQUIRE(SearchStore(**db).optimize());
        WARN("optimize: " << timer.elapsed() << " ms");
        measureKeystrokes(**db, "after optimize");
    }
}
