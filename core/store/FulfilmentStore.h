#pragma once

#include "core/domain/Error.h"
#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// The sums and lookups behind contract fulfilment: what has been ordered of
/// a contract, billed of an order, allocated of a receipt, and what customers
/// still owe. Amounts are returned in minor units of the record's currency.
class FulfilmentStore
{
    Q_DECLARE_TR_FUNCTIONS(FulfilmentStore)

public:
    explicit FulfilmentStore(Database &database);

    /// Quantity ordered per contract line id of `contractId`, over all orders that are not cancelled.
    Result<QHash<qint64, Quantity>> orderedPerContractLine(qint64 contractId) const;
    /// The oldest contract made from `quoteId` that is not terminated, if any.
    Result<std::optional<Fields>> liveContractOfQuote(qint64 quoteId) const;
    /// Numbers of the contract's orders that are still open or shipped (not yet invoiced), oldest first.
    Result<QStringList> unfinishedOrdersOfContract(qint64 contractId) const;

    /// Sum of the totals of all receivables raised for `orderId`.
    Result<qint64> billedOfOrder(qint64 orderId) const;
    /// Numbers of the receivables raised for `orderId`, oldest first.
    Result<QStringList> receivablesOfOrder(qint64 orderId) const;

    /// Sum of the allocations (冲款) made from `receiptId`.
    Result<qint64> allocatedOfReceipt(qint64 receiptId) const;
    /// Sum of the allocations made to `receivableId`.
    Result<qint64> allocatedToReceivable(qint64 receivableId) const;

    /// The customer's open (款未完) receivables, earliest due first; only `currency` when given.
    Result<std::vector<Fields>> openReceivables(qint64 customerId, const QString &currency = {}) const;
    /// What the customer still owes on open receivables, one amount per currency, by currency code.
    Result<std::vector<Money>> outstandingOfCustomer(qint64 customerId) const;

private:
    Result<qint64> sum(const QString &sql, qint64 id) const;
    Result<QStringList> strings(const QString &sql, qint64 id) const;

    Database &m_db;
};

} // namespace qianyue
