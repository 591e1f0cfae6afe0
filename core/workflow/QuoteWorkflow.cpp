#include "core/workflow/QuoteWorkflow.h"

#include "core/documents/DocumentSnapshots.h"
#include "core/store/Database.h"
#include "core/store/LineStore.h"
#include "core/store/NumberSequence.h"
#include "core/store/PipelineStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {
const QString kTable = QStringLiteral("quotes");
} // namespace

QuoteWorkflow::QuoteWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<Fields> QuoteWorkflow::current(qint64 quoteId)
{
    auto quote = m_records.get(kTable, quoteId);
    if (!quote)
        return quote;
    if (!quote->value(QStringLiteral("superseded_by_id")).isNull())
        return fail(ErrorKind::IllegalTransition,
                    tr("Quote %1 revision %2 has been replaced by a newer revision; work on the newest one.")
                        .arg(quote->value(QStringLiteral("number")).toString())
                        .arg(quote->value(QStringLiteral("revision")).toInt()));
    return quote;
}

Result<void> QuoteWorkflow::simpleStep(qint64 quoteId, const QString &action, const Fields &changes)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto quote = current(quoteId); !quote)
            return std::unexpected(quote.error());
        if (auto before = WorkflowSupport::step(m_records, chain::quotes(), quoteId, action, changes); !before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<qint64> QuoteWorkflow::createFromOpportunity(qint64 opportunityId, const QDate &on, int validDays)
{
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto opportunity = m_records.get(QStringLiteral("opportunities"), opportunityId);
        if (!opportunity)
            return std::unexpected(opportunity.error());
        if (opportunity->value(QStringLiteral("status")).toString() != u"open")
            return fail(ErrorKind::IllegalTransition, tr("Quotes can only be made for open opportunities."));
        if (opportunity->value(QStringLiteral("customer_id")).isNull())
            return fail(ErrorKind::Invalid, tr("Choose a customer for the opportunity before quoting."));
        const QString currency = opportunity->value(QStringLiteral("currency")).toString();
        auto base = SettingsStore(m_db).baseCurrency();
        if (!base)
            return std::unexpected(base.error());
        if (currency != *base)
            return fail(ErrorKind::Invalid,
                        tr("The opportunity is in %1; set the exchange rate on the quote after creating it in %2.")
                            .arg(currency, *base));
        auto number = NumberSequence(m_db).next(QStringLiteral("quote"), on.year());
        if (!number)
            return std::unexpected(number.error());
        auto inserted = m_records.insert(kTable, {{QStringLiteral("number"), *number},
                                                  {QStringLiteral("revision"), 1},
                                                  {QStringLiteral("opportunity_id"), opportunityId},
                                                  {QStringLiteral("customer_id"), opportunity->value(QStringLiteral("customer_id"))},
                                                  {QStringLiteral("contact_id"), opportunity->value(QStringLiteral("contact_id"))},
                                                  {QStringLiteral("status"), QStringLiteral("drafting")},
                                                  {QStringLiteral("quote_date"), WorkflowSupport::isoDate(on)},
                                                  {QStringLiteral("valid_until"), WorkflowSupport::isoDate(on.addDays(validDays))},
                                                  {QStringLiteral("currency"), currency},
                                                  {QStringLiteral("owner_id"), opportunity->value(QStringLiteral("owner_id"))}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;

        auto interests = m_records.where(QStringLiteral("opportunity_products"), QStringLiteral("opportunity_id"), opportunityId);
        if (!interests)
            return std::unexpected(interests.error());
        std::vector<DocumentLine> lines;
        for (const Fields &interest : *interests) {
            auto product = m_records.get(QStringLiteral("products"), interest.value(QStringLiteral("product_id")).toLongLong());
            if (!product)
                return std::unexpected(product.error());
            if (product->value(QStringLiteral("currency")).toString() != currency)
                return fail(ErrorKind::Invalid, tr("The product %1 is priced in %2, the quote in %3.")
                                                    .arg(product->value(QStringLiteral("name")).toString(),
                                                         product->value(QStringLiteral("currency")).toString(), currency));
            DocumentLine line;
            line.productId = product->value(QStringLiteral("id")).toLongLong();
            line.description = product->value(QStringLiteral("name")).toString();
            line.specification = product->value(QStringLiteral("specification")).toString();
            line.unit = product->value(QStringLiteral("unit")).toString();
            line.quantity = Quantity::fromThousandths(interest.value(QStringLiteral("quantity_milli")).toLongLong());
            line.unitPrice = Money(product->value(QStringLiteral("list_price")).toLongLong(), currency);
            line.taxRate = Rate::fromMillionths(product->value(QStringLiteral("tax_rate_ppm")).toLongLong());
            lines.push_back(line);
        }
        if (auto replaced = LineStore(m_db).replaceLines(LineDocument::Quote, id, lines); !replaced)
            return std::unexpected(replaced.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> QuoteWorkflow::setLines(qint64 quoteId, std::vector<DocumentLine> lines)
{
    return m_db.transaction([&]() -> Result<void> {
        auto quote = current(quoteId);
        if (!quote)
            return std::unexpected(quote.error());
        if (auto allowed = chain::quotes().target(quote->value(QStringLiteral("status")).toString(), QStringLiteral("edit"));
            !allowed)
            return std::unexpected(allowed.error());
        if (auto replaced = LineStore(m_db).replaceLines(LineDocument::Quote, quoteId, std::move(lines)); !replaced)
            return std::unexpected(replaced.error());
        return {};
    });
}

Result<qint64> QuoteWorkflow::revise(qint64 quoteId, const QDate &on)
{
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto old = current(quoteId);
        if (!old)
            return std::unexpected(old.error());
        if (auto allowed = chain::quotes().target(old->value(QStringLiteral("status")).toString(), QStringLiteral("revise"));
            !allowed)
            return std::unexpected(allowed.error());
        Fields copy = *old;
        for (const auto *generated : {"id", "created_at", "updated_at", "version", "approved_by", "approved_on",
                                      "superseded_by_id", "rejected_reason"})
            copy.remove(QString::fromLatin1(generated));
        copy.insert(QStringLiteral("revision"), old->value(QStringLiteral("revision")).toInt() + 1);
        copy.insert(QStringLiteral("previous_id"), quoteId);
        copy.insert(QStringLiteral("status"), QStringLiteral("drafting"));
        copy.insert(QStringLiteral("quote_date"), WorkflowSupport::isoDate(on));
        auto inserted = m_records.insert(kTable, copy);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        auto lines = LineStore(m_db).lines(LineDocument::Quote, quoteId);
        if (!lines)
            return std::unexpected(lines.error());
        if (auto replaced = LineStore(m_db).replaceLines(LineDocument::Quote, id, *lines); !replaced)
            return std::unexpected(replaced.error());
        return m_records.update(kTable, quoteId, {{QStringLiteral("superseded_by_id"), id}});
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> QuoteWorkflow::submit(qint64 quoteId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto lines = LineStore(m_db).lines(LineDocument::Quote, quoteId);
        if (!lines)
            return std::unexpected(lines.error());
        if (lines->empty())
            return fail(ErrorKind::Invalid, tr("Add at least one line before submitting the quote."));
        return simpleStep(quoteId, QStringLiteral("submit"), {});
    });
}

Result<void> QuoteWorkflow::approve(qint64 quoteId, qint64 approverId, const QDate &on)
{
    auto approver = WorkflowSupport::activeUser(m_records, approverId);
    if (!approver)
        return std::unexpected(approver.error());
    if (approver->value(QStringLiteral("role")).toString() == u"rep")
        return fail(ErrorKind::Invalid, tr("Only a manager or an administrator can approve quotes; %1 is a sales rep.")
                                            .arg(approver->value(QStringLiteral("name")).toString()));
    return m_db.transaction([&]() -> Result<void> {
        if (auto approved = simpleStep(quoteId, QStringLiteral("approve"),
                                       {{QStringLiteral("approved_by"), approverId},
                                        {QStringLiteral("approved_on"), WorkflowSupport::isoDate(on)}});
            !approved)
            return approved;
        // What the customer is sent is frozen with the approval (data and PDF).
        return DocumentSnapshots::freezeQuote(m_db, quoteId);
    });
}

Result<void> QuoteWorkflow::sendBack(qint64 quoteId)
{
    return simpleStep(quoteId, QStringLiteral("send_back"), {});
}

Result<void> QuoteWorkflow::accept(qint64 quoteId, const QDate &on)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto accepted = simpleStep(quoteId, QStringLiteral("accept"), {}); !accepted)
            return accepted;
        auto quote = m_records.get(kTable, quoteId);
        if (!quote)
            return std::unexpected(quote.error());
        const QVariant opportunityId = quote->value(QStringLiteral("opportunity_id"));
        if (opportunityId.isNull())
            return {};
        auto opportunity = m_records.get(QStringLiteral("opportunities"), opportunityId.toLongLong());
        if (!opportunity)
            return std::unexpected(opportunity.error());
        if (opportunity->value(QStringLiteral("status")).toString() != u"open")
            return {};
        auto contractStage = PipelineStore(m_db).lastOpenStage();
        if (!contractStage)
            return std::unexpected(contractStage.error());
        return OpportunityWorkflow(m_db).changeStage(opportunityId.toLongLong(),
                                                     contractStage->value(QStringLiteral("id")).toLongLong(), on);
    });
}

Result<void> QuoteWorkflow::reject(qint64 quoteId, const QString &reason)
{
    if (auto given = WorkflowSupport::requireText(reason, tr("The reason for the rejection")); !given)
        return given;
    return simpleStep(quoteId, QStringLiteral("reject"), {{QStringLiteral("rejected_reason"), reason}});
}

} // namespace qianyue
