#include "ui/activities/ReminderNotifier.h"

#include "core/workflow/ActivityWorkflow.h"
#include "ui/activities/ActivityText.h"
#include "ui/activities/ReminderDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QStyle>
#include <QSystemTrayIcon>

namespace qianyue::ui {

namespace {

// Lines of a tray message: more than a few do not fit in a notification bubble.
constexpr int kTrayLines = 4;

} // namespace

ReminderNotifier::ReminderNotifier(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReminderNotifier::checkNow);
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ReminderNotifier::setUser(std::optional<qint64> userId)
{
    m_user = userId;
}

void ReminderNotifier::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
}

void ReminderNotifier::setDialogAnchor(QWidget *anchor)
{
    m_anchor = anchor;
}

void ReminderNotifier::start()
{
    // Reminders that fell due while the application was closed come first, once the
    // window is up and its first page is shown: a moment after the start, so that
    // reading them (all planned activities on a large database) does not delay it.
    QTimer::singleShot(std::min(interval(), 1500), this, &ReminderNotifier::checkNow);
    m_timer.start();
}

void ReminderNotifier::stop()
{
    m_timer.stop();
}

void ReminderNotifier::checkNow()
{
    const QDateTime now = m_clock();
    auto rows = BoardStore(m_db).dueReminders(m_user, ActivityWorkflow::timestamp(now), kReadLimit);
    if (!rows) {
        m_lastError = rows.error().text();
        return;
    }
    m_lastError.clear();
    std::vector<AgendaItem> due;
    // The store reads the latest first; people read reminders oldest first.
    for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
        const AgendaItem &item = *it;
        if (const auto snoozed = m_snoozedUntil.constFind(item.id); snoozed != m_snoozedUntil.constEnd()) {
            if (now < snoozed.value())
                continue;
            m_snoozedUntil.erase(snoozed);
        } else if (const auto shown = m_reminded.constFind(item.id);
                   shown != m_reminded.constEnd() && shown.value() == item.remindAt) {
            continue;
        }
        m_reminded.insert(item.id, item.remindAt);
        due.push_back(item);
    }
    if (due.empty())
        return;
    present(due);
    QList<qint64> ids;
    for (const AgendaItem &item : due)
        ids << item.id;
    Q_EMIT remindersDue(ids);
}

ReminderDialog *ReminderNotifier::ensureDialog()
{
    if (m_dialog)
        return m_dialog.get();
    // Without a parent: the dialog goes with this notifier (and so with the
    // database it reminds of), not with whichever window happens to be open.
    m_dialog = std::make_unique<ReminderDialog>();
    ReminderDialog *dialog = m_dialog.get();
    connect(dialog, &ReminderDialog::snoozeRequested, this, &ReminderNotifier::snooze);
    connect(dialog, &ReminderDialog::openRequested, this,
            [this](qint64 id) { Q_EMIT openRequested(QStringLiteral("activities"), id); });
    connect(dialog, &ReminderDialog::doneRequested, this, [this](const QList<qint64> &ids, const QString &outcome) {
        if (auto done = markDone(ids, outcome); !done)
            QMessageBox::warning(m_dialog.get(), tr("Cannot mark the activity done"), done.error().text());
    });
    return dialog;
}

void ReminderNotifier::showDialog()
{
    ReminderDialog *dialog = ensureDialog();
    if (dialog->reminderIds().isEmpty())
        return;
    if (!dialog->isVisible() && m_anchor)
        dialog->move(m_anchor->frameGeometry().center() - dialog->rect().center());
    dialog->show();
    dialog->raise();
}

void ReminderNotifier::present(const std::vector<AgendaItem> &items)
{
    // The dialog always holds the list: from a tray message it is one click away.
    ensureDialog()->addReminders(items);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        showDialog();
        return;
    }
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = std::make_unique<QSystemTrayIcon>(icon);
        m_tray->setToolTip(tr("Qianyue reminders"));
        connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::showDialog);
        connect(m_tray.get(), &QSystemTrayIcon::activated, this, &ReminderNotifier::showDialog);
    }
    m_tray->show();
    QStringList lines;
    for (const AgendaItem &item : items) {
        if (lines.size() == kTrayLines) {
            lines << tr("… and %Ln more", nullptr, int(items.size()) - kTrayLines);
            break;
        }
        lines << QStringLiteral("%1 %2 %3").arg(ActivityText::due(item, false), ActivityText::kind(item), item.subject);
    }
    m_tray->showMessage(tr("%Ln reminder(s)", nullptr, int(items.size())), lines.join(QLatin1Char('\n')),
                        QSystemTrayIcon::Information);
}

void ReminderNotifier::snooze(const QList<qint64> &ids, int minutes)
{
    const QDateTime until = m_clock().addSecs(qint64(minutes) * 60);
    for (qint64 id : ids)
        m_snoozedUntil.insert(id, until);
    if (m_dialog)
        m_dialog->removeReminders(ids);
}

Result<void> ReminderNotifier::markDone(const QList<qint64> &ids, const QString &outcome)
{
    ActivityWorkflow workflow(m_db);
    QList<qint64> done;
    Result<void> result;
    for (qint64 id : ids) {
        if (auto marked = workflow.markDone(id, outcome, m_clock()); !marked) {
            result = marked;
            break;
        }
        done << id;
        m_snoozedUntil.remove(id);
    }
    if (m_dialog)
        m_dialog->removeReminders(done);
    if (!done.isEmpty())
        Q_EMIT activitiesChanged();
    return result;
}

} // namespace qianyue::ui
