#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>

#include <optional>

namespace qianyue {

class Database;

/// Creating and editing records from a form: routes each kind to the
/// workflow that owns its rules (leads, opportunities and activities start in
/// their first state; customers get a code from the sequence when left empty).
class RecordEditing
{
    Q_DECLARE_TR_FUNCTIONS(RecordEditing)

public:
    explicit RecordEditing(Database &database);

    /// Creates a record of `table` from a form's fields and returns its id.
    Result<qint64> create(const QString &table, Fields fields);
    /// Saves a form's changes; with `expectedVersion`, refuses (Conflict) when
    /// someone else changed the record since the form read it.
    Result<void> save(const QString &table, qint64 id, const Fields &changes, std::optional<qint64> expectedVersion);

private:
    Database &m_db;
};

} // namespace qianyue
