// Reports on contract amount (签约金额): signed business by month, by
// salesperson and by customer. Signed business is every contract that is
// signed, executing or completed, counted on its signing day at its
// base-currency total.

#include "core/analytics/ReportSupport.h"

#include <algorithm>

namespace qianyue {

namespace {

// Periods with at most this many signed contracts are added up contract by
// contract (about 20 ms at this size); busier ones walk the customers by
// all-time amount instead, which reads a few thousand customers at most.
constexpr qint64 kDirectContracts = 50000;
constexpr int kDefaultTopCustomers = 20;

/// contract-amount-by-month: signed amount and count per month of the period,
/// beside the same days one year earlier. For all time, the months from the
/// first to the last signing.
class ContractAmountByMonth final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(ContractAmountByMonth)

public:
    QString name() const override { return QStringLiteral("contract-amount-by-month"); }
    QString title() const override { return tr("Contract amount by month"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("month"), tr("Month"), ColumnKind::Text },
            { QStringLiteral("amount"), tr("Contract amount"), ColumnKind::Money },
            { QStringLiteral("contracts"), tr("Contracts"), ColumnKind::Count },
            { QStringLiteral("amount_last_year"), tr("Amount a year earlier"), ColumnKind::Money },
            { QStringLiteral("contracts_last_year"), tr("Contracts a year earlier"), ColumnKind::Count },
            { QStringLiteral("growth"), tr("Growth"), ColumnKind::Rate } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        auto span = store.signedMonthSpan(scope);
        if (!span)
            return std::unexpected(span.error());
        const QStringList months = reports::reportMonths(filter, *span);
        if (months.isEmpty())
            return {};
        const DayRange range = reports::rangeOf(filter);
        // The same days a year earlier; an open end stays open.
        DayRange earlier = DayRange::allTime();
        if (filter.from)
            earlier.from = filter.from->addYears(-1);
        if (filter.to)
            earlier.to = filter.to->addYears(-1);
        auto current = store.signedByMonth(range, scope);
        if (!current)
            return std::unexpected(current.error());
        auto previous = store.signedByMonth(earlier, scope);
        if (!previous)
            return std::unexpected(previous.error());
        for (const QString &month : months) {
            const QString yearBefore
                = reports::monthKey(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).addYears(-1));
            const Sums now = current->contains(month) ? current->at(month) : Sums();
            const Sums before = previous->contains(yearBefore) ? previous->at(yearBefore) : Sums();
            table.rows.push_back({ month, now.amount, now.count, before.amount, before.count,
                reports::rate(now.amount - before.amount, before.amount) });
        }
        return {};
    }
};

/// contract-amount-by-owner: per salesperson, signed amount and count in the
/// period, the targets starting in it (the finest kind each person has) and
/// the attainment; largest amount first.
class ContractAmountByOwner final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(ContractAmountByOwner)

public:
    QString name() const override { return QStringLiteral("contract-amount-by-owner"); }
    QString title() const override { return tr("Contract amount by salesperson"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("owner"), tr("Salesperson"), ColumnKind::Text },
            { QStringLiteral("amount"), tr("Contract amount"), ColumnKind::Money },
            { QStringLiteral("contracts"), tr("Contracts"), ColumnKind::Count },
            { QStringLiteral("target"), tr("Target"), ColumnKind::Money },
            { QStringLiteral("attainment"), tr("Attainment"), ColumnKind::Rate } };
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
        auto owners = store.signedByOwner(range, scope);
        if (!owners)
            return std::unexpected(owners.error());
        auto targets = store.userTargets(range, scope, table.currency);
        if (!targets)
            return std::unexpected(targets.error());
        const std::map<qint64, qint64> targetOf = reports::finestTargets(*targets);
        std::map<qint64, Sums> all = *owners;
        for (const auto &[owner, amount] : targetOf)
            all.try_emplace(owner);
        for (const auto &[owner, sums] : all) {
            const auto target = targetOf.find(owner);
            table.rows.push_back({ ReportLabels::owner(*users, owner), sums.amount, sums.count,
                target == targetOf.end() ? QVariant() : QVariant(target->second),
                target == targetOf.end() ? QVariant() : reports::rate(sums.amount, target->second) });
        }
        reports::sortDescending(table.rows, 1);
        return {};
    }
};

/// contract-amount-by-customer: the customers with the most signed business
/// in the period (`limit`, 20 by default), with their segment.
class ContractAmountByCustomer final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(ContractAmountByCustomer)

public:
    QString name() const override { return QStringLiteral("contract-amount-by-customer"); }
    QString title() const override { return tr("Top customers by contract amount"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("customer"), tr("Customer"), ColumnKind::Text },
            { QStringLiteral("code"), tr("Code"), ColumnKind::Text },
            { QStringLiteral("segment"), tr("Segment"), ColumnKind::Text },
            { QStringLiteral("amount"), tr("Contract amount"), ColumnKind::Money },
            { QStringLiteral("contracts"), tr("Contracts"), ColumnKind::Count } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        const DayRange range = reports::rangeOf(filter);
        const int limit = filter.limit > 0 ? filter.limit : kDefaultTopCustomers;
        auto top = topCustomers(store, scope, range, limit);
        if (!top)
            return std::unexpected(top.error());
        std::vector<qint64> ids;
        for (const CustomerSums &customer : *top)
            ids.push_back(customer.customerId);
        auto details = store.customerDetails(ids);
        if (!details)
            return std::unexpected(details.error());
        for (const CustomerSums &customer : *top) {
            const CustomerDetail detail
                = details->contains(customer.customerId) ? details->at(customer.customerId) : CustomerDetail();
            table.rows.push_back(
                { detail.name, detail.code, detail.segment, customer.sums.amount, customer.sums.count });
        }
        return {};
    }

private:
    // Largest amount first, ties to the newer customer, the same order the direct query uses.
    static Result<std::vector<CustomerSums>> topCustomers(
        AnalyticsStore &store, const OwnerScope &scope, const DayRange &range, int limit)
    {
        if (scope.kind != OwnerScope::Kind::All)
            return store.topCustomersByContract(range, scope, limit);
        auto total = store.signedSums(range, scope);
        if (!total)
            return std::unexpected(total.error());
        if (total->count <= kDirectContracts)
            return store.topCustomersByContract(range, scope, limit);
        return reports::topCustomersByWalk(store, range, limit);
    }
};

} // namespace

namespace reports {

void addContractReports(std::vector<std::unique_ptr<Report>> &reports)
{
    reports.push_back(std::make_unique<ContractAmountByMonth>());
    reports.push_back(std::make_unique<ContractAmountByOwner>());
    reports.push_back(std::make_unique<ContractAmountByCustomer>());
}

} // namespace reports

} // namespace qianyue
