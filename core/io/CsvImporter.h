#pragma once

#include "core/domain/Error.h"
#include "core/io/CsvReader.h"
#include "core/io/ImportOptions.h"
#include "core/io/ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qianyue {

class Database;

/// Imports a CSV file of one record kind: maps its columns to fields (by
/// header, or as --map says) and hands the rows to RecordImporter.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    /// Field name → column index: headers that name a field, overridden by
    /// `options.columns`. Mapping problems and unused columns go to `report`.
    static QHash<QString, int> mapColumns(const QString &kind, const CsvTable &table, const ImportOptions &options,
                                          ImportReport &report);

    /// Reads and imports the file at `path`. Fails only when the database fails.
    static Result<ImportReport> importFile(Database &database, const QString &kind, const QString &path,
                                           const ImportOptions &options);
    /// Imports a table already read (the GUI previews it first).
    static Result<ImportReport> importTable(Database &database, const QString &kind, const CsvTable &table,
                                            const ImportOptions &options);
    /// Imports a table with exactly `mapping` (field name → column index), as
    /// the import wizard's drop-downs set it: no column is mapped by its header
    /// and `options.columns` is ignored.
    static Result<ImportReport> importMapped(Database &database, const QString &kind, const CsvTable &table,
                                             const QHash<QString, int> &mapping, const ImportOptions &options);

private:
    static Result<void> importRows(Database &database, const QString &kind, const CsvTable &table,
                                   const QHash<QString, int> &mapping, const ImportOptions &options, ImportReport &report);
};

} // namespace qianyue
