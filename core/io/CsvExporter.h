#pragma once

#include "core/io/ImportSchema.h"
#include "core/store/RecordStore.h"

#include <QChar>
#include <QString>

#include <vector>

namespace qianyue {

/// Writes records as CSV with the import field names as the header, so that
/// an exported file imports back unchanged: amounts as plain decimals,
/// rates as percentages, dates as ISO text, references as names.
class CsvExporter
{
public:
    /// CSV text of `rows` (from ImportStore::exportRows) of `kind`.
    static QString text(const QString &kind, const std::vector<Fields> &rows, QChar delimiter = QLatin1Char(','));
    /// One value as it is written (and read back).
    static QString value(const ImportField &field, const Fields &row);
};

} // namespace qianyue
