#pragma once

#include "core/analytics/Report.h"
#include "core/domain/Rate.h"
#include "core/store/AnalyticsStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace qianyue {

/// The figures on the dashboard's tiles for one period and owner scope.
/// Amounts are base-currency minor units.
struct DashboardKpis {
    QString currency;
    DayRange period;
    DayRange previousPeriod; ///< the period compared with (see Dashboard::previousPeriod)

    qint64 signedAmount = 0; ///< contract amount (签约金额) signed in the period
    qint64 signedCount = 0;
    qint64 previousSignedAmount = 0;
    qint64 previousSignedCount = 0;
    std::optional<Rate> signedChange; ///< (signed − previous) / previous; empty without previous business

    qint64 newOpportunities = 0; ///< opportunity count (机会数): created in the period
    qint64 openOpportunities = 0; ///< open now, whatever the period
    qint64 openAmount = 0;
    qint64 weightedOpenAmount = 0;

    qint64 wonCount = 0; ///< closed in the period
    qint64 lostCount = 0;
    std::optional<Rate> winRate; ///< won / (won + lost); empty when nothing closed

    qint64 outstanding = 0; ///< open receivables now
    qint64 overdue = 0; ///< the part of it due before `asOf`

    std::optional<qint64> target; ///< targets starting in the period; empty when none is set
    std::optional<Rate> attainment; ///< signedAmount / target
};

/// Computes the dashboard's tiles with a handful of roll-up queries, so a
/// refresh stays far below 50 ms on a million records.
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    /// The period a filter asks for; without dates, the month of `asOf` up to `asOf`.
    static DayRange periodOf(const ReportFilter &filter);
    /// The period a manager compares with: as many calendar months earlier when
    /// the period starts on the first of a month (October 1–23 for November
    /// 1–23, the previous quarter for a quarter), otherwise the same number of
    /// days just before.
    static DayRange previousPeriod(const DayRange &period);
    /// All KPIs for the filter's period and owner or team.
    static Result<DashboardKpis> refresh(Database &database, const ReportFilter &filter);
};

} // namespace qianyue
