#include "core/io/CsvExporter.h"

#include "core/domain/Money.h"
#include "core/domain/Rate.h"
#include "core/io/CsvWriter.h"

namespace qianyue {

QString CsvExporter::value(const ImportField &field, const Fields &row)
{
    const QVariant raw = row.value(field.name);
    if (raw.isNull())
        return {};
    switch (field.type) {
    case FieldType::Money:
        return Money(raw.toLongLong(), row.value(QStringLiteral("currency")).toString()).toDecimalString();
    case FieldType::Percent:
        return Rate::fromMillionths(raw.toLongLong()).toPercentString();
    case FieldType::Boolean:
        return raw.toLongLong() != 0 ? QStringLiteral("yes") : QStringLiteral("no");
    case FieldType::Reference:
        // Products of interest come as a list.
        return raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(QStringLiteral("; ")) : raw.toString();
    default:
        return raw.toString();
    }
}

QString CsvExporter::text(const QString &kind, const std::vector<Fields> &rows, QChar delimiter)
{
    CsvWriter writer(delimiter);
    QStringList header;
    for (const ImportField &field : ImportSchema::fields(kind))
        header << field.name;
    writer.addRecord(header);
    for (const Fields &row : rows) {
        QStringList cells;
        for (const ImportField &field : ImportSchema::fields(kind))
            cells << value(field, row);
        writer.addRecord(cells);
    }
    return writer.text();
}

} // namespace qianyue
