#pragma once

#include "core/store/ListStore.h"

#include <QAbstractTableModel>

class QTimer;

#include <vector>

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// One record list over the store: rows arrive page by page (keyset paging)
/// as the view scrolls, and filtering and sorting happen in SQL, so a list of
/// a million contracts opens at once and never holds every row.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The raw stored value of a cell, kept apart from its display text for sorting and export.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The record id of a row.
    static constexpr int RecordIdRole = Qt::UserRole + 2;

    RecordListModel(Database &database, ListKind kind, QObject *parent = nullptr);
    /// A list that starts narrowed to `filter` (a record's related tab): its first page is read once, filtered.
    RecordListModel(Database &database, ListKind kind, const ListFilter &filter, QObject *parent = nullptr);

    ListKind kind() const { return m_kind; }
    const ListFilter &filter() const { return m_filter; }
    /// Applies a new filter (and sort) and starts again from the first page.
    void setFilter(const ListFilter &filter);
    /// Re-reads from the first page, e.g. after a record changed.
    void reload();
    /// How many records match the filter, counted in SQL (now, if the count is still pending).
    qint64 totalCount() const;
    /// Whether the count of the current filter is known yet: it is taken a moment
    /// after the first page, so a keystroke in the filter shows rows without waiting
    /// for a count over the whole table (totalCountChanged follows).
    bool countKnown() const { return !m_countPending; }
    /// The record id of `row`.
    qint64 recordId(int row) const;
    /// The last error, empty when the last read worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int kPageSize = 200;
    /// How long after a reload the count is taken; a new reload within it postpones it.
    static constexpr int kCountDelayMs = 150;

Q_SIGNALS:
    /// The total count changed (after a filter change or reload).
    void totalCountChanged(qint64 total);

private:
    std::vector<QVariantList> readPage(const QVariantList &after);
    void countNow() const;
    int currencyColumn(const ListColumn &column) const;

    Database &m_db;
    ListKind m_kind;
    ListFilter m_filter;
    std::vector<QVariantList> m_rows; ///< record id, columns…, sort key
    bool m_atEnd = false;
    bool m_changing = false; ///< inside a reset or an insertion: no nested fetching
    mutable qint64 m_total = 0;
    mutable bool m_countPending = false;
    QTimer *m_countTimer = nullptr;
    QString m_error;
};

} // namespace qianyue::ui
