#include "core/analytics/Dashboard.h"
#include "core/store/AnalyticsStore.h"
#include "tests/core/analytics/AnalyticsFixture.h"

#include <QRegularExpression>

#include <set>

using namespace qianyue;
using test::AnalyticsFixture;
using test::count;
using test::money;
using test::text;

namespace {

DayRange days(const QString &from, const QString &to)
{
    return { QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate) };
}

} // namespace

TEST_CASE("Salesperson performance puts the seed's table together")
{
    AnalyticsFixture f;
    f.contract({ .signedOn = QStringLiteral("2026-03-05"), .baseTotal = 300000 });
    f.contract({ .signedOn = QStringLiteral("2026-03-20"), .baseTotal = 200000 });
    f.contract({ .signedOn = QStringLiteral("2026-04-01"), .baseTotal = 700000 });
    f.opportunity({ .createdOn = QStringLiteral("2026-03-02"), .amount = 10000 });
    f.opportunity({ .createdOn = QStringLiteral("2026-03-10"),
        .amount = 50000,
        .stage = 5,
        .closedOn = QStringLiteral("2026-03-25") });
    f.opportunity({ .createdOn = QStringLiteral("2026-02-10"),
        .amount = 40000,
        .stage = 6,
        .closedOn = QStringLiteral("2026-03-12") });
    f.target(f.repId, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"), 400000);
    auto plan = f.records().insert(QStringLiteral("commission_plans"),
        { { QStringLiteral("user_id"), f.repId }, { QStringLiteral("kind"), QStringLiteral("monthly") },
            { QStringLiteral("rate_ppm"), 30000 } });
    REQUIRE(plan);
    for (const auto &[start, accrued] :
        { std::pair(QStringLiteral("2026-03-01"), 15000), std::pair(QStringLiteral("2026-02-01"), 9999) }) {
        REQUIRE(f.records().insert(QStringLiteral("salesperson_commissions"),
            { { QStringLiteral("plan_id"), *plan }, { QStringLiteral("user_id"), f.repId },
                { QStringLiteral("kind"), QStringLiteral("monthly") }, { QStringLiteral("period_start"), start },
                { QStringLiteral("period_end"),
                    QDate::fromString(start, Qt::ISODate).addMonths(1).addDays(-1).toString(Qt::ISODate) },
                { QStringLiteral("basis_amount"), accrued * 100 / 3 },
                { QStringLiteral("currency"), QStringLiteral("CNY") }, { QStringLiteral("rate_ppm"), 30000 },
                { QStringLiteral("accrued"), accrued },
                { QStringLiteral("entry_date"), QStringLiteral("2026-04-01") } }));
    }

    auto table = f.run(QStringLiteral("salesperson-performance"),
        AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")));
    // The manager and the administrator have no business; the second rep is listed with none.
    REQUIRE(table.rows.size() == 2);
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("李娜"));
    CHECK(money(table, 0, QStringLiteral("contract_amount")) == 500000);
    CHECK(count(table, 0, QStringLiteral("order_count")) == 2);
    CHECK(count(table, 0, QStringLiteral("opportunities")) == 2);
    CHECK(text(table, 0, QStringLiteral("win_rate")) == QStringLiteral("0.5"));
    CHECK(money(table, 0, QStringLiteral("target")) == 400000);
    CHECK(text(table, 0, QStringLiteral("attainment")) == QStringLiteral("1.25"));
    CHECK(text(table, 0, QStringLiteral("commission_accrued")) == QStringLiteral("150.00"));
    CHECK(text(table, 1, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));
    CHECK(money(table, 1, QStringLiteral("contract_amount")) == 0);
    CHECK(text(table, 1, QStringLiteral("win_rate")).isEmpty());
    CHECK(text(table, 1, QStringLiteral("target")).isEmpty());

    ReportFilter team = AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    team.teamId = f.otherTeamId;
    table = f.run(QStringLiteral("salesperson-performance"), team);
    REQUIRE(table.rows.size() == 1);
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));
}

TEST_CASE("The dashboard compares the period with the one before")
{
    AnalyticsFixture f;
    f.contract({ .signedOn = QStringLiteral("2026-03-05"), .baseTotal = 300000 });
    f.contract({ .signedOn = QStringLiteral("2026-03-20"), .baseTotal = 200000 });
    f.contract({ .signedOn = QStringLiteral("2026-03-21"), .baseTotal = 999 });
    f.contract({ .signedOn = QStringLiteral("2026-02-10"), .baseTotal = 250000 });
    f.contract({ .signedOn = QStringLiteral("2026-02-21"), .baseTotal = 77777 });
    f.contract({ .signedOn = QStringLiteral("2026-03-10"), .baseTotal = 100000, .owner = f.otherRepId });
    f.opportunity({ .createdOn = QStringLiteral("2026-03-02"), .amount = 10000 });
    f.opportunity({ .createdOn = QStringLiteral("2026-03-10"),
        .amount = 50000,
        .stage = 5,
        .closedOn = QStringLiteral("2026-03-15") });
    f.opportunity({ .createdOn = QStringLiteral("2026-02-10"),
        .amount = 40000,
        .stage = 6,
        .closedOn = QStringLiteral("2026-03-19") });
    f.opportunity({ .createdOn = QStringLiteral("2026-01-05"), .amount = 50000, .stage = 4, .owner = f.otherRepId });
    f.opportunity({ .createdOn = QStringLiteral("2026-03-01"),
        .amount = 1,
        .stage = 5,
        .closedOn = QStringLiteral("2026-03-21") });
    f.receivable({ .total = 10000, .due = QStringLiteral("2026-03-19") });
    f.receivable({ .total = 20000, .due = QStringLiteral("2026-03-20") });
    f.receivable({ .total = 40000,
        .received = 40000,
        .due = QStringLiteral("2026-01-01"),
        .status = QStringLiteral("settled") });
    f.target(f.repId, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"), 400000);
    f.target(f.otherRepId, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"), 200000);
    REQUIRE(f.records().insert(QStringLiteral("sales_targets"),
        { { QStringLiteral("team_id"), f.teamId }, { QStringLiteral("period_kind"), QStringLiteral("month") },
            { QStringLiteral("period_start"), QStringLiteral("2026-03-01") },
            { QStringLiteral("period_end"), QStringLiteral("2026-03-31") },
            { QStringLiteral("target_amount"), 1000000 }, { QStringLiteral("currency"), QStringLiteral("CNY") } }));

    // No dates: the month of the day asked for, up to that day.
    ReportFilter filter;
    filter.asOf = QDate(2026, 3, 20);
    auto kpis = Dashboard::refresh(*f.db, filter);
    REQUIRE(kpis);
    CHECK(kpis->period.from == QDate(2026, 3, 1));
    CHECK(kpis->period.to == QDate(2026, 3, 20));
    CHECK(kpis->previousPeriod.from == QDate(2026, 2, 1));
    CHECK(kpis->previousPeriod.to == QDate(2026, 2, 20));
    CHECK(kpis->signedAmount == 600000);
    CHECK(kpis->signedCount == 3);
    CHECK(kpis->previousSignedAmount == 250000);
    CHECK(kpis->signedChange == Rate::fromMillionths(1400000));
    CHECK(kpis->newOpportunities == 3);
    CHECK(kpis->openOpportunities == 2);
    CHECK(kpis->weightedOpenAmount == 41000);
    CHECK(kpis->wonCount == 1);
    CHECK(kpis->lostCount == 1);
    CHECK(kpis->winRate == Rate::fromMillionths(500000));
    CHECK(kpis->outstanding == 30000);
    CHECK(kpis->overdue == 10000);
    CHECK(kpis->target == 600000);
    CHECK(kpis->attainment == Rate::one());
    CHECK(kpis->currency == QStringLiteral("CNY"));

    filter.ownerId = f.repId;
    kpis = Dashboard::refresh(*f.db, filter);
    REQUIRE(kpis);
    CHECK(kpis->signedAmount == 500000);
    CHECK(kpis->signedChange == Rate::one());
    CHECK(kpis->openOpportunities == 1);
    CHECK(kpis->target == 400000);
    CHECK(kpis->attainment == Rate::fromMillionths(1250000));

    // A team with a target of its own is measured against it.
    filter.ownerId.reset();
    filter.teamId = f.teamId;
    kpis = Dashboard::refresh(*f.db, filter);
    REQUIRE(kpis);
    CHECK(kpis->target == 1000000);
    CHECK(kpis->attainment == Rate::fromMillionths(500000));

    // The same figures as a one-row report.
    filter.teamId.reset();
    auto table = f.run(QStringLiteral("dashboard-kpis"), filter);
    REQUIRE(table.rows.size() == 1);
    CHECK(text(table, 0, QStringLiteral("from")) == QStringLiteral("2026-03-01"));
    CHECK(text(table, 0, QStringLiteral("to")) == QStringLiteral("2026-03-20"));
    CHECK(text(table, 0, QStringLiteral("signed_amount")) == QStringLiteral("6000.00"));
    CHECK(text(table, 0, QStringLiteral("signed_change")) == QStringLiteral("1.4"));
    CHECK(text(table, 0, QStringLiteral("win_rate")) == QStringLiteral("0.5"));
    CHECK(text(table, 0, QStringLiteral("overdue")) == QStringLiteral("100.00"));
}

TEST_CASE("The previous period of a dashboard follows the calendar")
{
    const auto previous = [](const QString &from, const QString &to) -> QString {
        const DayRange p = Dashboard::previousPeriod(days(from, to));
        return p.from.toString(Qt::ISODate) + QLatin1Char('/') + p.to.toString(Qt::ISODate);
    };
    CHECK(previous(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-23"))
        == QStringLiteral("2026-10-01/2026-10-23"));
    CHECK(previous(QStringLiteral("2026-10-01"), QStringLiteral("2026-12-31"))
        == QStringLiteral("2026-07-01/2026-09-30"));
    CHECK(previous(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"))
        == QStringLiteral("2026-02-01/2026-02-28"));
    CHECK(previous(QStringLiteral("2024-03-01"), QStringLiteral("2024-03-31"))
        == QStringLiteral("2024-02-01/2024-02-29"));
    CHECK(previous(QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"))
        == QStringLiteral("2025-01-01/2025-12-31"));
    CHECK(previous(QStringLiteral("2025-11-24"), QStringLiteral("2026-11-23"))
        == QStringLiteral("2024-11-24/2025-11-23"));
    CHECK(previous(QStringLiteral("2026-03-31"), QStringLiteral("2026-03-31"))
        == QStringLiteral("2026-03-30/2026-03-30"));
}

TEST_CASE("Every report on an empty database answers with nothing but zeros")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("empty.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    for (const auto &report : ReportRegistry::all()) {
        INFO("report " << report->name().toStdString());
        auto table = report->run(**db, {});
        REQUIRE(table);
        CHECK(table->columns.size() == report->columns().size());
        if (report->name() == u"pipeline-by-stage") {
            // The stages exist before any opportunity: a funnel of zeros.
            REQUIRE(table->rows.size() == 6);
            for (qsizetype row = 0; row < 6; ++row)
                CHECK(table->value(row, QStringLiteral("count")).toLongLong() == 0);
        } else if (report->name() == u"dashboard-kpis") {
            REQUIRE(table->rows.size() == 1);
            CHECK(table->value(0, QStringLiteral("signed_amount")).toLongLong() == 0);
            CHECK(table->value(0, QStringLiteral("win_rate")).isNull());
            CHECK(table->value(0, QStringLiteral("target")).isNull());
        } else {
            CHECK(table->rows.empty());
        }
    }
    auto differences = verifyRollups(**db);
    REQUIRE(differences);
    CHECK(differences->empty());
}

TEST_CASE("Reports refuse a filter they cannot answer")
{
    AnalyticsFixture f;
    const Report *report = ReportRegistry::find(QStringLiteral("contract-amount-by-month"));
    REQUIRE(report);
    ReportFilter backwards = AnalyticsFixture::period(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-01"));
    auto refused = report->run(*f.db, backwards);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("2026-03-02")));

    ReportFilter both;
    both.ownerId = f.repId;
    both.teamId = f.teamId;
    CHECK_FALSE(report->run(*f.db, both));
    ReportFilter negative;
    negative.limit = -1;
    CHECK_FALSE(report->run(*f.db, negative));
    ReportFilter invalid;
    invalid.asOf = QDate();
    CHECK_FALSE(report->run(*f.db, invalid));
    CHECK(ReportRegistry::find(QStringLiteral("no-such-report")) == nullptr);

    // Names are unique and every column key is snake_case.
    std::set<QString> names;
    for (const auto &r : ReportRegistry::all()) {
        CHECK(names.insert(r->name()).second);
        CHECK_FALSE(r->title().isEmpty());
        for (const ReportColumn &column : r->columns()) {
            INFO(r->name().toStdString() << ": " << column.key.toStdString());
            CHECK(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(column.key).hasMatch());
            CHECK_FALSE(column.header.isEmpty());
        }
    }
    CHECK(names.size() == 15);
}
