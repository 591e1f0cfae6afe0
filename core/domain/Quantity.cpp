#include "core/domain/Quantity.h"

#include "core/domain/FixedPoint.h"

#include <limits>

namespace qianyue {

Quantity Quantity::fromInt(qint64 units)
{
    const auto thousandths = fixedpoint::checkedMultiply(units, kScale);
    Q_ASSERT_X(thousandths, "Quantity::fromInt", "quantity out of range");
    if (!thousandths) {
        // Clamping keeps release builds free of undefined behaviour; no
        // realistic count of goods comes near this.
        return Quantity(units < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max());
    }
    return Quantity(*thousandths);
}

Result<Quantity> Quantity::parse(QStringView text)
{
    const auto thousandths = fixedpoint::parseScaledDecimal(text, kDecimals);
    if (thousandths)
        return Quantity(*thousandths);
    const QStringView shown = text.trimmed();
    switch (thousandths.error()) {
    case fixedpoint::DecimalError::Empty:
        return fail(ErrorKind::Invalid, tr("The quantity is empty"));
    case fixedpoint::DecimalError::Malformed:
        return fail(ErrorKind::Invalid,
                    tr("\"%1\" is not a quantity; write digits with an optional minus sign "
                       "and \".\" before the decimals")
                        .arg(shown));
    case fixedpoint::DecimalError::TooManyDecimals:
        return fail(ErrorKind::Invalid,
                    tr("\"%1\" has too many decimals: a quantity allows at most %2")
                        .arg(shown, QString::number(kDecimals)));
    case fixedpoint::DecimalError::TooLarge:
        return fail(ErrorKind::Invalid, tr("The quantity \"%1\" is too large").arg(shown));
    }
    Q_UNREACHABLE();
    return fail(ErrorKind::Invalid, {});
}

QString Quantity::toString() const
{
    return fixedpoint::formatScaledDecimal(m_thousandths, kDecimals, fixedpoint::TrailingZeros::Trim);
}

Error Quantity::tooLargeError()
{
    return Error{ErrorKind::Invalid, tr("The quantity is too large"), {}};
}

Result<Quantity> Quantity::plus(const Quantity &other) const
{
    const auto sum = fixedpoint::checkedAdd(m_thousandths, other.m_thousandths);
    if (!sum)
        return std::unexpected(tooLargeError());
    return Quantity(*sum);
}

Result<Quantity> Quantity::minus(const Quantity &other) const
{
    const auto difference = fixedpoint::checkedSubtract(m_thousandths, other.m_thousandths);
    if (!difference)
        return std::unexpected(tooLargeError());
    return Quantity(*difference);
}

} // namespace qianyue
