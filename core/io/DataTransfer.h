#pragma once

#include "core/domain/Error.h"
#include "core/io/ImportOptions.h"
#include "core/io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace qianyue {

class Database;

/// The file formats records travel in.
enum class FileFormat { Csv, VCard, ICalendar };

/// Import and export of whole files in any format: the entry point for the
/// CLI and the GUI. CSV serves every kind; vCard carries contacts and
/// iCalendar carries activities.
class DataTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DataTransfer)

public:
    /// "csv", "vcf"/"vcard", "ics"/"ical"; nullopt for anything else.
    static std::optional<FileFormat> formatFromName(const QString &name);
    /// The format a file's extension suggests (.vcf, .ics; CSV otherwise).
    static FileFormat formatOfFile(const QString &path);
    static QString formatName(FileFormat format);
    /// Refuses an unknown kind and formats that cannot carry it.
    static Result<void> checkFormat(const QString &kind, FileFormat format);

    /// Imports the file at `path`. Problems are in the report; fails only
    /// when the file cannot be read at all or the database fails.
    static Result<ImportReport> importFile(Database &database, const QString &kind, const QString &path, FileFormat format,
                                           const ImportOptions &options);
    /// Imports file contents already in memory, named `fileName` in problems.
    static Result<ImportReport> importBytes(Database &database, const QString &kind, const QByteArray &bytes,
                                            const QString &fileName, FileFormat format, const ImportOptions &options);

    struct ExportOptions {
        FileFormat format = FileFormat::Csv;
        QString encoding = QStringLiteral("UTF-8"); ///< CSV only: UTF-8 (with a byte order mark) or GB18030
        QString vcardVersion = QStringLiteral("4.0"); ///< or "3.0"
        std::optional<QSet<qint64>> ids;             ///< only these records (a filtered list); all when empty
        QDateTime stamp = QDateTime::currentDateTimeUtc(); ///< DTSTAMP of iCalendar files
    };
    /// The file contents for records of `kind`; `count` receives how many records were written.
    static Result<QByteArray> exportBytes(Database &database, const QString &kind, const ExportOptions &options,
                                          int *count = nullptr);
    /// Writes the export to `path` (replacing it, atomically); returns the number of records.
    static Result<int> exportFile(Database &database, const QString &kind, const QString &path, const ExportOptions &options);
};

} // namespace qianyue
