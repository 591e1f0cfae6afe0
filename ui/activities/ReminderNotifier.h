#pragma once

#include "core/store/BoardStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSystemTrayIcon;
class QWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class ReminderDialog;

/// Watches for activity reminders that fell due: at start and then every
/// minute it looks for planned activities whose reminder time has come and
/// that were not shown yet in this run (or whose snooze ran out), and shows
/// them as a system tray message where there is a tray, else in a small
/// window with Snooze / Mark done / Open. What was shown and what was
/// snoozed is remembered in memory for this run only.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;
    /// Reminders read per check at most, latest first.
    static constexpr int kReadLimit = 200;

    using Clock = std::function<QDateTime()>;

    explicit ReminderNotifier(Database &database, QObject *parent = nullptr);
    ~ReminderNotifier() override;

    /// Where "now" comes from (the system clock unless a test says otherwise).
    void setClock(Clock clock);
    /// Reminds only this salesperson's activities (nullopt: everybody's, for a single-user database).
    void setUser(std::optional<qint64> userId);
    std::optional<qint64> user() const { return m_user; }
    /// How often to look, in milliseconds.
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    /// The window the reminder dialog opens over (it stays a window of its own, owned here).
    void setDialogAnchor(QWidget *anchor);

    /// Looks once right after the event loop runs, then every interval.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    /// Reminds of these activities again `minutes` from now, and not before.
    void snooze(const QList<qint64> &ids, int minutes);
    /// Marks activities done through the workflow with the same outcome; the first refusal is returned.
    Result<void> markDone(const QList<qint64> &ids, const QString &outcome);

    /// The reminder window, once there was something to show (nullptr before).
    ReminderDialog *dialog() const { return m_dialog.get(); }
    /// The message of the last failed check, empty after a good one.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    /// Looks for due reminders now; emits remindersDue and shows them when there are new ones.
    void checkNow();

Q_SIGNALS:
    /// Reminders that are due and were not shown yet (or whose snooze ran out), by activity id.
    void remindersDue(const QList<qint64> &activityIds);
    /// The user asked to open a record.
    void openRequested(const QString &table, qint64 id);
    /// Activities were marked done from a reminder: lists showing them should re-read.
    void activitiesChanged();

private:
    void present(const std::vector<AgendaItem> &items);
    ReminderDialog *ensureDialog();
    void showDialog();

    Database &m_db;
    Clock m_clock;
    std::optional<qint64> m_user;
    QTimer m_timer;
    /// Activity id → the reminder time it was shown for: a rescheduled reminder is shown again.
    QHash<qint64, QString> m_reminded;
    QHash<qint64, QDateTime> m_snoozedUntil;
    QPointer<QWidget> m_anchor;
    std::unique_ptr<ReminderDialog> m_dialog;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QString m_lastError;
};

} // namespace qianyue::ui
