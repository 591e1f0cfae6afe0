// qianyue-crash-worker --db FILE --journal FILE --seed N [--seconds S]
//
// A test aid, not part of the product: it does real work on FILE through the
// core classes until the crash test kills it with SIGKILL. It lives here and
// not as a qianyue-cli command because it writes a journal of its own commits
// and rehearses each unit first, instruments that have no place in a shipped tool.
#include "core/store/Database.h"
#include "tests/reliability/CrashJournal.h"
#include "tests/reliability/CrashWork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

using namespace qianyue;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback = {}) {
        const auto at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString dbPath = option(QStringLiteral("--db"));
    const QString journalPath = option(QStringLiteral("--journal"));
    if (dbPath.isEmpty() || journalPath.isEmpty()) {
        std::fputs("usage: qianyue-crash-worker --db FILE --journal FILE --seed N [--seconds S]\n", stderr);
        return 2;
    }
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("60")).toInt();

    // Units continue after the highest id the journal has seen.
    qint64 next = 1;
    for (const auto &entry : test::CrashJournal::read(journalPath))
        next = std::max(next, entry.unit + 1);

    auto opened = Database::open(dbPath, Database::Mode::OpenOrCreate);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().text()));
        return 3;
    }
    test::CrashWork work(**opened, journalPath, option(QStringLiteral("--seed"), QStringLiteral("1")).toUInt());
    if (auto ready = work.ensureSetup(); !ready) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(ready.error().text()));
        return 4;
    }
    // The test may wait for this before it starts its clock, so that kills
    // land in the work itself however slow start-up is on a busy machine.
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    // Bounded, so a worker whose test died cannot run on forever.
    QElapsedTimer clock;
    clock.start();
    for (qint64 unit = next; clock.elapsed() < seconds * 1000; ++unit) {
        if (auto done = work.runUnit(unit); !done) {
            std::fprintf(stderr, "unit %lld: %s\n", static_cast<long long>(unit), qPrintable(done.error().text()));
            return 5;
        }
    }
    return 0;
}
