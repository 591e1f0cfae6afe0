#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// The queries behind salesperson commissions, customer rebates, sales
/// targets, activity agendas and customer segments. "Signed business" here
/// always means contracts that are signed, executing or completed, counted on
/// their signing date at their base-currency total.
class PerformanceStore
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceStore)

public:
    explicit PerformanceStore(Database &database);

    /// One thing a commission plan may earn on in a period: a signed contract
    /// (signed basis) or a receipt allocation (cash basis).
    struct CommissionSource {
        qint64 planId = 0;
        qint64 userId = 0;
        QString planKind;
        qint64 ratePpm = 0;
        std::optional<qint64> contractId;   ///< the contract, or the receivable's contract for cash
        std::optional<qint64> allocationId; ///< set for cash basis only
        qint64 amount = 0;                  ///< base_total (signed) or allocation amount (cash), minor units
        QString currency;                   ///< the receipt's currency; empty for signed basis (already base)
        qint64 exchangeRatePpm = 1'000'000; ///< the receipt's rate to the base currency
        bool alreadyEntered = false;        ///< the plan already has a commission entry for this source
    };

    /// What a set-based booking wrote.
    struct Booked {
        int created = 0;
        int skipped = 0;     ///< sources that already had their entry
        qint64 accrued = 0;  ///< base-currency minor units
    };
    /// Books the signed-basis entries of [from, to] in one INSERT … SELECT with
    /// their audit rows in a second, for contracts small enough that the SQL
    /// arithmetic cannot overflow; larger ones are left to signedSources().
    Result<Booked> bookSignedEntries(const QString &periodKind, const QDate &from, const QDate &to,
                                     const QDate &entryDate, const QString &baseCurrency);
    /// The same for cash-basis entries from receipt allocations.
    Result<Booked> bookCashEntries(const QString &periodKind, const QDate &from, const QDate &to,
                                   const QDate &entryDate, const QString &baseCurrency);
    /// Contracts above this base amount are booked one by one with 128-bit arithmetic.
    static constexpr qint64 kSetBasedLimit = 9'000'000'000'000LL;
    /// Allocations above this amount, or at a rate above this, are booked one by one.
    static constexpr qint64 kCashSetBasedAmountLimit = 1'000'000'000LL;
    static constexpr qint64 kCashSetBasedRateLimit = 1'000'000'000LL;

    /// Widens the connection's page cache to 64 MiB for a run that books
    /// thousands of entries into a table with five indexes; returns the
    /// setting to give back to restoreCache() after the run.
    Result<qint64> widenCache();
    Result<void> restoreCache(qint64 setting);

    /// Active plans that take part in a run: every 'basic' plan plus those whose kind is `periodKind`.
    Result<int> matchingPlanCount(const QString &periodKind) const;
    /// Contracts signed in [from, to] by the users of the matching signed-basis plans whose
    /// amount is beyond kSetBasedLimit (the rest is booked by bookSignedEntries).
    Result<std::vector<CommissionSource>> signedSources(const QString &periodKind, const QDate &from,
                                                        const QDate &to) const;
    /// Receipt allocations dated in [from, to] on receivables owned by the users of the matching cash-basis plans.
    Result<std::vector<CommissionSource>> cashSources(const QString &periodKind, const QDate &from,
                                                      const QDate &to) const;
    /// Sum of the accrued commission in `currency` of a user's entries for periods starting in [from, to].
    Result<qint64> accruedSum(qint64 userId, const QDate &from, const QDate &to, const QString &currency) const;
    /// Sum of the payouts in `currency` to a user made in [from, to].
    Result<qint64> paidSum(qint64 userId, const QDate &from, const QDate &to, const QString &currency) const;

    /// Amount (base-currency minor units) and count of signed contracts.
    struct SignedBusiness {
        qint64 amount = 0;
        qint64 count = 0;
    };
    /// Signed business of one customer in [from, to].
    Result<SignedBusiness> signedByCustomer(qint64 customerId, const QDate &from, const QDate &to) const;
    /// Signed business owned by one salesperson in [from, to].
    Result<SignedBusiness> signedByUser(qint64 userId, const QDate &from, const QDate &to) const;
    /// Signed business owned by the current members of a team in [from, to].
    Result<SignedBusiness> signedByTeam(qint64 teamId, const QDate &from, const QDate &to) const;

    /// The id of the salesperson's target for the period of `periodKind` starting on `start`, if any.
    Result<std::optional<qint64>> userTarget(qint64 userId, const QString &periodKind, const QDate &start) const;
    /// The id of the team's target for the period of `periodKind` starting on `start`, if any.
    Result<std::optional<qint64>> teamTarget(qint64 teamId, const QString &periodKind, const QDate &start) const;

    /// Planned activities of `userId` due before `dueBefore` (UTC timestamp text), soonest first,
    /// each with a boolean "overdue" field telling whether it was due before `now`.
    Result<std::vector<Fields>> dueActivities(qint64 userId, const QString &now, const QString &dueBefore) const;

    /// What a segment refresh compares: two adjacent windows and the thresholds.
    struct SegmentRules {
        QDate earlierStart; ///< first day of the earlier 12 months
        QDate recentStart;  ///< first day of the recent 12 months (the day after the earlier window ends)
        QDate asOf;         ///< last day of the recent 12 months
        qint64 aPlaces = 0; ///< customers ranked 1 .. aPlaces are A
        qint64 abPlaces = 0; ///< customers ranked aPlaces+1 .. abPlaces are B
        qint64 churnDropPpm = 0;
    };
    /// Customers whose segment and churn flag are derived.
    Result<qint64> customerCount() const;
    /// Recomputes segment and churn_risk of every customer in one statement; returns the rows that changed.
    Result<qint64> refreshSegments(const SegmentRules &rules);

    /// Customers per segment and how many are churn risks.
    struct SegmentCounts {
        qint64 a = 0;
        qint64 b = 0;
        qint64 c = 0;
        qint64 churnRisks = 0;
    };
    /// How many customers each segment holds now, and the churn risks among them.
    Result<SegmentCounts> segmentCounts() const;

private:
    Result<std::vector<CommissionSource>> sources(const QString &sql, const QVariantList &values, bool cash) const;
    /// Audit rows for every commission entry with an id above `lastId`.
    Result<void> auditEntriesAfter(qint64 lastId);
    Result<SignedBusiness> signedBusiness(const QString &condition, qint64 id, const QDate &from, const QDate &to) const;
    Result<std::optional<qint64>> optionalId(const QString &sql, const QVariantList &values) const;

    Database &m_db;
};

} // namespace qianyue
