#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"

#include "core/analytics/Report.h"
#include "core/analytics/ReportFormat.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qianyue::cli {

namespace {

// Messages of the report command, in their own translation context.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    explicit ReportCommand(Cli &cli)
        : m_cli(cli)
    {
    }

    static void addOptions(QCommandLineParser &parser)
    {
        parser.addOption({ QStringLiteral("list"), tr("List the reports with their titles.") });
        parser.addOption({ QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), tr("DATE") });
        parser.addOption({ QStringLiteral("to"), tr("Last day of the period, included (YYYY-MM-DD)."), tr("DATE") });
        parser.addOption({ QStringLiteral("owner"), tr("Only this salesperson's records (their name)."), tr("NAME") });
        parser.addOption(
            { QStringLiteral("team"), tr("Only the records of this team's members (its name)."), tr("NAME") });
        parser.addOption({ QStringLiteral("as-of"),
            tr("The day aging, churn and the dashboard are computed for (YYYY-MM-DD; today by default)."),
            tr("DATE") });
        parser.addOption(
            { QStringLiteral("limit"), tr("Rows of a top list (top customers, debtors, churn risks)."), tr("N") });
        parser.addOption(
            { QStringLiteral("format"), tr("table (default), csv or json."), tr("FORMAT"), QStringLiteral("table") });
    }

    int run(const QCommandLineParser &parser)
    {
        if (parser.isSet(QStringLiteral("list")))
            return list();
        const QStringList words = parser.positionalArguments();
        if (words.size() != 2) {
            m_cli.err() << tr(
                "Usage: qianyue-cli --db FILE report NAME [--from DATE] [--to DATE] [--owner NAME] [--team NAME]"
                " [--as-of DATE] [--limit N] [--format table|csv|json], or report --list")
                        << '\n';
            return ExitUsage;
        }
        const Report *report = ReportRegistry::find(words.at(1));
        if (!report) {
            m_cli.err()
                << tr("Unknown report '%1'. Run 'qianyue-cli report --list' for the list of reports.").arg(words.at(1))
                << '\n';
            return ExitUsage;
        }
        const QString format = parser.value(QStringLiteral("format"));
        if (format != u"table" && format != u"csv" && format != u"json") {
            m_cli.err() << tr("--format must be table, csv or json, not '%1'.").arg(format) << '\n';
            return ExitUsage;
        }
        ReportFilter filter;
        if (!readDate(parser, QStringLiteral("from"), filter.from)
            || !readDate(parser, QStringLiteral("to"), filter.to))
            return ExitUsage;
        std::optional<QDate> asOf;
        if (!readDate(parser, QStringLiteral("as-of"), asOf))
            return ExitUsage;
        if (asOf)
            filter.asOf = *asOf;
        if (parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit < 1) {
                m_cli.err() << tr("--limit must be a whole number of at least 1, not '%1'.")
                                   .arg(parser.value(QStringLiteral("limit")))
                            << '\n';
                return ExitUsage;
            }
        }
        if (parser.isSet(QStringLiteral("owner")) && parser.isSet(QStringLiteral("team"))) {
            m_cli.err() << tr("Give either --owner or --team, not both.") << '\n';
            return ExitUsage;
        }

        if (m_cli.databasePath(parser).isEmpty())
            return ExitUsage;
        auto database = m_cli.openExisting(parser);
        if (!database)
            return ExitFailure;
        RecordStore records(*database);
        if (parser.isSet(QStringLiteral("owner"))) {
            const int found
                = lookUp(records, QStringLiteral("users"), parser.value(QStringLiteral("owner")), filter.ownerId);
            if (found != ExitOk) {
                if (found == ExitUsage)
                    m_cli.err() << tr("There is no salesperson named '%1'.").arg(parser.value(QStringLiteral("owner")))
                                << '\n';
                return found;
            }
        }
        if (parser.isSet(QStringLiteral("team"))) {
            const int found
                = lookUp(records, QStringLiteral("teams"), parser.value(QStringLiteral("team")), filter.teamId);
            if (found != ExitOk) {
                if (found == ExitUsage)
                    m_cli.err() << tr("There is no team named '%1'.").arg(parser.value(QStringLiteral("team"))) << '\n';
                return found;
            }
        }

        auto table = report->run(*database, filter);
        if (!table) {
            m_cli.err() << table.error().text() << '\n';
            return table.error().kind == ErrorKind::Invalid ? ExitUsage : ExitFailure;
        }
        if (format == u"json") {
            m_cli.out() << QString::fromUtf8(ReportFormat::toJson(*table));
        } else if (format == u"csv") {
            m_cli.out() << ReportFormat::toCsv(*table);
        } else {
            m_cli.out() << report->title() << '\n';
            if (table->hasMoney())
                m_cli.out() << tr("Amounts in %1.").arg(table->currency) << '\n';
            m_cli.out() << '\n';
            if (table->rows.empty())
                m_cli.out() << tr("No records in this period.") << '\n';
            else
                m_cli.out() << ReportFormat::toText(*table);
        }
        return ExitOk;
    }

private:
    int list()
    {
        int width = 0;
        for (const auto &report : ReportRegistry::all())
            width = std::max(width, ReportFormat::displayWidth(report->name()));
        for (const auto &report : ReportRegistry::all())
            m_cli.out() << report->name().leftJustified(width) << "  " << report->title() << '\n';
        return ExitOk;
    }

    // Reads --NAME as a YYYY-MM-DD date; false (after saying why) when it is not one.
    bool readDate(const QCommandLineParser &parser, const QString &name, std::optional<QDate> &date)
    {
        if (!parser.isSet(name))
            return true;
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = parser.value(name).trimmed();
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !parsed.isValid()) {
            m_cli.err() << tr("--%1 must be a date written YYYY-MM-DD, such as 2026-03-31, not '%2'.")
                               .arg(name, parser.value(name))
                        << '\n';
            return false;
        }
        date = parsed;
        return true;
    }

    // The id of the record of `table` whose name is `name`: ExitOk when found,
    // ExitUsage when there is none, ExitFailure when the lookup failed.
    int lookUp(RecordStore &records, const QString &table, const QString &name, std::optional<qint64> &id)
    {
        auto found = records.findId(table, QStringLiteral("name"), name);
        if (!found) {
            m_cli.err() << found.error().text() << '\n';
            return ExitFailure;
        }
        if (!*found)
            return ExitUsage;
        id = **found;
        return ExitOk;
    }

    Cli &m_cli;
};

} // namespace

void addReportCommands(Cli &cli)
{
    cli.addCommand({ QStringLiteral("report"),
        ReportCommand::tr("Print a report: contract amount, opportunities, pipeline, receivables, performance."),
        &ReportCommand::addOptions,
        [&cli](const QCommandLineParser &parser) { return ReportCommand(cli).run(parser); } });
}

} // namespace qianyue::cli
