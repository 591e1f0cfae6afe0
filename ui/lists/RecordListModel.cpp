#include "ui/lists/RecordListModel.h"

#include "core/store/Database.h"
#include "ui/common/Formatting.h"

#include <QTimer>

namespace qianyue::ui {

RecordListModel::RecordListModel(Database &database, ListKind kind, QObject *parent)
    : RecordListModel(database, kind, ListFilter(), parent)
{
}

RecordListModel::RecordListModel(Database &database, ListKind kind, const ListFilter &filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database)
    , m_kind(kind)
    , m_filter(filter)
    , m_countTimer(new QTimer(this))
{
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(kCountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, [this] {
        if (m_countPending) {
            countNow();
            Q_EMIT totalCountChanged(m_total);
        }
    });
    reload();
}

Result<std::vector<QVariantList>> RecordListModel::readPage(const QVariantList &after) const
{
    return ListStore(m_db).page(m_kind, m_filter, after, kPageSize);
}

void RecordListModel::keepPage(int page, std::vector<QVariantList> rows) const
{
    m_pages[page] = CachedPage{std::move(rows), ++m_useClock};
    // Scrolling through a million rows must not keep them all: drop the page unused longest.
    while (int(m_pages.size()) > kCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->second.lastUsed < oldest->second.lastUsed)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

const std::vector<QVariantList> *RecordListModel::pageRows(int page) const
{
    if (auto it = m_pages.find(page); it != m_pages.end()) {
        it->second.lastUsed = ++m_useClock;
        return &it->second.rows;
    }
    if (page < 0 || page >= int(m_anchors.size()))
        return nullptr;
    auto rows = readPage(m_anchors[std::size_t(page)]);
    if (!rows)
        return nullptr;
    keepPage(page, std::move(*rows));
    return &m_pages[page].rows;
}

const QVariantList *RecordListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto *rows = pageRows(row / kPageSize);
    const std::size_t offset = std::size_t(row % kPageSize);
    // A page read again after another writer changed the table may come back shorter.
    return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
}

void RecordListModel::appendPage(std::vector<QVariantList> rows)
{
    if (int(rows.size()) < kPageSize)
        m_atEnd = true;
    if (rows.empty())
        return;
    m_anchors.push_back(m_nextAnchor);
    m_nextAnchor = {rows.back().first(), rows.back().last()};
    m_rowCount += int(rows.size());
    keepPage(int(m_anchors.size()) - 1, std::move(rows));
}

void RecordListModel::reload()
{
    // Nothing may be fetched while the reset is being announced: views and
    // testers react to the reset signals by asking for more rows.
    m_changing = true;
    beginResetModel();
    m_pages.clear();
    m_anchors.clear();
    m_nextAnchor.clear();
    m_rowCount = 0;
    m_atEnd = false;
    auto first = readPage({});
    if (first) {
        m_error.clear();
        appendPage(std::move(*first));
    } else {
        m_error = first.error().text();
        m_atEnd = true;
    }
    endResetModel();
    m_changing = false;
    if (m_atEnd) {
        // Everything matching fits in the first page: that is the count.
        m_countPending = false;
        m_countTimer->stop();
        m_total = m_rowCount;
        Q_EMIT totalCountChanged(m_total);
    } else {
        m_countPending = true;
        m_countTimer->start();
    }
}

void RecordListModel::countNow() const
{
    auto total = ListStore(m_db).count(m_kind, m_filter);
    m_total = total ? *total : qint64(m_rowCount);
    m_countPending = false;
}

qint64 RecordListModel::totalCount() const
{
    if (m_countPending)
        countNow();
    return m_total;
}

void RecordListModel::setFilter(const ListFilter &filter)
{
    m_filter = filter;
    reload();
}

qint64 RecordListModel::recordId(int row) const
{
    const QVariantList *values = rowAt(row);
    return values ? values->first().toLongLong() : 0;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ListStore::columns(m_kind).size());
}

int RecordListModel::currencyColumn(const ListColumn &column) const
{
    const auto &columns = ListStore::columns(m_kind);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].key == column.currencyKey)
            return int(i);
    }
    return -1;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList *values = rowAt(index.row());
    if (!values)
        return {};
    const QVariantList &row = *values;
    const ListColumn &column = ListStore::columns(m_kind)[std::size_t(index.column())];
    const QVariant &value = row.at(index.column() + 1);
    switch (role) {
    case Qt::DisplayRole: {
        const int currency = column.kind == ListColumnKind::Money ? currencyColumn(column) : -1;
        return Formatting::display(ListStore::table(m_kind), column, value,
                                   currency >= 0 ? row.at(currency + 1).toString() : QString());
    }
    case Qt::TextAlignmentRole:
        if (column.kind == ListColumnKind::Money || column.kind == ListColumnKind::Number || column.kind == ListColumnKind::Rate
            || column.kind == ListColumnKind::Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    case RecordIdRole:
        return row.first();
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return ListStore::header(m_kind, ListStore::columns(m_kind)[std::size_t(section)].key);
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing || m_rowCount == 0)
        return;
    auto more = readPage(m_nextAnchor);
    if (!more) {
        m_error = more.error().text();
        m_atEnd = true;
        return;
    }
    m_error.clear();
    if (more->empty()) {
        m_atEnd = true;
        return;
    }
    const int first = m_rowCount;
    m_changing = true; // no nested fetch while the insertion is announced
    beginInsertRows({}, first, first + int(more->size()) - 1);
    appendPage(std::move(*more));
    endInsertRows();
    m_changing = false;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_filter.sortColumn && (order == Qt::DescendingOrder) == m_filter.descending)
        return;
    m_filter.sortColumn = column;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace qianyue::ui
