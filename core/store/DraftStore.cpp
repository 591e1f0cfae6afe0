#include "core/store/DraftStore.h"

#include "core/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace qianyue {

namespace {

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QString json(const QHash<QString, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

DraftStore::DraftStore(Database &database)
    : m_db(database)
{
}

Result<qint64> DraftStore::save(const FormDraft &draft)
{
    qint64 id = draft.id;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QVariantList values{draft.table, optionalValue(draft.recordId), optionalValue(draft.baseVersion),
                                  json(draft.texts)};
        if (id != 0) {
            auto updated = m_db.query(QStringLiteral("UPDATE form_drafts SET table_name = ?, record_id = ?, base_version = ?,"
                                                     " texts = ?, saved_at = %1 WHERE id = ?")
                                          .arg(m_db.dialect().nowExpression()),
                                      values + QVariantList{id});
            if (!updated)
                return std::unexpected(updated.error());
            if (updated->numRowsAffected() > 0)
                return {};
        }
        // New, or its row was removed meanwhile (another window recovered it).
        auto inserted = m_db.query(QStringLiteral("INSERT INTO form_drafts (table_name, record_id, base_version, texts)"
                                                  " VALUES (?, ?, ?, ?)"),
                                   values);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = inserted->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> DraftStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        auto removed = m_db.query(QStringLiteral("DELETE FROM form_drafts WHERE id = ?"), {id});
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    });
}

Result<std::vector<FormDraft>> DraftStore::all() const
{
    auto rows = m_db.query(QStringLiteral("SELECT id, table_name, record_id, base_version, texts, saved_at"
                                          " FROM form_drafts ORDER BY id"));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<FormDraft> drafts;
    while (rows->next()) {
        FormDraft draft;
        draft.id = rows->value(0).toLongLong();
        draft.table = rows->value(1).toString();
        if (!rows->value(2).isNull())
            draft.recordId = rows->value(2).toLongLong();
        if (!rows->value(3).isNull())
            draft.baseVersion = rows->value(3).toLongLong();
        const QJsonObject texts = QJsonDocument::fromJson(rows->value(4).toString().toUtf8()).object();
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
            draft.texts.insert(it.key(), it.value().toString());
        draft.savedAt = rows->value(5).toString();
        drafts.push_back(std::move(draft));
    }
    return drafts;
}

} // namespace qianyue
