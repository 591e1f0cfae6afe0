#include "ui/pipeline/BoardDropZone.h"

#include "ui/pipeline/BoardColumn.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace qianyue::ui {

namespace {

QColor tint(const QString &outcome)
{
    return outcome == u"won" ? QColor(0x27, 0xae, 0x60) : QColor(0xc0, 0x39, 0x2b);
}

} // namespace

BoardDropZone::BoardDropZone(const QString &outcome, QWidget *parent)
    : QLabel(parent)
    , m_outcome(outcome)
{
    setObjectName(QStringLiteral("drop_") + outcome);
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(8);
    setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    setHighlighted(false);
}

void BoardDropZone::setHighlighted(bool on)
{
    const QColor color = tint(m_outcome);
    QColor fill = color;
    fill.setAlpha(on ? 70 : 18);
    setStyleSheet(QStringLiteral("QLabel { border: 2px dashed %1; border-radius: 6px; color: %1; background: rgba(%2, %3, %4, %5); }")
                      .arg(color.name())
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alpha()));
}

void BoardDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedCard(event->mimeData())) {
        event->ignore();
        return;
    }
    setHighlighted(true);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardDropZone::dragMoveEvent(QDragMoveEvent *event)
{
    if (!draggedCard(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardDropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    event->accept();
}

void BoardDropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const auto card = draggedCard(event->mimeData());
    if (!card) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT cardDropped(card->opportunityId);
}

} // namespace qianyue::ui
