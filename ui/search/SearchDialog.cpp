#include "ui/search/SearchDialog.h"

#include "core/store/Database.h"
#include "core/store/RecordStore.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

constexpr int kPadding = 10;
constexpr int kPageSteps = 5;

bool isHeading(const QModelIndex &index)
{
    return index.data(SearchDialog::TableRole).toString().isEmpty();
}

/// Headings as small bold captions with the count on the right; hits as
/// their title followed by a quieter subtitle on one line.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QRect area = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
        painter->save();
        if (isHeading(index)) {
            QFont font = opt.font;
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(opt.palette.color(QPalette::Disabled, QPalette::Text));
            const QRect text = area.adjusted(0, 4, 0, 0);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, opt.text);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, index.data(SearchDialog::MoreRole).toString());
            // A rule between groups; the first one sits right under the frame and needs none.
            if (index.row() > 0) {
                painter->setPen(opt.palette.color(QPalette::Midlight));
                painter->drawLine(opt.rect.topLeft() + QPoint(kPadding, 2), opt.rect.topRight() + QPoint(-kPadding, 2));
            }
        } else {
            const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
            style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
            const bool selected = opt.state & QStyle::State_Selected;
            const QFontMetrics metrics(opt.font);
            const QRect text = area.adjusted(kPadding, 0, 0, 0);
            const QString title = metrics.elidedText(opt.text, Qt::ElideRight, text.width() * 3 / 5);
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, title);
            const int used = metrics.horizontalAdvance(title) + 2 * kPadding;
            const QRect rest = text.adjusted(used, 0, 0, 0);
            painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                     : opt.palette.color(QPalette::Disabled, QPalette::Text));
            const QString subtitle = index.data(SearchDialog::SubtitleRole).toString();
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(subtitle, Qt::ElideRight, rest.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = QFontMetrics(option.font).height();
        return {option.rect.width(), isHeading(index) ? line + 12 : line + 10};
    }
};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

SearchDialog::SearchDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
{
    setObjectName(QStringLiteral("searchDialog"));
    resize(680, 480);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchText"));
    m_search->setClearButtonEnabled(true);
    QFont font = m_search->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_search->setFont(font);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &SearchDialog::runSearch);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    // Typing never leaves the box: the arrows move through the list from there.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_results, &QListWidget::itemClicked, this, &SearchDialog::open);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    retranslate();
    m_search->setFocus();
}

void SearchDialog::retranslate()
{
    setWindowTitle(tr("Search"));
    m_search->setPlaceholderText(tr("Name, number, phone or e-mail…"));
    showGroups();
}

void SearchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SearchDialog::runSearch()
{
    auto groups = SearchStore(m_db).search(m_search->text(), kHitsPerKind);
    m_error = groups ? QString() : groups.error().text();
    m_groups = groups ? std::move(*groups) : std::vector<SearchGroup>{};
    m_results->clearSelection();
    m_results->setCurrentItem(nullptr);
    showGroups();
}

void SearchDialog::showGroups()
{
    // Kept across a language change, which rebuilds the headings.
    const QListWidgetItem *previous = m_results->currentItem();
    const QString previousTable = previous ? previous->data(TableRole).toString() : QString();
    const qint64 previousId = previous ? previous->data(IdRole).toLongLong() : 0;

    m_results->clear();
    QListWidgetItem *select = nullptr;
    for (const SearchGroup &group : m_groups) {
        auto *heading = new QListWidgetItem(capitalised(RecordStore::kindName(group.kind)), m_results);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setData(MoreRole, group.more ? tr("more than %n", nullptr, int(group.hits.size()))
                                              : QString::number(group.hits.size()));
        for (const SearchHit &hit : group.hits) {
            auto *item = new QListWidgetItem(hit.title, m_results);
            item->setData(TableRole, hit.kind);
            item->setData(IdRole, hit.id);
            item->setData(SubtitleRole, hit.subtitle);
            item->setToolTip(hit.subtitle.isEmpty() ? hit.title
                                                    : QString(hit.title + QLatin1Char('\n') + hit.subtitle));
            if (!select || (hit.kind == previousTable && hit.id == previousId))
                select = item;
        }
    }
    if (select)
        m_results->setCurrentItem(select);

    const QString text = m_search->text().trimmed();
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (text.isEmpty())
        m_status->setText(tr("Finds customers, contacts, leads, opportunities, quotes, contracts and orders. "
                             "↑ ↓ to choose, Enter to open, Esc to close."));
    else if (m_groups.empty())
        m_status->setText(tr("Nothing matches “%1”.").arg(text));
    else if (text.toUcs4().size() < SearchStore::kSubstringLength)
        m_status->setText(tr("Showing names and numbers that start with “%1”; "
                             "type a third character to search inside them.")
                              .arg(text));
    else
        m_status->setText(tr("↑ ↓ to choose, Enter to open, Esc to close."));
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(kPageSteps);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-kPageSteps);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::moveSelection(int steps)
{
    const int direction = steps > 0 ? 1 : -1;
    int row = m_results->currentRow();
    int target = row;
    // Headings are skipped; at either end the selection stays on the last hit it reached.
    for (int moved = 0; moved < std::abs(steps);) {
        row += direction;
        if (row < 0 || row >= m_results->count())
            break;
        if (!isHeading(m_results->model()->index(row, 0))) {
            target = row;
            ++moved;
        }
    }
    if (target >= 0 && target != m_results->currentRow()) {
        m_results->setCurrentRow(target);
        m_results->scrollToItem(m_results->currentItem());
    }
}

bool SearchDialog::openCurrent()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item || item->data(TableRole).toString().isEmpty()) {
        item = nullptr;
        for (int row = 0; row < m_results->count() && !item; ++row) {
            if (!m_results->item(row)->data(TableRole).toString().isEmpty())
                item = m_results->item(row);
        }
    }
    if (!item)
        return false;
    open(item);
    return true;
}

void SearchDialog::open(QListWidgetItem *item)
{
    const QString table = item->data(TableRole).toString();
    if (table.isEmpty())
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    // Closed first, so the record opens on top of the window, not of this dialog.
    accept();
    Q_EMIT openRequested(table, id);
}

} // namespace qianyue::ui
