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
/// signed, the record's data is stored as it was (JSON) in that step's
/// transaction, so later changes to products, prices or the company profile
/// never change what was sent.
///
/// The PDF is made from that stored data, not from the records: by
/// storeFrozenPdf() right after the step (outside its transaction, so the
/// step commits without waiting for the renderer), or else by the first print;
/// either way it is stored then, and every reprint returns the same bytes.
/// Freezing needs no display.
class DocumentSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSnapshots)

public:
    /// Freezes quote `quoteId` as approved; call inside the approval's transaction.
    static Result<void> freezeQuote(Database &database, qint64 quoteId);
    /// Freezes contract `contractId` as signed; call inside the signing's transaction.
    static Result<void> freezeContract(Database &database, qint64 contractId);

    /// Makes and stores the PDF of the frozen version of the record in the
    /// office's default language and paper, unless it is stored already or
    /// there is nothing frozen (false then). Call after the approving or
    /// signing step has committed; needs a QGuiApplication (false without).
    static Result<bool> storeFrozenPdf(Database &database, DocumentKind kind, qint64 recordId);

    /// What a print of the record shows: its snapshot when frozen, otherwise the record as it is now.
    static Result<DocumentData> documentData(Database &database, DocumentKind kind, qint64 recordId);

    /// Compares revision `fromRevision` of quote `number` with `toRevision`,
    /// each as printed (frozen revisions as frozen).
    static Result<RevisionComparison> compareQuoteRevisions(Database &database, const QString &number, int fromRevision,
                                                            int toRevision);
};

} // namespace qianyue
