#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// The record a snapshot freezes.
enum class SnapshotKind { Quote, Contract };

/// One numbered clause of a contract template.
struct ClauseText {
    QString title;
    QString body;
};

/// A frozen document as stored: the record's data as JSON at the moment it was frozen.
struct StoredSnapshot {
    qint64 id = 0;
    SnapshotKind kind = SnapshotKind::Quote;
    qint64 recordId = 0;
    QString number;
    int revision = 1;
    QString event; ///< "approved" or "signed"
    QByteArray data;
    QString frozenAt;
};

/// One revision of a quote number, for version lists.
struct QuoteRevisionRow {
    qint64 id = 0;
    int revision = 1;
    QString status;
    QDate quoteDate;
    qint64 total = 0;
    QString currency;
    bool frozen = false;
};

/// The SQL behind printed documents: the company profile, contract clause
/// templates, frozen snapshots with their PDF files, and finding quotes and
/// contracts by number.
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    explicit DocumentStore(Database &database);

    /// The company profile (name, address, phone, tax_id, bank_account, logo).
    Result<Fields> companyProfile() const;

    /// The clauses of `templateName` in `language` ("zh_CN" or "en"), in order.
    Result<std::vector<ClauseText>> clauses(const QString &templateName, const QString &language) const;
    /// Replaces the clauses of `templateName` in `language`; clauses without a body are refused.
    Result<void> replaceClauses(const QString &templateName, const QString &language, const std::vector<ClauseText> &clauses);

    /// The id of quote `number` at `revision`, or its newest revision when none is given.
    Result<std::optional<qint64>> findQuote(const QString &number, std::optional<int> revision = std::nullopt) const;
    /// Every revision of quote `number`, oldest first.
    Result<std::vector<QuoteRevisionRow>> quoteRevisions(const QString &number) const;
    /// The id of contract `number`.
    Result<std::optional<qint64>> findContract(const QString &number) const;

    /// Stores the snapshot of a record, replacing an earlier one of the same
    /// record together with its PDF files. Returns the snapshot's id.
    Result<qint64> saveSnapshot(SnapshotKind kind, qint64 recordId, const QString &number, int revision,
                                const QString &event, const QByteArray &data);
    /// The snapshot of a record, if it was frozen.
    Result<std::optional<StoredSnapshot>> snapshot(SnapshotKind kind, qint64 recordId) const;
    /// The PDF made from a snapshot in `language` on `paper`, if one was stored.
    Result<std::optional<QByteArray>> snapshotFile(qint64 snapshotId, const QString &language, const QString &paper) const;
    /// Stores the PDF made from a snapshot; the first file stored for a language and paper stays.
    Result<void> saveSnapshotFile(qint64 snapshotId, const QString &language, const QString &paper, const QByteArray &pdf);

private:
    static QString recordColumn(SnapshotKind kind);

    Database &m_db;
};

} // namespace qianyue
