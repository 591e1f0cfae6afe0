#include "core/workflow/OpportunityWorkflow.h"
#include "tests/core/analytics/AnalyticsFixture.h"

using namespace qianyue;
using test::AnalyticsFixture;
using test::count;
using test::money;
using test::OpportunitySpec;
using test::text;

namespace {

struct Deals {
    qint64 o1 = 0;
};

// Seven opportunities around April 2026 (amounts in minor units):
//   o1 needs analysis, 100 000.00 CNY at 10 %, weighted 10 000.00, closing 2026-06-15, campaign
//   o2 solution design, 1 000.00 USD at 7.123456 = 7 123.46 CNY at 30 % = 2 137.04,
//      created on April's last day, no customer, no owner, closing 2026-06-30, web
//   o3 quotation, 333.33 at 60 % = 200.00 (199.998 rounded), no expected close date, campaign
//   o4 won, 50 000.00, created April 10, closed May 5, the other rep, customer referral
//   o5 lost, 20 000.00, created April 20, closed April 25, campaign
//   o6 contract negotiation, 999.00 at 80 % = 799.20, created March 31, closing April 30
//   o7 won, 70 000.00, created May 1, closed May 10
Deals deals(AnalyticsFixture &f)
{
    Deals d;
    d.o1 = f.opportunity({ .createdOn = QStringLiteral("2026-04-01"),
        .amount = 10000000,
        .stage = 1,
        .expectedClose = QStringLiteral("2026-06-15"),
        .source = QStringLiteral("campaign") });
    f.opportunity({ .createdOn = QStringLiteral("2026-04-30"),
        .amount = 100000,
        .stage = 2,
        .owner = test::kNobody,
        .customer = AnalyticsFixture::kNone,
        .currency = QStringLiteral("USD"),
        .ratePpm = 7123456,
        .expectedClose = QStringLiteral("2026-06-30"),
        .source = QStringLiteral("web") });
    f.opportunity({ .createdOn = QStringLiteral("2026-04-15"),
        .amount = 33333,
        .stage = 3,
        .source = QStringLiteral("campaign") });
    f.opportunity({ .createdOn = QStringLiteral("2026-04-10"),
        .amount = 5000000,
        .stage = 5,
        .owner = f.otherRepId,
        .closedOn = QStringLiteral("2026-05-05"),
        .source = QStringLiteral("customer_referral") });
    f.opportunity({ .createdOn = QStringLiteral("2026-04-20"),
        .amount = 2000000,
        .stage = 6,
        .closedOn = QStringLiteral("2026-04-25"),
        .source = QStringLiteral("campaign") });
    f.opportunity({ .createdOn = QStringLiteral("2026-03-31"),
        .amount = 99900,
        .stage = 4,
        .expectedClose = QStringLiteral("2026-04-30") });
    f.opportunity({ .createdOn = QStringLiteral("2026-05-01"),
        .amount = 7000000,
        .stage = 5,
        .closedOn = QStringLiteral("2026-05-10") });
    return d;
}

ReportFilter april()
{
    return AnalyticsFixture::period(QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"));
}

} // namespace

TEST_CASE("Pipeline by stage lists every stage in pipeline order with won and lost")
{
    AnalyticsFixture f;
    const Deals d = deals(f);
    auto table = f.run(QStringLiteral("pipeline-by-stage"), april());
    REQUIRE(table.rows.size() == 6);
    const QStringList stages
        = { QStringLiteral("Needs analysis"), QStringLiteral("Solution design"), QStringLiteral("Quotation"),
              QStringLiteral("Contract negotiation"), QStringLiteral("Won"), QStringLiteral("Lost") };
    const qint64 counts[] = { 1, 1, 1, 0, 1, 1 };
    const qint64 amounts[] = { 10000000, 712346, 33333, 0, 5000000, 2000000 };
    const qint64 weighted[] = { 1000000, 213704, 20000, 0, 5000000, 0 };
    for (qsizetype i = 0; i < 6; ++i) {
        INFO("stage " << i);
        CHECK(text(table, i, QStringLiteral("stage")) == stages.at(i));
        CHECK(count(table, i, QStringLiteral("count")) == counts[i]);
        CHECK(money(table, i, QStringLiteral("amount")) == amounts[i]);
        CHECK(money(table, i, QStringLiteral("weighted_amount")) == weighted[i]);
    }
    CHECK(text(table, 1, QStringLiteral("amount")) == QStringLiteral("7123.46"));

    // The day before April holds only o6.
    table = f.run(QStringLiteral("pipeline-by-stage"),
        AnalyticsFixture::period(QStringLiteral("2026-03-31"), QStringLiteral("2026-03-31")));
    CHECK(count(table, 0, QStringLiteral("count")) == 0);
    CHECK(count(table, 3, QStringLiteral("count")) == 1);
    CHECK(money(table, 3, QStringLiteral("weighted_amount")) == 79920);

    // Winning o1 through the workflow moves it to the won stage at once, at 100 %.
    REQUIRE(OpportunityWorkflow(*f.db).win(d.o1, QDate(2026, 5, 20)));
    table = f.run(QStringLiteral("pipeline-by-stage"), april());
    CHECK(count(table, 0, QStringLiteral("count")) == 0);
    CHECK(count(table, 4, QStringLiteral("count")) == 2);
    CHECK(money(table, 4, QStringLiteral("amount")) == 15000000);
    CHECK(money(table, 4, QStringLiteral("weighted_amount")) == 15000000);
}

TEST_CASE("Opportunity count by salesperson counts opportunities without customer or owner")
{
    AnalyticsFixture f;
    deals(f);
    auto table = f.run(QStringLiteral("opportunity-count-by-owner"), april());
    REQUIRE(table.rows.size() == 3);
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("李娜"));
    CHECK(count(table, 0, QStringLiteral("count")) == 3);
    CHECK(count(table, 0, QStringLiteral("open_count")) == 2);
    CHECK(count(table, 0, QStringLiteral("won_count")) == 0);
    CHECK(count(table, 0, QStringLiteral("lost_count")) == 1);
    CHECK(money(table, 0, QStringLiteral("amount")) == 12033333);
    CHECK(text(table, 1, QStringLiteral("owner")) == QStringLiteral("(unassigned)"));
    CHECK(count(table, 1, QStringLiteral("count")) == 1);
    CHECK(count(table, 1, QStringLiteral("open_count")) == 1);
    CHECK(money(table, 1, QStringLiteral("amount")) == 712346);
    CHECK(text(table, 2, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));
    CHECK(count(table, 2, QStringLiteral("won_count")) == 1);

    ReportFilter team = april();
    team.teamId = f.teamId;
    table = f.run(QStringLiteral("opportunity-count-by-owner"), team);
    REQUIRE(table.rows.size() == 1);
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("李娜"));
}

TEST_CASE("Opportunity count by source uses the source copied from the lead")
{
    AnalyticsFixture f;
    deals(f);
    auto table = f.run(QStringLiteral("opportunity-count-by-source"), april());
    REQUIRE(table.rows.size() == 3);
    CHECK(text(table, 0, QStringLiteral("source")) == QStringLiteral("Campaign"));
    CHECK(count(table, 0, QStringLiteral("count")) == 3);
    CHECK(count(table, 0, QStringLiteral("open_count")) == 2);
    CHECK(count(table, 0, QStringLiteral("lost_count")) == 1);
    CHECK(money(table, 0, QStringLiteral("amount")) == 12033333);
    CHECK(text(table, 1, QStringLiteral("source")) == QStringLiteral("Customer referral"));
    CHECK(count(table, 1, QStringLiteral("won_count")) == 1);
    CHECK(text(table, 2, QStringLiteral("source")) == QStringLiteral("Web"));

    table = f.run(QStringLiteral("opportunity-count-by-source"));
    REQUIRE(table.rows.size() == 4);
    CHECK(text(table, 1, QStringLiteral("source")) == QStringLiteral("(not recorded)"));
    CHECK(count(table, 1, QStringLiteral("count")) == 2);
    CHECK(money(table, 1, QStringLiteral("amount")) == 7099900);
}

TEST_CASE("Opportunity flow by month counts new won and lost opportunities")
{
    AnalyticsFixture f;
    deals(f);
    auto table = f.run(QStringLiteral("opportunity-flow-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-03-01"), QStringLiteral("2026-05-31")));
    REQUIRE(table.rows.size() == 3);
    const qint64 fresh[] = { 1, 5, 1 };
    const qint64 won[] = { 0, 0, 2 };
    const qint64 lost[] = { 0, 1, 0 };
    const qint64 wonAmount[] = { 0, 0, 12000000 };
    for (qsizetype i = 0; i < 3; ++i) {
        INFO("month " << i);
        CHECK(count(table, i, QStringLiteral("new_count")) == fresh[i]);
        CHECK(count(table, i, QStringLiteral("won_count")) == won[i]);
        CHECK(count(table, i, QStringLiteral("lost_count")) == lost[i]);
        CHECK(money(table, i, QStringLiteral("won_amount")) == wonAmount[i]);
    }
    CHECK(text(table, 2, QStringLiteral("month")) == QStringLiteral("2026-05"));
    CHECK(f.run(QStringLiteral("opportunity-flow-by-month")).rows.size() == 3);
}

TEST_CASE("Won and lost by salesperson gives each win rate")
{
    AnalyticsFixture f;
    deals(f);
    auto table = f.run(QStringLiteral("won-lost-by-owner"),
        AnalyticsFixture::period(QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31")));
    REQUIRE(table.rows.size() == 2);
    std::vector<QString> keys;
    for (const ReportColumn &column : table.columns)
        keys.push_back(column.key);
    CHECK(keys
        == std::vector<QString> { QStringLiteral("owner"), QStringLiteral("won_count"), QStringLiteral("won_amount"),
            QStringLiteral("lost_count"), QStringLiteral("win_rate") });
    CHECK(text(table, 0, QStringLiteral("owner")) == QStringLiteral("李娜"));
    CHECK(money(table, 0, QStringLiteral("won_amount")) == 7000000);
    CHECK(text(table, 0, QStringLiteral("win_rate")) == QStringLiteral("1"));
    CHECK(text(table, 1, QStringLiteral("owner")) == QStringLiteral("Bob Chen"));

    table = f.run(QStringLiteral("won-lost-by-owner"), april());
    REQUIRE(table.rows.size() == 1);
    CHECK(count(table, 0, QStringLiteral("won_count")) == 0);
    CHECK(count(table, 0, QStringLiteral("lost_count")) == 1);
    CHECK(text(table, 0, QStringLiteral("win_rate")) == QStringLiteral("0"));

    table = f.run(QStringLiteral("won-lost-by-owner"));
    CHECK(text(table, 0, QStringLiteral("win_rate")) == QStringLiteral("0.5"));
    CHECK(text(table, 1, QStringLiteral("win_rate")) == QStringLiteral("1"));
}

TEST_CASE("Forecast by month weights open opportunities by expected close month")
{
    AnalyticsFixture f;
    const Deals d = deals(f);
    auto table = f.run(QStringLiteral("forecast-by-month"));
    REQUIRE(table.rows.size() == 4);
    CHECK(text(table, 0, QStringLiteral("month")) == QStringLiteral("2026-04"));
    CHECK(count(table, 0, QStringLiteral("count")) == 1);
    CHECK(money(table, 0, QStringLiteral("weighted_amount")) == 79920);
    CHECK(count(table, 1, QStringLiteral("count")) == 0);
    CHECK(text(table, 2, QStringLiteral("month")) == QStringLiteral("2026-06"));
    CHECK(count(table, 2, QStringLiteral("count")) == 2);
    CHECK(money(table, 2, QStringLiteral("amount")) == 10712346);
    CHECK(money(table, 2, QStringLiteral("weighted_amount")) == 1213704);
    CHECK(text(table, 3, QStringLiteral("month")) == QStringLiteral("(no close date)"));
    CHECK(money(table, 3, QStringLiteral("weighted_amount")) == 20000);

    // A won opportunity leaves the forecast in the transaction that wins it.
    REQUIRE(OpportunityWorkflow(*f.db).win(d.o1, QDate(2026, 5, 20)));
    table = f.run(QStringLiteral("forecast-by-month"),
        AnalyticsFixture::period(QStringLiteral("2026-06-01"), QStringLiteral("2026-06-30")));
    REQUIRE(table.rows.size() == 1);
    CHECK(count(table, 0, QStringLiteral("count")) == 1);
    CHECK(money(table, 0, QStringLiteral("weighted_amount")) == 213704);
    table = f.run(QStringLiteral("won-lost-by-owner"),
        AnalyticsFixture::period(QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31")));
    CHECK(count(table, 0, QStringLiteral("won_count")) == 2);
    CHECK(money(table, 0, QStringLiteral("won_amount")) == 17000000);
}

TEST_CASE("Lead conversion by source divides converted leads by all leads")
{
    AnalyticsFixture f;
    f.lead(QStringLiteral("campaign"), QStringLiteral("converted"), QStringLiteral("2026-04-02"));
    f.lead(QStringLiteral("campaign"), QStringLiteral("disqualified"), QStringLiteral("2026-04-03"));
    f.lead(QStringLiteral("campaign"), QStringLiteral("assigned"), QStringLiteral("2026-04-30"));
    f.lead(QStringLiteral("web"), QStringLiteral("unassigned"), QStringLiteral("2026-04-01"), test::kNobody);
    f.lead(QStringLiteral("web"), QStringLiteral("converted"), QStringLiteral("2026-04-10"));
    f.lead(QStringLiteral("hotline"), QStringLiteral("converted"), QStringLiteral("2026-03-31"));

    auto table = f.run(QStringLiteral("lead-conversion-by-source"), april());
    REQUIRE(table.rows.size() == 2);
    CHECK(text(table, 0, QStringLiteral("source")) == QStringLiteral("Campaign"));
    CHECK(count(table, 0, QStringLiteral("leads")) == 3);
    CHECK(count(table, 0, QStringLiteral("converted")) == 1);
    CHECK(count(table, 0, QStringLiteral("disqualified")) == 1);
    CHECK(count(table, 0, QStringLiteral("open_count")) == 1);
    CHECK(text(table, 0, QStringLiteral("conversion_rate")) == QStringLiteral("0.333333"));
    CHECK(text(table, 1, QStringLiteral("source")) == QStringLiteral("Web"));
    CHECK(text(table, 1, QStringLiteral("conversion_rate")) == QStringLiteral("0.5"));

    // The lead pool's unassigned lead has no owner.
    ReportFilter mine = april();
    mine.ownerId = f.repId;
    table = f.run(QStringLiteral("lead-conversion-by-source"), mine);
    CHECK(count(table, 1, QStringLiteral("leads")) == 1);
    CHECK(text(table, 1, QStringLiteral("conversion_rate")) == QStringLiteral("1"));
    CHECK(f.run(QStringLiteral("lead-conversion-by-source")).rows.size() == 3);
}
