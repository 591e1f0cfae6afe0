#include "tests/reliability/RowCounter.h"

#include "core/store/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace qianyue::test {

Result<RowCounts> countRows(const Database &database)
{
    auto tables = database.query(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                                " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return std::unexpected(tables.error());
    QStringList ordinary;
    QStringList virtualTables;
    while (tables->next()) {
        const QString name = tables->value(0).toString();
        if (tables->value(1).toString().startsWith(QStringLiteral("CREATE VIRTUAL"), Qt::CaseInsensitive))
            virtualTables << name;
        else
            ordinary << name;
    }
    RowCounts counts;
    for (const QString &name : ordinary) {
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                        [&](const QString &v) { return name.startsWith(v + u'_'); });
        if (shadow)
            continue;
        // Table names come from sqlite_master, not from any input.
        auto n = database.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        if (!n)
            return std::unexpected(n.error());
        counts.insert(name, n->toLongLong());
    }
    return counts;
}

RowCounts difference(const RowCounts &after, const RowCounts &before)
{
    RowCounts delta;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const qint64 d = it.value() - before.value(it.key());
        if (d != 0)
            delta.insert(it.key(), d);
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            delta.insert(it.key(), -it.value());
    }
    return delta;
}

RowCounts sum(const RowCounts &base, const RowCounts &delta)
{
    RowCounts total = base;
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it)
        total[it.key()] += it.value();
    return total;
}

} // namespace qianyue::test
