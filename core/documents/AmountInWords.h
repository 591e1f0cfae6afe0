#pragma once

#include <QString>
#include <QtGlobal>

namespace qianyue {

/// Writes money amounts in words for printed quotes and contracts.
///
/// Amounts arrive as signed 64-bit counts of minor units (分, cents), the way
/// Money stores them; rounding to the minor unit has happened before. The
/// output language is fixed by the function, not by the UI: Chinese uppercase
/// stays Chinese and cheque-style English stays English in every locale, so
/// none of this text goes through tr().
class AmountInWords
{
public:
    /// 人民币大写 by the PBOC rules for bills, without the 人民币 label the
    /// document prints in front: 100000.00 → 壹拾万元整, 1004.05 → 壹仟零肆元零伍分.
    ///
    /// Conventions where the rules leave a choice (see
    /// ../shared/testdata/rmb_uppercase_NOTES.md):
    /// - 拾 always carries its digit: 壹拾元整, 壹拾万元整;
    /// - an amount ending at 元 takes 整 (零元整 for zero); after 角 or 分 nothing follows;
    /// - below one yuan no 零元 is written: 0.10 → 壹角, 0.01 → 壹分;
    /// - a 0 in the 角 place before a non-zero 分 gives 零 (壹拾元零壹分);
    /// - a 0 in the 元 place before a non-zero 角 gives 零 (壹仟陆佰捌拾元零叁角贰分),
    ///   the first of the forms PBOC allows;
    /// - zeros only at the tail of a 万 or 亿 group give no 零 (壹拾万柒仟元),
    ///   zeros inside a group or a whole zero group give one 零 (壹拾亿零壹佰万零贰拾壹);
    /// - 万亿 for 10^12, and 亿亿 from 10^16 yuan up to the int64 limit;
    /// - negative amounts start with 负.
    static QString chineseUppercase(qint64 minorUnits);

    /// Cheque-style English: "US Dollars One Thousand Four and 05/100".
    ///
    /// The currency name comes first (the code itself when unknown), then the
    /// whole units in words, then the minor units as a fraction. Whole amounts
    /// keep "and 00/100" so nothing can be added after the words. Currencies
    /// without minor units (JPY) take minorUnits as whole units and have no
    /// fraction. Compound numbers are hyphenated (Twenty-One) and no "and"
    /// appears inside the words, so the only "and" introduces the fraction.
    /// Negative amounts start with "Minus".
    static QString englishWords(qint64 minorUnits, const QString &currencyCode);

    /// Chinese uppercase for CNY, cheque-style English for every other currency.
    static QString inWords(qint64 minorUnits, const QString &currencyCode);
};

} // namespace qianyue
