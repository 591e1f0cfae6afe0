#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace qianyue {

/// A ratio with six decimals: discounts, tax rates, probabilities, commission
/// rates and exchange rates. Stored as millionths so that 13 % is exactly
/// 0.130000 and an exchange rate such as 7.123456 survives a round trip.
class Rate
{
    Q_DECLARE_TR_FUNCTIONS(Rate)

public:
    /// Decimal places a rate keeps.
    static constexpr int kDecimals = 6;
    /// Millionths in one.
    static constexpr qint64 kScale = 1'000'000;

    /// Zero.
    constexpr Rate() = default;

    /// The rate `millionths` / 1 000 000.
    static constexpr Rate fromMillionths(qint64 millionths) { return Rate(millionths); }
    /// `percent` per cent (13 gives 0.13); `percent` must stay within ±9.2e14 (larger values are clamped).
    static Rate fromPercent(qint64 percent);
    /// The rate 1 (100 %), the neutral exchange rate.
    static constexpr Rate one() { return Rate(kScale); }
    /// Reads "0.13", "7.123456", "13%" or "12.5 %"; more than six decimals (four for a percentage) are refused.
    static Result<Rate> parse(QStringView text);

    /// The rate as a count of millionths.
    constexpr qint64 millionths() const { return m_millionths; }
    /// Whether the rate is exactly zero.
    constexpr bool isZero() const { return m_millionths == 0; }
    /// Whether the rate is below zero.
    constexpr bool isNegative() const { return m_millionths < 0; }

    /// Plain decimal text without trailing zeros ("0.13", "1", "7.123456").
    QString toString() const;
    /// Percentage text without trailing zeros ("13%", "12.5%").
    QString toPercentString() const;

    /// Rates compare by value.
    constexpr auto operator<=>(const Rate &) const = default;

private:
    constexpr explicit Rate(qint64 millionths)
        : m_millionths(millionths)
    {
    }

    qint64 m_millionths = 0;
};

} // namespace qianyue
