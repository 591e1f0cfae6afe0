#include "ui/activities/ActivityAgenda.h"

#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/RecordStore.h"
#include "core/workflow/ActivityWorkflow.h"
#include "ui/activities/ActivityText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qianyue::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kSubjectRole = Qt::UserRole + 2;

enum TreeColumn { TimeColumn, KindColumn, SubjectColumn, LinkColumn, ColumnCount };

const QString kActivities = QStringLiteral("activities");
const QString kRememberedUserKey = QStringLiteral("activities/agendaUser");

QString utc(const QDate &day)
{
    // Local midnight, stored the way activities store their times.
    return ActivityWorkflow::timestamp(QDateTime(day, QTime(0, 0)));
}

void markRow(QTreeWidgetItem *row, const AgendaItem &item)
{
    row->setData(0, kIdRole, item.id);
    row->setData(0, kStatusRole, item.status);
    row->setData(0, kSubjectRole, item.subject);
}

} // namespace

ActivityAgenda::ActivityAgenda(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("activityAgenda"));

    m_userLabel = new QLabel(this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("agendaUser"));
    m_user->setMinimumContentsLength(12);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_userLabel->setBuddy(m_user);
    m_reload = new QToolButton(this);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setShortcut(QKeySequence::Refresh);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto id = user(); id) {
            QSettings().setValue(kRememberedUserKey, *id);
            Q_EMIT userChanged(*id);
        }
        reload();
    });
    connect(m_reload, &QToolButton::clicked, this, &ActivityAgenda::reload);

    // The list: one top-level item per group, the activities under it.
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("agendaList"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LinkColumn, QHeaderView::Stretch);
    for (std::size_t i = 0; i < m_groupItems.size(); ++i) {
        auto *group = new QTreeWidgetItem(m_tree);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
        m_groupItems[i] = group;
    }
    // Overdue is what a salesperson must see first, in the colour of a warning.
    m_groupItems[0]->setForeground(0, QColor(0xc0, 0x39, 0x2b));
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { setSelected(current, nullptr); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kIdRole).isNull())
            Q_EMIT openRequested(kActivities, item->data(0, kIdRole).toLongLong());
    });

    // The week: a column per day with its own list.
    auto *week = new QWidget(this);
    week->setObjectName(QStringLiteral("agendaWeek"));
    m_previous = new QToolButton(week);
    m_previous->setObjectName(QStringLiteral("weekPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_thisWeek = new QToolButton(week);
    m_thisWeek->setObjectName(QStringLiteral("weekCurrent"));
    m_next = new QToolButton(week);
    m_next->setObjectName(QStringLiteral("weekNext"));
    m_next->setArrowType(Qt::RightArrow);
    m_weekLabel = new QLabel(week);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont labelFont = m_weekLabel->font();
    labelFont.setBold(true);
    m_weekLabel->setFont(labelFont);
    connect(m_previous, &QToolButton::clicked, this, [this] { showWeek(m_weekStart.addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showWeek(m_weekStart.addDays(7)); });
    connect(m_thisWeek, &QToolButton::clicked, this, [this] { showWeek(m_clock().date()); });
    auto *weekBar = new QHBoxLayout;
    weekBar->addWidget(m_previous);
    weekBar->addWidget(m_thisWeek);
    weekBar->addWidget(m_next);
    weekBar->addSpacing(12);
    weekBar->addWidget(m_weekLabel, 1);
    auto *dayRow = new QHBoxLayout;
    dayRow->setSpacing(4);
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        m_dayHeaders[i] = new QLabel(week);
        m_dayHeaders[i]->setObjectName(QStringLiteral("dayHeader%1").arg(i));
        m_dayHeaders[i]->setAlignment(Qt::AlignCenter);
        m_days[i] = new QListWidget(week);
        m_days[i]->setObjectName(QStringLiteral("day%1").arg(i));
        m_days[i]->setWordWrap(true);
        m_days[i]->setSpacing(1);
        // Entries of several lines each: alternating shades tell where one ends.
        m_days[i]->setAlternatingRowColors(true);
        m_days[i]->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_days[i]->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
        connect(m_days[i], &QListWidget::currentItemChanged, this,
                [this](QListWidgetItem *current) { setSelected(nullptr, current); });
        connect(m_days[i], &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { Q_EMIT openRequested(kActivities, item->data(kIdRole).toLongLong()); });
        column->addWidget(m_dayHeaders[i]);
        column->addWidget(m_days[i], 1);
        dayRow->addLayout(column, 1);
    }
    auto *weekLayout = new QVBoxLayout(week);
    weekLayout->setContentsMargins(4, 4, 4, 4);
    weekLayout->addLayout(weekBar);
    weekLayout->addLayout(dayRow, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("agendaTabs"));
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(week, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The buttons act on what is selected in the view in front.
        if (index == 0) {
            setSelected(m_tree->currentItem(), nullptr);
            return;
        }
        QListWidgetItem *found = nullptr;
        for (QListWidget *day : m_days) {
            if (day->currentItem() && day->currentItem()->isSelected())
                found = day->currentItem();
        }
        setSelected(nullptr, found);
    });

    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("markDone"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelActivity"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openActivity"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("agendaStatus"));
    connect(m_done, &QPushButton::clicked, this, &ActivityAgenda::askMarkDone);
    connect(m_cancel, &QPushButton::clicked, this, &ActivityAgenda::askCancel);
    connect(m_open, &QPushButton::clicked, this, &ActivityAgenda::openSelected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_userLabel);
    top->addWidget(m_user);
    top->addStretch(1);
    top->addWidget(m_reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    m_weekStart = weekStartOf(m_clock().date());
    retranslate();
    updateButtons();
}

void ActivityAgenda::retranslate()
{
    m_userLabel->setText(tr("&Salesperson:"));
    m_reload->setToolTip(tr("Reload the agenda"));
    m_tree->setHeaderLabels({tr("Due"), tr("Type"), tr("Subject"), tr("Linked to")});
    m_tabs->setTabText(0, tr("&Agenda"));
    m_tabs->setTabText(1, tr("&Week"));
    m_previous->setToolTip(tr("Previous week"));
    m_next->setToolTip(tr("Next week"));
    m_thisWeek->setText(tr("This week"));
    m_done->setText(tr("Mark &done…"));
    m_cancel->setText(tr("&Cancel activity…"));
    m_open->setText(tr("&Open"));
    updateGroupTitles();
    updateWeekHeaders();
}

void ActivityAgenda::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Times, days and kinds are written in the new language's words and formats.
        if (m_loaded)
            reload();
    }
    QWidget::changeEvent(event);
}

void ActivityAgenda::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every time it comes into view: what was "today" an hour ago may be overdue now.
    reload();
}

void ActivityAgenda::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_weekStart = weekStartOf(m_clock().date());
    if (m_loaded)
        reload();
}

void ActivityAgenda::fillUsers()
{
    const QVariant current = m_user->currentData();
    auto users = ListStore(m_db).activeUsers();
    if (!users)
        return;
    m_user->blockSignals(true);
    m_user->clear();
    for (const auto &[id, name] : *users)
        m_user->addItem(name, id);
    // Before anyone is chosen, the salesperson chosen last time (if still active), else the first.
    const QVariant wanted = current.isNull() ? QVariant::fromValue(rememberedUser().value_or(0)) : current;
    int index = m_user->findData(wanted);
    if (index < 0 && !current.isNull()) {
        // Someone no longer active still has an agenda to look at.
        auto user = RecordStore(m_db).get(QStringLiteral("users"), current.toLongLong());
        m_user->addItem(user ? user->value(QStringLiteral("name")).toString() : QString::number(current.toLongLong()), current);
        index = m_user->count() - 1;
    }
    m_user->setCurrentIndex(std::max(0, index));
    m_user->blockSignals(false);
    if (current.isNull()) {
        if (const auto id = user(); id) {
            QSettings().setValue(kRememberedUserKey, *id);
            Q_EMIT userChanged(*id);
        }
    }
}

void ActivityAgenda::setUser(qint64 userId)
{
    fillUsers();
    m_user->blockSignals(true);
    int index = m_user->findData(userId);
    if (index < 0) {
        auto user = RecordStore(m_db).get(QStringLiteral("users"), userId);
        m_user->addItem(user ? user->value(QStringLiteral("name")).toString() : QString::number(userId), userId);
        index = m_user->count() - 1;
    }
    m_user->setCurrentIndex(index);
    m_user->blockSignals(false);
    QSettings().setValue(kRememberedUserKey, userId);
    Q_EMIT userChanged(userId);
    reload();
}

std::optional<qint64> ActivityAgenda::rememberedUser()
{
    const QVariant stored = QSettings().value(kRememberedUserKey);
    return stored.isValid() ? std::optional<qint64>(stored.toLongLong()) : std::nullopt;
}

void ActivityAgenda::invalidate()
{
    if (isVisible())
        reload();
}

std::optional<qint64> ActivityAgenda::user() const
{
    const QVariant id = m_user->currentData();
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

QDate ActivityAgenda::weekStartOf(const QDate &day) const
{
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

QList<qint64> ActivityAgenda::groupIds(Group group) const
{
    return m_groups[std::size_t(group)].ids;
}

qint64 ActivityAgenda::groupCount(Group group) const
{
    return m_groups[std::size_t(group)].count;
}

QList<qint64> ActivityAgenda::dayIds(int day) const
{
    QList<qint64> ids;
    if (day < 0 || day >= int(m_days.size()))
        return ids;
    const QListWidget *list = m_days[std::size_t(day)];
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(kIdRole).toLongLong();
    return ids;
}

void ActivityAgenda::showWeek(const QDate &day)
{
    m_weekStart = weekStartOf(day);
    if (const auto id = user(); id) {
        if (auto loaded = loadWeek(*id); !loaded)
            m_status->setText(loaded.error().text());
    }
    updateWeekHeaders();
}

void ActivityAgenda::reload()
{
    m_loaded = true;
    fillUsers();
    const std::optional<qint64> previous = m_selected;
    const auto id = user();
    if (!id) {
        m_status->setText(tr("There is no active salesperson yet."));
        return;
    }
    m_status->clear();
    if (auto groups = loadGroups(*id); !groups)
        m_status->setText(groups.error().text());
    else if (auto week = loadWeek(*id); !week)
        m_status->setText(week.error().text());
    updateGroupTitles();
    updateWeekHeaders();
    restoreSelection(previous);
}

Result<void> ActivityAgenda::loadGroups(qint64 userId)
{
    const QDateTime now = m_clock();
    const QString nowUtc = ActivityWorkflow::timestamp(now);
    const QString tomorrow = utc(now.date().addDays(1));
    const QString nextWeek = utc(weekStartOf(now.date()).addDays(7));
    // On the last day of a week, "this week" after today is empty rather than negative.
    const QString weekEnd = std::max(tomorrow, nextWeek);
    struct Window {
        QString from;
        QString to;
        bool timeOnly;
    };
    const std::array<Window, 4> windows = {{{QString(), nowUtc, false},
                                             {nowUtc, tomorrow, true},
                                             {tomorrow, weekEnd, false},
                                             {weekEnd, QString(), false}}};
    BoardStore store(m_db);
    m_tree->setUpdatesEnabled(false);
    m_tree->blockSignals(true);
    for (std::size_t i = 0; i < windows.size(); ++i) {
        QTreeWidgetItem *group = m_groupItems[i];
        qDeleteAll(group->takeChildren());
        m_groups[i] = {};
        auto items = store.planned(userId, windows[i].from, windows[i].to, kGroupLimit);
        auto count = store.plannedCount(userId, windows[i].from, windows[i].to);
        if (!items || !count) {
            m_tree->blockSignals(false);
            m_tree->setUpdatesEnabled(true);
            return std::unexpected(!items ? items.error() : count.error());
        }
        qint64 total = *count;
        std::vector<AgendaItem> rows = std::move(*items);
        if (i == std::size_t(Group::Later)) {
            // Planned without a due time: not forgotten, listed after everything dated.
            auto undated = store.undated(userId, kGroupLimit);
            auto undatedCount = store.undatedCount(userId);
            if (!undated || !undatedCount) {
                m_tree->blockSignals(false);
                m_tree->setUpdatesEnabled(true);
                return std::unexpected(!undated ? undated.error() : undatedCount.error());
            }
            total += *undatedCount;
            for (AgendaItem &item : *undated) {
                if (int(rows.size()) >= kGroupLimit)
                    break;
                rows.push_back(std::move(item));
            }
        }
        m_groups[i].count = total;
        for (const AgendaItem &item : rows)
            m_groups[i].ids << item.id;
        addRows(group, rows, windows[i].timeOnly, total);
    }
    m_tree->blockSignals(false);
    m_tree->setUpdatesEnabled(true);
    return {};
}

void ActivityAgenda::addRows(QTreeWidgetItem *group, const std::vector<AgendaItem> &items, bool timeOnly, qint64 total)
{
    const QLocale locale;
    for (const AgendaItem &item : items) {
        auto *row = new QTreeWidgetItem(group);
        const QDateTime due = ActivityText::local(item.dueAt);
        // Within this week the weekday says more than a date.
        QString when = ActivityText::due(item, timeOnly);
        if (!timeOnly && due.isValid() && group == m_groupItems[std::size_t(Group::ThisWeek)])
            when = locale.dayName(due.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                   + locale.toString(due.time(), QLocale::ShortFormat);
        row->setText(TimeColumn, when);
        row->setText(KindColumn, ActivityText::kind(item));
        row->setText(SubjectColumn, item.subject);
        row->setText(LinkColumn, ActivityText::linkedTo(item));
        row->setToolTip(SubjectColumn, item.subject);
        markRow(row, item);
    }
    if (total > qint64(items.size())) {
        auto *more = new QTreeWidgetItem(group);
        more->setFirstColumnSpanned(true);
        more->setFlags(Qt::NoItemFlags);
        more->setText(0, tr("… and %Ln more", nullptr, int(std::min<qint64>(total - qint64(items.size()), INT_MAX))));
    }
    group->setExpanded(true);
}

void ActivityAgenda::updateGroupTitles()
{
    const std::array<QString, 4> titles = {tr("Overdue"), tr("Today"), tr("This week"), tr("Later")};
    for (std::size_t i = 0; i < m_groupItems.size(); ++i)
        m_groupItems[i]->setText(0, QStringLiteral("%1 (%2)").arg(titles[i], QLocale().toString(m_groups[i].count)));
}

Result<void> ActivityAgenda::loadWeek(qint64 userId)
{
    auto items = BoardStore(m_db).calendar(userId, utc(m_weekStart), utc(m_weekStart.addDays(7)), kWeekLimit);
    for (QListWidget *day : m_days) {
        day->blockSignals(true);
        day->clear();
    }
    if (!items) {
        for (QListWidget *day : m_days)
            day->blockSignals(false);
        return std::unexpected(items.error());
    }
    const QLocale locale;
    for (const AgendaItem &item : *items) {
        const QDateTime due = ActivityText::local(item.dueAt);
        const qint64 column = m_weekStart.daysTo(due.date());
        if (column < 0 || column >= qint64(m_days.size()))
            continue;
        QString text = locale.toString(due.time(), QLocale::ShortFormat) + QStringLiteral("  ") + ActivityText::kind(item)
                       + QLatin1Char('\n') + item.subject;
        if (const QString linked = ActivityText::linkedTo(item); !linked.isEmpty())
            text += QLatin1Char('\n') + linked;
        auto *row = new QListWidgetItem(text, m_days[std::size_t(column)]);
        row->setData(kIdRole, item.id);
        row->setData(kStatusRole, item.status);
        row->setData(kSubjectRole, item.subject);
        row->setToolTip(text);
        if (item.status == u"done") {
            // Done stays visible (it happened that day) but steps back.
            QFont font = row->font();
            font.setStrikeOut(true);
            row->setFont(font);
            row->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    for (QListWidget *day : m_days)
        day->blockSignals(false);
    return {};
}

void ActivityAgenda::updateWeekHeaders()
{
    const QLocale locale;
    const QDate today = m_clock().date();
    for (std::size_t i = 0; i < m_dayHeaders.size(); ++i) {
        const QDate day = m_weekStart.addDays(qint64(i));
        m_dayHeaders[i]->setText(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                                 + locale.toString(day, QLocale::ShortFormat));
        QFont font = m_dayHeaders[i]->font();
        font.setBold(day == today);
        m_dayHeaders[i]->setFont(font);
    }
    m_weekLabel->setText(tr("%1 – %2").arg(locale.toString(m_weekStart, QLocale::ShortFormat),
                                           locale.toString(m_weekStart.addDays(6), QLocale::ShortFormat)));
}

void ActivityAgenda::setSelected(QTreeWidgetItem *treeItem, QListWidgetItem *dayItem)
{
    m_selected.reset();
    m_selectedStatus.clear();
    m_selectedSubject.clear();
    if (treeItem && !treeItem->data(0, kIdRole).isNull()) {
        m_selected = treeItem->data(0, kIdRole).toLongLong();
        m_selectedStatus = treeItem->data(0, kStatusRole).toString();
        m_selectedSubject = treeItem->data(0, kSubjectRole).toString();
    } else if (dayItem) {
        m_selected = dayItem->data(kIdRole).toLongLong();
        m_selectedStatus = dayItem->data(kStatusRole).toString();
        m_selectedSubject = dayItem->data(kSubjectRole).toString();
    }
    updateButtons();
}

bool ActivityAgenda::selectInList(qint64 id)
{
    for (QTreeWidgetItem *group : m_groupItems) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            if (!row->data(0, kIdRole).isNull() && row->data(0, kIdRole).toLongLong() == id) {
                m_tree->setCurrentItem(row);
                setSelected(row, nullptr);
                return true;
            }
        }
    }
    return false;
}

bool ActivityAgenda::selectInWeek(qint64 id)
{
    for (QListWidget *day : m_days) {
        for (int row = 0; row < day->count(); ++row) {
            if (day->item(row)->data(kIdRole).toLongLong() == id) {
                day->setCurrentRow(row);
                setSelected(nullptr, day->item(row));
                return true;
            }
        }
    }
    return false;
}

void ActivityAgenda::selectActivity(qint64 id)
{
    if (selectInList(id)) {
        m_tabs->setCurrentIndex(0);
        return;
    }
    if (selectInWeek(id)) {
        m_tabs->setCurrentIndex(1);
        return;
    }
    setSelected(nullptr, nullptr);
}

void ActivityAgenda::restoreSelection(std::optional<qint64> id)
{
    // Only within the view in front: marking a row done must not flip to the other tab.
    const bool found = id && (m_tabs->currentIndex() == 0 ? selectInList(*id) : selectInWeek(*id));
    if (!found)
        setSelected(nullptr, nullptr);
}

void ActivityAgenda::updateButtons()
{
    const bool planned = m_selected && m_selectedStatus == u"planned";
    m_done->setEnabled(planned);
    m_cancel->setEnabled(planned);
    m_open->setEnabled(m_selected.has_value());
}

Result<void> ActivityAgenda::afterChange(Result<void> done)
{
    reload();
    if (done)
        Q_EMIT activitiesChanged();
    return done;
}

Result<void> ActivityAgenda::markDone(qint64 id, const QString &outcome)
{
    return afterChange(ActivityWorkflow(m_db).markDone(id, outcome, m_clock()));
}

Result<void> ActivityAgenda::cancelActivity(qint64 id)
{
    return afterChange(ActivityWorkflow(m_db).cancel(id));
}

void ActivityAgenda::askMarkDone()
{
    if (!m_selected)
        return;
    const qint64 id = *m_selected;
    bool ok = false;
    const QString outcome = QInputDialog::getMultiLineText(this, tr("Mark done"),
                                                           tr("What came of “%1”?").arg(m_selectedSubject), QString(), &ok);
    if (!ok)
        return;
    if (auto done = markDone(id, outcome); !done)
        QMessageBox::warning(this, tr("Cannot mark the activity done"), done.error().text());
}

void ActivityAgenda::askCancel()
{
    if (!m_selected)
        return;
    const qint64 id = *m_selected;
    if (QMessageBox::question(this, tr("Cancel activity"), tr("Cancel “%1”?").arg(m_selectedSubject))
        != QMessageBox::Yes)
        return;
    if (auto cancelled = cancelActivity(id); !cancelled)
        QMessageBox::warning(this, tr("Cannot cancel the activity"), cancelled.error().text());
}

void ActivityAgenda::openSelected()
{
    if (m_selected)
        Q_EMIT openRequested(kActivities, *m_selected);
}

} // namespace qianyue::ui
