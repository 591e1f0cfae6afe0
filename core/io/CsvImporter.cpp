#include "core/io/CsvImporter.h"

#include "core/io/ImportSchema.h"
#include "core/io/RecordImporter.h"

namespace qianyue {

QHash<QString, int> CsvImporter::mapColumns(const QString &kind, const CsvTable &table, const ImportOptions &options,
                                            ImportReport &report)
{
    QHash<QString, int> mapping = ImportSchema::autoMap(kind, table.header);
    for (auto it = options.columns.constBegin(); it != options.columns.constEnd(); ++it) {
        int index = -1;
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            if (ImportSchema::key(table.header.at(i)) == ImportSchema::key(it.value())) {
                index = int(i);
                break;
            }
        }
        bool isNumber = false;
        const int number = it.value().toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= table.header.size())
            index = number - 1;
        if (index < 0) {
            report.problem(1, 0, tr("--map %1=%2: the file has no column '%2'; its columns are: %3.")
                                     .arg(it.key(), it.value(), table.header.join(QStringLiteral(", "))));
            continue;
        }
        // The user's choice wins over a header that happened to name another field.
        for (auto other = mapping.begin(); other != mapping.end();) {
            if (other.value() == index && other.key() != it.key())
                other = mapping.erase(other);
            else
                ++other;
        }
        mapping.insert(it.key(), index);
    }
    for (const ImportField &field : ImportSchema::fields(kind)) {
        if (field.required && !mapping.contains(field.name))
            report.problem(1, 0, tr("No column gives the required field '%1' (%2 / %3); name a column so or use --map %1=COLUMN.")
                                     .arg(field.name, field.chinese, field.english));
    }
    QList<int> used = mapping.values();
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (!used.contains(int(i)) && !table.header.at(i).isEmpty())
            report.notes << tr("Column %1 '%2' is not imported: it names no field of %3 (see --fields, or use --map).")
                                .arg(i + 1)
                                .arg(table.header.at(i), ImportSchema::kindLabel(kind));
    }
    return mapping;
}

Result<ImportReport> CsvImporter::importTable(Database &database, const QString &kind, const CsvTable &table,
                                              const ImportOptions &options)
{
    ImportReport report;
    report.file = table.file;
    report.kind = kind;
    report.format = QStringLiteral("csv");
    report.encoding = table.encoding;
    report.delimiter = table.delimiter;
    report.dryRun = options.dryRun;
    if (!table.problems.empty()) {
        report.problems = table.problems;
        return report;
    }
    const QHash<QString, int> mapping = mapColumns(kind, table, options, report);
    if (!report.problems.empty())
        return report;
    if (auto done = importRows(database, kind, table, mapping, options, report); !done)
        return std::unexpected(done.error());
    return report;
}

Result<ImportReport> CsvImporter::importMapped(Database &database, const QString &kind, const CsvTable &table,
                                               const QHash<QString, int> &mapping, const ImportOptions &options)
{
    ImportReport report;
    report.file = table.file;
    report.kind = kind;
    report.format = QStringLiteral("csv");
    report.encoding = table.encoding;
    report.delimiter = table.delimiter;
    report.dryRun = options.dryRun;
    if (!table.problems.empty()) {
        report.problems = table.problems;
        return report;
    }
    for (const ImportField &field : ImportSchema::fields(kind)) {
        if (field.required && !mapping.contains(field.name))
            report.problem(1, 0, tr("No column gives the required field '%1' (%2 / %3).").arg(field.name, field.chinese, field.english));
    }
    if (!report.problems.empty())
        return report;
    if (auto done = importRows(database, kind, table, mapping, options, report); !done)
        return std::unexpected(done.error());
    return report;
}

Result<void> CsvImporter::importRows(Database &database, const QString &kind, const CsvTable &table,
                                     const QHash<QString, int> &mapping, const ImportOptions &options, ImportReport &report)
{
    // Rows are made one at a time from the records; a large file is not held twice.
    const auto rowAt = [&](int index) {
        const CsvRecord &record = table.records[std::size_t(index)];
        ImportRow row;
        row.row = record.row;
        for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
            if (it.value() < record.fields.size())
                row.cells.insert(it.key(), {record.fields.at(it.value()), record.row, it.value() + 1});
        }
        return row;
    };
    return RecordImporter::run(database, kind, int(table.records.size()), rowAt, options, report);
}

Result<ImportReport> CsvImporter::importFile(Database &database, const QString &kind, const QString &path,
                                             const ImportOptions &options)
{
    return importTable(database, kind, CsvReader::readFile(path, {options.encoding, options.delimiter}), options);
}

} // namespace qianyue
