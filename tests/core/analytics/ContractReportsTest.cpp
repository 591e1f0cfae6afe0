#include "core/analytics/ReportSupport.h"
#include "tests/core/analytics/AnalyticsFixture.h"

#include <random>

using namespace qianyue;
using test::AnalyticsFixture;
using test::ContractSpec;
using test::count;
using test::money;
using test::text;

namespace {

// March and April 2026 against 2025, edges on the first and last days of the months.
void monthData(AnalyticsFixture &f)
{
    f.contract({ .signedOn = QStringLiteral("2025-03-01"), .baseTotal = 100000 });
    f.contract({ .signedOn = QStringLiteral("2025-03-31"), .baseTotal = 50000, .status = QStringLiteral("executing") });
    f.contract({ .signedOn = QStringLiteral("2025-04-15"), .baseTotal = 30000, .status = QStringLiteral("completed") });
    f.contract({ .signedOn = QStringLiteral("2026-03-01"), .baseTotal = 200000 });
    // 100.00 USD at 7.1234: the base total 712.34 CNY is what counts.
    f.contract({ .signedOn = QStringLiteral("2026-03-31"),
        .baseTotal = 71234,
        .status = QStringLiteral("completed"),
        .currency = QStringLiteral("USD"),
        .total = 10000,
        .ratePpm = 7123400 });
    f.contract({ .signedOn = QStringLiteral("2026-03-15"), .baseTotal = 999999, .status = QStringLiteral("drafting") });
    f.contract(
        { .signedOn = QStringLiteral("2026-03-20"), .baseTotal = 888888, .status = QStringLiteral("terminated") });
    f.contract(
        { .signedOn = QStringLiteral("2026-04-30"), .baseTotal = 777777, .status = QStringLiteral("in_review") });
    f.contract({ .signedOn = QStringLiteral("2026-04-30"), .baseTotal = 40000 });
    f.contract({ .signedOn = QStringLiteral("2026-02-28"), .baseTotal = 5000 });
    f.contract({ .signedOn = QStringLiteral("2026-03-10"), .baseTotal = 123400, .owner = f.otherRepId });
}

} // namespace

TEST_CASE("Contract amount by month adds signed contracts beside the same month a year earlier")
{
    AnalyticsFixture f;
    monthData(f);

    ReportFilter filter = AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-04-30"));
    filter.ownerId = f.repId;
    auto table = f.run(QStringLiteral("contract-amount-by-month"), filter);
    REQUIRE(table.rows.size() == 2);
    CHECK(text(table, 0, QStringLiteral("month")) == QStringLiteral("2026-03"));
    CHECK(money(table, 0, QStringLiteral("amount")) == 271234); // 2 000.00 + 712.34
    CHECK(count(table, 0, QStringLiteral("contracts")) == 2);
    CHECK(money(table, 0, QStringLiteral("amount_last_year")) == 150000);
    CHECK(count(table, 0, QStringLiteral("contracts_last_year")) == 2);
    CHECK(text(table, 0, QStringLiteral("growth")) == QStringLiteral("0.808227")); // 121 234 / 150 000
    CHECK(text(table, 1, QStringLiteral("month")) == QStringLiteral("2026-04"));
    CHECK(money(table, 1, QStringLiteral("amount")) == 40000);
    CHECK(money(table, 1, QStringLiteral("amount_last_year")) == 30000);
    CHECK(text(table, 1, QStringLiteral("growth")) == QStringLiteral("0.333333"));
    CHECK(table.currency == QStringLiteral("CNY"));

    // Everyone: the other rep's 1 234.00 joins March.
    table = f.run(QStringLiteral("contract-amount-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-04-30")));
    CHECK(money(table, 0, QStringLiteral("amount")) == 394634);
    CHECK(count(table, 0, QStringLiteral("contracts")) == 3);
    CHECK(text(table, 0, QStringLiteral("growth")) == QStringLiteral("1.630893"));

    // The other team only: nothing a year earlier, so no growth rate.
    filter = AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    filter.teamId = f.otherTeamId;
    table = f.run(QStringLiteral("contract-amount-by-month"), filter);
    REQUIRE(table.rows.size() == 1);
    CHECK(money(table, 0, QStringLiteral("amount")) == 123400);
    CHECK(money(table, 0, QStringLiteral("amount_last_year")) == 0);
    CHECK(text(table, 0, QStringLiteral("growth")).isEmpty());
}

TEST_CASE("Contract amount by month keeps the first and last day of a period")
{
    AnalyticsFixture f;
    monthData(f);

    // from == to on the last day of March, and the same day of 2025.
    auto table = f.run(QStringLiteral("contract-amount-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-03-31"), QStringLiteral("2026-03-31")));
    REQUIRE(table.rows.size() == 1);
    CHECK(money(table, 0, QStringLiteral("amount")) == 71234);
    CHECK(money(table, 0, QStringLiteral("amount_last_year")) == 50000);
    CHECK(text(table, 0, QStringLiteral("growth")) == QStringLiteral("0.42468"));

    table = f.run(QStringLiteral("contract-amount-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-01")));
    CHECK(money(table, 0, QStringLiteral("amount")) == 200000);
    CHECK(money(table, 0, QStringLiteral("amount_last_year")) == 100000);
    CHECK(text(table, 0, QStringLiteral("growth")) == QStringLiteral("1"));

    // Inside the month but missing both edge days: nothing signed.
    table = f.run(QStringLiteral("contract-amount-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-30")));
    CHECK(money(table, 0, QStringLiteral("amount")) == 123400);
    CHECK(money(table, 0, QStringLiteral("amount_last_year")) == 0);

    // March 2 to April 30: all of March but its first day, read as the month minus one day.
    table = f.run(QStringLiteral("contract-amount-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-03-02"), QStringLiteral("2026-04-30")));
    REQUIRE(table.rows.size() == 2);
    CHECK(money(table, 0, QStringLiteral("amount")) == 194634);
    CHECK(money(table, 0, QStringLiteral("amount_last_year")) == 50000);
    CHECK(money(table, 1, QStringLiteral("amount")) == 40000);

    // All time: every month from the first signing to the last, empty months included.
    table = f.run(QStringLiteral("contract-amount-by-month"));
    REQUIRE(table.rows.size() == 14);
    CHECK(text(table, 0, QStringLiteral("month")) == QStringLiteral("2025-03"));
    CHECK(money(table, 0, QStringLiteral("amount")) == 150000);
    CHECK(money(table, 2, QStringLiteral("amount")) == 0);
    CHECK(text(table, 11, QStringLiteral("month")) == QStringLiteral("2026-02"));
    CHECK(money(table, 11, QStringLiteral("amount")) == 5000);
    CHECK(money(table, 13, QStringLiteral("amount")) == 40000);
    CHECK(money(table, 13, QStringLiteral("amount_last_year")) == 30000);
}

TEST_CASE("Contract amount by salesperson measures each against the finest target in the period")
{
    AnalyticsFixture f;
    f.contract({ .signedOn = QStringLiteral("2026-03-05"), .baseTotal = 300000 });
    f.contract({ .signedOn = QStringLiteral("2026-03-20"), .baseTotal = 200000 });
    f.contract({ .signedOn = QStringLiteral("2026-03-07"), .baseTotal = 150000, .owner = f.otherRepId });
    f.contract({ .signedOn = QStringLiteral("2026-03-09"), .baseTotal = 80000, .owner = test::kNobody });
    f.target(f.repId, QStringLiteral("month"), QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31"), 100000);
    f.target(f.repId, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"), 400000);
    f.target(f.repId, QStringLiteral("quarter"), QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"), 2000000);
    f.target(
        f.otherRepId, QStringLiteral("quarter"), QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"), 300000);

    auto table = f.run(QStringLiteral("contract-amount-by-owner"),
        AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")));
    REQUIRE(table.rows.size() == 3);
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("李娜"));
    CHECK(money(table, 0, QStringLiteral("amount")) == 500000);
    CHECK(count(table, 0, QStringLiteral("contracts")) == 2);
    CHECK(money(table, 0, QStringLiteral("target")) == 400000);
    CHECK(text(table, 0, QStringLiteral("attainment")) == QStringLiteral("1.25"));
    CHECK(text(table, 1, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));
    CHECK(text(table, 1, QStringLiteral("target")).isEmpty()); // the quarter target starts in January
    CHECK(text(table, 1, QStringLiteral("attainment")).isEmpty());
    CHECK(text(table, 2, QStringLiteral("owner")) == QStringLiteral("(unassigned)"));
    CHECK(money(table, 2, QStringLiteral("amount")) == 80000);

    // The quarter: the rep's two month targets, not the quarter target on top of them.
    table = f.run(QStringLiteral("contract-amount-by-owner"),
        AnalyticsFixture::period(QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31")));
    CHECK(money(table, 0, QStringLiteral("target")) == 500000);
    CHECK(text(table, 0, QStringLiteral("attainment")) == QStringLiteral("1"));
    CHECK(money(table, 1, QStringLiteral("target")) == 300000);
    CHECK(text(table, 1, QStringLiteral("attainment")) == QStringLiteral("0.5"));

    // One salesperson only.
    ReportFilter filter = AnalyticsFixture::period(QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"));
    filter.ownerId = f.otherRepId;
    table = f.run(QStringLiteral("contract-amount-by-owner"), filter);
    REQUIRE(table.rows.size() == 1);
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));
}

TEST_CASE("Top customers by contract amount come with their segment")
{
    AnalyticsFixture f;
    const qint64 x = f.customer(QStringLiteral("C-X"), QStringLiteral("Xin Corp"), QStringLiteral("A"), f.otherRepId);
    const qint64 y = f.customer(QStringLiteral("C-Y"), QStringLiteral("Yuan Ltd"), QStringLiteral("B"));
    const qint64 z = f.customer(QStringLiteral("C-Z"), QStringLiteral("Zhong Co"), QStringLiteral("C"));
    f.contract({ .signedOn = QStringLiteral("2026-05-02"), .baseTotal = 500000, .owner = f.otherRepId, .customer = x });
    f.contract({ .signedOn = QStringLiteral("2026-05-31"), .baseTotal = 100000, .owner = f.otherRepId, .customer = x });
    f.contract({ .signedOn = QStringLiteral("2026-05-03"), .baseTotal = 550000, .customer = y });
    f.contract({ .signedOn = QStringLiteral("2026-05-04"), .baseTotal = 550000, .customer = z });
    f.contract({ .signedOn = QStringLiteral("2026-05-05"), .baseTotal = 10000 });
    f.contract({ .signedOn = QStringLiteral("2026-06-01"), .baseTotal = 9000000, .customer = y });

    ReportFilter filter = AnalyticsFixture::period(QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"));
    filter.limit = 3;
    auto table = f.run(QStringLiteral("contract-amount-by-customer"), filter);
    REQUIRE(table.rows.size() == 3);
    CHECK(text(table, 0, QStringLiteral("customer")) == QStringLiteral("Xin Corp"));
    CHECK(text(table, 0, QStringLiteral("code")) == QStringLiteral("C-X"));
    CHECK(text(table, 0, QStringLiteral("segment")) == QStringLiteral("A"));
    CHECK(money(table, 0, QStringLiteral("amount")) == 600000);
    CHECK(count(table, 0, QStringLiteral("contracts")) == 2);
    // Equal amounts: the newer customer first, the same order every time.
    CHECK(text(table, 1, QStringLiteral("customer")) == QStringLiteral("Zhong Co"));
    CHECK(text(table, 2, QStringLiteral("customer")) == QStringLiteral("Yuan Ltd"));
    CHECK(text(table, 2, QStringLiteral("segment")) == QStringLiteral("B"));

    table = f.run(QStringLiteral("contract-amount-by-customer"),
        AnalyticsFixture::period(QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31")));
    REQUIRE(table.rows.size() == 4);
    CHECK(text(table, 3, QStringLiteral("customer")) == QStringLiteral("上海华信电子有限公司"));

    // By contract owner: the other rep signed only X's contracts.
    filter.ownerId = f.otherRepId;
    table = f.run(QStringLiteral("contract-amount-by-customer"), filter);
    REQUIRE(table.rows.size() == 1);
    CHECK(money(table, 0, QStringLiteral("amount")) == 600000);

    // All time: June's large contract puts Y first.
    table = f.run(QStringLiteral("contract-amount-by-customer"));
    CHECK(text(table, 0, QStringLiteral("customer")) == QStringLiteral("Yuan Ltd"));
    CHECK(money(table, 0, QStringLiteral("amount")) == 9550000);
}

TEST_CASE("Top customers found by the threshold walk equal a full count")
{
    AnalyticsFixture f;
    // Forty customers with amounts spread so that the walk must read several batches.
    std::vector<qint64> customers;
    for (int i = 0; i < 40; ++i)
        customers.push_back(f.customer(QStringLiteral("W-%1").arg(i), QStringLiteral("Walk %1").arg(i)));
    std::mt19937 random(7);
    for (int i = 0; i < 160; ++i) {
        const QDate day = QDate(2025, 1, 1).addDays(std::uniform_int_distribution<int>(0, 700)(random));
        const qint64 amount = std::uniform_int_distribution<qint64>(1, 50)(random) * 10000;
        f.contract({ .signedOn = day.toString(Qt::ISODate),
            .baseTotal = amount,
            .customer = customers[std::size_t(std::uniform_int_distribution<int>(0, 39)(random))] });
    }
    AnalyticsStore store(*f.db);
    for (const auto &[from, to] :
        { std::pair(QDate(2025, 1, 1), QDate(2026, 12, 31)), std::pair(QDate(2025, 6, 15), QDate(2025, 9, 14)),
            std::pair(QDate(2026, 2, 1), QDate(2026, 2, 28)), std::pair(QDate(2025, 3, 3), QDate(2025, 3, 3)) }) {
        INFO("period " << from.toString(Qt::ISODate).toStdString() << " to " << to.toString(Qt::ISODate).toStdString());
        for (int limit : { 1, 5, 12 }) {
            auto direct = store.topCustomersByContract({ from, to }, OwnerScope::all(), limit);
            REQUIRE(direct);
            for (int batch : { 1, 3, 512 }) {
                auto walked = reports::topCustomersByWalk(store, { from, to }, limit, batch);
                REQUIRE(walked);
                REQUIRE(walked->size() == direct->size());
                for (std::size_t i = 0; i < direct->size(); ++i) {
                    CHECK((*walked)[i].customerId == (*direct)[i].customerId);
                    CHECK((*walked)[i].sums.amount == (*direct)[i].sums.amount);
                    CHECK((*walked)[i].sums.count == (*direct)[i].sums.count);
                }
            }
        }
    }
}
