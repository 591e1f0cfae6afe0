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
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        object.insert(it.key(), it.value().isNull() ? QJsonValue() : QJsonValue::fromVariant(it.value()));
    return object;
}

// The personal columns of each kind of person record, with what replaces them.
QStringList personalColumns(const QString &table)
{
    if (table == u"contacts")
        return {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"),
                QStringLiteral("email"), QStringLiteral("im_id")};
    return {QStringLiteral("name"), QStringLiteral("tax_id"), QStringLiteral("phone"), QStringLiteral("email"),
            QStringLiteral("website"), QStringLiteral("address"), QStringLiteral("notes")};
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
    QJsonArray activityList;
    for (const Fields &activity : *activities)
        activityList.append(jsonOf(activity));
    result.insert(QStringLiteral("activities"), activityList);
    if (table == u"customers") {
        auto contacts = records.where(QStringLiteral("contacts"), QStringLiteral("customer_id"), id);
        if (!contacts)
            return std::unexpected(contacts.error());
        QJsonArray contactList;
        for (const Fields &contact : *contacts)
            contactList.append(jsonOf(contact));
        result.insert(QStringLiteral("contacts"), contactList);
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
    return m_db.transaction([&]() -> Result<void> {
        QStringList assignments;
        QVariantList values;
        for (const QString &column : personalColumns(table)) {
            assignments << column + QStringLiteral(" = ?");
            values << (column == u"name" ? QVariant(tr("(erased person %1)").arg(id)) : QVariant(QStringLiteral("")));
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
        auto logged = m_db.query(QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes)"
                                                " VALUES (?, ?, ?, 'update', '{\"erasure\":[null,\"personal data erased on request\"]}')"),
                                 {m_db.actor() ? QVariant(*m_db.actor()) : QVariant(QMetaType::fromType<qint64>()), table, id});
        if (!logged)
            return std::unexpected(logged.error());
        return {};
    });
}

} // namespace qianyue
