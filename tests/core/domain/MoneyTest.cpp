#include "core/domain/Money.h"
#include "tests/core/domain/DomainPrinters.h"
#include "tests/support/TestSupport.h"

#include <limits>

using namespace qianyue;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const QString CNY = QStringLiteral("CNY");
const QString USD = QStringLiteral("USD");
const QString JPY = QStringLiteral("JPY");
const QString BHD = QStringLiteral("BHD");

Money cny(qint64 minor)
{
    return Money(minor, CNY);
}

// The parsed minor units, or a failed check naming the refusal.
qint64 parsedMinor(const QString &text, const QString &currency)
{
    const auto money = Money::parse(text, currency);
    INFO("parsing \"" << text << "\" as " << currency);
    if (!money)
        FAIL("refused: " << money.error().message);
    CHECK(money->currency() == currency);
    return money->minor();
}

Error parseError(const QString &text, const QString &currency)
{
    const auto money = Money::parse(text, currency);
    INFO("parsing \"" << text << "\" as " << currency);
    REQUIRE_FALSE(money);
    CHECK(money.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(money.error().message.isEmpty());
    return money.error();
}

} // namespace

TEST_CASE("Money parses plain and grouped decimal text")
{
    CHECK(parsedMinor(QStringLiteral("1234.56"), CNY) == 123456);
    CHECK(parsedMinor(QStringLiteral("-12.5"), CNY) == -1250);
    CHECK(parsedMinor(QStringLiteral("1,234,567.89"), CNY) == 123456789);
    CHECK(parsedMinor(QStringLiteral("  42 "), CNY) == 4200);
    CHECK(parsedMinor(QStringLiteral("+7"), CNY) == 700);
    CHECK(parsedMinor(QStringLiteral(".5"), CNY) == 50);
    CHECK(parsedMinor(QStringLiteral("0"), CNY) == 0);
    CHECK(parsedMinor(QStringLiteral("-0.00"), CNY) == 0);
    CHECK(parsedMinor(QStringLiteral("999,999"), CNY) == 99999900);
}

TEST_CASE("Money accepts trailing zeros beyond the minor unit because they lose nothing")
{
    CHECK(parsedMinor(QStringLiteral("12.5000"), CNY) == 1250);
    CHECK(parsedMinor(QStringLiteral("1000.00"), JPY) == 1000);
}

TEST_CASE("Money refuses more decimals than the currency has")
{
    const Error cnyError = parseError(QStringLiteral("0.005"), CNY);
    CHECK(cnyError.message.contains(QStringLiteral("at most 2")));
    CHECK(cnyError.message.contains(CNY));

    CHECK(parsedMinor(QStringLiteral("1.005"), BHD) == 1005);
    const Error bhdError = parseError(QStringLiteral("1.0005"), BHD);
    CHECK(bhdError.message.contains(QStringLiteral("at most 3")));

    CHECK(parsedMinor(QStringLiteral("1000"), JPY) == 1000);
    const Error jpyError = parseError(QStringLiteral("1000.5"), JPY);
    CHECK(jpyError.message.contains(JPY));
    CHECK(jpyError.message.contains(QStringLiteral("none")));
}

TEST_CASE("Money refuses text that is not a plain amount")
{
    const QStringList bad = {
        QStringLiteral(""),      QStringLiteral("   "),   QStringLiteral("abc"),   QStringLiteral("12a"),
        QStringLiteral("1.2.3"), QStringLiteral("1..2"),  QStringLiteral("-"),     QStringLiteral("."),
        QStringLiteral("-."),    QStringLiteral("--1"),   QStringLiteral("+-1"),   QStringLiteral("12 34"),
        QStringLiteral("1e5"),   QStringLiteral("¥12"),   QStringLiteral("12 CNY"), QStringLiteral("0x10"),
    };
    for (const QString &text : bad)
        parseError(text, CNY);
}

TEST_CASE("Money refuses commas that do not group thousands")
{
    // A European "1,5" must not silently become 15 yuan.
    for (const QString &text : {QStringLiteral("1,5"), QStringLiteral("12,34"), QStringLiteral("1,2345"),
                                QStringLiteral(",123"), QStringLiteral("123,"), QStringLiteral("1,,234"),
                                QStringLiteral("1234,567"), QStringLiteral("1.234,56")})
        parseError(text, CNY);
}

TEST_CASE("Money parse refuses amounts beyond 64 bits and says the amount is too large")
{
    CHECK(parsedMinor(QStringLiteral("92233720368547758.07"), CNY) == kMax);
    CHECK(parsedMinor(QStringLiteral("-92233720368547758.08"), CNY) == kMin);
    CHECK(parsedMinor(QStringLiteral("9,223,372,036,854,775,807"), JPY) == kMax);

    for (const auto &[text, currency] :
         {std::pair{QStringLiteral("92233720368547758.08"), CNY},
          std::pair{QStringLiteral("-92233720368547758.09"), CNY},
          std::pair{QStringLiteral("9223372036854775808"), JPY},
          std::pair{QStringLiteral("100000000000000000000000000000000000000000000"), CNY},
          std::pair{QStringLiteral("9223372036854775.808"), BHD}}) {
        const Error error = parseError(text, currency);
        CHECK(error.message.contains(QStringLiteral("too large")));
    }
}

TEST_CASE("Money parse refuses an invalid currency code")
{
    for (const QString &code : {QString(), QStringLiteral("cny"), QStringLiteral("CN"), QStringLiteral("CNYY"),
                                QStringLiteral("C1Y"), QStringLiteral("人民币")}) {
        const Error error = parseError(QStringLiteral("12.00"), code);
        CHECK(error.message.contains(QStringLiteral("currency code")));
        CHECK_FALSE(Money::isValidCurrency(code));
        CHECK_FALSE(Money::validateCurrency(code));
    }
    CHECK(Money::isValidCurrency(CNY));
    CHECK(Money::validateCurrency(USD));
}

TEST_CASE("Minor digits follow ISO 4217 for the listed currencies")
{
    for (const char16_t *code : {u"JPY", u"KRW", u"VND", u"CLP", u"ISK"})
        CHECK(Money::minorDigits(QString::fromUtf16(code)) == 0);
    for (const char16_t *code : {u"BHD", u"KWD", u"OMR", u"JOD", u"TND"})
        CHECK(Money::minorDigits(QString::fromUtf16(code)) == 3);
    for (const char16_t *code : {u"CNY", u"USD", u"EUR", u"HKD", u"GBP"})
        CHECK(Money::minorDigits(QString::fromUtf16(code)) == 2);
    CHECK(Money::minorDigits(QString()) == 2);
}

TEST_CASE("Money formats plain decimal text with all minor digits")
{
    CHECK(cny(123456).toDecimalString() == QStringLiteral("1234.56"));
    CHECK(cny(-5).toDecimalString() == QStringLiteral("-0.05"));
    CHECK(cny(0).toDecimalString() == QStringLiteral("0.00"));
    CHECK(cny(-123456789).toDecimalString() == QStringLiteral("-1234567.89"));
    CHECK(Money(1000, JPY).toDecimalString() == QStringLiteral("1000"));
    CHECK(Money(-7, JPY).toDecimalString() == QStringLiteral("-7"));
    CHECK(Money(1005, BHD).toDecimalString() == QStringLiteral("1.005"));
    CHECK(Money(-50, BHD).toDecimalString() == QStringLiteral("-0.050"));
    CHECK(cny(kMax).toDecimalString() == QStringLiteral("92233720368547758.07"));
    CHECK(cny(kMin).toDecimalString() == QStringLiteral("-92233720368547758.08"));
    CHECK(Money().toDecimalString() == QStringLiteral("0.00"));
}

TEST_CASE("Money text survives a round trip through parse")
{
    for (const Money &money : {cny(0), cny(1), cny(-1), cny(123456), cny(kMax), cny(kMin), Money(-1234, JPY),
                               Money(1005, BHD)}) {
        const auto back = Money::parse(money.toDecimalString(), money.currency());
        REQUIRE(back);
        CHECK(*back == money);
    }
}

TEST_CASE("Money construction and predicates")
{
    const Money none;
    CHECK(none.minor() == 0);
    CHECK(none.currency().isEmpty());
    CHECK(none.isZero());

    const Money zero = Money::zero(USD);
    CHECK(zero.isZero());
    CHECK(zero.currency() == USD);
    CHECK_FALSE(zero.isNegative());

    CHECK(cny(-1).isNegative());
    CHECK_FALSE(cny(-1).isZero());
    CHECK_FALSE(cny(1).isNegative());
}

TEST_CASE("Money equality needs the same minor units and the same currency")
{
    CHECK(cny(100) == cny(100));
    CHECK(cny(100) != cny(101));
    CHECK(cny(100) != Money(100, USD));
    CHECK(Money::zero(CNY) != Money());
    CHECK(Money() == Money(0, QString()));
}

TEST_CASE("Money adds subtracts and negates in one currency")
{
    const auto sum = cny(150).plus(cny(-275));
    REQUIRE(sum);
    CHECK(*sum == cny(-125));

    const auto difference = cny(150).minus(cny(275));
    REQUIRE(difference);
    CHECK(*difference == cny(-125));

    const auto opposite = cny(-125).negated();
    REQUIRE(opposite);
    CHECK(*opposite == cny(125));
}

TEST_CASE("Money refuses to combine different currencies")
{
    for (const auto &result : {cny(100).plus(Money(100, USD)), cny(100).minus(Money(100, USD))}) {
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == ErrorKind::Invalid);
        CHECK(result.error().message.contains(CNY));
        CHECK(result.error().message.contains(USD));
    }

    // A default Money has no currency, so it is not a neutral zero.
    const auto withNone = Money().plus(cny(100));
    REQUIRE_FALSE(withNone);
    CHECK(withNone.error().message.contains(QStringLiteral("no currency")));

    const auto order = cny(1).compare(Money(2, USD));
    REQUIRE_FALSE(order);
    CHECK(order.error().kind == ErrorKind::Invalid);
}

TEST_CASE("Money arithmetic near the 64-bit limits is refused cleanly")
{
    const auto checkTooLarge = [](const Result<Money> &result) {
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == ErrorKind::Invalid);
        CHECK(result.error().message.contains(QStringLiteral("too large")));
    };
    checkTooLarge(cny(kMax).plus(cny(1)));
    checkTooLarge(cny(kMin).plus(cny(-1)));
    checkTooLarge(cny(kMin).minus(cny(1)));
    checkTooLarge(cny(kMax).minus(cny(-1)));
    checkTooLarge(cny(kMin).negated());
    checkTooLarge(cny(kMax).times(Quantity::fromInt(2)));
    checkTooLarge(cny(kMin).times(Quantity::fromThousandths(1001)));
    checkTooLarge(cny(kMax).times(Rate::fromMillionths(1'000'001)));
    checkTooLarge(cny(kMax / 2 + 1).times(Rate::fromPercent(200)));

    // Right at the limit is still fine.
    const auto atLimit = cny(kMax - 1).plus(cny(1));
    REQUIRE(atLimit);
    CHECK(atLimit->minor() == kMax);
    const auto negatedMax = cny(kMax).negated();
    REQUIRE(negatedMax);
    CHECK(negatedMax->minor() == kMin + 1);
    const auto timesOne = cny(kMax).times(Rate::one());
    REQUIRE(timesOne);
    CHECK(timesOne->minor() == kMax);
    const auto timesHalf = cny(kMax).times(Quantity::fromThousandths(500));
    REQUIRE(timesHalf);
    CHECK(timesHalf->minor() == kMax / 2 + 1); // 4611686018427387903.5 rounds up
}

TEST_CASE("Money times a quantity rounds half away from zero at the minor unit")
{
    const Quantity half = Quantity::fromThousandths(500);
    CHECK(cny(5).times(half).value() == cny(3));   // 2.5 fen
    CHECK(cny(-5).times(half).value() == cny(-3)); // -2.5 fen
    CHECK(cny(5).times(Quantity::fromThousandths(-500)).value() == cny(-3));
    CHECK(cny(4).times(half).value() == cny(2));
    CHECK(cny(1999).times(Quantity::fromThousandths(1500)).value() == cny(2999)); // 2998.5
    CHECK(cny(1).times(Quantity::fromThousandths(499)).value() == cny(0));
    CHECK(cny(-1).times(Quantity::fromThousandths(499)).value() == cny(0));
    CHECK(Money(3, JPY).times(half).value() == Money(2, JPY)); // 1.5 yen
}

TEST_CASE("Money times a rate rounds half away from zero at the minor unit")
{
    CHECK(cny(10000).times(Rate::fromPercent(13)).value() == cny(1300));
    CHECK(cny(5).times(Rate::fromPercent(50)).value() == cny(3));
    CHECK(cny(-5).times(Rate::fromPercent(50)).value() == cny(-3));
    CHECK(cny(1).times(Rate::fromMillionths(499'999)).value() == cny(0));
    CHECK(cny(1).times(Rate::fromMillionths(500'000)).value() == cny(1));
    CHECK(cny(-1).times(Rate::fromMillionths(500'000)).value() == cny(-1));
    CHECK(cny(12345).times(Rate()).value() == cny(0));
}

TEST_CASE("Money converts JPY to CNY across different minor digits")
{
    const auto converted = Money(100, JPY).convertedTo(CNY, Rate::fromMillionths(48'000)); // 0.048
    REQUIRE(converted);
    CHECK(*converted == cny(480));
    CHECK(converted->toDecimalString() == QStringLiteral("4.80"));

    // Half a fen rounds away from zero in both directions.
    CHECK(Money(1, JPY).convertedTo(CNY, Rate::fromMillionths(5'000)).value() == cny(1));
    CHECK(Money(-1, JPY).convertedTo(CNY, Rate::fromMillionths(5'000)).value() == cny(-1));
    CHECK(Money(1, JPY).convertedTo(CNY, Rate::fromMillionths(4'999)).value() == cny(0));
}

TEST_CASE("Money converts between other currencies")
{
    // 123.45 USD × 7.123456 = 879.3906432 CNY
    CHECK(Money(12345, USD).convertedTo(CNY, Rate::fromMillionths(7'123'456)).value() == cny(87939));
    // 1.00 CNY × 20.83 = 20.83 JPY, rounded to whole yen
    CHECK(cny(100).convertedTo(JPY, Rate::fromMillionths(20'830'000)).value() == Money(21, JPY));
    // 1.005 BHD × 19.1 = 19.1955 CNY
    CHECK(Money(1005, BHD).convertedTo(CNY, Rate::fromMillionths(19'100'000)).value() == cny(1920));
    // 2.50 CNY × 0.5 = 1.250 BHD: the extra digit is exact
    CHECK(cny(250).convertedTo(BHD, Rate::fromPercent(50)).value() == Money(1250, BHD));
    // The same currency at rate 1 stays the same.
    CHECK(cny(-98765).convertedTo(CNY, Rate::one()).value() == cny(-98765));
}

TEST_CASE("Money conversion refuses bad rates currencies and overflow")
{
    const auto zeroRate = cny(100).convertedTo(USD, Rate());
    REQUIRE_FALSE(zeroRate);
    CHECK(zeroRate.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(cny(100).convertedTo(USD, Rate::fromMillionths(-1)));
    CHECK_FALSE(cny(100).convertedTo(QStringLiteral("usd"), Rate::one()));
    CHECK_FALSE(Money().convertedTo(CNY, Rate::one()));

    const auto tooLarge = Money(kMax, JPY).convertedTo(BHD, Rate::one());
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().message.contains(QStringLiteral("too large")));
    // Even the 128-bit product overflows here; it must still be reported, not wrap.
    const auto huge = Money(kMax, JPY).convertedTo(BHD, Rate::fromMillionths(kMax));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("Money compares amounts of one currency")
{
    CHECK(cny(1).compare(cny(2)).value() == std::strong_ordering::less);
    CHECK(cny(2).compare(cny(2)).value() == std::strong_ordering::equal);
    CHECK(cny(-1).compare(cny(-2)).value() == std::strong_ordering::greater);
    CHECK(cny(kMin).compare(cny(kMax)).value() == std::strong_ordering::less);
}
