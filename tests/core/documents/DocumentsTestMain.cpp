#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

// Documents are laid out with Qt's font system, which needs a QGuiApplication;
// the offscreen platform gives one without a display, also when CTest lists
// the tests at build time.
int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qianyue-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("qianyue-tests"));
    return Catch::Session().run(argc, argv);
}
