// Reports on customers: receivables aging, A/B/C segments and churn risk.

#include "core/analytics/ReportSupport.h"
#include "core/domain/Rate.h"
#include "core/store/SettingsStore.h"

#include <algorithm>
#include <array>

namespace qianyue {

namespace {

constexpr int kDefaultDebtors = 50;
constexpr int kDefaultChurnRows = 50;

// The aging buckets, by days past due as of the report day.
enum Bucket { NotDue, Days0To30, Days31To60, Days61To90, Over90, BucketCount };

Bucket bucketOf(qint64 daysPastDue)
{
    if (daysPastDue < 0)
        return NotDue;
    if (daysPastDue <= 30)
        return Days0To30;
    if (daysPastDue <= 60)
        return Days31To60;
    if (daysPastDue <= 90)
        return Days61To90;
    return Over90;
}

/// receivables-aging: what customers still owe as of `asOf`, by how many days
/// past due it is (0–30, 31–60, 61–90, over 90, and not yet due). One row per
/// customer owing the most (`limit`, 50 by default), one for all other
/// customers, and the total. Balances are today's; `from` and `to` are not used.
class ReceivablesAging final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesAging)

public:
    QString name() const override { return QStringLiteral("receivables-aging"); }
    QString title() const override { return tr("Receivables aging"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("customer"), tr("Customer"), ColumnKind::Text },
            { QStringLiteral("code"), tr("Code"), ColumnKind::Text },
            { QStringLiteral("not_due"), tr("Not yet due"), ColumnKind::Money },
            { QStringLiteral("days_0_30"), tr("0–30 days"), ColumnKind::Money },
            { QStringLiteral("days_31_60"), tr("31–60 days"), ColumnKind::Money },
            { QStringLiteral("days_61_90"), tr("61–90 days"), ColumnKind::Money },
            { QStringLiteral("days_over_90"), tr("Over 90 days"), ColumnKind::Money },
            { QStringLiteral("total"), tr("Outstanding"), ColumnKind::Money } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        const QDate asOf = filter.asOf;
        const DayRange all = DayRange::allTime();
        const DayRange ranges[BucketCount]
            = { { asOf.addDays(1), all.to }, { asOf.addDays(-30), asOf }, { asOf.addDays(-60), asOf.addDays(-31) },
                  { asOf.addDays(-90), asOf.addDays(-61) }, { all.from, asOf.addDays(-91) } };
        qint64 totals[BucketCount] = {};
        qint64 receivables = 0;
        for (int b = 0; b < BucketCount; ++b) {
            auto sums = store.outstanding(ranges[b], scope);
            if (!sums)
                return std::unexpected(sums.error());
            totals[b] = sums->amount;
            receivables += sums->count;
        }
        if (receivables == 0)
            return {};

        const int limit = filter.limit > 0 ? filter.limit : kDefaultDebtors;
        auto debtors = store.topDebtors(scope, limit + 1);
        if (!debtors)
            return std::unexpected(debtors.error());
        const bool more = qsizetype(debtors->size()) > limit;
        if (more)
            debtors->resize(std::size_t(limit));
        std::vector<qint64> ids;
        for (const CustomerSums &debtor : *debtors)
            ids.push_back(debtor.customerId);
        auto details = store.customerDetails(ids);
        if (!details)
            return std::unexpected(details.error());
        auto open = store.openReceivables(ids, scope);
        if (!open)
            return std::unexpected(open.error());
        std::map<qint64, std::array<qint64, BucketCount>> byCustomer;
        for (const OpenReceivable &receivable : *open) {
            // A due date that cannot be read is treated as due today rather than dropped.
            const qint64 late = receivable.due.isValid() ? receivable.due.daysTo(asOf) : 0;
            byCustomer[receivable.customerId][bucketOf(late)] += receivable.amount;
        }

        qint64 listed[BucketCount] = {};
        const auto row = [](const QString &customer, const QString &code, const qint64(&amounts)[BucketCount]) {
            QVariantList values = { customer, code };
            qint64 sum = 0;
            for (int b = 0; b < BucketCount; ++b) {
                values << amounts[b];
                sum += amounts[b];
            }
            values << sum;
            return values;
        };
        for (const CustomerSums &debtor : *debtors) {
            qint64 amounts[BucketCount] = {};
            const auto found = byCustomer.find(debtor.customerId);
            for (int b = 0; b < BucketCount; ++b) {
                amounts[b] = found == byCustomer.end() ? 0 : found->second[std::size_t(b)];
                listed[b] += amounts[b];
            }
            const CustomerDetail detail
                = details->contains(debtor.customerId) ? details->at(debtor.customerId) : CustomerDetail();
            table.rows.push_back(row(detail.name, detail.code, amounts));
        }
        if (more) {
            qint64 rest[BucketCount] = {};
            for (int b = 0; b < BucketCount; ++b)
                rest[b] = totals[b] - listed[b];
            table.rows.push_back(row(ReportLabels::otherCustomers(), QString(), rest));
        }
        table.rows.push_back(row(ReportLabels::total(), QString(), totals));
        return {};
    }
};

/// customer-segments: customers per A/B/C segment (as last derived), how many
/// of them are churn risks, and what customers of each segment signed in the
/// period, with each segment's share of the amount, and a total row. With an
/// owner or team, customers are counted by their owner and contracts by theirs.
class CustomerSegments final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSegments)

public:
    QString name() const override { return QStringLiteral("customer-segments"); }
    QString title() const override { return tr("Customer segments"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("segment"), tr("Segment"), ColumnKind::Text },
            { QStringLiteral("customers"), tr("Customers"), ColumnKind::Count },
            { QStringLiteral("churn_risks"), tr("Churn risks"), ColumnKind::Count },
            { QStringLiteral("amount"), tr("Contract amount"), ColumnKind::Money },
            { QStringLiteral("contracts"), tr("Contracts"), ColumnKind::Count },
            { QStringLiteral("amount_share"), tr("Share of amount"), ColumnKind::Rate } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        AnalyticsStore store(database);
        const OwnerScope scope = reports::scopeOf(filter);
        auto customers = store.customersBySegment(scope);
        if (!customers)
            return std::unexpected(customers.error());
        auto amounts = store.signedBySegment(reports::rangeOf(filter), scope);
        if (!amounts)
            return std::unexpected(amounts.error());
        if (customers->empty() && amounts->empty())
            return {};
        Sums totalCustomers;
        Sums totalAmount;
        for (const auto &[segment, sums] : *customers)
            totalCustomers += sums;
        for (const auto &[segment, sums] : *amounts)
            totalAmount += sums;
        for (const QString &segment : { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) {
            const Sums people = customers->contains(segment) ? customers->at(segment) : Sums();
            const Sums business = amounts->contains(segment) ? amounts->at(segment) : Sums();
            // In customersBySegment the amount column carries the churn risks.
            table.rows.push_back({ segment, people.count, people.amount, business.amount, business.count,
                reports::rate(business.amount, totalAmount.amount) });
        }
        table.rows.push_back({ ReportLabels::total(), totalCustomers.count, totalCustomers.amount, totalAmount.amount,
            totalAmount.count, reports::rate(totalAmount.amount, totalAmount.amount) });
        return {};
    }
};

/// churn-risk: customers whose contract amount of the 12 months up to `asOf`
/// fell below the 12 months before by more than the churn share (setting
/// churn_drop_share_ppm, the rule CustomerInsights applies), largest drop
/// first (`limit`, 50 by default). With an owner or team, their customers.
class ChurnRisk final : public Report
{
    Q_DECLARE_TR_FUNCTIONS(ChurnRisk)

public:
    QString name() const override { return QStringLiteral("churn-risk"); }
    QString title() const override { return tr("Churn risk"); }
    std::vector<ReportColumn> columns() const override
    {
        return { { QStringLiteral("customer"), tr("Customer"), ColumnKind::Text },
            { QStringLiteral("code"), tr("Code"), ColumnKind::Text },
            { QStringLiteral("segment"), tr("Segment"), ColumnKind::Text },
            { QStringLiteral("owner"), tr("Salesperson"), ColumnKind::Text },
            { QStringLiteral("earlier_amount"), tr("Previous 12 months"), ColumnKind::Money },
            { QStringLiteral("recent_amount"), tr("Last 12 months"), ColumnKind::Money },
            { QStringLiteral("change"), tr("Change"), ColumnKind::Money },
            { QStringLiteral("change_rate"), tr("Change rate"), ColumnKind::Rate } };
    }

protected:
    Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const override
    {
        auto share = SettingsStore(database).integer(QStringLiteral("churn_drop_share_ppm"), 300'000);
        if (!share)
            return std::unexpected(share.error());
        if (*share < 0 || *share > Rate::kScale)
            return fail(ErrorKind::Invalid,
                tr("The setting churn_drop_share_ppm must lie between 0 and 1000000; it is %1.").arg(*share));
        const int limit = filter.limit > 0 ? filter.limit : kDefaultChurnRows;
        AnalyticsStore store(database);
        auto best = reports::churnByWalk(store, reports::scopeOf(filter), filter.asOf, *share, limit);
        if (!best)
            return std::unexpected(best.error());
        std::vector<qint64> ids;
        for (const reports::ChurnEntry &drop : *best)
            ids.push_back(drop.customerId);
        auto details = store.customerDetails(ids);
        if (!details)
            return std::unexpected(details.error());
        auto users = store.users();
        if (!users)
            return std::unexpected(users.error());
        for (const reports::ChurnEntry &drop : *best) {
            const CustomerDetail detail
                = details->contains(drop.customerId) ? details->at(drop.customerId) : CustomerDetail();
            table.rows.push_back({ detail.name, detail.code, detail.segment,
                ReportLabels::owner(*users, detail.ownerId.value_or(0)), drop.earlier, drop.recent,
                drop.recent - drop.earlier, reports::rate(drop.recent - drop.earlier, drop.earlier) });
        }
        return {};
    }
};

} // namespace

namespace reports {

void addCustomerReports(std::vector<std::unique_ptr<Report>> &reports)
{
    reports.push_back(std::make_unique<ReceivablesAging>());
    reports.push_back(std::make_unique<CustomerSegments>());
    reports.push_back(std::make_unique<ChurnRisk>());
}

} // namespace reports

} // namespace qianyue
