#include "core/store/ImportStore.h"

#include "core/store/Database.h"
#include "core/store/SearchStore.h"

#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace qianyue {

namespace {

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
    if (plain) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonValue(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += QStringLiteral("null");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        // A photo's bytes are not history worth keeping; their size is.
        appendJsonString(out, QStringLiteral("(%1 bytes)").arg(value.toByteArray().size()));
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Bool:
        out += value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return;
    default:
        appendJsonString(out, value.toString());
    }
}

// Export statements, one per kind. Column aliases are the import field
// names, so an exported file imports back without a mapping.
QString exportSql(const QString &kind)
{
    if (kind == u"users")
        return QStringLiteral("SELECT u.id, u.name, u.email, t.name AS team, m.name AS manager, u.role, u.active"
                              " FROM users u LEFT JOIN teams t ON t.id = u.team_id LEFT JOIN users m ON m.id = u.manager_id"
                              " ORDER BY u.id");
    if (kind == u"customers")
        return QStringLiteral("SELECT c.id, c.code, c.name, c.kind, c.industry, c.tax_id, c.phone, c.email, c.website,"
                              " c.province, c.city, c.address, c.source, c.status, c.notes, c.marketing_consent,"
                              " c.consent_date, o.name AS owner"
                              " FROM customers c LEFT JOIN users o ON o.id = c.owner_id ORDER BY c.id");
    if (kind == u"contacts")
        return QStringLiteral("SELECT k.id, cu.name AS customer, cu.code AS customer_code, k.name, k.title, k.phone, k.mobile, k.email, k.im_id,"
                              " k.is_primary, o.name AS owner, k.address, k.notes, k.uid, k.photo, k.photo_type"
                              " FROM contacts k LEFT JOIN customers cu ON cu.id = k.customer_id"
                              " LEFT JOIN users o ON o.id = k.owner_id ORDER BY k.id");
    if (kind == u"leads")
        return QStringLiteral("SELECT l.id, l.company, l.contact_name, l.phone, l.email, l.source, l.interest, l.status,"
                              " l.result, l.disqualify_reason, cu.name AS customer, cu.code AS customer_code, o.name AS owner, l.created_on, l.closed_on"
                              " FROM leads l LEFT JOIN customers cu ON cu.id = l.customer_id"
                              " LEFT JOIN users o ON o.id = l.owner_id ORDER BY l.id");
    if (kind == u"opportunities")
        return QStringLiteral("SELECT p.id, p.code, p.name, cu.name AS customer, cu.code AS customer_code, k.name AS contact, o.name AS owner,"
                              " s.name AS stage, p.status, p.amount, p.currency, p.probability_ppm AS probability, p.source,"
                              " p.sales_method, p.created_on, p.expected_close_date, p.closed_on, p.lost_reason, p.notes"
                              " FROM opportunities p LEFT JOIN customers cu ON cu.id = p.customer_id"
                              " LEFT JOIN contacts k ON k.id = p.contact_id LEFT JOIN users o ON o.id = p.owner_id"
                              " JOIN pipeline_stages s ON s.id = p.stage_id ORDER BY p.id");
    if (kind == u"products")
        return QStringLiteral("SELECT id, sku, name, specification, unit, list_price, currency, tax_rate_ppm AS tax_rate, active"
                              " FROM products ORDER BY id");
    if (kind == u"activities")
        return QStringLiteral("SELECT a.id, a.uid, a.kind, a.subject, a.notes, a.due_at, a.remind_at, a.status, a.outcome, a.done_at,"
                              " cu.name AS customer, cu.code AS customer_code, k.name AS contact,"
                              " COALESCE(NULLIF(l.company, ''), l.contact_name) AS lead, p.code AS opportunity, o.name AS owner"
                              " FROM activities a LEFT JOIN customers cu ON cu.id = a.customer_id"
                              " LEFT JOIN contacts k ON k.id = a.contact_id LEFT JOIN leads l ON l.id = a.lead_id"
                              " LEFT JOIN opportunities p ON p.id = a.opportunity_id LEFT JOIN users o ON o.id = a.owner_id"
                              " ORDER BY a.id");
    return {};
}

} // namespace

ImportStore::ImportStore(Database &database)
    : m_db(database)
{
}

ImportStore::Writer::Writer(Database &database, QString table, QStringList columns, int batchRows)
    : m_db(&database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_batchRows(std::max(1, batchRows))
    , m_insert(database.connection())
    , m_audit(database.connection())
{
    for (int i = 0; i < int(m_columns.size()); ++i)
        m_auditOrder << i;
    std::sort(m_auditOrder.begin(), m_auditOrder.end(), [this](int a, int b) { return m_columns.at(a) < m_columns.at(b); });
}

Result<ImportStore::Writer> ImportStore::writer(const QString &table, const QStringList &columns, int batchRows)
{
    const QSqlRecord record = m_db.connection().record(table);
    if (record.isEmpty())
        return fail(ErrorKind::Storage, tr("The table %1 does not exist.").arg(table));
    for (const QString &column : columns) {
        if (!record.contains(column))
            return fail(ErrorKind::Invalid, tr("Unknown field '%1' of a %2.").arg(column, RecordStore::kindName(table)));
    }
    Writer writer(m_db, table, columns, batchRows);
    auto insert = writer.statement(false, 1);
    if (!insert)
        return std::unexpected(insert.error());
    auto audit = writer.statement(true, 1);
    if (!audit)
        return std::unexpected(audit.error());
    return writer;
}

Result<QSqlQuery *> ImportStore::Writer::statement(bool audit, int rows)
{
    QSqlQuery *query = nullptr;
    if (rows == 1) {
        query = audit ? &m_audit : &m_insert;
        if (query->isValid() || !query->lastQuery().isEmpty())
            return query;
    } else {
        QHash<int, QSqlQuery> &cache = audit ? m_batchAudits : m_batchInserts;
        if (const auto it = cache.find(rows); it != cache.end())
            return &it.value();
        query = &cache.insert(rows, QSqlQuery(m_db->connection())).value();
    }
    QStringList marks;
    for (int i = 0; i < int(m_columns.size()); ++i)
        marks << QStringLiteral("?");
    // The audit columns that are the same for every row are written into the statement:
    // the actor's id (a number) and the table name (checked against the schema above).
    const QString actor = m_db->actor() ? QString::number(*m_db->actor()) : QStringLiteral("NULL");
    const QString row = audit ? QStringLiteral("(%1,'%2',?,'insert',?)").arg(actor, m_table)
                              : QString(QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    // Table and column names were checked against the schema; values are always bound.
    const QString sql = audit ? QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes) VALUES %1")
                                    .arg(values.join(QLatin1Char(',')))
                              : QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(m_table, m_columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
    if (!query->prepare(sql))
        return std::unexpected(Database::storageError(tr("Preparing an import"), query->lastError().text()));
    return query;
}

QString ImportStore::Writer::auditText(const QVariantList &values) const
{
    // The shape RecordStore writes ({"column": [null, value], …}, columns sorted), for the
    // columns given a value; spelled out directly, as building QJson objects per row costs
    // more than the insert itself.
    QString changes;
    changes.reserve(256);
    changes += QLatin1Char('{');
    bool first = true;
    for (const int i : m_auditOrder) {
        const QVariant value = i < values.size() ? values.at(i) : QVariant();
        // Columns left empty say nothing about the new record; the log keeps what was set.
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            continue;
        if (!first)
            changes += QLatin1Char(',');
        first = false;
        appendJsonString(changes, m_columns.at(i));
        changes += QStringLiteral(":[null,");
        appendJsonValue(changes, value);
        changes += QLatin1Char(']');
    }
    changes += QLatin1Char('}');
    return changes;
}

Result<qint64> ImportStore::Writer::insert(const QVariantList &values)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_insert.bindValue(int(i), Database::bindable(i < values.size() ? values.at(i) : QVariant()));
    if (!m_insert.exec())
        return fail(ErrorKind::Invalid, tr("Saving the %1 failed: %2").arg(RecordStore::kindName(m_table),
                                                                          m_insert.lastError().databaseText()));
    const qint64 id = m_insert.lastInsertId().toLongLong();
    if (!m_audited)
        return id;
    m_audit.bindValue(0, id);
    m_audit.bindValue(1, auditText(values));
    if (!m_audit.exec())
        return std::unexpected(Database::storageError(tr("Writing the audit log"), m_audit.lastError().text()));
    return id;
}

Result<qint64> ImportStore::Writer::add(const QVariantList &values, int tag)
{
    m_queue.push_back(values);
    m_tags.push_back(tag);
    m_ids.push_back(0);
    const qint64 ticket = -qint64(m_ids.size());
    if (int(m_queue.size()) >= m_batchRows) {
        if (auto written = flush(); !written)
            return std::unexpected(written.error());
    }
    return ticket;
}

bool ImportStore::Writer::isQueued(qint64 ticket) const
{
    return ticket < 0 && std::size_t(-ticket - 1) >= m_firstQueued;
}

qint64 ImportStore::Writer::idOf(qint64 ticket) const
{
    if (ticket > 0)
        return ticket;
    const std::size_t index = std::size_t(-ticket - 1);
    return index < m_ids.size() ? m_ids[index] : 0;
}

std::vector<std::pair<int, QString>> ImportStore::Writer::takeRefusals()
{
    return std::exchange(m_refusals, {});
}

Result<void> ImportStore::Writer::writeBatch(std::size_t from, std::size_t count)
{
    auto batch = statement(false, int(count));
    if (!batch)
        return std::unexpected(batch.error());
    const int width = int(m_columns.size());
    for (std::size_t r = 0; r < count; ++r) {
        const QVariantList &values = m_queue[from + r];
        for (int c = 0; c < width; ++c)
            (*batch)->bindValue(int(r) * width + c, Database::bindable(c < values.size() ? values.at(c) : QVariant()));
    }
    if (!(*batch)->exec()) {
        // One row spoils the statement; row by row tells which.
        for (std::size_t r = 0; r < count; ++r) {
            auto id = insert(m_queue[from + r]);
            if (id)
                m_ids[m_firstQueued + from + r] = *id;
            else if (id.error().kind == ErrorKind::Invalid)
                m_refusals.push_back({m_tags[from + r], id.error().message});
            else
                return std::unexpected(id.error());
        }
        return {};
    }
    // One statement inserts its rows in order, each taking the next rowid, so the ids run up to the last one.
    const qint64 last = (*batch)->lastInsertId().toLongLong();
    const qint64 first = last - qint64(count) + 1;
    if (!m_audited) {
        for (std::size_t r = 0; r < count; ++r)
            m_ids[m_firstQueued + from + r] = first + qint64(r);
        return {};
    }
    auto audit = statement(true, int(count));
    if (!audit)
        return std::unexpected(audit.error());
    for (std::size_t r = 0; r < count; ++r) {
        m_ids[m_firstQueued + from + r] = first + qint64(r);
        (*audit)->bindValue(int(r) * 2, first + qint64(r));
        (*audit)->bindValue(int(r) * 2 + 1, auditText(m_queue[from + r]));
    }
    if (!(*audit)->exec())
        return std::unexpected(Database::storageError(tr("Writing the audit log"), (*audit)->lastError().text()));
    return {};
}

Result<void> ImportStore::Writer::flush()
{
    for (std::size_t from = 0; from < m_queue.size(); from += std::size_t(m_batchRows)) {
        const std::size_t count = std::min(m_queue.size() - from, std::size_t(m_batchRows));
        if (auto written = writeBatch(from, count); !written)
            return written;
    }
    m_firstQueued += m_queue.size();
    m_queue.clear();
    m_tags.clear();
    return {};
}

Result<std::optional<ImportStore::DeferredIndex>> ImportStore::deferSearchIndex(const QString &table)
{
    if (!m_db.inTransaction())
        return fail(ErrorKind::Storage, tr("The search index can only be deferred inside the import's transaction."));
    const auto kind = std::find_if(SearchStore::kinds().begin(), SearchStore::kinds().end(),
                                   [&table](const SearchKind &k) { return k.table == table; });
    if (kind == SearchStore::kinds().end())
        return std::nullopt;
    const QString name = QStringLiteral("search_%1_insert").arg(table);
    auto sql = m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {name});
    if (!sql)
        return std::unexpected(sql.error());
    const QString trigger = sql->toString();
    // "CREATE TRIGGER … BEGIN INSERT INTO search_index (…) VALUES (…); END": the same
    // insert, run once over the new rows with the table named NEW, indexes them alike.
    const qsizetype begin = trigger.indexOf(QStringLiteral(" BEGIN "));
    const qsizetype end = trigger.lastIndexOf(QStringLiteral("; END"));
    const qsizetype values = trigger.indexOf(QStringLiteral(" VALUES ("), begin);
    const qsizetype close = trigger.lastIndexOf(QLatin1Char(')'), end);
    if (trigger.isEmpty() || begin < 0 || end < 0 || values < 0 || close < values
        || !trigger.mid(begin + 7).startsWith(QStringLiteral("INSERT INTO search_index")))
        return std::nullopt;
    DeferredIndex deferred;
    deferred.table = table;
    deferred.triggerSql = trigger;
    deferred.catchUpSql = trigger.mid(begin + 7, values - begin - 7) + QStringLiteral(" SELECT ")
                          + trigger.mid(values + 9, close - values - 9)
                          + QStringLiteral(" FROM %1 AS NEW WHERE NEW.id > ? ORDER BY NEW.id").arg(table);
    deferred.rowidBase = qint64(kind->code) * SearchStore::kRowidSpan;
    auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    if (!last)
        return std::unexpected(last.error());
    deferred.lastIdBefore = last->toLongLong();
    // The trigger's name comes from the schema itself, never from input.
    if (auto dropped = m_db.query(QStringLiteral("DROP TRIGGER %1").arg(name)); !dropped)
        return std::unexpected(dropped.error());
    return deferred;
}

Result<void> ImportStore::catchUpSearchIndex(const DeferredIndex &deferred)
{
    // Rows changed again after their insert were indexed by the update trigger; they are indexed anew with the rest.
    auto cleared = m_db.query(QStringLiteral("DELETE FROM search_index WHERE rowid > ? AND rowid < ?"),
                              {deferred.rowidBase + deferred.lastIdBefore, deferred.rowidBase + SearchStore::kRowidSpan});
    if (!cleared)
        return std::unexpected(cleared.error());
    // FTS5 writes its pending terms out whenever they pass 'hashsize' (1 MiB unless set): a larger
    // buffer for this one statement writes fewer, larger segments. The setting is put back after.
    auto previous = m_db.scalar(QStringLiteral("SELECT v FROM search_index_config WHERE k = 'hashsize'"));
    if (!previous)
        return std::unexpected(previous.error());
    constexpr qint64 kFtsDefaultHashSize = 1024 * 1024;
    constexpr qint64 kCatchUpHashSize = 64 * 1024 * 1024;
    const qint64 before = previous->isNull() ? kFtsDefaultHashSize : previous->toLongLong();
    const QString hashsize = QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)");
    if (auto set = m_db.query(hashsize, {kCatchUpHashSize}); !set)
        return std::unexpected(set.error());
    if (auto indexed = m_db.query(deferred.catchUpSql, {deferred.lastIdBefore}); !indexed)
        return std::unexpected(indexed.error());
    if (auto reset = m_db.query(hashsize, {before}); !reset)
        return std::unexpected(reset.error());
    return restoreSearchTrigger(deferred);
}

Result<void> ImportStore::restoreSearchTrigger(const DeferredIndex &deferred)
{
    if (auto restored = m_db.query(deferred.triggerSql); !restored)
        return std::unexpected(restored.error());
    return {};
}

Result<QVariant> ImportStore::enlargeCache()
{
    if (m_db.connection().driverName() != u"QSQLITE")
        return QVariant();
    auto previous = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!previous)
        return std::unexpected(previous.error());
    // 128 MiB at most, used only as far as the import needs it.
    if (auto set = m_db.query(QStringLiteral("PRAGMA cache_size = -131072")); !set)
        return std::unexpected(set.error());
    return *previous;
}

Result<void> ImportStore::restoreCache(const QVariant &previous)
{
    if (previous.isNull())
        return {};
    // The value is the integer SQLite itself reported, never user text.
    if (auto set = m_db.query(QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong())); !set)
        return std::unexpected(set.error());
    return {};
}

Result<qint64> ImportStore::reserveNumbers(const QString &kind, int yearKey, qint64 count)
{
    if (!m_db.inTransaction())
        return fail(ErrorKind::Storage, tr("Numbers must be taken inside the transaction that uses them."));
    auto last = m_db.scalar(QStringLiteral("INSERT INTO number_sequences (kind, year, last_value) VALUES (?, ?, ?)"
                                           " ON CONFLICT (kind, year) DO UPDATE SET last_value = last_value + ?"
                                           " RETURNING last_value"),
                            {kind, yearKey, count, count});
    if (!last)
        return std::unexpected(last.error());
    return last->toLongLong() - count + 1;
}

Result<void> ImportStore::setLastNumber(const QString &kind, int yearKey, qint64 last)
{
    auto done = m_db.query(QStringLiteral("UPDATE number_sequences SET last_value = ? WHERE kind = ? AND year = ?"),
                           {last, kind, yearKey});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> ImportStore::replaceContactDetails(qint64 contactId, const std::vector<ContactDetail> &details)
{
    auto old = m_db.query(QStringLiteral("SELECT id, kind, label, value FROM contact_details WHERE contact_id = ? ORDER BY id"),
                          {contactId});
    if (!old)
        return std::unexpected(old.error());
    const QVariant actor = m_db.actor() ? QVariant(*m_db.actor()) : QVariant();
    const QString audit = QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes)"
                                         " VALUES (?, 'contact_details', ?, ?, ?)");
    std::vector<std::pair<qint64, QString>> removed;
    while (old->next()) {
        QString changes = QStringLiteral("{");
        const char *columns[] = {"kind", "label", "value"};
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                changes += QLatin1Char(',');
            appendJsonString(changes, QLatin1String(columns[i]));
            changes += QLatin1Char(':') + QLatin1Char('[');
            appendJsonValue(changes, old->value(i + 1));
            changes += QStringLiteral(",null]");
        }
        removed.push_back({old->value(0).toLongLong(), changes + QLatin1Char('}')});
    }
    for (const auto &[id, changes] : removed) {
        if (auto done = m_db.query(QStringLiteral("DELETE FROM contact_details WHERE id = ?"), {id}); !done)
            return std::unexpected(done.error());
        if (auto done = m_db.query(audit, {actor, id, QStringLiteral("delete"), changes}); !done)
            return std::unexpected(done.error());
    }
    int position = 0;
    for (const ContactDetail &detail : details) {
        auto inserted = m_db.query(QStringLiteral("INSERT INTO contact_details (contact_id, kind, label, value, position)"
                                                  " VALUES (?, ?, ?, ?, ?)"),
                                   {contactId, detail.kind, Database::bindable(detail.label), detail.value, position});
        if (!inserted)
            return std::unexpected(inserted.error());
        QString changes = QStringLiteral("{");
        const QVariantList values = {contactId, detail.kind, detail.label, position, detail.value};
        const char *columns[] = {"contact_id", "kind", "label", "position", "value"};
        for (int i = 0; i < 5; ++i) {
            if (i > 0)
                changes += QLatin1Char(',');
            appendJsonString(changes, QLatin1String(columns[i]));
            changes += QStringLiteral(":[null,");
            appendJsonValue(changes, values.at(i));
            changes += QLatin1Char(']');
        }
        changes += QLatin1Char('}');
        if (auto done = m_db.query(audit, {actor, inserted->lastInsertId(), QStringLiteral("insert"), changes}); !done)
            return std::unexpected(done.error());
        ++position;
    }
    return {};
}

Result<void> ImportStore::setContactPhoto(qint64 contactId, const QByteArray &photo, const QString &type)
{
    auto done = m_db.query(QStringLiteral("UPDATE contacts SET photo = ?, photo_type = ? WHERE id = ?"),
                           {photo.isEmpty() ? QVariant() : QVariant(photo), Database::bindable(type), contactId});
    if (!done)
        return std::unexpected(done.error());
    QString changes = QStringLiteral("{\"photo\":[null,");
    appendJsonValue(changes, QVariant(photo));
    changes += QStringLiteral("],\"photo_type\":[null,");
    appendJsonValue(changes, type);
    changes += QStringLiteral("]}");
    auto audited = m_db.query(QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes)"
                                             " VALUES (?, 'contacts', ?, 'update', ?)"),
                              {m_db.actor() ? QVariant(*m_db.actor()) : QVariant(), contactId, changes});
    if (!audited)
        return std::unexpected(audited.error());
    return {};
}

Result<QHash<qint64, std::vector<ContactDetail>>> ImportStore::contactDetails() const
{
    auto query = m_db.query(QStringLiteral("SELECT contact_id, kind, label, value FROM contact_details"
                                           " ORDER BY contact_id, position, id"));
    if (!query)
        return std::unexpected(query.error());
    QHash<qint64, std::vector<ContactDetail>> out;
    while (query->next())
        out[query->value(0).toLongLong()].push_back(
            {query->value(1).toString(), query->value(2).toString(), query->value(3).toString()});
    return out;
}

Result<std::vector<QVariantList>> ImportStore::rows(const QString &table, const QStringList &columns) const
{
    const QSqlRecord record = m_db.connection().record(table);
    for (const QString &column : columns) {
        if (!record.contains(column))
            return fail(ErrorKind::Invalid, tr("Unknown field '%1' of a %2.").arg(column, RecordStore::kindName(table)));
    }
    auto query = m_db.query(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QLatin1Char(',')), table));
    if (!query)
        return std::unexpected(query.error());
    std::vector<QVariantList> out;
    const int width = int(columns.size());
    while (query->next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << query->value(i);
        out.push_back(std::move(row));
    }
    return out;
}

Result<std::vector<Fields>> ImportStore::exportRows(const QString &kind) const
{
    const QString sql = exportSql(kind);
    if (sql.isEmpty())
        return fail(ErrorKind::Invalid, tr("'%1' cannot be exported.").arg(kind));
    QHash<qint64, QStringList> products;
    if (kind == u"opportunities") {
        // Read apart rather than aggregated in SQL: string aggregation is spelled differently per database.
        auto query = m_db.query(QStringLiteral("SELECT op.opportunity_id, p.name FROM opportunity_products op"
                                               " JOIN products p ON p.id = op.product_id ORDER BY op.opportunity_id, op.id"));
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            products[query->value(0).toLongLong()] << query->value(1).toString();
    }
    auto query = m_db.query(sql);
    if (!query)
        return std::unexpected(query.error());
    std::vector<Fields> out;
    while (query->next()) {
        const QSqlRecord record = query->record();
        Fields row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        if (kind == u"opportunities")
            row.insert(QStringLiteral("product"), products.value(row.value(QStringLiteral("id")).toLongLong()));
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace qianyue
