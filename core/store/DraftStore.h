#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// A form's unsaved state: which record, the version it was read at and the
/// text of every field as typed.
struct FormDraft {
    qint64 id = 0;
    QString table;
    std::optional<qint64> recordId;    ///< empty for a record not created yet
    std::optional<qint64> baseVersion; ///< the record's version when the form read it
    QHash<QString, QString> texts;     ///< column -> text
    QString savedAt;                   ///< UTC, ISO 8601
};

/// Keeps drafts of forms being edited in the database (table form_drafts),
/// so the next start can offer what a crash would otherwise have lost.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(Database &database);

    /// Writes `draft`: a new row when its id is 0 (the id is returned), else replaces that row.
    Result<qint64> save(const FormDraft &draft);
    /// Forgets a draft (saved or discarded form). A missing draft is no error.
    Result<void> remove(qint64 id);
    /// Every draft left, oldest first.
    Result<std::vector<FormDraft>> all() const;

private:
    Database &m_db;
};

} // namespace qianyue
