#include "core/io/VCard.h"

#include "core/io/ContentLine.h"
#include "core/io/TextCodec.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace qianyue {

namespace {

struct LogicalLine {
    QByteArray text;
    int line = 0;
    bool quotedPrintable = false;
    bool base64 = false;
};

struct RawCard {
    int line = 0;
    std::vector<ContentLine> properties;
};

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || c.isSurrogate())
            return true;
    }
    return false;
}

// Physical lines, whatever the line ends: CRLF, LF, CR, or the CR CR LF some iOS versions write.
QList<QByteArray> physicalLines(const QByteArray &bytes)
{
    const char separator = bytes.contains('\n') ? '\n' : '\r';
    QList<QByteArray> lines = bytes.split(separator);
    for (QByteArray &line : lines) {
        while (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// Unfolds lines and joins what phones split without folding: quoted-printable
// soft breaks, base64 blocks in vCard 2.1, and lines with no property name.
std::vector<LogicalLine> logicalLines(const QList<QByteArray> &lines, const QString &file, std::vector<ImportProblem> &problems)
{
    std::vector<LogicalLine> out;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const QByteArray &physical = lines.at(k);
        const int number = int(k) + 1;
        LogicalLine *current = out.empty() ? nullptr : &out.back();
        if (current && current->quotedPrintable && current->text.endsWith('=')) {
            current->text.chop(1);
            current->text += physical;
            continue;
        }
        if (physical.trimmed().isEmpty())
            continue;
        if (physical.startsWith(' ') || physical.startsWith('\t')) {
            if (current)
                current->text += physical.mid(1);
            continue;
        }
        if (physical.startsWith('#'))
            continue;
        if (ContentLineCodec::startsProperty(physical)) {
            const QByteArray head = physical.left(physical.indexOf(':')).toUpper();
            out.push_back({physical, number, head.contains("QUOTED-PRINTABLE"),
                           head.contains("BASE64") || head.contains("ENCODING=B")});
            continue;
        }
        if (!current) {
            problems.push_back({file, number, 0, VCardReader::tr("This line is not a vCard property.")});
            continue;
        }
        // vCard 2.1 writers break base64 and long values without folding; a
        // trailing backslash marks a line break inside the value.
        if (current->base64) {
            current->text += physical.trimmed();
        } else if (current->text.endsWith('\\')) {
            current->text.chop(1);
            current->text += '\n' + physical;
        } else {
            current->text += physical;
        }
    }
    return out;
}

QString cleanLabel(QString label)
{
    // Apple writes its own labels as "_$!<Mobile>!$_".
    static const QRegularExpression apple(QStringLiteral("^_\\$!<(.*)>!\\$_$"));
    if (const auto match = apple.match(label); match.hasMatch())
        label = match.captured(1);
    return label.trimmed().toUpper();
}

QString stripScheme(const QString &value)
{
    static const QRegularExpression scheme(QStringLiteral("^(tel|sip|xmpp|im|aim|skype|msnim|ymsgr|icq|qq|wechat|weixin|mailto):"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = value;
    out.remove(scheme);
    return out.trimmed();
}

QString emailAddress(const QString &value)
{
    // "Omega" <omega@example.com>, as some phones write it.
    static const QRegularExpression angled(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    if (const auto match = angled.match(value); match.hasMatch())
        return match.captured(1);
    return stripScheme(value);
}

class CardDecoder
{
public:
    CardDecoder(bool textAlreadyDecoded, QStringList &notes)
        : m_decoded(textAlreadyDecoded)
        , m_notes(notes)
    {
    }

    ContactCard decode(const RawCard &raw);

private:
    QString text(const ContentLine &property, const QString &version) const;
    QByteArray bytes(const ContentLine &property) const;

    bool m_decoded;
    QStringList &m_notes;
};

QByteArray CardDecoder::bytes(const ContentLine &property) const
{
    const QString encoding = property.param(QStringLiteral("ENCODING")).toUpper();
    if (encoding == u"QUOTED-PRINTABLE")
        return ContentLineCodec::decodeQuotedPrintable(property.value);
    if (encoding == u"BASE64" || encoding == u"B")
        return QByteArray::fromBase64(property.value.simplified().replace(' ', QByteArray()));
    return property.value;
}

QString CardDecoder::text(const ContentLine &property, const QString &version) const
{
    const QByteArray raw = bytes(property);
    QString value;
    const QString charset = property.param(QStringLiteral("CHARSET"));
    bool ok = false;
    if (!m_decoded && !charset.isEmpty())
        value = TextCodec::decodeWith(raw, charset, &ok);
    if (!ok) {
        // Without a usable CHARSET: UTF-8 as RFC 6350 says, else what Chinese phones write.
        value = (m_decoded || TextCodec::isUtf8(raw)) ? QString::fromUtf8(raw) : TextCodec::decodeWith(raw, QStringLiteral("GB18030"));
    }
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // vCard 2.1 has no backslash escapes except "\;" inside structured values.
    return version == u"2.1" ? value : ContentLineCodec::unescape(value);
}

ContactCard CardDecoder::decode(const RawCard &raw)
{
    ContactCard card;
    card.line = raw.line;
    card.version = QStringLiteral("2.1");
    QHash<QString, QString> labels;
    for (const ContentLine &property : raw.properties) {
        if (property.name == u"VERSION")
            card.version = QString::fromLatin1(property.value).trimmed();
        if (property.name == u"X-ABLABEL" && !property.group.isEmpty())
            labels.insert(property.group.toUpper(), cleanLabel(QString::fromUtf8(property.value)));
    }
    const QString &version = card.version;
    const auto structured = [&](const ContentLine &property) {
        // The separators of N, ADR and ORG must be found before unescaping.
        const QByteArray data = bytes(property);
        const QString charset = property.param(QStringLiteral("CHARSET"));
        bool ok = false;
        QString value = !m_decoded && !charset.isEmpty() ? TextCodec::decodeWith(data, charset, &ok) : QString();
        if (!ok)
            value = (m_decoded || TextCodec::isUtf8(data)) ? QString::fromUtf8(data) : TextCodec::decodeWith(data, QStringLiteral("GB18030"));
        return ContentLineCodec::splitUnescaped(value, QLatin1Char(';'));
    };
    const auto typed = [&](const ContentLine &property, const QString &value) {
        CardValue entry;
        entry.value = value;
        entry.types = property.paramValues(QStringLiteral("TYPE"));
        if (const QString label = labels.value(property.group.toUpper()); !label.isEmpty())
            entry.types << label;
        entry.preferred = entry.types.contains(QStringLiteral("PREF")) || property.hasParam(QStringLiteral("PREF"));
        entry.types.removeAll(QStringLiteral("PREF"));
        return entry;
    };
    static const QStringList messagingNames = {
        QStringLiteral("IMPP"),        QStringLiteral("X-QIANYUE-IM"), QStringLiteral("X-QQ"),    QStringLiteral("X-WECHAT"),
        QStringLiteral("X-GOOGLE-TALK"), QStringLiteral("X-GTALK"),    QStringLiteral("X-AIM"),   QStringLiteral("X-MSN"),
        QStringLiteral("X-SKYPE"),     QStringLiteral("X-SKYPE-USERNAME"), QStringLiteral("X-JABBER"), QStringLiteral("X-ICQ"),
        QStringLiteral("X-YAHOO"),     QStringLiteral("X-MS-IMADDRESS"), QStringLiteral("X-SIP")};
    for (const ContentLine &property : raw.properties) {
        const QString &name = property.name;
        if (name == u"FN") {
            if (card.formattedName.isEmpty())
                card.formattedName = text(property, version).trimmed();
        } else if (name == u"N") {
            if (card.structuredName.isEmpty())
                card.structuredName = structured(property);
        } else if (name == u"NICKNAME") {
            if (card.nickname.isEmpty())
                card.nickname = text(property, version).section(QLatin1Char(','), 0, 0).trimmed();
        } else if (name == u"ORG") {
            if (card.organization.isEmpty()) {
                const QStringList parts = structured(property);
                card.organization = parts.value(0).trimmed();
                card.department = parts.value(1).trimmed();
            }
        } else if (name == u"TITLE") {
            if (card.title.isEmpty())
                card.title = text(property, version).trimmed();
        } else if (name == u"NOTE") {
            const QString note = text(property, version).trimmed();
            if (!note.isEmpty())
                card.note += (card.note.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        } else if (name == u"TEL") {
            const QString value = text(property, version).trimmed();
            if (value.startsWith(QStringLiteral("sip:"), Qt::CaseInsensitive))
                card.messaging << typed(property, stripScheme(value));
            else if (!stripScheme(value).isEmpty())
                card.phones << typed(property, stripScheme(value));
        } else if (name == u"EMAIL") {
            const QString value = emailAddress(text(property, version).trimmed());
            if (!value.isEmpty())
                card.emails << typed(property, value);
        } else if (name == u"ADR") {
            QStringList parts;
            for (const QString &part : structured(property)) {
                if (!part.trimmed().isEmpty())
                    parts << part.trimmed();
            }
            if (!parts.isEmpty())
                card.addresses << typed(property, parts.join(QStringLiteral(", ")));
        } else if (name == u"URL") {
            const QString value = text(property, version).trimmed();
            if (!value.isEmpty())
                card.urls << typed(property, value);
        } else if (messagingNames.contains(name)) {
            const QString value = stripScheme(text(property, version));
            if (!value.isEmpty())
                card.messaging << typed(property, value);
        } else if (name == u"PHOTO") {
            const QString encoding = property.param(QStringLiteral("ENCODING")).toUpper();
            const QString type = property.paramValues(QStringLiteral("TYPE")).value(0);
            if (encoding == u"BASE64" || encoding == u"B") {
                const QByteArray data = property.value.simplified().replace(' ', QByteArray());
                auto decoded = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
                if (decoded && !(*decoded).isEmpty()) {
                    card.photo = *decoded;
                    card.photoType = type;
                } else if (!data.isEmpty()) {
                    m_notes << VCardReader::tr("Line %1: the photo is not valid base64 and was left out.").arg(property.line);
                }
            } else {
                const QString value = QString::fromUtf8(property.value).trimmed();
                static const QRegularExpression dataUri(QStringLiteral("^data:([^;,]*)(;base64)?,(.*)$"),
                                                        QRegularExpression::DotMatchesEverythingOption);
                if (const auto match = dataUri.match(value); match.hasMatch()) {
                    auto decoded = QByteArray::fromBase64Encoding(match.captured(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                    if (decoded && !(*decoded).isEmpty()) {
                        card.photo = *decoded;
                        card.photoType = match.captured(1).section(QLatin1Char('/'), 1).toUpper();
                    }
                } else if (!value.isEmpty() && card.photoUri.isEmpty()) {
                    card.photoUri = value;
                }
            }
        } else if (name == u"UID") {
            card.uid = QString::fromUtf8(property.value).trimmed();
        } else if (name == u"X-QIANYUE-OWNER") {
            card.owner = text(property, version).trimmed();
        } else if (name == u"X-QIANYUE-CUSTOMER") {
            card.customer = text(property, version).trimmed();
        } else if (name == u"X-QIANYUE-PRIMARY") {
            const QString value = QString::fromUtf8(property.value).trimmed().toLower();
            card.primary = value == u"true" || value == u"1" || value == u"yes";
        }
    }
    return card;
}

bool isType(const CardValue &value, const QString &type)
{
    return value.types.contains(type);
}

bool isMobile(const CardValue &value)
{
    return isType(value, QStringLiteral("CELL")) || isType(value, QStringLiteral("MOBILE")) || isType(value, QStringLiteral("IPHONE"));
}

const CardValue *preferred(const QList<CardValue> &values, const std::function<bool(const CardValue &)> &accept)
{
    const CardValue *first = nullptr;
    for (const CardValue &value : values) {
        if (!accept(value))
            continue;
        if (value.preferred)
            return &value;
        if (!first)
            first = &value;
    }
    return first;
}

} // namespace

QString ContactCard::displayName() const
{
    if (!formattedName.isEmpty())
        return formattedName;
    QStringList parts;
    for (const QString &part : structuredName)
        parts << part.trimmed();
    const QString family = parts.value(0);
    const QString given = parts.value(1);
    const QString additional = parts.value(2);
    if (!family.isEmpty() || !given.isEmpty()) {
        // Chinese and Japanese names put the family name first, without spaces.
        if (hasCjk(family + given))
            return family + given + additional;
        QStringList western;
        for (const QString &part : {parts.value(3), given, additional, family, parts.value(4)}) {
            if (!part.isEmpty())
                western << part;
        }
        return western.join(QLatin1Char(' '));
    }
    if (!nickname.isEmpty())
        return nickname;
    if (!organization.isEmpty())
        return organization;
    if (!emails.isEmpty())
        return emails.first().value;
    if (!phones.isEmpty())
        return phones.first().value;
    if (!messaging.isEmpty())
        return messaging.first().value;
    return {};
}

QString ContactCard::mobile() const
{
    const CardValue *found = preferred(phones, isMobile);
    return found ? found->value : QString();
}

QString ContactCard::phone() const
{
    const CardValue *found = preferred(phones, [](const CardValue &value) {
        return !isMobile(value) && !isType(value, QStringLiteral("FAX")) && !isType(value, QStringLiteral("PAGER"));
    });
    return found ? found->value : QString();
}

QString ContactCard::email() const
{
    const CardValue *found = preferred(emails, [](const CardValue &) { return true; });
    return found ? found->value : QString();
}

QString ContactCard::messagingId() const
{
    const CardValue *found = preferred(messaging, [](const CardValue &) { return true; });
    return found ? found->value : QString();
}

VCardReader::Parsed VCardReader::read(const QByteArray &input, const QString &file, const QString &encoding)
{
    Parsed out;
    QByteArray bytes = input;
    bool decoded = false;
    out.encoding = QStringLiteral("UTF-8");
    const bool wideMark = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4));
    if (!encoding.isEmpty() || wideMark) {
        // A whole-file encoding: decode once and read the text as UTF-8, ignoring CHARSET.
        auto text = TextCodec::decode(bytes, encoding);
        if (!text) {
            out.problems.push_back({file, 0, 0, text.error().message});
            return out;
        }
        bytes = text->text.toUtf8();
        out.encoding = text->encoding;
        decoded = true;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }

    const std::vector<LogicalLine> lines = logicalLines(physicalLines(bytes), file, out.problems);
    std::vector<RawCard> open;
    std::vector<RawCard> closed;
    for (const LogicalLine &logical : lines) {
        auto property = ContentLineCodec::parse(logical.text, logical.line, false);
        if (!property) {
            out.problems.push_back({file, logical.line, 0, property.error().message});
            continue;
        }
        const QString value = QString::fromUtf8(property->value).trimmed().toUpper();
        if (property->name == u"BEGIN") {
            if (value != u"VCARD") {
                out.problems.push_back({file, logical.line, 0, tr("BEGIN:%1 is not a vCard; expected BEGIN:VCARD.").arg(value)});
                continue;
            }
            open.push_back({logical.line, {}});
        } else if (property->name == u"END" && value == u"VCARD") {
            if (open.empty()) {
                out.problems.push_back({file, logical.line, 0, tr("END:VCARD without a BEGIN:VCARD before it.")});
                continue;
            }
            // A card nested in another (vCard 2.1 AGENT) is a contact of its own.
            closed.push_back(std::move(open.back()));
            open.pop_back();
        } else if (open.empty()) {
            out.problems.push_back({file, logical.line, 0, tr("The property %1 is outside of any vCard.").arg(property->name)});
        } else {
            open.back().properties.push_back(std::move(*property));
        }
    }
    for (const RawCard &card : open)
        out.problems.push_back({file, card.line, 0, tr("The vCard that starts here has no END:VCARD.")});
    if (closed.empty() && out.problems.empty())
        out.problems.push_back({file, 0, 0, tr("The file holds no vCard (no BEGIN:VCARD line).")});
    std::sort(closed.begin(), closed.end(), [](const RawCard &a, const RawCard &b) { return a.line < b.line; });
    CardDecoder decoder(decoded, out.notes);
    for (const RawCard &raw : closed)
        out.cards.push_back(decoder.decode(raw));
    return out;
}

namespace {

// TYPE values as written: a phone's own labels ("_$!<Mobile>!$_", 携帯) cannot
// stand unquoted in a parameter, and are left out rather than break the card.
QStringList writableTypes(const QStringList &types)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9-]+$"));
    QStringList out;
    for (const QString &type : types) {
        if (token.match(type).hasMatch() && type.compare(QStringLiteral("PREF"), Qt::CaseInsensitive) != 0)
            out << type;
    }
    return out;
}

} // namespace

QByteArray VCardWriter::write(const std::vector<ContactCard> &cards, const QString &version)
{
    const bool v4 = version != u"3.0";
    const auto types = [v4](const QString &list) -> QString { return QStringLiteral(";TYPE=") + (v4 ? list.toLower() : list.toUpper()); };
    // vCard 4.0 marks the preferred value with PREF=1, 3.0 with TYPE=PREF.
    const auto params = [v4, &types](const CardValue &value, QStringList extra = {}) -> QString {
        QStringList list = extra + writableTypes(value.types);
        if (value.preferred && !v4)
            list << QStringLiteral("PREF");
        QString out = list.isEmpty() ? QString() : types(list.join(QLatin1Char(',')));
        if (value.preferred && v4)
            out += QStringLiteral(";PREF=1");
        return out;
    };
    QByteArray out;
    for (const ContactCard &card : cards) {
        const QString name = card.displayName();
        out += ContentLineCodec::fold(QStringLiteral("BEGIN:VCARD"));
        out += ContentLineCodec::fold(QStringLiteral("VERSION:") + (v4 ? QStringLiteral("4.0") : QStringLiteral("3.0")));
        out += ContentLineCodec::fold(QStringLiteral("PRODID:-//Qianyue//Qianyue CRM//EN"));
        if (!card.uid.isEmpty())
            out += ContentLineCodec::fold(QStringLiteral("UID:") + card.uid);
        out += ContentLineCodec::fold(QStringLiteral("FN:") + ContentLineCodec::escape(name));
        // Qianyue keeps one name. Phones sort by N's family name: a Chinese name goes in
        // whole, family name first as it is written; a Western one is split at its last space.
        const qsizetype space = name.trimmed().lastIndexOf(QLatin1Char(' '));
        const QString structured = hasCjk(name) || space < 0
                                       ? QString(ContentLineCodec::escape(name) + QStringLiteral(";;;;"))
                                       : QString(ContentLineCodec::escape(name.trimmed().mid(space + 1)) + QLatin1Char(';')
                                                 + ContentLineCodec::escape(name.trimmed().left(space)) + QStringLiteral(";;;"));
        out += ContentLineCodec::fold(QStringLiteral("N:") + structured);
        if (!card.organization.isEmpty())
            out += ContentLineCodec::fold(QStringLiteral("ORG:") + ContentLineCodec::escape(card.organization));
        if (!card.title.isEmpty())
            out += ContentLineCodec::fold(QStringLiteral("TITLE:") + ContentLineCodec::escape(card.title));
        for (const CardValue &phone : card.phones) {
            const QStringList fallback = writableTypes(phone.types).isEmpty() ? QStringList{QStringLiteral("VOICE")} : QStringList{};
            out += ContentLineCodec::fold(QStringLiteral("TEL") + params(phone, fallback) + QLatin1Char(':')
                                          + ContentLineCodec::escape(phone.value));
        }
        for (const CardValue &email : card.emails) {
            const QStringList internet = v4 || email.types.contains(QStringLiteral("INTERNET")) ? QStringList{}
                                                                                               : QStringList{QStringLiteral("INTERNET")};
            out += ContentLineCodec::fold(QStringLiteral("EMAIL") + params(email, internet) + QLatin1Char(':')
                                          + ContentLineCodec::escape(email.value));
        }
        // Qianyue keeps an address as one text: it goes into the street component.
        for (const CardValue &address : card.addresses)
            out += ContentLineCodec::fold(QStringLiteral("ADR") + params(address) + QStringLiteral(":;;")
                                          + ContentLineCodec::escape(address.value) + QStringLiteral(";;;;"));
        for (const CardValue &url : card.urls)
            out += ContentLineCodec::fold(QStringLiteral("URL") + params(url) + QLatin1Char(':') + url.value);
        if (!card.photo.isEmpty()) {
            const QString type = card.photoType.isEmpty() ? QStringLiteral("JPEG") : card.photoType;
            const QString data = QString::fromLatin1(card.photo.toBase64());
            out += ContentLineCodec::fold(v4 ? QStringLiteral("PHOTO:data:image/%1;base64,%2").arg(type.toLower(), data)
                                             : QStringLiteral("PHOTO;ENCODING=b;TYPE=%1:%2").arg(type.toUpper(), data));
        }
        for (const CardValue &id : card.messaging)
            out += ContentLineCodec::fold(QStringLiteral("X-QIANYUE-IM:") + ContentLineCodec::escape(id.value));
        if (!card.note.isEmpty())
            out += ContentLineCodec::fold(QStringLiteral("NOTE:") + ContentLineCodec::escape(card.note));
        if (card.primary)
            out += ContentLineCodec::fold(QStringLiteral("X-QIANYUE-PRIMARY:true"));
        if (!card.owner.isEmpty())
            out += ContentLineCodec::fold(QStringLiteral("X-QIANYUE-OWNER:") + ContentLineCodec::escape(card.owner));
        if (!card.customer.isEmpty())
            out += ContentLineCodec::fold(QStringLiteral("X-QIANYUE-CUSTOMER:") + ContentLineCodec::escape(card.customer));
        out += ContentLineCodec::fold(QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace qianyue
