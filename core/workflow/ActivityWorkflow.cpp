#include "core/workflow/ActivityWorkflow.h"

#include "core/store/Database.h"
#include "core/store/PerformanceStore.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

#include <QHash>

namespace qianyue {

namespace {

const QString kTable = QStringLiteral("activities");

bool present(const QVariant &value)
{
    return !value.isNull() && !value.toString().trimmed().isEmpty();
}

} // namespace

ActivityWorkflow::ActivityWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

QString ActivityWorkflow::timestamp(const QDateTime &at)
{
    // Qt::ISODate drops milliseconds: seconds are enough for an agenda, and
    // one fixed shape keeps text comparisons in SQL exact.
    return at.toUTC().toString(Qt::ISODate);
}

Result<QVariant> ActivityWorkflow::normalizedTime(const Fields &fields, const QString &name, const QString &label) const
{
    const QVariant value = fields.value(name);
    if (!present(value))
        return QVariant();
    const QDateTime at = value.typeId() == QMetaType::QDateTime
                             ? value.toDateTime()
                             : QDateTime::fromString(value.toString().trimmed(), Qt::ISODate);
    if (!at.isValid())
        return fail(ErrorKind::Invalid,
                    tr("%1 is not a date and time: '%2'. Write it as 2026-03-02T09:30.").arg(label, value.toString()));
    return QVariant(timestamp(at));
}

Result<qint64> ActivityWorkflow::create(Fields fields)
{
    static const QStringList kinds = {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("demo"),
                                      QStringLiteral("email"), QStringLiteral("meeting"), QStringLiteral("task")};
    const QString kind = fields.value(QStringLiteral("kind")).toString().trimmed();
    if (!kinds.contains(kind))
        return fail(ErrorKind::Invalid, tr("Choose the kind of activity: call, visit, demo, email, meeting or task."));
    fields.insert(QStringLiteral("kind"), kind);
    if (auto subject = WorkflowSupport::requireText(fields.value(QStringLiteral("subject")).toString(),
                                                    tr("The subject of the activity"));
        !subject)
        return std::unexpected(subject.error());

    static const QStringList links = {QStringLiteral("customer_id"), QStringLiteral("contact_id"),
                                      QStringLiteral("lead_id"), QStringLiteral("opportunity_id")};
    bool linked = false;
    for (const QString &link : links) {
        if (present(fields.value(link)))
            linked = true;
        else if (fields.contains(link))
            fields.insert(link, QVariant());
    }
    // An activity nobody can find from a customer, contact, lead or opportunity is lost.
    if (!linked)
        return fail(ErrorKind::Invalid,
                    tr("Link the activity to a customer, a contact, a lead or an opportunity."));

    auto due = normalizedTime(fields, QStringLiteral("due_at"), tr("The due time"));
    if (!due)
        return std::unexpected(due.error());
    auto remind = normalizedTime(fields, QStringLiteral("remind_at"), tr("The reminder time"));
    if (!remind)
        return std::unexpected(remind.error());
    if (!due->isNull() && !remind->isNull() && remind->toString() > due->toString())
        return fail(ErrorKind::Invalid, tr("The reminder (%1) comes after the activity is due (%2).")
                                            .arg(remind->toString(), due->toString()));
    fields.insert(QStringLiteral("due_at"), *due);
    fields.insert(QStringLiteral("remind_at"), *remind);

    // A new activity is always planned; done and cancelled come through the workflow.
    fields.insert(QStringLiteral("status"), QStringLiteral("planned"));
    fields.insert(QStringLiteral("outcome"), QString());
    fields.insert(QStringLiteral("done_at"), QVariant());
    if (!present(fields.value(QStringLiteral("owner_id"))))
        fields.insert(QStringLiteral("owner_id"), m_db.actor() ? QVariant(*m_db.actor()) : QVariant());

    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        // Checked here so the user reads which record is missing, not a foreign key error.
        static const QHash<QString, QString> tables = {{QStringLiteral("customer_id"), QStringLiteral("customers")},
                                                       {QStringLiteral("contact_id"), QStringLiteral("contacts")},
                                                       {QStringLiteral("lead_id"), QStringLiteral("leads")},
                                                       {QStringLiteral("opportunity_id"), QStringLiteral("opportunities")}};
        for (const QString &link : links) {
            const QVariant value = fields.value(link);
            if (value.isNull())
                continue;
            auto record = m_records.get(tables.value(link), value.toLongLong());
            if (!record)
                return std::unexpected(record.error());
            if (link == u"contact_id" && present(fields.value(QStringLiteral("customer_id")))
                && record->value(QStringLiteral("customer_id")).toLongLong()
                       != fields.value(QStringLiteral("customer_id")).toLongLong())
                return fail(ErrorKind::Invalid, tr("%1 is not a contact of the chosen customer.")
                                                    .arg(record->value(QStringLiteral("name")).toString()));
        }
        auto inserted = m_records.insert(kTable, fields);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> ActivityWorkflow::markDone(qint64 id, const QString &outcome, const QDateTime &at)
{
    if (!at.isValid())
        return fail(ErrorKind::Invalid, tr("Choose when the activity was done."));
    return m_db.transaction([&]() -> Result<void> {
        auto before = WorkflowSupport::step(m_records, chain::activities(), id, QStringLiteral("done"),
                                            {{QStringLiteral("outcome"), outcome.trimmed()},
                                             {QStringLiteral("done_at"), timestamp(at)}});
        if (!before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<void> ActivityWorkflow::cancel(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto before = WorkflowSupport::step(m_records, chain::activities(), id, QStringLiteral("cancel")); !before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<void> ActivityWorkflow::reopen(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        auto before = WorkflowSupport::step(m_records, chain::activities(), id, QStringLiteral("reopen"),
                                            {{QStringLiteral("outcome"), QString()}, {QStringLiteral("done_at"), QVariant()}});
        if (!before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<std::vector<Fields>> ActivityWorkflow::dueFor(qint64 userId, const QDateTime &now, const QDate &until) const
{
    if (!now.isValid() || !until.isValid())
        return fail(ErrorKind::Invalid, tr("Choose the current time and the last day of the agenda."));
    // "Due by `until`" means before the next local midnight.
    const QDateTime end(until.addDays(1), QTime(0, 0));
    return PerformanceStore(m_db).dueActivities(userId, timestamp(now), timestamp(end));
}

} // namespace qianyue
