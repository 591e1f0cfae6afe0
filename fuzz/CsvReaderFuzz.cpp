// libFuzzer target: the CSV reader on arbitrary bytes (any encoding it may
// detect, any delimiter, quotes and line breaks in any order).
#include "core/io/CsvReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qianyue::CsvTable table = qianyue::CsvReader::readBytes(bytes, QStringLiteral("fuzz.csv"));
    // Every record the reader returns must be readable to its end.
    qsizetype cells = 0;
    for (const auto &record : table.records)
        cells += record.fields.size();
    (void)cells;
    return 0;
}
