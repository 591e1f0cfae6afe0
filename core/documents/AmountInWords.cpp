#include "core/documents/AmountInWords.h"

#include <QStringView>

#include <array>

namespace qianyue {

namespace {

// ---- Chinese uppercase -----------------------------------------------------

constexpr std::array<char16_t, 10> kChineseDigits = {
    u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};
// Index = place inside a four-digit group; the ones place has no unit.
constexpr std::array<char16_t, 4> kChinesePlaces = {u'\0', u'拾', u'佰', u'仟'};
constexpr std::array<unsigned, 4> kGroupPowers = {1, 10, 100, 1000};

constexpr quint64 kWan = 10'000;
constexpr quint64 kYi = 100'000'000;

// Writes 1..9999. Zeros between two digits collapse into one 零; leading and
// trailing zeros are the caller's business, because whether they need a 零
// depends on the group before.
void appendChineseGroup(QString &out, unsigned group)
{
    bool started = false;
    bool zeroPending = false;
    for (int place = 3; place >= 0; --place) {
        const unsigned digit = group / kGroupPowers[place] % 10;
        if (digit == 0) {
            zeroPending = started;
            continue;
        }
        if (zeroPending)
            out += kChineseDigits[0];
        out += kChineseDigits[digit];
        if (place > 0)
            out += kChinesePlaces[place];
        started = true;
        zeroPending = false;
    }
}

// Writes 1..99999999 as [group 万] group. The lower group gets a 零 only when
// its own 仟 place is 0; zeros at the tail of the 万 group need none
// (壹拾万柒仟, PBOC's first form for 107000.53).
void appendChineseBelowYi(QString &out, quint64 value)
{
    const auto upper = static_cast<unsigned>(value / kWan);
    const auto lower = static_cast<unsigned>(value % kWan);
    if (upper > 0) {
        appendChineseGroup(out, upper);
        out += u'万';
        if (lower == 0)
            return;
        if (lower < 1000)
            out += kChineseDigits[0];
    }
    appendChineseGroup(out, lower);
}

// Writes any value >= 1: eight-digit blocks joined by 亿, so 10^12 reads 万亿
// and 10^16 reads 亿亿, the same rule as between 万 groups.
void appendChineseInteger(QString &out, quint64 value)
{
    if (value < kYi) {
        appendChineseBelowYi(out, value);
        return;
    }
    appendChineseInteger(out, value / kYi);
    out += u'亿';
    const quint64 lower = value % kYi;
    if (lower == 0)
        return;
    if (lower < kYi / 10)
        out += kChineseDigits[0];
    appendChineseBelowYi(out, lower);
}

// ---- English ---------------------------------------------------------------

constexpr std::array<QStringView, 20> kEnglishOnes = {
    u"Zero", u"One", u"Two", u"Three", u"Four", u"Five", u"Six", u"Seven", u"Eight", u"Nine",
    u"Ten", u"Eleven", u"Twelve", u"Thirteen", u"Fourteen", u"Fifteen", u"Sixteen",
    u"Seventeen", u"Eighteen", u"Nineteen"};
constexpr std::array<QStringView, 10> kEnglishTens = {
    u"", u"", u"Twenty", u"Thirty", u"Forty", u"Fifty", u"Sixty", u"Seventy", u"Eighty", u"Ninety"};
// One scale per group of three digits; seven groups cover the whole of quint64.
constexpr std::array<QStringView, 7> kEnglishScales = {
    u"", u"Thousand", u"Million", u"Billion", u"Trillion", u"Quadrillion", u"Quintillion"};

void appendWord(QString &out, QStringView word)
{
    if (!out.isEmpty())
        out += u' ';
    out += word;
}

// Writes 1..999 without "and": on a cheque the only "and" introduces the cents.
void appendEnglishBelowThousand(QString &out, unsigned value)
{
    if (value >= 100) {
        appendWord(out, kEnglishOnes[value / 100]);
        appendWord(out, u"Hundred");
        value %= 100;
    }
    if (value == 0)
        return;
    if (value < 20) {
        appendWord(out, kEnglishOnes[value]);
    } else {
        appendWord(out, kEnglishTens[value / 10]);
        if (value % 10 != 0) {
            out += u'-';
            out += kEnglishOnes[value % 10];
        }
    }
}

QString englishNumber(quint64 value)
{
    if (value == 0)
        return kEnglishOnes[0].toString();
    std::array<unsigned, kEnglishScales.size()> groups{};
    std::size_t count = 0;
    while (value > 0) {
        groups[count++] = static_cast<unsigned>(value % 1000);
        value /= 1000;
    }
    QString out;
    for (std::size_t i = count; i-- > 0;) {
        if (groups[i] == 0)
            continue;
        appendEnglishBelowThousand(out, groups[i]);
        if (i > 0)
            appendWord(out, kEnglishScales[i]);
    }
    return out;
}

struct Currency {
    QStringView code;
    QStringView name;
    int minorDigits; // ISO 4217 exponent
};

// Names as they are written on cheques and invoices, with the ISO 4217
// exponent; the exponents that are not 2 match Money::minorDigits.
constexpr std::array<Currency, 22> kCurrencies = {{
    {u"USD", u"US Dollars", 2},
    {u"EUR", u"Euros", 2},
    {u"GBP", u"Pounds Sterling", 2},
    {u"HKD", u"Hong Kong Dollars", 2},
    {u"JPY", u"Japanese Yen", 0},
    {u"CNY", u"Chinese Yuan Renminbi", 2},
    {u"AUD", u"Australian Dollars", 2},
    {u"CAD", u"Canadian Dollars", 2},
    {u"CHF", u"Swiss Francs", 2},
    {u"NZD", u"New Zealand Dollars", 2},
    {u"SGD", u"Singapore Dollars", 2},
    {u"MOP", u"Macanese Patacas", 2},
    {u"TWD", u"New Taiwan Dollars", 2},
    {u"KRW", u"South Korean Won", 0},
    {u"VND", u"Vietnamese Dong", 0},
    {u"CLP", u"Chilean Pesos", 0},
    {u"ISK", u"Icelandic Kronur", 0},
    {u"KWD", u"Kuwaiti Dinars", 3},
    {u"BHD", u"Bahraini Dinars", 3},
    {u"OMR", u"Omani Rials", 3},
    {u"JOD", u"Jordanian Dinars", 3},
    {u"TND", u"Tunisian Dinars", 3},
}};

quint64 magnitudeOf(qint64 value)
{
    // Unsigned negation keeps the int64 minimum representable.
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

} // namespace

QString AmountInWords::chineseUppercase(qint64 minorUnits)
{
    const quint64 magnitude = magnitudeOf(minorUnits);
    const quint64 yuan = magnitude / 100;
    const auto jiao = static_cast<unsigned>(magnitude / 10 % 10);
    const auto fen = static_cast<unsigned>(magnitude % 10);

    if (magnitude == 0)
        return QStringLiteral("零元整");

    QString out;
    if (minorUnits < 0)
        out += u'负';
    if (yuan > 0) {
        appendChineseInteger(out, yuan);
        out += u'元';
    }
    if (jiao == 0 && fen == 0) {
        out += u'整';
        return out;
    }
    if (jiao > 0) {
        // PBOC lets 1680.32 read 元零叁角 or 元叁角; the 零 leaves no room to alter.
        if (yuan > 0 && yuan % 10 == 0)
            out += kChineseDigits[0];
        out += kChineseDigits[jiao];
        out += u'角';
    } else if (yuan > 0) {
        // A 0 in the 角 place before 分 always shows: 壹拾元零壹分.
        out += kChineseDigits[0];
    }
    if (fen > 0) {
        out += kChineseDigits[fen];
        out += u'分';
    }
    return out;
}

QString AmountInWords::englishWords(qint64 minorUnits, const QString &currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    QStringView name = code;
    int minorDigits = 2;
    for (const Currency &currency : kCurrencies) {
        if (currency.code == code) {
            name = currency.name;
            minorDigits = currency.minorDigits;
            break;
        }
    }

    quint64 divisor = 1;
    for (int i = 0; i < minorDigits; ++i)
        divisor *= 10;
    const quint64 magnitude = magnitudeOf(minorUnits);

    QString out;
    if (minorUnits < 0)
        appendWord(out, u"Minus");
    if (!name.isEmpty())
        appendWord(out, name);
    appendWord(out, englishNumber(magnitude / divisor));
    if (minorDigits > 0) {
        appendWord(out, u"and");
        appendWord(out, QString::number(magnitude % divisor).rightJustified(minorDigits, u'0'));
        out += u'/';
        out += QString::number(divisor);
    }
    return out;
}

QString AmountInWords::inWords(qint64 minorUnits, const QString &currencyCode)
{
    if (currencyCode.trimmed().compare(u"CNY", Qt::CaseInsensitive) == 0)
        return chineseUppercase(minorUnits);
    return englishWords(minorUnits, currencyCode);
}

} // namespace qianyue
