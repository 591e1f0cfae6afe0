#pragma once

#include "core/domain/Error.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace qianyue {

/// An amount of money: a signed 64-bit count of minor units (分, cents) and an
/// ISO 4217 currency code. Never a double, so sums match to the cent; every
/// operation that could overflow or mix currencies returns an Error instead.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// Zero with no currency; combining it with a real amount is refused.
    Money() = default;
    /// `minor` minor units of `currency` (12345 CNY is 123.45 yuan).
    Money(qint64 minor, QString currency);
    /// Zero in `currency`, the start of a sum.
    static Money zero(const QString &currency);

    /// Decimal places of the currency's minor unit: 0 for JPY, 3 for BHD, 2 for most.
    static int minorDigits(const QString &currency);
    /// Whether `code` has the shape of an ISO 4217 code: three ASCII capital letters.
    static bool isValidCurrency(const QString &code);
    /// Succeeds for a valid currency code, otherwise explains what is wrong.
    static Result<void> validateCurrency(const QString &code);

    /// Reads "1234.56", "-12.5", "1,234,567.89" or " 42 " as an amount of
    /// `currency`; refuses more decimals than the currency has, anything
    /// that is not a plain number, and amounts beyond 64 bits.
    static Result<Money> parse(QStringView text, const QString &currency);

    /// The amount as a count of minor units.
    qint64 minor() const { return m_minor; }
    /// The ISO 4217 code, empty for a default-constructed Money.
    QString currency() const { return m_currency; }
    /// Whether the amount is exactly zero.
    bool isZero() const { return m_minor == 0; }
    /// Whether the amount is below zero (refunds, credit notes).
    bool isNegative() const { return m_minor < 0; }

    /// Plain text with all minor digits and '.' ("1234.56", "-0.05", "1000" for JPY),
    /// for CSV, JSON and editors; locale formatting belongs to the UI.
    QString toDecimalString() const;

    /// The sum; refused for different currencies or when it leaves 64 bits.
    Result<Money> plus(const Money &other) const;
    /// The difference; refused for different currencies or when it leaves 64 bits.
    Result<Money> minus(const Money &other) const;
    /// The opposite amount; refused only for the smallest 64-bit value.
    Result<Money> negated() const;
    /// The amount times a quantity, rounded half away from zero at the minor unit.
    Result<Money> times(const Quantity &quantity) const;
    /// The amount times a rate, rounded half away from zero at the minor unit.
    Result<Money> times(const Rate &rate) const;
    /// The amount in `baseCurrency` at `exchangeRate` (base units per unit of this
    /// currency), rounded half away from zero at the base currency's minor unit.
    Result<Money> convertedTo(const QString &baseCurrency, const Rate &exchangeRate) const;

    /// Orders two amounts of the same currency; refused for different currencies.
    Result<std::strong_ordering> compare(const Money &other) const;

    /// Equal when both the minor units and the currency are equal.
    bool operator==(const Money &other) const = default;

private:
    static Error tooLargeError();
    Result<void> checkSameCurrency(const Money &other) const;

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace qianyue
