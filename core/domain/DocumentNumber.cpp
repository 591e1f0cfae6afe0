#include "core/domain/DocumentNumber.h"

#include <utility>
#include <vector>

namespace qianyue {

namespace {

// One stretch of a pattern: literal text, a placeholder, or a stray brace.
struct Piece {
    enum class Kind { Text, Year4, Year2, Sequence, Unknown, Unbalanced };
    Kind kind = Kind::Text;
    QString text; ///< the pattern's own characters for this stretch
    int width = 0; ///< number of '#' for Kind::Sequence
};

bool isAllHashes(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c != u'#')
            return false;
    }
    return true;
}

// Shared by format() and validatePattern(), so a pattern that validates is
// formatted exactly as validated.
std::vector<Piece> splitPattern(const QString &pattern)
{
    std::vector<Piece> pieces;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            pieces.push_back({Piece::Kind::Text, std::exchange(literal, {}), 0});
    };
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        if (c == u'}') {
            flushLiteral();
            pieces.push_back({Piece::Kind::Unbalanced, QString(c), 0});
            ++i;
            continue;
        }
        if (c != u'{') {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i + 1);
        const qsizetype nextOpen = pattern.indexOf(u'{', i + 1);
        flushLiteral();
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            pieces.push_back({Piece::Kind::Unbalanced, QString(c), 0});
            ++i;
            continue;
        }
        const QString whole = pattern.mid(i, close - i + 1);
        const QStringView inner = QStringView(whole).mid(1, whole.size() - 2);
        Piece piece{Piece::Kind::Unknown, whole, 0};
        if (inner == u"YYYY") {
            piece.kind = Piece::Kind::Year4;
        } else if (inner == u"YY") {
            piece.kind = Piece::Kind::Year2;
        } else if (isAllHashes(inner)) {
            piece.kind = Piece::Kind::Sequence;
            piece.width = int(inner.size());
        }
        pieces.push_back(piece);
        i = close + 1;
    }
    flushLiteral();
    return pieces;
}

// Zero-pads the digits only, so that a (never expected) negative value reads "-0001".
QString padded(qint64 value, int width)
{
    QString digits = QString::number(value);
    if (digits.startsWith(u'-'))
        return QStringLiteral("-") + digits.mid(1).rightJustified(width, u'0');
    return digits.rightJustified(width, u'0');
}

} // namespace

QString DocumentNumber::format(const QString &pattern, int year, qint64 sequence)
{
    QString number;
    bool hasSequence = false;
    for (const Piece &piece : splitPattern(pattern)) {
        switch (piece.kind) {
        case Piece::Kind::Year4:
            number += padded(year, 4);
            break;
        case Piece::Kind::Year2:
            number += padded(((year % 100) + 100) % 100, 2);
            break;
        case Piece::Kind::Sequence:
            number += padded(sequence, qMin(piece.width, kMaxSequenceWidth));
            hasSequence = true;
            break;
        case Piece::Kind::Text:
        case Piece::Kind::Unknown:
        case Piece::Kind::Unbalanced:
            number += piece.text;
            break;
        }
    }
    if (!hasSequence)
        number += QString::number(sequence);
    return number;
}

Result<void> DocumentNumber::validatePattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("The number pattern is empty"));
    for (QChar c : pattern) {
        // Numbers end up in single-line fields, file names and CSV cells.
        if (c.category() == QChar::Other_Control)
            return fail(ErrorKind::Invalid,
                        tr("The number pattern \"%1\" contains a line break or another control character")
                            .arg(pattern));
    }

    int sequences = 0;
    for (const Piece &piece : splitPattern(pattern)) {
        switch (piece.kind) {
        case Piece::Kind::Unbalanced:
            return fail(ErrorKind::Invalid,
                        tr("The number pattern \"%1\" has an unmatched \"%2\"").arg(pattern, piece.text));
        case Piece::Kind::Unknown:
            return fail(ErrorKind::Invalid,
                        tr("The number pattern \"%1\" has the unknown placeholder %2; use {YYYY}, {YY} or {####}")
                            .arg(pattern, piece.text));
        case Piece::Kind::Sequence:
            if (piece.width > kMaxSequenceWidth)
                return fail(ErrorKind::Invalid, tr("The sequence placeholder %1 is too wide; use at most %2 \"#\"")
                                                    .arg(piece.text, QString::number(kMaxSequenceWidth)));
            ++sequences;
            break;
        case Piece::Kind::Text:
        case Piece::Kind::Year4:
        case Piece::Kind::Year2:
            break;
        }
    }
    if (sequences == 0)
        return fail(ErrorKind::Invalid,
                    tr("The number pattern \"%1\" has no sequence; add a placeholder such as {####}").arg(pattern));
    if (sequences > 1)
        return fail(ErrorKind::Invalid,
                    tr("The number pattern \"%1\" has %2 sequence placeholders; keep exactly one")
                        .arg(pattern, QString::number(sequences)));
    return {};
}

QString DocumentNumber::defaultPattern(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Quote:
        return QStringLiteral("Q-{YYYY}-{####}");
    case DocumentKind::Contract:
        return QStringLiteral("HT-{YYYY}-{####}");
    case DocumentKind::SalesOrder:
        return QStringLiteral("SO-{YYYY}-{####}");
    case DocumentKind::Receivable:
        return QStringLiteral("AR-{YYYY}-{####}");
    case DocumentKind::Receipt:
        return QStringLiteral("RC-{YYYY}-{####}");
    }
    Q_UNREACHABLE();
    return {};
}

QString DocumentNumber::kindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Quote:
        return QStringLiteral("quote");
    case DocumentKind::Contract:
        return QStringLiteral("contract");
    case DocumentKind::SalesOrder:
        return QStringLiteral("sales_order");
    case DocumentKind::Receivable:
        return QStringLiteral("receivable");
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DocumentKind> DocumentNumber::kindFromKey(QStringView key)
{
    for (DocumentKind kind : {DocumentKind::Quote, DocumentKind::Contract, DocumentKind::SalesOrder,
                              DocumentKind::Receivable, DocumentKind::Receipt}) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace qianyue
