#include "core/store/PerformanceStore.h"
#include "core/workflow/CommissionWorkflow.h"
#include "tests/support/ChainFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace qianyue;

namespace {

const QString kCny = QStringLiteral("CNY");
const QString kEntries = QStringLiteral("salesperson_commissions");

// Contracts are written straight into the table so these tests do not
// depend on the contract workflow.
qint64 contract(test::ChainFixture &f, qint64 owner, const QString &status, const QDate &signedOn, qint64 baseTotal,
                const QString &currency = QStringLiteral("CNY"), qint64 total = -1)
{
    static int serial = 0;
    auto id = f.records().insert(QStringLiteral("contracts"),
                                 {{QStringLiteral("number"), QStringLiteral("HT-T-%1").arg(++serial)},
                                  {QStringLiteral("customer_id"), f.customerId},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("currency"), currency},
                                  {QStringLiteral("total"), total < 0 ? baseTotal : total},
                                  {QStringLiteral("base_total"), baseTotal},
                                  {QStringLiteral("contract_date"), signedOn.addDays(-3).toString(Qt::ISODate)},
                                  {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("owner_id"), owner}});
    REQUIRE(id);
    return *id;
}

// A receivable of `owner` paid by one receipt in `currency` at `ratePpm`; returns the allocation.
qint64 payment(test::ChainFixture &f, qint64 owner, const QDate &receivedOn, qint64 amount,
               const QString &currency = QStringLiteral("CNY"), qint64 ratePpm = 1'000'000)
{
    static int serial = 0;
    ++serial;
    RecordStore store = f.records();
    auto receivable = store.insert(QStringLiteral("receivables"),
                                   {{QStringLiteral("number"), QStringLiteral("AR-T-%1").arg(serial)},
                                    {QStringLiteral("receivable_date"), receivedOn.addDays(-20).toString(Qt::ISODate)},
                                    {QStringLiteral("customer_id"), f.customerId},
                                    {QStringLiteral("currency"), currency},
                                    {QStringLiteral("exchange_rate_ppm"), ratePpm},
                                    {QStringLiteral("total"), amount},
                                    {QStringLiteral("received"), amount},
                                    {QStringLiteral("status"), QStringLiteral("settled")},
                                    {QStringLiteral("owner_id"), owner}});
    REQUIRE(receivable);
    auto receipt = store.insert(QStringLiteral("receipts"),
                                {{QStringLiteral("number"), QStringLiteral("RC-T-%1").arg(serial)},
                                 {QStringLiteral("receipt_date"), receivedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("customer_id"), f.customerId},
                                 {QStringLiteral("currency"), currency},
                                 {QStringLiteral("exchange_rate_ppm"), ratePpm},
                                 {QStringLiteral("amount"), amount}});
    REQUIRE(receipt);
    auto allocation = store.insert(QStringLiteral("receipt_allocations"), {{QStringLiteral("receipt_id"), *receipt},
                                                                           {QStringLiteral("receivable_id"), *receivable},
                                                                           {QStringLiteral("amount"), amount}});
    REQUIRE(allocation);
    return *allocation;
}

qint64 plan(test::ChainFixture &f, qint64 user, CommissionWorkflow::PlanKind kind, CommissionWorkflow::Basis basis,
            qint64 ratePpm)
{
    auto id = CommissionWorkflow(*f.db).createPlan(user, kind, basis, Rate::fromMillionths(ratePpm));
    REQUIRE(id);
    return *id;
}

qint64 entryCount(test::ChainFixture &f, qint64 planId)
{
    auto n = f.db->scalar(QStringLiteral("SELECT count(*) FROM salesperson_commissions WHERE plan_id = ?"), {planId});
    REQUIRE(n);
    return n->toLongLong();
}

const QDate kMarch1(2026, 3, 1);
const QDate kMarch31(2026, 3, 31);

} // namespace

TEST_CASE("A signed-basis run books each contract signed in the month once")
{
    test::ChainFixture f;
    const qint64 monthly = plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed, 50'000);
    const qint64 signedOne = contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 2), 10'000'000);
    contract(f, f.repId, QStringLiteral("executing"), QDate(2026, 3, 15), 2'000'000);
    contract(f, f.repId, QStringLiteral("completed"), QDate(2026, 3, 31), 2'350);
    contract(f, f.repId, QStringLiteral("terminated"), QDate(2026, 3, 10), 5'000'000);
    contract(f, f.repId, QStringLiteral("drafting"), QDate(2026, 3, 11), 7'000'000);
    contract(f, f.repId, QStringLiteral("in_review"), QDate(2026, 3, 12), 8'000'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 4, 1), 9'000'000);     // next month
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 2, 28), 9'000'000);    // last month
    contract(f, f.managerId, QStringLiteral("signed"), QDate(2026, 3, 5), 9'000'000); // someone else's

    CommissionWorkflow commissions(*f.db);
    auto first = commissions.run(kMarch1, kMarch31, QDate(2026, 4, 2));
    REQUIRE(first);
    CHECK(first->periodKind == CommissionWorkflow::PlanKind::Monthly);
    CHECK(first->plans == 1);
    CHECK(first->created == 3);
    CHECK(first->skipped == 0);
    // 5 % of 100 000.00 + 20 000.00 + 23.50, the last rounded half away from zero (117.5 → 118).
    CHECK(first->accrued == Money(500'000 + 100'000 + 118, kCny));
    CHECK(entryCount(f, monthly) == 3);

    auto entries = f.records().where(kEntries, QStringLiteral("contract_id"), signedOne);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const Fields &entry = entries->front();
    CHECK(entry.value(QStringLiteral("kind")) == QStringLiteral("monthly"));
    CHECK(entry.value(QStringLiteral("basis_amount")).toLongLong() == 10'000'000);
    CHECK(entry.value(QStringLiteral("rate_ppm")).toLongLong() == 50'000);
    CHECK(entry.value(QStringLiteral("accrued")).toLongLong() == 500'000);
    CHECK(entry.value(QStringLiteral("paid")).toLongLong() == 0);
    CHECK(entry.value(QStringLiteral("period_start")) == QStringLiteral("2026-03-01"));
    CHECK(entry.value(QStringLiteral("period_end")) == QStringLiteral("2026-03-31"));
    CHECK(entry.value(QStringLiteral("entry_date")) == QStringLiteral("2026-04-02"));
    CHECK(entry.value(QStringLiteral("allocation_id")).isNull());
    CHECK(entry.value(QStringLiteral("user_id")).toLongLong() == f.repId);
}

TEST_CASE("Running the same period twice changes nothing")
{
    test::ChainFixture f;
    const qint64 monthly = plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed, 100'000);
    const qint64 cash = plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Cash, 20'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 2), 1'000'000);
    contract(f, f.repId, QStringLiteral("executing"), QDate(2026, 3, 3), 500'000);
    payment(f, f.repId, QDate(2026, 3, 20), 300'000);

    CommissionWorkflow commissions(*f.db);
    auto first = commissions.run(kMarch1, kMarch31);
    REQUIRE(first);
    CHECK(first->created == 3);
    CHECK(first->accrued == Money(150'000 + 6'000, kCny));
    auto accrued = commissions.accruedFor(f.repId, kMarch1, kMarch31);
    REQUIRE(accrued);
    const qint64 rows = f.count(kEntries);

    auto second = commissions.run(kMarch1, kMarch31);
    REQUIRE(second);
    CHECK(second->created == 0);
    CHECK(second->skipped == 3);
    CHECK(second->accrued == Money(0, kCny));
    CHECK(f.count(kEntries) == rows);
    CHECK(entryCount(f, monthly) == 2);
    CHECK(entryCount(f, cash) == 1);
    auto again = commissions.accruedFor(f.repId, kMarch1, kMarch31);
    REQUIRE(again);
    CHECK(*again == *accrued);
    CHECK(*again == Money(156'000, kCny));

    // A contract signed after the first run is picked up by the next, alone.
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 30), 10'000);
    auto third = commissions.run(kMarch1, kMarch31);
    REQUIRE(third);
    CHECK(third->created == 1);
    CHECK(third->skipped == 3);
    CHECK(third->accrued == Money(1'000, kCny));
}

TEST_CASE("A cash-basis run books money received at the receipt's exchange rate")
{
    test::ChainFixture f;
    plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Cash, 30'000);
    // Signed business alone earns nothing on a cash plan.
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 2), 1'000'000);
    const qint64 cny = payment(f, f.repId, QDate(2026, 3, 1), 200'000);
    const qint64 usd = payment(f, f.repId, QDate(2026, 3, 31), 10'000, QStringLiteral("USD"), 7'123'456);
    payment(f, f.repId, QDate(2026, 4, 1), 900'000);    // received next month
    payment(f, f.managerId, QDate(2026, 3, 9), 900'000); // the manager's receivable

    auto run = CommissionWorkflow(*f.db).run(kMarch1, kMarch31);
    REQUIRE(run);
    CHECK(run->created == 2);

    auto cnyEntry = f.records().where(kEntries, QStringLiteral("allocation_id"), cny);
    REQUIRE(cnyEntry);
    REQUIRE(cnyEntry->size() == 1);
    CHECK(cnyEntry->front().value(QStringLiteral("basis_amount")).toLongLong() == 200'000);
    CHECK(cnyEntry->front().value(QStringLiteral("accrued")).toLongLong() == 6'000);

    // 100.00 USD × 7.123456 = 712.3456 → 712.35 CNY; 3 % = 21.3705 → 21.37.
    auto usdEntry = f.records().where(kEntries, QStringLiteral("allocation_id"), usd);
    REQUIRE(usdEntry);
    REQUIRE(usdEntry->size() == 1);
    CHECK(usdEntry->front().value(QStringLiteral("basis_amount")).toLongLong() == 71'235);
    CHECK(usdEntry->front().value(QStringLiteral("currency")) == kCny);
    CHECK(usdEntry->front().value(QStringLiteral("accrued")).toLongLong() == 2'137);
    CHECK(run->accrued == Money(6'000 + 2'137, kCny));
}

TEST_CASE("Signed-basis commission counts the contract's base-currency total")
{
    test::ChainFixture f;
    plan(f, f.repId, CommissionWorkflow::PlanKind::Basic, CommissionWorkflow::Basis::Signed, 10'000);
    const qint64 usd = contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 9), 712'346, QStringLiteral("USD"), 100'000);
    auto run = CommissionWorkflow(*f.db).run(kMarch1, kMarch31);
    REQUIRE(run);
    auto entry = f.records().where(kEntries, QStringLiteral("contract_id"), usd);
    REQUIRE(entry);
    REQUIRE(entry->size() == 1);
    CHECK(entry->front().value(QStringLiteral("basis_amount")).toLongLong() == 712'346);
    CHECK(entry->front().value(QStringLiteral("accrued")).toLongLong() == 7'123); // 71.2346 → 71.23
}

TEST_CASE("A run takes basic plans and the plans whose kind fits the period")
{
    test::ChainFixture f;
    using Kind = CommissionWorkflow::PlanKind;
    const auto basis = CommissionWorkflow::Basis::Signed;
    const qint64 basic = plan(f, f.repId, Kind::Basic, basis, 10'000);
    const qint64 monthly = plan(f, f.repId, Kind::Monthly, basis, 10'000);
    const qint64 quarterly = plan(f, f.repId, Kind::Quarterly, basis, 10'000);
    const qint64 halfYear = plan(f, f.repId, Kind::HalfYear, basis, 10'000);
    const qint64 annual = plan(f, f.repId, Kind::Annual, basis, 10'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 1, 20), 100'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 10), 100'000);

    CommissionWorkflow commissions(*f.db);
    auto march = commissions.run(kMarch1, kMarch31);
    REQUIRE(march);
    CHECK(march->plans == 2);
    CHECK(entryCount(f, basic) == 1);
    CHECK(entryCount(f, monthly) == 1);
    CHECK(entryCount(f, quarterly) == 0);

    // The basic plan already earned on the March contract and only adds January's.
    auto q1 = commissions.run(QDate(2026, 1, 1), kMarch31);
    REQUIRE(q1);
    CHECK(q1->periodKind == Kind::Quarterly);
    CHECK(q1->plans == 2);
    CHECK(q1->created == 3);
    CHECK(q1->skipped == 1);
    CHECK(entryCount(f, basic) == 2);
    CHECK(entryCount(f, quarterly) == 2);
    CHECK(entryCount(f, monthly) == 1);

    auto h1 = commissions.run(QDate(2026, 1, 1), QDate(2026, 6, 30));
    REQUIRE(h1);
    CHECK(h1->periodKind == Kind::HalfYear);
    CHECK(entryCount(f, halfYear) == 2);
    CHECK(entryCount(f, annual) == 0);

    auto year = commissions.run(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(year);
    CHECK(year->periodKind == Kind::Annual);
    CHECK(entryCount(f, annual) == 2);
    CHECK(entryCount(f, basic) == 2);

    // A span that is no calendar period runs the basic plans only.
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 5, 6), 100'000);
    auto custom = commissions.run(QDate(2026, 5, 5), QDate(2026, 5, 20));
    REQUIRE(custom);
    CHECK_FALSE(custom->periodKind.has_value());
    CHECK(custom->plans == 1);
    CHECK(custom->created == 1);
    CHECK(entryCount(f, basic) == 3);
    CHECK(entryCount(f, monthly) == 1);
}

TEST_CASE("Calendar periods are recognised by their first and last day")
{
    using Kind = CommissionWorkflow::PlanKind;
    CHECK(CommissionWorkflow::periodKindOf(QDate(2028, 2, 1), QDate(2028, 2, 29)) == Kind::Monthly);
    CHECK(CommissionWorkflow::periodKindOf(QDate(2026, 2, 1), QDate(2026, 2, 28)) == Kind::Monthly);
    CHECK(CommissionWorkflow::periodKindOf(QDate(2026, 4, 1), QDate(2026, 6, 30)) == Kind::Quarterly);
    CHECK(CommissionWorkflow::periodKindOf(QDate(2026, 10, 1), QDate(2026, 12, 31)) == Kind::Quarterly);
    CHECK(CommissionWorkflow::periodKindOf(QDate(2026, 7, 1), QDate(2026, 12, 31)) == Kind::HalfYear);
    CHECK(CommissionWorkflow::periodKindOf(QDate(2026, 1, 1), QDate(2026, 12, 31)) == Kind::Annual);
    CHECK_FALSE(CommissionWorkflow::periodKindOf(QDate(2026, 2, 1), QDate(2026, 4, 30)).has_value()); // not a quarter
    CHECK_FALSE(CommissionWorkflow::periodKindOf(QDate(2026, 4, 1), QDate(2026, 9, 30)).has_value()); // not a half-year
    CHECK_FALSE(CommissionWorkflow::periodKindOf(QDate(2026, 7, 1), QDate(2027, 6, 30)).has_value()); // not a calendar year
    CHECK_FALSE(CommissionWorkflow::periodKindOf(QDate(2026, 3, 2), QDate(2026, 3, 31)).has_value());
    CHECK_FALSE(CommissionWorkflow::periodKindOf(QDate(2026, 3, 1), QDate(2026, 3, 30)).has_value());
}

TEST_CASE("Inactive plans earn nothing and plans need a valid rate and an active salesperson")
{
    test::ChainFixture f;
    CommissionWorkflow commissions(*f.db);
    const qint64 monthly = plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed, 50'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 2), 100'000);
    REQUIRE(commissions.setPlanActive(monthly, false));
    auto run = commissions.run(kMarch1, kMarch31);
    REQUIRE(run);
    CHECK(run->plans == 0);
    CHECK(run->created == 0);
    CHECK(entryCount(f, monthly) == 0);

    auto tooHigh = commissions.createPlan(f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed,
                                          Rate::fromMillionths(1'000'001));
    REQUIRE_FALSE(tooHigh);
    CHECK(tooHigh.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(commissions.createPlan(f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed,
                                       Rate::fromMillionths(-1)));

    REQUIRE(f.records().update(QStringLiteral("users"), f.managerId, {{QStringLiteral("active"), 0}}));
    auto inactive = commissions.createPlan(f.managerId, CommissionWorkflow::PlanKind::Monthly,
                                           CommissionWorkflow::Basis::Signed, Rate::fromPercent(5));
    REQUIRE_FALSE(inactive);
    CHECK(inactive.error().message.contains(QStringLiteral("no longer active")));

    auto backwards = commissions.run(kMarch31, kMarch1);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(commissions.run(QDate(), kMarch31));
}

TEST_CASE("Commission payouts are capped at the accrued amount")
{
    test::ChainFixture f;
    plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed, 50'000);
    const qint64 signedOne = contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 2), 1'000'000); // accrues 500.00
    CommissionWorkflow commissions(*f.db);
    REQUIRE(commissions.run(kMarch1, kMarch31));
    auto entries = f.records().where(kEntries, QStringLiteral("contract_id"), signedOne);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const qint64 entry = entries->front().value(QStringLiteral("id")).toLongLong();

    REQUIRE(commissions.recordPayout(entry, Money(30'000, kCny), QDate(2026, 4, 10)));
    CHECK(f.field(kEntries, entry, QStringLiteral("paid")).toLongLong() == 30'000);

    auto over = commissions.recordPayout(entry, Money(20'001, kCny), QDate(2026, 4, 11));
    REQUIRE_FALSE(over);
    CHECK(over.error().kind == ErrorKind::Invalid);
    CHECK(over.error().message.contains(QStringLiteral("500.00 CNY")));
    CHECK(f.field(kEntries, entry, QStringLiteral("paid")).toLongLong() == 30'000);
    CHECK(f.count(QStringLiteral("commission_payouts")) == 1);

    CHECK_FALSE(commissions.recordPayout(entry, Money(0, kCny), QDate(2026, 4, 11)));
    CHECK_FALSE(commissions.recordPayout(entry, Money(-100, kCny), QDate(2026, 4, 11)));
    CHECK_FALSE(commissions.recordPayout(entry, Money(100, QStringLiteral("USD")), QDate(2026, 4, 11)));
    auto missing = commissions.recordPayout(entry + 1000, Money(100, kCny), QDate(2026, 4, 11));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);

    REQUIRE(commissions.recordPayout(entry, Money(20'000, kCny), QDate(2026, 5, 10)));
    CHECK(f.field(kEntries, entry, QStringLiteral("paid")).toLongLong() == 50'000);
    CHECK_FALSE(commissions.recordPayout(entry, Money(1, kCny), QDate(2026, 5, 11)));
    CHECK(f.count(QStringLiteral("commission_payouts")) == 2);

    auto april = commissions.paidFor(f.repId, QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(april);
    CHECK(*april == Money(30'000, kCny));
    auto spring = commissions.paidFor(f.repId, QDate(2026, 3, 1), QDate(2026, 5, 31));
    REQUIRE(spring);
    CHECK(*spring == Money(50'000, kCny));
    auto accrued = commissions.accruedFor(f.repId, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(accrued);
    CHECK(*accrued == Money(50'000, kCny));
    auto otherUser = commissions.accruedFor(f.managerId, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(otherUser);
    CHECK(otherUser->isZero());
}

TEST_CASE("Every entry a run books has an audit row with who and every field as a row-by-row insert writes it")
{
    test::ChainFixture f;
    f.db->setActor(f.managerId);
    plan(f, f.repId, CommissionWorkflow::PlanKind::Monthly, CommissionWorkflow::Basis::Signed, 50'000);
    plan(f, f.repId, CommissionWorkflow::PlanKind::Basic, CommissionWorkflow::Basis::Cash, 10'000);
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 2), 10'000'000);
    contract(f, f.repId, QStringLiteral("completed"), QDate(2026, 3, 20), 2'350);
    // Beyond the set-based limit: booked one by one through RecordStore, the reference for the audit format.
    contract(f, f.repId, QStringLiteral("signed"), QDate(2026, 3, 9), PerformanceStore::kSetBasedLimit + 1);
    payment(f, f.repId, QDate(2026, 3, 11), 123'456, QStringLiteral("USD"), 7'123'400);

    auto run = CommissionWorkflow(*f.db).run(kMarch1, kMarch31, QDate(2026, 4, 2));
    REQUIRE(run);
    REQUIRE(run->created == 4);

    auto entries = f.db->query(QStringLiteral("SELECT * FROM salesperson_commissions ORDER BY id"));
    REQUIRE(entries);
    int audited = 0;
    QStringList keySets;
    while (entries->next()) {
        const QSqlRecord entry = entries->record();
        const qint64 id = entry.value(QStringLiteral("id")).toLongLong();
        auto audit = f.db->query(QStringLiteral("SELECT user_id, action, changes, at FROM audit_log"
                                                " WHERE table_name = 'salesperson_commissions' AND record_id = ?"),
                                 {id});
        REQUIRE(audit);
        REQUIRE(audit->next());
        CHECK(audit->value(0).toLongLong() == f.managerId);
        CHECK(audit->value(1).toString() == QStringLiteral("insert"));
        CHECK_FALSE(audit->value(3).toString().isEmpty());
        QJsonParseError error;
        const QJsonObject changes = QJsonDocument::fromJson(audit->value(2).toString().toUtf8(), &error).object();
        INFO(audit->value(2).toString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        QStringList keys = changes.keys();
        keys.sort();
        keySets << keys.join(QLatin1Char(','));
        for (const QString &key : changes.keys()) {
            INFO(key.toStdString());
            const QJsonArray change = changes.value(key).toArray();
            REQUIRE(change.size() == 2);
            CHECK(change.at(0).isNull());
            const QVariant stored = entry.value(key);
            if (stored.isNull())
                CHECK(change.at(1).isNull());
            else if (stored.typeId() == QMetaType::QString)
                CHECK(change.at(1).toString() == stored.toString());
            else
                CHECK(change.at(1).toInteger() == stored.toLongLong());
        }
        CHECK_FALSE(audit->next()); // exactly one audit row per entry
        ++audited;
    }
    CHECK(audited == 4);
    // Set-based and row-by-row entries are audited with the same fields.
    REQUIRE(keySets.size() == 4);
    CHECK(keySets.count(keySets.front()) == 4);
    CHECK(keySets.front().split(QLatin1Char(',')).size() == 12);
}
