#include "core/domain/FixedPoint.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"
#include "tests/core/domain/DomainPrinters.h"
#include "tests/support/TestSupport.h"

#include <limits>

using namespace qianyue;
using fixedpoint::Int128;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

qint64 parsedThousandths(const QString &text)
{
    const auto quantity = Quantity::parse(text);
    INFO("parsing quantity \"" << text << "\"");
    if (!quantity)
        FAIL("refused: " << quantity.error().message);
    return quantity->thousandths();
}

qint64 parsedMillionths(const QString &text)
{
    const auto rate = Rate::parse(text);
    INFO("parsing rate \"" << text << "\"");
    if (!rate)
        FAIL("refused: " << rate.error().message);
    return rate->millionths();
}

template<typename T>
Error refusal(const Result<T> &result, const QString &text)
{
    INFO("parsing \"" << text << "\"");
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(result.error().message.isEmpty());
    return result.error();
}

} // namespace

TEST_CASE("Rounding half away from zero rounds ties outwards for both signs")
{
    using fixedpoint::roundHalfAwayFromZero;
    CHECK(roundHalfAwayFromZero(5, 2) == 3);
    CHECK(roundHalfAwayFromZero(-5, 2) == -3);
    CHECK(roundHalfAwayFromZero(1, 2) == 1);
    CHECK(roundHalfAwayFromZero(-1, 2) == -1);
    CHECK(roundHalfAwayFromZero(7, 3) == 2);
    CHECK(roundHalfAwayFromZero(-7, 3) == -2);
    CHECK(roundHalfAwayFromZero(8, 3) == 3);
    CHECK(roundHalfAwayFromZero(-8, 3) == -3);
    CHECK(roundHalfAwayFromZero(1, 3) == 0);
    CHECK(roundHalfAwayFromZero(-1, 3) == 0);
    CHECK(roundHalfAwayFromZero(0, 7) == 0);
    CHECK(roundHalfAwayFromZero(25, 1000) == 0);
    CHECK(roundHalfAwayFromZero(500, 1000) == 1);
    CHECK(roundHalfAwayFromZero(-499, 1000) == 0);
}

TEST_CASE("Rounding reports results outside 64 bits and bad denominators")
{
    using fixedpoint::roundHalfAwayFromZero;
    CHECK(roundHalfAwayFromZero(Int128(kMax), 1) == kMax);
    CHECK(roundHalfAwayFromZero(Int128(kMin), 1) == kMin);
    CHECK_FALSE(roundHalfAwayFromZero(Int128(kMax) + 1, 1));
    CHECK_FALSE(roundHalfAwayFromZero(Int128(kMin) - 1, 1));
    // kMax + 0.5 rounds up out of range; kMax + 0.49 does not.
    CHECK_FALSE(roundHalfAwayFromZero(Int128(kMax) * 100 + 50, 100));
    CHECK(roundHalfAwayFromZero(Int128(kMax) * 100 + 49, 100) == kMax);
    CHECK_FALSE(roundHalfAwayFromZero(1, 0));
    CHECK_FALSE(roundHalfAwayFromZero(1, -2));

    // Denominators near the 128-bit limit must not overflow while rounding.
    const Int128 huge = Int128(1) << 125;
    CHECK(roundHalfAwayFromZero(huge - 1, huge) == 1);
    CHECK(roundHalfAwayFromZero(huge / 2, huge) == 1);
    CHECK(roundHalfAwayFromZero(huge / 2 - 1, huge) == 0);
    CHECK(roundHalfAwayFromZero(-(huge / 2), huge) == -1);
}

TEST_CASE("Checked integer helpers detect overflow")
{
    CHECK(fixedpoint::checkedAdd(kMax, 0) == kMax);
    CHECK_FALSE(fixedpoint::checkedAdd(kMax, 1));
    CHECK_FALSE(fixedpoint::checkedSubtract(kMin, 1));
    CHECK(fixedpoint::checkedSubtract(-1, kMax) == kMin);
    CHECK_FALSE(fixedpoint::checkedMultiply(kMax / 2 + 1, 2));
    CHECK(fixedpoint::checkedMultiply(kMax / 2, 2) == kMax - 1);
    CHECK_FALSE(fixedpoint::checkedNegate(kMin));
    CHECK(fixedpoint::checkedNegate(kMax) == kMin + 1);
    CHECK_FALSE(fixedpoint::checkedMultiplyWide(Int128(kMax) * kMax, 4));
    CHECK(fixedpoint::checkedMultiplyWide(Int128(kMax), kMax).has_value());
    CHECK(fixedpoint::toInt64(Int128(kMin)) == kMin);
    CHECK_FALSE(fixedpoint::toInt64(Int128(kMax) + 1));
    CHECK(fixedpoint::powerOfTen(0) == 1);
    CHECK(fixedpoint::powerOfTen(18) == 1'000'000'000'000'000'000LL);
}

TEST_CASE("Quantity parses whole and fractional text")
{
    CHECK(parsedThousandths(QStringLiteral("12")) == 12'000);
    CHECK(parsedThousandths(QStringLiteral("1.5")) == 1'500);
    CHECK(parsedThousandths(QStringLiteral("0.125")) == 125);
    CHECK(parsedThousandths(QStringLiteral(" -2 ")) == -2'000);
    CHECK(parsedThousandths(QStringLiteral("1,000")) == 1'000'000);
    CHECK(parsedThousandths(QStringLiteral("0.1250")) == 125);
    CHECK(parsedThousandths(QStringLiteral("9223372036854775.807")) == kMax);
}

TEST_CASE("Quantity refuses more than three decimals and malformed text")
{
    const QString tooPrecise = QStringLiteral("0.1255");
    const Error decimals = refusal(Quantity::parse(tooPrecise), tooPrecise);
    CHECK(decimals.message.contains(QStringLiteral("at most 3")));

    for (const QString &text : {QString(), QStringLiteral("  "), QStringLiteral("abc"), QStringLiteral("1.2.3"),
                                QStringLiteral("1,5"), QStringLiteral("3 pcs"), QStringLiteral("½")})
        refusal(Quantity::parse(text), text);

    const QString huge = QStringLiteral("9223372036854775.808");
    CHECK(refusal(Quantity::parse(huge), huge).message.contains(QStringLiteral("too large")));
}

TEST_CASE("Quantity text drops trailing zeros")
{
    CHECK(Quantity::fromThousandths(1'500).toString() == QStringLiteral("1.5"));
    CHECK(Quantity::fromThousandths(12'000).toString() == QStringLiteral("12"));
    CHECK(Quantity::fromThousandths(125).toString() == QStringLiteral("0.125"));
    CHECK(Quantity::fromThousandths(-500).toString() == QStringLiteral("-0.5"));
    CHECK(Quantity::fromThousandths(10).toString() == QStringLiteral("0.01"));
    CHECK(Quantity().toString() == QStringLiteral("0"));
    CHECK(Quantity::fromThousandths(kMin).toString() == QStringLiteral("-9223372036854775.808"));
}

TEST_CASE("Quantity from whole units and arithmetic")
{
    CHECK(Quantity::fromInt(12) == Quantity::fromThousandths(12'000));
    CHECK(Quantity::fromInt(-3).thousandths() == -3'000);
    CHECK(Quantity().isZero());
    CHECK(Quantity::fromInt(-1).isNegative());

    CHECK(Quantity::fromThousandths(1'500).plus(Quantity::fromThousandths(250)).value()
          == Quantity::fromThousandths(1'750));
    CHECK(Quantity::fromInt(1).minus(Quantity::fromInt(3)).value() == Quantity::fromInt(-2));

    const auto overflow = Quantity::fromThousandths(kMax).plus(Quantity::fromThousandths(1));
    REQUIRE_FALSE(overflow);
    CHECK(overflow.error().message.contains(QStringLiteral("too large")));
    CHECK_FALSE(Quantity::fromThousandths(kMin).minus(Quantity::fromThousandths(1)));
}

TEST_CASE("Quantities compare by value")
{
    const Quantity small = Quantity::fromThousandths(999);
    const Quantity one = Quantity::fromInt(1);
    CHECK(small < one);
    CHECK(one > small);
    CHECK(small <= small);
    CHECK(one >= small);
    CHECK(one == Quantity::fromThousandths(1'000));
    CHECK(one != small);
}

TEST_CASE("Rate parses decimals and percentages")
{
    CHECK(parsedMillionths(QStringLiteral("0.13")) == 130'000);
    CHECK(parsedMillionths(QStringLiteral("13%")) == 130'000);
    CHECK(parsedMillionths(QStringLiteral(" 12.5 % ")) == 125'000);
    CHECK(parsedMillionths(QStringLiteral("7.123456")) == 7'123'456);
    CHECK(parsedMillionths(QStringLiteral("0.0001%")) == 1);
    CHECK(parsedMillionths(QStringLiteral("100%")) == 1'000'000);
    CHECK(parsedMillionths(QStringLiteral("1")) == 1'000'000);
    CHECK(parsedMillionths(QStringLiteral("0")) == 0);
    CHECK(parsedMillionths(QStringLiteral("-5%")) == -50'000);
}

TEST_CASE("Rate refuses more than six decimals and malformed text")
{
    const QString tooPrecise = QStringLiteral("7.1234567");
    CHECK(refusal(Rate::parse(tooPrecise), tooPrecise).message.contains(QStringLiteral("at most 6")));
    // A percentage has two decimals fewer of its own.
    const QString percent = QStringLiteral("12.34567%");
    CHECK(refusal(Rate::parse(percent), percent).message.contains(QStringLiteral("at most 4")));

    for (const QString &text : {QString(), QStringLiteral("%"), QStringLiteral("13%%"), QStringLiteral("%13"),
                                QStringLiteral("abc"), QStringLiteral("0.1.3"), QStringLiteral("13 percent")})
        refusal(Rate::parse(text), text);

    const QString huge = QStringLiteral("9223372036854.775808");
    CHECK(refusal(Rate::parse(huge), huge).message.contains(QStringLiteral("too large")));
    const QString hugePercent = QStringLiteral("922337203685477.5808%");
    CHECK(refusal(Rate::parse(hugePercent), hugePercent).message.contains(QStringLiteral("too large")));
}

TEST_CASE("Rate constructors and text")
{
    CHECK(Rate::fromPercent(13).millionths() == 130'000);
    CHECK(Rate::fromPercent(100) == Rate::one());
    CHECK(Rate::one().millionths() == 1'000'000);
    CHECK(Rate().isZero());
    CHECK(Rate::fromMillionths(-1).isNegative());

    CHECK(Rate::fromPercent(13).toString() == QStringLiteral("0.13"));
    CHECK(Rate::one().toString() == QStringLiteral("1"));
    CHECK(Rate().toString() == QStringLiteral("0"));
    CHECK(Rate::fromMillionths(7'123'456).toString() == QStringLiteral("7.123456"));
    CHECK(Rate::fromMillionths(-50'000).toString() == QStringLiteral("-0.05"));

    CHECK(Rate::fromPercent(13).toPercentString() == QStringLiteral("13%"));
    CHECK(Rate::fromMillionths(125'000).toPercentString() == QStringLiteral("12.5%"));
    CHECK(Rate::fromMillionths(1).toPercentString() == QStringLiteral("0.0001%"));
    CHECK(Rate::fromMillionths(7'123'456).toPercentString() == QStringLiteral("712.3456%"));
    CHECK(Rate().toPercentString() == QStringLiteral("0%"));
}

TEST_CASE("Rate text survives a round trip through parse")
{
    for (qint64 millionths : {qint64(0), qint64(1), qint64(-1), qint64(130'000), qint64(7'123'456), kMax, kMin}) {
        const Rate rate = Rate::fromMillionths(millionths);
        CHECK(Rate::parse(rate.toString()).value() == rate);
        CHECK(Rate::parse(rate.toPercentString()).value() == rate);
    }
}

TEST_CASE("Rates compare by value")
{
    CHECK(Rate::fromPercent(6) < Rate::fromPercent(9));
    CHECK(Rate::fromPercent(13) > Rate::fromMillionths(129'999));
    CHECK(Rate::fromPercent(13) == Rate::fromMillionths(130'000));
    CHECK(Rate() != Rate::one());
    CHECK(Rate() <= Rate());
}
