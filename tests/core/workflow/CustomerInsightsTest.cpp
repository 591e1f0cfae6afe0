#include "core/store/SettingsStore.h"
#include "core/workflow/CustomerInsights.h"
#include "tests/support/ChainFixture.h"

#include <vector>

using namespace qianyue;

namespace {

const QString kCustomers = QStringLiteral("customers");
const QDate kAsOf(2026, 6, 30); // recent: 2025-07-01 .. 2026-06-30, earlier: 2024-07-01 .. 2025-06-30
const QDate kRecent(2026, 1, 15);
const QDate kEarlier(2025, 1, 15);

qint64 customer(test::ChainFixture &f)
{
    static int serial = 100;
    ++serial;
    auto id = f.records().insert(kCustomers, {{QStringLiteral("code"), QStringLiteral("C-%1").arg(serial)},
                                              {QStringLiteral("name"), QStringLiteral("客户 %1").arg(serial)}});
    REQUIRE(id);
    return *id;
}

// Contracts are written straight into the table so these tests do not
// depend on the contract workflow.
void contract(test::ChainFixture &f, qint64 customerId, const QDate &signedOn, qint64 baseTotal,
              const QString &status = QStringLiteral("signed"))
{
    static int serial = 0;
    auto id = f.records().insert(QStringLiteral("contracts"),
                                 {{QStringLiteral("number"), QStringLiteral("HT-I-%1").arg(++serial)},
                                  {QStringLiteral("customer_id"), customerId},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("currency"), QStringLiteral("CNY")},
                                  {QStringLiteral("total"), baseTotal},
                                  {QStringLiteral("base_total"), baseTotal},
                                  {QStringLiteral("contract_date"), signedOn.addDays(-3).toString(Qt::ISODate)},
                                  {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("owner_id"), f.repId}});
    REQUIRE(id);
}

QString segment(test::ChainFixture &f, qint64 id)
{
    return f.field(kCustomers, id, QStringLiteral("segment")).toString();
}

bool churn(test::ChainFixture &f, qint64 id)
{
    return f.field(kCustomers, id, QStringLiteral("churn_risk")).toBool();
}

void setShare(test::ChainFixture &f, const QString &key, qint64 ppm)
{
    REQUIRE(SettingsStore(*f.db).setValue(key, QString::number(ppm)));
}

} // namespace

TEST_CASE("Ten customers fall into A B and C by their last twelve months")
{
    test::ChainFixture f;
    // The fixture's customer has no business at all; it was marked A by hand and must drop to C.
    REQUIRE(f.records().update(kCustomers, f.customerId, {{QStringLiteral("segment"), QStringLiteral("A")}}));
    std::vector<qint64> ranked; // largest first: 9 000.00, 8 000.00, …, 1 000.00
    for (int i = 9; i >= 1; --i) {
        const qint64 id = customer(f);
        contract(f, id, kRecent, i * 50'000);
        contract(f, id, QDate(2025, 9, 1), i * 50'000);
        ranked.push_back(id);
    }
    // Business that must not count: terminated, not yet signed, after asOf.
    contract(f, ranked.back(), kRecent, 100'000'000, QStringLiteral("terminated"));
    contract(f, ranked.back(), kRecent, 100'000'000, QStringLiteral("drafting"));
    contract(f, ranked.back(), QDate(2026, 7, 1), 100'000'000);

    auto summary = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(summary);
    CHECK(summary->customers == 10);
    CHECK(summary->aPlaces == 2);
    CHECK(summary->abPlaces == 5);
    CHECK(summary->segmentA == 2);
    CHECK(summary->segmentB == 3);
    CHECK(summary->segmentC == 5);
    CHECK(summary->churnRisks == 0);
    CHECK(summary->recentStart == QDate(2025, 7, 1));
    CHECK(summary->earlierStart == QDate(2024, 7, 1));

    const QStringList expected = {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"),
                                  QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("C"),
                                  QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("C")};
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        INFO("customer ranked " << i + 1);
        CHECK(segment(f, ranked[i]) == expected.at(qsizetype(i)));
    }
    CHECK(segment(f, f.customerId) == QStringLiteral("C"));
}

TEST_CASE("Customers with equal amounts share a segment")
{
    test::ChainFixture f;
    // Places: 100 → 1, 90 → 2, 90 → 2, 80 → 4, 70 → 5, 70 → 5, 70 → 5, 10 → 8, then two without business.
    const std::vector<qint64> amounts = {100, 90, 90, 80, 70, 70, 70, 10, 0};
    std::vector<qint64> ids;
    for (qint64 amount : amounts) {
        const qint64 id = customer(f);
        if (amount > 0)
            contract(f, id, kRecent, amount * 100);
        ids.push_back(id);
    }
    auto summary = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(summary);
    CHECK(summary->aPlaces == 2);
    CHECK(summary->abPlaces == 5);
    CHECK(summary->segmentA == 3);
    CHECK(summary->segmentB == 4);
    CHECK(summary->segmentC == 3);
    const QStringList expected = {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"),
                                  QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("B"),
                                  QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("C")};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO("customer with amount " << amounts[i]);
        CHECK(segment(f, ids[i]) == expected.at(qsizetype(i)));
    }
}

TEST_CASE("Customers without recent business are C whatever the shares")
{
    test::ChainFixture f;
    const qint64 only = customer(f);
    contract(f, only, kRecent, 100);
    for (int i = 0; i < 8; ++i)
        customer(f);
    auto summary = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(summary);
    CHECK(summary->customers == 10);
    CHECK(summary->segmentA == 1);
    CHECK(summary->segmentB == 0);
    CHECK(summary->segmentC == 9);
    CHECK(segment(f, only) == QStringLiteral("A"));
}

TEST_CASE("Segment shares come from the settings and are rounded half up")
{
    test::ChainFixture f;
    std::vector<qint64> ids;
    for (int i = 5; i >= 1; --i) {
        const qint64 id = customer(f);
        contract(f, id, kRecent, i * 1'000);
        ids.push_back(id);
    }
    // Six customers: A = round(6 × 25 %) = round(1.5) = 2, A + B = round(6 × 75 %) = round(4.5) = 5.
    setShare(f, QStringLiteral("segment_a_share_ppm"), 250'000);
    setShare(f, QStringLiteral("segment_b_share_ppm"), 500'000);
    auto summary = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(summary);
    CHECK(summary->aPlaces == 2);
    CHECK(summary->abPlaces == 5);
    CHECK(segment(f, ids[0]) == QStringLiteral("A"));
    CHECK(segment(f, ids[1]) == QStringLiteral("A"));
    CHECK(segment(f, ids[2]) == QStringLiteral("B"));
    CHECK(segment(f, ids[4]) == QStringLiteral("B"));
    CHECK(segment(f, f.customerId) == QStringLiteral("C"));

    setShare(f, QStringLiteral("segment_a_share_ppm"), 700'000);
    auto tooMuch = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE_FALSE(tooMuch);
    CHECK(tooMuch.error().kind == ErrorKind::Invalid);
    setShare(f, QStringLiteral("segment_a_share_ppm"), -1);
    CHECK_FALSE(CustomerInsights(*f.db).refresh(kAsOf));
    REQUIRE(SettingsStore(*f.db).setValue(QStringLiteral("segment_a_share_ppm"), QStringLiteral("twenty")));
    CHECK_FALSE(CustomerInsights(*f.db).refresh(kAsOf));
    // Nothing was changed by the refused refreshes.
    CHECK(segment(f, ids[0]) == QStringLiteral("A"));
}

TEST_CASE("A customer whose business fell by more than the churn share is a churn risk")
{
    test::ChainFixture f;
    const auto withAmounts = [&](qint64 earlier, qint64 recent) {
        const qint64 id = customer(f);
        if (earlier != 0)
            contract(f, id, kEarlier, earlier);
        if (recent != 0)
            contract(f, id, kRecent, recent);
        return id;
    };
    const qint64 fellHalf = withAmounts(1'000'000, 500'000);
    contract(f, fellHalf, kRecent, 900'000, QStringLiteral("terminated")); // does not make up the drop
    const qint64 fellTenth = withAmounts(1'000'000, 900'000);
    const qint64 fellExactly = withAmounts(1'000'000, 700'000);
    const qint64 fellJustMore = withAmounts(1'000'000, 699'999);
    const qint64 lostAll = withAmounts(1'000'000, 0);
    const qint64 brandNew = withAmounts(0, 500'000);
    const qint64 grew = withAmounts(500'000, 900'000);
    // Sums whose product with the share would leave 64 bits.
    const qint64 hugeFell = withAmounts(5'000'000'000'000'000, 3'400'000'000'000'000);
    const qint64 hugeHeld = withAmounts(5'000'000'000'000'000, 3'600'000'000'000'000);

    auto summary = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(summary);
    CHECK(churn(f, fellHalf));
    CHECK_FALSE(churn(f, fellTenth));
    CHECK_FALSE(churn(f, fellExactly));
    CHECK(churn(f, fellJustMore));
    CHECK(churn(f, lostAll));
    CHECK_FALSE(churn(f, brandNew));
    CHECK_FALSE(churn(f, grew));
    CHECK(churn(f, hugeFell));
    CHECK_FALSE(churn(f, hugeHeld));
    CHECK_FALSE(churn(f, f.customerId));
    CHECK(summary->churnRisks == 4);

    // A stricter threshold: only drops of more than 60 % count.
    setShare(f, QStringLiteral("churn_drop_share_ppm"), 600'000);
    auto strict = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(strict);
    CHECK_FALSE(churn(f, fellHalf));
    CHECK(churn(f, lostAll));
    CHECK(strict->churnRisks == 1);
}

TEST_CASE("The twelve-month windows include their first and last day")
{
    test::ChainFixture f;
    // Every customer with recent business is A, so A means "counted as recent".
    setShare(f, QStringLiteral("segment_a_share_ppm"), 1'000'000);
    setShare(f, QStringLiteral("segment_b_share_ppm"), 0);
    const auto signedOn = [&](const QDate &day) {
        const qint64 id = customer(f);
        contract(f, id, day, 100'000);
        return id;
    };
    const qint64 onAsOf = signedOn(kAsOf);
    const qint64 recentFirst = signedOn(QDate(2025, 7, 1));
    const qint64 afterAsOf = signedOn(QDate(2026, 7, 1));
    const qint64 earlierLast = signedOn(QDate(2025, 6, 30));
    const qint64 earlierFirst = signedOn(QDate(2024, 7, 1));
    const qint64 tooOld = signedOn(QDate(2024, 6, 30));

    auto summary = CustomerInsights(*f.db).refresh(kAsOf);
    REQUIRE(summary);
    CHECK(segment(f, onAsOf) == QStringLiteral("A"));
    CHECK(segment(f, recentFirst) == QStringLiteral("A"));
    CHECK(segment(f, afterAsOf) == QStringLiteral("C"));
    CHECK(segment(f, earlierLast) == QStringLiteral("C"));
    CHECK(segment(f, earlierFirst) == QStringLiteral("C"));
    CHECK(segment(f, tooOld) == QStringLiteral("C"));
    // Earlier business with nothing recent is a churn risk, so churn means "counted as earlier".
    CHECK_FALSE(churn(f, onAsOf));
    CHECK_FALSE(churn(f, recentFirst));
    CHECK_FALSE(churn(f, afterAsOf));
    CHECK(churn(f, earlierLast));
    CHECK(churn(f, earlierFirst));
    CHECK_FALSE(churn(f, tooOld));
}

TEST_CASE("Refreshing again changes nothing and a later day moves customers on")
{
    test::ChainFixture f;
    const qint64 id = customer(f);
    contract(f, id, QDate(2025, 8, 1), 100'000);
    CustomerInsights insights(*f.db);
    auto first = insights.refresh(kAsOf);
    REQUIRE(first);
    // Two customers: A gets round(2 × 20 %) = 0 places and A + B round(2 × 50 %) = 1.
    CHECK(first->aPlaces == 0);
    CHECK(first->changed == 1); // only this customer: C → B
    const QVariant version = f.field(kCustomers, id, QStringLiteral("version"));

    auto second = insights.refresh(kAsOf);
    REQUIRE(second);
    CHECK(second->changed == 0);
    CHECK(second->segmentB == first->segmentB);
    CHECK(segment(f, id) == QStringLiteral("B"));
    // Derived columns do not count as an edit of the customer.
    CHECK(f.field(kCustomers, id, QStringLiteral("version")) == version);

    // A year on, the contract is earlier business and nothing replaced it.
    auto later = insights.refresh(QDate(2026, 8, 1));
    REQUIRE(later);
    CHECK(later->changed == 1);
    CHECK(segment(f, id) == QStringLiteral("C"));
    CHECK(churn(f, id));
    CHECK_FALSE(insights.refresh(QDate()));
}
