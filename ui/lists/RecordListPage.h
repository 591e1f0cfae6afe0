#pragma once

#include "core/store/ListStore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class RecordListModel;

/// A sidebar section's list: a filter bar over a lazily paged table of
/// records, with the match count, CSV export and opening a record.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    RecordListPage(Database &database, ListKind kind, QWidget *parent = nullptr);

    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    /// Shows or hides a column (the header's context menu); remembered per list.
    /// The last visible column cannot be hidden.
    void setColumnShown(int column, bool shown);
    /// Re-reads the list (after a change elsewhere).
    void reload();
    /// Shows exactly the records of `filter` (a chart's drill-down), resetting the filter bar.
    void showFiltered(const ListFilter &filter);
    /// Writes every row matching the current filter as CSV (UTF-8 with BOM, which Excel reads).
    bool exportCsv(const QString &path, QString *error = nullptr);
    /// Deletes the selected records (undoable); false with `error` set when refused.
    bool deleteSelected(QString *error = nullptr);
    QUndoStack *undoStack() const { return m_undo; }
    /// Whether records of this list can be created and deleted here.
    bool canEdit() const;

    /// Saves the current filter under `name` (replacing one of that name); false with `error` set when refused.
    bool saveFilter(const QString &name, QString *error = nullptr);
    /// Applies the saved filter called `name`, filling the filter bar; false when there is none.
    bool applySavedFilter(const QString &name);
    /// Forgets the saved filter called `name`.
    bool deleteSavedFilter(const QString &name);
    /// The names of this list's saved filters.
    QStringList savedFilterNames() const;

Q_SIGNALS:
    /// The user asked to open the record with this id.
    void openRequested(qianyue::ListKind kind, qint64 id);
    /// The number of matching records, for the status bar.
    void countChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRepOwnRecords();
    void chooseColumns(const QPoint &at);
    void rememberColumns();
    void buildFilterBar();
    void applyFilter();
    void retranslate();
    void exportDialog();
    void openCurrent();
    void updateCount();
    void newRecord();
    void fillBar(const ListFilter &filter);
    void reloadSavedFilters();
    void saveFilterDialog();

    Database &m_db;
    ListKind m_kind;
    RecordListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QComboBox *m_consent = nullptr;
    QComboBox *m_saved = nullptr;
    QToolButton *m_saveFilter = nullptr;
    QAction *m_saveFilterAction = nullptr;
    QAction *m_deleteFilterAction = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_delete = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace qianyue::ui
