#include "core/analytics/StageFunnel.h"

#include <catch2/catch.hpp>

using namespace qianyue;

TEST_CASE("The funnel counts who reached each stage and converts between consecutive open stages")
{
    // 10 in lead, 6 in needs, 4 in proposal, 5 won, 3 lost.
    const auto funnel = StageFunnel::steps({QStringLiteral("线索"), QStringLiteral("需求"), QStringLiteral("报价"), QStringLiteral("赢单"),
                                            QStringLiteral("输单")},
                                           {QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("won"),
                                            QStringLiteral("lost")},
                                           {10, 6, 4, 5, 3});
    REQUIRE(funnel.size() == 5);
    // Reached: proposal 4 + 5 won = 9, needs 6 + 9 = 15, lead 10 + 15 = 25.
    CHECK(funnel[0].reached == 25);
    CHECK(funnel[1].reached == 15);
    CHECK(funnel[2].reached == 9);
    CHECK(funnel[3].reached == 5);
    CHECK(funnel[4].reached == 3);
    // The bars keep the stage's own count.
    CHECK(funnel[0].count == 10);
    // 15/25, 9/15, and into won 5/9 = 0.5555… rounded half away from zero.
    CHECK(funnel[0].conversion.toLongLong() == 600000);
    CHECK(funnel[1].conversion.toLongLong() == 600000);
    CHECK(funnel[2].conversion.toLongLong() == 555556);
    CHECK(funnel[3].conversion.isNull());
    CHECK(funnel[4].conversion.isNull());
}

TEST_CASE("An empty pipeline has no conversion to show")
{
    const auto funnel = StageFunnel::steps({QStringLiteral("Lead"), QStringLiteral("Won"), QStringLiteral("Lost")},
                                           {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")}, {0, 0, 0});
    REQUIRE(funnel.size() == 3);
    CHECK(funnel[0].reached == 0);
    CHECK(funnel[0].conversion.isNull());
}

TEST_CASE("Opportunities only lost or only won convert as expected from the last open stage")
{
    const auto funnel = StageFunnel::steps({QStringLiteral("Lead"), QStringLiteral("Proposal"), QStringLiteral("Won"), QStringLiteral("Lost")},
                                           {QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")},
                                           {4, 0, 0, 7});
    // Nobody moved past the lead stage: 0 % onwards, and nothing reached the proposal stage.
    CHECK(funnel[0].reached == 4);
    CHECK(funnel[0].conversion.toLongLong() == 0);
    CHECK(funnel[1].reached == 0);
    CHECK(funnel[1].conversion.isNull());
}
