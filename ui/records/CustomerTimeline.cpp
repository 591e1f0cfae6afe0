#include "ui/records/CustomerTimeline.h"

#include "core/store/RecordStore.h"
#include "ui/common/Formatting.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

constexpr int kTableRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QString whenText(const QString &stored)
{
    // Dates stay dates; timestamps (activities) show their local date and time.
    return stored.size() > 10 ? Formatting::dateTime(stored) : Formatting::date(stored);
}

QString kindText(const TimelineEvent &event)
{
    QString text = event.table == u"activities" ? Formatting::state(event.table, event.kind) : RecordStore::kindName(event.table);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

CustomerTimeline::CustomerTimeline(Database &database, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_customerId(customerId)
    , m_tree(new QTreeWidget(this))
    , m_more(new QPushButton(this))
{
    setObjectName(QStringLiteral("customerTimeline"));
    m_tree->setObjectName(QStringLiteral("timeline"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnCount(5);
    setHeaders();
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openRow(m_tree->indexOfTopLevelItem(item)); });
    m_more->setObjectName(QStringLiteral("timelineMore"));
    m_more->setText(tr("Show older"));
    m_more->setEnabled(false);
    connect(m_more, &QPushButton::clicked, this, &CustomerTimeline::loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
}

void CustomerTimeline::setHeaders()
{
    m_tree->setHeaderLabels({tr("Date"), tr("What"), tr("Record"), tr("Status"), tr("Amount")});
}

void CustomerTimeline::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void CustomerTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeaders();
        m_more->setText(tr("Show older"));
    }
    QWidget::changeEvent(event);
}

void CustomerTimeline::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void CustomerTimeline::reload()
{
    m_loaded = true;
    m_tree->clear();
    m_last.reset();
    loadMore();
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
}

bool CustomerTimeline::loadMore()
{
    auto events = TimelineStore(m_db).customerEvents(m_customerId, kPageSize, m_last);
    if (!events) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, events.error().text());
        m_more->setEnabled(false);
        return false;
    }
    append(*events);
    m_more->setEnabled(int(events->size()) == kPageSize);
    return !events->empty();
}

void CustomerTimeline::append(const std::vector<TimelineEvent> &events)
{
    for (const TimelineEvent &event : events) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, whenText(event.date));
        item->setText(1, kindText(event));
        item->setText(2, event.title);
        item->setText(3, Formatting::state(event.table, event.status));
        if (event.amount) {
            item->setText(4, Formatting::money(*event.amount, event.currency));
            item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setData(0, kTableRole, event.table);
        item->setData(0, kIdRole, event.id);
        m_last = event;
    }
}

void CustomerTimeline::openRow(int row)
{
    QTreeWidgetItem *item = m_tree->topLevelItem(row);
    if (!item || item->data(0, kIdRole).isNull())
        return;
    Q_EMIT openRequested(item->data(0, kTableRole).toString(), item->data(0, kIdRole).toLongLong());
}

} // namespace qianyue::ui
