#include "core/store/PrivacyStore.h"

#include "core/store/Database.h"
#include "core/store/RecordStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace qianyue {

namespace {

QJsonObject jsonOf(const Fields &fields)
{
    QJsonObject object;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value().isNull())
            object.insert(it.key(), QJsonValue());
        else if (it.value().typeId() == QMetaType::QByteArray) // a photo: JSON has no bytes, so base64
            object.insert(it.key(), QString::fromLatin1(it.value().toByteArray().toBase64()));
        else
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return object;
}

// The personal text columns of each kind of person record; each becomes empty
// (the name a placeholder). Photos and consent are handled beside them.
QStringList personalColumns(const QString &table)
{
    if (table == u"contacts")
        return {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"),
                QStringLiteral("email"), QStringLiteral("im_id"), QStringLiteral("address"), QStringLiteral("notes"),
                QStringLiteral("photo_type"), QStringLiteral("consent_source")};
    return {QStringLiteral("name"), QStringLiteral("tax_id"), QStringLiteral("phone"), QStringLiteral("email"),
            QStringLiteral("website"), QStringLiteral("address"), QStringLiteral("notes"), QStringLiteral("consent_source")};
}

QJsonArray jsonRows(const std::vector<Fields> &rows)
{
    QJsonArray list;
    for (const Fields &row : rows)
        list.append(jsonOf(row));
    return list;
}

} // namespace

PrivacyStore::PrivacyStore(Database &database)
    : m_db(database)
{
}

Result<void> PrivacyStore::checkPerson(const QString &table, qint64 id) const
{
    if (table != u"contacts" && table != u"customers")
        return fail(ErrorKind::Invalid, tr("Personal data is kept for contacts and for customers who are persons."));
    auto record = RecordStore(m_db).get(table, id);
    if (!record)
        return std::unexpected(record.error());
    if (table == u"customers" && record->value(QStringLiteral("kind")).toString() != u"person")
        return fail(ErrorKind::Invalid, tr("This customer is a company, not a person; export or erase its contacts instead."));
    return {};
}

Result<QJsonObject> PrivacyStore::exportPerson(const QString &table, qint64 id) const
{
    if (auto ok = checkPerson(table, id); !ok)
        return std::unexpected(ok.error());
    RecordStore records(m_db);
    auto record = records.get(table, id);
    if (!record)
        return std::unexpected(record.error());
    QJsonObject result{{QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("record_kind"), table},
                       {QStringLiteral("record"), jsonOf(*record)}};
    const QString link = table == u"contacts" ? QStringLiteral("contact_id") : QStringLiteral("customer_id");
    auto activities = records.where(QStringLiteral("activities"), link, id);
    if (!activities)
        return std::unexpected(activities.error());
    result.insert(QStringLiteral("activities"), jsonRows(*activities));
    if (table == u"contacts") {
        // Every phone, e-mail, address and URL a vCard brought, beyond the first of each.
        auto details = records.where(QStringLiteral("contact_details"), QStringLiteral("contact_id"), id,
                                     QStringLiteral("position"));
        if (!details)
            return std::unexpected(details.error());
        result.insert(QStringLiteral("contact_details"), jsonRows(*details));
    }
    if (table == u"customers") {
        auto contacts = records.where(QStringLiteral("contacts"), QStringLiteral("customer_id"), id);
        if (!contacts)
            return std::unexpected(contacts.error());
        result.insert(QStringLiteral("contacts"), jsonRows(*contacts));
    }
    auto audit = m_db.query(QStringLiteral("SELECT at, user_id, action, changes FROM audit_log"
                                           " WHERE table_name = ? AND record_id = ? ORDER BY id"),
                            {table, id});
    if (!audit)
        return std::unexpected(audit.error());
    QJsonArray history;
    while (audit->next()) {
        history.append(QJsonObject{{QStringLiteral("at"), audit->value(0).toString()},
                                   {QStringLiteral("user_id"), QJsonValue::fromVariant(audit->value(1))},
                                   {QStringLiteral("action"), audit->value(2).toString()},
                                   {QStringLiteral("changes"),
                                    QJsonDocument::fromJson(audit->value(3).toString().toUtf8()).object()}});
    }
    result.insert(QStringLiteral("audit_log"), history);
    return result;
}

Result<void> PrivacyStore::erasePerson(const QString &table, qint64 id)
{
    if (auto ok = checkPerson(table, id); !ok)
        return ok;
    // Deleted content is overwritten rather than left in free pages of the file.
    m_db.scalar(QStringLiteral("PRAGMA secure_delete = ON"));
    auto erased = m_db.transaction([&]() -> Result<void> {
        QStringList assignments;
        QVariantList values;
        for (const QString &column : personalColumns(table)) {
            assignments << column + QStringLiteral(" = ?");
            values << (column == u"name" ? QVariant(tr("(erased person %1)").arg(id)) : QVariant(QStringLiteral("")));
        }
        // No marketing to a person who asked to be forgotten; the photo goes too.
        assignments << QStringLiteral("marketing_consent = 0") << QStringLiteral("consent_date = NULL");
        if (table == u"contacts") {
            assignments << QStringLiteral("photo = NULL");
            if (auto details = eraseDetails(id); !details)
                return details;
        }
        values << id;
        // Column names come from the fixed list above; the values are bound.
        auto updated = m_db.query(QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = %3 WHERE id = ?")
                                      .arg(table, assignments.join(QStringLiteral(", ")), m_db.dialect().nowExpression()),
                                  values);
        if (!updated)
            return std::unexpected(updated.error());
        // Earlier audit entries carry the old values: keep that they happened, drop what they said.
        auto scrubbed = m_db.query(QStringLiteral("UPDATE audit_log SET changes = '{\"redacted\":\"personal data erased\"}'"
                                                  " WHERE table_name = ? AND record_id = ?"),
                                   {table, id});
        if (!scrubbed)
            return std::unexpected(scrubbed.error());
        // A form left open on the person keeps what was typed as a draft: that goes too.
        auto drafts = m_db.query(QStringLiteral("DELETE FROM form_drafts WHERE table_name = ? AND record_id = ?"), {table, id});
        if (!drafts)
            return std::unexpected(drafts.error());
        auto logged = m_db.query(QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes)"
                                                " VALUES (?, ?, ?, 'update', '{\"erasure\":[null,\"personal data erased on request\"]}')"),
                                 {m_db.actor() ? QVariant(*m_db.actor()) : QVariant(QMetaType::fromType<qint64>()), table, id});
        if (!logged)
            return std::unexpected(logged.error());
        // The search index keeps deleted words in its segments until they are merged.
        if (auto merged = m_db.query(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')")); !merged)
            return std::unexpected(merged.error());
        return {};
    });
    m_db.scalar(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (erased) // and the write-ahead log still holds the old pages until it is emptied
        m_db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return erased;
}

Result<QSet<qint64>> PrivacyStore::marketingAudience(const QString &table) const
{
    if (table != u"contacts" && table != u"customers")
        return fail(ErrorKind::Invalid, tr("Marketing consent is kept for customers and contacts only."));
    // The table is one of the two names checked above.
    auto rows = m_db.query(QStringLiteral("SELECT id FROM %1 WHERE marketing_consent = 1").arg(table));
    if (!rows)
        return std::unexpected(rows.error());
    QSet<qint64> ids;
    while (rows->next())
        ids.insert(rows->value(0).toLongLong());
    return ids;
}

Result<void> PrivacyStore::eraseDetails(qint64 contactId)
{
    // Their audit entries carry the values too: keep that they happened, drop what they said.
    auto scrubbed = m_db.query(QStringLiteral("UPDATE audit_log SET changes = '{\"redacted\":\"personal data erased\"}'"
                                              " WHERE table_name = 'contact_details' AND record_id IN"
                                              " (SELECT id FROM contact_details WHERE contact_id = ?)"),
                               {contactId});
    if (!scrubbed)
        return std::unexpected(scrubbed.error());
    auto removed = m_db.query(QStringLiteral("DELETE FROM contact_details WHERE contact_id = ?"), {contactId});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

} // namespace qianyue
