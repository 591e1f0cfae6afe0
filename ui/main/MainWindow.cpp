#include "ui/main/MainWindow.h"

#include "core/i18n/Localization.h"
#include "core/store/RecordStore.h"
#include "ui/activities/ActivityAgenda.h"
#include "ui/activities/ReminderNotifier.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/io/BackupManager.h"
#include "ui/io/ImportWizard.h"
#include "ui/pipeline/PipelineBoard.h"
#include "ui/lists/RecordListPage.h"
#include "ui/main/NotAvailablePage.h"
#include "ui/records/RecordDialog.h"
#include "ui/search/SearchDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace qianyue::ui {

namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kRecentKey = QStringLiteral("database/recent");
const auto kLastKey = QStringLiteral("database/last");
const auto kLanguageKey = QStringLiteral("ui/language");
constexpr int kMaxRecent = 8;

// The list behind each sidebar section; the dashboard has none.
std::optional<ListKind> listOf(Section section)
{
    switch (section) {
    case Section::Leads: return ListKind::Leads;
    case Section::Customers: return ListKind::Customers;
    case Section::Contacts: return ListKind::Contacts;
    case Section::Opportunities: return ListKind::Opportunities;
    case Section::Quotes: return ListKind::Quotes;
    case Section::Contracts: return ListKind::Contracts;
    case Section::Orders: return ListKind::Orders;
    case Section::Receivables: return ListKind::Receivables;
    case Section::Receipts: return ListKind::Receipts;
    case Section::Commissions: return ListKind::Commissions;
    case Section::Targets: return ListKind::Targets;
    case Section::Activities: return ListKind::Activities;
    case Section::Products: return ListKind::Products;
    case Section::Dashboard:
    case Section::Count: break;
    }
    return std::nullopt;
}

QString fileFilter()
{
    return MainWindow::tr("Qianyue databases (*.db *.qianyue);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Localization &localization, QWidget *parent)
    : QMainWindow(parent)
    , m_localization(localization)
{
    setObjectName(QStringLiteral("mainWindow"));
    buildSidebar();
    buildMenus();
    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addPermanentWidget(m_statusDatabase, 1);
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(base); padding-left: 6px; }"
                                            "QListWidget#sidebar::item { padding-left: 10px; }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    for (int i = 0; i < static_cast<int>(Section::Count); ++i) {
        const auto section = static_cast<Section>(i);
        auto *item = new QListWidgetItem(m_sidebar);
        item->setData(Qt::UserRole, SectionInfo::key(section));
        item->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(SectionInfo::key(section))));
        item->setSizeHint(QSize(0, 34));
        item->setTextAlignment(Qt::AlignVCenter | Qt::AlignLeft);
        m_pages->addWidget(new NotAvailablePage(section, m_pages));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_pages->setCurrentIndex(row);
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        auto *list = qobject_cast<RecordListPage *>(m_pages->widget(row));
        if (!list && m_pages->widget(row))
            list = m_pages->widget(row)->findChild<RecordListPage *>();
        if (list)
            statusBar()->showMessage(list->findChild<QLabel *>(QStringLiteral("listCount"))->text());
        else
            statusBar()->clearMessage();
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1000});
    setCentralWidget(splitter);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    // Ctrl+N is "new record" in the list on screen; a new database is rarer.
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabaseDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importFile);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupDatabase);
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreDatabase);
    m_backupsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showBackups);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_searchAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showSearch);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setIcon(QIcon(QStringLiteral(":/icons/actions/search.svg")));
    addAction(m_searchAction); // Ctrl+K works wherever the focus is
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Localization::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(Localization::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_localization.current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Qianyue CRM"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("&Recent"));
    m_importAction->setText(tr("&Import…"));
    m_backupAction->setText(tr("&Backup…"));
    m_restoreAction->setText(tr("R&estore from backup…"));
    m_backupsAction->setText(tr("Automatic bac&kups…"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_searchAction->setText(tr("&Search everything…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Qianyue"));
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i) {
        m_sidebar->item(i)->setText(SectionInfo::title(static_cast<Section>(i)));
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    }
    // Icon, padding and text: no section title is cut off in either language.
    m_sidebar->setMinimumWidth(widest + m_sidebar->iconSize().width() + 48);
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_database)
        BackupManager::backupOnClose(this, *m_database);
    event->accept();
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(static_cast<int>(section));
}

Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_sidebar->currentRow());
}

bool MainWindow::showSection(const QString &key)
{
    for (int i = 0; i < static_cast<int>(Section::Count); ++i) {
        if (SectionInfo::key(static_cast<Section>(i)) == key) {
            showSection(static_cast<Section>(i));
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::page(Section section)
{
    ensurePage(static_cast<int>(section));
    return m_pages->widget(static_cast<int>(section));
}

void MainWindow::rebuildPages()
{
    // Only placeholders here: a section's page is built (and reads the database)
    // when it is first shown, so opening a database reads one page, not thirteen.
    const int current = m_pages->currentIndex();
    for (int i = 0; i < static_cast<int>(Section::Count); ++i) {
        const auto section = static_cast<Section>(i);
        QWidget *old = m_pages->widget(i);
        QWidget *fresh = nullptr;
        if (m_database) {
            fresh = new QWidget(m_pages);
            fresh->setObjectName(QStringLiteral("unbuiltPage"));
        } else {
            fresh = new NotAvailablePage(section, m_pages);
        }
        m_pages->insertWidget(i, fresh);
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    m_pages->setCurrentIndex(std::max(0, current));
    ensurePage(m_pages->currentIndex());
}

bool MainWindow::isPageBuilt(Section section) const
{
    const QWidget *page = m_pages->widget(static_cast<int>(section));
    return page && page->objectName() != u"unbuiltPage";
}

void MainWindow::ensurePage(int i)
{
    QWidget *old = m_pages->widget(i);
    if (!old || old->objectName() != u"unbuiltPage" || !m_database)
        return;
    const auto section = static_cast<Section>(i);
    QWidget *fresh = nullptr;
    if (section == Section::Dashboard && m_database) {
        auto *dashboard = new DashboardPage(*m_database, m_pages);
        connect(dashboard, &DashboardPage::drillDownRequested, this, [this](ListKind listKind, const ListFilter &filter) {
            showList(listKind, filter);
        });
        fresh = dashboard;
    } else if (const auto kind = listOf(section); kind && m_database) {
        auto *list = new RecordListPage(*m_database, *kind, nullptr);
        connect(list, &RecordListPage::openRequested, this,
                [this](ListKind listKind, qint64 id) { openRecord(ListStore::table(listKind), id); });
        connect(list, &RecordListPage::countChanged, this, [this, i](const QString &text) {
            if (m_pages->currentIndex() == i)
                statusBar()->showMessage(text);
        });
        fresh = list;
        // Opportunities also show as a pipeline board, activities as an agenda.
        if (section == Section::Opportunities) {
            auto *board = new PipelineBoard(*m_database);
            connect(board, &PipelineBoard::openRequested, this, &MainWindow::openRecord);
            connect(board, &PipelineBoard::opportunitiesChanged, this, &MainWindow::reloadChangedPages);
            auto *tabs = new QTabWidget(m_pages);
            tabs->setObjectName(QStringLiteral("opportunityTabs"));
            tabs->addTab(list, tr("List"));
            tabs->addTab(board, tr("Pipeline board"));
            fresh = tabs;
        } else if (section == Section::Activities) {
            auto *agenda = new ActivityAgenda(*m_database);
            connect(agenda, &ActivityAgenda::openRequested, this, &MainWindow::openRecord);
            connect(agenda, &ActivityAgenda::activitiesChanged, this, &MainWindow::reloadChangedPages);
            connect(agenda, &ActivityAgenda::userChanged, this, [this](qint64 userId) {
                if (m_reminders) {
                    m_reminders->setUser(userId);
                    m_reminders->checkNow();
                }
            });
            auto *tabs = new QTabWidget(m_pages);
            tabs->setObjectName(QStringLiteral("activityTabs"));
            tabs->addTab(agenda, tr("Agenda"));
            tabs->addTab(list, tr("List"));
            fresh = tabs;
        }
    } else {
        fresh = new NotAvailablePage(section, m_pages);
    }
    const bool wasCurrent = m_pages->currentIndex() == i;
    m_pages->insertWidget(i, fresh);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(i);
}

void MainWindow::reloadChangedPages()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        for (auto *board : page->findChildren<PipelineBoard *>())
            board->invalidate();
        for (auto *agenda : page->findChildren<ActivityAgenda *>())
            agenda->invalidate();
        auto lists = page->findChildren<RecordListPage *>();
        if (auto *list = qobject_cast<RecordListPage *>(page))
            lists << list;
        if (page == m_pages->currentWidget()) {
            for (RecordListPage *list : lists)
                list->reload();
        }
    }
}

void MainWindow::showList(ListKind kind, const ListFilter &filter)
{
    for (int i = 0; i < static_cast<int>(Section::Count); ++i) {
        if (listOf(static_cast<Section>(i)) == kind) {
            showSection(static_cast<Section>(i));
            QWidget *page = m_pages->widget(i);
            auto *list = qobject_cast<RecordListPage *>(page);
            if (!list)
                list = page->findChild<RecordListPage *>();
            if (auto *tabs = qobject_cast<QTabWidget *>(page); tabs && list)
                tabs->setCurrentWidget(list);
            if (list)
                list->showFiltered(filter);
            return;
        }
    }
}

void MainWindow::openRecord(const QString &table, qint64 id)
{
    if (!m_database)
        return;
    auto *dialog = new RecordDialog(*m_database, table, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::openRecord, this, &MainWindow::openRecord);
    connect(dialog, &RecordDialog::recordsChanged, this, &MainWindow::reloadChangedPages);
    dialog->show();
}

bool MainWindow::openDatabase(const QString &path, Database::Mode mode)
{
    auto opened = Database::open(path, mode);
    if (!opened) {
        // A damaged file with automatic backups: offer the newest instead of only refusing.
        if (auto restored = BackupManager::offerRestoreAfterFailure(this, path, opened.error())) {
            closeCurrentDatabase();
            setDatabase(std::move(restored));
            return true;
        }
        QMessageBox::warning(this, tr("Cannot open database"), opened.error().text());
        return false;
    }
    closeCurrentDatabase();
    setDatabase(std::move(*opened));
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_reminders.reset(); // it holds the old database: it must go first
    m_database = std::move(database);
    if (m_database) {
        const QString path = QFileInfo(m_database->path()).absoluteFilePath();
        QSettings().setValue(kLastKey, path);
        rememberRecent(path);
        actAsRememberedUser();
        m_reminders = std::make_unique<ReminderNotifier>(*m_database);
        m_reminders->setDialogAnchor(this);
        m_reminders->setUser(ActivityAgenda::rememberedUser());
        connect(m_reminders.get(), &ReminderNotifier::openRequested, this, &MainWindow::openRecord);
        connect(m_reminders.get(), &ReminderNotifier::activitiesChanged, this, &MainWindow::reloadChangedPages);
        m_reminders->start();
    }
    rebuildPages();
    updateStatus();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::updateStatus()
{
    m_statusDatabase->setText(m_database
                                  ? tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path()))
                                  : tr("No database open"));
    m_backupAction->setEnabled(m_database != nullptr);
    m_importAction->setEnabled(m_database != nullptr);
    m_restoreAction->setEnabled(m_database != nullptr);
    m_backupsAction->setEnabled(m_database != nullptr);
    m_settingsAction->setEnabled(m_database != nullptr);
    m_searchAction->setEnabled(m_database != nullptr);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new file name; Qianyue never overwrites a database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, Database::Mode::CreateNew);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backupDatabase()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggestion = current.absolutePath() + QLatin1Char('/') + current.completeBaseName()
                               + QStringLiteral("-backup.db");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up database"), suggestion, fileFilter());
    if (target.isEmpty())
        return;
    if (auto done = m_database->backupTo(target); !done) {
        QMessageBox::warning(this, tr("Backup failed"), done.error().text());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::actAsRememberedUser()
{
    // The salesperson this machine belongs to (chosen on the agenda) is who
    // the audit log names and whose figures a rep's dashboard shows; an id
    // remembered from another database is ignored.
    const auto user = ActivityAgenda::rememberedUser();
    if (user && RecordStore(*m_database).get(QStringLiteral("users"), *user))
        m_database->setActor(user);
}

void MainWindow::closeCurrentDatabase()
{
    // The database being left gets its automatic backup, as on quitting.
    if (m_database)
        BackupManager::backupOnClose(this, *m_database);
}

void MainWindow::importFile()
{
    if (!m_database)
        return;
    if (ImportWizard::run(this, *m_database))
        rebuildPages();
}

void MainWindow::restoreDatabase()
{
    if (!m_database)
        return;
    auto restored = BackupManager::restoreInteractively(this, *m_database, [this] { setDatabase(nullptr); });
    if (restored)
        setDatabase(std::move(restored));
}

void MainWindow::showBackups()
{
    if (m_database)
        BackupManager::showBackupsDialog(this, *m_database);
}

void MainWindow::switchLanguage(const QString &language)
{
    m_localization.install(language);
    QSettings().setValue(kLanguageKey, language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    // Installing translators sends LanguageChange to every widget, which retranslates itself.
}

void MainWindow::showSearch()
{
    if (!m_database)
        return;
    auto *dialog = new SearchDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::openRequested, this, &MainWindow::openRecord);
    // Window-modal: File → Open cannot replace the database while the dialog holds it.
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void MainWindow::showSettings()
{
    if (!m_database)
        return;
    auto *dialog = new SettingsDialog(*m_database, m_localization.current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChosen, this, &MainWindow::switchLanguage);
    connect(dialog, &SettingsDialog::settingsSaved, this, &MainWindow::reloadChangedPages);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Qianyue"),
                       tr("<h3>Qianyue CRM %1</h3>"
                          "<p>A desktop CRM for salespeople: from the first lead to the last payment.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later.</p>"
                          "<p>Built with Qt %2 (running on Qt %3).</p>")
                           .arg(QStringLiteral(QIANYUE_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

} // namespace qianyue::ui
