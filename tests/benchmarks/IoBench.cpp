#include "tests/benchmarks/IoBench.h"

#include "core/domain/DemoVocabulary.h"
#include "core/io/CsvImporter.h"
#include "core/io/CsvWriter.h"
#include "core/io/TextCodec.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/benchmarks/BenchRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <vector>

namespace qianyue::bench {

namespace {

constexpr int kRows = 100000;
constexpr double kImportBudget = 3000;

// A spreadsheet as a salesperson exports it: Chinese headers, every column filled
// (the owner only when the database has a salesperson to name).
bool writeCustomers(const QString &path, const QString &owner)
{
    DemoRandom random(7);
    const QStringList provinces = {QStringLiteral("上海市"), QStringLiteral("北京市"), QStringLiteral("广东省"),
                                   QStringLiteral("浙江省"), QStringLiteral("江苏省"), QStringLiteral("四川省")};
    const QStringList sources = {QStringLiteral("营销活动"), QStringLiteral("网站"), QStringLiteral("老客户推介"),
                                 QStringLiteral("800电话")};
    CsvWriter csv;
    csv.addRecord({QStringLiteral("客户名称"), QStringLiteral("客户类型"), QStringLiteral("行业"), QStringLiteral("税号"),
                   QStringLiteral("电话"), QStringLiteral("邮箱"), QStringLiteral("网址"), QStringLiteral("省份"),
                   QStringLiteral("城市"), QStringLiteral("地址"), QStringLiteral("来源"), QStringLiteral("状态"),
                   QStringLiteral("备注"), owner.isEmpty() ? QStringLiteral("-") : QStringLiteral("负责人")});
    for (int i = 0; i < kRows; ++i) {
        csv.addRecord({QStringLiteral("基准导入客户%1有限公司").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("企业"),
                       QStringLiteral("制造业"), QStringLiteral("91BENCH%1").arg(i, 11, 10, QLatin1Char('0')),
                       QStringLiteral("021-%1").arg(random.between(10000000, 99999999)),
                       QStringLiteral("bench%1@example.com").arg(i), QStringLiteral("https://bench%1.example.com").arg(i),
                       random.pick(provinces), QStringLiteral("某市"), QStringLiteral("某路%1号").arg(i), random.pick(sources),
                       QStringLiteral("潜在客户"), QStringLiteral("导入基准, 第%1行").arg(i), owner});
    }
    auto bytes = TextCodec::encode(csv.text(), QStringLiteral("UTF-8"), true);
    QFile file(path);
    return bytes && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size();
}

bool imported(Database &db, const QString &path, bool dryRun)
{
    ImportOptions options;
    options.dryRun = dryRun;
    auto report = CsvImporter::importFile(db, QStringLiteral("customers"), path, options);
    return report && report->ok() && report->created == kRows;
}

} // namespace

void runIoOperations(BenchRunner &runner, Database &db, int runs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return;
    auto owner = db.scalar(QStringLiteral("SELECT name FROM users ORDER BY id LIMIT 1"));
    const QString ownerName = owner && !owner->isNull() ? owner->toString() : QString();
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    if (!writeCustomers(path, ownerName))
        return;

    // Against the reference data set: every name is checked against 100 000 stored customers; rolled back.
    runner.measure(QStringLiteral("import 100 000 customers (CSV, dry run)"), std::min(runs, 5), kImportBudget,
                   [&](int) { return imported(db, path, true); });

    // Committed, with the final write to disk, into databases made beforehand.
    const int committedRuns = std::min(runs, 3);
    std::vector<std::unique_ptr<Database>> targets;
    for (int i = 0; i < committedRuns; ++i) {
        auto target = Database::open(dir.filePath(QStringLiteral("target%1.db").arg(i)), Database::Mode::CreateNew);
        if (!target)
            return;
        if (!ownerName.isEmpty() && !RecordStore(**target).insert(QStringLiteral("users"), {{QStringLiteral("name"), ownerName}}))
            return;
        targets.push_back(std::move(*target));
    }
    runner.measure(QStringLiteral("import 100 000 customers (CSV, committed)"), committedRuns, kImportBudget,
                   [&](int run) { return imported(*targets[std::size_t(run)], path, false); });
}

} // namespace qianyue::bench
