#include "core/documents/DocumentPrinter.h"

#include "core/store/Database.h"
#include "core/store/DocumentStore.h"

namespace qianyue {

Result<PrintedDocument> DocumentPrinter::quote(Database &database, const QString &number, std::optional<int> revision,
                                               const PrintOptions &options)
{
    auto id = DocumentStore(database).findQuote(number, revision);
    if (!id)
        return std::unexpected(id.error());
    if (!*id) {
        if (revision)
            return fail(ErrorKind::NotFound, tr("Quote %1 has no revision %2.").arg(number).arg(*revision));
        return fail(ErrorKind::NotFound, tr("There is no quote numbered %1.").arg(number));
    }
    return print(database, DocumentKind::Quote, **id, options);
}

Result<PrintedDocument> DocumentPrinter::contract(Database &database, const QString &number, const PrintOptions &options)
{
    auto id = DocumentStore(database).findContract(number);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorKind::NotFound, tr("There is no contract numbered %1.").arg(number));
    return print(database, DocumentKind::Contract, **id, options);
}

Result<PrintedDocument> DocumentPrinter::print(Database &database, DocumentKind kind, qint64 recordId, const PrintOptions &options)
{
    DocumentStore store(database);
    auto stored = store.snapshot(kind == DocumentKind::Quote ? SnapshotKind::Quote : SnapshotKind::Contract, recordId);
    if (!stored)
        return std::unexpected(stored.error());

    PrintedDocument printed;
    printed.kind = kind;
    const QString language = DocumentLabels::languageName(options.language);
    const QString paper = PrintOptions::paperName(options.paper);
    if (*stored) {
        const StoredSnapshot &snapshot = **stored;
        printed.number = snapshot.number;
        printed.revision = snapshot.revision;
        printed.fromSnapshot = true;
        auto file = store.snapshotFile(snapshot.id, language, paper);
        if (!file)
            return std::unexpected(file.error());
        if (*file) {
            printed.pdf = **file;
            return printed;
        }
        // The first print of a frozen version in this language and paper: made
        // from the snapshot and kept, so every later reprint is the same file.
        auto data = DocumentData::fromJson(snapshot.data);
        if (!data)
            return std::unexpected(data.error());
        auto rendered = DocumentRenderer::render(*data, options);
        if (!rendered)
            return std::unexpected(rendered.error());
        if (auto saved = store.saveSnapshotFile(snapshot.id, language, paper, rendered->pdf); !saved)
            return std::unexpected(saved.error());
        // Another process may have stored its own file first; that one is the frozen one.
        auto kept = store.snapshotFile(snapshot.id, language, paper);
        if (!kept)
            return std::unexpected(kept.error());
        printed.pdf = kept->value_or(rendered->pdf);
        return printed;
    }

    auto data = kind == DocumentKind::Quote ? DocumentLoader::quote(database, recordId) : DocumentLoader::contract(database, recordId);
    if (!data)
        return std::unexpected(data.error());
    auto rendered = DocumentRenderer::render(*data, options);
    if (!rendered)
        return std::unexpected(rendered.error());
    printed.number = data->number;
    printed.revision = data->revision;
    printed.pdf = std::move(rendered->pdf);
    return printed;
}

} // namespace qianyue
