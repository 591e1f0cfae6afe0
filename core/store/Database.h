#pragma once

#include "core/domain/Error.h"
#include "core/store/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace qianyue {

/// What a file's SQLite header says about it, read without opening it through SQLite.
struct DatabaseFileInfo {
    bool isSqlite = false;
    int applicationId = 0;
    int userVersion = 0;
    qint64 pageSize = 0;    ///< bytes per page
    qint64 pageCount = 0;   ///< pages the header says the file holds; 0 when the header does not know
    qint64 fileSize = 0;    ///< bytes the file holds now
    bool walPending = false; ///< a write-ahead log with content lies next to the file
};

/// One open Qianyue database file: opening, creating, migrating and
/// transactions. All SQL of Qianyue runs on the connection this owns.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        OpenOrCreate, ///< open the file, creating it when missing
        OpenExisting, ///< refuse a missing file
        CreateNew,    ///< refuse an existing file
    };

    /// Opens (and if needed creates and migrates) the database at `path`.
    /// A foreign, damaged or newer file is refused and left byte-for-byte untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate);

    /// Reads the SQLite header of `path` (application id and schema version).
    static Result<DatabaseFileInfo> inspect(const QString &path);

    /// Files up to this size are checked with SQLite's quick_check on every
    /// open; larger ones only when a write-ahead log was left behind.
    static constexpr qint64 kCheckOnOpenLimit = 256LL * 1024 * 1024;

    /// Runs SQLite's integrity check on `path` over a read-only connection,
    /// so a damaged file is not changed by looking at it. `quick` skips the
    /// index-content comparison (much faster, still finds damaged pages).
    /// Damaged when it fails, with SQLite's first complaint.
    static Result<void> verify(const QString &path, bool quick = false);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// Replaces `target` with a checked copy of the backup file `backup`. The
    /// replaced file is kept as `target` + ".bak" (returned; empty when there was none).
    /// Nothing is replaced unless the backup opens and passes SQLite's integrity check.
    static Result<QString> restore(const QString &backup, const QString &target);

    /// Runs `work` in one transaction (a savepoint when already inside one):
    /// committed when it returns success, rolled back otherwise.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_depth > 0; }

    /// Writes a consistent copy of the database to `target`, which must not
    /// exist yet, even while other connections are writing.
    Result<void> backupTo(const QString &target);

    /// A value ready to bind: Qt binds a null QString as SQL NULL, but text
    /// fields mean "empty" by it; a real NULL is asked for with an empty QVariant.
    static QVariant bindable(const QVariant &value);

    /// Prepares `sql`, binds `values` in order and runs it.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {}) const;
    /// The first column of the first row of `sql`, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    /// The user whose changes are being made, recorded in the audit log.
    std::optional<qint64> actor() const { return m_actor; }
    void setActor(std::optional<qint64> userId) { m_actor = userId; }

    /// Error value for a failed statement, with the driver's text.
    static Error storageError(const QString &what, const QString &driverText);

private:
    Database(QString path, QString connectionName);
    static Error tooNewError(int version, const QString &path);
    static Result<void> checkExistingFile(const QString &path);
    static Result<void> runCheck(const QString &path, bool quick, bool readOnly);
    Result<void> configure();
    Result<void> migrate();
    Result<void> exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    std::optional<qint64> m_actor;
    int m_depth = 0;
};

} // namespace qianyue
