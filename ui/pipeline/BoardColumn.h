#pragma once

#include "core/store/BoardStore.h"

#include <QListWidget>

#include <optional>

class QMimeData;

namespace qianyue::ui {

/// A dragged opportunity card: which one, and the stage it was dragged from.
struct DraggedCard {
    qint64 opportunityId = 0;
    qint64 fromStageId = 0;
};

/// Packs a card for a drag; only Qianyue's own board reads this format.
QMimeData *cardMimeData(const DraggedCard &card);
/// The card a drag carries, if it carries one.
std::optional<DraggedCard> draggedCard(const QMimeData *mime);

/// One stage's column of opportunity cards. Cards are dragged out and
/// dropped in, but a drop only reports the wish (cardDropped): the board asks
/// the workflow and re-reads, so a refused move never leaves a card misplaced.
class BoardColumn : public QListWidget
{
    Q_OBJECT

public:
    /// Item data the card delegate paints.
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        CustomerRole,
        OwnerRole,
        AmountRole,      ///< formatted amount text
        CloseDateRole,   ///< QDate, invalid when not set
    };

    BoardColumn(qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    /// Replaces the cards, keeping the scroll position and the selected card where it is still there.
    void setCards(const std::vector<BoardCard> &cards);
    /// The opportunity ids of the cards, top to bottom.
    QList<qint64> cardIds() const;
    /// The id of the selected card, if any.
    std::optional<qint64> currentCard() const;

Q_SIGNALS:
    /// A card was dropped here from another column.
    void cardDropped(qint64 opportunityId, qint64 toStageId);
    /// A card was double-clicked or activated with Enter.
    void cardActivated(qint64 opportunityId);
    /// The context menu was asked for on a card.
    void cardMenuRequested(qint64 opportunityId, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool accepts(const QMimeData *mime) const;
    void setHighlighted(bool on);

    qint64 m_stageId;
};

} // namespace qianyue::ui
