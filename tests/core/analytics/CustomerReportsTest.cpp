#include "core/analytics/ReportSupport.h"
#include "core/store/SettingsStore.h"
#include "tests/core/analytics/AnalyticsFixture.h"

#include <random>

using namespace qianyue;
using test::AnalyticsFixture;
using test::count;
using test::money;
using test::ReceivableSpec;
using test::text;

TEST_CASE("Receivables aging puts what is owed in buckets of days past due")
{
    AnalyticsFixture f;
    // As of 2026-06-30. The chain's customer:
    f.receivable({ .total = 10000, .due = QStringLiteral("2026-06-30") }); // 0 days: 0–30
    f.receivable(
        { .total = 20000, .received = 5000, .due = QStringLiteral("2026-05-31") }); // 30 days: 0–30, 150.00 left
    f.receivable({ .total = 30000, .due = QStringLiteral("2026-05-30") }); // 31 days: 31–60
    f.receivable({ .total = 40000, .due = QStringLiteral("2026-05-01") }); // 60 days: 31–60
    f.receivable({ .total = 50000, .due = QStringLiteral("2026-04-30") }); // 61 days: 61–90
    f.receivable({ .total = 60000, .due = QStringLiteral("2026-04-01") }); // 90 days: 61–90
    f.receivable({ .total = 70000, .due = QStringLiteral("2026-03-31") }); // 91 days: over 90
    f.receivable({ .total = 80000, .due = QStringLiteral("2026-07-01") }); // not yet due
    f.receivable({ .total = 90000,
        .received = 90000,
        .due = QStringLiteral("2026-01-01"),
        .status = QStringLiteral("settled") });
    // 10.00 USD at 7: 70.00 CNY, no due date, so due on its invoice date (29 days).
    const qint64 x = f.customer(QStringLiteral("C-X"), QStringLiteral("Xin Corp"));
    f.receivable({ .total = 1000,
        .date = QStringLiteral("2026-06-01"),
        .customer = x,
        .currency = QStringLiteral("USD"),
        .ratePpm = 7000000 });
    const qint64 y = f.customer(QStringLiteral("C-Y"), QStringLiteral("Yuan Ltd"), QStringLiteral("C"), f.otherRepId);
    f.receivable({ .total = 5000, .due = QStringLiteral("2026-01-01"), .customer = y, .owner = f.otherRepId });

    ReportFilter filter;
    filter.asOf = QDate(2026, 6, 30);
    auto table = f.run(QStringLiteral("receivables-aging"), filter);
    REQUIRE(table.rows.size() == 4);
    const QStringList buckets = { QStringLiteral("not_due"), QStringLiteral("days_0_30"), QStringLiteral("days_31_60"),
        QStringLiteral("days_61_90"), QStringLiteral("days_over_90"), QStringLiteral("total") };
    const auto expect = [&](qsizetype row, const QString &customer, std::array<qint64, 6> amounts) {
        INFO("row " << row);
        CHECK(text(table, row, QStringLiteral("customer")) == customer);
        for (qsizetype b = 0; b < buckets.size(); ++b)
            CHECK(money(table, row, buckets.at(b)) == amounts[std::size_t(b)]);
    };
    expect(0, QStringLiteral("上海华信电子有限公司"), { 80000, 25000, 70000, 110000, 70000, 355000 });
    expect(1, QStringLiteral("Xin Corp"), { 0, 7000, 0, 0, 0, 7000 });
    expect(2, QStringLiteral("Yuan Ltd"), { 0, 0, 0, 0, 5000, 5000 });
    expect(3, QStringLiteral("Total"), { 80000, 32000, 70000, 110000, 75000, 367000 });
    CHECK(text(table, 0, QStringLiteral("code")) == QStringLiteral("C-0001"));

    // One customer listed, the rest in one row; the total stays whole.
    filter.limit = 1;
    table = f.run(QStringLiteral("receivables-aging"), filter);
    REQUIRE(table.rows.size() == 3);
    expect(1, QStringLiteral("(all other customers)"), { 0, 7000, 0, 0, 5000, 12000 });
    expect(2, QStringLiteral("Total"), { 80000, 32000, 70000, 110000, 75000, 367000 });

    // A day later everything moves one day on: the 30-day one is 31 days late.
    filter.limit = 0;
    filter.asOf = QDate(2026, 7, 1);
    table = f.run(QStringLiteral("receivables-aging"), filter);
    expect(0, QStringLiteral("上海华信电子有限公司"), { 0, 90000, 45000, 90000, 130000, 355000 });

    filter.asOf = QDate(2026, 6, 30);
    filter.ownerId = f.otherRepId;
    table = f.run(QStringLiteral("receivables-aging"), filter);
    REQUIRE(table.rows.size() == 2);
    expect(0, QStringLiteral("Yuan Ltd"), { 0, 0, 0, 0, 5000, 5000 });
    expect(1, QStringLiteral("Total"), { 0, 0, 0, 0, 5000, 5000 });
}

TEST_CASE("Customer segments add customers churn risks and amounts per segment")
{
    AnalyticsFixture f;
    const qint64 x = f.customer(QStringLiteral("C-X"), QStringLiteral("Xin Corp"), QStringLiteral("A"));
    const qint64 y = f.customer(QStringLiteral("C-Y"), QStringLiteral("Yuan Ltd"), QStringLiteral("B"), f.otherRepId);
    f.customer(QStringLiteral("C-Z"), QStringLiteral("Zhong Co"), QStringLiteral("C"), test::kTheRep, true);
    f.contract({ .signedOn = QStringLiteral("2026-02-01"), .baseTotal = 100000 });
    f.contract({ .signedOn = QStringLiteral("2026-01-01"), .baseTotal = 300000, .customer = x });
    f.contract({ .signedOn = QStringLiteral("2026-12-31"), .baseTotal = 100000, .customer = x });
    f.contract({ .signedOn = QStringLiteral("2026-06-30"), .baseTotal = 200000, .owner = f.otherRepId, .customer = y });
    f.contract({ .signedOn = QStringLiteral("2025-12-31"), .baseTotal = 999999, .customer = y });

    const ReportFilter year = AnalyticsFixture::period(QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"));
    auto table = f.run(QStringLiteral("customer-segments"), year);
    REQUIRE(table.rows.size() == 4);
    const auto expect = [&](qsizetype row, const QString &segment, qint64 customers, qint64 risks, qint64 amount,
                            qint64 contracts, const QString &share) {
        INFO("row " << row);
        CHECK(text(table, row, QStringLiteral("segment")) == segment);
        CHECK(count(table, row, QStringLiteral("customers")) == customers);
        CHECK(count(table, row, QStringLiteral("churn_risks")) == risks);
        CHECK(money(table, row, QStringLiteral("amount")) == amount);
        CHECK(count(table, row, QStringLiteral("contracts")) == contracts);
        CHECK(text(table, row, QStringLiteral("amount_share")) == share);
    };
    expect(0, QStringLiteral("A"), 1, 0, 400000, 2, QStringLiteral("0.571429"));
    expect(1, QStringLiteral("B"), 1, 0, 200000, 1, QStringLiteral("0.285714"));
    expect(2, QStringLiteral("C"), 2, 1, 100000, 1, QStringLiteral("0.142857"));
    expect(3, QStringLiteral("Total"), 4, 1, 700000, 4, QStringLiteral("1"));

    // A segment refresh moves the customer's whole history with it.
    REQUIRE(f.records().update(QStringLiteral("customers"), x, { { QStringLiteral("segment"), QStringLiteral("C") } }));
    table = f.run(QStringLiteral("customer-segments"), year);
    expect(0, QStringLiteral("A"), 0, 0, 0, 0, QStringLiteral("0"));
    expect(2, QStringLiteral("C"), 3, 1, 500000, 3, QStringLiteral("0.714286"));

    // The rep's customers, and the contracts the rep signed.
    ReportFilter mine = year;
    mine.ownerId = f.repId;
    table = f.run(QStringLiteral("customer-segments"), mine);
    expect(1, QStringLiteral("B"), 0, 0, 0, 0, QStringLiteral("0"));
    expect(2, QStringLiteral("C"), 3, 1, 500000, 3, QStringLiteral("1"));
    // All time, through the per-customer totals.
    mine.from.reset();
    mine.to.reset();
    table = f.run(QStringLiteral("customer-segments"), mine);
    expect(1, QStringLiteral("B"), 0, 0, 999999, 1, QStringLiteral("0.666666")); // 999 999 / 1 499 999
}

TEST_CASE("Churn risk lists customers whose last 12 months fell by more than the share")
{
    AnalyticsFixture f;
    const qint64 x = f.customer(QStringLiteral("C-X"), QStringLiteral("Xin Corp"), QStringLiteral("A"));
    const qint64 y = f.customer(QStringLiteral("C-Y"), QStringLiteral("Yuan Ltd"), QStringLiteral("B"), f.otherRepId);
    const qint64 z = f.customer(QStringLiteral("C-Z"), QStringLiteral("Zhong Co"));
    // As of 2026-06-30: recent is 2025-07-01 .. 2026-06-30, earlier 2024-07-01 .. 2025-06-30.
    f.contract({ .signedOn = QStringLiteral("2024-07-01"), .baseTotal = 100000 }); // first earlier day
    f.contract({ .signedOn = QStringLiteral("2026-06-30"), .baseTotal = 69999 }); // last recent day: −30.001 %
    f.contract({ .signedOn = QStringLiteral("2025-06-30"), .baseTotal = 200000, .customer = x }); // last earlier day
    f.contract(
        { .signedOn = QStringLiteral("2025-07-01"), .baseTotal = 140000, .customer = x }); // exactly −30 %: no risk
    f.contract({ .signedOn = QStringLiteral("2025-01-01"), .baseTotal = 500000, .owner = f.otherRepId, .customer = y });
    f.contract({ .signedOn = QStringLiteral("2024-06-30"), .baseTotal = 900000, .customer = z }); // before both windows

    ReportFilter filter;
    filter.asOf = QDate(2026, 6, 30);
    auto table = f.run(QStringLiteral("churn-risk"), filter);
    REQUIRE(table.rows.size() == 2);
    CHECK(text(table, 0, QStringLiteral("customer")) == QStringLiteral("Yuan Ltd"));
    CHECK(text(table, 0, QStringLiteral("segment")) == QStringLiteral("B"));
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));
    CHECK(money(table, 0, QStringLiteral("earlier_amount")) == 500000);
    CHECK(money(table, 0, QStringLiteral("recent_amount")) == 0);
    CHECK(money(table, 0, QStringLiteral("change")) == -500000);
    CHECK(text(table, 0, QStringLiteral("change_rate")) == QStringLiteral("-1"));
    CHECK(text(table, 1, QStringLiteral("customer")) == QStringLiteral("上海华信电子有限公司"));
    CHECK(text(table, 1, QStringLiteral("change")) == QStringLiteral("-300.01"));
    CHECK(text(table, 1, QStringLiteral("change_rate")) == QStringLiteral("-0.30001"));

    filter.limit = 1;
    CHECK(f.run(QStringLiteral("churn-risk"), filter).rows.size() == 1);
    filter.limit = 0;
    filter.ownerId = f.repId;
    table = f.run(QStringLiteral("churn-risk"), filter);
    REQUIRE(table.rows.size() == 1);
    CHECK(text(table, 0, QStringLiteral("code")) == QStringLiteral("C-0001"));

    // A stricter company setting: only falls of more than half count.
    REQUIRE(SettingsStore(*f.db).setValue(QStringLiteral("churn_drop_share_ppm"), QStringLiteral("500000")));
    filter.ownerId.reset();
    table = f.run(QStringLiteral("churn-risk"), filter);
    REQUIRE(table.rows.size() == 1);
    CHECK(text(table, 0, QStringLiteral("customer")) == QStringLiteral("Yuan Ltd"));
}

TEST_CASE("The churn walk finds the same customers as checking every one")
{
    AnalyticsFixture f;
    struct Signed {
        qint64 customer;
        QDate day;
        qint64 amount;
    };
    std::vector<Signed> contracts;
    std::vector<qint64> customers;
    for (int i = 0; i < 30; ++i)
        customers.push_back(f.customer(QStringLiteral("K-%1").arg(i), QStringLiteral("Churn %1").arg(i),
            QStringLiteral("C"), i % 3 == 0 ? f.otherRepId : test::kTheRep));
    std::mt19937 random(11);
    for (int i = 0; i < 150; ++i) {
        const Signed s { customers[std::size_t(std::uniform_int_distribution<int>(0, 29)(random))],
            QDate(2023, 1, 1).addDays(std::uniform_int_distribution<int>(0, 1400)(random)),
            std::uniform_int_distribution<qint64>(1, 40)(random) * 10000 };
        f.contract({ .signedOn = s.day.toString(Qt::ISODate), .baseTotal = s.amount, .customer = s.customer });
        contracts.push_back(s);
    }
    AnalyticsStore store(*f.db);
    for (const QDate &asOf : { QDate(2025, 6, 30), QDate(2026, 2, 28), QDate(2026, 11, 1) }) {
        // Every customer by hand, with the 30 % rule.
        std::vector<reports::ChurnEntry> expected;
        for (qint64 c : customers) {
            qint64 earlier = 0;
            qint64 recent = 0;
            for (const Signed &s : contracts) {
                if (s.customer != c)
                    continue;
                if (s.day > asOf.addYears(-2) && s.day <= asOf.addYears(-1))
                    earlier += s.amount;
                else if (s.day > asOf.addYears(-1) && s.day <= asOf)
                    recent += s.amount;
            }
            if (earlier > 0 && (earlier - recent) * 10 > earlier * 3)
                expected.push_back({ c, earlier, recent });
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.earlier - a.recent != b.earlier - b.recent ? a.earlier - a.recent > b.earlier - b.recent
                                                                : a.customerId > b.customerId;
        });
        for (int limit : { 1, 4, 50 }) {
            for (int batch : { 1, 2, 512 }) {
                INFO(
                    "as of " << asOf.toString(Qt::ISODate).toStdString() << ", limit " << limit << ", batch " << batch);
                auto walked = reports::churnByWalk(store, OwnerScope::all(), asOf, 300000, limit, batch);
                REQUIRE(walked);
                REQUIRE(walked->size() == std::min<std::size_t>(expected.size(), std::size_t(limit)));
                for (std::size_t i = 0; i < walked->size(); ++i) {
                    CHECK((*walked)[i].customerId == expected[i].customerId);
                    CHECK((*walked)[i].earlier == expected[i].earlier);
                    CHECK((*walked)[i].recent == expected[i].recent);
                }
            }
        }
        // By the customer's owner: the other rep owns every third customer.
        const auto position
            = [&](qint64 id) { return std::find(customers.begin(), customers.end(), id) - customers.begin(); };
        auto theirs = reports::churnByWalk(store, OwnerScope::user(f.otherRepId), asOf, 300000, 50, 2);
        REQUIRE(theirs);
        const auto expectedTheirs = std::count_if(expected.begin(), expected.end(),
            [&](const reports::ChurnEntry &e) { return position(e.customerId) % 3 == 0; });
        CHECK(qsizetype(theirs->size()) == qsizetype(expectedTheirs));
        for (const auto &entry : *theirs)
            CHECK(position(entry.customerId) % 3 == 0);
    }
}
