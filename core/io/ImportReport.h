#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

/// One thing wrong with an imported file, with where it is: the file, the
/// row (1 is a CSV file's header row; a line for vCard and iCalendar) and the column.
struct ImportProblem {
    QString file;
    int row = 0;    ///< 0 when the problem concerns the whole file
    int column = 0; ///< 0 when the problem concerns the whole row
    QString message;

    /// "file:row:column: message", leaving out what is not known.
    QString text() const
    {
        QString where = file;
        if (row > 0)
            where += QLatin1Char(':') + QString::number(row);
        if (row > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

/// What an import did or, after a dry run or a refusal, would have done.
/// Nothing is written unless `problems` is empty and it was not a dry run.
struct ImportReport {
    QString file;
    QString kind;       ///< the record kind imported ("customers")
    QString format;     ///< "csv", "vcf" or "ics"
    QString encoding;   ///< the encoding the file was read in
    QChar delimiter;    ///< the CSV delimiter used (null for vCard and iCalendar)
    bool dryRun = false;
    bool written = false; ///< the changes were committed
    int created = 0;
    int updated = 0;
    int skipped = 0;
    std::vector<ImportProblem> problems;
    QStringList notes; ///< what else happened: references created, duplicates skipped, columns ignored, data not kept

    bool ok() const { return problems.empty(); }
    /// Adds a problem at `row`/`column` of this report's file.
    void problem(int row, int column, const QString &message) { problems.push_back({file, row, column, message}); }
};

} // namespace qianyue
