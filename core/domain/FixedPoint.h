#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <expected>
#include <optional>

// Integer helpers shared by Money, Quantity and Rate. Amounts must come out
// the same on every machine and in every report, so nothing here touches
// floating point: products are formed exactly in 128 bits, rounded once, and
// every narrowing back to 64 bits is checked.
namespace qianyue::fixedpoint {

// __extension__ keeps -Wpedantic quiet about the GNU 128-bit type.
__extension__ typedef __int128 Int128;

/// Largest exponent for which 10^exponent fits in a qint64.
inline constexpr int kMaxPowerOfTen = 18;

/// 10^exponent for 0 <= exponent <= kMaxPowerOfTen.
qint64 powerOfTen(int exponent);

/// numerator / denominator rounded half away from zero; nullopt when the result
/// leaves the qint64 range or the denominator is not positive.
std::optional<qint64> roundHalfAwayFromZero(Int128 numerator, Int128 denominator);

/// The value when it fits in a qint64.
std::optional<qint64> toInt64(Int128 value);

/// a + b when the sum fits in a qint64.
std::optional<qint64> checkedAdd(qint64 a, qint64 b);

/// a - b when the difference fits in a qint64.
std::optional<qint64> checkedSubtract(qint64 a, qint64 b);

/// a * b when the product fits in a qint64.
std::optional<qint64> checkedMultiply(qint64 a, qint64 b);

/// -value, which does not fit for the smallest qint64.
std::optional<qint64> checkedNegate(qint64 value);

/// a * b when the product fits in 128 bits (three qint64 factors may not).
std::optional<Int128> checkedMultiplyWide(Int128 a, Int128 b);

/// Why decimal text was refused; each value type words the message for its
/// own kind of number.
enum class DecimalError {
    Empty,           ///< nothing but white space
    Malformed,       ///< not a plain decimal number
    TooManyDecimals, ///< non-zero digits beyond the allowed decimals
    TooLarge,        ///< the scaled value does not fit in a qint64
};

/// Parses plain decimal text ("-1,234.5", " 42 ", ".5") into a count of
/// 10^-decimals units. Commas must group exactly three digits so that a
/// European "1,5" is refused instead of read as 15.
std::expected<qint64, DecimalError> parseScaledDecimal(QStringView text, int decimals);

/// Whether formatting keeps all decimals ("1.50") or drops trailing zeros ("1.5").
enum class TrailingZeros { Keep, Trim };

/// Plain text of a count of 10^-decimals units: '.' as decimal point, no
/// grouping, '-' for negatives, as files and SQL expect.
QString formatScaledDecimal(qint64 scaled, int decimals, TrailingZeros trailingZeros);

} // namespace qianyue::fixedpoint
