#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

class Database;

/// The tables derived from the records — the report roll-ups (schema 3) and
/// the search index (schema 5) — and the triggers that keep them in step.
///
/// Normally nothing here is needed: the triggers update both inside every
/// writing transaction. A bulk load into a new database suspends the triggers
/// (a row-by-row roll-up and index update costs more than the load itself)
/// and rebuilds both once at the end; `check` verifies them and
/// `check --repair` rebuilds them, which also puts back triggers that a bulk
/// load stopped half-way left missing.
class DerivedData
{
    Q_DECLARE_TR_FUNCTIONS(DerivedData)

public:
    /// One trigger with the statement that creates it.
    struct Trigger {
        QString name;
        QString sql;
    };

    explicit DerivedData(Database &database);

    /// Every roll-up and search trigger the schema has.
    static const std::vector<Trigger> &triggers();

    /// The names of the triggers that are not in the database.
    Result<QStringList> missingTriggers() const;
    /// Drops every roll-up and search trigger, in one transaction. Only for a
    /// bulk load into a database no one else writes to; rebuild() undoes it.
    Result<void> suspendTriggers();
    /// In one transaction: recreates the missing triggers, refills every
    /// roll-up table from its defining query and the search index from the
    /// records (merged into one segment).
    Result<void> rebuild();

    /// What differs from the records: missing triggers, roll-up tables and the
    /// search index; one line per problem, empty when everything is in step.
    Result<QStringList> verify() const;

private:
    Result<void> restoreTriggers();

    Database &m_db;
};

} // namespace qianyue
