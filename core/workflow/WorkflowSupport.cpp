#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

Result<Fields> WorkflowSupport::step(RecordStore &records, const StateMachine &machine, qint64 id,
                                     const QString &action, Fields changes)
{
    auto before = records.get(machine.table(), id);
    if (!before)
        return before;
    auto next = machine.target(before->value(QStringLiteral("status")).toString(), action);
    if (!next)
        return std::unexpected(next.error());
    changes.insert(QStringLiteral("status"), *next);
    if (auto updated = records.update(machine.table(), id, changes); !updated)
        return std::unexpected(updated.error());
    return before;
}

Result<void> WorkflowSupport::requireText(const QString &value, const QString &fieldName)
{
    if (value.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("%1 is required.").arg(fieldName));
    return {};
}

Result<Fields> WorkflowSupport::activeUser(RecordStore &records, qint64 userId)
{
    auto user = records.get(QStringLiteral("users"), userId);
    if (!user)
        return user;
    if (!user->value(QStringLiteral("active")).toBool())
        return fail(ErrorKind::Invalid,
                    tr("%1 is no longer active and cannot take new work.").arg(user->value(QStringLiteral("name")).toString()));
    return user;
}

} // namespace qianyue
