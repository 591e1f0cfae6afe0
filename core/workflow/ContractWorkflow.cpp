#include "core/workflow/ContractWorkflow.h"

#include "core/documents/DocumentSnapshots.h"
#include "core/store/Database.h"
#include "core/store/FulfilmentStore.h"
#include "core/store/LineStore.h"
#include "core/store/NumberSequence.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {
const QString kTable = QStringLiteral("contracts");
} // namespace

ContractWorkflow::ContractWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<void> ContractWorkflow::simpleStep(qint64 contractId, const QString &action, const Fields &changes)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto before = WorkflowSupport::step(m_records, chain::contracts(), contractId, action, changes); !before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<qint64> ContractWorkflow::createFromQuote(qint64 quoteId, const QDate &on)
{
    if (!on.isValid())
        return fail(ErrorKind::Invalid, tr("The contract date is required."));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto quote = m_records.get(QStringLiteral("quotes"), quoteId);
        if (!quote)
            return std::unexpected(quote.error());
        const QString quoteNumber = quote->value(QStringLiteral("number")).toString();
        if (!quote->value(QStringLiteral("superseded_by_id")).isNull())
            return fail(ErrorKind::IllegalTransition,
                        tr("Quote %1 revision %2 has been replaced by a newer revision; make the contract from the newest one.")
                            .arg(quoteNumber)
                            .arg(quote->value(QStringLiteral("revision")).toInt()));
        const QString status = quote->value(QStringLiteral("status")).toString();
        if (status != u"accepted")
            return fail(ErrorKind::IllegalTransition,
                        tr("Only a quote the customer accepted can become a contract; quote %1 is %2.")
                            .arg(quoteNumber, ChainNames::state(QStringLiteral("quotes"), status)));
        // A terminated contract no longer binds anyone, so the quote may be signed anew.
        auto existing = FulfilmentStore(m_db).liveContractOfQuote(quoteId);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return fail(ErrorKind::Conflict, tr("Quote %1 already became the contract %2; open that contract instead.")
                                                 .arg(quoteNumber, (*existing)->value(QStringLiteral("number")).toString()));

        QString title;
        const QVariant opportunityId = quote->value(QStringLiteral("opportunity_id"));
        if (!opportunityId.isNull()) {
            auto opportunity = m_records.get(QStringLiteral("opportunities"), opportunityId.toLongLong());
            if (!opportunity)
                return std::unexpected(opportunity.error());
            title = opportunity->value(QStringLiteral("name")).toString();
        }

        auto number = NumberSequence(m_db).next(QStringLiteral("contract"), on.year());
        if (!number)
            return std::unexpected(number.error());
        auto inserted = m_records.insert(kTable, {{QStringLiteral("number"), *number},
                                                  {QStringLiteral("title"), title},
                                                  {QStringLiteral("customer_id"), quote->value(QStringLiteral("customer_id"))},
                                                  {QStringLiteral("contact_id"), quote->value(QStringLiteral("contact_id"))},
                                                  {QStringLiteral("quote_id"), quoteId},
                                                  {QStringLiteral("opportunity_id"), opportunityId},
                                                  {QStringLiteral("status"), QStringLiteral("drafting")},
                                                  {QStringLiteral("price_strategy"), quote->value(QStringLiteral("price_strategy"))},
                                                  {QStringLiteral("payment_terms"), quote->value(QStringLiteral("payment_terms"))},
                                                  {QStringLiteral("currency"), quote->value(QStringLiteral("currency"))},
                                                  {QStringLiteral("exchange_rate_ppm"), quote->value(QStringLiteral("exchange_rate_ppm"))},
                                                  {QStringLiteral("contract_date"), WorkflowSupport::isoDate(on)},
                                                  {QStringLiteral("owner_id"), quote->value(QStringLiteral("owner_id"))}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;

        auto lines = LineStore(m_db).lines(LineDocument::Quote, quoteId);
        if (!lines)
            return std::unexpected(lines.error());
        for (DocumentLine &line : *lines)
            line.id = 0;
        // Totals are recomputed from the same rounded lines, so they match the quote to the cent.
        if (auto replaced = LineStore(m_db).replaceLines(LineDocument::Contract, id, std::move(*lines)); !replaced)
            return std::unexpected(replaced.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> ContractWorkflow::setLines(qint64 contractId, std::vector<DocumentLine> lines)
{
    return m_db.transaction([&]() -> Result<void> {
        auto contract = m_records.get(kTable, contractId);
        if (!contract)
            return std::unexpected(contract.error());
        if (auto allowed = chain::contracts().target(contract->value(QStringLiteral("status")).toString(),
                                                     QStringLiteral("edit"));
            !allowed)
            return std::unexpected(allowed.error());
        if (auto replaced = LineStore(m_db).replaceLines(LineDocument::Contract, contractId, std::move(lines)); !replaced)
            return std::unexpected(replaced.error());
        return {};
    });
}

Result<void> ContractWorkflow::submitForReview(qint64 contractId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto contract = m_records.get(kTable, contractId);
        if (!contract)
            return std::unexpected(contract.error());
        // The state decides first: a signed contract is refused for its state, not its lines.
        if (auto allowed = chain::contracts().target(contract->value(QStringLiteral("status")).toString(),
                                                     QStringLiteral("submit"));
            !allowed)
            return std::unexpected(allowed.error());
        auto lines = LineStore(m_db).lines(LineDocument::Contract, contractId);
        if (!lines)
            return std::unexpected(lines.error());
        if (lines->empty())
            return fail(ErrorKind::Invalid, tr("Add at least one line before submitting the contract for review."));
        return simpleStep(contractId, QStringLiteral("submit"), {});
    });
}

Result<void> ContractWorkflow::sendBack(qint64 contractId)
{
    return simpleStep(contractId, QStringLiteral("send_back"), {});
}

Result<void> ContractWorkflow::sign(qint64 contractId, const QDate &signedOn, std::optional<QDate> startOn,
                                    std::optional<QDate> endOn)
{
    if (!signedOn.isValid())
        return fail(ErrorKind::Invalid, tr("The signing date is required."));
    if ((startOn && !startOn->isValid()) || (endOn && !endOn->isValid()))
        return fail(ErrorKind::Invalid, tr("The start and end dates of the contract must be valid dates."));
    return m_db.transaction([&]() -> Result<void> {
        auto contract = m_records.get(kTable, contractId);
        if (!contract)
            return std::unexpected(contract.error());
        Fields changes{{QStringLiteral("signed_on"), WorkflowSupport::isoDate(signedOn)}};
        if (startOn)
            changes.insert(QStringLiteral("start_on"), WorkflowSupport::isoDate(*startOn));
        if (endOn)
            changes.insert(QStringLiteral("end_on"), WorkflowSupport::isoDate(*endOn));
        const QDate start = startOn ? *startOn : WorkflowSupport::dateOf(contract->value(QStringLiteral("start_on")));
        const QDate end = endOn ? *endOn : WorkflowSupport::dateOf(contract->value(QStringLiteral("end_on")));
        if (start.isValid() && end.isValid() && end < start)
            return fail(ErrorKind::Invalid, tr("The contract cannot end (%1) before it starts (%2).")
                                                .arg(WorkflowSupport::isoDate(end), WorkflowSupport::isoDate(start)));
        if (auto before = WorkflowSupport::step(m_records, chain::contracts(), contractId, QStringLiteral("sign"), changes);
            !before)
            return std::unexpected(before.error());
        if (auto frozen = DocumentSnapshots::freezeContract(m_db, contractId); !frozen)
            return frozen;

        // The signature is what wins the deal (赢单); a lost or already won opportunity is left as the user set it.
        const QVariant opportunityId = contract->value(QStringLiteral("opportunity_id"));
        if (opportunityId.isNull())
            return {};
        auto opportunity = m_records.get(QStringLiteral("opportunities"), opportunityId.toLongLong());
        if (!opportunity)
            return std::unexpected(opportunity.error());
        if (opportunity->value(QStringLiteral("status")).toString() != u"open")
            return {};
        return OpportunityWorkflow(m_db).win(opportunityId.toLongLong(), signedOn);
    });
}

Result<void> ContractWorkflow::start(qint64 contractId, const QDate &on)
{
    if (!on.isValid())
        return fail(ErrorKind::Invalid, tr("The start date is required."));
    return m_db.transaction([&]() -> Result<void> {
        auto contract = m_records.get(kTable, contractId);
        if (!contract)
            return std::unexpected(contract.error());
        Fields changes;
        if (contract->value(QStringLiteral("start_on")).isNull())
            changes.insert(QStringLiteral("start_on"), WorkflowSupport::isoDate(on));
        return simpleStep(contractId, QStringLiteral("start"), changes);
    });
}

Result<void> ContractWorkflow::complete(qint64 contractId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto contract = m_records.get(kTable, contractId);
        if (!contract)
            return std::unexpected(contract.error());
        if (auto allowed = chain::contracts().target(contract->value(QStringLiteral("status")).toString(),
                                                     QStringLiteral("complete"));
            !allowed)
            return std::unexpected(allowed.error());
        // Quantities never ordered do not block completion (the customer took less);
        // goods still on their way do.
        auto unfinished = FulfilmentStore(m_db).unfinishedOrdersOfContract(contractId);
        if (!unfinished)
            return std::unexpected(unfinished.error());
        if (!unfinished->isEmpty())
            return fail(ErrorKind::Conflict,
                        tr("Contract %1 still has orders that are not invoiced: %2. Invoice or cancel them before completing it.")
                            .arg(contract->value(QStringLiteral("number")).toString(), unfinished->join(tr(", "))));
        return simpleStep(contractId, QStringLiteral("complete"), {});
    });
}

Result<void> ContractWorkflow::terminate(qint64 contractId, const QString &reason)
{
    if (auto given = WorkflowSupport::requireText(reason, tr("The reason for the termination")); !given)
        return given;
    return simpleStep(contractId, QStringLiteral("terminate"), {{QStringLiteral("terminated_reason"), reason.trimmed()}});
}

Result<std::vector<LineBalance>> ContractWorkflow::balances(qint64 contractId) const
{
    auto lines = LineStore(m_db).lines(LineDocument::Contract, contractId);
    if (!lines)
        return std::unexpected(lines.error());
    auto ordered = FulfilmentStore(m_db).orderedPerContractLine(contractId);
    if (!ordered)
        return std::unexpected(ordered.error());
    std::vector<LineBalance> result;
    result.reserve(lines->size());
    for (const DocumentLine &line : *lines) {
        LineBalance balance;
        balance.contractLineId = line.id;
        balance.position = line.position;
        balance.productId = line.productId;
        balance.description = line.description;
        balance.unit = line.unit;
        balance.contracted = line.quantity;
        balance.ordered = ordered->value(line.id);
        auto remaining = line.quantity.minus(balance.ordered);
        if (!remaining)
            return std::unexpected(remaining.error());
        balance.remaining = *remaining;
        result.push_back(std::move(balance));
    }
    return result;
}

} // namespace qianyue
