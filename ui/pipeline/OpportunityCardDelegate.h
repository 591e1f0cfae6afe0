#pragma once

#include <QStyledItemDelegate>

namespace qianyue::ui {

/// Paints an opportunity of the pipeline board as a card: name, customer,
/// amount and expected close, owner. A close date already past is shown in red.
class OpportunityCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OpportunityCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace qianyue::ui
