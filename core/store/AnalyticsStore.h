#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace qianyue {

class Database;

/// Whose records an analytics query reads: everyone's, one salesperson's or
/// the current members of one team.
struct OwnerScope {
    enum class Kind { All, User, Team };
    Kind kind = Kind::All;
    qint64 id = 0;

    static OwnerScope all() { return {}; }
    static OwnerScope user(qint64 userId) { return { Kind::User, userId }; }
    static OwnerScope team(qint64 teamId) { return { Kind::Team, teamId }; }
};

/// A closed range of days, both ends included. All time is the range from
/// the first to the last day a date can name.
struct DayRange {
    QDate from;
    QDate to;

    static DayRange allTime() { return { QDate(1, 1, 1), QDate(9999, 12, 31) }; }
    bool isAllTime() const { return from == QDate(1, 1, 1) && to == QDate(9999, 12, 31); }
};

/// Counts and amounts (base-currency minor units) of one group of records.
struct Sums {
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0; ///< opportunities only: Σ amount × probability, rounded per opportunity

    bool isZero() const { return count == 0 && amount == 0 && weighted == 0; }
    Sums &operator+=(const Sums &other);
};

/// Sums of one customer.
struct CustomerSums {
    qint64 customerId = 0;
    Sums sums;
};

/// A customer taken as a candidate by a top-N search: its all-time signed
/// amount bounds whatever it signed in any period.
struct CustomerCandidate {
    qint64 customerId = 0;
    qint64 bound = 0;
    qint64 first = 0; ///< signed in the range asked for
    qint64 second = 0; ///< filled in by the caller where it needs a second range
};

/// The fields a report shows of a customer.
struct CustomerDetail {
    QString code;
    QString name;
    QString segment;
    std::optional<qint64> ownerId;
};

/// One open receivable's balance in the base currency and the day it falls due.
struct OpenReceivable {
    qint64 customerId = 0;
    QDate due;
    qint64 amount = 0;
};

/// The sum of the targets of one kind ("month", "quarter", "year") of a salesperson or team.
struct TargetSum {
    qint64 ownerId = 0;
    QString kind;
    qint64 amount = 0;
};

/// A salesperson as reports name them.
struct UserInfo {
    QString name;
    std::optional<qint64> teamId;
    QString role;
    bool active = true;
};

/// A pipeline stage in pipeline order.
struct StageInfo {
    qint64 id = 0;
    QString name;
    QString nameEn;
    QString outcome;
};

/// One roll-up table: its key and measure columns, the query over the base
/// tables it must always equal, and the statements that fill it when empty
/// (AnalyticsSchema.cpp).
struct RollupDefinition {
    QString table;
    QStringList keys;
    QStringList measures;
    QString definition;
    /// Run in the order rollupDefinitions() lists the tables: a month table
    /// may be filled from its day table, the all-owners rows from the per-owner ones.
    QStringList fill;
};

/// Every roll-up table with its defining query.
std::vector<RollupDefinition> rollupDefinitions();

/// The triggers that keep the roll-up tables in step with their base tables
/// (part of schema 3: the migration creates exactly these).
QStringList rollupTriggerStatements();

/// A roll-up table that disagrees with its base tables.
struct RollupDifference {
    QString table;
    qint64 groups = 0; ///< groups present on one side only or with other sums
};

/// Empties every roll-up table and fills it again from the base tables, in
/// one transaction; what `check --repair` runs after finding a difference.
Result<void> rebuildRollups(Database &database);
/// The roll-up tables whose non-zero rows differ from their defining queries.
Result<std::vector<RollupDifference>> verifyRollups(Database &database);

/// Every query behind the reports and dashboards. Periods are read from the
/// roll-up tables (whole years from *_year where there is one, whole months
/// from *_month, edge days from *_day), so each answer costs about the same
/// whatever the period. Amounts are base-currency minor
/// units; month keys are "YYYY-MM" and owner keys are user ids, 0 for records
/// without an owner.
class AnalyticsStore
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsStore)

public:
    explicit AnalyticsStore(Database &database);

    /// SQL for `amount` (minor units, not negative) converted at `ratePpm` (millionths) to
    /// the base currency, rounded half up. The roll-up triggers and the queries share it.
    static QString convertedSql(const QString &amount, const QString &ratePpm);

    /// Signed business (contracts signed, executing or completed, on their signing day).
    Result<Sums> signedSums(const DayRange &range, const OwnerScope &scope) const;
    /// Signed business per month.
    Result<std::map<QString, Sums>> signedByMonth(const DayRange &range, const OwnerScope &scope) const;
    /// Signed business per owner.
    Result<std::map<qint64, Sums>> signedByOwner(const DayRange &range, const OwnerScope &scope) const;
    /// Signed business per customer segment (the customer's segment now).
    Result<std::map<QString, Sums>> signedBySegment(const DayRange &range, const OwnerScope &scope) const;
    /// First and last month with signed business, if any.
    Result<std::optional<std::pair<QString, QString>>> signedMonthSpan(const OwnerScope &scope) const;
    /// The `limit` customers with the most signed business in `range`, added up contract by contract.
    Result<std::vector<CustomerSums>> topCustomersByContract(
        const DayRange &range, const OwnerScope &scope, int limit) const;
    /// Customers in order of all-time signed amount (largest first), rows `offset` to
    /// `offset + limit`, with what they signed in `range`.
    Result<std::vector<CustomerCandidate>> customersByAllTimeAmount(const DayRange &range, int offset, int limit) const;
    /// Like customersByAllTimeAmount for the customers owned in `scope`, with what they
    /// signed in `earlier` (first), all owners' contracts counted.
    Result<std::vector<CustomerCandidate>> churnCandidates(
        const OwnerScope &scope, const DayRange &earlier, int offset, int limit) const;
    /// Signed business of the given customers in `range`, all owners' contracts counted.
    Result<std::map<qint64, Sums>> signedForCustomers(
        const std::vector<qint64> &customerIds, const DayRange &range) const;
    /// Code, name, segment and owner of the given customers.
    Result<std::map<qint64, CustomerDetail>> customerDetails(const std::vector<qint64> &customerIds) const;
    /// Customers (count) and churn risks (amount) per segment, by the customer's owner.
    Result<std::map<QString, Sums>> customersBySegment(const OwnerScope &scope) const;

    /// Opportunities created in `range` per stage id.
    Result<std::map<qint64, Sums>> createdByStage(const DayRange &range, const OwnerScope &scope) const;
    /// Opportunities created in `range` per source and status.
    Result<std::map<QString, std::map<QString, Sums>>> createdBySource(
        const DayRange &range, const OwnerScope &scope) const;
    /// Opportunities created in `range` per owner and status.
    Result<std::map<qint64, std::map<QString, Sums>>> createdByOwner(
        const DayRange &range, const OwnerScope &scope) const;
    /// Opportunities created in `range` per month.
    Result<std::map<QString, Sums>> createdByMonth(const DayRange &range, const OwnerScope &scope) const;
    /// Opportunities created in `range`.
    Result<Sums> createdSums(const DayRange &range, const OwnerScope &scope) const;
    /// Won and lost opportunities closed in `range` per owner and status.
    Result<std::map<qint64, std::map<QString, Sums>>> closedByOwner(
        const DayRange &range, const OwnerScope &scope) const;
    /// Won and lost opportunities closed in `range` per month and status.
    Result<std::map<QString, std::map<QString, Sums>>> closedByMonth(
        const DayRange &range, const OwnerScope &scope) const;
    /// Won and lost opportunities closed in `range` per status.
    Result<std::map<QString, Sums>> closedSums(const DayRange &range, const OwnerScope &scope) const;
    /// Open opportunities expected to close in `range` per month; for all time,
    /// those without an expected close date come under the key "".
    Result<std::map<QString, Sums>> openByCloseMonth(const DayRange &range, const OwnerScope &scope) const;
    /// All open opportunities, dated or not.
    Result<Sums> openSums(const OwnerScope &scope) const;
    /// First and last month of the given opportunity roll-up ("created", "closed" or "open").
    Result<std::optional<std::pair<QString, QString>>> opportunityMonthSpan(
        const QString &kind, const OwnerScope &scope) const;

    /// Leads that came in during `range` per source and status.
    Result<std::map<QString, std::map<QString, qint64>>> leadsBySource(
        const DayRange &range, const OwnerScope &scope) const;

    /// Outstanding open receivables falling due in `range` (the invoice date when none is set).
    Result<Sums> outstanding(const DayRange &dueRange, const OwnerScope &scope) const;
    /// The `limit` customers owing the most, largest first.
    Result<std::vector<CustomerSums>> topDebtors(const OwnerScope &scope, int limit) const;
    /// The open receivables of the given customers, in `scope`.
    Result<std::vector<OpenReceivable>> openReceivables(
        const std::vector<qint64> &customerIds, const OwnerScope &scope) const;

    /// Salespeople's targets in `currency` that start in `range`, summed per person and period kind.
    Result<std::vector<TargetSum>> userTargets(
        const DayRange &range, const OwnerScope &scope, const QString &currency) const;
    /// A team's own targets in `currency` that start in `range`, summed per period kind.
    Result<std::vector<TargetSum>> teamTargets(qint64 teamId, const DayRange &range, const QString &currency) const;
    /// Commission accrued in `currency` per salesperson for periods starting in `range`.
    Result<std::map<qint64, qint64>> commissionAccrued(
        const DayRange &range, const OwnerScope &scope, const QString &currency) const;

    /// The exchange rate (base-currency millionths per unit) of the newest
    /// contract in `currency`, if there is one: the rate the business last used.
    Result<std::optional<qint64>> latestExchangeRate(const QString &currency) const;

    /// Every salesperson by id.
    Result<std::map<qint64, UserInfo>> users() const;
    /// The pipeline stages in pipeline order.
    Result<std::vector<StageInfo>> stages() const;

private:
    /// Total: the all-owners rows (or the scope's); PerOwner: one row set per owner;
    /// Unscoped: tables kept for all owners only, without owner_key.
    enum class Grouping { Total, PerOwner, Unscoped };

    QString scopeCondition(const OwnerScope &scope, Grouping grouping, QVariantList &values) const;
    /// A UNION ALL subquery over the tables of one roll-up that adds up to `range`,
    /// with a `month` column; `yearTable` (when given) answers whole years.
    QString ranged(const QString &monthTable, const QString &dayTable, const QStringList &dimensions,
        const QStringList &measures, const DayRange &range, const OwnerScope &scope, Grouping grouping,
        QVariantList &values, const QString &yearTable = {}) const;
    Result<std::optional<std::pair<QString, QString>>> monthSpan(
        const QString &table, const OwnerScope &scope, const QString &measure) const;

    Database &m_db;
};

} // namespace qianyue
