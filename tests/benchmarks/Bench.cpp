// qianyue-bench --db FILE [--build] [--json OUT] [--runs N] [--only TEXT …]
// Opens the reference data set at FILE (building it there first with --build
// when FILE has no data yet) and prints the median time of each operation
// next to its budget from DESIGN.md.
#include "core/domain/DemoVocabulary.h"
#include "core/store/Database.h"
#include "core/store/ReferenceDataBuilder.h"
#include "tests/benchmarks/BenchOperations.h"
#include "tests/benchmarks/BenchRunner.h"
#include "tests/benchmarks/IoBench.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>

using namespace qianyue;

namespace {

// DESIGN.md / issue #3: the reference data set builds in under 5 minutes.
constexpr double kBuildBudget = 5 * 60 * 1000;

bool buildIfEmpty(const QString &path, QTextStream &out, bench::BenchRunner &runner)
{
    auto db = Database::open(path);
    if (!db) {
        out << db.error().text() << '\n';
        return false;
    }
    auto customers = (*db)->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (customers && customers->toLongLong() > 0) {
        out << QStringLiteral("Using the existing data in %1 (%2 customers).\n").arg(path).arg(customers->toLongLong());
        return true;
    }
    out << QStringLiteral("Building the reference data set in %1 …\n").arg(path);
    out.flush();
    ReferenceDataBuilder builder(**db, DataSetSize::reference(), 2026, DemoVocabulary::Language::Chinese,
                                 QDate::currentDate());
    QElapsedTimer timer;
    timer.start();
    builder.setProgress([&out, &timer](const QString &step, qint64 done, qint64 total) {
        if (done == total)
            out << QStringLiteral("  %1: %2 (%3 s)\n").arg(step).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        out.flush();
    });
    if (auto built = builder.build(); !built) {
        out << built.error().text() << '\n';
        return false;
    }
    // Includes the roll-up and search index rebuild and the final checkpoint.
    runner.record(QStringLiteral("build the reference data set"), double(timer.nsecsElapsed()) / 1e6, kBuildBudget);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering documents needs Qt's font system, hence a QGuiApplication; offscreen needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Qianyue's performance budgets on the reference data set."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The reference database."), QStringLiteral("FILE"));
    const QCommandLineOption buildOption(QStringLiteral("build"), QStringLiteral("Build the reference data set first if FILE holds no data."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per operation (default 21)."), QStringLiteral("N"),
                                        QStringLiteral("21"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Measure only the operations whose name contains TEXT (repeatable)."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Also print the median of each step of the chain."));
    parser.addOptions({dbOption, buildOption, jsonOption, runsOption, onlyOption, stepsOption});
    parser.process(app);

    QTextStream out(stdout);
    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        out << "qianyue-bench: --db FILE is required\n";
        return 2;
    }
    bench::BenchRunner runner(out);
    runner.setOnly(parser.values(onlyOption));
    runner.setDetailed(parser.isSet(stepsOption));
    if (parser.isSet(buildOption) && !buildIfEmpty(path, out, runner))
        return 1;
    if (!QFileInfo::exists(path)) {
        out << QStringLiteral("%1 does not exist; use --build to create the reference data set.\n").arg(path);
        return 1;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());

    bench::runOperations(runner, path, runs);
    if (runner.selected(QStringLiteral("import"))) {
        if (auto io = Database::open(path, Database::Mode::OpenExisting))
            bench::runIoOperations(runner, **io, runs);
    }

    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly)) {
            out << QStringLiteral("Cannot write %1\n").arg(file.fileName());
            return 1;
        }
        file.write(QJsonDocument(runner.json()).toJson());
    }
    return runner.allWithinBudget() ? 0 : 1;
}
