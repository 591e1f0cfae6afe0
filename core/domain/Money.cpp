#include "core/domain/Money.h"

#include "core/domain/FixedPoint.h"

namespace qianyue {

namespace {

using fixedpoint::Int128;

} // namespace

Money::Money(qint64 minor, QString currency)
    : m_minor(minor)
    , m_currency(std::move(currency))
{
}

Money Money::zero(const QString &currency)
{
    return Money(0, currency);
}

int Money::minorDigits(const QString &currency)
{
    // ISO 4217 exponents that differ from 2, for the currencies a Chinese
    // sales office meets; every other code uses cents.
    static const QString noMinorUnit[] = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                          QStringLiteral("CLP"), QStringLiteral("ISK")};
    static const QString thousandths[] = {QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                          QStringLiteral("JOD"), QStringLiteral("TND")};
    for (const QString &code : noMinorUnit) {
        if (currency == code)
            return 0;
    }
    for (const QString &code : thousandths) {
        if (currency == code)
            return 3;
    }
    return 2;
}

bool Money::isValidCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

Result<void> Money::validateCurrency(const QString &code)
{
    if (isValidCurrency(code))
        return {};
    return fail(ErrorKind::Invalid,
                tr("\"%1\" is not a currency code; expected three capital letters such as CNY").arg(code));
}

Result<Money> Money::parse(QStringView text, const QString &currency)
{
    if (auto valid = validateCurrency(currency); !valid)
        return std::unexpected(valid.error());
    const int digits = minorDigits(currency);
    const auto minor = fixedpoint::parseScaledDecimal(text, digits);
    if (minor)
        return Money(*minor, currency);

    const QStringView shown = text.trimmed();
    switch (minor.error()) {
    case fixedpoint::DecimalError::Empty:
        return fail(ErrorKind::Invalid, tr("The amount is empty"));
    case fixedpoint::DecimalError::Malformed:
        return fail(ErrorKind::Invalid,
                    tr("\"%1\" is not an amount; write digits with an optional minus sign, "
                       "\",\" between thousands and \".\" before the decimals")
                        .arg(shown));
    case fixedpoint::DecimalError::TooManyDecimals:
        if (digits == 0)
            return fail(ErrorKind::Invalid,
                        tr("\"%1\" has decimals, but %2 amounts allow none").arg(shown, currency));
        return fail(ErrorKind::Invalid, tr("\"%1\" has too many decimals: %2 amounts allow at most %3")
                                            .arg(shown, currency, QString::number(digits)));
    case fixedpoint::DecimalError::TooLarge:
        return fail(ErrorKind::Invalid, tr("The amount \"%1\" is too large").arg(shown));
    }
    Q_UNREACHABLE();
    return fail(ErrorKind::Invalid, {});
}

QString Money::toDecimalString() const
{
    return fixedpoint::formatScaledDecimal(m_minor, minorDigits(m_currency), fixedpoint::TrailingZeros::Keep);
}

Error Money::tooLargeError()
{
    return Error{ErrorKind::Invalid, tr("The amount is too large"), {}};
}

Result<void> Money::checkSameCurrency(const Money &other) const
{
    if (m_currency == other.m_currency)
        return {};
    // A default-constructed Money has no code; name that rather than print a blank.
    const auto shown = [](const QString &code) { return code.isEmpty() ? tr("no currency") : code; };
    return fail(ErrorKind::Invalid, tr("Cannot combine amounts in %1 and %2; convert them to one currency first")
                                        .arg(shown(m_currency), shown(other.m_currency)));
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return std::unexpected(same.error());
    const auto sum = fixedpoint::checkedAdd(m_minor, other.m_minor);
    if (!sum)
        return std::unexpected(tooLargeError());
    return Money(*sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return std::unexpected(same.error());
    const auto difference = fixedpoint::checkedSubtract(m_minor, other.m_minor);
    if (!difference)
        return std::unexpected(tooLargeError());
    return Money(*difference, m_currency);
}

Result<Money> Money::negated() const
{
    const auto opposite = fixedpoint::checkedNegate(m_minor);
    if (!opposite)
        return std::unexpected(tooLargeError());
    return Money(*opposite, m_currency);
}

Result<Money> Money::times(const Quantity &quantity) const
{
    // Two 64-bit factors always fit in 128 bits.
    const auto minor =
        fixedpoint::roundHalfAwayFromZero(Int128(m_minor) * quantity.thousandths(), Quantity::kScale);
    if (!minor)
        return std::unexpected(tooLargeError());
    return Money(*minor, m_currency);
}

Result<Money> Money::times(const Rate &rate) const
{
    const auto minor = fixedpoint::roundHalfAwayFromZero(Int128(m_minor) * rate.millionths(), Rate::kScale);
    if (!minor)
        return std::unexpected(tooLargeError());
    return Money(*minor, m_currency);
}

Result<Money> Money::convertedTo(const QString &baseCurrency, const Rate &exchangeRate) const
{
    if (auto valid = validateCurrency(m_currency); !valid)
        return std::unexpected(valid.error());
    if (auto valid = validateCurrency(baseCurrency); !valid)
        return std::unexpected(valid.error());
    if (exchangeRate.millionths() <= 0)
        return fail(ErrorKind::Invalid,
                    tr("The exchange rate %1 is not positive").arg(exchangeRate.toString()));

    // minor × rate × 10^baseDigits / (10^6 × 10^sourceDigits), with the
    // powers of ten cancelled so that only one of them remains.
    const int digitShift = minorDigits(baseCurrency) - minorDigits(m_currency);
    const Int128 product = Int128(m_minor) * exchangeRate.millionths();
    Int128 numerator = product;
    Int128 denominator = Rate::kScale;
    if (digitShift >= 0) {
        const auto scaled = fixedpoint::checkedMultiplyWide(product, fixedpoint::powerOfTen(digitShift));
        if (!scaled)
            return std::unexpected(tooLargeError());
        numerator = *scaled;
    } else {
        denominator *= fixedpoint::powerOfTen(-digitShift);
    }
    const auto minor = fixedpoint::roundHalfAwayFromZero(numerator, denominator);
    if (!minor)
        return std::unexpected(tooLargeError());
    return Money(*minor, baseCurrency);
}

Result<std::strong_ordering> Money::compare(const Money &other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return std::unexpected(same.error());
    return m_minor <=> other.m_minor;
}

} // namespace qianyue
