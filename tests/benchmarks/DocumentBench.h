#pragma once

namespace qianyue {
class Database;
}

namespace qianyue::bench {

class BenchRunner;

/// Measures printing: a 200-line quote rendered to PDF (budget 0.5 s).
/// Rendering needs a QGuiApplication; without one the measurement reports failure.
void runDocumentOperations(BenchRunner &runner, Database &db, int runs);

} // namespace qianyue::bench
