#include "tests/benchmarks/BenchRunner.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace qianyue::bench {

BenchRunner::BenchRunner(QTextStream &out)
    : m_out(out)
{
}

bool BenchRunner::selected(const QString &name) const
{
    if (m_only.isEmpty())
        return true;
    return std::any_of(m_only.begin(), m_only.end(),
                       [&name](const QString &part) { return name.contains(part, Qt::CaseInsensitive); });
}

void BenchRunner::note(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void BenchRunner::record(const QString &name, double ms, double budgetMs)
{
    const bool within = ms <= budgetMs;
    m_withinBudget = m_withinBudget && within;
    m_out << QStringLiteral("%1  %2 ms, once (budget %3 ms)%4\n")
                 .arg(name.leftJustified(44))
                 .arg(ms, 0, 'f', 0)
                 .arg(budgetMs, 0, 'f', 0)
                 .arg(within ? QString() : QStringLiteral("  OVER BUDGET"));
    m_out.flush();
    m_json.insert(name, QJsonObject{{QStringLiteral("median_ms"), ms},
                                    {QStringLiteral("runs"), 1},
                                    {QStringLiteral("budget_ms"), budgetMs}});
}

bool BenchRunner::measure(const QString &name, int runs, double budgetMs, const std::function<bool(int)> &operation)
{
    if (!selected(name))
        return true;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = operation(i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ok) {
            m_out << QStringLiteral("%1: FAILED in run %2\n").arg(name).arg(i + 1);
            m_withinBudget = false;
            return false;
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times.size() % 2 ? times[times.size() / 2]
                                           : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    const bool within = median <= budgetMs;
    m_withinBudget = m_withinBudget && within;
    m_out << QStringLiteral("%1  median %2 ms over %3 runs (budget %4 ms)%5\n")
                 .arg(name.leftJustified(44))
                 .arg(median, 0, 'f', 3)
                 .arg(runs)
                 .arg(budgetMs, 0, 'f', 0)
                 .arg(within ? QString() : QStringLiteral("  OVER BUDGET"));
    m_out.flush();
    m_json.insert(name, QJsonObject{{QStringLiteral("median_ms"), median},
                                    {QStringLiteral("runs"), runs},
                                    {QStringLiteral("budget_ms"), budgetMs}});
    return true;
}

} // namespace qianyue::bench
