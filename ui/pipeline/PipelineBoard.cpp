#include "ui/pipeline/PipelineBoard.h"

#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/RecordStore.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "ui/common/Formatting.h"
#include "ui/pipeline/BoardColumn.h"
#include "ui/pipeline/BoardDropZone.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

const QString kOpportunities = QStringLiteral("opportunities");

// Typing pauses shorter than this belong to one word: the board waits before it re-reads.
constexpr int kTypingPauseMs = 300;

QString totalsText(const BoardStage &stage)
{
    QStringList parts;
    for (const auto &[currency, amount] : stage.totals)
        parts << Formatting::money(amount, currency);
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" + "));
}

} // namespace

PipelineBoard::PipelineBoard(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
{
    setObjectName(QStringLiteral("pipelineBoard"));

    m_ownerLabel = new QLabel(this);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setMinimumContentsLength(12);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerLabel->setBuddy(m_owner);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setClearButtonEnabled(true);
    m_reload = new QToolButton(this);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(kTypingPauseMs);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelineBoard::reload);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &PipelineBoard::reload);
    connect(m_reload, &QToolButton::clicked, this, &PipelineBoard::reload);

    auto *strip = new QWidget;
    strip->setObjectName(QStringLiteral("boardStrip"));
    m_strip = new QHBoxLayout(strip);
    m_strip->setContentsMargins(0, 0, 0, 0);
    m_strip->setSpacing(8);
    auto *zones = new QVBoxLayout;
    zones->setSpacing(8);
    m_won = new BoardDropZone(QStringLiteral("won"), strip);
    m_lost = new BoardDropZone(QStringLiteral("lost"), strip);
    zones->addWidget(m_won, 1);
    zones->addWidget(m_lost, 1);
    m_strip->addLayout(zones);
    connect(m_won, &BoardDropZone::cardDropped, this,
            [this](qint64 id) { dropOnOutcome(id, QStringLiteral("won")); }, Qt::QueuedConnection);
    connect(m_lost, &BoardDropZone::cardDropped, this,
            [this](qint64 id) { dropOnOutcome(id, QStringLiteral("lost")); }, Qt::QueuedConnection);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(strip);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_owner);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_summary);

    m_owner->addItem(QString(), QVariant());
    retranslate();
}

void PipelineBoard::retranslate()
{
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setItemText(0, tr("Everyone"));
    m_text->setPlaceholderText(tr("Filter by opportunity, code or customer…"));
    m_reload->setToolTip(tr("Reload the board (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_won->setText(tr("Won\n\nDrop a card here to mark it won"));
    m_lost->setText(tr("Lost\n\nDrop a card here to mark it lost"));
    updateHeaders();
}

void PipelineBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Stage names, amounts and dates follow the language: read them again.
        if (m_loaded)
            reload();
    }
    QWidget::changeEvent(event);
}

void PipelineBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read on first sight, not when the main window builds its pages: opening a database stays quick.
    if (!m_loaded)
        reload();
}

void PipelineBoard::invalidate()
{
    if (isVisible())
        reload();
    else
        m_loaded = false;
}

void PipelineBoard::setCardLimit(int limit)
{
    m_cardLimit = std::max(1, limit);
    if (m_loaded)
        reload();
}

void PipelineBoard::fillOwners()
{
    const QVariant current = m_owner->currentData();
    auto users = ListStore(m_db).activeUsers();
    if (!users)
        return;
    m_owner->blockSignals(true);
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    for (const auto &[id, name] : *users)
        m_owner->addItem(name, id);
    int index = current.isNull() ? 0 : m_owner->findData(current);
    if (index < 0) {
        // Filtering by someone no longer active keeps working: they are listed too.
        auto user = RecordStore(m_db).get(QStringLiteral("users"), current.toLongLong());
        m_owner->addItem(user ? user->value(QStringLiteral("name")).toString() : QString::number(current.toLongLong()), current);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
    m_owner->blockSignals(false);
}

void PipelineBoard::setOwnerFilter(std::optional<qint64> ownerId)
{
    if (m_owner->count() == 1)
        fillOwners();
    m_owner->blockSignals(true);
    int index = ownerId ? m_owner->findData(*ownerId) : 0;
    if (index < 0) {
        auto user = RecordStore(m_db).get(QStringLiteral("users"), *ownerId);
        m_owner->addItem(user ? user->value(QStringLiteral("name")).toString() : QString::number(*ownerId), *ownerId);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
    m_owner->blockSignals(false);
    reload();
}

void PipelineBoard::setTextFilter(const QString &text)
{
    m_text->blockSignals(true);
    m_text->setText(text);
    m_text->blockSignals(false);
    m_textDelay->stop();
    reload();
}

BoardFilter PipelineBoard::filter() const
{
    BoardFilter filter;
    const QVariant owner = m_owner->currentData();
    if (!owner.isNull())
        filter.ownerId = owner.toLongLong();
    filter.text = m_text->text();
    return filter;
}

QString PipelineBoard::stageName(const BoardStage &stage) const
{
    // Stages are stored with a Chinese name and an optional English one.
    if (QLocale().language() == QLocale::Chinese || stage.nameEn.isEmpty())
        return stage.name;
    return stage.nameEn;
}

const PipelineBoard::Column *PipelineBoard::columnOf(qint64 stageId) const
{
    for (const Column &column : m_columns) {
        if (column.stageId == stageId)
            return &column;
    }
    return nullptr;
}

BoardColumn *PipelineBoard::column(qint64 stageId) const
{
    const Column *found = columnOf(stageId);
    return found ? found->cards : nullptr;
}

QLabel *PipelineBoard::header(qint64 stageId) const
{
    const Column *found = columnOf(stageId);
    return found ? found->header : nullptr;
}

qint64 PipelineBoard::hiddenCards(qint64 stageId) const
{
    const Column *found = columnOf(stageId);
    for (const BoardStage &stage : m_stages) {
        if (stage.id == stageId && found)
            return std::max<qint64>(0, stage.count - found->cards->count());
    }
    return 0;
}

void PipelineBoard::ensureColumns()
{
    bool same = m_columns.size() == m_stages.size();
    for (std::size_t i = 0; same && i < m_stages.size(); ++i)
        same = m_columns[i].stageId == m_stages[i].id;
    if (same)
        return;
    // The stages were renamed, added or reordered in the settings: build the columns anew.
    for (Column &column : m_columns)
        delete column.frame;
    m_columns.clear();
    QWidget *strip = m_scroll->widget();
    const int width = fontMetrics().averageCharWidth() * 34;
    int position = 0;
    for (const BoardStage &stage : m_stages) {
        Column column;
        column.stageId = stage.id;
        column.frame = new QFrame(strip);
        column.frame->setObjectName(QStringLiteral("stage_%1").arg(stage.id));
        column.frame->setMinimumWidth(width);
        column.frame->setAutoFillBackground(true);
        QPalette shade = column.frame->palette();
        shade.setColor(QPalette::Window, shade.color(QPalette::Window).darker(104));
        column.frame->setPalette(shade);
        column.header = new QLabel(column.frame);
        column.header->setObjectName(QStringLiteral("header_%1").arg(stage.id));
        column.header->setTextFormat(Qt::RichText);
        column.header->setWordWrap(true);
        column.header->setMargin(6);
        column.cards = new BoardColumn(stage.id, column.frame);
        column.more = new QLabel(column.frame);
        column.more->setObjectName(QStringLiteral("more_%1").arg(stage.id));
        column.more->setAlignment(Qt::AlignCenter);
        column.more->setMargin(4);
        column.more->setForegroundRole(QPalette::PlaceholderText);
        auto *layout = new QVBoxLayout(column.frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(column.header);
        layout->addWidget(column.cards, 1);
        layout->addWidget(column.more);
        // Queued: the drop arrives inside the drag's own event loop, and the
        // board re-reads (and may show a message) only after the drag has ended.
        connect(column.cards, &BoardColumn::cardDropped, this,
                [this](qint64 id, qint64 stageId) { dropOnStage(id, stageId); }, Qt::QueuedConnection);
        connect(column.cards, &BoardColumn::cardActivated, this,
                [this](qint64 id) { Q_EMIT openRequested(kOpportunities, id); });
        connect(column.cards, &BoardColumn::cardMenuRequested, this, &PipelineBoard::showCardMenu);
        m_strip->insertWidget(position++, column.frame, 1);
        m_columns.push_back(column);
    }
    // Tab goes through the filters, then the columns left to right.
    QWidget *previous = m_reload;
    for (const Column &column : m_columns) {
        setTabOrder(previous, column.cards);
        previous = column.cards;
    }
}

void PipelineBoard::updateHeaders()
{
    for (const BoardStage &stage : m_stages) {
        const Column *column = columnOf(stage.id);
        if (!column)
            continue;
        const int count = int(std::min<qint64>(stage.count, INT_MAX));
        column->header->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                                    .arg(stageName(stage).toHtmlEscaped(),
                                         tr("%Ln opportunity(s)", nullptr, count).toHtmlEscaped(),
                                         totalsText(stage).toHtmlEscaped()));
        column->header->setToolTip(tr("Open opportunities in this stage matching the filter, and their total amount."));
        const qint64 hidden = hiddenCards(stage.id);
        column->more->setVisible(hidden > 0);
        column->more->setText(tr("%Ln more…", nullptr, int(std::min<qint64>(hidden, INT_MAX))));
        column->more->setToolTip(tr("Only the first %Ln by expected close date are shown. "
                                    "Filter by owner or text to see the others.",
                                    nullptr, column->cards->count()));
    }
}

void PipelineBoard::showError(const QString &text)
{
    m_lastError = text;
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("color: #c0392b"));
}

void PipelineBoard::reload()
{
    m_loaded = true;
    m_textDelay->stop();
    fillOwners();
    BoardStore store(m_db);
    const BoardFilter current = filter();
    auto stages = store.openStages(current);
    if (!stages) {
        showError(stages.error().text());
        return;
    }
    m_stages = std::move(*stages);
    ensureColumns();
    qint64 total = 0;
    for (const BoardStage &stage : m_stages) {
        auto cards = store.cards(stage.id, current, m_cardLimit);
        if (!cards) {
            showError(cards.error().text());
            return;
        }
        column(stage.id)->setCards(*cards);
        total += stage.count;
    }
    updateHeaders();
    m_lastError.clear();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("%Ln open opportunity(s) on the board", nullptr, int(std::min<qint64>(total, INT_MAX))));
}

Result<void> PipelineBoard::afterChange(Result<void> done)
{
    // Re-read either way: after a refusal the card goes back where it is
    // stored, which is also right when someone else changed it meanwhile.
    reload();
    if (done)
        Q_EMIT opportunitiesChanged();
    return done;
}

Result<void> PipelineBoard::moveCard(qint64 opportunityId, qint64 stageId)
{
    return afterChange(OpportunityWorkflow(m_db).changeStage(opportunityId, stageId));
}

Result<void> PipelineBoard::winCard(qint64 opportunityId)
{
    return afterChange(OpportunityWorkflow(m_db).win(opportunityId));
}

Result<void> PipelineBoard::loseCard(qint64 opportunityId, const QString &reason)
{
    return afterChange(OpportunityWorkflow(m_db).lose(opportunityId, reason));
}

QString PipelineBoard::cardName(qint64 opportunityId) const
{
    for (const Column &column : m_columns) {
        for (int row = 0; row < column.cards->count(); ++row) {
            const QListWidgetItem *item = column.cards->item(row);
            if (item->data(BoardColumn::IdRole).toLongLong() == opportunityId)
                return item->text();
        }
    }
    return QString::number(opportunityId);
}

void PipelineBoard::dropOnStage(qint64 opportunityId, qint64 stageId)
{
    if (auto moved = moveCard(opportunityId, stageId); !moved)
        QMessageBox::warning(this, tr("Cannot move the opportunity"), moved.error().text());
}

void PipelineBoard::dropOnOutcome(qint64 opportunityId, const QString &outcome)
{
    const QString name = cardName(opportunityId);
    Result<void> done;
    if (outcome == u"won") {
        if (QMessageBox::question(this, tr("Opportunity won"), tr("Mark “%1” as won?").arg(name)) != QMessageBox::Yes)
            return;
        done = winCard(opportunityId);
    } else {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Opportunity lost"), tr("Why was “%1” lost?").arg(name),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        done = loseCard(opportunityId, reason);
    }
    if (!done)
        QMessageBox::warning(this, tr("Cannot close the opportunity"), done.error().text());
}

void PipelineBoard::showCardMenu(qint64 opportunityId, const QPoint &globalPos)
{
    // The same steps as dragging, for the keyboard and for those who prefer menus.
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, opportunityId] { Q_EMIT openRequested(kOpportunities, opportunityId); });
    QMenu *moveTo = menu.addMenu(tr("&Move to"));
    const BoardColumn *from = nullptr;
    for (const Column &column : m_columns) {
        if (column.cards->cardIds().contains(opportunityId))
            from = column.cards;
    }
    for (const BoardStage &stage : m_stages) {
        QAction *action = moveTo->addAction(stageName(stage), this,
                                            [this, opportunityId, id = stage.id] { dropOnStage(opportunityId, id); });
        action->setEnabled(!from || from->stageId() != stage.id);
    }
    menu.addSeparator();
    menu.addAction(tr("Mark &won…"), this, [this, opportunityId] { dropOnOutcome(opportunityId, QStringLiteral("won")); });
    menu.addAction(tr("Mark &lost…"), this, [this, opportunityId] { dropOnOutcome(opportunityId, QStringLiteral("lost")); });
    menu.exec(globalPos);
}

} // namespace qianyue::ui
