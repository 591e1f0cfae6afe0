#include "app/cli/Cli.h"
#include "core/i18n/Localization.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qianyue"));
    QCoreApplication::setApplicationName(QStringLiteral("qianyue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QIANYUE_VERSION));

    // --lang must be known before any message is printed, so read it first.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = qianyue::Localization::systemLanguage();
    if (const auto at = arguments.indexOf(QStringLiteral("--lang")); at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    qianyue::Localization localization;
    localization.install(language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    qianyue::cli::Cli cli(out, err);
    return cli.run(arguments);
}
