#include "core/i18n/Localization.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NotAvailablePage.h"
#include "tests/support/TestSupport.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

QStringList sidebarTexts(const MainWindow &window)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    QStringList texts;
    for (int i = 0; i < sidebar->count(); ++i)
        texts << sidebar->item(i)->text();
    return texts;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("The main window shows the product's navigation in order")
{
    Localization localization;
    localization.install(QStringLiteral("en"));
    MainWindow window(localization);
    window.show();

    CHECK(sidebarTexts(window)
          == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Leads"), QStringLiteral("Customers"),
                         QStringLiteral("Contacts"), QStringLiteral("Opportunities"), QStringLiteral("Quotes"),
                         QStringLiteral("Contracts"), QStringLiteral("Orders"), QStringLiteral("Receivables"),
                         QStringLiteral("Receipts"), QStringLiteral("Commissions"), QStringLiteral("Targets"),
                         QStringLiteral("Activities"), QStringLiteral("Products")});
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&File"), QStringLiteral("&Settings"), QStringLiteral("&Help")});

    QStringList fileItems;
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions()) {
        if (!action->isSeparator())
            fileItems << action->text();
    }
    CHECK(fileItems == QStringList{QStringLiteral("&New database…"), QStringLiteral("&Open database…"),
                                   QStringLiteral("&Recent"), QStringLiteral("&Backup…"), QStringLiteral("&Quit")});
}

TEST_CASE("Clicking a section not built yet shows an honest placeholder")
{
    Localization localization;
    localization.install(QStringLiteral("en"));
    MainWindow window(localization);
    window.showSection(Section::Contracts);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(pages);
    auto *page = qobject_cast<NotAvailablePage *>(pages->currentWidget());
    REQUIRE(page);
    CHECK(page->section() == Section::Contracts);
    bool saysNotAvailable = false;
    for (QLabel *label : page->findChildren<QLabel *>())
        saysNotAvailable = saysNotAvailable || label->text().contains(QStringLiteral("not available yet"));
    CHECK(saysNotAvailable);
}

TEST_CASE("The status bar names the open database and it is remembered as recent")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("office.db"));
    Localization localization;
    localization.install(QStringLiteral("en"));
    MainWindow window(localization);
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusDatabase"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("No database open"));

    REQUIRE(window.openDatabase(path, Database::Mode::CreateNew));
    CHECK(status->text().contains(QStringLiteral("office.db")));
    REQUIRE_FALSE(MainWindow::recentFiles().isEmpty());
    CHECK(MainWindow::recentFiles().first().endsWith(QStringLiteral("office.db")));
}

TEST_CASE("Switching the language at run time retranslates the window")
{
    Localization localization;
    localization.install(QStringLiteral("en"));
    MainWindow window(localization);
    localization.install(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QStringList chinese = sidebarTexts(window);
    CHECK(chinese.first() == QStringLiteral("仪表板"));
    CHECK(chinese.contains(QStringLiteral("商机")));
    CHECK(chinese.contains(QStringLiteral("合同")));
    CHECK(menuTitles(window).first() == QStringLiteral("文件(&F)"));

    localization.install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(sidebarTexts(window).first() == QStringLiteral("Dashboard"));
}
