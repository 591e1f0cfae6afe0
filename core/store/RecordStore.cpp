#include "core/store/RecordStore.h"

#include "core/store/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>
#include <limits>

namespace qianyue {

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

// Column values read back from SQLite come as qlonglong or QString; compare
// them as the text they would be stored as, so 5 and "5" are the same value.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

Fields fieldsOf(const QSqlRecord &record)
{
    Fields fields;
    for (int i = 0; i < record.count(); ++i)
        fields.insert(record.fieldName(i), record.value(i));
    return fields;
}

} // namespace

RecordStore::RecordStore(Database &database)
    : m_db(database)
{
}

QString RecordStore::kindName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("teams"), QT_TR_NOOP("team")},
        {QStringLiteral("users"), QT_TR_NOOP("salesperson")},
        {QStringLiteral("customers"), QT_TR_NOOP("customer")},
        {QStringLiteral("contacts"), QT_TR_NOOP("contact")},
        {QStringLiteral("pipeline_stages"), QT_TR_NOOP("pipeline stage")},
        {QStringLiteral("products"), QT_TR_NOOP("product")},
        {QStringLiteral("leads"), QT_TR_NOOP("lead")},
        {QStringLiteral("opportunities"), QT_TR_NOOP("opportunity")},
        {QStringLiteral("opportunity_products"), QT_TR_NOOP("product of interest")},
        {QStringLiteral("opportunity_stage_history"), QT_TR_NOOP("stage change")},
        {QStringLiteral("quotes"), QT_TR_NOOP("quote")},
        {QStringLiteral("quote_lines"), QT_TR_NOOP("quote line")},
        {QStringLiteral("contracts"), QT_TR_NOOP("contract")},
        {QStringLiteral("contract_lines"), QT_TR_NOOP("contract line")},
        {QStringLiteral("sales_orders"), QT_TR_NOOP("sales order")},
        {QStringLiteral("order_lines"), QT_TR_NOOP("order line")},
        {QStringLiteral("receivables"), QT_TR_NOOP("receivable")},
        {QStringLiteral("receipts"), QT_TR_NOOP("receipt")},
        {QStringLiteral("receipt_allocations"), QT_TR_NOOP("receipt allocation")},
        {QStringLiteral("commission_plans"), QT_TR_NOOP("commission plan")},
        {QStringLiteral("salesperson_commissions"), QT_TR_NOOP("salesperson commission")},
        {QStringLiteral("commission_payouts"), QT_TR_NOOP("commission payout")},
        {QStringLiteral("customer_commissions"), QT_TR_NOOP("customer commission")},
        {QStringLiteral("sales_targets"), QT_TR_NOOP("sales target")},
        {QStringLiteral("activities"), QT_TR_NOOP("activity")},
    };
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : tr(it.value());
}

QString RecordStore::countOf(const QString &table, int count)
{
    return tr("%1 × %2").arg(count).arg(kindName(table));
}

Result<QStringList> RecordStore::columns(const QString &table) const
{
    if (const auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return it.value();
    const QSqlRecord record = m_db.connection().record(table);
    if (record.isEmpty())
        return fail(ErrorKind::Storage, tr("The table %1 does not exist.").arg(table));
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    m_columns.insert(table, names);
    return names;
}

Result<QHash<QString, QString>> RecordStore::columnTypes(const QString &table) const
{
    if (const auto it = m_columnTypes.constFind(table); it != m_columnTypes.constEnd())
        return it.value();
    // The table name is one of the schema's own (columns() found it), never user text.
    auto info = m_db.query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!info)
        return std::unexpected(info.error());
    QHash<QString, QString> types;
    while (info->next())
        types.insert(info->value(1).toString(), info->value(2).toString().toUpper());
    m_columnTypes.insert(table, types);
    return types;
}

Result<void> RecordStore::checkColumns(const QString &table, const Fields &fields) const
{
    const auto known = columns(table);
    if (!known)
        return std::unexpected(known.error());
    const auto types = columnTypes(table);
    if (!types)
        return std::unexpected(types.error());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!known->contains(it.key()))
            return fail(ErrorKind::Invalid, tr("Unknown field '%1' of a %2.").arg(it.key(), kindName(table)));
        if (auto valid = checkValue(it.key(), types->value(it.key()), it.value()); !valid)
            return valid;
    }
    return {};
}

bool RecordStore::isDateColumn(const QString &column)
{
    return column.endsWith(QStringLiteral("_date")) || column.endsWith(QStringLiteral("_on"))
           || column.endsWith(QStringLiteral("_at")) || column.endsWith(QStringLiteral("_until"))
           || column == u"date";
}

Result<void> RecordStore::checkValue(const QString &column, const QString &declaredType, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (declaredType == u"INTEGER") {
        // SQLite would keep a number it cannot hold as an integer as a
        // floating-point value or as text: neither belongs in a money column.
        bool whole = false;
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
            whole = true;
            break;
        case QMetaType::ULongLong:
            whole = value.toULongLong() <= quint64(std::numeric_limits<qint64>::max());
            break;
        case QMetaType::Double: {
            const double d = value.toDouble();
            whole = std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9.2e18;
            break;
        }
        default:
            // An empty text is how a form leaves an optional number blank.
            whole = value.toString().trimmed().isEmpty();
            if (!whole)
                value.toString().trimmed().toLongLong(&whole);
        }
        if (!whole)
            return fail(ErrorKind::Invalid, tr("The field %1 takes a whole number between −9 223 372 036 854 775 808 and "
                                               "9 223 372 036 854 775 807 (amounts in fen/cents); '%2' is not one.")
                                                .arg(column, value.toString().left(40)));
        return {};
    }
    if (isDateColumn(column)) {
        QDate date;
        if (value.typeId() == QMetaType::QDate)
            date = value.toDate();
        else if (value.typeId() == QMetaType::QDateTime)
            date = value.toDateTime().date();
        else if (const QString text = value.toString(); !text.isEmpty()) {
            date = QDate::fromString(text.left(10), Qt::ISODate);
            const bool separated = text.size() == 10 || (text.size() > 10 && (text.at(10) == u'T' || text.at(10) == u' '));
            if (!separated)
                date = QDate();
        } else {
            return {};
        }
        if (!date.isValid() || date.year() < 1 || date.year() > 9999)
            return fail(ErrorKind::Invalid, tr("The field %1 takes a date as YYYY-MM-DD in the years 1 to 9999; '%2' is not one.")
                                                .arg(column, value.toString().left(40)));
        return {};
    }
    return checkText(column, value);
}

Result<void> RecordStore::checkText(const QString &column, const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString text = value.toString();
    if (text.size() > kMaxTextLength)
        return fail(ErrorKind::Invalid,
                    tr("The field %1 is too long: %2 characters, at most %3.").arg(column).arg(text.size()).arg(kMaxTextLength));
    for (const QChar ch : text) {
        // Line breaks and tabs belong in notes; other control characters only corrupt exports and prints.
        if (ch.category() == QChar::Other_Control && ch != u'\n' && ch != u'\t' && ch != u'\r')
            return fail(ErrorKind::Invalid, tr("The field %1 contains a control character (U+%2).")
                                                .arg(column)
                                                .arg(ch.unicode(), 4, 16, QLatin1Char('0')));
        // Right-to-left marks, embeddings, overrides and isolates make text show
        // in another order than it is stored ("moc.knab" shown as "bank.com").
        const char16_t code = ch.unicode();
        if (code == 0x200E || code == 0x200F || code == 0x061C || (code >= 0x202A && code <= 0x202E)
            || (code >= 0x2066 && code <= 0x2069))
            return fail(ErrorKind::Invalid, tr("The field %1 contains a bidirectional formatting character (U+%2), "
                                               "which can make text display in a misleading order.")
                                                .arg(column)
                                                .arg(int(code), 4, 16, QLatin1Char('0')));
    }
    return {};
}

Result<void> RecordStore::audit(const QString &table, qint64 id, const QString &action, const QJsonObject &changes)
{
    auto done = m_db.query(QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {m_db.actor() ? QVariant(*m_db.actor()) : QVariant(QMetaType::fromType<qint64>()), table,
                            id, action, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<qint64> RecordStore::insert(const QString &table, const Fields &fields)
{
    if (auto checked = checkColumns(table, fields); !checked)
        return std::unexpected(checked.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        QStringList names;
        QStringList marks;
        QVariantList values;
        QJsonObject changes;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            names << it.key();
            marks << QStringLiteral("?");
            values << it.value();
            changes.insert(it.key(), QJsonArray{QJsonValue(), jsonOf(it.value())});
        }
        // Column names come from the table's own schema (checked above), never from user text.
        const QString sql = names.isEmpty()
                                ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)
                                : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        auto query = m_db.query(sql, values);
        if (!query) {
            query.error().message = tr("Saving the %1 failed: %2").arg(kindName(table), query.error().message);
            return std::unexpected(query.error());
        }
        id = query->lastInsertId().toLongLong();
        return audit(table, id, QStringLiteral("insert"), changes);
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<Fields> RecordStore::get(const QString &table, qint64 id) const
{
    auto query = m_db.query(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorKind::NotFound, tr("The %1 with id %2 does not exist.").arg(kindName(table)).arg(id));
    return fieldsOf(query->record());
}

Result<std::vector<Fields>> RecordStore::where(const QString &table, const QString &column, const QVariant &value,
                                               const QString &orderBy) const
{
    const auto known = columns(table);
    if (!known)
        return std::unexpected(known.error());
    if (!known->contains(column) || !known->contains(orderBy))
        return fail(ErrorKind::Invalid, tr("Unknown field '%1' of a %2.").arg(column, kindName(table)));
    auto query = m_db.query(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3").arg(table, column, orderBy),
                            {value});
    if (!query)
        return std::unexpected(query.error());
    std::vector<Fields> rows;
    while (query->next())
        rows.push_back(fieldsOf(query->record()));
    return rows;
}

Result<std::optional<qint64>> RecordStore::findId(const QString &table, const QString &column,
                                                  const QString &value) const
{
    const auto known = columns(table);
    if (!known)
        return std::unexpected(known.error());
    if (!known->contains(column))
        return fail(ErrorKind::Invalid, tr("Unknown field '%1' of a %2.").arg(column, kindName(table)));
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE lower(%2) = lower(?) ORDER BY id LIMIT 1").arg(table, column),
                          {value.trimmed()});
    if (!id)
        return std::unexpected(id.error());
    return id->isNull() ? std::nullopt : std::optional<qint64>(id->toLongLong());
}

Result<void> RecordStore::update(const QString &table, qint64 id, const Fields &changes,
                                 std::optional<qint64> expectedVersion)
{
    if (auto checked = checkColumns(table, changes); !checked)
        return checked;
    return m_db.transaction([&]() -> Result<void> {
        const auto old = get(table, id);
        if (!old)
            return std::unexpected(old.error());
        if (expectedVersion && old->value(QStringLiteral("version")).toLongLong() != *expectedVersion)
            return fail(ErrorKind::Conflict,
                        tr("This %1 was changed by someone else after you opened it.").arg(kindName(table)));

        QStringList assignments;
        QVariantList values;
        QJsonObject diff;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (sameValue(old->value(it.key()), it.value()))
                continue;
            assignments << it.key() + QStringLiteral(" = ?");
            values << it.value();
            diff.insert(it.key(), QJsonArray{jsonOf(old->value(it.key())), jsonOf(it.value())});
        }
        if (assignments.isEmpty())
            return {};
        assignments << QStringLiteral("updated_at = ") + m_db.dialect().nowExpression()
                    << QStringLiteral("version = version + 1");
        values << id;
        auto query = m_db.query(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))), values);
        if (!query) {
            query.error().message = tr("Saving the %1 failed: %2").arg(kindName(table), query.error().message);
            return std::unexpected(query.error());
        }
        const QString action = diff.contains(QStringLiteral("status")) ? QStringLiteral("state") : QStringLiteral("update");
        return audit(table, id, action, diff);
    });
}

Result<std::vector<RecordStore::Reference>> RecordStore::referencesTo(const QString &table) const
{
    if (!m_references) {
        auto query = m_db.query(m_db.dialect().foreignKeysQuery());
        if (!query)
            return std::unexpected(query.error());
        QHash<QString, std::vector<Reference>> all;
        // Children deleted with their parent (lines, stage history) do not block a delete.
        while (query->next()) {
            if (query->value(3).toString().compare(QStringLiteral("CASCADE"), Qt::CaseInsensitive) == 0)
                continue;
            all[query->value(1).toString()].push_back({query->value(0).toString(), query->value(2).toString()});
        }
        m_references = std::move(all);
    }
    return m_references->value(table);
}

Result<void> RecordStore::remove(const QString &table, qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        const auto old = get(table, id);
        if (!old)
            return std::unexpected(old.error());
        const auto references = referencesTo(table);
        if (!references)
            return std::unexpected(references.error());
        QStringList users;
        for (const Reference &ref : *references) {
            if (ref.table == table && ref.column == u"id")
                continue;
            auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(ref.table, ref.column),
                                     {id});
            if (!count)
                return std::unexpected(count.error());
            if (const int n = count->toInt(); n > 0)
                users << countOf(ref.table, n);
        }
        if (!users.isEmpty())
            return fail(ErrorKind::Conflict, tr("This %1 cannot be deleted: it is still referred to by %2.")
                                                 .arg(kindName(table), users.join(tr(", "))));
        auto query = m_db.query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
        if (!query)
            return std::unexpected(query.error());
        QJsonObject diff;
        for (auto it = old->constBegin(); it != old->constEnd(); ++it)
            diff.insert(it.key(), QJsonArray{jsonOf(it.value()), QJsonValue()});
        return audit(table, id, QStringLiteral("delete"), diff);
    });
}

} // namespace qianyue
