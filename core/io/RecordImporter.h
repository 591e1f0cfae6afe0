#pragma once

#include "core/domain/Error.h"
#include "core/io/ImportOptions.h"
#include "core/io/ImportReport.h"
#include "core/store/ImportStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace qianyue {

class Database;

/// One value read from a file, with where it was.
struct ImportCell {
    QString text;
    int row = 0;
    int column = 0;
};

/// One record read from a file: the text of each field by its ImportSchema name.
struct ImportRow {
    int row = 0; ///< where the record starts (row or line), for problems about the whole record
    QHash<QString, ImportCell> cells;
    /// The identifier the file gave the record (vCard and iCalendar UID): a
    /// record already stored with it is the same one, and is updated.
    QString uid;
    /// Contacts from vCards: every phone, e-mail, address and URL with its
    /// type; replaces what was kept for the contact when not empty.
    std::vector<ContactDetail> details;
    QByteArray photo; ///< contacts: the photo's bytes
    QString photoType; ///< and its type ("JPEG")

    /// Sets a field's text, located at this row.
    void set(const QString &field, const QString &text, int column = 0) { cells.insert(field, {text, row, column}); }
};

/// Turns rows read from CSV, vCard or iCalendar files into records of one
/// kind: reads each value by its field's type, finds references by name
/// (creating them on request), finds duplicates, and writes everything in
/// one transaction, or nothing when any row has a problem.
class RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    /// Imports `rows` of `kind`; counts, problems and notes go to `report`.
    /// Fails only when the database itself fails.
    static Result<void> run(Database &database, const QString &kind, const std::vector<ImportRow> &rows,
                            const ImportOptions &options, ImportReport &report);
    /// The same for `count` rows made one at a time by `rowAt`, so a large
    /// file is not held twice in memory.
    static Result<void> run(Database &database, const QString &kind, int count, const std::function<ImportRow(int)> &rowAt,
                            const ImportOptions &options, ImportReport &report);
};

} // namespace qianyue
