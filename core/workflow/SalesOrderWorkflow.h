#pragma once

#include "core/domain/Error.h"
#include "core/domain/Quantity.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

#include <utility>
#include <vector>

namespace qianyue {

class Database;

/// What to order of a contract: pairs of contract line id and quantity.
using OrderQuantities = std::vector<std::pair<qint64, Quantity>>;

/// Sales orders (销售订单): call-offs against a signed or executing contract,
/// never more than the contract has left, then shipped, invoiced and closed,
/// or cancelled while still open (which gives the quantities back).
class SalesOrderWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(SalesOrderWorkflow)

public:
    explicit SalesOrderWorkflow(Database &database);

    /// An open order for `quantities` of the contract's lines (an empty list
    /// orders everything that remains), priced as on the contract and linked
    /// to the contract, quote and opportunity. Refuses any quantity that is not
    /// above zero or exceeds what remains of its line.
    Result<qint64> createFromContract(qint64 contractId, OrderQuantities quantities,
                                      const QDate &on = QDate::currentDate());
    /// Marks an open order as shipped.
    Result<void> ship(qint64 orderId);
    /// Marks an open or shipped order as invoiced.
    Result<void> invoice(qint64 orderId);
    /// Closes an invoiced order.
    Result<void> close(qint64 orderId);
    /// Cancels an open order that has not been billed; its quantities return to the contract.
    Result<void> cancel(qint64 orderId);

private:
    Result<void> simpleStep(qint64 orderId, const QString &action);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
