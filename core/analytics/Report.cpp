#include "core/analytics/Report.h"

#include "core/analytics/ReportSupport.h"
#include "core/domain/Money.h"
#include "core/domain/Rate.h"

#include <algorithm>

namespace qianyue {

namespace {

// Rows a top-N report can be asked for.
constexpr int kMaxLimit = 100000;

// The dates a roll-up query can name: SQL text dates have four-digit years.
bool inDateRange(const QDate &date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

} // namespace

int ReportTable::columnIndex(const QString &key) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key)
            return int(i);
    }
    return -1;
}

QVariant ReportTable::value(qsizetype row, const QString &key) const
{
    const int column = columnIndex(key);
    if (column < 0 || row < 0 || row >= qsizetype(rows.size()))
        return {};
    return rows[std::size_t(row)].value(column);
}

bool ReportTable::hasMoney() const
{
    return std::any_of(
        columns.begin(), columns.end(), [](const ReportColumn &c) { return c.kind == ColumnKind::Money; });
}

QString ReportTable::text(qsizetype row, int column) const
{
    const QVariant value = rows[std::size_t(row)].value(column);
    if (value.isNull())
        return {};
    switch (columns[std::size_t(column)].kind) {
    case ColumnKind::Money:
        return Money(value.toLongLong(), currency).toDecimalString();
    case ColumnKind::Rate:
        return Rate::fromMillionths(value.toLongLong()).toString();
    case ColumnKind::Count:
        return QString::number(value.toLongLong());
    case ColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

Result<ReportTable> Report::run(Database &database, const ReportFilter &filter) const
{
    if (auto checked = ReportRegistry::check(filter); !checked)
        return std::unexpected(checked.error());
    auto currency = reports::baseCurrency(database);
    if (!currency)
        return std::unexpected(currency.error());
    ReportTable table;
    table.currency = *currency;
    table.columns = columns();
    if (auto computed = compute(database, filter, table); !computed)
        return std::unexpected(computed.error());
    return table;
}

const std::vector<std::unique_ptr<Report>> &ReportRegistry::all()
{
    static const std::vector<std::unique_ptr<Report>> reports = [] {
        std::vector<std::unique_ptr<Report>> list;
        reports::addContractReports(list);
        reports::addOpportunityReports(list);
        reports::addCustomerReports(list);
        reports::addPerformanceReports(list);
        return list;
    }();
    return reports;
}

const Report *ReportRegistry::find(const QString &name)
{
    for (const auto &report : all()) {
        if (report->name() == name)
            return report.get();
    }
    return nullptr;
}

Result<void> ReportRegistry::check(const ReportFilter &filter)
{
    if (filter.from && !inDateRange(*filter.from))
        return fail(ErrorKind::Invalid, tr("The start of the period is not a valid date."));
    if (filter.to && !inDateRange(*filter.to))
        return fail(ErrorKind::Invalid, tr("The end of the period is not a valid date."));
    if (filter.from && filter.to && *filter.from > *filter.to)
        return fail(ErrorKind::Invalid,
            tr("The period starts on %1, after its end on %2.")
                .arg(filter.from->toString(Qt::ISODate), filter.to->toString(Qt::ISODate)));
    if (!inDateRange(filter.asOf) || filter.asOf.year() < 3 || filter.asOf.year() > 9998)
        return fail(ErrorKind::Invalid, tr("The day the report is computed for is not a valid date."));
    if (filter.ownerId && filter.teamId)
        return fail(ErrorKind::Invalid, tr("Choose either a salesperson or a team, not both."));
    if (filter.limit < 0 || filter.limit > kMaxLimit)
        return fail(ErrorKind::Invalid, tr("The number of rows must lie between 1 and %1.").arg(kMaxLimit));
    return {};
}

} // namespace qianyue
