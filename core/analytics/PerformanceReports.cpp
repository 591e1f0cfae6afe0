// The salesperson performance table of seed 000 and the dashboard's KPIs as a report.

#include "core/analytics/Dashboard.h"
#include "core/analytics/ReportSupport.h"

#include <set>

namespace qianyue {

namespace {

QVariant rateValue(const std::optional<Rate> &rate)
{
    return rate ? QVariant(rate->millionths()) : QVariant();
}

/// salesperson-performance: per salesperson, contract amount and order count
/// (contracts signed in the period: 订单 in seed 000's sense of a signed
/// deal), opportunities created, win rate of those closed, target, attainment
/// and commission accrued for periods starting in the period. Every active
/// rep in scope is listed, with or without business; largest amount first.
class SalespersonPerformance final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(SalespersonPerformance)

public:
    QString name() const override { return QStringLiteral("salesperson-performance"); }
    QString title() const override { return tr("Salesperson performance"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("owner"), tr("Salesperson"), ColumnKind::Text },
            { QStringLiteral("contract_amount"), tr("Contract amount"), ColumnKind::Money },
            { QStringLiteral("order_count"), tr("Orders"), ColumnKind::Count },
            { QStringLiteral("opportunities"), tr("Opportunities"), ColumnKind::Count },
            { QStringLiteral("win_rate"), tr("Win rate"), ColumnKind::Rate },
            { QStringLiteral("target"), tr("Target"), ColumnKind::Money },
            { QStringLiteral("attainment"), tr("Attainment"), ColumnKind::Rate },
            { QStringLiteral("commission_accrued"), tr("Commission accrued"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        const DayRange range = reports::rangeOf(filter);
        auto users = store.users();
        if (!users)
            return std::unexpected(users.error());
        auto contracts = store.signedByOwner(range, scope);
        if (!contracts)
            return std::unexpected(contracts.error());
        auto created = store.createdByOwner(range, scope);
        if (!created)
            return std::unexpected(created.error());
        auto closed = store.closedByOwner(range, scope);
        if (!closed)
            return std::unexpected(closed.error());
        auto targetRows = store.userTargets(range, scope, table.currency);
        if (!targetRows)
            return std::unexpected(targetRows.error());
        const std::map<qint64, qint64> targets = reports::finestTargets(*targetRows);
        auto commission = store.commissionAccrued(range, scope, table.currency);
        if (!commission)
            return std::unexpected(commission.error());

        std::set<qint64> owners;
        for (const auto &[id, user] : *users) {
            const bool inScope = scope.kind == OwnerScope::Kind::All
                || (scope.kind == OwnerScope::Kind::User && id == scope.id)
                || (scope.kind == OwnerScope::Kind::Team && user.teamId == scope.id);
            if (inScope && user.active && user.role == u"rep")
                owners.insert(id);
        }
        for (const auto &[owner, sums] : *contracts)
            owners.insert(owner);
        for (const auto &[owner, statuses] : *created)
            owners.insert(owner);
        for (const auto &[owner, statuses] : *closed)
            owners.insert(owner);
        for (const auto &[owner, amount] : targets)
            owners.insert(owner);
        for (const auto &[owner, amount] : *commission)
            owners.insert(owner);

        for (qint64 owner : owners) {
            const Sums business = contracts->contains(owner) ? contracts->at(owner) : Sums();
            qint64 opportunities = 0;
            if (const auto it = created->find(owner); it != created->end()) {
                for (const auto &[status, sums] : it->second)
                    opportunities += sums.count;
            }
            qint64 won = 0;
            qint64 lost = 0;
            if (const auto it = closed->find(owner); it != closed->end()) {
                won = it->second.contains(QStringLiteral("won")) ? it->second.at(QStringLiteral("won")).count : 0;
                lost = it->second.contains(QStringLiteral("lost")) ? it->second.at(QStringLiteral("lost")).count : 0;
            }
            const auto target = targets.find(owner);
            const auto accrued = commission->find(owner);
            table.rows.push_back({ ReportLabels::owner(*users, owner), business.amount, business.count, opportunities,
                reports::rate(won, won + lost), target == targets.end() ? QVariant() : QVariant(target->second),
                target == targets.end() ? QVariant() : reports::rate(business.amount, target->second),
                accrued == commission->end() ? qint64(0) : accrued->second });
        }
        reports::sortDescending(table.rows, 1);
        return {};
    }
};

/// dashboard-kpis: the dashboard's tiles as one row: the period (this month
/// up to `asOf` when none is given) against the period before it, the open
/// pipeline now, the win rate, receivables and target attainment.
class DashboardKpisReport final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(DashboardKpisReport)

public:
    QString name() const override { return QStringLiteral("dashboard-kpis"); }
    QString title() const override { return tr("Dashboard key figures"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("from"), tr("From"), ColumnKind::Date },
            { QStringLiteral("to"), tr("To"), ColumnKind::Date },
            { QStringLiteral("signed_amount"), tr("Contract amount"), ColumnKind::Money },
            { QStringLiteral("signed_count"), tr("Contracts"), ColumnKind::Count },
            { QStringLiteral("previous_amount"), tr("Previous period"), ColumnKind::Money },
            { QStringLiteral("signed_change"), tr("Change"), ColumnKind::Rate },
            { QStringLiteral("new_opportunities"), tr("New opportunities"), ColumnKind::Count },
            { QStringLiteral("open_opportunities"), tr("Open opportunities"), ColumnKind::Count },
            { QStringLiteral("weighted_open_amount"), tr("Weighted pipeline"), ColumnKind::Money },
            { QStringLiteral("win_rate"), tr("Win rate"), ColumnKind::Rate },
            { QStringLiteral("outstanding"), tr("Outstanding receivables"), ColumnKind::Money },
            { QStringLiteral("overdue"), tr("Overdue"), ColumnKind::Money },
            { QStringLiteral("target"), tr("Target"), ColumnKind::Money },
            { QStringLiteral("attainment"), tr("Attainment"), ColumnKind::Rate } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        auto kpis = Dashboard::refresh(database, filter);
        if (!kpis)
            return std::unexpected(kpis.error());
        table.rows.push_back({ kpis->period.from, kpis->period.to, kpis->signedAmount, kpis->signedCount,
            kpis->previousSignedAmount, rateValue(kpis->signedChange), kpis->newOpportunities, kpis->openOpportunities,
            kpis->weightedOpenAmount, rateValue(kpis->winRate), kpis->outstanding, kpis->overdue,
            kpis->target ? QVariant(*kpis->target) : QVariant(), rateValue(kpis->attainment) });
        return {};
    }
};

} // namespace

namespace reports {

void addPerformanceReports(std::vector<std::unique_ptr<Report>> &reports)
{
    reports.push_back(std::make_unique<SalespersonPerformance>());
    reports.push_back(std::make_unique<DashboardKpisReport>());
}

} // namespace reports

} // namespace qianyue
