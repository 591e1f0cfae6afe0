#pragma once

#include "core/documents/DocumentData.h"
#include "core/documents/DocumentRenderer.h"
#include "core/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qianyue {

class Database;

/// A printed quote or contract, ready to save, preview or send.
struct PrintedDocument {
    QByteArray pdf;
    DocumentKind kind = DocumentKind::Quote;
    QString number;
    int revision = 1;
    bool fromSnapshot = false; ///< printed from the version frozen at approval or signing
};

/// Prints quotes and contracts: a frozen record returns the PDF stored for
/// it in that language and paper size (made once from its snapshot, with the
/// margins of that moment), anything else is rendered from the record as it
/// is now.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    /// Quote `number` at `revision`, or its newest revision.
    static Result<PrintedDocument> quote(Database &database, const QString &number, std::optional<int> revision,
                                         const PrintOptions &options);
    /// Contract `number`.
    static Result<PrintedDocument> contract(Database &database, const QString &number, const PrintOptions &options);
    /// The record `recordId` of `kind`, for views that already know it.
    static Result<PrintedDocument> print(Database &database, DocumentKind kind, qint64 recordId, const PrintOptions &options);
};

} // namespace qianyue
