#pragma once

#include "core/documents/DocumentData.h"
#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// How one line differs between two revisions of a quote.
struct LineChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::optional<DocumentItem> before; ///< absent for added lines
    std::optional<DocumentItem> after;  ///< absent for removed lines
};

/// What changed from one revision of a quote to another: lines, quantities,
/// prices, terms and totals.
struct RevisionComparison {
    QString number;
    int fromRevision = 0;
    int toRevision = 0;
    std::vector<LineChange> lines; ///< in the order of the newer revision, removed lines last
    QStringList termChanges;       ///< validity, payment and delivery terms, described
    Money subtotalBefore;
    Money subtotalAfter;
    Money taxBefore;
    Money taxAfter;
    Money totalBefore;
    Money totalAfter;

    /// Whether nothing printed differs.
    bool identical() const;
    /// One translated sentence per change, lines first, totals last.
    QStringList describe() const;
};

/// Frozen versions of documents: when a quote is approved or a contract is
/// signed, the record's data is stored as it was (JSON) together with the PDF
/// made from it, so later changes to products, prices or the company profile
/// never change what was sent.
///
/// Freezing needs no display: without a QGuiApplication only the data is
/// stored, and the PDF is made from that data on the first print and stored
/// then; from then on every reprint returns the same bytes.
class DocumentSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSnapshots)

public:
    /// Freezes quote `quoteId` as approved; call inside the approval's transaction.
    static Result<void> freezeQuote(Database &database, qint64 quoteId);
    /// Freezes contract `contractId` as signed; call inside the signing's transaction.
    static Result<void> freezeContract(Database &database, qint64 contractId);

    /// What a print of the record shows: its snapshot when frozen, otherwise the record as it is now.
    static Result<DocumentData> documentData(Database &database, DocumentKind kind, qint64 recordId);

    /// Compares revision `fromRevision` of quote `number` with `toRevision`,
    /// each as printed (frozen revisions as frozen).
    static Result<RevisionComparison> compareQuoteRevisions(Database &database, const QString &number, int fromRevision,
                                                            int toRevision);
};

} // namespace qianyue
