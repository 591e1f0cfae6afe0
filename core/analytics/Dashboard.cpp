#include "core/analytics/Dashboard.h"

#include "core/analytics/ReportSupport.h"

namespace qianyue {

namespace {

std::optional<Rate> optionalRate(const QVariant &millionths)
{
    return millionths.isNull() ? std::nullopt : std::optional<Rate>(Rate::fromMillionths(millionths.toLongLong()));
}

} // namespace

DayRange Dashboard::periodOf(const ReportFilter &filter)
{
    const QDate monthStart(filter.asOf.year(), filter.asOf.month(), 1);
    if (!filter.from && !filter.to)
        return { monthStart, filter.asOf };
    if (!filter.to) {
        const QDate from = *filter.from;
        return { from, from <= filter.asOf ? filter.asOf : QDate(from.year(), from.month(), from.daysInMonth()) };
    }
    if (!filter.from)
        return { QDate(filter.to->year(), filter.to->month(), 1), *filter.to };
    return { *filter.from, *filter.to };
}

DayRange Dashboard::previousPeriod(const DayRange &period)
{
    const QDate &from = period.from;
    const QDate &to = period.to;
    if (from.day() == 1) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        const QDate shifted = to.addMonths(-months);
        // A period ending on a month's last day is compared with whole months.
        const QDate end
            = to.day() == to.daysInMonth() ? QDate(shifted.year(), shifted.month(), shifted.daysInMonth()) : shifted;
        return { from.addMonths(-months), end };
    }
    const qint64 days = from.daysTo(to) + 1;
    return { from.addDays(-days), from.addDays(-1) };
}

Result<DashboardKpis> Dashboard::refresh(Database &database, const ReportFilter &filter)
{
    if (auto checked = ReportRegistry::check(filter); !checked)
        return std::unexpected(checked.error());
    DashboardKpis kpis;
    auto currency = reports::baseCurrency(database);
    if (!currency)
        return std::unexpected(currency.error());
    kpis.currency = *currency;
    kpis.period = periodOf(filter);
    kpis.previousPeriod = previousPeriod(kpis.period);
    const OwnerScope scope = reports::scopeOf(filter);
    AnalyticsStore store(database);

    auto signedNow = store.signedSums(kpis.period, scope);
    if (!signedNow)
        return std::unexpected(signedNow.error());
    auto signedBefore = store.signedSums(kpis.previousPeriod, scope);
    if (!signedBefore)
        return std::unexpected(signedBefore.error());
    kpis.signedAmount = signedNow->amount;
    kpis.signedCount = signedNow->count;
    kpis.previousSignedAmount = signedBefore->amount;
    kpis.previousSignedCount = signedBefore->count;
    kpis.signedChange
        = optionalRate(reports::rate(kpis.signedAmount - kpis.previousSignedAmount, kpis.previousSignedAmount));

    auto created = store.createdSums(kpis.period, scope);
    if (!created)
        return std::unexpected(created.error());
    kpis.newOpportunities = created->count;
    auto open = store.openSums(scope);
    if (!open)
        return std::unexpected(open.error());
    kpis.openOpportunities = open->count;
    kpis.openAmount = open->amount;
    kpis.weightedOpenAmount = open->weighted;

    auto closed = store.closedSums(kpis.period, scope);
    if (!closed)
        return std::unexpected(closed.error());
    kpis.wonCount = closed->contains(QStringLiteral("won")) ? closed->at(QStringLiteral("won")).count : 0;
    kpis.lostCount = closed->contains(QStringLiteral("lost")) ? closed->at(QStringLiteral("lost")).count : 0;
    kpis.winRate = optionalRate(reports::rate(kpis.wonCount, kpis.wonCount + kpis.lostCount));

    auto outstanding = store.outstanding(DayRange::allTime(), scope);
    if (!outstanding)
        return std::unexpected(outstanding.error());
    kpis.outstanding = outstanding->amount;
    auto overdue = store.outstanding({ DayRange::allTime().from, filter.asOf.addDays(-1) }, scope);
    if (!overdue)
        return std::unexpected(overdue.error());
    kpis.overdue = overdue->amount;

    auto target = reports::scopeTarget(store, scope, kpis.period, kpis.currency);
    if (!target)
        return std::unexpected(target.error());
    kpis.target = *target;
    if (kpis.target)
        kpis.attainment = optionalRate(reports::rate(kpis.signedAmount, *kpis.target));
    return kpis;
}

} // namespace qianyue
