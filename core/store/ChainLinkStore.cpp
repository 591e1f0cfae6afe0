#include "core/store/ChainLinkStore.h"

#include "core/store/Database.h"
#include "core/store/RecordStore.h"

#include <QSqlQuery>

namespace qianyue {

namespace {

// The chain in order; a record's step is its table's position here.
const QStringList &chainTables()
{
    static const QStringList tables = {QStringLiteral("leads"),     QStringLiteral("opportunities"), QStringLiteral("quotes"),
                                       QStringLiteral("contracts"), QStringLiteral("sales_orders"),  QStringLiteral("receivables"),
                                       QStringLiteral("receipts")};
    return tables;
}

// What a breadcrumb calls a record; fixed SQL per table, never from input.
QString labelSql(const QString &table)
{
    if (table == u"leads")
        return QStringLiteral("SELECT CASE WHEN company <> '' THEN company ELSE contact_name END, status FROM leads WHERE id = ?");
    if (table == u"opportunities")
        return QStringLiteral("SELECT code, status FROM opportunities WHERE id = ?");
    if (table == u"quotes")
        return QStringLiteral("SELECT number || CASE WHEN revision > 1 THEN ' v' || revision ELSE '' END, status FROM quotes WHERE id = ?");
    if (table == u"receipts")
        return QStringLiteral("SELECT number, '' FROM receipts WHERE id = ?");
    return QStringLiteral("SELECT number, status FROM %1 WHERE id = ?").arg(table);
}

// The one record a record came from: (table, SQL giving its id).
std::vector<std::pair<QString, QString>> parentSql(const QString &table)
{
    if (table == u"opportunities")
        return {{QStringLiteral("leads"), QStringLiteral("SELECT lead_id FROM opportunities WHERE id = ?")}};
    if (table == u"quotes")
        return {{QStringLiteral("opportunities"), QStringLiteral("SELECT opportunity_id FROM quotes WHERE id = ?")}};
    if (table == u"contracts")
        return {{QStringLiteral("quotes"), QStringLiteral("SELECT quote_id FROM contracts WHERE id = ?")},
                {QStringLiteral("opportunities"), QStringLiteral("SELECT opportunity_id FROM contracts WHERE id = ?")}};
    if (table == u"sales_orders")
        return {{QStringLiteral("contracts"), QStringLiteral("SELECT contract_id FROM sales_orders WHERE id = ?")}};
    if (table == u"receivables")
        return {{QStringLiteral("sales_orders"), QStringLiteral("SELECT order_id FROM receivables WHERE id = ?")},
                {QStringLiteral("contracts"), QStringLiteral("SELECT contract_id FROM receivables WHERE id = ?")}};
    if (table == u"receipts")
        return {{QStringLiteral("receivables"),
                 QStringLiteral("SELECT receivable_id FROM receipt_allocations WHERE receipt_id = ? ORDER BY id LIMIT 1")}};
    return {};
}

// What came of a record: (table, SQL giving the ids in the order to follow).
// Quotes: the current version first; everything else: the earliest first.
std::pair<QString, QString> childSql(const QString &table)
{
    if (table == u"leads")
        return {QStringLiteral("opportunities"), QStringLiteral("SELECT id FROM opportunities WHERE lead_id = ? ORDER BY id")};
    if (table == u"opportunities")
        return {QStringLiteral("quotes"), QStringLiteral("SELECT id FROM quotes WHERE opportunity_id = ?"
                                                         " ORDER BY superseded_by_id IS NOT NULL, id DESC")};
    if (table == u"quotes")
        return {QStringLiteral("contracts"), QStringLiteral("SELECT id FROM contracts WHERE quote_id = ? ORDER BY id")};
    if (table == u"contracts")
        return {QStringLiteral("sales_orders"), QStringLiteral("SELECT id FROM sales_orders WHERE contract_id = ? ORDER BY id")};
    if (table == u"sales_orders")
        return {QStringLiteral("receivables"), QStringLiteral("SELECT id FROM receivables WHERE order_id = ? ORDER BY id")};
    if (table == u"receivables")
        return {QStringLiteral("receipts"),
                QStringLiteral("SELECT DISTINCT receipt_id FROM receipt_allocations WHERE receivable_id = ? ORDER BY receipt_id")};
    return {};
}

constexpr int kMaxSteps = 8; // the chain has seven steps; a bound against bad data looping

} // namespace

ChainLinkStore::ChainLinkStore(Database &database)
    : m_db(database)
{
}

bool ChainLinkStore::onChain(const QString &table)
{
    return chainTables().contains(table);
}

Result<ChainLink> ChainLinkStore::link(const QString &table, qint64 id) const
{
    auto query = m_db.query(labelSql(table), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorKind::NotFound, tr("This %1 no longer exists.").arg(RecordStore::kindName(table)));
    return ChainLink{table, id, query->value(0).toString(), query->value(1).toString(), 0};
}

Result<std::optional<ChainLink>> ChainLinkStore::parent(const ChainLink &child) const
{
    for (const auto &[table, sql] : parentSql(child.table)) {
        auto id = m_db.scalar(sql, {child.id});
        if (!id)
            return std::unexpected(id.error());
        if (id->isNull() || id->toLongLong() <= 0)
            continue;
        auto found = link(table, id->toLongLong());
        if (!found)
            return std::unexpected(found.error());
        return std::optional<ChainLink>(*found);
    }
    return std::optional<ChainLink>();
}

Result<std::optional<ChainLink>> ChainLinkStore::firstChild(const ChainLink &parent) const
{
    const auto [table, sql] = childSql(parent.table);
    if (table.isEmpty())
        return std::optional<ChainLink>();
    auto query = m_db.query(sql, {parent.id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<ChainLink>();
    const qint64 first = query->value(0).toLongLong();
    int others = 0;
    while (query->next())
        ++others;
    auto found = link(table, first);
    if (!found)
        return std::unexpected(found.error());
    found->siblings = others;
    return std::optional<ChainLink>(*found);
}

Result<std::vector<ChainLink>> ChainLinkStore::trail(const QString &table, qint64 id) const
{
    if (!onChain(table))
        return std::vector<ChainLink>();
    auto self = link(table, id);
    if (!self)
        return std::unexpected(self.error());
    std::vector<ChainLink> before;
    ChainLink current = *self;
    for (int step = 0; step < kMaxSteps; ++step) {
        auto up = parent(current);
        if (!up)
            return std::unexpected(up.error());
        if (!*up)
            break;
        current = **up;
        before.push_back(current);
    }
    std::vector<ChainLink> chain(before.rbegin(), before.rend());
    chain.push_back(*self);
    current = *self;
    for (int step = 0; step < kMaxSteps; ++step) {
        auto down = firstChild(current);
        if (!down)
            return std::unexpected(down.error());
        if (!*down)
            break;
        current = **down;
        chain.push_back(current);
    }
    return chain;
}

Result<std::vector<StageChange>> ChainLinkStore::stageHistory(qint64 opportunityId) const
{
    auto query = m_db.query(QStringLiteral("SELECT h.changed_on, COALESCE(f.name, ''), t.name, COALESCE(u.name, '')"
                                           " FROM opportunity_stage_history h"
                                           " LEFT JOIN pipeline_stages f ON f.id = h.from_stage_id"
                                           " JOIN pipeline_stages t ON t.id = h.to_stage_id"
                                           " LEFT JOIN users u ON u.id = h.user_id"
                                           " WHERE h.opportunity_id = ? ORDER BY h.changed_on, h.id"),
                            {opportunityId});
    if (!query)
        return std::unexpected(query.error());
    std::vector<StageChange> changes;
    while (query->next())
        changes.push_back({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                           query->value(3).toString()});
    return changes;
}

} // namespace qianyue
