#include "core/documents/AmountInWords.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>

using namespace qianyue;
using namespace Qt::Literals::StringLiterals;

namespace {

// Reads an amount in yuan as the shared table spells it ("010", "-0.1",
// "1.01e+3", "0.000500050005005") into 分, rounding half-up at the 分 as
// Money does. Empty when the text is not a number or does not fit a qint64.
std::optional<qint64> parseYuan(QStringView text)
{
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == u'-' || text[pos] == u'+')) {
        negative = text[pos] == u'-';
        ++pos;
    }
    QString digits;
    qsizetype integerDigits = 0;
    bool seenPoint = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c >= u'0' && c <= u'9') {
            digits += c;
            if (!seenPoint)
                ++integerDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;
    int exponent = 0;
    if (pos < text.size()) {
        if (text[pos] != u'e' && text[pos] != u'E')
            return std::nullopt;
        bool ok = false;
        exponent = text.mid(pos + 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }

    // Index in `digits` of the first digit below one 分.
    const qsizetype cut = integerDigits + exponent + 2;
    constexpr quint64 limit = std::numeric_limits<qint64>::max();
    quint64 magnitude = 0;
    for (qsizetype i = 0; i < cut; ++i) {
        const unsigned digit = i < digits.size() ? digits[i].unicode() - u'0' : 0;
        if (magnitude > (limit - digit) / 10)
            return std::nullopt;
        magnitude = magnitude * 10 + digit;
    }
    if (cut >= 0 && cut < digits.size() && digits[cut] >= u'5') {
        if (magnitude == limit)
            return std::nullopt;
        ++magnitude;
    }
    const auto value = static_cast<qint64>(magnitude);
    return negative ? -value : value;
}

// A row of rmb_uppercase.tsv whose source deliberately writes another form
// than ours. Keyed by the verbatim amount and expected text, because the
// table lists several forms for some amounts. Rule numbers refer to
// ../shared/testdata/rmb_uppercase_NOTES.md.
struct Deviation {
    QStringView amount;
    QStringView expected;
    QStringView reason;
};

constexpr std::array<Deviation, 22> kDeviations = {{
    // nzh, default mode
    {u"10000000000000000", u"人民币壹万万亿元整",
     u"rule 8: nzh's money mode writes 10^16 as 万万亿; we continue the 亿 blocks that cn2an and hutool use "
     u"for 万亿 and write 壹亿亿元整"},
    {u"100000001100000000", u"人民币壹拾万万零壹拾壹亿元整",
     u"rule 8: 10^17 yuan is 10^19 分 and does not fit the int64 minor units Money holds "
     u"(the largest amount is 92233720368547758.07 yuan)"},
    {u"0.0", u"人民币零元",
     u"rule 2: nzh drops 整 when decimals are given; PBOC says an amount ending at 元 takes 整 (零元整)"},
    {u"0.001", u"人民币零元",
     u"rules 2 and 7: below half a 分 the amount is zero, and PBOC wants 零元整 where nzh writes 零元"},
    {u"1.0", u"人民币壹元", u"rule 2: nzh drops 整 when decimals are given; PBOC says 壹元整"},
    {u"1.00", u"人民币壹元", u"rule 2: nzh drops 整 when decimals are given; PBOC says 壹元整"},
    // nzh, complete=true: every place spelled out
    {u"10", u"人民币壹拾元零角零分",
     u"rule 4: nzh's complete mode writes every place; we write 整 after 元 like its default mode"},
    {u"0", u"人民币零元零角零分",
     u"rule 4: nzh's complete mode writes every place; zero is 零元整 like its default mode and cn2an"},
    {u"0.1", u"人民币零元壹角零分",
     u"rule 4: nzh's complete mode writes 零元 and 零分; we write 壹角 like its default mode and cn2an"},
    {u"0.01", u"人民币零元零角壹分",
     u"rule 4: nzh's complete mode writes 零元零角; we write 壹分 like cn2an"},
    // nzh, custom language: ¥ symbol, 正 and a 厘 unit
    {u"1", u"¥壹元正",
     u"rules 9 and 10: a custom language with ¥ and 正; we write 整 and the document prints the 人民币 label"},
    {u"1.234", u"¥壹元贰角叁分肆厘",
     u"rules 7 and 10: a custom 厘 unit past 分; Money holds whole 分 and nothing follows 分"},
    {u"10", u"¥壹拾元零角零分零厘",
     u"rules 4 and 10: custom language with ¥ and 厘 in complete mode"},
    {u"0", u"¥零元零角零分零厘", u"rules 4 and 10: custom language with ¥ and 厘 in complete mode"},
    {u"0.1", u"¥零元壹角零分零厘", u"rules 4 and 10: custom language with ¥ and 厘 in complete mode"},
    {u"0.011", u"¥零元零角壹分壹厘",
     u"rules 4 7 and 10: custom language with ¥ and 厘 in complete mode"},
    // cn2an leaves out the 壹 before a leading 拾
    {u"11", u"拾壹元整", u"rule 1: PBOC and nzh/hutool write 壹拾壹元整"},
    {u"10000000000000", u"拾万亿元整", u"rule 1: PBOC and nzh/hutool write 壹拾万亿元整"},
    {u"-11", u"负拾壹元整", u"rule 1: PBOC and nzh/hutool write 负壹拾壹元整"},
    {u"12.0", u"拾贰元整", u"rule 1: PBOC and nzh/hutool write 壹拾贰元整"},
    // PBOC's second allowed forms: we fix the first one for each example
    {u"1680.32", u"人民币壹仟陆佰捌拾元叁角贰分",
     u"rule 5: PBOC allows both; we write the first form 壹仟陆佰捌拾元零叁角贰分"},
    {u"107000.53", u"人民币壹拾万零柒仟元伍角叁分",
     u"rule 5: PBOC allows both; we write the first form 壹拾万柒仟元零伍角叁分"},
}};

const Deviation *findDeviation(QStringView amount, QStringView expected)
{
    for (const Deviation &deviation : kDeviations) {
        if (deviation.amount == amount && deviation.expected == expected)
            return &deviation;
    }
    return nullptr;
}

QString cny(qint64 minorUnits)
{
    return AmountInWords::chineseUppercase(minorUnits);
}

QString english(qint64 minorUnits, const char16_t *currencyCode)
{
    return AmountInWords::englishWords(minorUnits, QString::fromUtf16(currencyCode));
}

} // namespace

TEST_CASE("The table reader turns decimal text into 分 rounding half-up")
{
    CHECK(parseYuan(u"0") == 0);
    CHECK(parseYuan(u"010") == 1000);
    CHECK(parseYuan(u"-0.1") == -10);
    CHECK(parseYuan(u"1.01e+3") == 101000);
    CHECK(parseYuan(u"1.01E3") == 101000);
    CHECK(parseYuan(u"100e-3") == 10);
    CHECK(parseYuan(u"10.012") == 1001);
    CHECK(parseYuan(u"0.005") == 1);
    CHECK(parseYuan(u"0.0049") == 0);
    CHECK(parseYuan(u"1.995") == 200);
    CHECK(parseYuan(u"0.000500050005005") == 0);
    CHECK(parseYuan(u"92233720368547758.07") == std::numeric_limits<qint64>::max());
    CHECK_FALSE(parseYuan(u"92233720368547758.08"));
    CHECK_FALSE(parseYuan(u"100000001100000000"));
    CHECK_FALSE(parseYuan(u"abc"));
    CHECK_FALSE(parseYuan(u"1.2x"));
}

TEST_CASE("Every row of the shared RMB table matches unless it is a listed deviation")
{
    const QString path = test::sharedPath(QStringLiteral("testdata/rmb_uppercase.tsv"));
    if (path.isEmpty()) {
        WARN("../shared/testdata/rmb_uppercase.tsv is absent; skipped");
        return;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');

    // The 人民币 label that PBOC puts right before the words is printed by the
    // document, not returned by chineseUppercase (NOTES rule 9).
    const QString label = QStringLiteral("人民币");
    std::array<bool, kDeviations.size()> deviationSeen{};
    int checked = 0;
    int deviating = 0;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QString line = lines[index];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        INFO("rmb_uppercase.tsv line " << index + 1 << ": " << line);
        REQUIRE(columns.size() >= 3);
        const QString &amount = columns[0];
        const QString &expected = columns[1];
        const std::optional<qint64> minorUnits = parseYuan(amount);

        if (const Deviation *deviation = findDeviation(amount, expected)) {
            deviationSeen[static_cast<std::size_t>(deviation - kDeviations.data())] = true;
            ++deviating;
            INFO("listed deviation: " << deviation->reason.toString());
            // A deviation we no longer need must leave the list.
            if (minorUnits) {
                QString ours = cny(*minorUnits);
                CHECK(ours != expected);
                CHECK(label + ours != expected);
            }
            continue;
        }

        REQUIRE(minorUnits.has_value());
        const QString normalized = expected.startsWith(label) ? expected.mid(label.size()) : expected;
        CHECK(cny(*minorUnits) == normalized);
        ++checked;
    }

    // A listed deviation that no row uses any more is stale.
    for (std::size_t i = 0; i < kDeviations.size(); ++i) {
        INFO("deviation " << kDeviations[i].amount.toString() << " -> " << kDeviations[i].expected.toString());
        CHECK(deviationSeen[i]);
    }
    CHECK(checked > 0);
    CHECK(deviating == static_cast<int>(kDeviations.size()));
}

TEST_CASE("Chinese uppercase of the amounts printed on every document")
{
    CHECK(cny(0) == u"零元整"_s);
    CHECK(cny(1) == u"壹分"_s);
    CHECK(cny(5) == u"伍分"_s);
    CHECK(cny(10) == u"壹角"_s);
    CHECK(cny(50) == u"伍角"_s);
    CHECK(cny(55) == u"伍角伍分"_s);
    CHECK(cny(100) == u"壹元整"_s);
    CHECK(cny(110) == u"壹元壹角"_s);
    CHECK(cny(1000) == u"壹拾元整"_s);
    CHECK(cny(1001) == u"壹拾元零壹分"_s);
    CHECK(cny(1200) == u"壹拾贰元整"_s);
    CHECK(cny(10000000) == u"壹拾万元整"_s);
    CHECK(cny(100405) == u"壹仟零肆元零伍分"_s);
    CHECK(cny(100000000000) == u"壹拾亿元整"_s);
    CHECK(cny(1010101) == u"壹万零壹佰零壹元零壹分"_s);
}

TEST_CASE("Chinese uppercase places 零 by the PBOC rules")
{
    // A 0 in the 元 place before 角: PBOC's first form
    CHECK(cny(168032) == u"壹仟陆佰捌拾元零叁角贰分"_s);
    CHECK(cny(1050) == u"壹拾元零伍角"_s);
    // Zeros at the tail of the 万 group give no 零 before 仟
    CHECK(cny(10700053) == u"壹拾万柒仟元零伍角叁分"_s);
    CHECK(cny(10700000) == u"壹拾万柒仟元整"_s);
    // A run of zeros inside a number gives one 零
    CHECK(cny(600714) == u"陆仟零柒元壹角肆分"_s);
    CHECK(cny(10011111) == u"壹拾万零壹佰壹拾壹元壹角壹分"_s);
    CHECK(cny(100000100) == u"壹佰万零壹元整"_s);
    // Across the 亿 boundary (NOTES rule 6)
    CHECK(cny(10035008900) == u"壹亿零叁拾伍万零捌拾玖元整"_s);
    CHECK(cny(10000100000) == u"壹亿零壹仟元整"_s);
    CHECK(cny(11000000000) == u"壹亿壹仟万元整"_s);
    CHECK(cny(100100002100) == u"壹拾亿零壹佰万零贰拾壹元整"_s);
}

TEST_CASE("Chinese uppercase of very large amounts up to the int64 limit")
{
    CHECK(cny(200000000000000) == u"贰万亿元整"_s);
    CHECK(cny(1000000000000000) == u"壹拾万亿元整"_s);
    CHECK(cny(1000000000000000000) == u"壹亿亿元整"_s);
    CHECK(cny(1000000000000000100) == u"壹亿亿零壹元整"_s);
    CHECK(cny(std::numeric_limits<qint64>::max())
          == u"玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"_s);
    CHECK(cny(std::numeric_limits<qint64>::min())
          == u"负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分"_s);
}

TEST_CASE("Negative amounts in Chinese uppercase start with 负")
{
    CHECK(cny(-1) == u"负壹分"_s);
    CHECK(cny(-10) == u"负壹角"_s);
    CHECK(cny(-100) == u"负壹元整"_s);
    CHECK(cny(-1100) == u"负壹拾壹元整"_s);
    CHECK(cny(-100405) == u"负壹仟零肆元零伍分"_s);
}

TEST_CASE("English cheque words for small and whole amounts")
{
    CHECK(english(5, u"USD") == u"US Dollars Zero and 05/100"_s);
    CHECK(english(0, u"USD") == u"US Dollars Zero and 00/100"_s);
    CHECK(english(100405, u"USD") == u"US Dollars One Thousand Four and 05/100"_s);
    CHECK(english(100000000, u"EUR") == u"Euros One Million and 00/100"_s);
    CHECK(english(2150, u"GBP") == u"Pounds Sterling Twenty-One and 50/100"_s);
    CHECK(english(12345678, u"HKD")
          == u"Hong Kong Dollars One Hundred Twenty-Three Thousand Four Hundred Fifty-Six and 78/100"_s);
    CHECK(english(111900, u"CNY") == u"Chinese Yuan Renminbi One Thousand One Hundred Nineteen and 00/100"_s);
    CHECK(english(9000, u"USD") == u"US Dollars Ninety and 00/100"_s);
}

TEST_CASE("English words for Japanese Yen have no fraction")
{
    CHECK(english(0, u"JPY") == u"Japanese Yen Zero"_s);
    CHECK(english(1004, u"JPY") == u"Japanese Yen One Thousand Four"_s);
    CHECK(english(1500000, u"JPY") == u"Japanese Yen One Million Five Hundred Thousand"_s);
}

TEST_CASE("English words for other and unknown currency codes")
{
    CHECK(english(700, u"XYZ") == u"XYZ Seven and 00/100"_s);
    CHECK(english(700, u"usd") == u"US Dollars Seven and 00/100"_s);
    CHECK(english(1500, u"KWD") == u"Kuwaiti Dinars One and 500/1000"_s);
    CHECK(english(1500, u"ISK") == u"Icelandic Kronur One Thousand Five Hundred"_s);
    CHECK(english(700, u"") == u"Seven and 00/100"_s);
}

TEST_CASE("English words for negative and very large amounts")
{
    CHECK(english(-250, u"USD") == u"Minus US Dollars Two and 50/100"_s);
    CHECK(english(100000000000000, u"USD") == u"US Dollars One Trillion and 00/100"_s);
    CHECK(english(100000000000000000, u"USD") == u"US Dollars One Quadrillion and 00/100"_s);
    CHECK(english(std::numeric_limits<qint64>::max(), u"USD")
          == u"US Dollars Ninety-Two Quadrillion Two Hundred Thirty-Three Trillion Seven Hundred Twenty Billion "
             u"Three Hundred Sixty-Eight Million Five Hundred Forty-Seven Thousand Seven Hundred Fifty-Eight "
             u"and 07/100"_s);
    CHECK(english(std::numeric_limits<qint64>::min(), u"USD")
          == u"Minus US Dollars Ninety-Two Quadrillion Two Hundred Thirty-Three Trillion Seven Hundred Twenty "
             u"Billion Three Hundred Sixty-Eight Million Five Hundred Forty-Seven Thousand Seven Hundred "
             u"Fifty-Eight and 08/100"_s);
    CHECK(english(std::numeric_limits<qint64>::max(), u"JPY")
          == u"Japanese Yen Nine Quintillion Two Hundred Twenty-Three Quadrillion Three Hundred Seventy-Two "
             u"Trillion Thirty-Six Billion Eight Hundred Fifty-Four Million Seven Hundred Seventy-Five "
             u"Thousand Eight Hundred Seven"_s);
}

TEST_CASE("inWords picks Chinese uppercase for CNY and English for the rest")
{
    CHECK(AmountInWords::inWords(100405, QStringLiteral("CNY")) == u"壹仟零肆元零伍分"_s);
    CHECK(AmountInWords::inWords(100405, QStringLiteral("cny")) == u"壹仟零肆元零伍分"_s);
    CHECK(AmountInWords::inWords(100405, QStringLiteral("USD")) == u"US Dollars One Thousand Four and 05/100"_s);
    CHECK(AmountInWords::inWords(1004, QStringLiteral("JPY")) == u"Japanese Yen One Thousand Four"_s);
}
