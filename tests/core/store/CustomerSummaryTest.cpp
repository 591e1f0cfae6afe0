#include "core/store/CustomerSummaryStore.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

namespace {

void insertContract(test::ChainFixture &f, const QString &number, const QString &status, const QString &signedOn, qint64 baseTotal)
{
    auto id = f.records().insert(QStringLiteral("contracts"), {{QStringLiteral("number"), number},
                                                               {QStringLiteral("customer_id"), f.customerId},
                                                               {QStringLiteral("status"), status},
                                                               {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                               {QStringLiteral("total"), baseTotal},
                                                               {QStringLiteral("base_total"), baseTotal},
                                                               {QStringLiteral("contract_date"), signedOn},
                                                               {QStringLiteral("signed_on"), signedOn}});
    REQUIRE(id);
}

} // namespace

TEST_CASE("The customer summary adds signed contracts outstanding money and weighted opportunities")
{
    test::ChainFixture f;
    insertContract(f, QStringLiteral("HT-1"), QStringLiteral("signed"), QStringLiteral("2026-06-01"), 100000);
    insertContract(f, QStringLiteral("HT-2"), QStringLiteral("completed"), QStringLiteral("2024-01-10"), 50000);
    insertContract(f, QStringLiteral("HT-3"), QStringLiteral("terminated"), QStringLiteral("2026-05-01"), 900000);
    insertContract(f, QStringLiteral("HT-4"), QStringLiteral("drafting"), QStringLiteral("2026-05-01"), 700000);
    REQUIRE(f.records().insert(QStringLiteral("receivables"), {{QStringLiteral("number"), QStringLiteral("AR-1")},
                                                               {QStringLiteral("receivable_date"), QStringLiteral("2026-06-02")},
                                                               {QStringLiteral("customer_id"), f.customerId},
                                                               {QStringLiteral("currency"), QStringLiteral("USD")},
                                                               {QStringLiteral("exchange_rate_ppm"), 7000000},
                                                               {QStringLiteral("total"), 1000},
                                                               {QStringLiteral("received"), 400}}));
    f.openOpportunity(); // 60 000.00 at 10 %
    REQUIRE(f.records().insert(QStringLiteral("activities"), {{QStringLiteral("kind"), QStringLiteral("visit")},
                                                              {QStringLiteral("subject"), QStringLiteral("拜访")},
                                                              {QStringLiteral("status"), QStringLiteral("done")},
                                                              {QStringLiteral("due_at"), QStringLiteral("2026-10-01T09:00:00Z")},
                                                              {QStringLiteral("customer_id"), f.customerId}}));
    REQUIRE(f.records().insert(QStringLiteral("activities"), {{QStringLiteral("kind"), QStringLiteral("call")},
                                                              {QStringLiteral("subject"), QStringLiteral("回访")},
                                                              {QStringLiteral("due_at"), QStringLiteral("2026-12-01T09:00:00Z")},
                                                              {QStringLiteral("customer_id"), f.customerId}}));

    auto s = CustomerSummaryStore(*f.db).summary(f.customerId, QDate(2026, 11, 23));
    REQUIRE(s);
    CHECK(s->signedLast12Months == 100000);
    CHECK(s->signedAllTime == 150000);
    CHECK(s->contractCount == 2);
    CHECK(s->outstanding == 4200); // (10.00 − 4.00) USD × 7
    CHECK(s->openOpportunities == 1);
    CHECK(s->openAmount == 6000000);
    CHECK(s->weightedOpenAmount == 600000);
    CHECK(s->lastActivity == QStringLiteral("拜访"));
    CHECK(s->nextActivity == QStringLiteral("回访"));

    CHECK_FALSE(CustomerSummaryStore(*f.db).summary(424242));
}
