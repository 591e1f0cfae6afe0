#include "core/workflow/LeadWorkflow.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

namespace {

qint64 poolLead(test::ChainFixture &f, const QString &company = QStringLiteral("杭州云川科技有限公司"))
{
    auto lead = LeadWorkflow(*f.db).create({{QStringLiteral("company"), company},
                                            {QStringLiteral("contact_name"), QStringLiteral("陈静")},
                                            {QStringLiteral("phone"), QStringLiteral("0571-88886666")},
                                            {QStringLiteral("source"), QStringLiteral("hotline")},
                                            {QStringLiteral("interest"), QStringLiteral("笔记本电脑")}},
                                           QDate(2026, 2, 1));
    REQUIRE(lead);
    return *lead;
}

} // namespace

TEST_CASE("A lead without an owner starts in the department pool and is assigned to a rep")
{
    test::ChainFixture f;
    const qint64 lead = poolLead(f);
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("status")) == QStringLiteral("unassigned"));

    REQUIRE(LeadWorkflow(*f.db).assign(lead, f.repId));
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("status")) == QStringLiteral("assigned"));
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("owner_id")).toLongLong() == f.repId);
}

TEST_CASE("An unassigned lead cannot be converted and the message says what is allowed")
{
    test::ChainFixture f;
    const qint64 lead = poolLead(f);
    auto converted = LeadWorkflow(*f.db).convert(lead, {});
    REQUIRE_FALSE(converted);
    CHECK(converted.error().kind == ErrorKind::IllegalTransition);
    CHECK(converted.error().message.contains(QStringLiteral("assign")));
    CHECK(f.count(QStringLiteral("opportunities")) == 0);
}

TEST_CASE("Converting a lead creates customer contact and opportunity linked back to the lead")
{
    test::ChainFixture f;
    const qint64 lead = poolLead(f);
    REQUIRE(LeadWorkflow(*f.db).assign(lead, f.repId));
    const qint64 customersBefore = f.count(QStringLiteral("customers"));

    LeadWorkflow::ConvertOptions options;
    options.amount = 12000000;
    auto result = LeadWorkflow(*f.db).convert(lead, options, QDate(2026, 2, 10));
    REQUIRE(result);
    CHECK_FALSE(result->customerMatched);
    CHECK(f.count(QStringLiteral("customers")) == customersBefore + 1);
    CHECK(f.field(QStringLiteral("customers"), result->customerId, QStringLiteral("name")) == QStringLiteral("杭州云川科技有限公司"));
    CHECK(f.field(QStringLiteral("customers"), result->customerId, QStringLiteral("code")) == QStringLiteral("C-2026-00001"));
    CHECK(f.field(QStringLiteral("contacts"), result->contactId, QStringLiteral("name")) == QStringLiteral("陈静"));

    const auto opportunity = f.records().get(QStringLiteral("opportunities"), result->opportunityId);
    REQUIRE(opportunity);
    CHECK(opportunity->value(QStringLiteral("lead_id")).toLongLong() == lead);
    CHECK(opportunity->value(QStringLiteral("customer_id")).toLongLong() == result->customerId);
    CHECK(opportunity->value(QStringLiteral("source")) == QStringLiteral("hotline"));
    CHECK(opportunity->value(QStringLiteral("amount")).toLongLong() == 12000000);
    CHECK(opportunity->value(QStringLiteral("owner_id")).toLongLong() == f.repId);
    CHECK(opportunity->value(QStringLiteral("probability_ppm")).toLongLong() == 100000);
    CHECK(opportunity->value(QStringLiteral("code")) == QStringLiteral("OPP-2026-0001"));

    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("status")) == QStringLiteral("converted"));
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("customer_id")).toLongLong() == result->customerId);
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("closed_on")) == QStringLiteral("2026-02-10"));
}

TEST_CASE("Converting a lead of a known company reuses the customer and contact")
{
    test::ChainFixture f;
    auto lead = LeadWorkflow(*f.db).create({{QStringLiteral("company"), QStringLiteral("上海华信电子有限公司")},
                                            {QStringLiteral("contact_name"), QStringLiteral("张伟")},
                                            {QStringLiteral("owner_id"), f.repId}});
    REQUIRE(lead);
    CHECK(f.field(QStringLiteral("leads"), *lead, QStringLiteral("status")) == QStringLiteral("assigned"));
    auto result = LeadWorkflow(*f.db).convert(*lead, {});
    REQUIRE(result);
    CHECK(result->customerMatched);
    CHECK(result->contactMatched);
    CHECK(result->customerId == f.customerId);
    CHECK(result->contactId == f.contactId);
}

TEST_CASE("Disqualifying needs a reason and closes the lead for good")
{
    test::ChainFixture f;
    const qint64 lead = poolLead(f);
    LeadWorkflow leads(*f.db);
    auto noReason = leads.disqualify(lead, QStringLiteral("  "));
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().kind == ErrorKind::Invalid);

    REQUIRE(leads.disqualify(lead, QStringLiteral("预算不足")));
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("status")) == QStringLiteral("disqualified"));
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("disqualify_reason")) == QStringLiteral("预算不足"));

    std::vector<Error> refusals;
    if (auto again = leads.assign(lead, f.repId); !again)
        refusals.push_back(again.error());
    if (auto again = leads.disqualify(lead, QStringLiteral("again")); !again)
        refusals.push_back(again.error());
    if (auto again = leads.convert(lead, {}); !again)
        refusals.push_back(again.error());
    REQUIRE(refusals.size() == 3);
    for (const Error &refusal : refusals) {
        CHECK(refusal.kind == ErrorKind::IllegalTransition);
        CHECK(refusal.message.contains(QStringLiteral("no further steps")));
    }
}

TEST_CASE("A lead cannot go to an inactive salesperson")
{
    test::ChainFixture f;
    REQUIRE(f.records().update(QStringLiteral("users"), f.repId, {{QStringLiteral("active"), 0}}));
    const qint64 lead = poolLead(f);
    auto assigned = LeadWorkflow(*f.db).assign(lead, f.repId);
    REQUIRE_FALSE(assigned);
    CHECK(assigned.error().message.contains(QStringLiteral("no longer active")));
    CHECK(f.field(QStringLiteral("leads"), lead, QStringLiteral("status")) == QStringLiteral("unassigned"));
}
