#include "core/store/Database.h"

#include "core/store/Migrations.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

namespace qianyue {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kHeaderSize = 100;
// Offsets of the big-endian header fields, from SQLite's file format description.
constexpr int kPageSizeOffset = 16;
constexpr int kChangeCounterOffset = 24;
constexpr int kPageCountOffset = 28;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;
constexpr int kVersionValidForOffset = 92;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("qianyue-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::storageError(const QString &what, const QString &driverText)
{
    return Error{ErrorKind::Storage, tr("%1 failed: %2").arg(what, driverText), {}};
}

Error Database::tooNewError(int version, const QString &path)
{
    return Error{ErrorKind::TooNew,
                 tr("This database was written by a newer Qianyue (schema %1; this version reads up to %2). "
                    "Please update Qianyue.")
                     .arg(version)
                     .arg(latestSchemaVersion()),
                 path};
}

Result<DatabaseFileInfo> Database::inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Storage, tr("Cannot read the file: %1").arg(file.errorString()), path);
    const QByteArray header = file.read(kHeaderSize);
    DatabaseFileInfo info;
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayView(kSqliteMagic, sizeof kSqliteMagic)))
        return info;
    info.isSqlite = true;
    info.userVersion = qFromBigEndian<qint32>(header.constData() + kUserVersionOffset);
    info.applicationId = qFromBigEndian<qint32>(header.constData() + kApplicationIdOffset);
    const quint16 pageSize = qFromBigEndian<quint16>(header.constData() + kPageSizeOffset);
    info.pageSize = pageSize == 1 ? 65536 : pageSize; // 1 stands for 65 536, which 16 bits cannot hold
    // The page count is trustworthy only when written by the same change as the counter.
    if (qFromBigEndian<quint32>(header.constData() + kChangeCounterOffset)
        == qFromBigEndian<quint32>(header.constData() + kVersionValidForOffset))
        info.pageCount = qFromBigEndian<quint32>(header.constData() + kPageCountOffset);
    info.fileSize = file.size();
    info.walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    return info;
}

Result<void> Database::verify(const QString &path, bool quick)
{
    // Read-only: no recovery written back, no checkpoint on close.
    auto checked = runCheck(path, quick, true);
    if (checked || checked.error().kind != ErrorKind::Storage)
        return checked;
    // A log left by a crash needs recovery, which a read-only connection may
    // not do: check a copy of the file and its log instead of the file itself.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("check.db"));
    if (!scratch.isValid() || !QFile::copy(path, copy))
        return checked;
    QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    auto result = runCheck(copy, quick, false);
    if (!result)
        result.error().where = path;
    return result;
}

Result<void> Database::runCheck(const QString &path, bool quick, bool readOnly)
{
    const QString name = nextConnectionName();
    Result<void> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            outcome = fail(ErrorKind::Storage, tr("Cannot open the database: %1").arg(db.lastError().text()), path);
        } else {
            QSqlQuery query(db);
            const QString pragma = quick ? QStringLiteral("PRAGMA quick_check(5)") : QStringLiteral("PRAGMA integrity_check(5)");
            if (!query.exec(pragma)) {
                const QString text = query.lastError().text();
                // "readonly": the log needs recovery (SQLITE_READONLY_RECOVERY), not damage.
                outcome = text.contains(QStringLiteral("readonly"))
                              ? fail(ErrorKind::Storage, text, path)
                              : fail(ErrorKind::Damaged,
                                     tr("The database is damaged; SQLite cannot read it (%1). The file was left as it is.").arg(text),
                                     path);
            } else {
                QStringList problems;
                while (query.next())
                    problems << query.value(0).toString();
                if (problems != QStringList{QStringLiteral("ok")})
                    outcome = fail(ErrorKind::Damaged,
                                   tr("The database is damaged; SQLite's integrity check found: %1. The file was left as it is.")
                                       .arg(problems.join(QStringLiteral("; "))),
                                   path);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

Result<void> Database::checkExistingFile(const QString &path)
{
    // Judge the file from its header before SQLite touches it, so a
    // foreign, newer or damaged file is left exactly as it was.
    const auto info = inspect(path);
    if (!info)
        return std::unexpected(info.error());
    if (!info->isSqlite)
        return fail(ErrorKind::NotQianyue, tr("This file is not a Qianyue database (it is not an SQLite file)."), path);
    if (info->applicationId != kApplicationId)
        return fail(ErrorKind::NotQianyue, tr("This SQLite file was not written by Qianyue."), path);
    if (info->userVersion > latestSchemaVersion())
        return std::unexpected(tooNewError(info->userVersion, path));
    // Without a log to complete it, the file must hold every page its header counts.
    // Page sizes are powers of two from 512 to 65 536.
    if (info->pageSize < 512 || info->pageSize > 65536 || (info->pageSize & (info->pageSize - 1)) != 0)
        return fail(ErrorKind::Damaged, tr("The database is damaged: its header is unreadable. The file was left as it is."),
                    path);
    if (!info->walPending) {
        const qint64 expected = info->pageSize * info->pageCount;
        if (info->fileSize % info->pageSize != 0 || info->fileSize < expected)
            return fail(ErrorKind::Damaged,
                        tr("The database is damaged: the file is cut short (%1 bytes of %2). The file was left as it is.")
                            .arg(info->fileSize)
                            .arg(std::max(expected, info->fileSize)),
                        path);
    }
    // Small files are checked on every open. A large one is checked when a log
    // was left behind (the last session did not close it) and the log needs no
    // recovery first; copying a large file to check it would take too long.
    if (info->fileSize <= kCheckOnOpenLimit)
        return verify(path, true);
    if (info->walPending) {
        auto checked = runCheck(path, true, true);
        if (!checked && checked.error().kind == ErrorKind::Damaged)
            return checked;
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (exists && mode == Mode::CreateNew)
        return fail(ErrorKind::Exists, tr("The file already exists; refusing to overwrite it."), path);
    if (!exists && mode == Mode::OpenExisting)
        return fail(ErrorKind::NotFound, tr("The database file does not exist."), path);
    // An empty file holds nothing to lose: it is what a crash leaves when it
    // strikes between creating a database and writing its first page.
    const bool fresh = !exists || QFileInfo(path).size() == 0;

    if (!fresh) {
        if (auto usable = checkExistingFile(path); !usable)
            return std::unexpected(usable.error());
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    // Wait for a writer in another process instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(ErrorKind::Storage, tr("Cannot open the database: %1").arg(db.lastError().text()), path);

    if (fresh) {
        // A customer list is personal data: only its owner may read the file.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Claimed before WAL is switched on, so the id sits in the file's own
        // header at once and inspect() recognises the file even after a crash.
        if (auto claimed = database->exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !claimed)
            return std::unexpected(claimed.error());
    }
    if (auto configured = database->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = database->migrate(); !migrated) {
        migrated.error().where = path;
        return std::unexpected(migrated.error());
    }
    return database;
}

QVariant Database::bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    // Statements run many times (list pages, chain steps) are compiled once by the driver.
    if (!query.prepare(sql))
        return std::unexpected(storageError(tr("Preparing a query"), query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return std::unexpected(storageError(tr("Running a query"), query.lastError().text()));
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto result = query(sql, values);
    if (!result)
        return std::unexpected(result.error());
    return result->next() ? result->value(0) : QVariant();
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return std::unexpected(storageError(sql.left(60), query.lastError().text()));
    return {};
}

Result<void> Database::configure()
{
    // FULL: a commit is on disk before it is reported, so power loss cannot take it back.
    for (const auto *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto done = exec(QString::fromLatin1(pragma)); !done)
            return done;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    // The header read by inspect() can lag behind a WAL that was never
    // checkpointed, so the checks are repeated on what SQLite now sees.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return std::unexpected(storageError(tr("Reading the schema"), query.lastError().text()));
    if (query.value(0).toInt() != kApplicationId) {
        // The header claimed the file for Qianyue, but SQLite rolled back the
        // interrupted creation that wrote it: an empty database, ours to finish.
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables || tables->toInt() != 0 || query.value(0).toInt() != 0)
            return fail(ErrorKind::NotQianyue, tr("This SQLite file was not written by Qianyue."));
        if (auto claimed = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !claimed)
            return claimed;
        // Into the main file's header now, where inspect() looks for it.
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return std::unexpected(tooNewError(current, m_path));
    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        auto applied = transaction([&]() -> Result<void> {
            for (const QString &statement : step.statements) {
                if (auto done = exec(m_dialect.expand(statement)); !done)
                    return done;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        });
        if (!applied) {
            applied.error().message = tr("Upgrading the database to schema %1 (%2) failed: %3")
                                          .arg(step.version)
                                          .arg(step.description, applied.error().message);
            return applied;
        }
    }
    return {};
}

Result<void> Database::backupTo(const QString &target)
{
    if (QFileInfo::exists(target))
        return fail(ErrorKind::Exists, tr("The file already exists; refusing to overwrite it."), target);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return fail(ErrorKind::Storage, tr("Writing the backup failed: %1").arg(query.lastError().text()), target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    // Check what was written before calling it a backup.
    auto copy = open(target, Mode::OpenExisting);
    if (!copy)
        return fail(ErrorKind::Storage, tr("The backup was written but cannot be read back: %1").arg(copy.error().message), target);
    return {};
}

namespace {

// A database is its file plus, in WAL mode, two companions that belong with it.
bool moveDatabaseFiles(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace

Result<QString> Database::restore(const QString &backup, const QString &target)
{
    const QString staging = target + QStringLiteral(".restoring");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staging + suffix);
    if (!QFile::copy(backup, staging))
        return fail(ErrorKind::Storage, tr("Cannot copy the backup next to the database."), backup);
    if (QFileInfo::exists(backup + QStringLiteral("-wal")))
        QFile::copy(backup + QStringLiteral("-wal"), staging + QStringLiteral("-wal"));
    {
        auto copy = open(staging, Mode::OpenExisting);
        if (!copy) {
            moveDatabaseFiles(staging, staging + QStringLiteral(".rejected"));
            return fail(copy.error().kind, copy.error().message, backup);
        }
        auto check = (*copy)->scalar(QStringLiteral("PRAGMA integrity_check"));
        if (!check || check->toString() != u"ok") {
            copy->reset();
            moveDatabaseFiles(staging, staging + QStringLiteral(".rejected"));
            return fail(ErrorKind::Storage, tr("The backup is damaged (SQLite's integrity check failed); nothing was restored."),
                        backup);
        }
        (*copy)->scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QString kept;
    if (QFileInfo::exists(target)) {
        kept = target + QStringLiteral(".bak");
        if (!moveDatabaseFiles(target, kept))
            return fail(ErrorKind::Storage, tr("Cannot keep the current database as %1.").arg(kept), target);
    }
    if (!moveDatabaseFiles(staging, target))
        return fail(ErrorKind::Storage, tr("Cannot put the restored database in place."), target);
    return kept;
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    const QString savepoint = QStringLiteral("qy_sp%1").arg(m_depth);
    // IMMEDIATE takes the write lock up front, so the busy timeout applies
    // instead of a deadlock when two processes upgrade read locks at once.
    const QString begin = m_depth == 0 ? m_dialect.beginWrite() : QStringLiteral("SAVEPOINT ") + savepoint;
    if (auto started = exec(begin); !started) {
        started.error().message = tr("The database is busy or read-only; nothing was changed. (%1)")
                                      .arg(started.error().message);
        return started;
    }
    ++m_depth;
    Result<void> outcome = work();
    --m_depth;

    if (outcome) {
        const QString commit = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint;
        if (auto committed = exec(commit); committed)
            return {};
        else
            outcome = committed;
    }
    if (m_depth == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return outcome;
}

} // namespace qianyue
