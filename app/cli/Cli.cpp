#include "app/cli/Cli.h"

#include "app/cli/CliCommands.h"

#include "core/store/Database.h"
#include "core/store/DerivedData.h"
#include "core/store/IntegrityChecker.h"
#include "core/store/PrivacyStore.h"
#include "core/store/ReferenceDataBuilder.h"
#include "core/workflow/DemoCompany.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace qianyue::cli {

namespace {

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Cli::tr("The Qianyue database file."), Cli::tr("FILE"));
}

QCommandLineOption langOption()
{
    return QCommandLineOption(QStringLiteral("lang"), Cli::tr("Language of messages: zh_CN or en."), Cli::tr("LANG"));
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    registerCommands();
}

void Cli::registerCommands()
{
    const auto noOptions = [](QCommandLineParser &) {};
    m_commands.push_back({QStringLiteral("init"), tr("Create a new, empty database (refuses an existing file)."),
                          noOptions, [this](const QCommandLineParser &p) { return init(p); }});
    m_commands.push_back({QStringLiteral("demo"), tr("Fill a new database with demo data."),
                          [](QCommandLineParser &parser) {
                              parser.addOption({QStringLiteral("scale"),
                                                tr("small (a few dozen customers, every state), reference (100 000 customers) "
                                                   "or a number of customers."),
                                                tr("SCALE"), QStringLiteral("small")});
                              parser.addOption({QStringLiteral("seed"), tr("Random seed: the same seed gives the same data."),
                                                tr("SEED"), QStringLiteral("2026")});
                          },
                          [this](const QCommandLineParser &p) { return demo(p); }});
    m_commands.push_back({QStringLiteral("check"),
                          tr("Check integrity, foreign keys, schema version, the sales chain's invariants, "
                             "the report roll-ups and the search index."),
                          [](QCommandLineParser &parser) {
                              parser.addOption({QStringLiteral("repair"),
                                                tr("Rebuild the report roll-ups and the search index when they differ from the records.")});
                          },
                          [this](const QCommandLineParser &p) { return check(p); }});
    m_commands.push_back({QStringLiteral("backup"), tr("Write a consistent copy of the database to OUT."), noOptions,
                          [this](const QCommandLineParser &p) { return backup(p); }});
    m_commands.push_back({QStringLiteral("restore"),
                          tr("Replace the database with the backup IN, after checking it; keeps the old file as .bak."),
                          noOptions, [this](const QCommandLineParser &p) { return restore(p); }});
    m_commands.push_back({QStringLiteral("privacy"),
                          tr("Export (export) or erase (erase) what is held about one person: --contact ID or --customer ID."),
                          [](QCommandLineParser &parser) {
                              parser.addOption({QStringLiteral("contact"), tr("The contact's id."), tr("ID")});
                              parser.addOption({QStringLiteral("customer"), tr("The id of a customer who is a person."), tr("ID")});
                              parser.addOption({QStringLiteral("out"), tr("Write the export to FILE instead of the screen."), tr("FILE")});
                              parser.addOption({QStringLiteral("yes"), tr("Confirm an erasure, which cannot be undone.")});
                          },
                          [this](const QCommandLineParser &p) { return privacy(p); }});
    addReportCommands(*this);
    addIoCommands(*this);
    addDocumentCommands(*this);
}

const Cli::Command *Cli::find(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString Cli::commandName(const QStringList &arguments)
{
    // The command is the first word that is neither an option nor the value of --db/--lang.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db" || arg == u"--lang") {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return arg;
    }
    return {};
}

int Cli::printHelp()
{
    m_out << tr("Usage: qianyue-cli [--db FILE] [--lang zh_CN|en] COMMAND [options]") << '\n' << '\n';
    m_out << tr("Commands:") << '\n';
    for (const Command &command : m_commands)
        m_out << "  " << command.name.leftJustified(10) << ' ' << command.summary << '\n';
    m_out << '\n' << tr("Global options:") << '\n';
    m_out << "  --db FILE      " << tr("The Qianyue database file.") << '\n';
    m_out << "  --lang LANG    " << tr("Language of messages: zh_CN or en.") << '\n';
    m_out << "  --version      " << tr("Print the version and exit.") << '\n';
    m_out << "  --help         " << tr("Print this help, or a command's help after its name.") << '\n';
    return ExitOk;
}

int Cli::run(const QStringList &arguments)
{
    const QString name = commandName(arguments);
    if (name.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version"))) {
            m_out << QStringLiteral("qianyue-cli %1").arg(QStringLiteral(QIANYUE_VERSION)) << '\n';
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            return printHelp();
        }
        m_err << tr("No command given.") << '\n' << '\n';
        printHelp();
        return ExitUsage;
    }
    const Command *command = find(name);
    if (!command) {
        m_err << tr("Unknown command '%1'. Run 'qianyue-cli --help' for the list of commands.").arg(name) << '\n';
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addOption(dbOption());
    parser.addOption(langOption());
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this command's help."));
    parser.addOption(helpOption);
    command->addOptions(parser);
    parser.addPositionalArgument(name, command->summary);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return ExitOk;
    }
    return command->run(parser);
}

QString Cli::databasePath(const QCommandLineParser &parser) const
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        m_err << tr("This command needs a database: add --db FILE.") << '\n';
    return path;
}

int Cli::init(const QCommandLineParser &parser)
{
    const QString path = databasePath(parser);
    if (path.isEmpty())
        return ExitUsage;
    auto database = Database::open(path, Database::Mode::CreateNew);
    if (!database) {
        m_err << database.error().text() << '\n';
        return database.error().kind == ErrorKind::Exists ? ExitUsage : ExitFailure;
    }
    m_out << tr("Created an empty Qianyue database at %1 (schema %2).")
                 .arg(path)
                 .arg((*database)->schemaVersion())
          << '\n';
    return ExitOk;
}

std::unique_ptr<Database> Cli::openExisting(const QCommandLineParser &parser)
{
    const QString path = databasePath(parser);
    if (path.isEmpty())
        return nullptr;
    auto database = Database::open(path, Database::Mode::OpenExisting);
    if (!database) {
        m_err << database.error().text() << '\n';
        return nullptr;
    }
    return std::move(*database);
}

int Cli::demo(const QCommandLineParser &parser)
{
    const QString path = databasePath(parser);
    if (path.isEmpty())
        return ExitUsage;
    const QString scale = parser.value(QStringLiteral("scale"));
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        m_err << tr("--seed must be a whole number, not '%1'.").arg(parser.value(QStringLiteral("seed"))) << '\n';
        return ExitUsage;
    }
    DataSetSize size;
    const bool small = scale == u"small";
    if (small) {
        size = DataSetSize::forCustomers(1);
    } else if (scale == u"reference") {
        size = DataSetSize::reference();
    } else {
        bool ok = false;
        const qint64 customers = scale.toLongLong(&ok);
        if (!ok || customers < 1 || customers > 10000000) {
            m_err << tr("--scale must be small, reference or a number of customers between 1 and 10000000, not '%1'.").arg(scale)
                  << '\n';
            return ExitUsage;
        }
        size = DataSetSize::forCustomers(customers);
    }
    const bool fresh = !QFileInfo::exists(path);
    auto database = Database::open(path);
    if (!database) {
        m_err << database.error().text() << '\n';
        return database.error().kind == ErrorKind::Exists ? ExitUsage : ExitFailure;
    }
    // A file this command created and could not fill is removed again, not left half-built.
    const auto failed = [&](const Error &error) {
        m_err << error.text() << '\n';
        if (fresh) {
            database->reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return ExitFailure;
    };
    // The demo speaks the language the CLI was started in (--lang or the system's).
    const auto language = QLocale().language() == QLocale::Chinese ? DemoVocabulary::Language::Chinese
                                                                   : DemoVocabulary::Language::English;
    QElapsedTimer timer;
    timer.start();
    if (small) {
        if (auto filled = DemoCompany::fill(**database, language, seed); !filled)
            return failed(filled.error());
        m_out << tr("Demo company written to %1 in %2 s.").arg(path).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << '\n';
        return ExitOk;
    }
    ReferenceDataBuilder builder(**database, size, seed, language, QDate::currentDate());
    builder.setProgress([this, &timer](const QString &step, qint64 done, qint64 total) {
        m_err << tr("%1: %2 of %3 (%4 s)").arg(step).arg(done).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << '\n';
        m_err.flush();
    });
    if (auto built = builder.build(); !built)
        return failed(built.error());
    m_out << tr("Demo data written to %1 in %2 s.").arg(path).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << '\n';
    return ExitOk;
}

int Cli::check(const QCommandLineParser &parser)
{
    auto database = openExisting(parser);
    if (!database)
        return ExitFailure;
    auto results = IntegrityChecker(*database).run();
    if (!results) {
        m_err << results.error().text() << '\n';
        return ExitFailure;
    }
    // Roll-ups and the search index are derived from the records, so unlike
    // the checks above their problems can be repaired: by rebuilding them.
    DerivedData derived(*database);
    auto derivedProblems = derived.verify();
    if (derivedProblems && !derivedProblems->isEmpty() && parser.isSet(QStringLiteral("repair"))) {
        if (auto rebuilt = derived.rebuild(); !rebuilt) {
            m_err << rebuilt.error().text() << '\n';
            return ExitFailure;
        }
        m_out << tr("Repaired: rebuilt the report roll-ups and the search index from the records.") << '\n';
        derivedProblems = derived.verify();
    }
    if (!derivedProblems) {
        m_err << derivedProblems.error().text() << '\n';
        return ExitFailure;
    }
    results->push_back({tr("Report roll-ups and search index match the records"), *derivedProblems});
    int problems = 0;
    for (const CheckResult &result : *results) {
        m_out << (result.ok() ? tr("ok      ") : tr("FAILED  ")) << result.name << '\n';
        for (const QString &problem : result.problems)
            m_out << "        - " << problem << '\n';
        problems += int(result.problems.size());
    }
    m_out << (problems == 0 ? tr("Clean: %1 checks passed.").arg(results->size())
                            : tr("%1 problem(s) found.").arg(problems))
          << '\n';
    if (!derivedProblems->isEmpty() && !parser.isSet(QStringLiteral("repair")))
        m_out << tr("Run check --repair to rebuild the report roll-ups and the search index.") << '\n';
    return problems == 0 ? ExitOk : ExitFailure;
}

int Cli::backup(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2) {
        m_err << tr("Usage: qianyue-cli --db FILE backup OUT") << '\n';
        return ExitUsage;
    }
    auto database = openExisting(parser);
    if (!database)
        return ExitFailure;
    if (auto done = database->backupTo(words.at(1)); !done) {
        m_err << done.error().text() << '\n';
        return done.error().kind == ErrorKind::Exists ? ExitUsage : ExitFailure;
    }
    m_out << tr("Backup written to %1 and checked.").arg(words.at(1)) << '\n';
    return ExitOk;
}

int Cli::restore(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2) {
        m_err << tr("Usage: qianyue-cli --db FILE restore IN") << '\n';
        return ExitUsage;
    }
    const QString path = databasePath(parser);
    if (path.isEmpty())
        return ExitUsage;
    auto kept = Database::restore(words.at(1), path);
    if (!kept) {
        m_err << kept.error().text() << '\n';
        return ExitFailure;
    }
    m_out << tr("Restored %1 from %2.").arg(path, words.at(1)) << '\n';
    if (!kept->isEmpty())
        m_out << tr("The replaced database was kept as %1.").arg(*kept) << '\n';
    return ExitOk;
}

int Cli::privacy(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(1);
    const bool contact = parser.isSet(QStringLiteral("contact"));
    if ((action != u"export" && action != u"erase") || contact == parser.isSet(QStringLiteral("customer"))) {
        m_err << tr("Usage: qianyue-cli --db FILE privacy export|erase --contact ID|--customer ID [--out FILE] [--yes]") << '\n';
        return ExitUsage;
    }
    bool ok = false;
    const qint64 id = parser.value(contact ? QStringLiteral("contact") : QStringLiteral("customer")).toLongLong(&ok);
    if (!ok) {
        m_err << tr("The id must be a whole number.") << '\n';
        return ExitUsage;
    }
    auto database = openExisting(parser);
    if (!database)
        return ExitFailure;
    const QString table = contact ? QStringLiteral("contacts") : QStringLiteral("customers");
    PrivacyStore privacyStore(*database);
    if (action == u"export") {
        auto data = privacyStore.exportPerson(table, id);
        if (!data) {
            m_err << data.error().text() << '\n';
            return ExitFailure;
        }
        const QByteArray json = QJsonDocument(*data).toJson();
        if (parser.isSet(QStringLiteral("out"))) {
            QFile file(parser.value(QStringLiteral("out")));
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
                m_err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
                return ExitFailure;
            }
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            m_out << tr("Personal data written to %1.").arg(file.fileName()) << '\n';
        } else {
            m_out << QString::fromUtf8(json);
        }
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        m_err << tr("Erasing personal data cannot be undone. Add --yes to confirm.") << '\n';
        return ExitUsage;
    }
    if (auto erased = privacyStore.erasePerson(table, id); !erased) {
        m_err << erased.error().text() << '\n';
        return ExitFailure;
    }
    m_out << tr("The personal data was erased; contracts and amounts were kept.") << '\n';
    return ExitOk;
}

} // namespace qianyue::cli
