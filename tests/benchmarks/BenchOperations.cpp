#include "tests/benchmarks/BenchOperations.h"

#include "core/domain/DemoVocabulary.h"
#include "core/store/CustomerSummaryStore.h"
#include "core/store/Database.h"
#include "tests/benchmarks/BenchRunner.h"

#include <QDate>

namespace qianyue::bench {

namespace {
// Budgets from DESIGN.md and the core issue (milliseconds).
constexpr double kCoreBudget = 50;
} // namespace

void runOperations(BenchRunner &runner, const QString &path, int runs)
{
    runner.measure(QStringLiteral("open the database"), runs, kCoreBudget, [&](int) {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        return db.has_value();
    });

    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened)
        return;
    Database &db = **opened;
    const qint64 customers = db.scalar(QStringLiteral("SELECT max(id) FROM customers")).value_or(QVariant()).toLongLong();
    DemoRandom random(99);

    runner.measure(QStringLiteral("customer 360 summary"), runs, kCoreBudget, [&](int) {
        return CustomerSummaryStore(db).summary(random.between(1, std::max<qint64>(1, customers))).has_value();
    });
}

} // namespace qianyue::bench
