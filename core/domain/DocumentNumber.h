#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace qianyue {

/// The kinds of record that carry a document number of their own.
enum class DocumentKind { Quote, Contract, SalesOrder, Receivable, Receipt };

/// Document numbers such as Q-2026-0001, built from a pattern with the
/// placeholders {YYYY} (four-digit year), {YY} (two-digit year) and {####}
/// (the sequence, zero-padded to at least as many digits as there are '#').
class DocumentNumber
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumber)

public:
    /// Widest sequence placeholder accepted: a qint64 has at most 19 digits.
    static constexpr int kMaxSequenceWidth = 18;

    /// The number for `sequence` (>= 1) in `year`. The pattern should pass
    /// validatePattern(); otherwise unknown text is copied as it is and a
    /// missing sequence is appended, so numbers stay distinct.
    static QString format(const QString &pattern, int year, qint64 sequence);

    /// Succeeds when the pattern has exactly one sequence placeholder, only
    /// known placeholders and balanced braces; otherwise says what is wrong.
    static Result<void> validatePattern(const QString &pattern);

    /// The pattern a new database starts with for `kind` ("Q-{YYYY}-{####}").
    static QString defaultPattern(DocumentKind kind);

    /// Stable, untranslated key of `kind` for settings and the database ("sales_order").
    static QString kindKey(DocumentKind kind);

    /// The kind whose kindKey() is `key`, if any.
    static std::optional<DocumentKind> kindFromKey(QStringView key);
};

} // namespace qianyue
