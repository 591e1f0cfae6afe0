#include "ui/pipeline/OpportunityCardDelegate.h"

#include "ui/common/Formatting.h"
#include "ui/pipeline/BoardColumn.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace qianyue::ui {

namespace {

constexpr int kOuterX = 6;
constexpr int kOuterY = 4;
constexpr int kPadding = 8;
constexpr int kLineGap = 2;

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

OpportunityCardDelegate::OpportunityCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize OpportunityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics plain(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const int height = bold.height() + 3 * plain.height() + 3 * kLineGap + 2 * kPadding + 2 * kOuterY;
    return {plain.averageCharWidth() * 30, height};
}

void OpportunityCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Cards keep the application's base colour even though the column behind them is shaded.
    const QPalette palette = QApplication::palette();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QRectF card = QRectF(option.rect.adjusted(kOuterX, kOuterY, -kOuterX, -kOuterY)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, palette.color(QPalette::Base));
    const QColor border = selected  ? palette.color(QPalette::Highlight)
                          : hovered ? palette.color(QPalette::Dark)
                                    : palette.color(QPalette::Mid);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->drawPath(path);

    const QFont plainFont = option.font;
    const QFont titleFont = boldFont(option.font);
    const QFontMetrics plain(plainFont);
    const QFontMetrics title(titleFont);
    const QRect inner = option.rect.adjusted(kOuterX + kPadding, kOuterY + kPadding, -kOuterX - kPadding, -kOuterY - kPadding);
    const QColor text = palette.color(QPalette::Text);
    const QColor dim = palette.color(QPalette::PlaceholderText);
    int y = inner.top();

    const auto line = [&](const QFont &font, const QFontMetrics &metrics, const QColor &color, const QString &left,
                          const QString &right = QString(), const QColor &rightColor = QColor()) {
        painter->setFont(font);
        const int rightWidth = right.isEmpty() ? 0 : metrics.horizontalAdvance(right) + kPadding;
        QRect row(inner.left(), y, inner.width(), metrics.height());
        if (!right.isEmpty()) {
            painter->setPen(rightColor.isValid() ? rightColor : color);
            painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, right);
        }
        painter->setPen(color);
        painter->drawText(row.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(left, Qt::ElideRight, row.width() - rightWidth));
        y += metrics.height() + kLineGap;
    };

    line(titleFont, title, text, index.data(Qt::DisplayRole).toString());
    line(plainFont, plain, text, index.data(BoardColumn::CustomerRole).toString());
    const QDate close = index.data(BoardColumn::CloseDateRole).toDate();
    // An expected close already behind us is the first thing a salesperson should notice.
    const QColor closeColor = close.isValid() && close < QDate::currentDate() ? QColor(0xc0, 0x39, 0x2b) : dim;
    line(titleFont, title, text, index.data(BoardColumn::AmountRole).toString(),
         close.isValid() ? Formatting::date(close.toString(Qt::ISODate)) : QString(), closeColor);
    const QString owner = index.data(BoardColumn::OwnerRole).toString();
    line(plainFont, plain, dim, owner.isEmpty() ? tr("Unassigned") : owner, index.data(BoardColumn::CodeRole).toString());
    painter->restore();
}

} // namespace qianyue::ui
