#include "core/store/Database.h"
#include "core/store/ReferenceDataBuilder.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>

using namespace qianyue;

namespace {

std::unique_ptr<Database> build(test::TempDir &tmp, const QString &name, qint64 customers, std::uint64_t seed,
                                DemoVocabulary::Language language = DemoVocabulary::Language::Chinese)
{
    auto db = Database::open(tmp.file(name), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(ReferenceDataBuilder(**db, DataSetSize::forCustomers(customers), seed, language, QDate(2026, 11, 23)).build());
    return std::move(*db);
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
