#include "app/cli/Cli.h"
#include "core/i18n/Localization.h"

#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // `print` lays out text with Qt's font system, which needs a QGuiApplication
    // (on the offscreen platform: the CLI never opens a window); every other
    // command keeps the plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (std::any_of(argv + 1, argv + argc, [](const char *arg) { return qstrcmp(arg, "print") == 0; })) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
