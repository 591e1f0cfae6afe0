#pragma once

namespace qianyue {
class Database;
}

namespace qianyue::bench {

class BenchRunner;

/// Measures every report and a dashboard refresh on `db`. Each run asks for
/// another period (this month, last month, this quarter, this year, the last
/// 12 months, all time, one day, 45 days across two months) and, in turn, for
/// everyone, one salesperson and one team, because the budget holds whatever
/// the period.
void runAnalyticsOperations(BenchRunner &runner, Database &db, int runs);

} // namespace qianyue::bench
