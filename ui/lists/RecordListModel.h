#pragma once

#include "core/store/ListStore.h"

#include <QAbstractTableModel>

class QTimer;

#include <map>
#include <vector>

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// One record list over the store: rows arrive page by page (keyset paging)
/// as the view scrolls, and filtering and sorting happen in SQL, so a list of
/// a million contracts opens at once and never holds every row. Only the
/// pages seen last stay in memory; each page keeps where it starts (its
/// keyset anchor), so a page dropped from memory is read again when it is
/// scrolled back into view.
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
    /// How many pages' rows are kept in memory at most (the rest are read again when needed).
    static constexpr int kCachedPages = 25;
    /// How many pages' rows are in memory now.
    int cachedPages() const { return int(m_pages.size()); }
    /// How long after a reload the count is taken; a new reload within it postpones it.
    static constexpr int kCountDelayMs = 150;

Q_SIGNALS:
    /// The total count changed (after a filter change or reload).
    void totalCountChanged(qint64 total);

private:
    /// The rows of a page, reading it again if it was dropped; nullptr when it cannot be read.
    const std::vector<QVariantList> *pageRows(int page) const;
    const QVariantList *rowAt(int row) const;
    void keepPage(int page, std::vector<QVariantList> rows) const;
    Result<std::vector<QVariantList>> readPage(const QVariantList &after) const;
    void appendPage(std::vector<QVariantList> rows);
    void countNow() const;
    int currencyColumn(const ListColumn &column) const;

    Database &m_db;
    ListKind m_kind;
    ListFilter m_filter;
    struct CachedPage {
        std::vector<QVariantList> rows; ///< record id, columns…, sort key
        quint64 lastUsed = 0;
    };
    std::vector<QVariantList> m_anchors; ///< per page: (id, sort key) of the row before it; empty for the first
    QVariantList m_nextAnchor;           ///< where the page after the last one starts
    int m_rowCount = 0;
    mutable std::map<int, CachedPage> m_pages;
    mutable quint64 m_useClock = 0;
    bool m_atEnd = false;
    bool m_changing = false; ///< inside a reset or an insertion: no nested fetching
    mutable qint64 m_total = 0;
    mutable bool m_countPending = false;
    QTimer *m_countTimer = nullptr;
    QString m_error;
};

} // namespace qianyue::ui
