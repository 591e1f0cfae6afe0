#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace qianyue {
class Database;
}

namespace qianyue::cli {

/// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// `qianyue-cli`: one object per run, dispatching to a command by name.
/// Each command has its own options next to the shared --db and --lang.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    /// One command: its name, a one-line summary for --help, its own options and what it does.
    struct Command {
        QString name;
        QString summary;
        std::function<void(QCommandLineParser &)> addOptions;
        std::function<int(const QCommandLineParser &)> run;
    };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    /// Commands living in their own files (reports, import/export, printing) register here.
    void addCommand(Command command) { m_commands.push_back(std::move(command)); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /// The --db value, or empty after telling the user it is needed.
    QString databasePath(const QCommandLineParser &parser) const;
    /// Opens the --db file, which must exist; prints why when it cannot.
    std::unique_ptr<Database> openExisting(const QCommandLineParser &parser);

private:
    void registerCommands();
    int printHelp();
    const Command *find(const QString &name) const;
    static QString commandName(const QStringList &arguments);

    int init(const QCommandLineParser &parser);
    int demo(const QCommandLineParser &parser);
    int check(const QCommandLineParser &parser);
    int backup(const QCommandLineParser &parser);
    int restore(const QCommandLineParser &parser);
    int privacy(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<Command> m_commands;
};

} // namespace qianyue::cli
