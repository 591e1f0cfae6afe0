#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace qianyue {

/// A quantity on a document line, fixed point with three decimals (1.5 kg,
/// 0.125 t), stored as a count of thousandths so that it never drifts.
class Quantity
{
    Q_DECLARE_TR_FUNCTIONS(Quantity)

public:
    /// Decimal places a quantity keeps.
    static constexpr int kDecimals = 3;
    /// Thousandths in one unit.
    static constexpr qint64 kScale = 1'000;

    /// Zero.
    constexpr Quantity() = default;

    /// The quantity of `thousandths` / 1000 units.
    static constexpr Quantity fromThousandths(qint64 thousandths) { return Quantity(thousandths); }
    /// A whole number of units; `units` must stay within ±9.2e15 (larger values are clamped).
    static Quantity fromInt(qint64 units);
    /// Reads "12", "1.5", "0.125", "-2", "1,000"; more than three non-zero decimals are refused.
    static Result<Quantity> parse(QStringView text);

    /// The quantity as a count of thousandths.
    constexpr qint64 thousandths() const { return m_thousandths; }
    /// Whether the quantity is exactly zero.
    constexpr bool isZero() const { return m_thousandths == 0; }
    /// Whether the quantity is below zero (returns, credit lines).
    constexpr bool isNegative() const { return m_thousandths < 0; }

    /// Plain text without trailing zeros ("1.5", "12", "-0.125") for files and editors.
    QString toString() const;

    /// The sum, or an error when it leaves the representable range.
    Result<Quantity> plus(const Quantity &other) const;
    /// The difference, or an error when it leaves the representable range.
    Result<Quantity> minus(const Quantity &other) const;

    /// Quantities compare by value.
    constexpr auto operator<=>(const Quantity &) const = default;

private:
    constexpr explicit Quantity(qint64 thousandths)
        : m_thousandths(thousandths)
    {
    }

    static Error tooLargeError();

    qint64 m_thousandths = 0;
};

} // namespace qianyue
