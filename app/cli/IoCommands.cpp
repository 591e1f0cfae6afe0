#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"

#include "core/io/CsvReader.h"
#include "core/io/DataTransfer.h"
#include "core/store/PrivacyStore.h"
#include "core/io/ImportSchema.h"
#include "core/io/TextCodec.h"
#include "core/store/Database.h"

namespace qianyue::cli {

namespace {

// The texts of `import` and `export`, in one translation context.
class IoCommands
{
    Q_DECLARE_TR_FUNCTIONS(IoCommands)

public:
    explicit IoCommands(Cli &cli)
        : m_cli(cli)
    {
    }

    static void addImportOptions(QCommandLineParser &parser);
    static void addExportOptions(QCommandLineParser &parser);
    int runImport(const QCommandLineParser &parser);
    int runExport(const QCommandLineParser &parser);

private:
    int usage(const QString &message);
    int listFields(const QString &kind);
    std::unique_ptr<Database> open(const QCommandLineParser &parser, int &exitCode);

    Cli &m_cli;
};

void IoCommands::addImportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("map"), tr("Read FIELD from COLUMN (a header or a column number): FIELD=COLUMN,…"),
                      tr("FIELD=COLUMN")});
    parser.addOption({QStringLiteral("values"), tr("Read a value of FIELD in the file as another: FIELD:FROM=TO,…"),
                      tr("FIELD:FROM=TO")});
    parser.addOption({QStringLiteral("create-missing"),
                      tr("Create salespeople, teams, customers, contacts, products and stages that are not found.")});
    parser.addOption({QStringLiteral("update-existing"), tr("Update records that are already stored instead of skipping them.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check everything and report what would happen, without writing.")});
    parser.addOption({QStringLiteral("encoding"), tr("The file's encoding (UTF-8, GB18030, UTF-16LE, …); detected when not given."),
                      tr("ENCODING")});
    parser.addOption({QStringLiteral("delimiter"), tr("The CSV delimiter: comma, semicolon, tab or one character; detected when not given."),
                      tr("CHAR")});
    parser.addOption({QStringLiteral("format"), tr("csv, vcf or ics; taken from the file name when not given."), tr("FORMAT")});
    parser.addOption({QStringLiteral("customer"), tr("iCalendar: the customer of events that name none."), tr("NAME")});
    parser.addOption({QStringLiteral("fields"), tr("List the fields of KIND with their meaning, and exit.")});
}

void IoCommands::addExportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("csv, vcf (contacts) or ics (activities); taken from the file name when not given."),
                      tr("FORMAT")});
    parser.addOption({QStringLiteral("encoding"), tr("CSV encoding: utf-8 (with a byte order mark, the default) or gb18030."),
                      tr("ENCODING")});
    parser.addOption({QStringLiteral("vcard-version"), tr("vCard version: 4.0 (the default) or 3.0."), tr("VERSION")});
    // Privacy (PIPL/GDPR): a list for marketing holds only those who agreed to it.
    parser.addOption({QStringLiteral("marketing"),
                      tr("Customers and contacts: export only those who consented to marketing.")});
}

int IoCommands::usage(const QString &message)
{
    m_cli.err() << message << '\n';
    return ExitUsage;
}

std::unique_ptr<Database> IoCommands::open(const QCommandLineParser &parser, int &exitCode)
{
    if (m_cli.databasePath(parser).isEmpty()) {
        exitCode = ExitUsage;
        return nullptr;
    }
    auto database = m_cli.openExisting(parser);
    exitCode = database ? ExitOk : ExitFailure;
    return database;
}

int IoCommands::listFields(const QString &kind)
{
    QTextStream &out = m_cli.out();
    out << tr("Fields of %1 (%2). A CSV header may be the field name or either label; * marks required fields.")
               .arg(kind, ImportSchema::kindLabel(kind))
        << '\n';
    for (const ImportField &field : ImportSchema::fields(kind)) {
        const QString name = field.name + (field.required ? QStringLiteral(" *") : QString());
        out << "  " << name.leftJustified(22) << ' ' << QString(field.chinese + QStringLiteral(" / ") + field.english).leftJustified(28)
            << ' ' << ImportSchema::meaning(field) << '\n';
        if (field.type == FieldType::Choice) {
            QStringList values;
            for (const ImportChoice &choice : ImportSchema::choices(field.target))
                values << QStringLiteral("%1 (%2, %3)").arg(choice.value, choice.chinese, choice.english);
            out << QString(26, QLatin1Char(' ')) << tr("values: %1").arg(values.join(QStringLiteral(", "))) << '\n';
        }
    }
    return ExitOk;
}

int IoCommands::runImport(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("fields"))) {
        if (words.size() < 2 || !ImportSchema::isKind(words.at(1)))
            return usage(tr("Usage: qianyue-cli import KIND --fields, where KIND is one of: %1.")
                             .arg(ImportSchema::kinds().join(QStringLiteral(", "))));
        return listFields(words.at(1));
    }
    if (words.size() != 3)
        return usage(tr("Usage: qianyue-cli --db FILE import KIND FILE [--map FIELD=COLUMN,…] [--values FIELD:FROM=TO,…] "
                        "[--create-missing] [--update-existing] [--dry-run] [--encoding E] [--delimiter C]"));
    const QString kind = words.at(1);
    const QString path = words.at(2);
    FileFormat format = DataTransfer::formatOfFile(path);
    if (parser.isSet(QStringLiteral("format"))) {
        const auto named = DataTransfer::formatFromName(parser.value(QStringLiteral("format")));
        if (!named)
            return usage(tr("--format must be csv, vcf or ics, not '%1'.").arg(parser.value(QStringLiteral("format"))));
        format = *named;
    }
    if (auto fits = DataTransfer::checkFormat(kind, format); !fits)
        return usage(fits.error().text());

    ImportOptions options;
    auto columns = ImportOptions::parseColumns(kind, parser.values(QStringLiteral("map")));
    if (!columns)
        return usage(columns.error().text());
    options.columns = *columns;
    auto values = ImportOptions::parseValues(kind, parser.values(QStringLiteral("values")));
    if (!values)
        return usage(values.error().text());
    options.values = *values;
    if (parser.isSet(QStringLiteral("encoding"))) {
        auto encoding = TextCodec::canonicalName(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return usage(encoding.error().text());
        options.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = CsvReader::delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (options.delimiter.isNull())
            return usage(tr("--delimiter must be comma, semicolon, tab or a single character, not '%1'.")
                             .arg(parser.value(QStringLiteral("delimiter"))));
    }
    options.createMissing = parser.isSet(QStringLiteral("create-missing"));
    options.updateExisting = parser.isSet(QStringLiteral("update-existing"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.defaultCustomer = parser.value(QStringLiteral("customer"));

    int exitCode = ExitOk;
    auto database = open(parser, exitCode);
    if (!database)
        return exitCode;
    auto report = DataTransfer::importFile(*database, kind, path, format, options);
    if (!report) {
        m_cli.err() << report.error().text() << '\n';
        return ExitFailure;
    }
    QTextStream &out = m_cli.out();
    for (const QString &note : std::as_const(report->notes))
        out << note << '\n';
    if (!report->ok()) {
        for (const ImportProblem &problem : report->problems)
            m_cli.err() << problem.text() << '\n';
        m_cli.err() << tr("%n problem(s) found; nothing was imported.", nullptr, int(report->problems.size())) << '\n';
        return ExitFailure;
    }
    QString how = report->encoding;
    if (!report->delimiter.isNull())
        how += QStringLiteral(", ") + CsvReader::delimiterName(report->delimiter);
    if (report->dryRun)
        out << tr("Dry run of %1 (%2): would create %3, update %4 and skip %5 %6; nothing was written.")
                   .arg(path, how)
                   .arg(report->created)
                   .arg(report->updated)
                   .arg(report->skipped)
                   .arg(ImportSchema::kindLabel(kind))
            << '\n';
    else
        out << tr("Imported %1 (%2): created %3, updated %4, skipped %5 %6.")
                   .arg(path, how)
                   .arg(report->created)
                   .arg(report->updated)
                   .arg(report->skipped)
                   .arg(ImportSchema::kindLabel(kind))
            << '\n';
    return ExitOk;
}

int IoCommands::runExport(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 3)
        return usage(tr("Usage: qianyue-cli --db FILE export KIND FILE [--format csv|vcf|ics] [--encoding utf-8|gb18030]"));
    const QString kind = words.at(1);
    const QString path = words.at(2);
    DataTransfer::ExportOptions options;
    options.format = DataTransfer::formatOfFile(path);
    if (parser.isSet(QStringLiteral("format"))) {
        const auto named = DataTransfer::formatFromName(parser.value(QStringLiteral("format")));
        if (!named)
            return usage(tr("--format must be csv, vcf or ics, not '%1'.").arg(parser.value(QStringLiteral("format"))));
        options.format = *named;
    }
    if (auto fits = DataTransfer::checkFormat(kind, options.format); !fits)
        return usage(fits.error().text());
    if (parser.isSet(QStringLiteral("encoding"))) {
        auto encoding = TextCodec::canonicalName(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return usage(encoding.error().text());
        if (options.format != FileFormat::Csv && *encoding != u"UTF-8")
            return usage(tr("vCard and iCalendar files are always written in UTF-8."));
        options.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("vcard-version"))) {
        const QString version = parser.value(QStringLiteral("vcard-version"));
        if (version != u"4.0" && version != u"3.0")
            return usage(tr("--vcard-version must be 4.0 or 3.0, not '%1'.").arg(version));
        options.vcardVersion = version;
    }
    int exitCode = ExitOk;
    auto database = open(parser, exitCode);
    if (!database)
        return exitCode;
    if (parser.isSet(QStringLiteral("marketing"))) {
        auto audience = PrivacyStore(*database).marketingAudience(kind);
        if (!audience)
            return usage(audience.error().text());
        options.ids = *audience;
    }
    auto count = DataTransfer::exportFile(*database, kind, path, options);
    if (!count) {
        m_cli.err() << count.error().text() << '\n';
        return ExitFailure;
    }
    m_cli.out() << tr("Exported %1 %2 to %3 (%4).")
                       .arg(*count)
                       .arg(ImportSchema::kindLabel(kind), path, DataTransfer::formatName(options.format))
                << '\n';
    return ExitOk;
}

} // namespace

void addIoCommands(Cli &cli)
{
    cli.addCommand({QStringLiteral("import"), IoCommands::tr("Import records from a CSV, vCard or iCalendar file, all or nothing."),
                    &IoCommands::addImportOptions,
                    [&cli](const QCommandLineParser &parser) { return IoCommands(cli).runImport(parser); }});
    cli.addCommand({QStringLiteral("export"), IoCommands::tr("Export records to a CSV, vCard or iCalendar file."),
                    &IoCommands::addExportOptions,
                    [&cli](const QCommandLineParser &parser) { return IoCommands(cli).runExport(parser); }});
}

} // namespace qianyue::cli
