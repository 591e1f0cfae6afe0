#include "core/io/TextCodec.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <array>

namespace qianyue {

namespace {

const QString kUtf8 = QStringLiteral("UTF-8");
const QString kGb18030 = QStringLiteral("GB18030");

struct ByteOrderMark {
    QByteArrayView bytes;
    const char *encoding;
};

// Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
constexpr std::array<ByteOrderMark, 5> kMarks = {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8"},
    {QByteArrayView("\xFF\xFE", 2), "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), "UTF-16BE"},
}};

QString squeezed(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

// Qt's own converters are fastest; everything else goes to ICU by name.
QStringDecoder decoderFor(const QString &encoding)
{
    if (const auto builtIn = QStringConverter::encodingForName(encoding.toLatin1().constData()))
        return QStringDecoder(*builtIn);
    return QStringDecoder(encoding.toLatin1().constData());
}

QStringEncoder encoderFor(const QString &encoding, QStringConverter::Flags flags)
{
    if (const auto builtIn = QStringConverter::encodingForName(encoding.toLatin1().constData()))
        return QStringEncoder(*builtIn, flags);
    return QStringEncoder(encoding.toLatin1().constData(), flags);
}

// UTF-16 saved without a mark still shows itself: every other byte of
// Latin text is zero.
QString guessUtf16(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 > pairs * 4 && evenZeros * 10 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 > pairs * 4 && oddZeros * 10 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

// Where the first undecodable byte ended up: decoders put U+FFFD there.
QString firstBadPlace(const QString &text)
{
    const qsizetype at = text.indexOf(QChar(QChar::ReplacementCharacter));
    if (at < 0)
        return {};
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    const qsizetype line = text.left(lineStart).count(QLatin1Char('\n')) + 1;
    return TextCodec::tr("line %1, column %2").arg(line).arg(at - lineStart + 1);
}

} // namespace

bool TextCodec::isUtf8(QByteArrayView bytes)
{
    return bytes.isValidUtf8();
}

Result<QString> TextCodec::canonicalName(const QString &name)
{
    const QString key = squeezed(name);
    if (key.isEmpty())
        return fail(ErrorKind::Invalid, tr("No encoding was given."));
    if (key == u"utf8" || key == u"utf8bom" || key == u"utf8sig")
        return kUtf8;
    // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936" || key == u"euccn" || key == u"936")
        return kGb18030;
    if (key == u"utf16" || key == u"utf16le" || key == u"unicode")
        return key == u"utf16le" ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16");
    if (key == u"utf16be")
        return QStringLiteral("UTF-16BE");
    if (key == u"utf32le" || key == u"utf32be" || key == u"utf32")
        return QStringLiteral("UTF-32") + key.mid(5).toUpper();
    QStringDecoder decoder = decoderFor(name.trimmed());
    if (!decoder.isValid())
        return fail(ErrorKind::Invalid, tr("Unknown encoding '%1'. Use UTF-8, UTF-16LE, UTF-16BE, GB18030 (also for GBK), "
                                           "Big5, Shift_JIS or another name the ICU library knows.")
                                            .arg(name));
    return QString::fromLatin1(decoder.name());
}

QString TextCodec::decodeWith(QByteArrayView bytes, const QString &encoding, bool *ok)
{
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid()) {
        if (ok)
            *ok = false;
        return {};
    }
    QString text = decoder.decode(bytes);
    if (ok)
        *ok = !decoder.hasError();
    return text;
}

Result<TextCodec::Decoded> TextCodec::decode(const QByteArray &bytes, const QString &encoding)
{
    QString chosen;
    QByteArrayView body(bytes);
    if (!encoding.isEmpty()) {
        auto name = canonicalName(encoding);
        if (!name)
            return std::unexpected(name.error());
        chosen = *name;
        // A mark that agrees with the given encoding is not part of the text.
        for (const ByteOrderMark &mark : kMarks) {
            if (body.startsWith(mark.bytes)
                && (chosen == QLatin1String(mark.encoding) || chosen == QLatin1String(mark.encoding).left(6))) {
                body = body.sliced(mark.bytes.size());
                if (chosen.size() == 6)
                    chosen = QLatin1String(mark.encoding);
                break;
            }
        }
    } else {
        for (const ByteOrderMark &mark : kMarks) {
            if (body.startsWith(mark.bytes)) {
                chosen = QLatin1String(mark.encoding);
                body = body.sliced(mark.bytes.size());
                break;
            }
        }
        if (chosen.isEmpty()) {
            // Zero bytes are valid UTF-8, but text never holds them: look for UTF-16 first.
            chosen = guessUtf16(body);
            if (chosen.isEmpty() && isUtf8(body))
                return Decoded{QString::fromUtf8(body), kUtf8};
            if (chosen.isEmpty())
                chosen = kGb18030;
        }
    }
    bool ok = false;
    QString text = decodeWith(body, chosen, &ok);
    if (!ok) {
        const QString place = firstBadPlace(text);
        if (encoding.isEmpty())
            return fail(ErrorKind::Invalid, tr("The file is neither UTF-8 nor GB18030 text (the first unreadable byte is at %1). "
                                               "Give its encoding with --encoding.")
                                                .arg(place.isEmpty() ? tr("an unknown place") : place));
        return fail(ErrorKind::Invalid, tr("The file is not valid %1 text (the first unreadable byte is at %2).")
                                            .arg(chosen, place.isEmpty() ? tr("an unknown place") : place));
    }
    return Decoded{std::move(text), chosen};
}

Result<QByteArray> TextCodec::encode(const QString &text, const QString &encoding, bool byteOrderMark)
{
    auto name = canonicalName(encoding);
    if (!name)
        return std::unexpected(name.error());
    const bool unicode = name->startsWith(QStringLiteral("UTF-"));
    QStringEncoder encoder = encoderFor(*name, byteOrderMark && unicode ? QStringConverter::Flag::WriteBom
                                                                         : QStringConverter::Flag::Default);
    if (!encoder.isValid())
        return fail(ErrorKind::Invalid, tr("Unknown encoding '%1'.").arg(encoding));
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return fail(ErrorKind::Invalid, tr("Some characters cannot be written in %1; use UTF-8 instead.").arg(*name));
    return bytes;
}

} // namespace qianyue
