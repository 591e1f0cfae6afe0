#pragma once

#include "core/store/ListStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// A list filter the user named, to apply again with one choice.
struct SavedFilter {
    QString name;
    ListFilter filter;
};

/// The saved filters of one list, kept in the open database's settings (key
/// `saved_filters/<table>`, a JSON array) rather than in QSettings: a filter
/// names salespeople and pipeline stages by their ids, which mean something
/// only in the database they come from, and on a shared office database the
/// whole team gets the same named views.
class SavedFilters
{
    Q_DECLARE_TR_FUNCTIONS(SavedFilters)

public:
    SavedFilters(Database &database, ListKind kind);

    /// The saved filters by name.
    Result<std::vector<SavedFilter>> all() const;
    /// Saves `filter` under `name`, replacing a filter of the same name.
    Result<void> save(const QString &name, const ListFilter &filter);
    /// Forgets the filter called `name` (nothing happens when there is none).
    Result<void> remove(const QString &name);

    static QJsonObject toJson(const ListFilter &filter);
    static ListFilter fromJson(const QJsonObject &json);

private:
    Result<void> write(const std::vector<SavedFilter> &filters);
    QString key() const;

    Database &m_db;
    ListKind m_kind;
};

} // namespace qianyue::ui
