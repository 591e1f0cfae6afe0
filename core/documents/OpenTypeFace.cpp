#include "core/documents/OpenTypeFace.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace qianyue {

namespace {

constexpr quint32 makeTag(char a, char b, char c, char d)
{
    return quint32(uchar(a)) << 24 | quint32(uchar(b)) << 16 | quint32(uchar(c)) << 8 | quint32(uchar(d));
}

constexpr quint32 kTtcTag = makeTag('t', 't', 'c', 'f');
constexpr quint32 kCmapTag = makeTag('c', 'm', 'a', 'p');
constexpr quint32 kNameTag = makeTag('n', 'a', 'm', 'e');
constexpr quint32 kHeadTag = makeTag('h', 'e', 'a', 'd');

// Tables that let a shaper swap glyphs behind the character map's back, or
// that describe vertical text, which documents never set.
constexpr quint32 kDroppedTables[] = {
    makeTag('G', 'S', 'U', 'B'), makeTag('G', 'P', 'O', 'S'), makeTag('G', 'D', 'E', 'F'), makeTag('B', 'A', 'S', 'E'),
    makeTag('J', 'S', 'T', 'F'), makeTag('M', 'A', 'T', 'H'), makeTag('V', 'O', 'R', 'G'), makeTag('v', 'h', 'e', 'a'),
    makeTag('v', 'm', 't', 'x'), makeTag('D', 'S', 'I', 'G'), makeTag('m', 'o', 'r', 'x'), makeTag('k', 'e', 'r', 'x'),
};

// Bounds-checked big-endian reads over a font file.
class Bytes
{
public:
    explicit Bytes(const QByteArray &data)
        : m_data(data)
    {
    }

    bool has(qint64 offset, qint64 length) const { return offset >= 0 && length >= 0 && offset + length <= m_data.size(); }
    quint16 u16(qint64 at) const { return quint16(byte(at) << 8 | byte(at + 1)); }
    quint32 u32(qint64 at) const { return quint32(u16(at)) << 16 | u16(at + 2); }
    const char *at(qint64 offset) const { return m_data.constData() + offset; }

private:
    quint32 byte(qint64 at) const { return uchar(m_data.at(at)); }

    const QByteArray &m_data;
};

struct Table {
    quint32 tag = 0;
    quint32 checksum = 0;
    quint32 offset = 0;
    quint32 length = 0;
};

struct Face {
    quint32 sfntVersion = 0;
    std::vector<Table> tables;

    const Table *find(quint32 tag) const
    {
        for (const Table &table : tables) {
            if (table.tag == tag)
                return &table;
        }
        return nullptr;
    }
};

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value >> 8 & 0xFF));
    out.append(char(value & 0xFF));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value >> 16);
    put16(out, value & 0xFFFF);
}

void set32(QByteArray &out, qint64 at, quint32 value)
{
    out[at] = char(value >> 24 & 0xFF);
    out[at + 1] = char(value >> 16 & 0xFF);
    out[at + 2] = char(value >> 8 & 0xFF);
    out[at + 3] = char(value & 0xFF);
}

// The OpenType table checksum: the sum of big-endian 32-bit words, the last one zero-padded.
quint32 checksum(const char *data, qint64 length)
{
    quint32 sum = 0;
    qint64 i = 0;
    for (; i + 4 <= length; i += 4)
        sum += quint32(uchar(data[i])) << 24 | quint32(uchar(data[i + 1])) << 16 | quint32(uchar(data[i + 2])) << 8
            | quint32(uchar(data[i + 3]));
    quint32 last = 0;
    for (int shift = 24; i < length; ++i, shift -= 8)
        last |= quint32(uchar(data[i])) << shift;
    return sum + last;
}

std::optional<std::vector<qint64>> faceOffsets(const Bytes &bytes)
{
    if (!bytes.has(0, 12))
        return std::nullopt;
    if (bytes.u32(0) != kTtcTag)
        return std::vector<qint64>{0};
    const quint32 count = bytes.u32(8);
    if (count == 0 || !bytes.has(12, qint64(count) * 4))
        return std::nullopt;
    std::vector<qint64> offsets;
    for (quint32 i = 0; i < count; ++i)
        offsets.push_back(bytes.u32(12 + qint64(i) * 4));
    return offsets;
}

std::optional<Face> readFace(const Bytes &bytes, qint64 offset)
{
    if (!bytes.has(offset, 12))
        return std::nullopt;
    Face face;
    face.sfntVersion = bytes.u32(offset);
    const quint16 count = bytes.u16(offset + 4);
    if (!bytes.has(offset + 12, qint64(count) * 16))
        return std::nullopt;
    for (quint16 i = 0; i < count; ++i) {
        const qint64 record = offset + 12 + qint64(i) * 16;
        Table table{bytes.u32(record), bytes.u32(record + 4), bytes.u32(record + 8), bytes.u32(record + 12)};
        if (!bytes.has(table.offset, table.length))
            return std::nullopt;
        face.tables.push_back(table);
    }
    return face;
}

struct NameRecord {
    quint16 platform = 0;
    quint16 encoding = 0;
    quint16 language = 0;
    quint16 nameId = 0;
    QByteArray value; ///< as stored: UTF-16BE for Windows records
};

std::vector<NameRecord> readNames(const Bytes &bytes, const Table &table)
{
    std::vector<NameRecord> records;
    if (table.length < 6)
        return records;
    const qint64 base = table.offset;
    const quint16 count = bytes.u16(base + 2);
    const qint64 strings = base + bytes.u16(base + 4);
    for (quint16 i = 0; i < count; ++i) {
        const qint64 at = base + 6 + qint64(i) * 12;
        if (at + 12 > base + table.length)
            break;
        NameRecord record{bytes.u16(at), bytes.u16(at + 2), bytes.u16(at + 4), bytes.u16(at + 6), {}};
        const qint64 start = strings + bytes.u16(at + 10);
        const qint64 length = bytes.u16(at + 8);
        if (!bytes.has(start, length))
            continue;
        record.value = QByteArray(bytes.at(start), length);
        records.push_back(record);
    }
    return records;
}

QString utf16be(const QByteArray &value)
{
    QString text;
    for (qsizetype i = 0; i + 1 < value.size(); i += 2)
        text.append(QChar(char16_t(uchar(value[i]) << 8 | uchar(value[i + 1]))));
    return text;
}

QByteArray toUtf16be(const QString &text)
{
    QByteArray value;
    for (const QChar c : text)
        put16(value, c.unicode());
    return value;
}

// The English Windows name with `nameId`, or empty.
QString windowsName(const std::vector<NameRecord> &records, quint16 nameId)
{
    for (const NameRecord &record : records) {
        if (record.platform == 3 && (record.encoding == 1 || record.encoding == 10) && record.language == 0x409
            && record.nameId == nameId)
            return utf16be(record.value);
    }
    return {};
}

QString familyOf(const std::vector<NameRecord> &records)
{
    const QString typographic = windowsName(records, 16);
    return typographic.isEmpty() ? windowsName(records, 1) : typographic;
}

using CharacterMap = std::map<char32_t, quint32>;

bool readFormat12(const Bytes &bytes, qint64 sub, qint64 end, CharacterMap &map)
{
    if (sub + 16 > end)
        return false;
    const quint32 groups = bytes.u32(sub + 12);
    if (sub + 16 + qint64(groups) * 12 > end)
        return false;
    for (quint32 i = 0; i < groups; ++i) {
        const qint64 at = sub + 16 + qint64(i) * 12;
        const quint32 first = bytes.u32(at);
        const quint32 last = std::min<quint32>(bytes.u32(at + 4), 0x10FFFF);
        const quint32 glyph = bytes.u32(at + 8);
        for (quint32 c = first; c <= last && c >= first; ++c) {
            if (glyph + (c - first) != 0)
                map[char32_t(c)] = glyph + (c - first);
        }
    }
    return true;
}

bool readFormat4(const Bytes &bytes, qint64 sub, qint64 end, CharacterMap &map)
{
    if (sub + 14 > end)
        return false;
    const qint64 segments = bytes.u16(sub + 6) / 2;
    const qint64 ends = sub + 14;
    const qint64 starts = ends + segments * 2 + 2;
    const qint64 deltas = starts + segments * 2;
    const qint64 rangeOffsets = deltas + segments * 2;
    if (rangeOffsets + segments * 2 > end)
        return false;
    for (qint64 s = 0; s < segments; ++s) {
        const quint32 last = bytes.u16(ends + s * 2);
        const quint32 first = bytes.u16(starts + s * 2);
        const quint16 delta = bytes.u16(deltas + s * 2);
        const quint16 rangeOffset = bytes.u16(rangeOffsets + s * 2);
        for (quint32 c = first; c <= last && c != 0xFFFF; ++c) {
            quint32 glyph = 0;
            if (rangeOffset == 0) {
                glyph = (c + delta) & 0xFFFF;
            } else {
                const qint64 at = rangeOffsets + s * 2 + rangeOffset + qint64(c - first) * 2;
                if (at + 2 > end)
                    continue;
                glyph = bytes.u16(at);
                if (glyph != 0)
                    glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph != 0)
                map[char32_t(c)] = glyph;
        }
    }
    return true;
}

// Reads the best Unicode subtable: full-range format 12 first, then BMP format 4.
std::optional<CharacterMap> readCmap(const Bytes &bytes, const Table &table)
{
    const qint64 base = table.offset;
    const qint64 end = base + table.length;
    if (table.length < 4)
        return std::nullopt;
    const quint16 count = bytes.u16(base + 2);
    int bestScore = 0;
    qint64 best = -1;
    for (quint16 i = 0; i < count; ++i) {
        const qint64 record = base + 4 + qint64(i) * 8;
        if (record + 8 > end)
            return std::nullopt;
        const quint16 platform = bytes.u16(record);
        const quint16 encoding = bytes.u16(record + 2);
        const qint64 sub = base + bytes.u32(record + 4);
        if (sub + 2 > end)
            continue;
        const quint16 format = bytes.u16(sub);
        int score = 0;
        if (format == 12 && platform == 3 && encoding == 10)
            score = 4;
        else if (format == 12 && platform == 0)
            score = 3;
        else if (format == 4 && platform == 3 && encoding == 1)
            score = 2;
        else if (format == 4 && platform == 0)
            score = 1;
        if (score > bestScore) {
            bestScore = score;
            best = sub;
        }
    }
    if (best < 0)
        return std::nullopt;
    CharacterMap map;
    const bool read = bytes.u16(best) == 12 ? readFormat12(bytes, best, end, map) : readFormat4(bytes, best, end, map);
    if (!read)
        return std::nullopt;
    return map;
}

bool isIdeograph(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3FFFF);
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// Drops the entries that would make Qt name a glyph by the wrong character.
int clean(CharacterMap &map)
{
    QSet<quint32> ideographGlyphs;
    for (const auto &[c, glyph] : map) {
        if (isIdeograph(c))
            ideographGlyphs.insert(glyph);
    }
    int dropped = 0;
    for (auto it = map.begin(); it != map.end();) {
        if (isControl(it->first) || (!isIdeograph(it->first) && ideographGlyphs.contains(it->second))) {
            it = map.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    return dropped;
}

// A cmap with one format 12 subtable, listed for Unicode and for Windows full repertoire.
QByteArray buildCmap(const CharacterMap &map)
{
    QByteArray groups;
    quint32 count = 0;
    auto it = map.begin();
    while (it != map.end()) {
        const char32_t first = it->first;
        const quint32 firstGlyph = it->second;
        char32_t last = first;
        auto next = std::next(it);
        while (next != map.end() && next->first == last + 1 && next->second == firstGlyph + (next->first - first)) {
            last = next->first;
            ++next;
        }
        put32(groups, first);
        put32(groups, last);
        put32(groups, firstGlyph);
        ++count;
        it = next;
    }
    QByteArray cmap;
    put16(cmap, 0); // version
    put16(cmap, 2); // subtables listed
    for (const auto &[platform, encoding] : {std::pair{0, 4}, std::pair{3, 10}}) {
        put16(cmap, platform);
        put16(cmap, encoding);
        put32(cmap, 4 + 2 * 8);
    }
    put16(cmap, 12);
    put16(cmap, 0);
    put32(cmap, 16 + quint32(groups.size()));
    put32(cmap, 0); // language
    put32(cmap, count);
    cmap += groups;
    return cmap;
}

// Windows names only (the Macintosh ones would still carry the old family),
// with the naming IDs in `replaced` set anew.
QByteArray buildName(const std::vector<NameRecord> &original, const std::map<quint16, QString> &replaced)
{
    static const QSet<quint16> kRemoved = {1, 2, 3, 4, 6, 16, 17, 18, 21, 22};
    std::vector<NameRecord> records;
    for (const NameRecord &record : original) {
        if (record.platform == 3 && (record.encoding == 1 || record.encoding == 10) && !kRemoved.contains(record.nameId))
            records.push_back(record);
    }
    for (const auto &[nameId, value] : replaced)
        records.push_back({3, 1, 0x409, nameId, toUtf16be(value)});
    std::sort(records.begin(), records.end(), [](const NameRecord &a, const NameRecord &b) {
        return std::tie(a.platform, a.encoding, a.language, a.nameId) < std::tie(b.platform, b.encoding, b.language, b.nameId);
    });
    QByteArray table;
    QByteArray strings;
    put16(table, 0);
    put16(table, quint32(records.size()));
    put16(table, quint32(6 + records.size() * 12));
    for (const NameRecord &record : records) {
        put16(table, record.platform);
        put16(table, record.encoding);
        put16(table, record.language);
        put16(table, record.nameId);
        put16(table, quint32(record.value.size()));
        put16(table, quint32(strings.size()));
        strings += record.value;
    }
    return table + strings;
}

} // namespace

Result<OpenTypeFace::Rebuilt> OpenTypeFace::rebuild(const QByteArray &file, const QString &family, const QString &newFamily,
                                                    const QString &style, const QString &subsetTag)
{
    const Bytes bytes(file);
    const auto offsets = faceOffsets(bytes);
    if (!offsets)
        return fail(ErrorKind::Invalid, tr("This is not an OpenType font file."));
    std::optional<Face> chosen;
    std::vector<NameRecord> names;
    for (const qint64 offset : *offsets) {
        auto face = readFace(bytes, offset);
        if (!face)
            return fail(ErrorKind::Invalid, tr("The font file is damaged: a table lies outside the file."));
        const Table *name = face->find(kNameTag);
        if (!name)
            continue;
        auto faceNames = readNames(bytes, *name);
        if (familyOf(faceNames).compare(family, Qt::CaseInsensitive) == 0) {
            chosen = std::move(face);
            names = std::move(faceNames);
            break;
        }
    }
    if (!chosen)
        return fail(ErrorKind::NotFound, tr("The font file has no face of the family %1.").arg(family));
    const Table *cmapTable = chosen->find(kCmapTag);
    if (!cmapTable || !chosen->find(kHeadTag))
        return fail(ErrorKind::Invalid, tr("The font %1 has no character map.").arg(family));
    auto map = readCmap(bytes, *cmapTable);
    if (!map)
        return fail(ErrorKind::Invalid, tr("The character map of the font %1 cannot be read.").arg(family));

    Rebuilt rebuilt;
    rebuilt.droppedCodePoints = clean(*map);
    const QString sourceName = windowsName(names, 6);
    rebuilt.postscriptName = subsetTag.isEmpty() || sourceName.isEmpty() ? sourceName : subsetTag + u'+' + sourceName;
    std::map<quint16, QString> replaced{{1, newFamily},
                                        {2, style},
                                        {3, QStringLiteral("Qianyue rebuild of ") + sourceName},
                                        {4, newFamily + u' ' + style}};
    if (!rebuilt.postscriptName.isEmpty())
        replaced.emplace(6, rebuilt.postscriptName);

    // The new face's tables, sorted by tag as the format requires. Tables
    // taken over unchanged keep their checksum and are copied only once, into
    // the finished file: the outlines alone are some 15 MB.
    struct Output {
        quint32 tag;
        QByteArray rebuilt; ///< new content, or empty to copy `source`
        const Table *source;
        qint64 length() const { return source ? source->length : rebuilt.size(); }
    };
    std::vector<Output> tables;
    for (const Table &table : chosen->tables) {
        if (std::find(std::begin(kDroppedTables), std::end(kDroppedTables), table.tag) != std::end(kDroppedTables))
            continue;
        if (table.tag == kCmapTag)
            tables.push_back({table.tag, buildCmap(*map), nullptr});
        else if (table.tag == kNameTag)
            tables.push_back({table.tag, buildName(names, replaced), nullptr});
        else if (table.tag == kHeadTag && table.length >= 12)
            tables.push_back({table.tag, QByteArray(bytes.at(table.offset), table.length), nullptr});
        else
            tables.push_back({table.tag, {}, &table});
    }
    std::sort(tables.begin(), tables.end(), [](const Output &a, const Output &b) { return a.tag < b.tag; });

    const quint32 count = quint32(tables.size());
    quint32 power = 1;
    quint32 log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    qint64 size = 12 + qint64(count) * 16;
    for (const Output &table : tables)
        size += (table.length() + 3) & ~qint64(3);
    QByteArray font;
    font.reserve(size);
    put32(font, chosen->sfntVersion);
    put16(font, count);
    put16(font, power * 16);
    put16(font, log2);
    put16(font, count * 16 - power * 16);
    qint64 offset = 12 + qint64(count) * 16;
    for (Output &table : tables) {
        // head's checkSumAdjustment covers the whole file, which nothing that
        // reads these fonts checks; zero is its value while sums are taken.
        if (table.tag == kHeadTag)
            set32(table.rebuilt, 8, 0);
        put32(font, table.tag);
        put32(font, table.source ? table.source->checksum : checksum(table.rebuilt.constData(), table.rebuilt.size()));
        put32(font, quint32(offset));
        put32(font, quint32(table.length()));
        offset += (table.length() + 3) & ~qint64(3);
    }
    for (const Output &table : tables) {
        if (table.source)
            font.append(bytes.at(table.source->offset), table.source->length);
        else
            font += table.rebuilt;
        font.append((4 - table.length() % 4) % 4, '\0');
    }
    rebuilt.font = std::move(font);
    return rebuilt;
}

Result<std::map<char32_t, quint32>> OpenTypeFace::characterMap(const QByteArray &font)
{
    const Bytes bytes(font);
    const auto offsets = faceOffsets(bytes);
    if (!offsets)
        return fail(ErrorKind::Invalid, tr("This is not an OpenType font file."));
    auto face = readFace(bytes, offsets->front());
    if (!face)
        return fail(ErrorKind::Invalid, tr("The font file is damaged: a table lies outside the file."));
    const Table *cmapTable = face->find(kCmapTag);
    if (!cmapTable)
        return fail(ErrorKind::Invalid, tr("The font has no character map."));
    auto map = readCmap(bytes, *cmapTable);
    if (!map)
        return fail(ErrorKind::Invalid, tr("The character map of the font cannot be read."));
    return *map;
}

} // namespace qianyue
