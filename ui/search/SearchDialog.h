#pragma once

#include "core/store/SearchStore.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// The global search box (Ctrl+K): one line across customers, contacts,
/// leads, opportunities, quotes, contracts and orders. Results follow each
/// keystroke, grouped by kind; arrows move, Enter opens, Esc closes.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    /// Hits shown per record kind.
    static constexpr int kHitsPerKind = 6;

    /// Item data of the result list.
    enum Role {
        TableRole = Qt::UserRole + 1, ///< the record's table; empty for a kind's heading
        IdRole,
        SubtitleRole,
        MoreRole, ///< on a heading: more records of the kind match than are shown
    };

    explicit SearchDialog(Database &database, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *results() const { return m_results; }
    /// Opens the selected hit (the first one when none is selected); false when there is none.
    bool openCurrent();

Q_SIGNALS:
    /// The user chose a record to open.
    void openRequested(const QString &table, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void showGroups();
    void moveSelection(int steps);
    void open(QListWidgetItem *item);
    void retranslate();

    Database &m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    std::vector<SearchGroup> m_groups;
    QString m_error;
};

} // namespace qianyue::ui
