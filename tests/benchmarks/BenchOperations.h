#pragma once

#include <QString>

namespace qianyue::bench {

class BenchRunner;

/// Measures every operation with a budget on the database at `path`.
void runOperations(BenchRunner &runner, const QString &path, int runs);

} // namespace qianyue::bench
