#pragma once

#include "core/store/BoardStore.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace qianyue::ui {

/// The reminders that fell due, in a small window that does not block the
/// application: snooze them, mark them done or open them. It only reports
/// what was asked; ReminderNotifier does it.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReminderDialog(QWidget *parent = nullptr);

    /// Adds reminders not listed yet (one row per activity) and selects the first row when nothing is selected.
    void addReminders(const std::vector<AgendaItem> &items);
    /// Takes reminders off the list; the window hides when the list is empty.
    void removeReminders(const QList<qint64> &ids);
    /// The activities listed, top to bottom.
    QList<qint64> reminderIds() const;
    /// The activities selected (the buttons act on these).
    QList<qint64> selectedIds() const;
    /// Selects exactly these activities.
    void selectReminders(const QList<qint64> &ids);

Q_SIGNALS:
    void snoozeRequested(const QList<qint64> &ids, int minutes);
    void doneRequested(const QList<qint64> &ids, const QString &outcome);
    void openRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void askDone();

    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_snoozeShort = nullptr;
    QPushButton *m_snoozeLong = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace qianyue::ui
