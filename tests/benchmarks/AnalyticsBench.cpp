#include "tests/benchmarks/AnalyticsBench.h"

#include "core/analytics/Dashboard.h"
#include "core/analytics/Report.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/benchmarks/BenchRunner.h"

#include <QDate>

#include <vector>

namespace qianyue::bench {

namespace {

// DESIGN.md: refresh any dashboard in under 50 ms, whatever the period.
constexpr double kDashboardBudget = 50;

struct Period {
    std::optional<QDate> from;
    std::optional<QDate> to;
};

std::vector<Period> periods(const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    return {
        { month, today },
        { month.addMonths(-1), month.addDays(-1) },
        { quarter, quarter.addMonths(3).addDays(-1) },
        { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) },
        { today.addYears(-1).addDays(1), today },
        { std::nullopt, std::nullopt },
        { today.addDays(-10), today.addDays(-10) },
        { month.addMonths(-2).addDays(14), month.addMonths(-1).addDays(13) },
    };
}

} // namespace

void runAnalyticsOperations(BenchRunner &runner, Database &db, int runs)
{
    const QDate today = QDate::currentDate();
    const std::vector<Period> all = periods(today);
    RecordStore records(db);
    const auto rep = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("rep"));
    const auto team = db.scalar(QStringLiteral("SELECT MIN(id) FROM teams"));
    const auto filterFor = [&](int run) {
        ReportFilter filter;
        const Period &period = all[std::size_t(run) % all.size()];
        filter.from = period.from;
        filter.to = period.to;
        filter.asOf = today;
        switch ((run / int(all.size())) % 3) {
        case 1:
            if (rep && *rep)
                filter.ownerId = **rep;
            break;
        case 2:
            if (team && !team->isNull())
                filter.teamId = team->toLongLong();
            break;
        default:
            break;
        }
        return filter;
    };

    for (const auto &report : ReportRegistry::all()) {
        runner.measure(QStringLiteral("report %1").arg(report->name()), runs, kDashboardBudget,
            [&](int run) { return report->run(db, filterFor(run)).has_value(); });
    }
    runner.measure(QStringLiteral("refresh dashboard"), runs, kDashboardBudget,
        [&](int run) { return Dashboard::refresh(db, filterFor(run)).has_value(); });
}

} // namespace qianyue::bench
