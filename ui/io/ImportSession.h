#pragma once

#include "core/domain/Error.h"
#include "core/io/CsvReader.h"
#include "core/io/DataTransfer.h"
#include "core/io/ImportOptions.h"
#include "core/io/ImportReport.h"

#include <QHash>
#include <QString>

#include <functional>

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// What the pages of the import wizard decide together: the file, its kind,
/// how it is read, which column feeds which field and how values are mapped.
/// The wizard owns one; each page reads and sets its part.
class ImportSession
{
public:
    explicit ImportSession(Database &database);

    Database &database() const { return *m_database; }

    QString path;
    QString kind;
    FileFormat format = FileFormat::Csv;
    QString encoding; ///< chosen by the user; empty: detected
    QChar delimiter;  ///< chosen by the user; null: detected
    CsvTable table;   ///< the CSV file as last read
    QHash<QString, int> mapping; ///< field name → column index of `table`
    ImportOptions options;       ///< value mapping, create-missing, update-existing

    /// Reads `path` as CSV with the chosen encoding and delimiter into
    /// `table`, and maps its columns by their headers when the header changed.
    void readTable();
    /// The distinct texts of the column mapped to `field` (empty when unmapped).
    QStringList columnValues(const QString &field) const;
    /// Imports the file (or only checks it with `dryRun`); `progress` is
    /// called now and then and cancels (rolling everything back) by returning false.
    Result<ImportReport> run(bool dryRun, const std::function<bool(int, int)> &progress = {});

private:
    Database *m_database;
    QStringList m_mappedHeader; ///< the header `mapping` was made for
    QString m_mappedKind;       ///< and the kind
};

} // namespace qianyue::ui
