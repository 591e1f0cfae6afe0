#pragma once

namespace qianyue {
class Database;
}

namespace qianyue::bench {

class BenchRunner;

/// Measures the import budget of DESIGN.md (100 000 CSV rows in under 3 s):
/// a dry run against `db` (the reference data set, left unchanged) and a
/// committed import into a new database.
void runIoOperations(BenchRunner &runner, Database &db, int runs);

} // namespace qianyue::bench
