#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/ActivityWorkflow.h"
#include "tests/support/ChainFixture.h"
#include "ui/activities/ActivityAgenda.h"
#include "ui/pipeline/PipelineBoard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

// A Wednesday morning; weeks start on Monday in the locale the test sets.
const QDateTime kNow(QDate(2026, 3, 4), QTime(10, 0));

// Keeps the week's first day fixed whatever the machine's locale is.
struct MondayLocale {
    MondayLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~MondayLocale() { QLocale::setDefault(QLocale::system()); }
};

struct Agenda {
    MondayLocale locale;
    test::ChainFixture f;

    qint64 plan(const QString &subject, const QDateTime &due, std::optional<qint64> owner = std::nullopt)
    {
        Fields fields{{QStringLiteral("kind"), QStringLiteral("call")},
                      {QStringLiteral("subject"), subject},
                      {QStringLiteral("customer_id"), f.customerId},
                      {QStringLiteral("owner_id"), owner.value_or(f.repId)}};
        if (due.isValid())
            fields.insert(QStringLiteral("due_at"), due);
        auto id = ActivityWorkflow(*f.db).create(fields);
        REQUIRE(id);
        return *id;
    }
};

// Answers the next input dialog with `text`, as a user typing the outcome would.
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

TEST_CASE("The agenda groups planned activities into overdue today this week and later")
{
    Agenda a;
    const qint64 yesterday = a.plan(QStringLiteral("昨天的回访"), kNow.addDays(-1));
    const qint64 thisMorning = a.plan(QStringLiteral("早上的电话"), QDateTime(kNow.date(), QTime(8, 0)));
    const qint64 afternoon = a.plan(QStringLiteral("下午的拜访"), QDateTime(kNow.date(), QTime(16, 0)));
    const qint64 tomorrow = a.plan(QStringLiteral("明早的电话"), QDateTime(QDate(2026, 3, 5), QTime(0, 30)));
    const qint64 friday = a.plan(QStringLiteral("周五演示"), QDateTime(QDate(2026, 3, 6), QTime(9, 30)));
    const qint64 sunday = a.plan(QStringLiteral("周日邮件"), QDateTime(QDate(2026, 3, 8), QTime(20, 0)));
    const qint64 nextWeek = a.plan(QStringLiteral("下周二会议"), QDateTime(QDate(2026, 3, 10), QTime(14, 0)));
    const qint64 undated = a.plan(QStringLiteral("整理报价资料"), QDateTime());
    const qint64 done = a.plan(QStringLiteral("已完成的电话"), QDateTime(kNow.date(), QTime(9, 0)));
    REQUIRE(ActivityWorkflow(*a.f.db).markDone(done, QStringLiteral("ok"), kNow));
    const qint64 cancelled = a.plan(QStringLiteral("取消的拜访"), QDateTime(kNow.date(), QTime(17, 0)));
    REQUIRE(ActivityWorkflow(*a.f.db).cancel(cancelled));
    const qint64 someoneElse = a.plan(QStringLiteral("经理的电话"), QDateTime(kNow.date(), QTime(15, 0)), a.f.managerId);

    ActivityAgenda agenda(*a.f.db);
    agenda.setClock([] { return kNow; });
    agenda.setUser(a.f.repId);
    using Group = ActivityAgenda::Group;
    CHECK(agenda.groupIds(Group::Overdue) == QList<qint64>{yesterday, thisMorning});
    CHECK(agenda.groupIds(Group::Today) == QList<qint64>{afternoon});
    CHECK(agenda.groupIds(Group::ThisWeek) == (QList<qint64>{tomorrow, friday, sunday}));
    CHECK(agenda.groupIds(Group::Later) == QList<qint64>{nextWeek, undated});
    CHECK(agenda.groupCount(Group::Overdue) == 2);
    CHECK(agenda.groupCount(Group::Later) == 2);

    // The week calendar: Monday first, done ones stay on their day, cancelled and others' do not show.
    CHECK(agenda.weekStart() == QDate(2026, 3, 2));
    CHECK(agenda.dayIds(1) == QList<qint64>{yesterday});
    CHECK(agenda.dayIds(2) == QList<qint64>{thisMorning, done, afternoon});
    CHECK(agenda.dayIds(3) == QList<qint64>{tomorrow});
    CHECK(agenda.dayIds(4) == QList<qint64>{friday});
    CHECK(agenda.dayIds(6) == QList<qint64>{sunday});
    for (int day = 0; day < 7; ++day) {
        CHECK_FALSE(agenda.dayIds(day).contains(cancelled));
        CHECK_FALSE(agenda.dayIds(day).contains(someoneElse));
    }
    agenda.findChild<QToolButton *>(QStringLiteral("weekNext"))->click();
    CHECK(agenda.weekStart() == QDate(2026, 3, 9));
    CHECK(agenda.dayIds(1) == QList<qint64>{nextWeek});

    // The manager's own agenda holds the manager's call, today.
    auto *users = agenda.findChild<QComboBox *>(QStringLiteral("agendaUser"));
    REQUIRE(users);
    QSignalSpy chosen(&agenda, &ActivityAgenda::userChanged);
    users->setCurrentIndex(users->findData(a.f.managerId));
    CHECK(agenda.user() == a.f.managerId);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first().at(0).toLongLong() == a.f.managerId);
    CHECK(ActivityAgenda::rememberedUser() == a.f.managerId);
    CHECK(agenda.groupIds(Group::Today) == QList<qint64>{someoneElse});
    CHECK(agenda.groupIds(Group::Overdue).isEmpty());
}

TEST_CASE("Mark done from the agenda asks the outcome and goes through the workflow")
{
    Agenda a;
    const qint64 afternoon = a.plan(QStringLiteral("下午的拜访"), QDateTime(kNow.date(), QTime(16, 0)));
    const qint64 friday = a.plan(QStringLiteral("周五演示"), QDateTime(QDate(2026, 3, 6), QTime(9, 30)));
    ActivityAgenda agenda(*a.f.db);
    agenda.setClock([] { return kNow; });
    agenda.setUser(a.f.repId);
    QSignalSpy changed(&agenda, &ActivityAgenda::activitiesChanged);
    auto *markDone = agenda.findChild<QPushButton *>(QStringLiteral("markDone"));
    REQUIRE(markDone);
    CHECK_FALSE(markDone->isEnabled());

    agenda.selectActivity(afternoon);
    REQUIRE(agenda.currentActivity() == afternoon);
    REQUIRE(markDone->isEnabled());
    answerNextInput(QStringLiteral("客户同意下周签约"));
    markDone->click();
    CHECK(a.f.field(QStringLiteral("activities"), afternoon, QStringLiteral("status")).toString() == u"done");
    CHECK(a.f.field(QStringLiteral("activities"), afternoon, QStringLiteral("outcome")).toString() == u"客户同意下周签约");
    CHECK(a.f.field(QStringLiteral("activities"), afternoon, QStringLiteral("done_at")).toString()
          == ActivityWorkflow::timestamp(kNow));
    CHECK(agenda.groupIds(ActivityAgenda::Group::Today).isEmpty());
    CHECK(agenda.dayIds(2) == QList<qint64>{afternoon});
    CHECK(changed.count() == 1);
    // A done activity cannot be marked done again from here.
    agenda.selectActivity(afternoon);
    CHECK_FALSE(markDone->isEnabled());

    // Cancelling takes it off the agenda; a second cancel is refused by the workflow.
    REQUIRE(agenda.cancelActivity(friday));
    CHECK(a.f.field(QStringLiteral("activities"), friday, QStringLiteral("status")).toString() == u"cancelled");
    CHECK(agenda.groupIds(ActivityAgenda::Group::ThisWeek).isEmpty());
    CHECK_FALSE(agenda.cancelActivity(friday));

    agenda.resize(1000, 600);
    agenda.show();
    REQUIRE(QTest::qWaitForWindowExposed(&agenda));
    if (const QString dir = qEnvironmentVariable("QIANYUE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        a.plan(QStringLiteral("回访：确认交付时间"), kNow.addDays(-2));
        a.plan(QStringLiteral("电话：报价跟进"), QDateTime(kNow.date(), QTime(11, 30)));
        a.plan(QStringLiteral("演示新版本"), QDateTime(QDate(2026, 3, 5), QTime(14, 0)));
        a.plan(QStringLiteral("季度回顾会议"), QDateTime(QDate(2026, 3, 20), QTime(10, 0)));
        agenda.findChild<QTabWidget *>(QStringLiteral("agendaTabs"))->setCurrentIndex(0);
        agenda.reload();
        agenda.grab().save(QDir(dir).filePath(QStringLiteral("agenda.png")));
        agenda.findChild<QTabWidget *>(QStringLiteral("agendaTabs"))->setCurrentIndex(1);
        agenda.showWeek(kNow.date());
        agenda.grab().save(QDir(dir).filePath(QStringLiteral("agenda-week.png")));
    }
}

TEST_CASE("Open in the agenda asks to open the activity")
{
    Agenda a;
    const qint64 afternoon = a.plan(QStringLiteral("下午的拜访"), QDateTime(kNow.date(), QTime(16, 0)));
    ActivityAgenda agenda(*a.f.db);
    agenda.setClock([] { return kNow; });
    agenda.setUser(a.f.repId);
    QSignalSpy open(&agenda, &ActivityAgenda::openRequested);
    agenda.selectActivity(afternoon);
    agenda.findChild<QPushButton *>(QStringLiteral("openActivity"))->click();
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == u"activities");
    CHECK(open.first().at(1).toLongLong() == afternoon);
}

namespace {

// Marks every translated string, so a test can see which texts were translated again.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("The board and the agenda retranslate themselves on a language change")
{
    Agenda a;
    a.plan(QStringLiteral("下午的拜访"), QDateTime(kNow.date(), QTime(16, 0)));
    PipelineBoard board(*a.f.db);
    board.reload();
    ActivityAgenda agenda(*a.f.db);
    agenda.setClock([] { return kNow; });
    agenda.setUser(a.f.repId);
    auto *owners = board.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    auto *tabs = agenda.findChild<QTabWidget *>(QStringLiteral("agendaTabs"));
    REQUIRE(owners);
    REQUIRE(tabs);
    CHECK(owners->itemText(0) == u"Everyone");

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    // Qt posts the change to every window; it arrives with the next events.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(owners->itemText(0) == u"«Everyone»");
    CHECK(board.findChild<QLabel *>(QStringLiteral("drop_won"))->text().startsWith(QStringLiteral("«Won")));
    CHECK(tabs->tabText(0) == u"«&Agenda»");
    CHECK(agenda.findChild<QPushButton *>(QStringLiteral("markDone"))->text() == u"«Mark &done…»");
    CHECK(board.lastError().isEmpty());
    CHECK(agenda.groupCount(ActivityAgenda::Group::Today) == 1);
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(owners->itemText(0) == u"Everyone");
}
