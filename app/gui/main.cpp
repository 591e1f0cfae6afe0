#include "core/i18n/Localization.h"
#include "core/store/Database.h"
#include "core/workflow/DemoCompany.h"
#include "ui/main/FirstStartDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/records/DraftRecovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/qianyue.db");
}

// The explicit --database wins, then the database used last, then the default file.
QString chooseDatabase(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultDatabasePath();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qianyue"));
    QCoreApplication::setApplicationName(QStringLiteral("qianyue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QIANYUE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.qianyue.Qianyue"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.qianyue.Qianyue.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Open this database file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
                                           QStringLiteral("Start in this section (dashboard, leads, customers, …)."),
                                           QStringLiteral("KEY"));
    parser.addOption(databaseOption);
    parser.addOption(langOption);
    parser.addOption(sectionOption);
    // Used by tools/screenshots.sh to regenerate the README's pictures under the offscreen platform.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    parser.process(app);

    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (parser.isSet(langOption))
        language = parser.value(langOption);
    if (language.isEmpty())
        language = qianyue::Localization::systemLanguage();
    qianyue::Localization localization;
    localization.install(language);

    qianyue::ui::MainWindow window(localization);
    const QString path = chooseDatabase(parser.value(databaseOption));
    if (!QFileInfo::exists(path)) {
        qianyue::ui::FirstStartDialog welcome(path, true);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        auto created = qianyue::Database::open(path, qianyue::Database::Mode::CreateNew);
        if (!created) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot create the database"),
                                  created.error().text());
            return 1;
        }
        if (welcome.choice() == qianyue::ui::FirstStartDialog::Choice::DemoCompany) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto demoLanguage = localization.current() == u"zh_CN" ? qianyue::DemoVocabulary::Language::Chinese
                                                                       : qianyue::DemoVocabulary::Language::English;
            auto filled = qianyue::DemoCompany::fill(**created, demoLanguage, 2026);
            QApplication::restoreOverrideCursor();
            if (!filled)
                QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Demo data"),
                                     QCoreApplication::translate("main", "The demo data could not be written: %1")
                                         .arg(filled.error().text()));
        }
        window.setDatabase(std::move(*created));
    } else {
        window.openDatabase(path, qianyue::Database::Mode::OpenExisting);
    }
    if (parser.isSet(sectionOption))
        window.showSection(parser.value(sectionOption));
    window.show();
    if (!parser.isSet(screenshotOption) && window.database()) {
        // Forms left unsaved by a crash come back once the window is up.
        QTimer::singleShot(0, &window, [&window] {
            if (window.database())
                qianyue::ui::DraftRecovery::offer(&window, *window.database());
        });
    }
    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(800, &window, [&window, file = parser.value(screenshotOption)] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
