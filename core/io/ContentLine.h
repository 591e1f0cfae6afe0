#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace qianyue {

/// One property of a vCard or iCalendar object, from one unfolded content
/// line: "[group.]NAME[;PARAM=value…]:value" (RFC 6350 section 3.3, RFC 5545
/// section 3.1). Names are upper case; parameter values are decoded (quotes
/// removed, RFC 6868 caret escapes resolved); the value is kept as bytes
/// because its encoding and charset depend on the parameters.
struct ContentLine {
    QString group;
    QString name;
    QList<QPair<QString, QString>> params; ///< name (upper case) and value, in file order, repeats kept
    QByteArray value;
    int line = 0;

    /// The first value of parameter `name`, or empty.
    QString param(const QString &name) const;
    /// Every value of parameter `name`, comma lists split, upper case.
    QStringList paramValues(const QString &name) const;
    bool hasParam(const QString &name) const;
};

/// Reading and writing content lines, shared by vCard and iCalendar.
class ContentLineCodec
{
    Q_DECLARE_TR_FUNCTIONS(ContentLineCodec)

public:
    /// Parses one unfolded line. `strict` (iCalendar) refuses empty
    /// parameters and parameters without '='; vCard 2.1 writes bare ones
    /// ("TEL;WORK;VOICE:"), which are read as TYPE values, or as ENCODING and
    /// CHARSET where they name one.
    static Result<ContentLine> parse(QByteArrayView line, int lineNumber, bool strict);
    /// Whether `line` starts like a property ("NAME:" or "NAME;"), rather than continuing the one before.
    static bool startsProperty(QByteArrayView line);

    /// TEXT unescaping of RFC 5545 / RFC 6350: \n \N \\ \; \, (and a stray \: as ':').
    static QString unescape(QStringView text);
    /// TEXT escaping for writing: backslash, ';', ',' and line breaks.
    static QString escape(const QString &text);
    /// Splits at unescaped `separator` and unescapes each part (N, ADR, ORG, CATEGORIES).
    static QStringList splitUnescaped(QStringView text, QChar separator);

    /// Quoted-printable decoding; a '=' not followed by two hex digits is kept as it is.
    static QByteArray decodeQuotedPrintable(QByteArrayView bytes);

    /// One content line ready to write: "NAME;PARAMS:value" folded at 75
    /// octets without splitting a UTF-8 sequence, ending in CRLF.
    static QByteArray fold(const QString &line);
};

} // namespace qianyue
