#pragma once

#include <QLabel>

namespace qianyue::ui {

/// A target beside the stage columns that a card is dropped on to close its
/// opportunity (won or lost); it reports the wish and the board asks the workflow.
class BoardDropZone : public QLabel
{
    Q_OBJECT

public:
    /// `outcome` is "won" or "lost"; it picks the colour.
    BoardDropZone(const QString &outcome, QWidget *parent = nullptr);

    QString outcome() const { return m_outcome; }

Q_SIGNALS:
    void cardDropped(qint64 opportunityId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);

    QString m_outcome;
};

} // namespace qianyue::ui
