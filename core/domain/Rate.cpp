#include "core/domain/Rate.h"

#include "core/domain/FixedPoint.h"

#include <limits>

namespace qianyue {

namespace {

// Millionths per per cent: a percentage keeps 6 - 2 = 4 decimals of its own.
constexpr qint64 kMillionthsPerPercent = 10'000;
constexpr int kPercentDecimals = 4;

} // namespace

Rate Rate::fromPercent(qint64 percent)
{
    const auto millionths = fixedpoint::checkedMultiply(percent, kMillionthsPerPercent);
    Q_ASSERT_X(millionths, "Rate::fromPercent", "percentage out of range");
    if (!millionths) {
        // Clamping keeps release builds free of undefined behaviour; no
        // meaningful percentage comes near this.
        return Rate(percent < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max());
    }
    return Rate(*millionths);
}

Result<Rate> Rate::parse(QStringView text)
{
    QStringView number = text.trimmed();
    const bool percent = number.endsWith(u'%');
    if (percent)
        number = number.chopped(1).trimmed();

    // A percentage in ten-thousandths is already a count of millionths.
    const auto scaled = fixedpoint::parseScaledDecimal(number, percent ? kPercentDecimals : kDecimals);
    if (scaled)
        return Rate(*scaled);

    const QStringView shown = text.trimmed();
    switch (scaled.error()) {
    case fixedpoint::DecimalError::Empty:
        if (!percent)
            return fail(ErrorKind::Invalid, tr("The rate is empty"));
        [[fallthrough]]; // a lone "%" is not a number
    case fixedpoint::DecimalError::Malformed:
        return fail(ErrorKind::Invalid,
                    tr("\"%1\" is not a rate; write a decimal such as 0.13 or a percentage such as 13%")
                        .arg(shown));
    case fixedpoint::DecimalError::TooManyDecimals:
        return fail(ErrorKind::Invalid,
                    percent ? tr("\"%1\" has too many decimals: a percentage allows at most %2")
                                  .arg(shown, QString::number(kPercentDecimals))
                            : tr("\"%1\" has too many decimals: a rate allows at most %2")
                                  .arg(shown, QString::number(kDecimals)));
    case fixedpoint::DecimalError::TooLarge:
        return fail(ErrorKind::Invalid, tr("The rate \"%1\" is too large").arg(shown));
    }
    Q_UNREACHABLE();
    return fail(ErrorKind::Invalid, {});
}

QString Rate::toString() const
{
    return fixedpoint::formatScaledDecimal(m_millionths, kDecimals, fixedpoint::TrailingZeros::Trim);
}

QString Rate::toPercentString() const
{
    // millionths / 10 000 is the percentage with four decimals: the same
    // digits as millionths, only the decimal point moves.
    QString text = fixedpoint::formatScaledDecimal(m_millionths, kPercentDecimals, fixedpoint::TrailingZeros::Trim);
    text += u'%';
    return text;
}

} // namespace qianyue
