#include "ui/io/BackupManager.h"

#include "core/store/Database.h"
#include "core/store/SettingsStore.h"
#include "ui/io/BackupsDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace qianyue::ui {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// "crm-20261123-174501.db" or, for a second backup in the same second, "crm-20261123-174501-2.db".
QRegularExpression backupName(const QString &databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db$")
                                  .arg(QRegularExpression::escape(baseName(databasePath))));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

QString BackupManager::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
}

QList<BackupFile> BackupManager::backups(const QString &databasePath)
{
    const QRegularExpression pattern = backupName(databasePath);
    QList<BackupFile> out;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime written = QDateTime::fromString(match.captured(1), kStampFormat);
        if (!written.isValid())
            written = file.lastModified();
        out.push_back({file.absoluteFilePath(), written, file.size()});
    }
    // Newest first; within one second the higher counter was written later.
    std::sort(out.begin(), out.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.written != b.written)
            return a.written > b.written;
        return QFileInfo(a.path).fileName().size() != QFileInfo(b.path).fileName().size()
                   ? QFileInfo(a.path).fileName().size() > QFileInfo(b.path).fileName().size()
                   : QFileInfo(a.path).fileName() > QFileInfo(b.path).fileName();
    });
    return out;
}

int BackupManager::keepCount(Database &database)
{
    auto stored = SettingsStore(database).integer(keepSetting(), kDefaultKeep);
    return stored ? int(std::clamp<qint64>(*stored, 1, kMaxKeep)) : kDefaultKeep;
}

Result<void> BackupManager::setKeepCount(Database &database, int count)
{
    if (count < 1 || count > kMaxKeep)
        return fail(ErrorKind::Invalid, tr("Keep between 1 and %1 backups, not %2.").arg(kMaxKeep).arg(count));
    return SettingsStore(database).setValue(keepSetting(), QString::number(count));
}

Result<BackupCheck> BackupManager::verify(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return fail(ErrorKind::NotFound, tr("The backup file does not exist."), backupPath);
    // Opening may upgrade an older backup: a copy is opened, the backup stays as it is.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(ErrorKind::Storage, tr("No temporary folder to check the backup in."), backupPath);
    const QString copy = scratch.filePath(QStringLiteral("check.db"));
    if (!QFile::copy(backupPath, copy))
        return fail(ErrorKind::Storage, tr("Cannot read the backup file."), backupPath);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    if (QFileInfo::exists(backupPath + QStringLiteral("-wal")))
        QFile::copy(backupPath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    auto opened = Database::open(copy, Database::Mode::OpenExisting);
    if (!opened)
        return fail(opened.error().kind, opened.error().message, backupPath);
    auto integrity = (*opened)->scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity || integrity->toString() != u"ok")
        return fail(ErrorKind::Storage,
                    tr("The backup is damaged: SQLite's integrity check reports %1")
                        .arg(integrity ? integrity->toString() : integrity.error().message),
                    backupPath);
    BackupCheck check;
    check.schemaVersion = (*opened)->schemaVersion();
    if (auto customers = (*opened)->scalar(QStringLiteral("SELECT count(*) FROM customers")))
        check.customers = customers->toLongLong();
    if (auto contracts = (*opened)->scalar(QStringLiteral("SELECT count(*) FROM contracts")))
        check.contracts = contracts->toLongLong();
    return check;
}

Result<void> BackupManager::keepIfSound(const QString &backupPath)
{
    QString problem;
    {
        auto opened = Database::open(backupPath, Database::Mode::OpenExisting);
        if (!opened) {
            problem = opened.error().message;
        } else {
            auto integrity = (*opened)->scalar(QStringLiteral("PRAGMA integrity_check"));
            if (!integrity)
                problem = integrity.error().message;
            else if (integrity->toString() != u"ok")
                problem = integrity->toString();
        }
    }
    if (problem.isEmpty()) {
        QFile::setPermissions(backupPath, QFile::ReadOwner | QFile::WriteOwner);
        return {};
    }
    // A backup that would not restore is worse than none: it is removed, and said so.
    removeDatabaseFiles(backupPath);
    return fail(ErrorKind::Storage, tr("The backup just written failed SQLite's integrity check and was deleted: %1").arg(problem),
                backupPath);
}

Result<QString> BackupManager::writeAutomaticBackup(Database &database)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return fail(ErrorKind::Storage, tr("Cannot create the backup folder."), folder);
    // Backups hold the whole customer base: the folder is its owner's alone, as the files are.
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stem = folder + QLatin1Char('/') + baseName(database.path()) + QLatin1Char('-')
                         + QDateTime::currentDateTime().toString(kStampFormat);
    QString target = stem + QStringLiteral(".db");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1.db").arg(n);
    if (auto written = database.backupTo(target); !written) {
        removeDatabaseFiles(target);
        return std::unexpected(written.error());
    }
    if (auto sound = keepIfSound(target); !sound)
        return std::unexpected(sound.error());
    const int keep = keepCount(database);
    const QList<BackupFile> all = backups(database.path());
    for (qsizetype i = keep; i < all.size(); ++i)
        removeDatabaseFiles(all.at(i).path);
    return target;
}

Result<std::unique_ptr<Database>> BackupManager::restoreAndOpen(const QString &backupPath, const QString &databasePath)
{
    auto restored = Database::restore(backupPath, databasePath);
    if (!restored)
        return std::unexpected(restored.error());
    auto opened = Database::open(databasePath, Database::Mode::OpenExisting);
    if (!opened)
        return std::unexpected(opened.error());
    return std::move(*opened);
}

bool BackupManager::backupOnClose(QWidget *parent, Database &database)
{
    auto written = writeAutomaticBackup(database);
    if (!written) {
        QMessageBox::warning(parent, tr("Automatic backup failed"),
                             tr("The automatic backup of %1 could not be made:\n%2\nYour data itself is unchanged.")
                                 .arg(QDir::toNativeSeparators(database.path()), written.error().text()));
        return false;
    }
    return true;
}

std::unique_ptr<Database> BackupManager::restoreInteractively(QWidget *parent, Database &database,
                                                              const std::function<void()> &release)
{
    const QString folder = folderFor(database.path());
    const QString start = QFileInfo::exists(folder) ? folder : QFileInfo(database.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Restore from backup"), start,
                                                      tr("Qianyue databases (*.db *.sqlite *.qianyue);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    return restoreFrom(parent, path, database, release);
}

std::unique_ptr<Database> BackupManager::restoreFrom(QWidget *parent, const QString &backupPath, Database &database,
                                                     const std::function<void()> &release)
{
    const QString target = database.path();
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(target).absoluteFilePath()) {
        QMessageBox::warning(parent, tr("Restore"), tr("This is the open database itself, not a backup of it."));
        return nullptr;
    }
    auto check = verify(backupPath);
    if (!check) {
        QMessageBox::warning(parent, tr("Restore"), tr("This backup cannot be restored:\n%1").arg(check.error().text()));
        return nullptr;
    }
    const QFileInfo info(backupPath);
    const auto answer = QMessageBox::question(
        parent, tr("Restore"),
        tr("Replace the open database %1 with the backup %2 of %3 (%4 customers, %5 contracts)?\n"
           "The current database is kept as %1.bak.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backupPath),
                 QLocale().toString(info.lastModified(), QLocale::ShortFormat))
            .arg(check->customers)
            .arg(check->contracts),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return nullptr;
    release();
    auto restored = restoreAndOpen(backupPath, target);
    if (restored)
        return std::move(*restored);
    QMessageBox::warning(parent, tr("Restore failed"), tr("Nothing was restored:\n%1").arg(restored.error().text()));
    // The database that was open is still in place (or back from .bak): it is opened again.
    auto reopened = Database::open(target, Database::Mode::OpenExisting);
    return reopened ? std::move(*reopened) : nullptr;
}

std::unique_ptr<Database> BackupManager::offerRestoreAfterFailure(QWidget *parent, const QString &databasePath,
                                                                  const Error &error)
{
    // Only a file that is there but unreadable is worth replacing; a missing or newer one is not.
    if (error.kind == ErrorKind::NotFound || error.kind == ErrorKind::Exists || error.kind == ErrorKind::TooNew
        || !QFileInfo(databasePath).isFile())
        return nullptr;
    const QList<BackupFile> all = backups(databasePath);
    if (all.isEmpty())
        return nullptr;
    const BackupFile &newest = all.front();
    const auto answer = QMessageBox::question(
        parent, tr("Database damaged"),
        tr("%1 cannot be opened:\n%2\n\nThe newest automatic backup of it is from %3 (%4). "
           "Restore it? The damaged file is kept as %1.bak.")
            .arg(QDir::toNativeSeparators(databasePath), error.text(),
                 QLocale().toString(newest.written, QLocale::ShortFormat), sizeText(newest.size)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return nullptr;
    // Backups are tried newest first: one damaged since it was written gives way to the one before.
    QStringList failures;
    for (const BackupFile &backup : all) {
        auto restored = restoreAndOpen(backup.path, databasePath);
        if (restored)
            return std::move(*restored);
        failures << restored.error().text();
    }
    QMessageBox::warning(parent, tr("Restore failed"),
                         tr("No backup could be restored:\n%1").arg(failures.join(QLatin1Char('\n'))));
    return nullptr;
}

void BackupManager::showBackupsDialog(QWidget *parent, Database &database)
{
    BackupsDialog dialog(database, parent);
    dialog.exec();
}

} // namespace qianyue::ui
