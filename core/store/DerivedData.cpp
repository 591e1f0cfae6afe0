#include "core/store/DerivedData.h"

#include "core/store/AnalyticsStore.h"
#include "core/store/Database.h"
#include "core/store/SearchStore.h"

#include <QSet>
#include <QSqlQuery>

namespace qianyue {

namespace {

// "CREATE TRIGGER name AFTER …": the name is the third word.
QString triggerName(const QString &statement)
{
    return statement.section(QLatin1Char(' '), 2, 2);
}

} // namespace

DerivedData::DerivedData(Database &database)
    : m_db(database)
{
}

const std::vector<DerivedData::Trigger> &DerivedData::triggers()
{
    static const std::vector<Trigger> all = [] {
        std::vector<Trigger> list;
        for (const QString &statement : rollupTriggerStatements() + SearchStore::triggerStatements())
            list.push_back({ triggerName(statement), statement });
        return list;
    }();
    return all;
}

Result<QStringList> DerivedData::missingTriggers() const
{
    auto query = m_db.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    if (!query)
        return std::unexpected(query.error());
    QSet<QString> present;
    while (query->next())
        present.insert(query->value(0).toString());
    QStringList missing;
    for (const Trigger &trigger : triggers()) {
        if (!present.contains(trigger.name))
            missing << trigger.name;
    }
    return missing;
}

Result<void> DerivedData::suspendTriggers()
{
    return m_db.transaction([&]() -> Result<void> {
        for (const Trigger &trigger : triggers()) {
            // Names come from the fixed schema statements, never from input.
            if (auto dropped = m_db.query(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger.name)); !dropped)
                return std::unexpected(dropped.error());
        }
        return {};
    });
}

Result<void> DerivedData::restoreTriggers()
{
    auto missing = missingTriggers();
    if (!missing)
        return std::unexpected(missing.error());
    for (const Trigger &trigger : triggers()) {
        if (!missing->contains(trigger.name))
            continue;
        if (auto created = m_db.query(trigger.sql); !created)
            return std::unexpected(created.error());
    }
    return {};
}

Result<void> DerivedData::rebuild()
{
    // One transaction: a crash leaves either the old state (which check
    // reports) or triggers, roll-ups and index all in step.
    return m_db.transaction([&]() -> Result<void> {
        if (auto restored = restoreTriggers(); !restored)
            return restored;
        if (auto rollups = rebuildRollups(m_db); !rollups)
            return rollups;
        return SearchStore(m_db).rebuild();
    });
}

Result<QStringList> DerivedData::verify() const
{
    QStringList problems;
    auto missing = missingTriggers();
    if (!missing)
        return std::unexpected(missing.error());
    if (!missing->isEmpty()) {
        problems << tr("%n roll-up or search trigger(s) missing, so changes no longer reach the reports and the search: %1",
                       nullptr, int(missing->size()))
                        .arg(missing->join(QStringLiteral(", ")));
    }
    auto rollups = verifyRollups(m_db);
    if (!rollups)
        return std::unexpected(rollups.error());
    for (const RollupDifference &difference : *rollups) {
        problems << tr("report roll-up %1: %n group(s) differ from the records", nullptr, int(difference.groups))
                        .arg(difference.table);
    }
    auto search = SearchStore(m_db).differences();
    if (!search)
        return std::unexpected(search.error());
    if (*search != 0)
        problems << tr("search index: %n row(s) differ from the records", nullptr, int(*search));
    return problems;
}

} // namespace qianyue
