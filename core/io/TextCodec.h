#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace qianyue {

/// Reads and writes text in the encodings spreadsheets, phones and mail
/// clients produce: UTF-8 with or without a byte order mark, UTF-16 and
/// UTF-32 with one, and GB18030 (which includes GBK and GB2312), the
/// encoding Chinese Excel saves CSV files in. Other encodings Qt's ICU
/// backend knows (Shift_JIS, Big5, …) are available when named.
class TextCodec
{
    Q_DECLARE_TR_FUNCTIONS(TextCodec)

public:
    /// Text decoded from bytes, with the encoding that was used.
    struct Decoded {
        QString text;
        QString encoding;
    };

    /// Decodes `bytes`. With `encoding` empty it is detected: a byte order
    /// mark decides; valid UTF-8 is UTF-8; UTF-16 without a mark is
    /// recognised by its zero bytes; anything else is read as GB18030.
    /// Bytes that are not valid in the encoding are refused with the line
    /// and column of the first one.
    static Result<Decoded> decode(const QByteArray &bytes, const QString &encoding = {});

    /// Encodes `text`; `byteOrderMark` puts a mark in front (only for UTF encodings).
    static Result<QByteArray> encode(const QString &text, const QString &encoding, bool byteOrderMark = false);

    /// The name Qianyue reports for an encoding the user typed ("gbk" → "GB18030", "utf8" → "UTF-8"),
    /// or an error naming the encodings that can be used.
    static Result<QString> canonicalName(const QString &name);

    /// Whether `bytes` is well-formed UTF-8 (overlong forms and surrogates are not).
    static bool isUtf8(QByteArrayView bytes);

    /// Decodes bytes known to be in `encoding`; `ok` tells whether every byte was valid.
    static QString decodeWith(QByteArrayView bytes, const QString &encoding, bool *ok = nullptr);
};

} // namespace qianyue
