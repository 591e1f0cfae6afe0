#pragma once

#include "core/domain/Error.h"
#include "core/domain/Money.h"
#include "core/domain/Rate.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace qianyue {

class Database;

/// Salesperson commissions (销售员佣金): plans per salesperson, period runs
/// that book one entry per contract signed (signed basis) or per payment
/// received (cash basis), and payouts against what was accrued.
///
/// Which plans a run takes: every active 'basic' plan, whatever the period,
/// plus the active periodic plans whose kind is the kind of the period — a
/// calendar month runs 'monthly' plans, a calendar quarter (starting 1 January,
/// April, July or October) 'quarterly', a calendar half-year (starting
/// 1 January or July) 'half_year', a calendar year 'annual'. Any other span
/// runs the basic plans only. A plan earns on a contract (or a receipt
/// allocation) at most once, so repeated or overlapping runs never pay twice.
class CommissionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CommissionWorkflow)

public:
    /// 基本佣金, 月度佣金, 季度佣金, 半年度佣金, 年度佣金.
    enum class PlanKind { Basic, Monthly, Quarterly, HalfYear, Annual };
    /// What the rate applies to: contract amount when signed, or money when received.
    enum class Basis { Signed, Cash };

    /// What one run did.
    struct RunSummary {
        std::optional<PlanKind> periodKind; ///< the period's kind; empty for a span that is no calendar period
        int plans = 0;                      ///< active plans that took part
        int created = 0;                    ///< entries booked by this run
        int skipped = 0;                    ///< sources that already had their entry
        Money accrued;                      ///< commission booked by this run, base currency
    };

    explicit CommissionWorkflow(Database &database);

    /// The stored name of a plan kind ("basic", "monthly", "quarterly", "half_year", "annual").
    static QString kindKey(PlanKind kind);
    /// The stored name of a basis ("signed", "cash").
    static QString basisKey(Basis basis);
    /// The periodic kind of [start, end] when it is exactly a calendar month, quarter, half-year or year.
    static std::optional<PlanKind> periodKindOf(const QDate &start, const QDate &end);

    /// A new active plan for an active salesperson; the rate lies between 0 and 100 %.
    Result<qint64> createPlan(qint64 userId, PlanKind kind, Basis basis, const Rate &rate);
    /// Switches a plan on or off; entries already booked stay.
    Result<void> setPlanActive(qint64 planId, bool active);

    /// Books the commission of [periodStart, periodEnd] for every matching plan, dated `entryDate`.
    Result<RunSummary> run(const QDate &periodStart, const QDate &periodEnd,
                           const QDate &entryDate = QDate::currentDate());

    /// Pays part or all of an entry; the total paid may not exceed the accrued commission.
    Result<qint64> recordPayout(qint64 commissionId, const Money &amount, const QDate &paidOn = QDate::currentDate());

    /// Commission accrued to a salesperson for periods starting in [from, to], base currency.
    Result<Money> accruedFor(qint64 userId, const QDate &from, const QDate &to) const;
    /// Commission paid out to a salesperson in [from, to], base currency.
    Result<Money> paidFor(qint64 userId, const QDate &from, const QDate &to) const;

private:
    Result<void> checkRange(const QDate &from, const QDate &to) const;

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
