#include "ui/pipeline/BoardColumn.h"

#include "ui/common/Formatting.h"
#include "ui/pipeline/OpportunityCardDelegate.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QDataStream>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QScrollBar>

namespace qianyue::ui {

namespace {

const QString kCardMime = QStringLiteral("application/x-qianyue-opportunity-card");

} // namespace

QMimeData *cardMimeData(const DraggedCard &card)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << card.opportunityId << card.fromStageId;
    auto *mime = new QMimeData;
    mime->setData(kCardMime, bytes);
    return mime;
}

std::optional<DraggedCard> draggedCard(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kCardMime))
        return std::nullopt;
    QDataStream in(mime->data(kCardMime));
    DraggedCard card;
    in >> card.opportunityId >> card.fromStageId;
    if (in.status() != QDataStream::Ok || card.opportunityId <= 0)
        return std::nullopt;
    return card;
}

BoardColumn::BoardColumn(qint64 stageId, QWidget *parent)
    : QListWidget(parent)
    , m_stageId(stageId)
{
    setObjectName(QStringLiteral("cards_%1").arg(stageId));
    setItemDelegate(new OpportunityCardDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    // Cards are painted in the base colour; the column behind them is a shade darker so they stand out.
    QPalette shade = palette();
    shade.setColor(QPalette::Base, palette().color(QPalette::Window).darker(104));
    setPalette(shade);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT cardActivated(item->data(IdRole).toLongLong()); });
}

void BoardColumn::setCards(const std::vector<BoardCard> &cards)
{
    const int scroll = verticalScrollBar()->value();
    const std::optional<qint64> selected = currentCard();
    clear();
    for (const BoardCard &card : cards) {
        auto *item = new QListWidgetItem(card.name, this);
        item->setData(IdRole, card.id);
        item->setData(CodeRole, card.code);
        item->setData(CustomerRole, card.customer);
        item->setData(OwnerRole, card.owner);
        item->setData(AmountRole, Formatting::money(card.amount, card.currency));
        item->setData(CloseDateRole, card.expectedClose);
        item->setToolTip(QStringLiteral("%1 · %2").arg(card.code, card.name));
        if (selected && *selected == card.id)
            setCurrentItem(item);
    }
    verticalScrollBar()->setValue(scroll);
}

QList<qint64> BoardColumn::cardIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < count(); ++row)
        ids << item(row)->data(IdRole).toLongLong();
    return ids;
}

std::optional<qint64> BoardColumn::currentCard() const
{
    const QListWidgetItem *item = currentItem();
    return item ? std::optional<qint64>(item->data(IdRole).toLongLong()) : std::nullopt;
}

void BoardColumn::startDrag(Qt::DropActions)
{
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(cardMimeData({item->data(IdRole).toLongLong(), m_stageId}));
    const QRect rect = visualItemRect(item);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    // Whatever the drop target does, this column keeps its item: the board
    // re-reads every column after the workflow has moved (or refused to move) the card.
    drag->exec(Qt::MoveAction);
}

bool BoardColumn::accepts(const QMimeData *mime) const
{
    const auto card = draggedCard(mime);
    return card && card->fromStageId != m_stageId;
}

void BoardColumn::setHighlighted(bool on)
{
    QPalette shade = palette();
    const QColor normal = QPalette().color(QPalette::Window).darker(104);
    shade.setColor(QPalette::Base, on ? QPalette().color(QPalette::Highlight).lighter(175) : normal);
    setPalette(shade);
}

void BoardColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    setHighlighted(true);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    event->accept();
}

void BoardColumn::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const auto card = draggedCard(event->mimeData());
    if (!card || card->fromStageId == m_stageId) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT cardDropped(card->opportunityId, m_stageId);
}

void BoardColumn::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard the menu belongs to the selected card, shown beside it.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    QListWidgetItem *item = keyboard ? currentItem() : itemAt(viewport()->mapFromGlobal(event->globalPos()));
    if (!item)
        return;
    setCurrentItem(item);
    const QPoint at = keyboard ? viewport()->mapToGlobal(visualItemRect(item).center()) : event->globalPos();
    Q_EMIT cardMenuRequested(item->data(IdRole).toLongLong(), at);
}

} // namespace qianyue::ui
