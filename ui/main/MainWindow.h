#pragma once

#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "ui/main/Section.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace qianyue {
class Localization;
}

namespace qianyue::ui {

class ReminderNotifier;

/// The application window: the sidebar of sections, the open database, and
/// the File / Settings / Help menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Localization &localization, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` (creating it for Mode::CreateNew), replacing the open
    /// database. On failure the message is shown and the old database stays open.
    bool openDatabase(const QString &path, Database::Mode mode = Database::Mode::OpenExisting);
    /// Takes over an already opened database.
    void setDatabase(std::unique_ptr<Database> database);
    Database *database() const { return m_database.get(); }

    void showSection(Section section);
    /// Shows the section with this key ("customers"); false for an unknown key.
    bool showSection(const QString &key);
    Section currentSection() const;
    /// Shows the list of `kind` filtered to exactly `filter` (a chart's drill-down).
    void showList(ListKind kind, const ListFilter &filter);
    /// The widget shown for a section (a list page once a database is open), built now if it was not yet.
    QWidget *page(Section section);
    /// Whether a section's page was built: pages are built when first shown.
    bool isPageBuilt(Section section) const;

    /// Recently opened files, newest first, as stored in QSettings.
    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildSidebar();
    void retranslate();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateStatus();

    void newDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    void restoreDatabase();
    void showBackups();
    void importFile();
    void closeCurrentDatabase();
    void actAsRememberedUser();
    void switchLanguage(const QString &language);
    void showAbout();
    void showSearch();
    void showSettings();
    void rebuildPages();
    void ensurePage(int index);
    void openRecord(const QString &table, qint64 id);
    void reloadChangedPages();

    Localization &m_localization;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReminderNotifier> m_reminders; ///< after m_database: destroyed before it

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusDatabase = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_backupsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_searchAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace qianyue::ui
