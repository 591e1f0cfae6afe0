#include "core/domain/FixedPoint.h"

#include <array>
#include <limits>

namespace qianyue::fixedpoint {

namespace {

constexpr std::array<qint64, kMaxPowerOfTen + 1> kPowersOfTen = {
    1LL, 10LL, 100LL, 1'000LL, 10'000LL, 100'000LL, 1'000'000LL, 10'000'000LL, 100'000'000LL,
    1'000'000'000LL, 10'000'000'000LL, 100'000'000'000LL, 1'000'000'000'000LL,
    10'000'000'000'000LL, 100'000'000'000'000LL, 1'000'000'000'000'000LL,
    10'000'000'000'000'000LL, 100'000'000'000'000'000LL, 1'000'000'000'000'000'000LL,
};

constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kInt64Min = std::numeric_limits<qint64>::min();

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Empty is fine (".5" has no integer digits); otherwise plain digits, or
// groups joined by ',' where the first has 1 to 3 digits and the rest exactly 3.
bool isGroupedDigits(QStringView text)
{
    if (!text.contains(u','))
        return isDigits(text);
    qsizetype start = 0;
    bool first = true;
    while (true) {
        const qsizetype comma = text.indexOf(u',', start);
        const QStringView group = comma < 0 ? text.mid(start) : text.mid(start, comma - start);
        const bool sizeOk = first ? (group.size() >= 1 && group.size() <= 3) : group.size() == 3;
        if (!sizeOk || !isDigits(group))
            return false;
        if (comma < 0)
            return true;
        start = comma + 1;
        first = false;
    }
}

} // namespace

qint64 powerOfTen(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= kMaxPowerOfTen);
    return kPowersOfTen[static_cast<std::size_t>(qBound(0, exponent, kMaxPowerOfTen))];
}

std::optional<qint64> toInt64(Int128 value)
{
    if (value < kInt64Min || value > kInt64Max)
        return std::nullopt;
    return static_cast<qint64>(value);
}

std::optional<qint64> roundHalfAwayFromZero(Int128 numerator, Int128 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    Int128 quotient = numerator / denominator;
    const Int128 remainder = numerator % denominator;
    const Int128 magnitude = remainder < 0 ? -remainder : remainder;
    // |r| >= d - |r| is 2|r| >= d without the doubling that could overflow.
    if (magnitude != 0 && magnitude >= denominator - magnitude)
        quotient += numerator < 0 ? -1 : 1;
    return toInt64(quotient);
}

std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<qint64> checkedSubtract(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_sub_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<qint64> checkedMultiply(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<qint64> checkedNegate(qint64 value)
{
    if (value == kInt64Min)
        return std::nullopt;
    return -value;
}

std::optional<Int128> checkedMultiplyWide(Int128 a, Int128 b)
{
    Int128 result = 0;
    if (__builtin_mul_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::expected<qint64, DecimalError> parseScaledDecimal(QStringView text, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= kMaxPowerOfTen);
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(DecimalError::Empty);

    qsizetype position = 0;
    const bool negative = trimmed.front() == u'-';
    if (negative || trimmed.front() == u'+')
        ++position;
    const qsizetype dot = trimmed.indexOf(u'.', position);
    const QStringView integerPart = dot < 0 ? trimmed.mid(position) : trimmed.mid(position, dot - position);
    const QStringView fractionPart = dot < 0 ? QStringView() : trimmed.mid(dot + 1);
    // A second '.' lands in fractionPart and fails the digit check there.
    if (!isGroupedDigits(integerPart) || !isDigits(fractionPart))
        return std::unexpected(DecimalError::Malformed);
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return std::unexpected(DecimalError::Malformed);

    // Trailing zeros beyond the scale lose nothing ("12.5000" from another
    // system's export); any other digit there would have to be rounded away.
    for (qsizetype i = decimals; i < fractionPart.size(); ++i) {
        if (fractionPart[i] != u'0')
            return std::unexpected(DecimalError::TooManyDecimals);
    }

    // Capping at |INT64_MIN| while accumulating keeps any number of digits
    // within 128 bits and still admits the smallest qint64.
    const Int128 limit = Int128(kInt64Max) + 1;
    Int128 magnitude = 0;
    bool tooLarge = false;
    const auto push = [&](QChar digit) {
        magnitude = magnitude * 10 + (digit.unicode() - u'0');
        if (magnitude > limit)
            tooLarge = true;
    };
    for (QChar c : integerPart) {
        if (c != u',')
            push(c);
        if (tooLarge)
            return std::unexpected(DecimalError::TooLarge);
    }
    for (qsizetype i = 0; i < decimals; ++i) {
        push(i < fractionPart.size() ? fractionPart[i] : QChar(u'0'));
        if (tooLarge)
            return std::unexpected(DecimalError::TooLarge);
    }
    const auto value = toInt64(negative ? -magnitude : magnitude);
    if (!value)
        return std::unexpected(DecimalError::TooLarge);
    return *value;
}

QString formatScaledDecimal(qint64 scaled, int decimals, TrailingZeros trailingZeros)
{
    const bool negative = scaled < 0;
    // Unsigned arithmetic so that the smallest qint64 has a magnitude too.
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    const quint64 unit = quint64(powerOfTen(decimals));
    QString result;
    if (negative)
        result += u'-';
    result += QString::number(magnitude / unit);
    if (decimals > 0) {
        QString fraction = QString::number(magnitude % unit).rightJustified(decimals, u'0');
        if (trailingZeros == TrailingZeros::Trim) {
            while (fraction.endsWith(u'0'))
                fraction.chop(1);
        }
        if (!fraction.isEmpty()) {
            result += u'.';
            result += fraction;
        }
    }
    return result;
}

} // namespace qianyue::fixedpoint
