#include "ui/io/ImportSession.h"

#include "core/io/CsvImporter.h"
#include "core/io/ImportSchema.h"

#include <QSet>

namespace qianyue::ui {

ImportSession::ImportSession(Database &database)
    : m_database(&database)
{
}

void ImportSession::readTable()
{
    table = CsvReader::readFile(path, {encoding, delimiter});
    // A new header (another file, or the same one read differently) starts
    // from the automatic mapping; the user's choices for the same header stay.
    if (table.header != m_mappedHeader || kind != m_mappedKind) {
        mapping = ImportSchema::autoMap(kind, table.header);
        m_mappedHeader = table.header;
        m_mappedKind = kind;
    }
}

QStringList ImportSession::columnValues(const QString &field) const
{
    const auto column = mapping.constFind(field);
    if (column == mapping.constEnd())
        return {};
    QStringList values;
    QSet<QString> seen;
    for (const CsvRecord &record : table.records) {
        if (column.value() >= record.fields.size())
            continue;
        const QString text = record.fields.at(column.value()).trimmed();
        if (!text.isEmpty() && !seen.contains(text)) {
            seen.insert(text);
            values << text;
        }
    }
    return values;
}

Result<ImportReport> ImportSession::run(bool dryRun, const std::function<bool(int, int)> &progress)
{
    ImportOptions chosen = options;
    chosen.dryRun = dryRun;
    chosen.progress = progress;
    chosen.encoding = encoding;
    chosen.delimiter = delimiter;
    if (format == FileFormat::Csv)
        return CsvImporter::importMapped(*m_database, kind, table, mapping, chosen);
    return DataTransfer::importFile(*m_database, kind, path, format, chosen);
}

} // namespace qianyue::ui
