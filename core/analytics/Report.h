#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// What a report column holds, which decides how it is written out.
enum class ColumnKind {
    Text, ///< QString
    Count, ///< qint64
    Money, ///< qint64 minor units of the table's currency, or a null QVariant when there is none
    Rate, ///< qint64 millionths, or a null QVariant when there is nothing to divide by
    Date, ///< QDate
};

/// One column of a report: a stable snake_case key for files and scripts,
/// a translated header for people, and its kind.
struct ReportColumn {
    QString key;
    QString header;
    ColumnKind kind = ColumnKind::Text;
};

/// What a report is asked for. Every report reads the fields that make sense
/// for it and says so in its documentation.
struct ReportFilter {
    std::optional<QDate> from; ///< first day of the period; all time before `to` when absent
    std::optional<QDate> to; ///< last day of the period, included; no end when absent
    std::optional<qint64> ownerId; ///< one salesperson's records only
    std::optional<qint64> teamId; ///< the records of the team's current members only
    QDate asOf = QDate::currentDate(); ///< the day aging, churn and dashboards are computed for
    int limit = 0; ///< rows of a top-N report; 0 for the report's own default
};

/// A report's answer: plain rows, one value per column, amounts in `currency`.
struct ReportTable {
    QString currency;
    std::vector<ReportColumn> columns;
    std::vector<QVariantList> rows;

    /// The position of the column `key`, or -1.
    int columnIndex(const QString &key) const;
    /// The value in `row` of the column `key`; a null QVariant when there is no such column.
    QVariant value(qsizetype row, const QString &key) const;
    /// Whether any column holds money, so that writers add the currency.
    bool hasMoney() const;
    /// The plain text of a value: money with all its minor digits ("10005534.00"),
    /// rates as decimals ("0.25"), dates as YYYY-MM-DD; empty for a missing value
    /// (a rate with nothing to divide by, a target nobody set).
    QString text(qsizetype row, int column) const;
};

/// A named query behind a dashboard chart and the CLI `report` command.
class Report
{
public:
    virtual ~Report() = default;

    /// The stable name used on the command line ("pipeline-by-stage").
    virtual QString name() const = 0;
    /// The translated title.
    virtual QString title() const = 0;
    /// The columns, with translated headers.
    virtual std::vector<ReportColumn> columns() const = 0;

    /// Checks the filter and computes the rows, amounts in the base currency.
    Result<ReportTable> run(Database &database, const ReportFilter &filter) const;

protected:
    /// Fills `table` (columns and currency already set) for a checked filter.
    virtual Result<void> compute(Database &database, const ReportFilter &filter, ReportTable &table) const = 0;
};

/// Every report, in the order `report --list` shows them.
class ReportRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ReportRegistry)

public:
    static const std::vector<std::unique_ptr<Report>> &all();
    /// The report called `name`, or nullptr.
    static const Report *find(const QString &name);
    /// Refuses a filter no report can answer: an impossible period, both an owner and a team.
    static Result<void> check(const ReportFilter &filter);
};

} // namespace qianyue
