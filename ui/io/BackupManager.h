#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// One backup file of a database.
struct BackupFile {
    QString path;
    QDateTime written; ///< when it was written (from its name; the file time otherwise)
    qint64 size = 0;   ///< bytes
};

/// What a backup holds, found by opening a copy of it.
struct BackupCheck {
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 contracts = 0;
};

/// Backups of the open database: an automatic one each time Qianyue closes,
/// kept in a folder next to the database ("crm-backups" for crm.db) with
/// the newest N kept (N is a setting of the database), each checked with
/// SQLite's integrity check after writing; restoring a chosen backup; and,
/// when a database cannot be opened, restoring its newest backup.
///
/// The functions taking a QWidget ask and report with message boxes (for
/// MainWindow); the others do the work without asking (for tests and the CLI).
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    static constexpr int kDefaultKeep = 5;
    static constexpr int kMaxKeep = 100;
    /// The setting holding how many automatic backups are kept.
    static QString keepSetting() { return QStringLiteral("backup.keep_automatic"); }

    /// The folder automatic backups of the database at `databasePath` go to.
    static QString folderFor(const QString &databasePath);
    /// The automatic backups of the database at `databasePath`, newest first.
    static QList<BackupFile> backups(const QString &databasePath);
    /// How many automatic backups are kept (the default when never set).
    static int keepCount(Database &database);
    static Result<void> setKeepCount(Database &database, int count);

    /// Writes an automatic backup, checks it and removes the oldest beyond
    /// the number kept; returns the new backup's path. A backup that fails
    /// its check is deleted and reported as the error.
    static Result<QString> writeAutomaticBackup(Database &database);
    /// Checks a backup just written (SQLite's integrity check on it); a damaged
    /// one is deleted, not kept, and the error says so.
    static Result<void> keepIfSound(const QString &backupPath);
    /// Opens a copy of `backupPath` (the file itself is not touched) and runs
    /// SQLite's integrity check; tells what it holds.
    static Result<BackupCheck> verify(const QString &backupPath);
    /// Closes nothing: replaces the database file at `databasePath` by the
    /// checked backup (the replaced file kept as ".bak") and opens it. The
    /// caller must have closed its own connection to `databasePath` first.
    static Result<std::unique_ptr<Database>> restoreAndOpen(const QString &backupPath, const QString &databasePath);

    // For MainWindow.

    /// On close: writes the automatic backup; a failure is shown (the window still closes). True when written.
    static bool backupOnClose(QWidget *parent, Database &database);
    /// File → Restore…: asks for a backup file, checks it, asks for confirmation,
    /// calls `release` (which must close the open database), restores and
    /// reopens. Returns the restored database, or nullptr when nothing was
    /// restored (then `release` was not called, or the old database is
    /// returned reopened when the restore failed after it).
    static std::unique_ptr<Database> restoreInteractively(QWidget *parent, Database &database,
                                                          const std::function<void()> &release);
    /// The same once the backup file is chosen.
    static std::unique_ptr<Database> restoreFrom(QWidget *parent, const QString &backupPath, Database &database,
                                                 const std::function<void()> &release);
    /// After Database::open(`databasePath`) failed with `error`: when the file
    /// has automatic backups, offers to restore the newest and returns the
    /// opened restored database; nullptr when there is none or the user declines.
    static std::unique_ptr<Database> offerRestoreAfterFailure(QWidget *parent, const QString &databasePath, const Error &error);
    /// File → Backups…: the automatic backups with date and size, and how many are kept.
    static void showBackupsDialog(QWidget *parent, Database &database);
};

} // namespace qianyue::ui
