// libFuzzer target: the iCalendar reader (VEVENT, VTODO, VALARM, time zones,
// durations, folding) on arbitrary bytes.
#include "core/io/ICalendar.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QTimeZone shanghai("Asia/Shanghai");
    const auto parsed = qianyue::ICalendarReader::read(bytes, QStringLiteral("fuzz.ics"), shanghai);
    (void)parsed;
    return 0;
}
