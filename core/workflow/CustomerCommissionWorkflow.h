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

/// Customer commissions (客户佣金, rebates): a share of what a customer
/// bought, either on one contract or on everything signed in a period.
/// 拟订中 drafting → 审批中 in approval → 执行中 executing (paid out) → 关闭 closed.
class CustomerCommissionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCommissionWorkflow)

public:
    /// A span of signing dates, both days included.
    struct Period {
        QDate start;
        QDate end;
    };

    explicit CustomerCommissionWorkflow(Database &database);

    /// A draft rebate of `ratio` on one signed contract of the customer (its
    /// total, in its currency) or on the customer's signed business in
    /// `period` (base currency). Exactly one of contract and period is given.
    Result<qint64> create(qint64 customerId, std::optional<qint64> contractId, std::optional<Period> period,
                          const Rate &ratio, const QString &name);
    /// Sends a draft with a non-zero amount for approval.
    Result<void> submit(qint64 id);
    /// Returns a rebate in approval to its drafter.
    Result<void> sendBack(qint64 id);
    /// Approves it: the rebate is in force (执行中) and can be paid.
    Result<void> approve(qint64 id);
    /// Closes a rebate in force; nothing more is paid on it.
    Result<void> close(qint64 id);
    /// Records a payment to the customer while the rebate is in force; the total paid may not exceed the amount.
    Result<void> recordPayment(qint64 id, const Money &amount);
    /// Recalculates sales and amount of a draft from the contracts as they are now; returns the new amount.
    Result<Money> recompute(qint64 id);

private:
    struct Basis {
        Money sales;
        QVariant contactId;
    };
    Result<Basis> salesBasis(qint64 customerId, const QVariant &contractId, const QDate &from, const QDate &to);
    Result<void> simpleStep(qint64 id, const QString &action);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
