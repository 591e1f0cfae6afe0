#pragma once

#include "core/domain/Error.h"
#include "tests/reliability/CrashJournal.h"

namespace qianyue {
class Database;
}

namespace qianyue::test {

/// Counts the rows of every ordinary table of a database. Full-text index
/// tables are left out: how FTS5 lays out its segments is its own business,
/// and the records they index are counted anyway.
Result<RowCounts> countRows(const Database &database);

/// `after` minus `before`, keeping only the tables that changed.
RowCounts difference(const RowCounts &after, const RowCounts &before);

/// `base` plus `delta`.
RowCounts sum(const RowCounts &base, const RowCounts &delta);

} // namespace qianyue::test
