#include "tests/benchmarks/BenchRunner.h"

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <vector>

namespace qianyue::bench {

namespace {

// CPU time of the whole process (all threads), in milliseconds.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

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
    std::vector<double> cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = processCpuMs();
        timer.start();
        const bool ok = operation(i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(processCpuMs() - cpuStart);
        if (!ok) {
            m_out << QStringLiteral("%1: FAILED in run %2\n").arg(name).arg(i + 1);
            m_withinBudget = false;
            return false;
        }
    }
    const double median = medianOf(times);
    // CPU time leaves out waiting for the disk and for other processes: on a
    // busy machine it tells what the operation itself costs.
    const double cpuMedian = medianOf(cpuTimes);
    const bool within = median <= budgetMs;
    m_withinBudget = m_withinBudget && within;
    m_out << QStringLiteral("%1  median %2 ms over %3 runs (budget %4 ms; CPU %5 ms)%6\n")
                 .arg(name.leftJustified(44))
                 .arg(median, 0, 'f', 3)
                 .arg(runs)
                 .arg(budgetMs, 0, 'f', 0)
                 .arg(cpuMedian, 0, 'f', 1)
                 .arg(within ? QString() : QStringLiteral("  OVER BUDGET"));
    m_out.flush();
    m_json.insert(name, QJsonObject{{QStringLiteral("median_ms"), median},
                                    {QStringLiteral("cpu_median_ms"), cpuMedian},
                                    {QStringLiteral("runs"), runs},
                                    {QStringLiteral("budget_ms"), budgetMs}});
    return true;
}

} // namespace qianyue::bench
