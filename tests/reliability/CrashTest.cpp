// Crash safety, proven: a worker process does real work and is killed with
// SIGKILL at random moments; after every kill the database must be intact and
// hold exactly what the worker's journal says was committed.
#include "core/store/Database.h"
#include "tests/reliability/CrashJournal.h"
#include "tests/reliability/RowCounter.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <iostream>
#include <random>

using namespace qianyue;
using namespace qianyue::test;

namespace {

struct CrashStats {
    int kills = 0;
    int committedUnits = 0;     ///< units the journal reports as committed, all found whole
    int inFlightCommitted = 0;  ///< killed after the commit but before the journal line: found whole
    int inFlightAbsent = 0;     ///< killed before the commit: nothing of them found
    int beforeFirstCommit = 0;  ///< killed while the database was still being created or set up
    int betweenUnits = 0;       ///< killed while starting up or rehearsing: no unit was in flight
};

// How many rows of each unit's tagged records are in the database: customers
// "U<id> 客户 <n>" from imports, "U<id> 链" from chains.
struct TaggedRows {
    QHash<qint64, int> imported;
    QHash<qint64, int> chains;
};

TaggedRows taggedRows(const Database &db)
{
    TaggedRows rows;
    auto names = db.query(QStringLiteral("SELECT name FROM customers WHERE name LIKE 'U%'"));
    REQUIRE(names);
    while (names->next()) {
        const QString name = names->value(0).toString();
        const qint64 unit = name.mid(1, name.indexOf(u' ') - 1).toLongLong();
        if (name.endsWith(QStringLiteral(" 链")))
            ++rows.chains[unit];
        else
            ++rows.imported[unit];
    }
    return rows;
}

// The rows a unit leaves when it is there at all.
void requireWhole(const TaggedRows &rows, const CrashJournal::Entry &unit, const Database &db)
{
    INFO("unit " << unit.unit << " " << unit.kind.toStdString());
    if (unit.kind.startsWith(QStringLiteral("import:")))
        REQUIRE(rows.imported.value(unit.unit) == unit.kind.mid(7).toInt());
    if (unit.kind == u"chain") {
        REQUIRE(rows.chains.value(unit.unit) == 1);
        auto receipts = db.scalar(QStringLiteral("SELECT count(*) FROM receipts WHERE notes = ?"),
                                  {QStringLiteral("U%1").arg(unit.unit)});
        REQUIRE(receipts);
        REQUIRE(receipts->toInt() == 1);
    }
}

// Everything a user would see after the crash: the file opens, SQLite's
// integrity check and qianyue-cli check are clean, every committed unit is
// whole, and the unit in flight left all of itself or nothing.
// `settled`: units killed after their commit but before their journal line,
// found whole by an earlier check; later checks expect them too.
void verifyAfterKill(const QString &dbPath, const QString &journalPath, CrashStats &stats,
                     std::vector<CrashJournal::Entry> &settled)
{
    const auto journal = CrashJournal::state(CrashJournal::read(journalPath));
    if (!QFileInfo::exists(dbPath)) {
        REQUIRE_FALSE(journal.lastCommit);
        ++stats.beforeFirstCommit;
        return;
    }
    {
        auto opened = Database::open(dbPath, Database::Mode::OpenExisting);
        INFO("reopening after the kill: " << (opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened);
        Database &db = **opened;
        auto integrity = db.scalar(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(integrity);
        REQUIRE(integrity->toString() == QStringLiteral("ok"));

        if (!journal.lastCommit) {
            ++stats.beforeFirstCommit;
        } else {
            auto counts = countRows(db);
            REQUIRE(counts);
            // What the last commit line says, plus the units killed after their
            // commit but before their line since then (found whole by earlier checks).
            RowCounts committed = journal.lastCommit->counts;
            for (std::size_t i = 0; i + 1 < journal.beginsAfterCommit.size(); ++i) {
                const auto &begun = journal.beginsAfterCommit[i];
                const bool whole = std::any_of(settled.cbegin(), settled.cend(),
                                               [&](const CrashJournal::Entry &e) { return e.unit == begun.unit; });
                if (whole)
                    committed = sum(committed, begun.counts);
            }
            const bool nothingMore = difference(*counts, committed).isEmpty();
            const bool inFlightWhole = journal.pending && difference(*counts, sum(committed, journal.pending->counts)).isEmpty();
            INFO("rows now:       " << CrashJournal::format(*counts).toStdString());
            INFO("last committed: " << CrashJournal::format(committed).toStdString());
            INFO("in flight adds: " << (journal.pending ? CrashJournal::format(journal.pending->counts).toStdString() : "-"));
            REQUIRE((nothingMore || inFlightWhole));
            if (journal.pending)
                ++(inFlightWhole && !nothingMore ? stats.inFlightCommitted : stats.inFlightAbsent);
            else
                ++stats.betweenUnits;
            if (journal.pending && inFlightWhole && !nothingMore)
                settled.push_back(*journal.pending);

            const TaggedRows rows = taggedRows(db);
            QSet<qint64> expected;
            for (const auto &units : {journal.commits, settled}) {
                for (const auto &unit : units) {
                    requireWhole(rows, unit, db);
                    expected.insert(unit.unit);
                }
            }
            QFile journalFile(journalPath);
            journalFile.open(QIODevice::ReadOnly);
            INFO("journal:\n" << journalFile.readAll().left(4000).toStdString());
            for (auto it = rows.imported.constBegin(); it != rows.imported.constEnd(); ++it) {
                INFO("imported customers of unit " << it.key() << " are in the database");
                REQUIRE(expected.contains(it.key()));
            }
            for (auto it = rows.chains.constBegin(); it != rows.chains.constEnd(); ++it) {
                INFO("the chain of unit " << it.key() << " is in the database");
                REQUIRE(expected.contains(it.key()));
            }
            stats.committedUnits = int(journal.commits.size() + settled.size());
        }
    }
    const auto check = runProcess(QStringLiteral(QIANYUE_CLI), {QStringLiteral("check"), QStringLiteral("--db"), dbPath});
    INFO(check.out.toStdString() << check.err.toStdString());
    REQUIRE(check.exitCode == 0);
}

CrashStats killRepeatedly(int kills, quint32 seed, int maxDelayMs, bool waitForReady = true)
{
    TempDir tmp;
    const QString dbPath = tmp.file(QStringLiteral("crash.db"));
    const QString journalPath = tmp.file(QStringLiteral("journal.txt"));
    std::mt19937 random(seed);
    CrashStats stats;
    std::vector<CrashJournal::Entry> settled;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(QStringLiteral(QIANYUE_CRASH_WORKER),
                     {QStringLiteral("--db"), dbPath, QStringLiteral("--journal"), journalPath, QStringLiteral("--seed"),
                      QString::number(random())});
        REQUIRE(worker.waitForStarted());
        // Every other kill counts from the moment the worker is ready, so that
        // kills land in imports, chains and commission runs however long
        // start-up takes; the others count from the start, so they also land
        // in creating, migrating and opening the file.
        if (waitForReady && kill % 2 == 1) {
            QByteArray said;
            while (!said.contains("ready") && worker.waitForReadyRead(20000))
                said += worker.readAllStandardOutput();
        }
        QThread::msleep(std::uniform_int_distribution<int>(0, maxDelayMs)(random));
        INFO("kill " << kill << ": the worker stopped by itself with exit code " << worker.exitCode());
        REQUIRE(worker.state() == QProcess::Running);
        ::kill(pid_t(worker.processId()), SIGKILL);
        REQUIRE(worker.waitForFinished());
        REQUIRE(worker.exitStatus() == QProcess::CrashExit);
        verifyAfterKill(dbPath, journalPath, stats, settled);
        ++stats.kills;
    }
    std::cout << "crash test (seed " << seed << "): " << stats.kills << " kills survived, " << stats.committedUnits
              << " committed units all found whole (0 lost); unit in flight: " << stats.inFlightCommitted
              << " committed whole before its journal line, " << stats.inFlightAbsent
              << " left nothing; " << stats.betweenUnits << " kills while starting up or rehearsing; "
              << stats.beforeFirstCommit << " kills before the first commit\n";
    return stats;
}

int envInt(const char *name, int fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : value.toInt();
}

} // namespace

// Three runs of the same size, so CTest can spread them over the cores.
TEST_CASE("Killed at random moments the worker loses nothing committed - run 1", "[reliability][crash]")
{
    const auto stats = killRepeatedly(envInt("QIANYUE_CRASH_KILLS", 70), 1001, 600);
    REQUIRE(stats.kills > 0);
}

TEST_CASE("Killed at random moments the worker loses nothing committed - run 2", "[reliability][crash]")
{
    const auto stats = killRepeatedly(envInt("QIANYUE_CRASH_KILLS", 70), 2002, 600);
    REQUIRE(stats.kills > 0);
}

TEST_CASE("Killed early and often the worker leaves a database that opens - run 3", "[reliability][crash]")
{
    // Short delays: most kills land while the file is created, migrated or set up.
    const auto stats = killRepeatedly(envInt("QIANYUE_CRASH_KILLS", 70), 3003, 250, false);
    REQUIRE(stats.kills > 0);
}

// make stress: thousands of kills, hidden from the normal run.
TEST_CASE("Crash stress - thousands of kills", "[.stress]")
{
    const auto stats = killRepeatedly(envInt("QIANYUE_STRESS_KILLS", 3000), quint32(envInt("QIANYUE_STRESS_SEED", 4004)), 500);
    REQUIRE(stats.kills > 0);
}
