#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <utility>
#include <vector>

namespace qianyue {

class Database;

/// One phone number, e-mail address, postal address or web address of a
/// contact, with its type label as a vCard gives it ("WORK,VOICE").
struct ContactDetail {
    QString kind; ///< phone, email, address or url
    QString label;
    QString value;
};

/// The SQL behind importing and exporting records in bulk: reading whole
/// tables into memory for matching names, inserting many rows through one
/// prepared statement with their audit log entries, and reading records for
/// export with their references spelled as names.
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    explicit ImportStore(Database &database);

    /// Inserts rows of one table through statements prepared once, several
    /// rows per statement when asked to. Each row gets an audit log entry
    /// like RecordStore::insert writes. Must be used inside a transaction and
    /// dropped before it ends.
    class Writer
    {
    public:
        /// Inserts one row with `values` for the writer's columns, in order, at once; returns its id.
        Result<qint64> insert(const QVariantList &values);
        /// Queues one row and returns a ticket: a negative number standing for
        /// its id until the row is written. A full batch is written at once.
        /// `tag` (a row number) names the row if the database refuses it.
        Result<qint64> add(const QVariantList &values, int tag);
        /// Writes the queued rows.
        Result<void> flush();
        /// The id a ticket became, or 0 when its row was refused; the ticket must be written.
        qint64 idOf(qint64 ticket) const;
        /// Rows refused since the last call: their tag and the database's reason.
        std::vector<std::pair<int, QString>> takeRefusals();
        /// Whether the row behind `ticket` is still queued.
        bool isQueued(qint64 ticket) const;
        /// Leaves out the audit log entries: for a dry run, which is rolled back anyway.
        void setAudited(bool audited) { m_audited = audited; }
        const QStringList &columns() const { return m_columns; }

    private:
        friend class ImportStore;
        Writer(Database &database, QString table, QStringList columns, int batchRows);
        QString auditText(const QVariantList &values) const;
        Result<QSqlQuery *> statement(bool audit, int rows);
        Result<void> writeBatch(std::size_t from, std::size_t count);

        Database *m_db;
        QString m_table;
        QStringList m_columns;
        QList<int> m_auditOrder;
        int m_batchRows;
        QSqlQuery m_insert;
        QSqlQuery m_audit;
        QHash<int, QSqlQuery> m_batchInserts;
        QHash<int, QSqlQuery> m_batchAudits;
        std::vector<QVariantList> m_queue;
        std::vector<int> m_tags;
        std::size_t m_firstQueued = 0; ///< index in m_ids of the first queued row
        std::vector<qint64> m_ids;     ///< by ticket: -ticket - 1
        std::vector<std::pair<int, QString>> m_refusals;
        bool m_audited = true;
    };

    /// The search index's insert trigger of one table, taken out for a bulk import.
    struct DeferredIndex {
        QString table;
        QString triggerSql; ///< what puts the trigger back
        QString catchUpSql; ///< the trigger's insert as one INSERT … SELECT over new rows
        qint64 lastIdBefore = 0;
        qint64 rowidBase = 0; ///< the index rowids of the table's records start here
    };
    /// Inside the import's transaction: drops the trigger that indexes each new
    /// row of `table` for the search box, which costs more than the insert
    /// itself when rows come by the thousand; catchUpSearchIndex() indexes them
    /// in one statement and restores the trigger before the transaction ends.
    /// nullopt when the table has no such trigger.
    Result<std::optional<DeferredIndex>> deferSearchIndex(const QString &table);
    Result<void> catchUpSearchIndex(const DeferredIndex &deferred);
    /// Puts the trigger back without indexing (the transaction is rolled back anyway).
    Result<void> restoreSearchTrigger(const DeferredIndex &deferred);

    /// A writer for `columns` of `table` (names from code, checked against the
    /// table) putting up to `batchRows` rows in one statement.
    Result<Writer> writer(const QString &table, const QStringList &columns, int batchRows = 1);

    /// Takes `count` numbers of the gapless sequence of `kind` (as in
    /// number_sequences: "customer", "opportunity") for `yearKey` at once and
    /// returns the first. Inside a transaction only.
    Result<qint64> reserveNumbers(const QString &kind, int yearKey, qint64 count);
    /// Sets the last number handed out, giving back reserved numbers that went unused.
    Result<void> setLastNumber(const QString &kind, int yearKey, qint64 last);

    /// Lets SQLite keep the pages of a large import in memory until it
    /// commits instead of spilling them half-way; returns the setting to
    /// give back to restoreCache(). Only a hint: other databases ignore it.
    Result<QVariant> enlargeCache();
    /// Puts the cache size back as it was before enlargeCache().
    Result<void> restoreCache(const QVariant &previous);

    /// Replaces every phone, e-mail, address and URL kept for a contact by
    /// `details`, in order; the deleted and inserted rows are audited.
    Result<void> replaceContactDetails(qint64 contactId, const std::vector<ContactDetail> &details);
    /// Sets a contact's photo (an image file's bytes and its type, "JPEG").
    Result<void> setContactPhoto(qint64 contactId, const QByteArray &photo, const QString &type);
    /// Every contact's details by contact id, in their order.
    Result<QHash<qint64, std::vector<ContactDetail>>> contactDetails() const;

    /// The values of `columns` of every row of `table`, in id order.
    Result<std::vector<QVariantList>> rows(const QString &table, const QStringList &columns) const;

    /// Every record of `kind` (users, customers, contacts, leads,
    /// opportunities, products, activities) keyed by the import field names,
    /// with references as names, money in minor units, rates in millionths,
    /// plus "id" (and "customer_code" next to a customer's name). Opportunities
    /// list their products of interest under "product".
    Result<std::vector<Fields>> exportRows(const QString &kind) const;

private:
    Database &m_db;
};

} // namespace qianyue
