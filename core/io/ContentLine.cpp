#include "core/io/ContentLine.h"

namespace qianyue {

namespace {

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret.
QString caretDecoded(const QString &value)
{
    if (!value.contains(QLatin1Char('^')))
        return value;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('^') && i + 1 < value.size()) {
            const QChar next = value[i + 1];
            if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
                out += QLatin1Char('\n');
                ++i;
                continue;
            }
            if (next == QLatin1Char('\'')) {
                out += QLatin1Char('"');
                ++i;
                continue;
            }
            if (next == QLatin1Char('^')) {
                out += QLatin1Char('^');
                ++i;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QString ContentLine::param(const QString &wanted) const
{
    for (const auto &[key, text] : params) {
        if (key == wanted)
            return text;
    }
    return {};
}

QStringList ContentLine::paramValues(const QString &wanted) const
{
    QStringList out;
    for (const auto &[key, text] : params) {
        if (key != wanted)
            continue;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed().toUpper();
    }
    return out;
}

bool ContentLine::hasParam(const QString &wanted) const
{
    for (const auto &param : params) {
        if (param.first == wanted)
            return true;
    }
    return false;
}

bool ContentLineCodec::startsProperty(QByteArrayView line)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < n && isNameChar(line[i]))
            ++i;
        if (i == start)
            return false;
        if (i < n && line[i] == '.' && part == 0) {
            ++i;
            continue;
        }
        break;
    }
    return i < n && (line[i] == ':' || line[i] == ';');
}

Result<ContentLine> ContentLineCodec::parse(QByteArrayView line, int lineNumber, bool strict)
{
    ContentLine out;
    out.line = lineNumber;
    const qsizetype n = line.size();
    qsizetype i = 0;
    const auto token = [&]() {
        const qsizetype start = i;
        while (i < n && isNameChar(line[i]))
            ++i;
        return QString::fromLatin1(line.sliced(start, i - start));
    };
    QString name = token();
    if (i < n && line[i] == '.' && !name.isEmpty()) {
        ++i;
        out.group = name;
        name = token();
    }
    if (name.isEmpty())
        return fail(ErrorKind::Invalid, tr("A property name is missing at the start of the line."));
    out.name = name.toUpper();
    while (i < n && line[i] == ';') {
        ++i;
        if (i >= n || line[i] == ';' || line[i] == ':') {
            if (strict)
                return fail(ErrorKind::Invalid, tr("The property %1 has an empty parameter (\";;\").").arg(out.name));
            continue;
        }
        const QString paramName = token().toUpper();
        if (i < n && line[i] == '=') {
            ++i;
            QString value;
            while (true) {
                if (i < n && line[i] == '"') {
                    const qsizetype close = line.indexOf('"', i + 1);
                    if (close < 0) {
                        if (strict)
                            return fail(ErrorKind::Invalid, tr("A quoted parameter value of %1 is not closed.").arg(out.name));
                        value += QString::fromUtf8(line.sliced(i + 1));
                        i = n;
                        break;
                    }
                    value += QString::fromUtf8(line.sliced(i + 1, close - i - 1));
                    i = close + 1;
                } else {
                    const qsizetype start = i;
                    while (i < n && line[i] != ';' && line[i] != ':' && line[i] != ',')
                        ++i;
                    value += QString::fromUtf8(line.sliced(start, i - start));
                }
                if (i < n && line[i] == ',') {
                    value += QLatin1Char(',');
                    ++i;
                    continue;
                }
                break;
            }
            if (paramName.isEmpty()) {
                if (strict)
                    return fail(ErrorKind::Invalid, tr("A parameter of %1 has no name.").arg(out.name));
                continue;
            }
            out.params.append({paramName, caretDecoded(value)});
        } else {
            if (strict || paramName.isEmpty())
                return fail(ErrorKind::Invalid, tr("The parameter '%1' of %2 has no value.").arg(paramName, out.name));
            // vCard 2.1 names encodings and types without "ENCODING=" or "TYPE=".
            static const QStringList encodings = {QStringLiteral("QUOTED-PRINTABLE"), QStringLiteral("BASE64"),
                                                  QStringLiteral("B"), QStringLiteral("8BIT"), QStringLiteral("7BIT")};
            out.params.append({encodings.contains(paramName) ? QStringLiteral("ENCODING") : QStringLiteral("TYPE"), paramName});
            // Skip anything odd up to the next parameter or the value.
            while (i < n && line[i] != ';' && line[i] != ':')
                ++i;
        }
        if (i < n && line[i] != ';' && line[i] != ':') {
            if (strict)
                return fail(ErrorKind::Invalid, tr("Unexpected text in the parameters of %1.").arg(out.name));
            while (i < n && line[i] != ';' && line[i] != ':')
                ++i;
        }
    }
    if (i >= n || line[i] != ':')
        return fail(ErrorKind::Invalid, tr("The property %1 has no ':' before its value.").arg(out.name));
    out.value = line.sliced(i + 1).toByteArray();
    return out;
}

QString ContentLineCodec::unescape(QStringView text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text[++i];
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(',') || next == QLatin1Char(':'))
            out += next;
        else
            out += QString(c) + next;
    }
    return out;
}

QString ContentLineCodec::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QString(QLatin1Char('\\')) + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            continue;
        else
            out += c;
    }
    return out;
}

QStringList ContentLineCodec::splitUnescaped(QStringView text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (text[i] == separator) {
            parts << unescape(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts << unescape(text.sliced(std::min(start, text.size())));
    return parts;
}

QByteArray ContentLineCodec::decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '=' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
            out += char(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
            i += 2;
        } else {
            out += bytes[i];
        }
    }
    return out;
}

QByteArray ContentLineCodec::fold(const QString &line)
{
    // RFC 5545 3.1 and RFC 6350 3.2: lines longer than 75 octets continue
    // on the next line after a CRLF and one space.
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype lineLength = 0;
    qsizetype limit = 75;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        const bool continuation = (byte & 0xC0) == 0x80;
        if (!continuation) {
            // Only break where a whole character fits no more.
            qsizetype width = 1;
            if (byte >= 0xF0)
                width = 4;
            else if (byte >= 0xE0)
                width = 3;
            else if (byte >= 0xC0)
                width = 2;
            if (lineLength + width > limit) {
                out += "\r\n ";
                lineLength = 1;
                limit = 75;
            }
        }
        out += bytes[i];
        ++lineLength;
    }
    out += "\r\n";
    return out;
}

} // namespace qianyue
