#pragma once

#include "core/analytics/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace qianyue {

/// Writes a report table as CSV, JSON or an aligned text table: the CLI's
/// formats and the dashboard's "data as CSV" export.
class ReportFormat
{
public:
    /// CSV with a header row of the column keys and a `currency` column when
    /// the table holds money; values as ReportTable::text gives them.
    static QString toCsv(const ReportTable &table);
    /// A JSON array of objects keyed by the column keys: money and rates as
    /// decimal strings (null when missing), counts as numbers, dates as
    /// YYYY-MM-DD, and a `currency` key per row when the table holds money.
    static QByteArray toJson(const ReportTable &table);
    /// A text table under the translated headers, numbers right-aligned,
    /// columns aligned for a terminal (CJK characters take two cells).
    static QString toText(const ReportTable &table);
    /// How many terminal cells `text` takes: two for East Asian wide and
    /// full-width characters, none for combining marks, one for the rest.
    static int displayWidth(QStringView text);
};

} // namespace qianyue
