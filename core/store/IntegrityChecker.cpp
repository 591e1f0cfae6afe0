#include "core/store/IntegrityChecker.h"

#include "core/store/Database.h"
#include "core/store/LineStore.h"
#include "core/store/Migrations.h"

#include <QSqlQuery>

namespace qianyue {

namespace {
constexpr int kMaxListed = 50; // beyond this, problems are counted rather than listed
} // namespace

IntegrityChecker::IntegrityChecker(Database &database)
    : m_db(database)
{
}

Result<CheckResult> IntegrityChecker::rows(const QString &name, const QString &sql,
                                           const std::function<QString(const QSqlQuery &)> &describe)
{
    auto query = m_db.query(sql);
    if (!query)
        return std::unexpected(query.error());
    CheckResult result{name, {}};
    int found = 0;
    while (query->next()) {
        if (++found <= kMaxListed)
            result.problems << describe(*query);
    }
    if (found > kMaxListed)
        result.problems << tr("… and %1 more").arg(found - kMaxListed);
    return result;
}

Result<std::vector<CheckResult>> IntegrityChecker::run()
{
    std::vector<CheckResult> results;
    auto add = [&](Result<CheckResult> result) -> Result<void> {
        if (!result)
            return std::unexpected(result.error());
        results.push_back(*result);
        return {};
    };

    auto integrity = m_db.query(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return std::unexpected(integrity.error());
    CheckResult sqlite{tr("SQLite integrity check"), {}};
    while (integrity->next()) {
        if (const QString line = integrity->value(0).toString(); line != u"ok")
            sqlite.problems << line;
    }
    results.push_back(sqlite);

    if (auto done = add(rows(tr("Foreign keys"), QStringLiteral("PRAGMA foreign_key_check"), [](const QSqlQuery &q) {
            return tr("%1 row %2 refers to a missing %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        }));
        !done)
        return std::unexpected(done.error());

    CheckResult schema{tr("Schema version"), {}};
    if (const int version = m_db.schemaVersion(); version != latestSchemaVersion())
        schema.problems << tr("schema %1, expected %2").arg(version).arg(latestSchemaVersion());
    results.push_back(schema);

    const auto checks = std::vector<std::tuple<QString, QString, std::function<QString(const QSqlQuery &)>>>{
        {tr("Receivables: received equals the allocated receipts"),
         QStringLiteral("SELECT r.number, r.received, COALESCE(SUM(a.amount), 0) FROM receivables r"
                        " LEFT JOIN receipt_allocations a ON a.receivable_id = r.id"
                        " GROUP BY r.id HAVING r.received <> COALESCE(SUM(a.amount), 0)"),
         [](const QSqlQuery &q) {
             return tr("receivable %1 records %2 received but %3 is allocated")
                 .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
         }},
        {tr("Receivables: allocations never exceed the receivable"),
         QStringLiteral("SELECT r.number, r.total, SUM(a.amount) FROM receivables r"
                        " JOIN receipt_allocations a ON a.receivable_id = r.id"
                        " GROUP BY r.id HAVING SUM(a.amount) > r.total"),
         [](const QSqlQuery &q) {
             return tr("receivable %1 of %2 has %3 allocated").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
         }},
        {tr("Receivables: status matches what is outstanding"),
         QStringLiteral("SELECT number, status FROM receivables"
                        " WHERE (status = 'settled') <> (received = total)"),
         [](const QSqlQuery &q) {
             return tr("receivable %1 is '%2' but its outstanding amount says otherwise").arg(q.value(0).toString(), q.value(1).toString());
         }},
        {tr("Receipts: allocations never exceed the receipt"),
         QStringLiteral("SELECT p.number, p.amount, SUM(a.amount) FROM receipts p"
                        " JOIN receipt_allocations a ON a.receipt_id = p.id"
                        " GROUP BY p.id HAVING SUM(a.amount) > p.amount"),
         [](const QSqlQuery &q) {
             return tr("receipt %1 of %2 allocates %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
         }},
        {tr("Contracts: ordered quantity never exceeds the contracted quantity"),
         QStringLiteral("SELECT c.number, l.position, l.quantity_milli, SUM(o.quantity_milli) FROM contract_lines l"
                        " JOIN contracts c ON c.id = l.contract_id"
                        " JOIN order_lines o ON o.contract_line_id = l.id"
                        " JOIN sales_orders s ON s.id = o.order_id AND s.status <> 'cancelled'"
                        " GROUP BY l.id HAVING SUM(o.quantity_milli) > l.quantity_milli"),
         [](const QSqlQuery &q) {
             return tr("contract %1 line %2: %3 contracted, %4 ordered (thousandths)")
                 .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
         }},
    };
    for (const auto &[name, sql, describe] : checks) {
        if (auto done = add(rows(name, sql, describe)); !done)
            return std::unexpected(done.error());
    }

    for (const LineDocument document : {LineDocument::Quote, LineDocument::Contract, LineDocument::SalesOrder}) {
        const QString header = LineStore::headerTable(document);
        const QString lines = LineStore::lineTable(document);
        const QString parent = LineStore::parentColumn(document);
        // Table names come from LineStore's fixed list, never from input.
        const QString sql = QStringLiteral("SELECT d.number, d.subtotal, d.tax, d.total,"
                                           " COALESCE(l.subtotal, 0), COALESCE(l.tax, 0) FROM %1 d"
                                           " LEFT JOIN (SELECT %3 AS doc, SUM(line_total) AS subtotal, SUM(tax) AS tax"
                                           "            FROM %2 GROUP BY %3) l ON l.doc = d.id"
                                           " WHERE d.subtotal <> COALESCE(l.subtotal, 0) OR d.tax <> COALESCE(l.tax, 0)"
                                           "    OR d.total <> d.subtotal + d.tax")
                                .arg(header, lines, parent);
        auto result = rows(tr("Totals of %1 equal their lines").arg(header), sql, [](const QSqlQuery &q) {
            return tr("%1: subtotal %2, tax %3, total %4, but the lines add up to %5 + %6")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString());
        });
        if (auto done = add(std::move(result)); !done)
            return std::unexpected(done.error());
    }
    return results;
}

} // namespace qianyue
