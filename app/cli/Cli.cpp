#include "app/cli/Cli.h"

#include "core/store/Database.h"

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
    m_commands.push_back({QStringLiteral("init"), tr("Create a new, empty database (refuses an existing file)."),
                          [](QCommandLineParser &) {}, [this](const QCommandLineParser &p) { return init(p); }});
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

} // namespace qianyue::cli
