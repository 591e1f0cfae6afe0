#include "core/workflow/LeadWorkflow.h"

#include "core/store/Database.h"
#include "core/store/NumberSequence.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {
const QString kTable = QStringLiteral("leads");
} // namespace

LeadWorkflow::LeadWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<qint64> LeadWorkflow::create(Fields fields, const QDate &on)
{
    const QString company = fields.value(QStringLiteral("company")).toString();
    const QString person = fields.value(QStringLiteral("contact_name")).toString();
    if (company.trimmed().isEmpty() && person.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("A lead needs a company or a contact name."));
    const QVariant owner = fields.value(QStringLiteral("owner_id"));
    if (!owner.isNull()) {
        if (auto user = WorkflowSupport::activeUser(m_records, owner.toLongLong()); !user)
            return std::unexpected(user.error());
    }
    fields.insert(QStringLiteral("status"), owner.isNull() ? QStringLiteral("unassigned") : QStringLiteral("assigned"));
    if (!fields.contains(QStringLiteral("created_on")))
        fields.insert(QStringLiteral("created_on"), WorkflowSupport::isoDate(on));
    return m_records.insert(kTable, fields);
}

Result<void> LeadWorkflow::assign(qint64 leadId, qint64 userId)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto user = WorkflowSupport::activeUser(m_records, userId); !user)
            return std::unexpected(user.error());
        auto before = WorkflowSupport::step(m_records, chain::leads(), leadId, QStringLiteral("assign"),
                                            {{QStringLiteral("owner_id"), userId}});
        if (!before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<void> LeadWorkflow::disqualify(qint64 leadId, const QString &reason, const QDate &on)
{
    if (auto given = WorkflowSupport::requireText(reason, tr("The reason for disqualifying")); !given)
        return given;
    auto before = WorkflowSupport::step(m_records, chain::leads(), leadId, QStringLiteral("disqualify"),
                                        {{QStringLiteral("disqualify_reason"), reason},
                                         {QStringLiteral("result"), tr("Disqualified: %1").arg(reason)},
                                         {QStringLiteral("closed_on"), WorkflowSupport::isoDate(on)}});
    if (!before)
        return std::unexpected(before.error());
    return {};
}

Result<qint64> LeadWorkflow::customerFor(const Fields &lead, const ConvertOptions &options, const QDate &on,
                                         bool &matched)
{
    matched = true;
    if (options.customerId) {
        if (auto customer = m_records.get(QStringLiteral("customers"), *options.customerId); !customer)
            return std::unexpected(customer.error());
        return *options.customerId;
    }
    const QString company = lead.value(QStringLiteral("company")).toString().trimmed();
    const QString person = lead.value(QStringLiteral("contact_name")).toString().trimmed();
    const QString name = company.isEmpty() ? person : company;
    auto existing = m_records.findId(QStringLiteral("customers"), QStringLiteral("name"), name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return **existing;

    matched = false;
    auto code = NumberSequence(m_db).next(QStringLiteral("customer"), on.year());
    if (!code)
        return std::unexpected(code.error());
    return m_records.insert(QStringLiteral("customers"),
                            {{QStringLiteral("code"), *code},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("kind"), company.isEmpty() ? QStringLiteral("person") : QStringLiteral("company")},
                             {QStringLiteral("phone"), lead.value(QStringLiteral("phone"))},
                             {QStringLiteral("email"), lead.value(QStringLiteral("email"))},
                             {QStringLiteral("source"), lead.value(QStringLiteral("source"))},
                             {QStringLiteral("status"), QStringLiteral("prospect")},
                             {QStringLiteral("owner_id"), lead.value(QStringLiteral("owner_id"))}});
}

Result<qint64> LeadWorkflow::contactFor(const Fields &lead, qint64 customerId, bool &matched)
{
    const QString person = lead.value(QStringLiteral("contact_name")).toString().trimmed();
    auto contacts = m_records.where(QStringLiteral("contacts"), QStringLiteral("customer_id"), customerId);
    if (!contacts)
        return std::unexpected(contacts.error());
    for (const Fields &contact : *contacts) {
        if (contact.value(QStringLiteral("name")).toString().compare(person, Qt::CaseInsensitive) == 0) {
            matched = true;
            return contact.value(QStringLiteral("id")).toLongLong();
        }
    }
    matched = false;
    return m_records.insert(QStringLiteral("contacts"),
                            {{QStringLiteral("customer_id"), customerId},
                             {QStringLiteral("name"), person.isEmpty() ? tr("Main contact") : person},
                             {QStringLiteral("phone"), lead.value(QStringLiteral("phone"))},
                             {QStringLiteral("email"), lead.value(QStringLiteral("email"))},
                             {QStringLiteral("is_primary"), contacts->empty()},
                             {QStringLiteral("owner_id"), lead.value(QStringLiteral("owner_id"))}});
}

Result<LeadWorkflow::Conversion> LeadWorkflow::convert(qint64 leadId, const ConvertOptions &options, const QDate &on)
{
    Conversion result;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto lead = m_records.get(kTable, leadId);
        if (!lead)
            return std::unexpected(lead.error());
        // Ask the state machine first, so an unassigned lead gets the right message.
        if (auto allowed = chain::leads().target(lead->value(QStringLiteral("status")).toString(), QStringLiteral("convert"));
            !allowed)
            return std::unexpected(allowed.error());

        auto customer = customerFor(*lead, options, on, result.customerMatched);
        if (!customer)
            return std::unexpected(customer.error());
        result.customerId = *customer;
        auto contact = contactFor(*lead, result.customerId, result.contactMatched);
        if (!contact)
            return std::unexpected(contact.error());
        result.contactId = *contact;

        const QString company = lead->value(QStringLiteral("company")).toString();
        const QString interest = lead->value(QStringLiteral("interest")).toString();
        QString name = options.opportunityName.trimmed();
        if (name.isEmpty())
            name = interest.isEmpty() ? company : company + QStringLiteral(" – ") + interest;
        if (name.trimmed().isEmpty())
            name = lead->value(QStringLiteral("contact_name")).toString();
        Fields opportunity{{QStringLiteral("name"), name},
                           {QStringLiteral("customer_id"), result.customerId},
                           {QStringLiteral("contact_id"), result.contactId},
                           {QStringLiteral("lead_id"), leadId},
                           {QStringLiteral("source"), lead->value(QStringLiteral("source"))},
                           {QStringLiteral("amount"), options.amount},
                           {QStringLiteral("owner_id"), lead->value(QStringLiteral("owner_id"))}};
        if (options.expectedCloseDate)
            opportunity.insert(QStringLiteral("expected_close_date"), WorkflowSupport::isoDate(*options.expectedCloseDate));
        auto created = OpportunityWorkflow(m_db).create(opportunity, on);
        if (!created)
            return std::unexpected(created.error());
        result.opportunityId = *created;
        auto code = m_records.get(QStringLiteral("opportunities"), result.opportunityId);
        if (!code)
            return std::unexpected(code.error());

        auto before = WorkflowSupport::step(
            m_records, chain::leads(), leadId, QStringLiteral("convert"),
            {{QStringLiteral("customer_id"), result.customerId},
             {QStringLiteral("contact_id"), result.contactId},
             {QStringLiteral("closed_on"), WorkflowSupport::isoDate(on)},
             {QStringLiteral("result"), tr("Converted to opportunity %1").arg(code->value(QStringLiteral("code")).toString())}});
        if (!before)
            return std::unexpected(before.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return result;
}

} // namespace qianyue
