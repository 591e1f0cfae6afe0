#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <functional>

namespace qianyue::bench {

/// Times operations and reports the median of repeated runs next to the
/// budget from DESIGN.md.
class BenchRunner
{
public:
    explicit BenchRunner(QTextStream &out);

    /// Runs `operation` `runs` times (its argument is the run index) and
    /// records the median. Returns false when a run reported failure.
    bool measure(const QString &name, int runs, double budgetMs, const std::function<bool(int)> &operation);

    QJsonObject json() const { return m_json; }
    bool allWithinBudget() const { return m_withinBudget; }

private:
    QTextStream &m_out;
    QJsonObject m_json;
    bool m_withinBudget = true;
};

} // namespace qianyue::bench
