#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"
#include "core/workflow/StateMachine.h"

#include <QCoreApplication>
#include <QDate>

namespace qianyue {

/// Small pieces every workflow step needs.
class WorkflowSupport
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowSupport)

public:
    /// 'YYYY-MM-DD', the form every date column holds.
    static QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }
    /// Reads a date column back; an empty or malformed value gives a null date.
    static QDate dateOf(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

    /// Moves record `id` of the machine's table by `action`, applying `changes`
    /// with the new status in the same update. Returns the record as it was before.
    static Result<Fields> step(RecordStore &records, const StateMachine &machine, qint64 id, const QString &action,
                               Fields changes = {});

    /// Refuses an empty text with a message naming the field.
    static Result<void> requireText(const QString &value, const QString &fieldName);

    /// Checks that `userId` is an active salesperson.
    static Result<Fields> activeUser(RecordStore &records, qint64 userId);
};

} // namespace qianyue
