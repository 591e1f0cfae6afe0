#include "core/store/SettingsStore.h"

#include "core/store/Database.h"

namespace qianyue {

SettingsStore::SettingsStore(Database &database)
    : m_db(database)
{
}

Result<QString> SettingsStore::value(const QString &key, const QString &fallback) const
{
    auto stored = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored)
        return std::unexpected(stored.error());
    return stored->isNull() ? fallback : stored->toString();
}

Result<QList<QPair<QString, QString>>> SettingsStore::withPrefix(const QString &prefix) const
{
    // substr rather than LIKE: keys hold '_', which LIKE would read as a wildcard.
    auto rows = m_db.query(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, length(?)) = ? ORDER BY key"),
                           {prefix, prefix});
    if (!rows)
        return std::unexpected(rows.error());
    QList<QPair<QString, QString>> found;
    while (rows->next())
        found.append(qMakePair(rows->value(0).toString(), rows->value(1).toString()));
    return found;
}

Result<qint64> SettingsStore::integer(const QString &key, qint64 fallback) const
{
    auto text = value(key);
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return fallback;
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    if (!ok)
        return fail(ErrorKind::Invalid, tr("The setting %1 is not a whole number: '%2'.").arg(key, *text));
    return number;
}

Result<void> SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Result<void> {
        auto done = m_db.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                               {key, value});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

Result<QString> SettingsStore::baseCurrency() const
{
    return value(QStringLiteral("base_currency"), QStringLiteral("CNY"));
}

} // namespace qianyue
