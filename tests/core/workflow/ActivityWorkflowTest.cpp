#include "core/workflow/ActivityWorkflow.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

namespace {

const QString kTable = QStringLiteral("activities");

// Local wall-clock times, as the user enters them.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

qint64 planned(test::ChainFixture &f, const QString &subject, const QVariant &due, qint64 owner)
{
    auto id = ActivityWorkflow(*f.db).create({{QStringLiteral("kind"), QStringLiteral("call")},
                                              {QStringLiteral("subject"), subject},
                                              {QStringLiteral("customer_id"), f.customerId},
                                              {QStringLiteral("due_at"), due},
                                              {QStringLiteral("owner_id"), owner}});
    REQUIRE(id);
    return *id;
}

QString status(test::ChainFixture &f, qint64 id)
{
    return f.field(kTable, id, QStringLiteral("status")).toString();
}

} // namespace

TEST_CASE("An activity is stored planned with UTC timestamps and the current user as owner")
{
    test::ChainFixture f;
    auto id = ActivityWorkflow(*f.db).create({{QStringLiteral("kind"), QStringLiteral("visit")},
                                              {QStringLiteral("subject"), QStringLiteral("拜访张总")},
                                              {QStringLiteral("customer_id"), f.customerId},
                                              {QStringLiteral("contact_id"), f.contactId},
                                              {QStringLiteral("due_at"), at(5, 14, 30)},
                                              {QStringLiteral("remind_at"), at(5, 13)}});
    REQUIRE(id);
    CHECK(status(f, *id) == QStringLiteral("planned"));
    CHECK(f.field(kTable, *id, QStringLiteral("owner_id")).toLongLong() == f.repId);
    CHECK(f.field(kTable, *id, QStringLiteral("due_at")) == at(5, 14, 30).toUTC().toString(Qt::ISODate));
    CHECK(f.field(kTable, *id, QStringLiteral("due_at")).toString().endsWith(QLatin1Char('Z')));
    CHECK(f.field(kTable, *id, QStringLiteral("remind_at")) == at(5, 13).toUTC().toString(Qt::ISODate));

    // ISO text is read too, and a reminder at the due time itself is fine.
    auto fromText = ActivityWorkflow(*f.db).create({{QStringLiteral("kind"), QStringLiteral("task")},
                                                    {QStringLiteral("subject"), QStringLiteral("准备方案")},
                                                    {QStringLiteral("opportunity_id"), f.openOpportunity()},
                                                    {QStringLiteral("due_at"), QStringLiteral("2026-03-06T09:00:00Z")},
                                                    {QStringLiteral("remind_at"), QStringLiteral("2026-03-06T09:00:00Z")}});
    REQUIRE(fromText);
    CHECK(f.field(kTable, *fromText, QStringLiteral("due_at")) == QStringLiteral("2026-03-06T09:00:00Z"));
}

TEST_CASE("Activities need a kind a subject a link and a reminder before the due time")
{
    test::ChainFixture f;
    ActivityWorkflow activities(*f.db);
    const Fields valid = {{QStringLiteral("kind"), QStringLiteral("call")},
                          {QStringLiteral("subject"), QStringLiteral("回访")},
                          {QStringLiteral("customer_id"), f.customerId},
                          {QStringLiteral("due_at"), at(5, 10)},
                          {QStringLiteral("remind_at"), at(5, 9)}};
    const auto with = [&](const QString &key, const QVariant &value) {
        Fields fields = valid;
        fields.insert(key, value);
        return fields;
    };

    auto kind = activities.create(with(QStringLiteral("kind"), QStringLiteral("lunch")));
    REQUIRE_FALSE(kind);
    CHECK(kind.error().kind == ErrorKind::Invalid);
    auto subject = activities.create(with(QStringLiteral("subject"), QStringLiteral("  ")));
    REQUIRE_FALSE(subject);
    CHECK(subject.error().message.contains(QStringLiteral("subject")));

    Fields unlinked = valid;
    unlinked.remove(QStringLiteral("customer_id"));
    auto nothing = activities.create(unlinked);
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().message.contains(QStringLiteral("Link")));
    unlinked.insert(QStringLiteral("lead_id"), QVariant());
    CHECK_FALSE(activities.create(unlinked));

    auto late = activities.create(with(QStringLiteral("remind_at"), at(5, 10, 1)));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("reminder")));
    auto garbage = activities.create(with(QStringLiteral("due_at"), QStringLiteral("next Tuesday")));
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().message.contains(QStringLiteral("next Tuesday")));

    auto missing = activities.create(with(QStringLiteral("customer_id"), f.customerId + 1000));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);

    auto other = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-0002")},
                                                                  {QStringLiteral("name"), QStringLiteral("北京远景科技")}});
    REQUIRE(other);
    Fields wrongContact = with(QStringLiteral("customer_id"), *other);
    wrongContact.insert(QStringLiteral("contact_id"), f.contactId);
    auto mismatch = activities.create(wrongContact);
    REQUIRE_FALSE(mismatch);
    CHECK(mismatch.error().message.contains(QStringLiteral("张伟")));
    CHECK(f.count(kTable) == 0);

    // A lead alone is link enough, and neither time is required.
    auto lead = f.records().insert(QStringLiteral("leads"), {{QStringLiteral("company"), QStringLiteral("深圳新达")},
                                                             {QStringLiteral("created_on"), QStringLiteral("2026-03-01")}});
    REQUIRE(lead);
    auto ok = activities.create({{QStringLiteral("kind"), QStringLiteral("email")},
                                 {QStringLiteral("subject"), QStringLiteral("发送资料")},
                                 {QStringLiteral("lead_id"), *lead}});
    REQUIRE(ok);
    CHECK(f.field(kTable, *ok, QStringLiteral("due_at")).isNull());
}

TEST_CASE("Activities are done cancelled and reopened through the state machine")
{
    test::ChainFixture f;
    ActivityWorkflow activities(*f.db);
    const qint64 id = planned(f, QStringLiteral("演示"), at(5, 10), f.repId);

    REQUIRE(activities.markDone(id, QStringLiteral("客户有兴趣"), at(5, 11)));
    CHECK(status(f, id) == QStringLiteral("done"));
    CHECK(f.field(kTable, id, QStringLiteral("outcome")) == QStringLiteral("客户有兴趣"));
    CHECK(f.field(kTable, id, QStringLiteral("done_at")) == at(5, 11).toUTC().toString(Qt::ISODate));

    auto twice = activities.markDone(id, QString(), at(5, 12));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == ErrorKind::IllegalTransition);
    auto cancelDone = activities.cancel(id);
    REQUIRE_FALSE(cancelDone);
    CHECK(cancelDone.error().kind == ErrorKind::IllegalTransition);

    REQUIRE(activities.reopen(id));
    CHECK(status(f, id) == QStringLiteral("planned"));
    CHECK(f.field(kTable, id, QStringLiteral("done_at")).isNull());
    CHECK(f.field(kTable, id, QStringLiteral("outcome")) == QString());
    auto reopenPlanned = activities.reopen(id);
    REQUIRE_FALSE(reopenPlanned);
    CHECK(reopenPlanned.error().kind == ErrorKind::IllegalTransition);

    REQUIRE(activities.cancel(id));
    CHECK(status(f, id) == QStringLiteral("cancelled"));
    CHECK_FALSE(activities.markDone(id, QString(), at(5, 12)));
    CHECK_FALSE(activities.cancel(id));
    REQUIRE(activities.reopen(id));
    CHECK(status(f, id) == QStringLiteral("planned"));
    CHECK_FALSE(activities.markDone(id, QString(), QDateTime()));
}

TEST_CASE("The agenda lists overdue activities first then by due time")
{
    test::ChainFixture f;
    ActivityWorkflow activities(*f.db);
    const QDateTime now = at(10, 12);
    const qint64 dueLater = planned(f, QStringLiteral("today afternoon"), at(10, 18), f.repId);
    const qint64 lastWeek = planned(f, QStringLiteral("last week"), at(3, 9), f.repId);
    const qint64 tomorrowLate = planned(f, QStringLiteral("tomorrow night"), at(11, 23, 59), f.repId);
    const qint64 thisMorning = planned(f, QStringLiteral("this morning"), at(10, 8), f.repId);
    planned(f, QStringLiteral("after the agenda"), at(12, 0), f.repId);
    planned(f, QStringLiteral("someone else's"), at(9, 9), f.managerId);
    planned(f, QStringLiteral("no due time"), QVariant(), f.repId);
    const qint64 done = planned(f, QStringLiteral("done"), at(9, 9), f.repId);
    REQUIRE(activities.markDone(done, QString(), at(9, 10)));
    const qint64 cancelled = planned(f, QStringLiteral("cancelled"), at(9, 9), f.repId);
    REQUIRE(activities.cancel(cancelled));

    auto agenda = activities.dueFor(f.repId, now, QDate(2026, 3, 11));
    REQUIRE(agenda);
    REQUIRE(agenda->size() == 4);
    CHECK(agenda->at(0).value(QStringLiteral("id")).toLongLong() == lastWeek);
    CHECK(agenda->at(1).value(QStringLiteral("id")).toLongLong() == thisMorning);
    CHECK(agenda->at(2).value(QStringLiteral("id")).toLongLong() == dueLater);
    CHECK(agenda->at(3).value(QStringLiteral("id")).toLongLong() == tomorrowLate);
    CHECK(agenda->at(0).value(QStringLiteral("overdue")).typeId() == QMetaType::Bool);
    CHECK(agenda->at(0).value(QStringLiteral("overdue")).toBool());
    CHECK(agenda->at(1).value(QStringLiteral("overdue")).toBool());
    CHECK_FALSE(agenda->at(2).value(QStringLiteral("overdue")).toBool());
    CHECK_FALSE(agenda->at(3).value(QStringLiteral("overdue")).toBool());
    CHECK(agenda->at(0).value(QStringLiteral("subject")) == QStringLiteral("last week"));

    // Reopening brings an activity back onto the agenda.
    REQUIRE(activities.reopen(done));
    auto reopened = activities.dueFor(f.repId, now, QDate(2026, 3, 10));
    REQUIRE(reopened);
    REQUIRE(reopened->size() == 4);
    CHECK(reopened->at(0).value(QStringLiteral("id")).toLongLong() == lastWeek);
    CHECK(reopened->at(1).value(QStringLiteral("id")).toLongLong() == done);
    CHECK(reopened->at(2).value(QStringLiteral("id")).toLongLong() == thisMorning);
    CHECK(reopened->at(3).value(QStringLiteral("id")).toLongLong() == dueLater);

    auto empty = activities.dueFor(f.adminId, now, QDate(2026, 3, 31));
    REQUIRE(empty);
    CHECK(empty->empty());
}
