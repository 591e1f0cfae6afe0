#pragma once

#include "core/analytics/Report.h"
#include "core/store/AnalyticsStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace qianyue {

/// Words and names that several reports print, translated in one place.
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)

public:
    /// The owner shown for records that have none.
    static QString unassigned();
    /// A salesperson's name by owner key (0 = no owner).
    static QString owner(const std::map<qint64, UserInfo> &users, qint64 ownerKey);
    /// A lead source key ("campaign", "web", …) in words; "" reads as not recorded.
    static QString source(const QString &key);
    /// A stage's name in the language of the interface.
    static QString stage(const StageInfo &info);
    /// The label of a total row.
    static QString total();
    /// The label of the row that adds up the customers left out of a top list.
    static QString otherCustomers();
    /// The month shown for open opportunities without an expected close date.
    static QString noCloseDate();
};

namespace reports {

/// The owner scope a filter asks for.
OwnerScope scopeOf(const ReportFilter &filter);
/// The period a filter asks for; open ends reach as far as dates go.
DayRange rangeOf(const ReportFilter &filter);
/// The base currency every amount is converted to.
Result<QString> baseCurrency(Database &database);
/// part / whole in millionths rounded half away from zero, as a report value:
/// a null QVariant when whole is zero (nothing to measure against).
QVariant rate(qint64 part, qint64 whole);
/// "YYYY-MM" of a date.
QString monthKey(const QDate &date);
/// Every month key from `first` to `last`, both included.
QStringList monthsBetween(const QString &first, const QString &last);
/// The months a by-month report lists: the filter's period, or for all time
/// the span that has data (`span`), or nothing.
QStringList reportMonths(const ReportFilter &filter, const std::optional<std::pair<QString, QString>> &span);
/// Salespeople's target amounts for a period: per person, the targets of the
/// finest kind they have there (month before quarter before year), so that
/// one sale is never measured against two targets.
std::map<qint64, qint64> finestTargets(const std::vector<TargetSum> &targets);
/// The target of everyone in `scope` for `range` (a team's own targets when it has some).
Result<std::optional<qint64>> scopeTarget(
    AnalyticsStore &store, const OwnerScope &scope, const DayRange &range, const QString &currency);
/// Rows sorted by the column at `column` (a count or money), largest first; ties keep their order.
void sortDescending(std::vector<QVariantList> &rows, int column);

/// Customers a threshold walk reads per query.
inline constexpr int kWalkBatch = 512;

/// The `limit` customers with the most signed business in `range` (every
/// owner's contracts), largest first and the newer customer first on a tie.
/// Customers are read `batch` at a time in order of all-time amount, which
/// bounds what each signed in any period; the walk ends as soon as the
/// limit-th best amount beats the next customer's bound.
Result<std::vector<CustomerSums>> topCustomersByWalk(
    AnalyticsStore &store, const DayRange &range, int limit, int batch = kWalkBatch);

/// A customer whose business fell: what it signed in the 12 months before and in the last 12 months.
struct ChurnEntry {
    qint64 customerId = 0;
    qint64 earlier = 0;
    qint64 recent = 0;
};

/// The `limit` customers of `scope` (by the customer's owner) with the
/// largest drop between the 12 months before and the 12 months up to
/// `asOf`, among those whose drop exceeds `sharePpm` of the earlier amount
/// (CustomerInsights' churn rule), by the same kind of walk.
Result<std::vector<ChurnEntry>> churnByWalk(AnalyticsStore &store, const OwnerScope &scope, const QDate &asOf,
    qint64 sharePpm, int limit, int batch = kWalkBatch);

/// Report factories, one per file.
void addContractReports(std::vector<std::unique_ptr<Report>> &reports);
void addOpportunityReports(std::vector<std::unique_ptr<Report>> &reports);
void addCustomerReports(std::vector<std::unique_ptr<Report>> &reports);
void addPerformanceReports(std::vector<std::unique_ptr<Report>> &reports);

} // namespace reports

} // namespace qianyue
