#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <vector>

namespace qianyue {

class Database;

/// Sales activities (销售活动): calls, visits, demos, emails, meetings and
/// tasks planned against a customer, contact, lead or opportunity, then done
/// or cancelled; and each salesperson's agenda of what is due.
class ActivityWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ActivityWorkflow)

public:
    explicit ActivityWorkflow(Database &database);

    /// How timestamps are stored: ISO 8601 in UTC ("2026-03-02T01:30:00Z"), so text order is time order.
    static QString timestamp(const QDateTime &at);

    /// Plans an activity. `kind` is call, visit, demo, email, meeting or task;
    /// `subject` is required; at least one of customer_id, contact_id, lead_id
    /// and opportunity_id links it; due_at and remind_at (QDateTime or ISO text)
    /// are optional but the reminder may not come after the due time. The
    /// owner defaults to the current user.
    Result<qint64> create(Fields fields);
    /// Marks a planned activity done at `at` with what came of it.
    Result<void> markDone(qint64 id, const QString &outcome, const QDateTime &at);
    /// Cancels a planned activity.
    Result<void> cancel(qint64 id);
    /// Plans a done or cancelled activity again (its outcome and done time are cleared).
    Result<void> reopen(qint64 id);

    /// The user's planned activities due by the end of `until` (local time),
    /// overdue ones (due before `now`) first, then by due time; each row has
    /// a boolean "overdue" field. Activities without a due time are not listed.
    Result<std::vector<Fields>> dueFor(qint64 userId, const QDateTime &now, const QDate &until) const;

private:
    Result<QVariant> normalizedTime(const Fields &fields, const QString &name, const QString &label) const;

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
