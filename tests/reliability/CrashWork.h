#pragma once

#include "core/domain/Error.h"
#include "tests/reliability/CrashJournal.h"

#include <QString>

#include <random>

namespace qianyue {
class Database;
}

namespace qianyue::test {

/// The real work a crash-test worker does until it is killed: CSV imports,
/// whole sales chains from lead to receipt, and commission runs, each unit
/// through the same core classes the CLI and the GUI call and each in one
/// transaction. Each unit is rehearsed first (run, counted, rolled back) so
/// the journal can say beforehand exactly which rows it will add.
class CrashWork
{
public:
    CrashWork(Database &database, const QString &journalPath, quint32 seed);

    /// Creates the salespeople, product and commission plan once (unit 0).
    Result<void> ensureSetup();
    /// Runs one randomly chosen unit with id `unit`.
    Result<void> runUnit(qint64 unit);

    /// The tag every record of unit `unit` carries in its name.
    static QString tag(qint64 unit);

    /// The units themselves, also used to fill databases for other tests.
    Result<void> importCustomers(qint64 unit, int count);
    Result<void> chain(qint64 unit);
    Result<void> commissionRun();
    qint64 rep() const { return m_rep; }

private:
    Result<void> journaled(qint64 unit, const QString &kind);
    Result<void> perform(qint64 unit, const QString &kind);

    Database &m_db;
    CrashJournal m_journal;
    std::mt19937 m_random;
    qint64 m_rep = 0;
    qint64 m_manager = 0;
    qint64 m_product = 0;
};

} // namespace qianyue::test
