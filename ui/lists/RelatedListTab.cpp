#include "ui/lists/RelatedListTab.h"

#include "ui/lists/RecordListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace qianyue::ui {

RelatedListTab::RelatedListTab(Database &database, ListKind kind, const ListFilter &filter, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_kind(kind)
    , m_filter(filter)
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("related_") + ListStore::table(kind));
    m_view->setObjectName(QStringLiteral("relatedView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view, [this] { openRow(m_view->currentIndex().row()); },
                                Qt::WidgetShortcut);
    Q_UNUSED(enter);
    m_count->setObjectName(QStringLiteral("relatedCount"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

void RelatedListTab::showEvent(QShowEvent *event)
{
    // Tabs not looked at cost nothing: a customer with ten related lists opens with none read.
    ensureLoaded();
    QWidget::showEvent(event);
}

void RelatedListTab::ensureLoaded()
{
    if (m_model)
        return;
    m_model = new RecordListModel(m_db, m_kind, m_filter, this);
    m_view->setModel(m_model);
    // The kind's default order until a header is clicked (column 0 would sort the whole list first).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    const auto &columns = ListStore::columns(m_kind);
    for (std::size_t i = 0; i < columns.size(); ++i)
        m_view->setColumnHidden(int(i), !columns[i].visibleByDefault);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column), 50, 240));
    connect(m_model, &RecordListModel::totalCountChanged, this, &RelatedListTab::updateCount);
    updateCount();
}

void RelatedListTab::reload()
{
    if (m_model)
        m_model->reload();
}

void RelatedListTab::openRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    Q_EMIT openRequested(ListStore::table(m_kind), m_model->recordId(row));
}

void RelatedListTab::updateCount()
{
    if (!m_model)
        return;
    QString text = m_model->lastError();
    if (text.isEmpty())
        text = m_model->countKnown() ? tr("%n record(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX)))
                                     : tr("Counting…");
    m_count->setText(text);
}

void RelatedListTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCount();
    QWidget::changeEvent(event);
}

} // namespace qianyue::ui
