// libFuzzer target: the vCard reader (2.1 to 4.0, folding, quoted-printable,
// base64 photos, charsets) on arbitrary bytes, and writing back what it read.
#include "core/io/VCard.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = qianyue::VCardReader::read(bytes, QStringLiteral("fuzz.vcf"));
    // What was read must also be writable, in both versions Qianyue writes.
    (void)qianyue::VCardWriter::write(parsed.cards, QStringLiteral("4.0"));
    (void)qianyue::VCardWriter::write(parsed.cards, QStringLiteral("3.0"));
    return 0;
}
