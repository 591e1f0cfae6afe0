#include "core/workflow/TargetWorkflow.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

namespace {

const QString kCny = QStringLiteral("CNY");
const QString kTable = QStringLiteral("sales_targets");
using Kind = TargetWorkflow::PeriodKind;
using Owner = TargetWorkflow::Owner;

// Contracts are written straight into the table so these tests do not
// depend on the contract workflow.
void contract(test::ChainFixture &f, qint64 owner, const QString &status, const QDate &signedOn, qint64 baseTotal)
{
    static int serial = 0;
    auto id = f.records().insert(QStringLiteral("contracts"),
                                 {{QStringLiteral("number"), QStringLiteral("HT-S-%1").arg(++serial)},
                                  {QStringLiteral("customer_id"), f.customerId},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("currency"), QStringLiteral("CNY")},
                                  {QStringLiteral("total"), baseTotal},
                                  {QStringLiteral("base_total"), baseTotal},
                                  {QStringLiteral("contract_date"), signedOn.addDays(-3).toString(Qt::ISODate)},
                                  {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("owner_id"), owner}});
    REQUIRE(id);
}

qint64 userInOtherTeam(test::ChainFixture &f)
{
    auto team = f.records().insert(QStringLiteral("teams"), {{QStringLiteral("name"), QStringLiteral("华北销售部")}});
    REQUIRE(team);
    auto user = f.records().insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("赵强")},
                                                             {QStringLiteral("team_id"), *team}});
    REQUIRE(user);
    return *user;
}

} // namespace

TEST_CASE("A salesperson's attainment counts contracts signed in the period")
{
    test::ChainFixture f;
    TargetWorkflow targets(*f.db);
    auto id = targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 3, 1), Money(10'000'000, kCny), 4);
    REQUIRE(id);
    CHECK(f.field(kTable, *id, QStringLiteral("period_end")) == QStringLiteral("2026-03-31"));

    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 1), 3'000'000);
    contract(f, f.repId, QStringLiteral("executing"), QDate(2026, 3, 15), 2'000'000);
    contract(f, f.repId, QStringLiteral("completed"), QDate(2026, 3, 31), 1'000'000);
    contract(f, f.repId, QStringLiteral("drafting"), QDate(2026, 3, 10), 9'000'000);
    contract(f, f.repId, QStringLiteral("in_review"), QDate(2026, 3, 10), 9'000'000);
    contract(f, f.repId, QStringLiteral("terminated"), QDate(2026, 3, 10), 9'000'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 4, 1), 9'000'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 2, 28), 9'000'000);
    contract(f, f.managerId, QStringLiteral("signed"), QDate(2026, 3, 10), 9'000'000);

    auto result = targets.attainment(*id);
    REQUIRE(result);
    CHECK(result->owner.userId == f.repId);
    CHECK_FALSE(result->owner.teamId.has_value());
    CHECK(result->periodStart == QDate(2026, 3, 1));
    CHECK(result->periodEnd == QDate(2026, 3, 31));
    CHECK(result->target == Money(10'000'000, kCny));
    CHECK(result->signedAmount == Money(6'000'000, kCny));
    CHECK(result->signedCount == 3);
    REQUIRE(result->attainment.has_value());
    CHECK(result->attainment->millionths() == 600'000);
    REQUIRE(result->countAttainment.has_value());
    CHECK(result->countAttainment->millionths() == 750'000);
}

TEST_CASE("A team's attainment counts the business of all its members")
{
    test::ChainFixture f;
    const qint64 outsider = userInOtherTeam(f);
    TargetWorkflow targets(*f.db);
    auto id = targets.setTarget(Owner::team(f.teamId), Kind::Quarter, QDate(2026, 4, 1), Money(3'000'000, kCny), 0);
    REQUIRE(id);
    CHECK(f.field(kTable, *id, QStringLiteral("period_end")) == QStringLiteral("2026-06-30"));
    CHECK(f.field(kTable, *id, QStringLiteral("user_id")).isNull());

    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 4, 1), 1'000'000);
    contract(f, f.managerId, QStringLiteral("executing"), QDate(2026, 6, 30), 2'500'000);
    contract(f, f.managerId, QStringLiteral("terminated"), QDate(2026, 5, 1), 9'000'000);
    contract(f, f.adminId, QStringLiteral("signed"), QDate(2026, 5, 1), 9'000'000); // in no team
    contract(f, outsider, QStringLiteral("signed"), QDate(2026, 5, 1), 9'000'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 7, 1), 9'000'000);

    auto result = targets.attainment(*id);
    REQUIRE(result);
    CHECK(result->owner.teamId == f.teamId);
    CHECK(result->signedAmount == Money(3'500'000, kCny));
    CHECK(result->signedCount == 2);
    REQUIRE(result->attainment.has_value());
    CHECK(result->attainment->millionths() == 1'166'667); // 35 000 / 30 000, rounded half away from zero
    CHECK_FALSE(result->countAttainment.has_value());
}

TEST_CASE("Setting a target again for the same owner and period updates it")
{
    test::ChainFixture f;
    TargetWorkflow targets(*f.db);
    auto first = targets.setTarget(Owner::user(f.repId), Kind::Year, QDate(2026, 1, 1), Money(100'000'000, kCny), 20);
    REQUIRE(first);
    auto second = targets.setTarget(Owner::user(f.repId), Kind::Year, QDate(2026, 1, 1), Money(120'000'000, kCny), 25);
    REQUIRE(second);
    CHECK(*second == *first);
    CHECK(f.count(kTable) == 1);
    CHECK(f.field(kTable, *first, QStringLiteral("target_amount")).toLongLong() == 120'000'000);
    CHECK(f.field(kTable, *first, QStringLiteral("target_count")).toLongLong() == 25);
    CHECK(f.field(kTable, *first, QStringLiteral("period_end")) == QStringLiteral("2026-12-31"));

    // Another period kind starting the same day, another owner, another year: new targets.
    auto month = targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 1, 1), Money(1'000'000, kCny), 2);
    REQUIRE(month);
    CHECK(*month != *first);
    auto team = targets.setTarget(Owner::team(f.teamId), Kind::Year, QDate(2026, 1, 1), Money(1'000'000, kCny), 2);
    REQUIRE(team);
    auto manager = targets.setTarget(Owner::user(f.managerId), Kind::Year, QDate(2026, 1, 1), Money(1'000'000, kCny), 2);
    REQUIRE(manager);
    auto nextYear = targets.setTarget(Owner::user(f.repId), Kind::Year, QDate(2027, 1, 1), Money(1'000'000, kCny), 2);
    REQUIRE(nextYear);
    CHECK(f.count(kTable) == 5);
    auto teamAgain = targets.setTarget(Owner::team(f.teamId), Kind::Year, QDate(2026, 1, 1), Money(2'000'000, kCny), 3);
    REQUIRE(teamAgain);
    CHECK(*teamAgain == *team);
    CHECK(f.count(kTable) == 5);
}

TEST_CASE("A zero target has no attainment")
{
    test::ChainFixture f;
    TargetWorkflow targets(*f.db);
    auto id = targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 3, 1), Money(0, kCny), 0);
    REQUIRE(id);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 5), 1'000'000);
    auto result = targets.attainment(*id);
    REQUIRE(result);
    CHECK(result->signedAmount == Money(1'000'000, kCny));
    CHECK(result->signedCount == 1);
    CHECK_FALSE(result->attainment.has_value());
    CHECK_FALSE(result->countAttainment.has_value());
}

TEST_CASE("Targets refuse a wrong owner period amount or currency")
{
    test::ChainFixture f;
    TargetWorkflow targets(*f.db);
    const Money amount(1'000'000, kCny);
    auto both = targets.setTarget(Owner{f.repId, f.teamId}, Kind::Month, QDate(2026, 3, 1), amount, 1);
    REQUIRE_FALSE(both);
    CHECK(both.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(targets.setTarget(Owner{}, Kind::Month, QDate(2026, 3, 1), amount, 1));

    auto midMonth = targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 3, 2), amount, 1);
    REQUIRE_FALSE(midMonth);
    CHECK(midMonth.error().message.contains(QStringLiteral("2026-03-02")));
    CHECK_FALSE(targets.setTarget(Owner::user(f.repId), Kind::Quarter, QDate(2026, 2, 1), amount, 1));
    CHECK_FALSE(targets.setTarget(Owner::user(f.repId), Kind::Year, QDate(2026, 4, 1), amount, 1));
    CHECK_FALSE(targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(), amount, 1));

    CHECK_FALSE(targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 3, 1), Money(-1, kCny), 1));
    CHECK_FALSE(targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 3, 1), amount, -1));
    auto dollars = targets.setTarget(Owner::user(f.repId), Kind::Month, QDate(2026, 3, 1),
                                     Money(1'000'000, QStringLiteral("USD")), 1);
    REQUIRE_FALSE(dollars);
    CHECK(dollars.error().message.contains(QStringLiteral("CNY")));

    auto nobody = targets.setTarget(Owner::user(f.repId + 1000), Kind::Month, QDate(2026, 3, 1), amount, 1);
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(targets.setTarget(Owner::team(f.teamId + 1000), Kind::Month, QDate(2026, 3, 1), amount, 1));
    CHECK(f.count(kTable) == 0);

    auto missing = targets.attainment(4242);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("A target's period ends on the last day of its month quarter or year")
{
    CHECK(TargetWorkflow::periodEnd(Kind::Month, QDate(2028, 2, 1)) == QDate(2028, 2, 29));
    CHECK(TargetWorkflow::periodEnd(Kind::Month, QDate(2026, 4, 1)) == QDate(2026, 4, 30));
    CHECK(TargetWorkflow::periodEnd(Kind::Quarter, QDate(2026, 10, 1)) == QDate(2026, 12, 31));
    CHECK(TargetWorkflow::periodEnd(Kind::Year, QDate(2026, 1, 1)) == QDate(2026, 12, 31));
}
