#include "core/store/PipelineStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

namespace {

qint64 stageNamed(test::ChainFixture &f, const QString &name)
{
    auto id = f.records().findId(QStringLiteral("pipeline_stages"), QStringLiteral("name"), name);
    REQUIRE(id);
    REQUIRE(*id);
    return **id;
}

} // namespace

TEST_CASE("Stage moves record history with dates and take the stage's probability")
{
    test::ChainFixture f;
    const qint64 opp = f.openOpportunity(QDate(2026, 3, 1));
    OpportunityWorkflow opportunities(*f.db);
    REQUIRE(opportunities.changeStage(opp, stageNamed(f, QStringLiteral("方案设计")), QDate(2026, 3, 5)));
    REQUIRE(opportunities.changeStage(opp, stageNamed(f, QStringLiteral("销售报价")), QDate(2026, 3, 9)));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("probability_ppm")).toLongLong() == 600000);

    auto history = f.records().where(QStringLiteral("opportunity_stage_history"), QStringLiteral("opportunity_id"), opp);
    REQUIRE(history);
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).value(QStringLiteral("changed_on")) == QStringLiteral("2026-03-01"));
    CHECK(history->at(1).value(QStringLiteral("changed_on")) == QStringLiteral("2026-03-05"));
    CHECK(history->at(2).value(QStringLiteral("to_stage_id")).toLongLong() == stageNamed(f, QStringLiteral("销售报价")));
    CHECK(history->at(2).value(QStringLiteral("from_stage_id")).toLongLong() == stageNamed(f, QStringLiteral("方案设计")));
}

TEST_CASE("Won and lost stages are reached only through win and lose")
{
    test::ChainFixture f;
    const qint64 opp = f.openOpportunity();
    OpportunityWorkflow opportunities(*f.db);
    auto direct = opportunities.changeStage(opp, stageNamed(f, QStringLiteral("赢单")));
    REQUIRE_FALSE(direct);
    CHECK(direct.error().message.contains(QStringLiteral("Win or Lose")));

    REQUIRE(opportunities.win(opp, QDate(2026, 4, 1)));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("status")) == QStringLiteral("won"));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("probability_ppm")).toLongLong() == 1000000);
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("closed_on")) == QStringLiteral("2026-04-01"));

    auto again = opportunities.lose(opp, QStringLiteral("价格"));
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::IllegalTransition);
    CHECK(again.error().message.contains(QStringLiteral("reopen")));
}

TEST_CASE("Losing needs a reason and reopening returns to the last open stage")
{
    test::ChainFixture f;
    const qint64 opp = f.openOpportunity();
    OpportunityWorkflow opportunities(*f.db);
    REQUIRE(opportunities.changeStage(opp, stageNamed(f, QStringLiteral("方案设计"))));
    CHECK_FALSE(opportunities.lose(opp, QString()));
    REQUIRE(opportunities.lose(opp, QStringLiteral("选择了竞争对手"), QDate(2026, 5, 1)));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("status")) == QStringLiteral("lost"));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("lost_reason")) == QStringLiteral("选择了竞争对手"));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("probability_ppm")).toLongLong() == 0);

    REQUIRE(opportunities.reopen(opp));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("stage_id")).toLongLong() == stageNamed(f, QStringLiteral("方案设计")));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("closed_on")).isNull());
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("lost_reason")) == QString());
}

TEST_CASE("Opportunity codes are gapless per year and a failed save gives its code back")
{
    test::ChainFixture f;
    OpportunityWorkflow opportunities(*f.db);
    auto first = opportunities.create({{QStringLiteral("name"), QStringLiteral("A")}}, QDate(2026, 1, 5));
    REQUIRE(first);
    // A negative amount breaks a CHECK constraint after the code was taken: the whole save rolls back.
    auto failed = opportunities.create({{QStringLiteral("name"), QStringLiteral("B")}, {QStringLiteral("amount"), -5}},
                                       QDate(2026, 1, 6));
    REQUIRE_FALSE(failed);
    auto second = opportunities.create({{QStringLiteral("name"), QStringLiteral("C")}}, QDate(2026, 1, 7));
    REQUIRE(second);
    auto nextYear = opportunities.create({{QStringLiteral("name"), QStringLiteral("D")}}, QDate(2027, 1, 2));
    REQUIRE(nextYear);
    CHECK(f.field(QStringLiteral("opportunities"), *first, QStringLiteral("code")) == QStringLiteral("OPP-2026-0001"));
    CHECK(f.field(QStringLiteral("opportunities"), *second, QStringLiteral("code")) == QStringLiteral("OPP-2026-0002"));
    CHECK(f.field(QStringLiteral("opportunities"), *nextYear, QStringLiteral("code")) == QStringLiteral("OPP-2027-0001"));
}

TEST_CASE("An opportunity without a customer is allowed")
{
    test::ChainFixture f;
    auto opp = OpportunityWorkflow(*f.db).create({{QStringLiteral("name"), QStringLiteral("展会咨询")}});
    REQUIRE(opp);
    CHECK(f.field(QStringLiteral("opportunities"), *opp, QStringLiteral("customer_id")).isNull());
}

namespace {

Result<qint64> createIn(test::ChainFixture &f, const QString &currency, qint64 amount, Fields extra = {})
{
    Fields fields{{QStringLiteral("name"), QStringLiteral("出口订单")},
                  {QStringLiteral("customer_id"), f.customerId},
                  {QStringLiteral("amount"), amount},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("owner_id"), f.repId}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        fields.insert(it.key(), it.value());
    return OpportunityWorkflow(*f.db).create(fields, QDate(2026, 5, 4));
}

qint64 pipelineTotal(test::ChainFixture &f)
{
    // What the reports read: the all-owners roll-up of opportunities created in May 2026.
    return f.db->scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM rollup_opportunity_owner_month"
                                       " WHERE owner_key = -1 AND month = '2026-05'"))
        .value_or(QVariant())
        .toLongLong();
}

} // namespace

TEST_CASE("An opportunity in another currency takes the settings' exchange rate and reports convert it")
{
    test::ChainFixture f;
    REQUIRE(SettingsStore(*f.db).setValue(OpportunityWorkflow::exchangeRateKey(QStringLiteral("USD")), QStringLiteral("7123400")));
    auto dollars = createIn(f, QStringLiteral("USD"), 1000000); // 10 000.00 USD
    REQUIRE(dollars);
    CHECK(f.field(QStringLiteral("opportunities"), *dollars, QStringLiteral("exchange_rate_ppm")).toLongLong() == 7123400);
    // 10 000.00 USD at 7.1234 = 71 234.00 CNY in the reports.
    CHECK(pipelineTotal(f) == 7123400);

    // A rate given on the opportunity wins over the settings; the base currency is always 1.
    auto given = createIn(f, QStringLiteral("USD"), 100, {{QStringLiteral("exchange_rate_ppm"), 7000000}});
    REQUIRE(given);
    CHECK(f.field(QStringLiteral("opportunities"), *given, QStringLiteral("exchange_rate_ppm")).toLongLong() == 7000000);
    auto yuan = createIn(f, QStringLiteral("CNY"), 500, {{QStringLiteral("exchange_rate_ppm"), 7000000}});
    REQUIRE(yuan);
    CHECK(f.field(QStringLiteral("opportunities"), *yuan, QStringLiteral("exchange_rate_ppm")).toLongLong() == 1000000);
    CHECK(pipelineTotal(f) == 7123400 + 700 + 500);
}

TEST_CASE("Without a rate in the settings an opportunity takes the newest contract's rate in its currency or is refused")
{
    test::ChainFixture f;
    auto refused = createIn(f, QStringLiteral("EUR"), 1000);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("exchange_rate_ppm.EUR")));
    CHECK(f.count(QStringLiteral("opportunities")) == 0);

    for (qint64 rate : {7800000, 7900000}) {
        REQUIRE(f.records().insert(QStringLiteral("contracts"),
                                   {{QStringLiteral("number"), QStringLiteral("HT-EUR-%1").arg(rate)},
                                    {QStringLiteral("customer_id"), f.customerId},
                                    {QStringLiteral("status"), QStringLiteral("drafting")},
                                    {QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("contract_date"), QStringLiteral("2026-04-01")},
                                    {QStringLiteral("exchange_rate_ppm"), rate}}));
    }
    auto euros = createIn(f, QStringLiteral("EUR"), 1000);
    REQUIRE(euros);
    CHECK(f.field(QStringLiteral("opportunities"), *euros, QStringLiteral("exchange_rate_ppm")).toLongLong() == 7900000);
    CHECK(pipelineTotal(f) == 7900);
}
