#include "core/domain/LineMath.h"
#include "tests/core/domain/DomainPrinters.h"
#include "tests/support/TestSupport.h"

#include <limits>

using namespace qianyue;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

const QString CNY = QStringLiteral("CNY");
const QString USD = QStringLiteral("USD");

Money cny(qint64 minor)
{
    return Money(minor, CNY);
}

Quantity qty(qint64 thousandths)
{
    return Quantity::fromThousandths(thousandths);
}

Rate percent(qint64 value)
{
    return Rate::fromPercent(value);
}

Money total(const Quantity &quantity, const Money &price, const Rate &discount)
{
    const auto result = lineTotal(quantity, price, discount);
    if (!result)
        FAIL("refused: " << result.error().message);
    return *result;
}

} // namespace

TEST_CASE("Line totals round half a fen away from zero for both signs")
{
    // 1 × 0.05 × (1 − 0.5) = 0.025
    CHECK(total(Quantity::fromInt(1), cny(5), percent(50)) == cny(3));
    CHECK(total(Quantity::fromInt(1), cny(-5), percent(50)) == cny(-3));
    CHECK(total(Quantity::fromInt(-1), cny(5), percent(50)) == cny(-3));
    CHECK(total(Quantity::fromInt(-1), cny(-5), percent(50)) == cny(3));
    // 0.999 × 0.05 × 0.5 = 0.024975 stays below half a fen.
    CHECK(total(qty(999), cny(5), percent(50)) == cny(2));
    CHECK(total(qty(999), cny(-5), percent(50)) == cny(-2));
}

TEST_CASE("Line totals round once and not after each factor")
{
    // 1.5 × 0.15 × 0.9 = 0.2025 → 0.20; rounding 0.225 first would give 0.23 × 0.9 → 0.21.
    CHECK(total(qty(1'500), cny(15), percent(10)) == cny(20));
    // 0.5 × 0.05 × 0.9 = 0.0225 → 0.02; rounding 0.025 first would give 0.03 × 0.9 → 0.03.
    CHECK(total(qty(500), cny(5), percent(10)) == cny(2));
    // 3 × 33.33 × (1 − 0.15) = 84.9915
    CHECK(total(Quantity::fromInt(3), cny(3333), Rate::fromMillionths(150'000)) == cny(8499));
}

TEST_CASE("Line totals keep the price currency and handle plain lines")
{
    const Money price(1'000, QStringLiteral("JPY"));
    const Money result = total(qty(2'500), price, Rate());
    CHECK(result == Money(2'500, QStringLiteral("JPY")));
    CHECK(total(Quantity::fromInt(12), cny(9'999), Rate()) == cny(119'988));
    CHECK(total(Quantity(), cny(9'999), Rate()) == cny(0));
    CHECK(total(Quantity::fromInt(5), cny(9'999), Rate::one()) == cny(0));
}

TEST_CASE("Line totals refuse discounts outside zero to one")
{
    for (const Rate &discount : {Rate::fromMillionths(-1), Rate::fromMillionths(1'000'001), percent(150)}) {
        const auto result = lineTotal(Quantity::fromInt(1), cny(100), discount);
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == ErrorKind::Invalid);
        CHECK(result.error().message.contains(discount.toPercentString()));
    }
}

TEST_CASE("Line totals beyond 64 bits are refused cleanly")
{
    CHECK(total(Quantity::fromInt(1), cny(kMax), Rate()) == cny(kMax));

    const auto barelyOver = lineTotal(qty(1'001), cny(kMax), Rate());
    REQUIRE_FALSE(barelyOver);
    CHECK(barelyOver.error().message.contains(QStringLiteral("too large")));

    // Quantity × price × discount factor overflows even 128 bits here.
    const auto farOver = lineTotal(qty(kMax), cny(kMax), percent(1));
    REQUIRE_FALSE(farOver);
    CHECK(farOver.error().kind == ErrorKind::Invalid);
    CHECK(farOver.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("Line tax rounds once per line")
{
    CHECK(lineTax(cny(10'000), percent(13)).value() == cny(1'300));
    CHECK(lineTax(cny(3), percent(13)).value() == cny(0));  // 0.0039
    CHECK(lineTax(cny(5), percent(10)).value() == cny(1));  // 0.005
    CHECK(lineTax(cny(-5), percent(10)).value() == cny(-1));
    CHECK(lineTax(cny(8'499), percent(6)).value() == cny(510)); // 5.0994
    CHECK(lineTax(cny(8'499), Rate()).value() == cny(0));

    const auto negative = lineTax(cny(100), Rate::fromMillionths(-1));
    REQUIRE_FALSE(negative);
    CHECK(negative.error().kind == ErrorKind::Invalid);

    const auto tooLarge = lineTax(cny(kMax), percent(101));
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("A 200-line document totals its rounded lines")
{
    // Even lines: 1 × 0.05 × (1 − 50 %) = 0.025 → 0.03, tax 13 % of 0.03 = 0.0039 → 0.00.
    // Odd lines: 0.333 × 1.00 = 0.333 → 0.33, tax 6 % of 0.33 = 0.0198 → 0.02.
    std::vector<LineInput> lines;
    for (int i = 0; i < 200; ++i) {
        if (i % 2 == 0)
            lines.push_back({Quantity::fromInt(1), cny(5), percent(50), percent(13)});
        else
            lines.push_back({qty(333), cny(100), Rate(), percent(6)});
    }

    const auto totals = documentTotals(lines, CNY);
    REQUIRE(totals);

    Money sumOfLines = Money::zero(CNY);
    Money sumOfTaxes = Money::zero(CNY);
    qint64 unroundedBillionths = 0; // minor units × 10^9: the exact, unrounded subtotal
    for (const LineInput &line : lines) {
        const Money lineAmount = total(line.quantity, line.unitPrice, line.discount);
        sumOfLines = sumOfLines.plus(lineAmount).value();
        sumOfTaxes = sumOfTaxes.plus(lineTax(lineAmount, line.taxRate).value()).value();
        unroundedBillionths +=
            line.quantity.thousandths() * line.unitPrice.minor() * (Rate::kScale - line.discount.millionths());
    }

    CHECK(totals->subtotal == sumOfLines);
    CHECK(totals->subtotal == cny(3'600));
    CHECK(totals->tax == sumOfTaxes);
    CHECK(totals->tax == cny(200));
    CHECK(totals->total == cny(3'800));

    // Rounding the exact sum instead would print 35.80 under lines that add up to 36.00.
    CHECK(unroundedBillionths == 3'580'000'000'000);
    CHECK(totals->subtotal != cny(3'580));

    REQUIRE(totals->taxByRate.size() == 2);
    CHECK(totals->taxByRate[0].first == percent(6));
    CHECK(totals->taxByRate[0].second == cny(200));
    CHECK(totals->taxByRate[1].first == percent(13));
    CHECK(totals->taxByRate[1].second == cny(0));
}

TEST_CASE("Document tax is grouped by rate in ascending order")
{
    const std::vector<LineInput> lines = {
        {Quantity::fromInt(2), cny(10'000), Rate(), percent(13)},          // 200.00, tax 26.00
        {Quantity::fromInt(1), cny(5'000), Rate(), percent(9)},            // 50.00, tax 4.50
        {qty(1'500), cny(3'333), percent(10), percent(13)},                // 44.9955 → 45.00, tax 5.85
        {Quantity::fromInt(1), cny(1'000), Rate(), Rate()},                // 10.00, tax 0.00
        {Quantity::fromInt(3), cny(3'333), Rate(), Rate::fromMillionths(60'000)}, // 99.99, tax 5.9994 → 6.00
        {Quantity::fromInt(-1), cny(5'000), Rate(), percent(9)},           // return: −50.00, tax −4.50
    };
    const auto totals = documentTotals(lines, CNY);
    REQUIRE(totals);
    CHECK(totals->subtotal == cny(35'499));
    CHECK(totals->tax == cny(3'785));
    CHECK(totals->total == cny(39'284));

    REQUIRE(totals->taxByRate.size() == 4);
    const std::vector<std::pair<Rate, Money>> expected = {
        {Rate(), cny(0)},
        {percent(6), cny(600)},
        {percent(9), cny(0)},
        {percent(13), cny(3'185)},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("group " << i);
        CHECK(totals->taxByRate[i].first == expected[i].first);
        CHECK(totals->taxByRate[i].second == expected[i].second);
    }
}

TEST_CASE("An empty document totals zero in its currency")
{
    const auto totals = documentTotals({}, USD);
    REQUIRE(totals);
    CHECK(totals->subtotal == Money::zero(USD));
    CHECK(totals->tax == Money::zero(USD));
    CHECK(totals->total == Money::zero(USD));
    CHECK(totals->taxByRate.empty());
}

TEST_CASE("Document totals name the line that is refused")
{
    SECTION("a line in another currency")
    {
        const std::vector<LineInput> lines = {
            {Quantity::fromInt(1), cny(100), Rate(), percent(13)},
            {Quantity::fromInt(1), Money(100, USD), Rate(), percent(13)},
        };
        const auto totals = documentTotals(lines, CNY);
        REQUIRE_FALSE(totals);
        CHECK(totals.error().kind == ErrorKind::Invalid);
        CHECK(totals.error().where == QStringLiteral("Line 2"));
        CHECK(totals.error().message.contains(USD));
    }
    SECTION("a line without a currency")
    {
        const auto totals = documentTotals({{Quantity::fromInt(1), Money(), Rate(), Rate()}}, CNY);
        REQUIRE_FALSE(totals);
        CHECK(totals.error().where == QStringLiteral("Line 1"));
    }
    SECTION("a discount above 100 %")
    {
        const std::vector<LineInput> lines = {
            {Quantity::fromInt(1), cny(100), Rate(), percent(13)},
            {Quantity::fromInt(1), cny(100), Rate(), percent(13)},
            {Quantity::fromInt(1), cny(100), percent(120), percent(13)},
        };
        const auto totals = documentTotals(lines, CNY);
        REQUIRE_FALSE(totals);
        CHECK(totals.error().where == QStringLiteral("Line 3"));
        CHECK(totals.error().message.contains(QStringLiteral("120%")));
    }
    SECTION("a negative tax rate")
    {
        const auto totals = documentTotals({{Quantity::fromInt(1), cny(100), Rate(), percent(-1)}}, CNY);
        REQUIRE_FALSE(totals);
        CHECK(totals.error().where == QStringLiteral("Line 1"));
    }
    SECTION("a subtotal beyond 64 bits")
    {
        const std::vector<LineInput> lines = {
            {Quantity::fromInt(1), cny(kMax / 2 + 1), Rate(), Rate()},
            {Quantity::fromInt(1), cny(kMax / 2 + 1), Rate(), Rate()},
        };
        const auto totals = documentTotals(lines, CNY);
        REQUIRE_FALSE(totals);
        CHECK(totals.error().where == QStringLiteral("Line 2"));
        CHECK(totals.error().message.contains(QStringLiteral("too large")));
    }
    SECTION("a total beyond 64 bits")
    {
        const auto totals = documentTotals({{Quantity::fromInt(1), cny(kMax - 10), Rate(), percent(1)}}, CNY);
        REQUIRE_FALSE(totals);
        CHECK(totals.error().message.contains(QStringLiteral("too large")));
    }
}

TEST_CASE("Document totals refuse an invalid document currency")
{
    const auto totals = documentTotals({}, QStringLiteral("yuan"));
    REQUIRE_FALSE(totals);
    CHECK(totals.error().kind == ErrorKind::Invalid);
    CHECK(totals.error().message.contains(QStringLiteral("yuan")));
}
