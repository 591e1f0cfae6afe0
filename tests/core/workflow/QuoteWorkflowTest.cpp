#include "core/store/LineStore.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

TEST_CASE("A quote from an opportunity copies its products of interest at list price")
{
    test::ChainFixture f;
    const qint64 opp = f.openOpportunity();
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(opp, QDate(2026, 3, 2));
    REQUIRE(quote);
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("number")) == QStringLiteral("Q-2026-0001"));
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("valid_until")) == QStringLiteral("2026-04-01"));
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("customer_id")).toLongLong() == f.customerId);

    auto lines = LineStore(*f.db).lines(LineDocument::Quote, *quote);
    REQUIRE(lines);
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).description == QStringLiteral("笔记本电脑"));
    CHECK(lines->at(0).unit == QStringLiteral("台"));
    CHECK(lines->at(0).lineTotal.minor() == 5999000);  // 10 × 5 999.00
    CHECK(lines->at(0).tax.minor() == 779870);         // 13 %
    CHECK(lines->at(1).lineTotal.minor() == 240100);   // 2 × 1 200.50
    CHECK(lines->at(1).tax.minor() == 14406);          // 6 %
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("subtotal")).toLongLong() == 6239100);
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("tax")).toLongLong() == 794276);
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("total")).toLongLong() == 7033376);
}

TEST_CASE("Quote totals are sums of lines each rounded once")
{
    test::ChainFixture f;
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    std::vector<DocumentLine> lines(3);
    for (DocumentLine &line : lines) {
        line.description = QStringLiteral("螺丝");
        line.quantity = Quantity::fromThousandths(1000);
        line.unitPrice = Money(5, QStringLiteral("CNY")); // 0.05
        line.discount = Rate::fromMillionths(500000);       // 50 % → 0.025 → 0.03 per line
        line.taxRate = Rate::fromMillionths(130000);
    }
    REQUIRE(QuoteWorkflow(*f.db).setLines(*quote, lines));
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("subtotal")).toLongLong() == 9); // not round(0.075) = 8
}

TEST_CASE("Only approved quotes can be accepted and only managers approve")
{
    test::ChainFixture f;
    QuoteWorkflow quotes(*f.db);
    auto quote = quotes.createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);

    auto early = quotes.accept(*quote);
    REQUIRE_FALSE(early);
    CHECK(early.error().kind == ErrorKind::IllegalTransition);
    CHECK(early.error().message.contains(QStringLiteral("submit")));

    REQUIRE(quotes.submit(*quote));
    auto byRep = quotes.approve(*quote, f.repId);
    REQUIRE_FALSE(byRep);
    CHECK(byRep.error().message.contains(QStringLiteral("manager")));
    auto editWhileSubmitted = quotes.setLines(*quote, {});
    REQUIRE_FALSE(editWhileSubmitted);

    REQUIRE(quotes.approve(*quote, f.managerId, QDate(2026, 3, 3)));
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("approved_by")).toLongLong() == f.managerId);
    REQUIRE(quotes.accept(*quote, QDate(2026, 3, 4)));
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("status")) == QStringLiteral("accepted"));
}

TEST_CASE("Accepting a quote moves the opportunity to the contract stage")
{
    test::ChainFixture f;
    const qint64 quote = f.acceptedQuote();
    const qint64 opp = f.field(QStringLiteral("quotes"), quote, QStringLiteral("opportunity_id")).toLongLong();
    const qint64 stage = f.field(QStringLiteral("opportunities"), opp, QStringLiteral("stage_id")).toLongLong();
    CHECK(f.field(QStringLiteral("pipeline_stages"), stage, QStringLiteral("name")) == QStringLiteral("合同签订"));
    CHECK(f.field(QStringLiteral("opportunities"), opp, QStringLiteral("probability_ppm")).toLongLong() == 800000);
}

TEST_CASE("A rejected quote needs a reason")
{
    test::ChainFixture f;
    QuoteWorkflow quotes(*f.db);
    auto quote = quotes.createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    REQUIRE(quotes.submit(*quote));
    REQUIRE(quotes.approve(*quote, f.managerId));
    CHECK_FALSE(quotes.reject(*quote, QString()));
    REQUIRE(quotes.reject(*quote, QStringLiteral("价格太高")));
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("status")) == QStringLiteral("rejected"));
}

TEST_CASE("A new revision keeps the old one readable and chained")
{
    test::ChainFixture f;
    QuoteWorkflow quotes(*f.db);
    auto first = quotes.createFromOpportunity(f.openOpportunity());
    REQUIRE(first);
    REQUIRE(quotes.submit(*first));
    REQUIRE(quotes.approve(*first, f.managerId));
    REQUIRE(quotes.reject(*first, QStringLiteral("价格太高")));

    auto second = quotes.revise(*first);
    REQUIRE(second);
    CHECK(f.field(QStringLiteral("quotes"), *second, QStringLiteral("number")) == f.field(QStringLiteral("quotes"), *first, QStringLiteral("number")));
    CHECK(f.field(QStringLiteral("quotes"), *second, QStringLiteral("revision")).toInt() == 2);
    CHECK(f.field(QStringLiteral("quotes"), *second, QStringLiteral("previous_id")).toLongLong() == *first);
    CHECK(f.field(QStringLiteral("quotes"), *second, QStringLiteral("status")) == QStringLiteral("drafting"));
    CHECK(f.field(QStringLiteral("quotes"), *second, QStringLiteral("total")) == f.field(QStringLiteral("quotes"), *first, QStringLiteral("total")));
    CHECK(f.field(QStringLiteral("quotes"), *first, QStringLiteral("superseded_by_id")).toLongLong() == *second);
    CHECK(f.field(QStringLiteral("quotes"), *first, QStringLiteral("status")) == QStringLiteral("rejected"));
    auto oldLines = LineStore(*f.db).lines(LineDocument::Quote, *first);
    REQUIRE(oldLines);
    CHECK(oldLines->size() == 2);

    auto acceptOld = quotes.submit(*first);
    REQUIRE_FALSE(acceptOld);
    CHECK(acceptOld.error().message.contains(QStringLiteral("newer revision")));
    auto reviseOld = quotes.revise(*first);
    REQUIRE_FALSE(reviseOld);
}

TEST_CASE("An accepted quote cannot be revised")
{
    test::ChainFixture f;
    const qint64 quote = f.acceptedQuote();
    auto revised = QuoteWorkflow(*f.db).revise(quote);
    REQUIRE_FALSE(revised);
    CHECK(revised.error().kind == ErrorKind::IllegalTransition);
}

TEST_CASE("A quote needs an open opportunity with a customer and at least one line to submit")
{
    test::ChainFixture f;
    QuoteWorkflow quotes(*f.db);
    auto noCustomer = OpportunityWorkflow(*f.db).create({{QStringLiteral("name"), QStringLiteral("X")}});
    REQUIRE(noCustomer);
    auto refused = quotes.createFromOpportunity(*noCustomer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("customer")));

    auto empty = OpportunityWorkflow(*f.db).create({{QStringLiteral("name"), QStringLiteral("Y")},
                                                    {QStringLiteral("customer_id"), f.customerId}});
    REQUIRE(empty);
    auto quote = quotes.createFromOpportunity(*empty);
    REQUIRE(quote);
    auto submitted = quotes.submit(*quote);
    REQUIRE_FALSE(submitted);
    CHECK(submitted.error().message.contains(QStringLiteral("at least one line")));
}
