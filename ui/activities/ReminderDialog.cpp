#include "ui/activities/ReminderDialog.h"

#include "ui/activities/ActivityText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { DueColumn, KindColumn, SubjectColumn, LinkColumn, ColumnCount };

} // namespace

ReminderDialog::ReminderDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reminderDialog"));
    setModal(false);
    // A reminder left open must never keep the application running after its main window closed.
    setAttribute(Qt::WA_QuitOnClose, false);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reminderTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LinkColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReminderDialog::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openRequested(item->data(0, kIdRole).toLongLong()); });

    m_snoozeShort = new QPushButton(this);
    m_snoozeShort->setObjectName(QStringLiteral("snooze10"));
    m_snoozeLong = new QPushButton(this);
    m_snoozeLong->setObjectName(QStringLiteral("snooze60"));
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("markDone"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openActivity"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_snoozeShort, &QPushButton::clicked, this, [this] { Q_EMIT snoozeRequested(selectedIds(), 10); });
    connect(m_snoozeLong, &QPushButton::clicked, this, [this] { Q_EMIT snoozeRequested(selectedIds(), 60); });
    connect(m_done, &QPushButton::clicked, this, &ReminderDialog::askDone);
    connect(m_open, &QPushButton::clicked, this, [this] {
        for (qint64 id : selectedIds())
            Q_EMIT openRequested(id);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_snoozeShort);
    buttons->addWidget(m_snoozeLong);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 16);
    retranslate();
    updateState();
}

void ReminderDialog::retranslate()
{
    setWindowTitle(tr("Reminders"));
    m_list->setHeaderLabels({tr("Due"), tr("Type"), tr("Subject"), tr("Linked to")});
    m_snoozeShort->setText(tr("Snooze &10 min"));
    m_snoozeLong->setText(tr("Snooze 1 &hour"));
    m_done->setText(tr("Mark &done…"));
    m_open->setText(tr("&Open"));
    m_close->setText(tr("Close"));
    updateState();
}

void ReminderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReminderDialog::addReminders(const std::vector<AgendaItem> &items)
{
    const QList<qint64> listed = reminderIds();
    for (const AgendaItem &item : items) {
        if (listed.contains(item.id))
            continue;
        auto *row = new QTreeWidgetItem(m_list);
        row->setData(0, kIdRole, item.id);
        row->setText(DueColumn, ActivityText::due(item, false));
        row->setText(KindColumn, ActivityText::kind(item));
        row->setText(SubjectColumn, item.subject);
        row->setText(LinkColumn, ActivityText::linkedTo(item));
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateState();
}

void ReminderDialog::removeReminders(const QList<qint64> &ids)
{
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        if (ids.contains(m_list->topLevelItem(i)->data(0, kIdRole).toLongLong()))
            delete m_list->takeTopLevelItem(i);
    }
    if (m_list->topLevelItemCount() == 0)
        hide();
    else if (m_list->selectedItems().isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateState();
}

QList<qint64> ReminderDialog::reminderIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids << m_list->topLevelItem(i)->data(0, kIdRole).toLongLong();
    return ids;
}

QList<qint64> ReminderDialog::selectedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->isSelected())
            ids << m_list->topLevelItem(i)->data(0, kIdRole).toLongLong();
    }
    return ids;
}

void ReminderDialog::selectReminders(const QList<qint64> &ids)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        row->setSelected(ids.contains(row->data(0, kIdRole).toLongLong()));
    }
    updateState();
}

void ReminderDialog::updateState()
{
    const int count = m_list->topLevelItemCount();
    m_title->setText(tr("%Ln activity(s) due", nullptr, count));
    const bool any = !selectedIds().isEmpty();
    for (QPushButton *button : {m_snoozeShort, m_snoozeLong, m_done, m_open})
        button->setEnabled(any);
}

void ReminderDialog::askDone()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString outcome = QInputDialog::getMultiLineText(this, tr("Mark done"),
                                                           tr("What came of it? (%Ln activity(s))", nullptr, int(ids.size())),
                                                           QString(), &ok);
    if (ok)
        Q_EMIT doneRequested(ids, outcome);
}

} // namespace qianyue::ui
