#pragma once

#include "core/store/ListStore.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class RecordListModel;

/// One tab of a record's related records (a customer's contracts, a
/// contract's orders): the list of `kind` narrowed to the parent record,
/// read from the store only when the tab is first shown and then page by page
/// as it scrolls, like the sidebar lists. Double-click or Enter opens a record.
class RelatedListTab : public QWidget
{
    Q_OBJECT

public:
    RelatedListTab(Database &database, ListKind kind, const ListFilter &filter, QWidget *parent = nullptr);

    ListKind kind() const { return m_kind; }
    /// Reads the first page unless that was done already.
    void ensureLoaded();
    /// Re-reads from the first page when loaded (after a chain step changed records).
    void reload();
    /// Null until the tab was loaded.
    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Opens the record in `row` as a double-click would.
    void openRow(int row);

Q_SIGNALS:
    void openRequested(const QString &table, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCount();

    Database &m_db;
    ListKind m_kind;
    ListFilter m_filter;
    RecordListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace qianyue::ui
