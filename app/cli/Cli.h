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
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    struct Command {
        QString name;
        QString summary;
        std::function<void(QCommandLineParser &)> addOptions;
        std::function<int(const QCommandLineParser &)> run;
    };

    void registerCommands();
    int printHelp();
    const Command *find(const QString &name) const;
    static QString commandName(const QStringList &arguments);
    QString databasePath(const QCommandLineParser &parser) const;

    std::unique_ptr<Database> openExisting(const QCommandLineParser &parser);
    int init(const QCommandLineParser &parser);
    int demo(const QCommandLineParser &parser);
    int check(const QCommandLineParser &parser);
    int backup(const QCommandLineParser &parser);
    int restore(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<Command> m_commands;
};

} // namespace qianyue::cli
