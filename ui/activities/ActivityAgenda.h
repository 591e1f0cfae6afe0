#pragma once

#include "core/store/BoardStore.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// A salesperson's agenda (日程): planned activities grouped into overdue,
/// today, this week and later, and a week calendar with a column per day.
/// Activities are marked done (with their outcome), cancelled or opened from
/// here; every change goes through ActivityWorkflow.
class ActivityAgenda : public QWidget
{
    Q_OBJECT

public:
    enum class Group { Overdue, Today, ThisWeek, Later };
    Q_ENUM(Group)

    /// Rows listed per group at most; the rest are counted.
    static constexpr int kGroupLimit = 200;
    /// Activities shown in one week of the calendar at most.
    static constexpr int kWeekLimit = 500;

    using Clock = std::function<QDateTime()>;

    explicit ActivityAgenda(Database &database, QWidget *parent = nullptr);

    /// Where "now" comes from (the system clock unless a test says otherwise).
    void setClock(Clock clock);
    /// Shows this salesperson's agenda and re-reads.
    void setUser(qint64 userId);
    std::optional<qint64> user() const;
    /// The salesperson whose agenda was chosen last (remembered across runs), if any.
    static std::optional<qint64> rememberedUser();
    /// Marks what is shown as out of date (records changed elsewhere): re-read when in view.
    void invalidate();

    /// The activity ids listed in a group, in order.
    QList<qint64> groupIds(Group group) const;
    /// How many planned activities fall in a group (also those beyond kGroupLimit).
    qint64 groupCount(Group group) const;

    /// Shows the calendar week containing `day`.
    void showWeek(const QDate &day);
    /// The first day of the week the calendar shows.
    QDate weekStart() const { return m_weekStart; }
    /// The activity ids in one day column of the calendar (0 = first day of the week).
    QList<qint64> dayIds(int day) const;

    /// Selects an activity in the list (or, when not listed there, in the calendar).
    void selectActivity(qint64 id);
    /// The selected activity, if any.
    std::optional<qint64> currentActivity() const { return m_selected; }

    /// Marks an activity done with its outcome through the workflow and re-reads.
    Result<void> markDone(qint64 id, const QString &outcome);
    /// Cancels a planned activity through the workflow and re-reads.
    Result<void> cancelActivity(qint64 id);

public Q_SLOTS:
    /// Re-reads the groups and the calendar for the current user and time.
    void reload();

Q_SIGNALS:
    /// The user asked to open a record.
    void openRequested(const QString &table, qint64 id);
    /// Activities were changed here: lists showing them should re-read.
    void activitiesChanged();
    /// Another salesperson's agenda was chosen (reminders may follow them).
    void userChanged(qint64 userId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct GroupRows {
        QList<qint64> ids;
        qint64 count = 0;
    };

    void retranslate();
    void fillUsers();
    QDate weekStartOf(const QDate &day) const;
    Result<void> loadGroups(qint64 userId);
    Result<void> loadWeek(qint64 userId);
    void addRows(QTreeWidgetItem *group, const std::vector<AgendaItem> &items, bool timeOnly, qint64 total);
    void updateGroupTitles();
    void updateWeekHeaders();
    void setSelected(QTreeWidgetItem *treeItem, QListWidgetItem *dayItem);
    bool selectInList(qint64 id);
    bool selectInWeek(qint64 id);
    void restoreSelection(std::optional<qint64> id);
    void updateButtons();
    Result<void> afterChange(Result<void> done);

    void askMarkDone();
    void askCancel();
    void openSelected();

    Database &m_db;
    Clock m_clock;
    QLabel *m_userLabel = nullptr;
    QComboBox *m_user = nullptr;
    QToolButton *m_reload = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    std::array<QTreeWidgetItem *, 4> m_groupItems{};
    std::array<GroupRows, 4> m_groups{};
    QToolButton *m_previous = nullptr;
    QToolButton *m_thisWeek = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_weekLabel = nullptr;
    std::array<QLabel *, 7> m_dayHeaders{};
    std::array<QListWidget *, 7> m_days{};
    QPushButton *m_done = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QDate m_weekStart;
    std::optional<qint64> m_selected;
    QString m_selectedStatus;
    QString m_selectedSubject;
    bool m_loaded = false;
};

} // namespace qianyue::ui
