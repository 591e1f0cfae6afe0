#include "core/store/AnalyticsStore.h"
#include "core/store/Database.h"
#include "core/store/DerivedData.h"
#include "core/store/ReferenceDataBuilder.h"
#include "core/store/SearchStore.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace qianyue;

namespace {

std::unique_ptr<Database> build(test::TempDir &tmp, const QString &name, qint64 customers, std::uint64_t seed,
                                DemoVocabulary::Language language = DemoVocabulary::Language::Chinese,
                                bool suspendTriggers = true)
{
    auto db = Database::open(tmp.file(name), Database::Mode::CreateNew);
    REQUIRE(db);
    ReferenceDataBuilder builder(**db, DataSetSize::forCustomers(customers), seed, language, QDate(2026, 11, 23));
    builder.setSuspendTriggers(suspendTriggers);
    REQUIRE(builder.build());
    return std::move(*db);
}

// Every row of a query, each as its values joined, in the query's order.
QStringList rows(Database &db, const QString &sql)
{
    auto query = db.query(sql);
    REQUIRE(query);
    QStringList all;
    const int columns = query->record().count();
    while (query->next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values << query->value(i).toString();
        all << values.join(QLatin1Char('|'));
    }
    return all;
}

// A roll-up table's groups with non-zero sums, in key order.
QString rollupRows(const RollupDefinition &rollup)
{
    QStringList nonZero;
    for (const QString &measure : rollup.measures)
        nonZero << measure + QStringLiteral(" <> 0");
    return QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
        .arg(rollup.table, nonZero.join(QStringLiteral(" OR ")), rollup.keys.join(QStringLiteral(", ")));
}

QStringList hitIds(Database &db, const QString &text)
{
    auto groups = SearchStore(db).search(text, 20);
    REQUIRE(groups);
    QStringList ids;
    for (const SearchGroup &group : *groups) {
        for (const SearchHit &hit : group.hits)
            ids << group.kind + QLatin1Char('/') + QString::number(hit.id);
    }
    return ids;
}

QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto *sql : {"SELECT code || name || phone || owner_id FROM customers ORDER BY id",
                            "SELECT number || total || signed_on FROM contracts ORDER BY id",
                            "SELECT code || amount || stage_id FROM opportunities ORDER BY id"}) {
        auto query = db.query(QString::fromLatin1(sql));
        REQUIRE(query);
        while (query->next())
            hash.addData(query->value(0).toString().toUtf8());
    }
    return hash.result();
}

qint64 count(Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).value_or(QVariant()).toLongLong();
}

} // namespace

TEST_CASE("The same seed gives the same data and another seed other data")
{
    test::TempDir tmp;
    auto a = build(tmp, QStringLiteral("a.db"), 50, 42);
    auto b = build(tmp, QStringLiteral("b.db"), 50, 42);
    auto c = build(tmp, QStringLiteral("c.db"), 50, 43);
    CHECK(fingerprint(*a) == fingerprint(*b));
    CHECK(fingerprint(*a) != fingerprint(*c));
}

TEST_CASE("Record counts follow the reference proportions")
{
    test::TempDir tmp;
    auto db = build(tmp, QStringLiteral("p.db"), 200, 1);
    CHECK(count(*db, "customers") == 200);
    CHECK(count(*db, "contacts") == 400);
    CHECK(count(*db, "opportunities") == 600);
    CHECK(count(*db, "contracts") == 1000);
    CHECK(count(*db, "contract_lines") == 3000);
    // Orders exist for signed contracts only, each with all the contract's lines.
    CHECK(count(*db, "sales_orders") > 700);
    CHECK(count(*db, "order_lines") == 3 * count(*db, "sales_orders"));
    const auto reference = DataSetSize::reference();
    CHECK(reference.customers * reference.contactsPerCustomer == 200000);
    CHECK(reference.customers * reference.opportunitiesPerCustomer == 300000);
    CHECK(reference.customers * reference.contractsPerCustomer * reference.linesPerDocument == 1500000);
}

TEST_CASE("English demo data has English names and the numbers continue after it")
{
    test::TempDir tmp;
    auto db = build(tmp, QStringLiteral("en.db"), 20, 3, DemoVocabulary::Language::English);
    auto name = db->scalar(QStringLiteral("SELECT name FROM customers WHERE id = 1"));
    REQUIRE(name);
    const QString text = name->toString();
    CHECK(std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.unicode() < 128; }));
    auto last = db->scalar(QStringLiteral("SELECT max(last_value) FROM number_sequences WHERE kind = 'contract' AND year = 2026"));
    auto used = db->scalar(QStringLiteral("SELECT count(*) FROM contracts WHERE number LIKE 'HT-2026-%'"));
    REQUIRE(last);
    REQUIRE(used);
    CHECK(last->toLongLong() == used->toLongLong());
}

TEST_CASE("Demo data is refused in a database that already has customers")
{
    test::TempDir tmp;
    auto db = build(tmp, QStringLiteral("full.db"), 5, 1);
    auto again = ReferenceDataBuilder(*db, DataSetSize::forCustomers(5), 1, DemoVocabulary::Language::Chinese, QDate(2026, 11, 23)).build();
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK(count(*db, "customers") == 5);
}

TEST_CASE("A build with the triggers suspended leaves the roll-ups and the search index the triggers would")
{
    test::TempDir tmp;
    auto fast = build(tmp, QStringLiteral("fast.db"), 150, 7);
    auto live = build(tmp, QStringLiteral("live.db"), 150, 7, DemoVocabulary::Language::Chinese, false);
    REQUIRE(fingerprint(*fast) == fingerprint(*live));

    // Same groups and sums in every roll-up table, and some in each family the data set fills.
    qint64 groups = 0;
    for (const RollupDefinition &rollup : rollupDefinitions()) {
        INFO(rollup.table.toStdString());
        const QStringList expected = rows(*live, rollupRows(rollup));
        CHECK(rows(*fast, rollupRows(rollup)) == expected);
        groups += expected.size();
    }
    CHECK(groups > 1000);
    CHECK_FALSE(rows(*fast, QStringLiteral("SELECT * FROM rollup_signed_month")).isEmpty());

    // The same index rows, and the index answers the same.
    const QString indexRows = QStringLiteral("SELECT rowid, kind, record_id, text FROM search_index ORDER BY rowid");
    const QStringList indexed = rows(*live, indexRows);
    CHECK(indexed.size() == count(*live, "customers") + count(*live, "contacts") + count(*live, "leads")
                                + count(*live, "opportunities") + count(*live, "quotes") + count(*live, "contracts")
                                + count(*live, "sales_orders"));
    CHECK(rows(*fast, indexRows) == indexed);
    const QString customer = fast->scalar(QStringLiteral("SELECT name FROM customers WHERE id = 17")).value_or(QVariant()).toString();
    REQUIRE(customer.size() >= 3);
    const QString phone = fast->scalar(QStringLiteral("SELECT phone FROM contacts WHERE id = 5")).value_or(QVariant()).toString();
    for (const QString &text : {customer, customer.left(3), phone, QStringLiteral("HT-2026")}) {
        INFO(text.toStdString());
        CHECK_FALSE(hitIds(*fast, text).isEmpty());
        CHECK(hitIds(*fast, text) == hitIds(*live, text));
    }
    // FTS5's own check that the index structure holds exactly the stored rows.
    CHECK(fast->query(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('integrity-check')")));

    // Both agree with the plain queries over the records, and every trigger is back.
    auto problems = DerivedData(*fast).verify();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
    CHECK(DerivedData(*fast).missingTriggers().value_or(QStringList{QStringLiteral("error")}).isEmpty());
}

TEST_CASE("After a fast build the triggers keep the roll-ups and the index in step again")
{
    test::TempDir tmp;
    auto db = build(tmp, QStringLiteral("after.db"), 40, 11);
    const auto signedTotal = [&] {
        return db->scalar(QStringLiteral("SELECT SUM(amount) FROM rollup_signed_year WHERE owner_key = -1"))
            .value_or(QVariant())
            .toLongLong();
    };
    const qint64 before = signedTotal();
    auto contract = db->query(QStringLiteral("SELECT id, base_total FROM contracts WHERE status = 'signed' ORDER BY id LIMIT 1"));
    REQUIRE(contract);
    REQUIRE(contract->next());
    const qint64 id = contract->value(0).toLongLong();
    const qint64 amount = contract->value(1).toLongLong();
    REQUIRE(amount > 0);
    REQUIRE(db->query(QStringLiteral("UPDATE contracts SET status = 'terminated' WHERE id = ?"), {id}));
    CHECK(signedTotal() == before - amount);

    REQUIRE(db->query(QStringLiteral("UPDATE customers SET name = '独一无二测试公司' WHERE id = 3")));
    const QStringList hits = hitIds(*db, QStringLiteral("独一无二"));
    CHECK(hits == QStringList{QStringLiteral("customers/3")});

    auto problems = DerivedData(*db).verify();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}
