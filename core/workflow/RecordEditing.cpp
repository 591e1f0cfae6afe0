#include "core/workflow/RecordEditing.h"

#include "core/store/Database.h"
#include "core/store/NumberSequence.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/ActivityWorkflow.h"
#include "core/workflow/LeadWorkflow.h"
#include "core/workflow/OpportunityWorkflow.h"

#include <QDate>

namespace qianyue {

RecordEditing::RecordEditing(Database &database)
    : m_db(database)
{
}

Result<qint64> RecordEditing::create(const QString &table, Fields fields)
{
    if (table == u"leads")
        return LeadWorkflow(m_db).create(fields);
    if (table == u"opportunities")
        return OpportunityWorkflow(m_db).create(fields);
    if (table == u"activities")
        return ActivityWorkflow(m_db).create(fields);
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (table == u"customers" && fields.value(QStringLiteral("code")).toString().trimmed().isEmpty()) {
            // Taken in the saving transaction, so a failed save leaves no gap.
            auto code = NumberSequence(m_db).next(QStringLiteral("customer"), QDate::currentDate().year());
            if (!code)
                return std::unexpected(code.error());
            fields.insert(QStringLiteral("code"), *code);
        }
        if (table == u"products" && !fields.contains(QStringLiteral("currency"))) {
            auto base = SettingsStore(m_db).baseCurrency();
            if (!base)
                return std::unexpected(base.error());
            fields.insert(QStringLiteral("currency"), *base);
        }
        auto inserted = RecordStore(m_db).insert(table, fields);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> RecordEditing::save(const QString &table, qint64 id, const Fields &changes, std::optional<qint64> expectedVersion)
{
    if (changes.contains(QStringLiteral("status")))
        return fail(ErrorKind::IllegalTransition, tr("The state changes only through the steps of the sales chain."));
    return RecordStore(m_db).update(table, id, changes, expectedVersion);
}

} // namespace qianyue
