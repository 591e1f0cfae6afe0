#pragma once

#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"

#include <QString>

namespace qianyue {

/// Numbers as printed documents show them: digits grouped by thousands with
/// ',' and '.' as the decimal point in every document language, the way
/// Chinese and English business documents both write amounts.
class DocumentFormat
{
public:
    /// "1234567.89" → "1,234,567.89"; "-1000" → "-1,000". Anything after the
    /// first non-digit of the whole part is kept as it is.
    static QString grouped(const QString &plainNumber);
    /// The amount with all its minor digits, grouped (no currency code).
    static QString money(const Money &amount);
    /// The amount with its currency code in front: "CNY 1,234.50".
    static QString moneyWithCode(const Money &amount);
    /// The quantity without trailing zeros, grouped: "1,500", "2.5".
    static QString quantity(const Quantity &quantity);
    /// The rate as a percentage: "13%", "12.5%".
    static QString percent(const Rate &rate);
};

} // namespace qianyue
