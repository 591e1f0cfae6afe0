#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
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
    /// Records a time taken once (building the data set), next to its budget.
    void record(const QString &name, double ms, double budgetMs);
    /// Only operations whose name contains one of `parts` are measured (all when empty).
    void setOnly(const QStringList &parts) { m_only = parts; }
    /// Whether `name` is measured under setOnly().
    bool selected(const QString &name) const;
    /// Whether operations also print where their time goes (--steps).
    bool detailed() const { return m_detailed; }
    void setDetailed(bool detailed) { m_detailed = detailed; }
    /// Prints one line of detail.
    void note(const QString &line);

    QJsonObject json() const { return m_json; }
    bool allWithinBudget() const { return m_withinBudget; }

private:
    QTextStream &m_out;
    QJsonObject m_json;
    QStringList m_only;
    bool m_detailed = false;
    bool m_withinBudget = true;
};

} // namespace qianyue::bench
