#pragma once

#include "core/domain/Error.h"
#include "core/domain/Money.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// What the user enters when billing an order.
struct ReceivableInput {
    QString invoiceNumber;
    QDate invoiceDate;        ///< null when not invoiced yet
    QDate dueDate;            ///< null when no due date was agreed
    QString description;      ///< empty: "Order SO-…"
    QString settlementMethod; ///< empty: the order's settlement method
    /// Bill only part of the order (instalments); empty bills all that is not billed yet.
    std::optional<qint64> amount;
};

/// What the user enters for money received (收款单).
struct ReceiptInput {
    qint64 customerId = 0;
    QDate date;
    QString kind = QStringLiteral("bank_transfer"); ///< bank_transfer, cash, cheque, draft, card, other
    QString currency;
    qint64 exchangeRatePpm = 1'000'000; ///< base units per unit of `currency`, in millionths
    qint64 amount = 0;                  ///< minor units of `currency`
    QString notes;
};

/// One part of a receipt set against one receivable (冲款).
struct Allocation {
    qint64 receivableId = 0;
    qint64 amount = 0; ///< minor units of the receipt's currency
};

/// Receivables (应收账款) raised from sales orders and receipts (收款单)
/// allocated against them. A receivable is settled (款已完) when everything
/// allocated to it reaches its total; a receipt may keep an unallocated rest
/// for later. Settling never completes the contract: that stays the user's call.
class ReceivableWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ReceivableWorkflow)

public:
    explicit ReceivableWorkflow(Database &database);

    /// An open receivable for the part of the order total not billed yet (or
    /// `input.amount` of it), linked to the order, its contract and opportunity.
    Result<qint64> createFromOrder(qint64 orderId, const ReceivableInput &input, const QDate &on = QDate::currentDate());
    /// Records a receipt and allocates it at once; every allocation must go to
    /// an open receivable of the same customer and currency and stay within its outstanding amount.
    Result<qint64> recordReceipt(const ReceiptInput &input, const std::vector<Allocation> &allocations = {});
    /// Allocates what is still unallocated of a receipt, with the same checks as recordReceipt.
    Result<void> allocate(qint64 receiptId, const std::vector<Allocation> &allocations);

    /// Total − received of a receivable.
    Result<Money> outstanding(qint64 receivableId) const;
    /// The part of a receipt not yet allocated to any receivable.
    Result<Money> unallocated(qint64 receiptId) const;

private:
    Result<void> applyAllocations(const Fields &receipt, const std::vector<Allocation> &allocations);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
