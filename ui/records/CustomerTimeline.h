#pragma once

#include "core/store/TimelineStore.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTreeWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// The customer 360 timeline: the customer's activities and chain records
/// (leads, opportunities, quotes, contracts, orders, receivables, receipts)
/// by date, newest first, a page at a time; double-click opens the record.
class CustomerTimeline : public QWidget
{
    Q_OBJECT

public:
    CustomerTimeline(Database &database, qint64 customerId, QWidget *parent = nullptr);

    /// Reads the first page unless that was done already.
    void ensureLoaded();
    /// Starts again from the newest event.
    void reload();
    /// Appends the next older page; false when there is none.
    bool loadMore();
    QTreeWidget *tree() const { return m_tree; }
    /// Opens the event in `row` as a double-click would.
    void openRow(int row);

    static constexpr int kPageSize = 100;

Q_SIGNALS:
    void openRequested(const QString &table, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void append(const std::vector<TimelineEvent> &events);
    void setHeaders();

    Database &m_db;
    qint64 m_customerId;
    bool m_loaded = false;
    std::optional<TimelineEvent> m_last;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace qianyue::ui
