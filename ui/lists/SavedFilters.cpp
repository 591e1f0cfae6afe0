#include "ui/lists/SavedFilters.h"

#include "core/store/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace qianyue::ui {

namespace {

// Ids and amounts are written as strings: JSON numbers are doubles, which would round int64 minor units.
void putId(QJsonObject &json, const char *key, const std::optional<qint64> &value)
{
    if (value)
        json.insert(QLatin1String(key), QString::number(*value));
}

std::optional<qint64> takeId(const QJsonObject &json, const char *key)
{
    bool ok = false;
    const qint64 value = json.value(QLatin1String(key)).toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

SavedFilters::SavedFilters(Database &database, ListKind kind)
    : m_db(database)
    , m_kind(kind)
{
}

QString SavedFilters::key() const
{
    return QStringLiteral("saved_filters/") + ListStore::table(m_kind);
}

QJsonObject SavedFilters::toJson(const ListFilter &filter)
{
    QJsonObject json;
    if (!filter.text.isEmpty())
        json.insert(QStringLiteral("text"), filter.text);
    if (!filter.state.isEmpty())
        json.insert(QStringLiteral("state"), filter.state);
    if (!filter.anyState.isEmpty())
        json.insert(QStringLiteral("anyState"), QJsonArray::fromStringList(filter.anyState));
    putId(json, "ownerId", filter.ownerId);
    putId(json, "stageId", filter.stageId);
    putId(json, "minAmount", filter.minAmount);
    putId(json, "maxAmount", filter.maxAmount);
    putId(json, "customerId", filter.customerId);
    putId(json, "opportunityId", filter.opportunityId);
    putId(json, "contractId", filter.contractId);
    if (filter.from.isValid())
        json.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        json.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (filter.marketingConsent)
        json.insert(QStringLiteral("marketingConsent"), *filter.marketingConsent);
    if (filter.sortColumn >= 0) {
        json.insert(QStringLiteral("sortColumn"), filter.sortColumn);
        json.insert(QStringLiteral("descending"), filter.descending);
    }
    return json;
}

ListFilter SavedFilters::fromJson(const QJsonObject &json)
{
    ListFilter filter;
    filter.text = json.value(QStringLiteral("text")).toString();
    filter.state = json.value(QStringLiteral("state")).toString();
    for (const QJsonValue &state : json.value(QStringLiteral("anyState")).toArray())
        filter.anyState << state.toString();
    filter.ownerId = takeId(json, "ownerId");
    filter.stageId = takeId(json, "stageId");
    filter.minAmount = takeId(json, "minAmount");
    filter.maxAmount = takeId(json, "maxAmount");
    filter.customerId = takeId(json, "customerId");
    filter.opportunityId = takeId(json, "opportunityId");
    filter.contractId = takeId(json, "contractId");
    filter.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    filter.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (json.contains(QStringLiteral("marketingConsent")))
        filter.marketingConsent = json.value(QStringLiteral("marketingConsent")).toBool();
    filter.sortColumn = json.value(QStringLiteral("sortColumn")).toInt(-1);
    filter.descending = json.value(QStringLiteral("descending")).toBool();
    return filter;
}

Result<std::vector<SavedFilter>> SavedFilters::all() const
{
    auto stored = SettingsStore(m_db).value(key());
    if (!stored)
        return std::unexpected(stored.error());
    std::vector<SavedFilter> filters;
    for (const QJsonValue &entry : QJsonDocument::fromJson(stored->toUtf8()).array()) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            filters.push_back({name, fromJson(object.value(QStringLiteral("filter")).toObject())});
    }
    std::sort(filters.begin(), filters.end(),
              [](const SavedFilter &a, const SavedFilter &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return filters;
}

Result<void> SavedFilters::write(const std::vector<SavedFilter> &filters)
{
    QJsonArray array;
    for (const SavedFilter &saved : filters)
        array.append(QJsonObject{{QStringLiteral("name"), saved.name}, {QStringLiteral("filter"), toJson(saved.filter)}});
    return SettingsStore(m_db).setValue(key(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Result<void> SavedFilters::save(const QString &name, const ListFilter &filter)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::Invalid, tr("Give the filter a name."), QStringLiteral("name"));
    if (trimmed.size() > 80)
        return fail(ErrorKind::Invalid, tr("A filter name has at most 80 characters."), QStringLiteral("name"));
    auto filters = all();
    if (!filters)
        return std::unexpected(filters.error());
    std::erase_if(*filters, [&](const SavedFilter &saved) { return saved.name == trimmed; });
    filters->push_back({trimmed, filter});
    return write(*filters);
}

Result<void> SavedFilters::remove(const QString &name)
{
    auto filters = all();
    if (!filters)
        return std::unexpected(filters.error());
    std::erase_if(*filters, [&](const SavedFilter &saved) { return saved.name == name; });
    return write(*filters);
}

} // namespace qianyue::ui
