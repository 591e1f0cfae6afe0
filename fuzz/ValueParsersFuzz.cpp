// libFuzzer target: the parsers of amounts, quantities, rates, percentages,
// dates, date-times and durations, on arbitrary text. Besides not crashing,
// an amount that parses must stay the same after formatting and parsing again.
#include "core/domain/FixedPoint.h"
#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"
#include "core/io/ICalendar.h"
#include "core/io/ImportValues.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace qianyue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QLocale chinese(QLocale::Chinese, QLocale::China);
    static const QTimeZone shanghai("Asia/Shanghai");

    if (auto money = Money::parse(text, QStringLiteral("CNY"))) {
        auto again = Money::parse(money->toDecimalString(), QStringLiteral("CNY"));
        if (!again || again->minor() != money->minor())
            std::abort(); // an amount must survive formatting and parsing
    }
    (void)Quantity::parse(text);
    (void)Rate::parse(text);
    for (int decimals : {0, 2, 3, 6})
        (void)fixedpoint::parseScaledDecimal(text, decimals);
    (void)ImportValues::date(text);
    (void)ImportValues::date(text, chinese);
    (void)ImportValues::dateTime(text, shanghai);
    (void)ImportValues::money(text, QStringLiteral("CNY"));
    (void)ImportValues::percent(text, true);
    (void)ImportValues::percent(text, false);
    (void)ImportValues::boolean(text);
    (void)ICalendarReader::parseDateTime(text);
    (void)ICalendarReader::parseDuration(text);
    return 0;
}
