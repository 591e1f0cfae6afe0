#include "core/store/TimelineStore.h"

#include "core/store/Database.h"

#include <QSqlQuery>

namespace qianyue {

namespace {

// One SELECT per kind of record, all of one customer; every table here has an
// index starting with customer_id except leads, which are few per customer.
const QString kEvents = QStringLiteral(
    "SELECT COALESCE(done_at, due_at, created_at) AS day, 'activities' AS tbl, id, kind, subject AS title, status,"
    "       NULL AS amount, NULL AS currency FROM activities WHERE customer_id = :c"
    " UNION ALL SELECT created_on, 'leads', id, 'leads', CASE WHEN company <> '' THEN company ELSE contact_name END,"
    "       status, NULL, NULL FROM leads WHERE customer_id = :c"
    " UNION ALL SELECT created_on, 'opportunities', id, 'opportunities', code || ' ' || name, status, amount, currency"
    "       FROM opportunities WHERE customer_id = :c"
    " UNION ALL SELECT quote_date, 'quotes', id, 'quotes', number, status, total, currency FROM quotes WHERE customer_id = :c"
    " UNION ALL SELECT COALESCE(signed_on, substr(created_at, 1, 10)), 'contracts', id, 'contracts',"
    "       number || CASE WHEN title <> '' THEN ' ' || title ELSE '' END, status, total, currency"
    "       FROM contracts WHERE customer_id = :c"
    " UNION ALL SELECT order_date, 'sales_orders', id, 'sales_orders', number, status, total, currency"
    "       FROM sales_orders WHERE customer_id = :c"
    " UNION ALL SELECT receivable_date, 'receivables', id, 'receivables', number, status, total, currency"
    "       FROM receivables WHERE customer_id = :c"
    " UNION ALL SELECT receipt_date, 'receipts', id, 'receipts', number, kind, amount, currency FROM receipts WHERE customer_id = :c");

} // namespace

TimelineStore::TimelineStore(Database &database)
    : m_db(database)
{
}

Result<std::vector<TimelineEvent>> TimelineStore::customerEvents(qint64 customerId, int limit,
                                                                 const std::optional<TimelineEvent> &after) const
{
    QString sql = QStringLiteral("SELECT day, tbl, id, kind, title, status, amount, currency FROM (") + kEvents
                  + QStringLiteral(") WHERE day IS NOT NULL");
    // Positional values: the customer once per SELECT, then the keyset, then the limit.
    QVariantList values;
    const int selects = int(kEvents.count(QStringLiteral(":c")));
    sql.replace(QStringLiteral(":c"), QStringLiteral("?"));
    for (int i = 0; i < selects; ++i)
        values << customerId;
    if (after) {
        sql += QStringLiteral(" AND (day, tbl, id) < (?, ?, ?)");
        values << after->date << after->table << after->id;
    }
    sql += QStringLiteral(" ORDER BY day DESC, tbl DESC, id DESC LIMIT ?");
    values << limit;
    auto query = m_db.query(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<TimelineEvent> events;
    while (query->next()) {
        TimelineEvent event;
        event.date = query->value(0).toString();
        event.table = query->value(1).toString();
        event.id = query->value(2).toLongLong();
        event.kind = query->value(3).toString();
        event.title = query->value(4).toString();
        event.status = query->value(5).toString();
        if (!query->value(6).isNull())
            event.amount = query->value(6).toLongLong();
        event.currency = query->value(7).toString();
        events.push_back(std::move(event));
    }
    return events;
}

Result<std::vector<AuditEntry>> TimelineStore::recordHistory(const QString &table, qint64 id) const
{
    // (table_name, record_id) is the audit log's index: one record's history reads at once on any size of log.
    auto query = m_db.query(QStringLiteral("SELECT a.at, COALESCE(u.name, ''), a.action, a.changes FROM audit_log a"
                                           " LEFT JOIN users u ON u.id = a.user_id"
                                           " WHERE a.table_name = ? AND a.record_id = ? ORDER BY a.id"),
                            {table, id});
    if (!query)
        return std::unexpected(query.error());
    std::vector<AuditEntry> entries;
    while (query->next())
        entries.push_back({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                           query->value(3).toString()});
    return entries;
}

} // namespace qianyue
