// Reports on opportunity count (机会数) and the pipeline. Every opportunity
// counts once, with or without a customer or an owner. A period selects
// opportunities by the day they were created, won and lost ones by the day
// they were closed, open ones in the forecast by their expected close date.
// Amounts are base-currency amounts at each opportunity's own rate; weighted
// amounts multiply that by the opportunity's probability, rounded per
// opportunity.

#include "core/analytics/ReportSupport.h"

namespace qianyue {

namespace {

Sums statusSums(const std::map<QString, Sums> &statuses, const QString &status)
{
    const auto it = statuses.find(status);
    return it == statuses.end() ? Sums() : it->second;
}

Sums allStatuses(const std::map<QString, Sums> &statuses)
{
    Sums total;
    for (const auto &[status, sums] : statuses)
        total += sums;
    return total;
}

/// pipeline-by-stage: opportunities created in the period per stage, in
/// pipeline order with the won and lost stages, with amount and weighted amount.
class PipelineByStage final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(PipelineByStage)

public:
    QString name() const override { return QStringLiteral("pipeline-by-stage"); }
    QString title() const override { return tr("Pipeline by stage"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("stage"), tr("Stage"), ColumnKind::Text },
            { QStringLiteral("count"), tr("Opportunities"), ColumnKind::Count },
            { QStringLiteral("amount"), tr("Amount"), ColumnKind::Money },
            { QStringLiteral("weighted_amount"), tr("Weighted amount"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        auto stages = store.stages();
        if (!stages)
            return std::unexpected(stages.error());
        auto sums = store.createdByStage(reports::rangeOf(filter), reports::scopeOf(filter));
        if (!sums)
            return std::unexpected(sums.error());
        for (const StageInfo &stage : *stages) {
            const Sums s = sums->contains(stage.id) ? sums->at(stage.id) : Sums();
            table.rows.push_back({ ReportLabels::stage(stage), s.count, s.amount, s.weighted });
        }
        return {};
    }
};

/// opportunity-count-by-owner: opportunities created in the period per
/// salesperson, open, won and lost among them, and their amount.
class OpportunityCountByOwner final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityCountByOwner)

public:
    QString name() const override { return QStringLiteral("opportunity-count-by-owner"); }
    QString title() const override { return tr("Opportunity count by salesperson"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("owner"), tr("Salesperson"), ColumnKind::Text },
            { QStringLiteral("count"), tr("Opportunities"), ColumnKind::Count },
            { QStringLiteral("open_count"), tr("Open"), ColumnKind::Count },
            { QStringLiteral("won_count"), tr("Won"), ColumnKind::Count },
            { QStringLiteral("lost_count"), tr("Lost"), ColumnKind::Count },
            { QStringLiteral("amount"), tr("Amount"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        auto users = store.users();
        if (!users)
            return std::unexpected(users.error());
        auto owners = store.createdByOwner(reports::rangeOf(filter), reports::scopeOf(filter));
        if (!owners)
            return std::unexpected(owners.error());
        for (const auto &[owner, statuses] : *owners) {
            const Sums total = allStatuses(statuses);
            table.rows.push_back({ ReportLabels::owner(*users, owner), total.count,
                statusSums(statuses, QStringLiteral("open")).count, statusSums(statuses, QStringLiteral("won")).count,
                statusSums(statuses, QStringLiteral("lost")).count, total.amount });
        }
        reports::sortDescending(table.rows, 1);
        return {};
    }
};

/// opportunity-count-by-source: opportunities created in the period per
/// source (copied from the originating lead when it was converted).
class OpportunityCountBySource final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityCountBySource)

public:
    QString name() const override { return QStringLiteral("opportunity-count-by-source"); }
    QString title() const override { return tr("Opportunity count by lead source"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("source"), tr("Source"), ColumnKind::Text },
            { QStringLiteral("count"), tr("Opportunities"), ColumnKind::Count },
            { QStringLiteral("open_count"), tr("Open"), ColumnKind::Count },
            { QStringLiteral("won_count"), tr("Won"), ColumnKind::Count },
            { QStringLiteral("lost_count"), tr("Lost"), ColumnKind::Count },
            { QStringLiteral("amount"), tr("Amount"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        auto sources = AnalyticsStore(database).createdBySource(reports::rangeOf(filter), reports::scopeOf(filter));
        if (!sources)
            return std::unexpected(sources.error());
        for (const auto &[source, statuses] : *sources) {
            const Sums total = allStatuses(statuses);
            table.rows.push_back({ ReportLabels::source(source), total.count,
                statusSums(statuses, QStringLiteral("open")).count, statusSums(statuses, QStringLiteral("won")).count,
                statusSums(statuses, QStringLiteral("lost")).count, total.amount });
        }
        reports::sortDescending(table.rows, 1);
        return {};
    }
};

/// opportunity-flow-by-month: per month, the opportunities created, won and lost in it.
class OpportunityFlowByMonth final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityFlowByMonth)

public:
    QString name() const override { return QStringLiteral("opportunity-flow-by-month"); }
    QString title() const override { return tr("Opportunity flow by month"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("month"), tr("Month"), ColumnKind::Text },
            { QStringLiteral("new_count"), tr("New"), ColumnKind::Count },
            { QStringLiteral("won_count"), tr("Won"), ColumnKind::Count },
            { QStringLiteral("lost_count"), tr("Lost"), ColumnKind::Count },
            { QStringLiteral("won_amount"), tr("Won amount"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        const DayRange range = reports::rangeOf(filter);
        auto createdSpan = store.opportunityMonthSpan(QStringLiteral("created"), scope);
        if (!createdSpan)
            return std::unexpected(createdSpan.error());
        auto closedSpan = store.opportunityMonthSpan(QStringLiteral("closed"), scope);
        if (!closedSpan)
            return std::unexpected(closedSpan.error());
        std::optional<std::pair<QString, QString>> span = *createdSpan;
        if (*closedSpan) {
            if (!span)
                span = *closedSpan;
            else
                span = std::pair(
                    std::min(span->first, (*closedSpan)->first), std::max(span->second, (*closedSpan)->second));
        }
        const QStringList months = reports::reportMonths(filter, span);
        if (months.isEmpty())
            return {};
        auto created = store.createdByMonth(range, scope);
        if (!created)
            return std::unexpected(created.error());
        auto closed = store.closedByMonth(range, scope);
        if (!closed)
            return std::unexpected(closed.error());
        for (const QString &month : months) {
            const Sums fresh = created->contains(month) ? created->at(month) : Sums();
            const std::map<QString, Sums> outcome
                = closed->contains(month) ? closed->at(month) : std::map<QString, Sums>();
            const Sums won = statusSums(outcome, QStringLiteral("won"));
            table.rows.push_back(
                { month, fresh.count, won.count, statusSums(outcome, QStringLiteral("lost")).count, won.amount });
        }
        return {};
    }
};

/// won-lost-by-owner: per salesperson, opportunities won and lost in the
/// period and the win rate won / (won + lost).
class WonLostByOwner final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(WonLostByOwner)

public:
    QString name() const override { return QStringLiteral("won-lost-by-owner"); }
    QString title() const override { return tr("Won and lost by salesperson"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("owner"), tr("Salesperson"), ColumnKind::Text },
            { QStringLiteral("won_count"), tr("Won"), ColumnKind::Count },
            { QStringLiteral("won_amount"), tr("Won amount"), ColumnKind::Money },
            { QStringLiteral("lost_count"), tr("Lost"), ColumnKind::Count },
            { QStringLiteral("win_rate"), tr("Win rate"), ColumnKind::Rate } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        auto users = store.users();
        if (!users)
            return std::unexpected(users.error());
        auto owners = store.closedByOwner(reports::rangeOf(filter), reports::scopeOf(filter));
        if (!owners)
            return std::unexpected(owners.error());
        for (const auto &[owner, statuses] : *owners) {
            const Sums won = statusSums(statuses, QStringLiteral("won"));
            const Sums lost = statusSums(statuses, QStringLiteral("lost"));
            table.rows.push_back({ ReportLabels::owner(*users, owner), won.count, won.amount, lost.count,
                reports::rate(won.count, won.count + lost.count) });
        }
        reports::sortDescending(table.rows, 2);
        return {};
    }
};

/// forecast-by-month: open opportunities by the month they are expected to
/// close, with amount and weighted amount. For all time, the open ones
/// without an expected close date come last.
class ForecastByMonth final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(ForecastByMonth)

public:
    QString name() const override { return QStringLiteral("forecast-by-month"); }
    QString title() const override { return tr("Forecast by expected close month"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("month"), tr("Month"), ColumnKind::Text },
            { QStringLiteral("count"), tr("Open opportunities"), ColumnKind::Count },
            { QStringLiteral("amount"), tr("Amount"), ColumnKind::Money },
            { QStringLiteral("weighted_amount"), tr("Weighted amount"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        const DayRange range = reports::rangeOf(filter);
        auto span = store.opportunityMonthSpan(QStringLiteral("open"), scope);
        if (!span)
            return std::unexpected(span.error());
        auto months = store.openByCloseMonth(range, scope);
        if (!months)
            return std::unexpected(months.error());
        for (const QString &month : reports::reportMonths(filter, *span)) {
            const Sums s = months->contains(month) ? months->at(month) : Sums();
            table.rows.push_back({ month, s.count, s.amount, s.weighted });
        }
        if (const auto undated = months->find(QString()); undated != months->end())
            table.rows.push_back({ ReportLabels::noCloseDate(), undated->second.count, undated->second.amount,
                undated->second.weighted });
        return {};
    }
};

/// lead-conversion-by-source: leads that came in during the period per
/// source, how many were converted, disqualified or are still open, and the
/// conversion rate converted / leads.
class LeadConversionBySource final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(LeadConversionBySource)

public:
    QString name() const override { return QStringLiteral("lead-conversion-by-source"); }
    QString title() const override { return tr("Lead conversion by source"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("source"), tr("Source"), ColumnKind::Text },
            { QStringLiteral("leads"), tr("Leads"), ColumnKind::Count },
            { QStringLiteral("converted"), tr("Converted"), ColumnKind::Count },
            { QStringLiteral("disqualified"), tr("Disqualified"), ColumnKind::Count },
            { QStringLiteral("open_count"), tr("Open"), ColumnKind::Count },
            { QStringLiteral("conversion_rate"), tr("Conversion rate"), ColumnKind::Rate } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        auto sources = AnalyticsStore(database).leadsBySource(reports::rangeOf(filter), reports::scopeOf(filter));
        if (!sources)
            return std::unexpected(sources.error());
        for (const auto &[source, statuses] : *sources) {
            qint64 leads = 0;
            for (const auto &[status, count] : statuses)
                leads += count;
            const auto count = [&statuses](const char *status) {
                const auto it = statuses.find(QString::fromLatin1(status));
                return it == statuses.end() ? qint64(0) : it->second;
            };
            const qint64 converted = count("converted");
            table.rows.push_back({ ReportLabels::source(source), leads, converted, count("disqualified"),
                count("unassigned") + count("assigned"), reports::rate(converted, leads) });
        }
        reports::sortDescending(table.rows, 1);
        return {};
    }
};

} // namespace

namespace reports {

void addOpportunityReports(std::vector<std::unique_ptr<Report>> &reports)
{
    reports.push_back(std::make_unique<PipelineByStage>());
    reports.push_back(std::make_unique<OpportunityCountByOwner>());
    reports.push_back(std::make_unique<OpportunityCountBySource>());
    reports.push_back(std::make_unique<OpportunityFlowByMonth>());
    reports.push_back(std::make_unique<WonLostByOwner>());
    reports.push_back(std::make_unique<ForecastByMonth>());
    reports.push_back(std::make_unique<LeadConversionBySource>());
}

} // namespace reports

} // namespace qianyue
