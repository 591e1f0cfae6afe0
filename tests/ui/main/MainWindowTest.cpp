#include "core/i18n/Localization.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/io/BackupManager.h"
#include "ui/main/NotAvailablePage.h"
#include "ui/records/RecordEditor.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QToolButton>
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
                                   QStringLiteral("&Recent"), QStringLiteral("&Import…"), QStringLiteral("&Backup…"),
                                   QStringLiteral("R&estore from backup…"), QStringLiteral("Automatic bac&kups…"),
                                   QStringLiteral("&Quit")});
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

TEST_CASE("A section's page is built only when it is first shown")
{
    test::TempDir tmp;
    Localization localization;
    localization.install(QStringLiteral("en"));
    MainWindow window(localization);
    REQUIRE(window.openDatabase(tmp.file(QStringLiteral("lazy.db")), Database::Mode::CreateNew));
    // Only the page on screen exists; the twelve lists read nothing yet.
    CHECK(window.isPageBuilt(window.currentSection()));
    for (Section section : {Section::Customers, Section::Contracts, Section::Opportunities, Section::Activities})
        CHECK_FALSE(window.isPageBuilt(section));
    CHECK(window.findChildren<RecordListPage *>().isEmpty());

    window.showSection(Section::Customers);
    CHECK(window.isPageBuilt(Section::Customers));
    CHECK_FALSE(window.isPageBuilt(Section::Contracts));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *customers = qobject_cast<RecordListPage *>(pages->currentWidget());
    REQUIRE(customers);
    CHECK(customers->model()->kind() == ListKind::Customers);
    CHECK(window.findChildren<RecordListPage *>().size() == 1);

    // Asking for a page builds it; a drill-down shows its list filtered.
    ListFilter signedOnly;
    signedOnly.state = QStringLiteral("signed");
    window.showList(ListKind::Contracts, signedOnly);
    CHECK(window.currentSection() == Section::Contracts);
    auto *contracts = qobject_cast<RecordListPage *>(window.page(Section::Contracts));
    REQUIRE(contracts);
    CHECK(contracts->model()->filter().state == QStringLiteral("signed"));
}

TEST_CASE("Ctrl+N makes a new record in the list on screen and Ctrl+Shift+N is a new database")
{
    test::TempDir tmp;
    Localization localization;
    localization.install(QStringLiteral("en"));
    MainWindow window(localization);
    REQUIRE(window.openDatabase(tmp.file(QStringLiteral("keys.db")), Database::Mode::CreateNew));
    window.showSection(Section::Customers);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *customers = qobject_cast<RecordListPage *>(window.page(Section::Customers));
    REQUIRE(customers);
    customers->view()->setFocus();
    auto *newButton = customers->findChild<QToolButton *>(QStringLiteral("newRecord"));
    REQUIRE(newButton);
    CHECK(newButton->isVisible());
    CHECK(newButton->shortcut() == QKeySequence(QKeySequence::New));
    QTest::keyClick(customers->view(), Qt::Key_N, Qt::ControlModifier);
    // A button's shortcut clicks it the way the mouse would, a moment later.
    for (int waited = 0; waited < 2000 && !customers->findChild<RecordEditor *>(); waited += 50)
        QTest::qWait(50);
    CHECK(customers->findChild<RecordEditor *>() != nullptr);
    const QList<QAction *> fileActions = window.menuBar()->actions().first()->menu()->actions();
    CHECK(fileActions.first()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
}

TEST_CASE("Closing the window or opening another database writes a checked automatic backup")
{
    test::TempDir tmp;
    Localization localization;
    localization.install(QStringLiteral("en"));
    const QString first = tmp.file(QStringLiteral("first.db"));
    const QString second = tmp.file(QStringLiteral("second.db"));
    {
        MainWindow window(localization);
        window.show();
        REQUIRE(window.openDatabase(first, Database::Mode::CreateNew));
        CHECK(BackupManager::backups(first).isEmpty());
        REQUIRE(window.openDatabase(second, Database::Mode::CreateNew));
        CHECK(BackupManager::backups(first).size() == 1); // the one being left
        CHECK(BackupManager::backups(second).isEmpty());
        window.close();
    }
    REQUIRE(BackupManager::backups(second).size() == 1);
    CHECK(BackupManager::verify(BackupManager::backups(second).first().path));
}
