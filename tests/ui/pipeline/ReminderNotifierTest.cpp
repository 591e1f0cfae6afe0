#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/ActivityWorkflow.h"
#include "tests/support/ChainFixture.h"
#include "ui/activities/ReminderDialog.h"
#include "ui/activities/ReminderNotifier.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

const QDateTime kStart(QDate(2026, 3, 4), QTime(9, 0));

struct Reminders {
    test::ChainFixture f;
    QDateTime now = kStart;

    qint64 plan(const QString &subject, const QDateTime &remind, const QDateTime &due, std::optional<qint64> owner = std::nullopt)
    {
        auto id = ActivityWorkflow(*f.db).create({{QStringLiteral("kind"), QStringLiteral("meeting")},
                                                  {QStringLiteral("subject"), subject},
                                                  {QStringLiteral("customer_id"), f.customerId},
                                                  {QStringLiteral("owner_id"), owner.value_or(f.repId)},
                                                  {QStringLiteral("remind_at"), remind},
                                                  {QStringLiteral("due_at"), due}});
        REQUIRE(id);
        return *id;
    }

    std::unique_ptr<ReminderNotifier> notifier()
    {
        auto made = std::make_unique<ReminderNotifier>(*f.db);
        made->setClock([this] { return now; });
        made->setUser(f.repId);
        return made;
    }
};

QList<qint64> ids(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<QList<qint64>>();
}

void answerNextInput(const QString &text)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(text);
            dialog->accept();
            poll->deleteLater();
        }
    });
    poll->start(10);
    // Never left polling into later tests when the dialog did not come.
    QTimer::singleShot(5000, poll, &QObject::deleteLater);
}

} // namespace

TEST_CASE("A due reminder is announced once and again after its snooze runs out")
{
    Reminders r;
    const qint64 due = r.plan(QStringLiteral("拜访华信"), kStart.addSecs(-5 * 60), kStart.addSecs(3600));
    const qint64 later = r.plan(QStringLiteral("报价电话"), kStart.addSecs(30 * 60), kStart.addSecs(2 * 3600));
    const qint64 done = r.plan(QStringLiteral("已完成"), kStart.addSecs(-10 * 60), kStart.addSecs(600));
    REQUIRE(ActivityWorkflow(*r.f.db).markDone(done, QStringLiteral("ok"), kStart.addSecs(-60)));
    const qint64 others = r.plan(QStringLiteral("经理的会议"), kStart.addSecs(-60), kStart.addSecs(600), r.f.managerId);

    auto notifier = r.notifier();
    QSignalSpy spy(notifier.get(), &ReminderNotifier::remindersDue);
    notifier->checkNow();
    REQUIRE(notifier->lastError().isEmpty());
    REQUIRE(spy.count() == 1);
    CHECK(ids(spy, 0) == QList<qint64>{due});
    notifier->checkNow();
    CHECK(spy.count() == 1);

    // Without a system tray (the offscreen platform has none) the reminder window lists it.
    REQUIRE_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    ReminderDialog *dialog = notifier->dialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->reminderIds() == QList<qint64>{due});
    if (const QString dir = qEnvironmentVariable("QIANYUE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("reminders.png")));

    // Snoozed for ten minutes: quiet for five, back after eleven.
    dialog->selectReminders({due});
    dialog->findChild<QPushButton *>(QStringLiteral("snooze10"))->click();
    CHECK(dialog->reminderIds().isEmpty());
    CHECK_FALSE(dialog->isVisible());
    r.now = kStart.addSecs(5 * 60);
    notifier->checkNow();
    CHECK(spy.count() == 1);
    r.now = kStart.addSecs(11 * 60);
    notifier->checkNow();
    REQUIRE(spy.count() == 2);
    CHECK(ids(spy, 1) == QList<qint64>{due});
    CHECK(dialog->isVisible());

    // The second one's time comes; the first, already shown and not snoozed, stays quiet.
    r.now = kStart.addSecs(31 * 60);
    notifier->checkNow();
    REQUIRE(spy.count() == 3);
    CHECK(ids(spy, 2) == QList<qint64>{later});
    CHECK(dialog->reminderIds() == (QList<qint64>{due, later}));

    // Done and other people's activities never came up.
    for (int i = 0; i < spy.count(); ++i) {
        CHECK_FALSE(ids(spy, i).contains(done));
        CHECK_FALSE(ids(spy, i).contains(others));
    }
}

TEST_CASE("Mark done from the reminder window ends the reminders of that activity")
{
    Reminders r;
    const qint64 first = r.plan(QStringLiteral("拜访华信"), kStart.addSecs(-5 * 60), kStart.addSecs(3600));
    const qint64 second = r.plan(QStringLiteral("报价电话"), kStart.addSecs(-60), kStart.addSecs(7200));
    auto notifier = r.notifier();
    QSignalSpy spy(notifier.get(), &ReminderNotifier::remindersDue);
    QSignalSpy changed(notifier.get(), &ReminderNotifier::activitiesChanged);
    notifier->checkNow();
    REQUIRE(spy.count() == 1);
    CHECK(ids(spy, 0) == (QList<qint64>{first, second}));

    ReminderDialog *dialog = notifier->dialog();
    REQUIRE(dialog);
    dialog->selectReminders({first});
    // Snoozed first, then done: a done activity is not reminded when the snooze runs out.
    notifier->snooze({first}, 60);
    answerNextInput(QStringLiteral("已拜访"));
    dialog->selectReminders({second});
    dialog->findChild<QPushButton *>(QStringLiteral("markDone"))->click();
    CHECK(r.f.field(QStringLiteral("activities"), second, QStringLiteral("status")).toString() == u"done");
    CHECK(r.f.field(QStringLiteral("activities"), second, QStringLiteral("outcome")).toString() == u"已拜访");
    CHECK(changed.count() == 1);
    CHECK(dialog->reminderIds().isEmpty());

    REQUIRE(notifier->markDone({first}, QStringLiteral("电话确认")));
    r.now = kStart.addSecs(2 * 3600);
    notifier->checkNow();
    CHECK(spy.count() == 1);

    // A rescheduled reminder is a new one.
    const qint64 third = r.plan(QStringLiteral("演示"), kStart.addSecs(-60), kStart.addSecs(3 * 3600));
    notifier->checkNow();
    REQUIRE(spy.count() == 2);
    CHECK(ids(spy, 1) == QList<qint64>{third});
    REQUIRE(RecordStore(*r.f.db).update(QStringLiteral("activities"), third,
                                        {{QStringLiteral("remind_at"), ActivityWorkflow::timestamp(r.now.addSecs(60))}}));
    notifier->checkNow();
    CHECK(spy.count() == 2);
    r.now = r.now.addSecs(120);
    notifier->checkNow();
    REQUIRE(spy.count() == 3);
    CHECK(ids(spy, 2) == QList<qint64>{third});
}

TEST_CASE("The notifier looks by itself at its interval and for everybody without a user")
{
    Reminders r;
    auto notifier = r.notifier();
    notifier->setUser(std::nullopt);
    notifier->setInterval(20);
    CHECK(notifier->interval() == 20);
    QSignalSpy spy(notifier.get(), &ReminderNotifier::remindersDue);
    notifier->start();
    CHECK(notifier->isActive());
    QTest::qWait(60);
    CHECK(spy.isEmpty());
    const qint64 managers = r.plan(QStringLiteral("经理的会议"), kStart.addSecs(-60), kStart.addSecs(600), r.f.managerId);
    REQUIRE(spy.wait(2000));
    CHECK(ids(spy, 0) == QList<qint64>{managers});
    notifier->stop();
    CHECK_FALSE(notifier->isActive());
}
