#include "core/workflow/CustomerCommissionWorkflow.h"
#include "core/workflow/StateMachine.h"
#include "tests/support/ChainFixture.h"

#include <functional>
#include <map>

using namespace qianyue;

namespace {

const QString kCny = QStringLiteral("CNY");
const QString kTable = QStringLiteral("customer_commissions");
using Period = CustomerCommissionWorkflow::Period;

// Contracts are written straight into the table so these tests do not
// depend on the contract workflow.
qint64 contract(test::ChainFixture &f, qint64 customer, const QString &status, const QDate &signedOn, qint64 baseTotal,
                const QString &currency = QStringLiteral("CNY"), qint64 total = -1)
{
    static int serial = 0;
    auto id = f.records().insert(QStringLiteral("contracts"),
                                 {{QStringLiteral("number"), QStringLiteral("HT-C-%1").arg(++serial)},
                                  {QStringLiteral("customer_id"), customer},
                                  {QStringLiteral("contact_id"), f.contactId},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("currency"), currency},
                                  {QStringLiteral("total"), total < 0 ? baseTotal : total},
                                  {QStringLiteral("base_total"), baseTotal},
                                  {QStringLiteral("contract_date"), signedOn.addDays(-3).toString(Qt::ISODate)},
                                  {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("owner_id"), f.repId}});
    REQUIRE(id);
    return *id;
}

qint64 otherCustomer(test::ChainFixture &f)
{
    auto id = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-0002")},
                                                               {QStringLiteral("name"), QStringLiteral("北京远景科技")}});
    REQUIRE(id);
    return *id;
}

QString status(test::ChainFixture &f, qint64 id)
{
    return f.field(kTable, id, QStringLiteral("status")).toString();
}

// A rebate of 10 % on a signed 10 000.00 CNY contract, moved to `state`.
qint64 rebateIn(test::ChainFixture &f, const QString &state)
{
    CustomerCommissionWorkflow rebates(*f.db);
    const qint64 signedOne = contract(f, f.customerId, QStringLiteral("signed"), QDate(2026, 3, 2), 1'000'000);
    auto id = rebates.create(f.customerId, signedOne, std::nullopt, Rate::fromPercent(10), QStringLiteral("返利"));
    REQUIRE(id);
    if (state == u"drafting")
        return *id;
    REQUIRE(rebates.submit(*id));
    if (state == u"in_approval")
        return *id;
    REQUIRE(rebates.approve(*id));
    if (state == u"executing")
        return *id;
    REQUIRE(rebates.close(*id));
    REQUIRE(state == u"closed");
    return *id;
}

} // namespace

TEST_CASE("A customer commission on one contract takes the contract's total and currency")
{
    test::ChainFixture f;
    const qint64 usd = contract(f, f.customerId, QStringLiteral("executing"), QDate(2026, 3, 2), 712'346,
                                QStringLiteral("USD"), 100'050);
    auto id = CustomerCommissionWorkflow(*f.db).create(f.customerId, usd, std::nullopt, Rate::fromMillionths(25'000),
                                                       QStringLiteral("2026 渠道返利"));
    REQUIRE(id);
    CHECK(status(f, *id) == QStringLiteral("drafting"));
    CHECK(f.field(kTable, *id, QStringLiteral("sales_amount")).toLongLong() == 100'050);
    CHECK(f.field(kTable, *id, QStringLiteral("currency")) == QStringLiteral("USD"));
    CHECK(f.field(kTable, *id, QStringLiteral("amount")).toLongLong() == 2'501); // 2.5 % of 1 000.50 = 25.0125
    CHECK(f.field(kTable, *id, QStringLiteral("ratio_ppm")).toLongLong() == 25'000);
    CHECK(f.field(kTable, *id, QStringLiteral("contract_id")).toLongLong() == usd);
    CHECK(f.field(kTable, *id, QStringLiteral("contact_id")).toLongLong() == f.contactId);
    CHECK(f.field(kTable, *id, QStringLiteral("owner_id")).toLongLong() == f.repId);
    CHECK(f.field(kTable, *id, QStringLiteral("period_start")).isNull());
}

TEST_CASE("A customer commission over a period sums the customer's signed business")
{
    test::ChainFixture f;
    const qint64 other = otherCustomer(f);
    contract(f, f.customerId, QStringLiteral("signed"), QDate(2026, 1, 1), 1'000'000);
    contract(f, f.customerId, QStringLiteral("completed"), QDate(2026, 3, 31), 333'333);
    contract(f, f.customerId, QStringLiteral("executing"), QDate(2026, 2, 14), 712'346, QStringLiteral("USD"), 100'000);
    contract(f, f.customerId, QStringLiteral("terminated"), QDate(2026, 2, 1), 9'000'000);
    contract(f, f.customerId, QStringLiteral("drafting"), QDate(2026, 2, 1), 9'000'000);
    contract(f, f.customerId, QStringLiteral("in_review"), QDate(2026, 2, 1), 9'000'000);
    contract(f, f.customerId, QStringLiteral("signed"), QDate(2026, 4, 1), 9'000'000);
    contract(f, f.customerId, QStringLiteral("signed"), QDate(2025, 12, 31), 9'000'000);
    contract(f, other, QStringLiteral("signed"), QDate(2026, 2, 1), 9'000'000);

    auto id = CustomerCommissionWorkflow(*f.db).create(f.customerId, std::nullopt, Period{QDate(2026, 1, 1), QDate(2026, 3, 31)},
                                                       Rate::fromPercent(3), QStringLiteral("一季度返利"));
    REQUIRE(id);
    CHECK(f.field(kTable, *id, QStringLiteral("sales_amount")).toLongLong() == 1'000'000 + 333'333 + 712'346);
    CHECK(f.field(kTable, *id, QStringLiteral("currency")) == kCny);
    CHECK(f.field(kTable, *id, QStringLiteral("amount")).toLongLong() == 61'370); // 3 % of 20 456.79 = 613.7037
    CHECK(f.field(kTable, *id, QStringLiteral("period_start")) == QStringLiteral("2026-01-01"));
    CHECK(f.field(kTable, *id, QStringLiteral("period_end")) == QStringLiteral("2026-03-31"));
    CHECK(f.field(kTable, *id, QStringLiteral("contract_id")).isNull());
}

TEST_CASE("A customer commission needs a valid basis name and ratio")
{
    test::ChainFixture f;
    CustomerCommissionWorkflow rebates(*f.db);
    const qint64 other = otherCustomer(f);
    const qint64 signedOne = contract(f, f.customerId, QStringLiteral("signed"), QDate(2026, 3, 2), 1'000'000);
    const qint64 foreign = contract(f, other, QStringLiteral("signed"), QDate(2026, 3, 2), 1'000'000);
    const qint64 draft = contract(f, f.customerId, QStringLiteral("drafting"), QDate(2026, 3, 2), 1'000'000);
    const qint64 ended = contract(f, f.customerId, QStringLiteral("terminated"), QDate(2026, 3, 2), 1'000'000);
    const Period q1{QDate(2026, 1, 1), QDate(2026, 3, 31)};
    const Rate ratio = Rate::fromPercent(5);
    const QString name = QStringLiteral("返利");

    auto notTheirs = rebates.create(f.customerId, foreign, std::nullopt, ratio, name);
    REQUIRE_FALSE(notTheirs);
    CHECK(notTheirs.error().message.contains(QStringLiteral("another customer")));
    auto unsigned_ = rebates.create(f.customerId, draft, std::nullopt, ratio, name);
    REQUIRE_FALSE(unsigned_);
    CHECK(unsigned_.error().message.contains(QStringLiteral("signed business")));
    CHECK_FALSE(rebates.create(f.customerId, ended, std::nullopt, ratio, name));
    auto both = rebates.create(f.customerId, signedOne, q1, ratio, name);
    REQUIRE_FALSE(both);
    CHECK(both.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(rebates.create(f.customerId, std::nullopt, std::nullopt, ratio, name));
    CHECK_FALSE(rebates.create(f.customerId, std::nullopt, Period{QDate(2026, 3, 31), QDate(2026, 1, 1)}, ratio, name));
    CHECK_FALSE(rebates.create(f.customerId, signedOne, std::nullopt, Rate::fromMillionths(1'000'001), name));
    CHECK_FALSE(rebates.create(f.customerId, signedOne, std::nullopt, Rate::fromMillionths(-1), name));
    CHECK_FALSE(rebates.create(f.customerId, signedOne, std::nullopt, ratio, QStringLiteral("  ")));
    auto noCustomer = rebates.create(f.customerId + 1000, std::nullopt, q1, ratio, name);
    REQUIRE_FALSE(noCustomer);
    CHECK(noCustomer.error().kind == ErrorKind::NotFound);
    CHECK(f.count(kTable) == 0);
}

TEST_CASE("Every legal customer commission transition")
{
    test::ChainFixture f;
    CustomerCommissionWorkflow rebates(*f.db);
    const qint64 id = rebateIn(f, QStringLiteral("drafting"));
    REQUIRE(rebates.submit(id));
    CHECK(status(f, id) == QStringLiteral("in_approval"));
    REQUIRE(rebates.sendBack(id));
    CHECK(status(f, id) == QStringLiteral("drafting"));
    REQUIRE(rebates.submit(id));
    REQUIRE(rebates.approve(id));
    CHECK(status(f, id) == QStringLiteral("executing"));
    REQUIRE(rebates.close(id));
    CHECK(status(f, id) == QStringLiteral("closed"));
}

TEST_CASE("Every illegal customer commission transition is refused")
{
    using Step = std::function<Result<void>(CustomerCommissionWorkflow &, qint64)>;
    const std::map<QString, Step> steps = {
        {QStringLiteral("submit"), [](CustomerCommissionWorkflow &w, qint64 id) { return w.submit(id); }},
        {QStringLiteral("send_back"), [](CustomerCommissionWorkflow &w, qint64 id) { return w.sendBack(id); }},
        {QStringLiteral("approve"), [](CustomerCommissionWorkflow &w, qint64 id) { return w.approve(id); }},
        {QStringLiteral("close"), [](CustomerCommissionWorkflow &w, qint64 id) { return w.close(id); }},
    };
    const std::map<QString, QStringList> legal = {
        {QStringLiteral("drafting"), {QStringLiteral("submit")}},
        {QStringLiteral("in_approval"), {QStringLiteral("send_back"), QStringLiteral("approve")}},
        {QStringLiteral("executing"), {QStringLiteral("close")}},
        {QStringLiteral("closed"), {}},
    };
    int refused = 0;
    for (const auto &[state, allowed] : legal) {
        CHECK(chain::customerCommissions().allowedActions(state) == allowed);
        for (const auto &[action, step] : steps) {
            if (allowed.contains(action))
                continue;
            test::ChainFixture f;
            const qint64 id = rebateIn(f, state);
            CustomerCommissionWorkflow rebates(*f.db);
            INFO("action " << action.toStdString() << " from " << state.toStdString());
            auto result = step(rebates, id);
            REQUIRE_FALSE(result);
            CHECK(result.error().kind == ErrorKind::IllegalTransition);
            CHECK(status(f, id) == state);
            ++refused;
        }
    }
    CHECK(refused == 12);
}

TEST_CASE("Customer commission payments only while in force and never above the amount")
{
    test::ChainFixture f;
    CustomerCommissionWorkflow rebates(*f.db);
    const qint64 drafting = rebateIn(f, QStringLiteral("drafting")); // 1 000.00 CNY
    auto early = rebates.recordPayment(drafting, Money(100, kCny));
    REQUIRE_FALSE(early);
    CHECK(early.error().kind == ErrorKind::IllegalTransition);

    const qint64 inForce = rebateIn(f, QStringLiteral("executing"));
    REQUIRE(rebates.recordPayment(inForce, Money(60'000, kCny)));
    auto over = rebates.recordPayment(inForce, Money(40'001, kCny));
    REQUIRE_FALSE(over);
    CHECK(over.error().message.contains(QStringLiteral("1000.00 CNY")));
    CHECK_FALSE(rebates.recordPayment(inForce, Money(0, kCny)));
    CHECK_FALSE(rebates.recordPayment(inForce, Money(100, QStringLiteral("USD"))));
    REQUIRE(rebates.recordPayment(inForce, Money(40'000, kCny)));
    CHECK(f.field(kTable, inForce, QStringLiteral("paid")).toLongLong() == 100'000);

    REQUIRE(rebates.close(inForce));
    auto afterClose = rebates.recordPayment(inForce, Money(1, kCny));
    REQUIRE_FALSE(afterClose);
    CHECK(afterClose.error().kind == ErrorKind::IllegalTransition);
}

TEST_CASE("A draft customer commission is recomputed from the contracts as they are now")
{
    test::ChainFixture f;
    CustomerCommissionWorkflow rebates(*f.db);
    contract(f, f.customerId, QStringLiteral("signed"), QDate(2026, 1, 10), 1'000'000);
    auto id = rebates.create(f.customerId, std::nullopt, Period{QDate(2026, 1, 1), QDate(2026, 3, 31)}, Rate::fromPercent(10),
                             QStringLiteral("一季度返利"));
    REQUIRE(id);
    CHECK(f.field(kTable, *id, QStringLiteral("amount")).toLongLong() == 100'000);

    contract(f, f.customerId, QStringLiteral("signed"), QDate(2026, 2, 10), 500'005);
    auto amount = rebates.recompute(*id);
    REQUIRE(amount);
    CHECK(*amount == Money(150'001, kCny)); // 10 % of 15 000.05 = 1 500.005 → 1 500.01
    CHECK(f.field(kTable, *id, QStringLiteral("sales_amount")).toLongLong() == 1'500'005);
    CHECK(f.field(kTable, *id, QStringLiteral("amount")).toLongLong() == 150'001);

    REQUIRE(rebates.submit(*id));
    auto late = rebates.recompute(*id);
    REQUIRE_FALSE(late);
    CHECK(late.error().kind == ErrorKind::IllegalTransition);
}

TEST_CASE("A customer commission of zero cannot be submitted")
{
    test::ChainFixture f;
    CustomerCommissionWorkflow rebates(*f.db);
    auto id = rebates.create(f.customerId, std::nullopt, Period{QDate(2026, 1, 1), QDate(2026, 3, 31)}, Rate::fromPercent(10),
                             QStringLiteral("空返利"));
    REQUIRE(id);
    CHECK(f.field(kTable, *id, QStringLiteral("sales_amount")).toLongLong() == 0);
    auto submitted = rebates.submit(*id);
    REQUIRE_FALSE(submitted);
    CHECK(submitted.error().kind == ErrorKind::Invalid);
    CHECK(status(f, *id) == QStringLiteral("drafting"));
}
