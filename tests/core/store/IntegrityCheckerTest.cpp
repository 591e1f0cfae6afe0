#include "core/store/Database.h"
#include "core/store/IntegrityChecker.h"
#include "core/store/ReferenceDataBuilder.h"
#include "tests/support/TestSupport.h"

using namespace qianyue;

namespace {

std::unique_ptr<Database> generated(test::TempDir &tmp)
{
    auto db = Database::open(tmp.file(QStringLiteral("gen.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    ReferenceDataBuilder builder(**db, DataSetSize::forCustomers(40), 7, DemoVocabulary::Language::Chinese, QDate(2026, 11, 23));
    REQUIRE(builder.build());
    return std::move(*db);
}

// The names of the checks that found problems.
QStringList failing(Database &db)
{
    auto results = IntegrityChecker(db).run();
    REQUIRE(results);
    QStringList names;
    for (const CheckResult &result : *results) {
        if (!result.ok())
            names << result.name;
    }
    return names;
}

void damage(Database &db, const QString &sql)
{
    auto done = db.query(sql);
    INFO(sql.toStdString());
    REQUIRE(done);
    REQUIRE(done->numRowsAffected() > 0);
}

} // namespace

TEST_CASE("A generated database passes every check")
{
    test::TempDir tmp;
    auto db = generated(tmp);
    auto results = IntegrityChecker(*db).run();
    REQUIRE(results);
    CHECK(results->size() == 11);
    CHECK(failing(*db).isEmpty());
}

TEST_CASE("The checker finds each kind of broken invariant in a hand-damaged file")
{
    test::TempDir tmp;
    auto db = generated(tmp);

    SECTION("received differs from the allocations")
    {
        damage(*db, QStringLiteral("UPDATE receivables SET received = received - 1 WHERE id = (SELECT receivable_id FROM receipt_allocations LIMIT 1)"));
        CHECK(failing(*db).contains(QStringLiteral("Receivables: received equals the allocated receipts")));
        CHECK(failing(*db).contains(QStringLiteral("Receivables: status matches what is outstanding")));
    }
    SECTION("allocations beyond the receivable and the receipt")
    {
        damage(*db, QStringLiteral("UPDATE receipt_allocations SET amount = amount * 3 WHERE id = (SELECT min(id) FROM receipt_allocations)"));
        const QStringList names = failing(*db);
        CHECK(names.contains(QStringLiteral("Receivables: allocations never exceed the receivable")));
        CHECK(names.contains(QStringLiteral("Receipts: allocations never exceed the receipt")));
    }
    SECTION("more ordered than contracted")
    {
        damage(*db, QStringLiteral("UPDATE order_lines SET quantity_milli = quantity_milli + 1000 WHERE id = (SELECT min(id) FROM order_lines)"));
        const QStringList names = failing(*db);
        CHECK(names.contains(QStringLiteral("Contracts: ordered quantity never exceeds the contracted quantity")));
        CHECK(names.contains(QStringLiteral("Totals of sales_orders equal their lines")) == false);
    }
    SECTION("a total that does not match its lines")
    {
        damage(*db, QStringLiteral("UPDATE contracts SET subtotal = subtotal + 1, total = total + 1 WHERE id = 1"));
        CHECK(failing(*db) == QStringList{QStringLiteral("Totals of contracts equal their lines")});
    }
    SECTION("a dangling reference")
    {
        REQUIRE(db->query(QStringLiteral("PRAGMA foreign_keys = OFF")));
        damage(*db, QStringLiteral("UPDATE contacts SET customer_id = 999999 WHERE id = 1"));
        CHECK(failing(*db) == QStringList{QStringLiteral("Foreign keys")});
    }
}
