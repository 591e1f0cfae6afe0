#include "core/documents/DocumentSnapshots.h"

#include "core/documents/DocumentFormat.h"
#include "core/documents/DocumentLabels.h"
#include "core/documents/DocumentRenderer.h"
#include "core/store/Database.h"
#include "core/store/DocumentStore.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <deque>

namespace qianyue {

namespace {

SnapshotKind snapshotKind(DocumentKind kind)
{
    return kind == DocumentKind::Quote ? SnapshotKind::Quote : SnapshotKind::Contract;
}

// Stores the snapshot: the data every print of this version is made from.
// The PDF is not made here but from this very JSON after the step's commit
// (storeFrozenPdf) or at the first print, and kept from then on: rendering
// costs 15–20 ms a document, most of it Qt building the PDF's character map
// for each embedded font, and would hold the write lock that long.
Result<void> freeze(Database &database, DocumentKind kind, const DocumentData &data, const QString &event)
{
    const QByteArray json = QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact);
    auto id = DocumentStore(database).saveSnapshot(snapshotKind(kind), data.recordId, data.number, data.revision, event, json);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

// Which line of one revision is which line of the other: the same product,
// or for free-text lines the same description and specification, in order.
QString matchKey(const DocumentItem &item)
{
    if (item.line.productId)
        return QStringLiteral("p:%1").arg(*item.line.productId);
    return QStringLiteral("d:") + item.line.description + QChar(0x1F) + item.line.specification;
}

QString lineName(const DocumentItem &item)
{
    return item.line.description.isEmpty() ? item.sku : item.line.description;
}

} // namespace

bool RevisionComparison::identical() const
{
    return lines.empty() && termChanges.isEmpty() && subtotalBefore == subtotalAfter && taxBefore == taxAfter
        && totalBefore == totalAfter;
}

QStringList RevisionComparison::describe() const
{
    QStringList out;
    for (const LineChange &change : lines) {
        if (change.kind == LineChange::Kind::Added) {
            const DocumentLine &line = change.after->line;
            out << DocumentSnapshots::tr("Line %1 added: %2, quantity %3 at %4, amount %5.")
                       .arg(line.position)
                       .arg(lineName(*change.after), DocumentFormat::quantity(line.quantity), DocumentFormat::money(line.unitPrice),
                            DocumentFormat::money(line.lineTotal));
            continue;
        }
        if (change.kind == LineChange::Kind::Removed) {
            const DocumentLine &line = change.before->line;
            out << DocumentSnapshots::tr("Line %1 removed: %2, quantity %3 at %4, amount %5.")
                       .arg(line.position)
                       .arg(lineName(*change.before), DocumentFormat::quantity(line.quantity),
                            DocumentFormat::money(line.unitPrice), DocumentFormat::money(line.lineTotal));
            continue;
        }
        const DocumentLine &before = change.before->line;
        const DocumentLine &after = change.after->line;
        const QString name = lineName(*change.after);
        const auto changed = [&](const QString &what, const QString &from, const QString &to) {
            if (from != to)
                out << DocumentSnapshots::tr("Line %1 %2: %3 %4 → %5.").arg(after.position).arg(name, what, from, to);
        };
        changed(DocumentSnapshots::tr("description"), before.description, after.description);
        changed(DocumentSnapshots::tr("specification"), before.specification, after.specification);
        changed(DocumentSnapshots::tr("unit"), before.unit, after.unit);
        changed(DocumentSnapshots::tr("quantity"), DocumentFormat::quantity(before.quantity), DocumentFormat::quantity(after.quantity));
        changed(DocumentSnapshots::tr("unit price"), DocumentFormat::money(before.unitPrice), DocumentFormat::money(after.unitPrice));
        changed(DocumentSnapshots::tr("discount"), DocumentFormat::percent(before.discount), DocumentFormat::percent(after.discount));
        changed(DocumentSnapshots::tr("tax rate"), DocumentFormat::percent(before.taxRate), DocumentFormat::percent(after.taxRate));
        changed(DocumentSnapshots::tr("amount"), DocumentFormat::money(before.lineTotal), DocumentFormat::money(after.lineTotal));
    }
    out << termChanges;
    const auto total = [&](const QString &what, const Money &from, const Money &to) {
        if (from != to)
            out << DocumentSnapshots::tr("%1: %2 → %3.").arg(what, DocumentFormat::moneyWithCode(from), DocumentFormat::moneyWithCode(to));
    };
    total(DocumentSnapshots::tr("Subtotal"), subtotalBefore, subtotalAfter);
    total(DocumentSnapshots::tr("Tax"), taxBefore, taxAfter);
    total(DocumentSnapshots::tr("Total"), totalBefore, totalAfter);
    return out;
}

Result<void> DocumentSnapshots::freezeQuote(Database &database, qint64 quoteId)
{
    return database.transaction([&]() -> Result<void> {
        auto data = DocumentLoader::quote(database, quoteId);
        if (!data)
            return std::unexpected(data.error());
        return freeze(database, DocumentKind::Quote, *data, QStringLiteral("approved"));
    });
}

Result<void> DocumentSnapshots::freezeContract(Database &database, qint64 contractId)
{
    return database.transaction([&]() -> Result<void> {
        auto data = DocumentLoader::contract(database, contractId);
        if (!data)
            return std::unexpected(data.error());
        return freeze(database, DocumentKind::Contract, *data, QStringLiteral("signed"));
    });
}

Result<bool> DocumentSnapshots::storeFrozenPdf(Database &database, DocumentKind kind, qint64 recordId)
{
    if (!DocumentRenderer::canRender())
        return false;
    DocumentStore store(database);
    auto stored = store.snapshot(snapshotKind(kind), recordId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return false;
    // A broken print setting must not fail the step that froze the version; the first print reports it.
    auto options = PrintOptions::fromSettings(database);
    if (!options)
        return false;
    const QString language = DocumentLabels::languageName(options->language);
    const QString paper = PrintOptions::paperName(options->paper);
    auto existing = store.snapshotFile((*stored)->id, language, paper);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return false;
    // Made from the stored JSON itself, so it equals any later print of the snapshot.
    auto frozen = DocumentData::fromJson((*stored)->data);
    if (!frozen)
        return std::unexpected(frozen.error());
    auto rendered = DocumentRenderer::render(*frozen, *options);
    if (!rendered)
        return std::unexpected(rendered.error());
    if (auto saved = store.saveSnapshotFile((*stored)->id, language, paper, rendered->pdf); !saved)
        return std::unexpected(saved.error());
    return true;
}

Result<DocumentData> DocumentSnapshots::documentData(Database &database, DocumentKind kind, qint64 recordId)
{
    auto stored = DocumentStore(database).snapshot(snapshotKind(kind), recordId);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        return DocumentData::fromJson((*stored)->data);
    return kind == DocumentKind::Quote ? DocumentLoader::quote(database, recordId) : DocumentLoader::contract(database, recordId);
}

Result<RevisionComparison> DocumentSnapshots::compareQuoteRevisions(Database &database, const QString &number, int fromRevision,
                                                                    int toRevision)
{
    DocumentStore store(database);
    std::vector<DocumentData> revisions;
    for (const int revision : {fromRevision, toRevision}) {
        auto id = store.findQuote(number, revision);
        if (!id)
            return std::unexpected(id.error());
        if (!*id)
            return fail(ErrorKind::NotFound, tr("Quote %1 has no revision %2.").arg(number).arg(revision));
        auto data = documentData(database, DocumentKind::Quote, **id);
        if (!data)
            return std::unexpected(data.error());
        revisions.push_back(std::move(*data));
    }
    const DocumentData &before = revisions[0];
    const DocumentData &after = revisions[1];

    RevisionComparison comparison;
    comparison.number = number;
    comparison.fromRevision = fromRevision;
    comparison.toRevision = toRevision;
    comparison.subtotalBefore = before.subtotal;
    comparison.subtotalAfter = after.subtotal;
    comparison.taxBefore = before.tax;
    comparison.taxAfter = after.tax;
    comparison.totalBefore = before.total;
    comparison.totalAfter = after.total;

    QHash<QString, std::deque<std::size_t>> unmatched;
    for (std::size_t i = 0; i < before.items.size(); ++i)
        unmatched[matchKey(before.items[i])].push_back(i);
    std::vector<bool> used(before.items.size(), false);
    for (const DocumentItem &item : after.items) {
        auto &candidates = unmatched[matchKey(item)];
        if (candidates.empty()) {
            comparison.lines.push_back({LineChange::Kind::Added, std::nullopt, item});
            continue;
        }
        const std::size_t match = candidates.front();
        candidates.pop_front();
        used[match] = true;
        const DocumentLine &old = before.items[match].line;
        const DocumentLine &now = item.line;
        const bool same = old.description == now.description && old.specification == now.specification && old.unit == now.unit
            && old.quantity == now.quantity && old.unitPrice == now.unitPrice && old.discount == now.discount
            && old.taxRate == now.taxRate && old.lineTotal == now.lineTotal;
        if (!same)
            comparison.lines.push_back({LineChange::Kind::Changed, before.items[match], item});
    }
    for (std::size_t i = 0; i < before.items.size(); ++i) {
        if (!used[i])
            comparison.lines.push_back({LineChange::Kind::Removed, before.items[i], std::nullopt});
    }

    const auto term = [&](const QString &what, const QString &from, const QString &to) {
        if (from != to)
            comparison.termChanges << tr("%1: '%2' → '%3'.").arg(what, from, to);
    };
    term(tr("Valid until"), before.validUntil.toString(Qt::ISODate), after.validUntil.toString(Qt::ISODate));
    term(tr("Payment terms"), before.paymentTerms, after.paymentTerms);
    term(tr("Delivery terms"), before.deliveryTerms, after.deliveryTerms);
    term(tr("Currency"), before.currency, after.currency);
    return comparison;
}

} // namespace qianyue
