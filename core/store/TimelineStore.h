#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// One dated event in a customer's life: an activity or a step of the chain.
struct TimelineEvent {
    QString date;   ///< ISO date or date-time, what the list is ordered by
    QString table;  ///< the record to open
    qint64 id = 0;
    QString kind;   ///< activities: their kind (call, visit…); otherwise the table
    QString title;  ///< subject, number or name
    QString status; ///< stored status value (receipts: their kind)
    std::optional<qint64> amount; ///< minor units of `currency`, where the record has an amount
    QString currency;
};

/// One audit log entry of a record.
struct AuditEntry {
    QString at;
    QString user;
    QString action;
    QString changes; ///< JSON: column → [old, new]
};

/// The customer 360 timeline: activities and chain records of one customer,
/// newest first, read in pages (keyset on date, table and id).
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)

public:
    explicit TimelineStore(Database &database);

    /// Up to `limit` events of the customer older than `after` (the last event
    /// of the previous page; none for the first page).
    Result<std::vector<TimelineEvent>> customerEvents(qint64 customerId, int limit,
                                                      const std::optional<TimelineEvent> &after = std::nullopt) const;

    /// The audit entries of one record, oldest first: when, who (name), action, changes (JSON).
    Result<std::vector<AuditEntry>> recordHistory(const QString &table, qint64 id) const;

private:
    Database &m_db;
};

} // namespace qianyue
