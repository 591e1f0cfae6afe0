#include "core/store/DocumentStore.h"

#include "core/store/Database.h"

#include <QSqlRecord>

namespace qianyue {

DocumentStore::DocumentStore(Database &database)
    : m_db(database)
{
}

QString DocumentStore::recordColumn(SnapshotKind kind)
{
    return kind == SnapshotKind::Quote ? QStringLiteral("quote_id") : QStringLiteral("contract_id");
}

Result<Fields> DocumentStore::companyProfile() const
{
    auto query = m_db.query(QStringLiteral("SELECT name, address, phone, tax_id, bank_account, logo FROM company WHERE id = 1"));
    if (!query)
        return std::unexpected(query.error());
    Fields profile;
    if (!query->next())
        return profile; // a database without a profile row prints an empty letterhead
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        profile.insert(record.fieldName(i), record.value(i));
    return profile;
}

Result<std::vector<ClauseText>> DocumentStore::clauses(const QString &templateName, const QString &language) const
{
    auto query = m_db.query(QStringLiteral("SELECT title, body FROM clause_templates"
                                           " WHERE template_name = ? AND language = ? ORDER BY position"),
                            {templateName, language});
    if (!query)
        return std::unexpected(query.error());
    std::vector<ClauseText> result;
    while (query->next())
        result.push_back({query->value(0).toString(), query->value(1).toString()});
    return result;
}

Result<void> DocumentStore::replaceClauses(const QString &templateName, const QString &language,
                                           const std::vector<ClauseText> &clauses)
{
    if (language != u"zh_CN" && language != u"en")
        return fail(ErrorKind::Invalid, tr("Clause templates exist in zh_CN and en, not in '%1'.").arg(language));
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        if (clauses[i].body.trimmed().isEmpty())
            return fail(ErrorKind::Invalid, tr("Clause %1 has no text.").arg(i + 1), templateName);
    }
    return m_db.transaction([&]() -> Result<void> {
        auto removed = m_db.query(QStringLiteral("DELETE FROM clause_templates WHERE template_name = ? AND language = ?"),
                                  {templateName, language});
        if (!removed)
            return std::unexpected(removed.error());
        for (std::size_t i = 0; i < clauses.size(); ++i) {
            auto inserted = m_db.query(QStringLiteral("INSERT INTO clause_templates (template_name, language, position, title, body)"
                                                      " VALUES (?, ?, ?, ?, ?)"),
                                       {templateName, language, qint64(i + 1), clauses[i].title.trimmed(), clauses[i].body.trimmed()});
            if (!inserted)
                return std::unexpected(inserted.error());
        }
        return {};
    });
}

Result<std::optional<qint64>> DocumentStore::findQuote(const QString &number, std::optional<int> revision) const
{
    auto id = revision ? m_db.scalar(QStringLiteral("SELECT id FROM quotes WHERE number = ? AND revision = ?"), {number, *revision})
                       : m_db.scalar(QStringLiteral("SELECT id FROM quotes WHERE number = ? ORDER BY revision DESC LIMIT 1"), {number});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<std::vector<QuoteRevisionRow>> DocumentStore::quoteRevisions(const QString &number) const
{
    auto query = m_db.query(QStringLiteral("SELECT q.id, q.revision, q.status, q.quote_date, q.total, q.currency,"
                                           " s.id IS NOT NULL"
                                           " FROM quotes q LEFT JOIN document_snapshots s ON s.quote_id = q.id"
                                           " WHERE q.number = ? ORDER BY q.revision"),
                            {number});
    if (!query)
        return std::unexpected(query.error());
    std::vector<QuoteRevisionRow> rows;
    while (query->next()) {
        QuoteRevisionRow row;
        row.id = query->value(0).toLongLong();
        row.revision = query->value(1).toInt();
        row.status = query->value(2).toString();
        row.quoteDate = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        row.total = query->value(4).toLongLong();
        row.currency = query->value(5).toString();
        row.frozen = query->value(6).toBool();
        rows.push_back(row);
    }
    return rows;
}

Result<std::optional<qint64>> DocumentStore::findContract(const QString &number) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM contracts WHERE number = ?"), {number});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<qint64> DocumentStore::saveSnapshot(SnapshotKind kind, qint64 recordId, const QString &number, int revision,
                                           const QString &event, const QByteArray &data)
{
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        // The files go with the snapshot they were made from (ON DELETE CASCADE).
        auto removed = m_db.query(QStringLiteral("DELETE FROM document_snapshots WHERE %1 = ?").arg(recordColumn(kind)),
                                  {recordId});
        if (!removed)
            return std::unexpected(removed.error());
        auto inserted = m_db.query(QStringLiteral("INSERT INTO document_snapshots (%1, number, revision, event, data)"
                                                  " VALUES (?, ?, ?, ?, ?)")
                                       .arg(recordColumn(kind)),
                                   {recordId, number, revision, event, QString::fromUtf8(data)});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = inserted->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<std::optional<StoredSnapshot>> DocumentStore::snapshot(SnapshotKind kind, qint64 recordId) const
{
    auto query = m_db.query(QStringLiteral("SELECT id, number, revision, event, data, frozen_at FROM document_snapshots"
                                           " WHERE %1 = ?")
                                .arg(recordColumn(kind)),
                            {recordId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredSnapshot>();
    StoredSnapshot stored;
    stored.id = query->value(0).toLongLong();
    stored.kind = kind;
    stored.recordId = recordId;
    stored.number = query->value(1).toString();
    stored.revision = query->value(2).toInt();
    stored.event = query->value(3).toString();
    stored.data = query->value(4).toString().toUtf8();
    stored.frozenAt = query->value(5).toString();
    return std::optional<StoredSnapshot>(stored);
}

Result<std::optional<QByteArray>> DocumentStore::snapshotFile(qint64 snapshotId, const QString &language,
                                                              const QString &paper) const
{
    auto pdf = m_db.scalar(QStringLiteral("SELECT pdf FROM document_snapshot_files WHERE snapshot_id = ? AND language = ? AND paper = ?"),
                           {snapshotId, language, paper});
    if (!pdf)
        return std::unexpected(pdf.error());
    if (pdf->isNull())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(pdf->toByteArray());
}

Result<void> DocumentStore::saveSnapshotFile(qint64 snapshotId, const QString &language, const QString &paper,
                                             const QByteArray &pdf)
{
    return m_db.transaction([&]() -> Result<void> {
        auto inserted = m_db.query(QStringLiteral("INSERT INTO document_snapshot_files (snapshot_id, language, paper, pdf)"
                                                  " VALUES (?, ?, ?, ?) ON CONFLICT (snapshot_id, language, paper) DO NOTHING"),
                                   {snapshotId, language, paper, pdf});
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
}

} // namespace qianyue
