#include "core/store/FulfilmentStore.h"

#include "core/store/Database.h"

#include <QSqlRecord>

namespace qianyue {

namespace {

Fields fieldsOf(const QSqlRecord &record)
{
    Fields fields;
    for (int i = 0; i < record.count(); ++i)
        fields.insert(record.fieldName(i), record.value(i));
    return fields;
}

} // namespace

FulfilmentStore::FulfilmentStore(Database &database)
    : m_db(database)
{
}

Result<qint64> FulfilmentStore::sum(const QString &sql, qint64 id) const
{
    auto value = m_db.scalar(sql, {id});
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

Result<QStringList> FulfilmentStore::strings(const QString &sql, qint64 id) const
{
    auto query = m_db.query(sql, {id});
    if (!query)
        return std::unexpected(query.error());
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

Result<QHash<qint64, Quantity>> FulfilmentStore::orderedPerContractLine(qint64 contractId) const
{
    // Cancelled orders give their quantities back to the contract.
    auto query = m_db.query(QStringLiteral("SELECT ol.contract_line_id, COALESCE(SUM(ol.quantity_milli), 0)"
                                           " FROM order_lines ol"
                                           " JOIN sales_orders o ON o.id = ol.order_id"
                                           " JOIN contract_lines cl ON cl.id = ol.contract_line_id"
                                           " WHERE cl.contract_id = ? AND o.status <> 'cancelled'"
                                           " GROUP BY ol.contract_line_id"),
                            {contractId});
    if (!query)
        return std::unexpected(query.error());
    QHash<qint64, Quantity> ordered;
    while (query->next())
        ordered.insert(query->value(0).toLongLong(), Quantity::fromThousandths(query->value(1).toLongLong()));
    return ordered;
}

Result<std::optional<Fields>> FulfilmentStore::liveContractOfQuote(qint64 quoteId) const
{
    auto query = m_db.query(QStringLiteral("SELECT * FROM contracts WHERE quote_id = ? AND status <> 'terminated'"
                                           " ORDER BY id LIMIT 1"),
                            {quoteId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Fields>();
    return std::optional<Fields>(fieldsOf(query->record()));
}

Result<QStringList> FulfilmentStore::unfinishedOrdersOfContract(qint64 contractId) const
{
    return strings(QStringLiteral("SELECT number FROM sales_orders"
                                  " WHERE contract_id = ? AND status IN ('open', 'shipped') ORDER BY id"),
                   contractId);
}

Result<qint64> FulfilmentStore::billedOfOrder(qint64 orderId) const
{
    return sum(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM receivables WHERE order_id = ?"), orderId);
}

Result<QStringList> FulfilmentStore::receivablesOfOrder(qint64 orderId) const
{
    return strings(QStringLiteral("SELECT number FROM receivables WHERE order_id = ? ORDER BY id"), orderId);
}

Result<qint64> FulfilmentStore::allocatedOfReceipt(qint64 receiptId) const
{
    return sum(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM receipt_allocations WHERE receipt_id = ?"),
               receiptId);
}

Result<qint64> FulfilmentStore::allocatedToReceivable(qint64 receivableId) const
{
    return sum(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM receipt_allocations WHERE receivable_id = ?"),
               receivableId);
}

Result<std::vector<Fields>> FulfilmentStore::openReceivables(qint64 customerId, const QString &currency) const
{
    // Receivables without a due date come last: the dated ones are the ones to chase.
    const QString order = QStringLiteral(" ORDER BY CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, id");
    auto query = currency.isEmpty()
                     ? m_db.query(QStringLiteral("SELECT * FROM receivables WHERE customer_id = ? AND status = 'open'")
                                      + order,
                                  {customerId})
                     : m_db.query(QStringLiteral("SELECT * FROM receivables"
                                                 " WHERE customer_id = ? AND status = 'open' AND currency = ?")
                                      + order,
                                  {customerId, currency});
    if (!query)
        return std::unexpected(query.error());
    std::vector<Fields> rows;
    while (query->next())
        rows.push_back(fieldsOf(query->record()));
    return rows;
}

Result<std::vector<Money>> FulfilmentStore::outstandingOfCustomer(qint64 customerId) const
{
    auto query = m_db.query(QStringLiteral("SELECT currency, COALESCE(SUM(total - received), 0) FROM receivables"
                                           " WHERE customer_id = ? AND status = 'open'"
                                           " GROUP BY currency ORDER BY currency"),
                            {customerId});
    if (!query)
        return std::unexpected(query.error());
    std::vector<Money> amounts;
    while (query->next())
        amounts.emplace_back(query->value(1).toLongLong(), query->value(0).toString());
    return amounts;
}

} // namespace qianyue
