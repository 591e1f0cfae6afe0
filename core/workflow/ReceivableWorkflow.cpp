#include "core/workflow/ReceivableWorkflow.h"

#include "core/store/Database.h"
#include "core/store/FulfilmentStore.h"
#include "core/store/NumberSequence.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {

const QString kReceivables = QStringLiteral("receivables");
const QString kReceipts = QStringLiteral("receipts");
const QString kAllocations = QStringLiteral("receipt_allocations");

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(WorkflowSupport::isoDate(date)) : QVariant();
}

} // namespace

ReceivableWorkflow::ReceivableWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<qint64> ReceivableWorkflow::createFromOrder(qint64 orderId, const ReceivableInput &input, const QDate &on)
{
    if (!on.isValid())
        return fail(ErrorKind::Invalid, tr("The date of the receivable is required."));
    if (input.invoiceDate.isValid() && input.dueDate.isValid() && input.dueDate < input.invoiceDate)
        return fail(ErrorKind::Invalid, tr("The due date (%1) cannot be before the invoice date (%2).")
                                            .arg(WorkflowSupport::isoDate(input.dueDate),
                                                 WorkflowSupport::isoDate(input.invoiceDate)));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto order = m_records.get(QStringLiteral("sales_orders"), orderId);
        if (!order)
            return std::unexpected(order.error());
        const QString orderNumber = order->value(QStringLiteral("number")).toString();
        const QString status = order->value(QStringLiteral("status")).toString();
        if (status == u"cancelled")
            return fail(ErrorKind::IllegalTransition,
                        tr("Order %1 is %2; there is nothing to bill.")
                            .arg(orderNumber, ChainNames::state(QStringLiteral("sales_orders"), status)));

        const QString currency = order->value(QStringLiteral("currency")).toString();
        FulfilmentStore fulfilment(m_db);
        auto billed = fulfilment.billedOfOrder(orderId);
        if (!billed)
            return std::unexpected(billed.error());
        auto unbilled = Money(order->value(QStringLiteral("total")).toLongLong(), currency).minus(Money(*billed, currency));
        if (!unbilled)
            return std::unexpected(unbilled.error());
        if (unbilled->minor() <= 0) {
            auto numbers = fulfilment.receivablesOfOrder(orderId);
            if (!numbers)
                return std::unexpected(numbers.error());
            if (numbers->isEmpty())
                return fail(ErrorKind::Invalid, tr("Order %1 has a total of zero; there is nothing to bill.").arg(orderNumber));
            return fail(ErrorKind::Conflict, tr("Order %1 is already fully billed by %2.")
                                                 .arg(orderNumber, numbers->join(tr(", "))));
        }
        const Money amount = input.amount ? Money(*input.amount, currency) : *unbilled;
        if (amount.minor() <= 0)
            return fail(ErrorKind::Invalid, tr("The amount to bill must be greater than zero."));
        if (amount.minor() > unbilled->minor())
            return fail(ErrorKind::Invalid, tr("Order %1 has only %2 %3 left to bill; %4 %3 cannot be billed.")
                                                .arg(orderNumber, unbilled->toDecimalString(), currency,
                                                     amount.toDecimalString()));

        auto number = NumberSequence(m_db).next(QStringLiteral("receivable"), on.year());
        if (!number)
            return std::unexpected(number.error());
        const QString description = input.description.trimmed().isEmpty() ? tr("Order %1").arg(orderNumber)
                                                                           : input.description.trimmed();
        const QString settlement = input.settlementMethod.trimmed().isEmpty()
                                       ? order->value(QStringLiteral("settlement_method")).toString()
                                       : input.settlementMethod.trimmed();
        auto inserted = m_records.insert(kReceivables,
                                         {{QStringLiteral("number"), *number},
                                          {QStringLiteral("receivable_date"), WorkflowSupport::isoDate(on)},
                                          {QStringLiteral("description"), description},
                                          {QStringLiteral("order_id"), orderId},
                                          {QStringLiteral("contract_id"), order->value(QStringLiteral("contract_id"))},
                                          {QStringLiteral("opportunity_id"), order->value(QStringLiteral("opportunity_id"))},
                                          {QStringLiteral("customer_id"), order->value(QStringLiteral("customer_id"))},
                                          {QStringLiteral("currency"), currency},
                                          {QStringLiteral("exchange_rate_ppm"), order->value(QStringLiteral("exchange_rate_ppm"))},
                                          {QStringLiteral("settlement_method"), settlement},
                                          {QStringLiteral("total"), amount.minor()},
                                          {QStringLiteral("received"), 0},
                                          {QStringLiteral("invoice_number"), input.invoiceNumber.trimmed()},
                                          {QStringLiteral("invoice_date"), dateOrNull(input.invoiceDate)},
                                          {QStringLiteral("due_date"), dateOrNull(input.dueDate)},
                                          {QStringLiteral("status"), QStringLiteral("open")},
                                          {QStringLiteral("owner_id"), order->value(QStringLiteral("owner_id"))}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<qint64> ReceivableWorkflow::recordReceipt(const ReceiptInput &input, const std::vector<Allocation> &allocations)
{
    static const QStringList kinds = {QStringLiteral("bank_transfer"), QStringLiteral("cash"), QStringLiteral("cheque"),
                                      QStringLiteral("draft"), QStringLiteral("card"), QStringLiteral("other")};
    if (!input.date.isValid())
        return fail(ErrorKind::Invalid, tr("The date of the receipt is required."));
    if (auto valid = Money::validateCurrency(input.currency); !valid)
        return std::unexpected(valid.error());
    if (input.amount <= 0)
        return fail(ErrorKind::Invalid, tr("The amount received must be greater than zero."));
    if (input.exchangeRatePpm <= 0)
        return fail(ErrorKind::Invalid, tr("The exchange rate must be greater than zero."));
    if (!kinds.contains(input.kind))
        return fail(ErrorKind::Invalid, tr("Unknown kind of receipt '%1'; use one of %2.")
                                            .arg(input.kind, kinds.join(tr(", "))));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto customer = m_records.get(QStringLiteral("customers"), input.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        // Money received counts for the customer's salesperson, whoever types it in.
        QVariant owner = customer->value(QStringLiteral("owner_id"));
        if (owner.isNull() && m_db.actor())
            owner = *m_db.actor();
        auto number = NumberSequence(m_db).next(QStringLiteral("receipt"), input.date.year());
        if (!number)
            return std::unexpected(number.error());
        auto inserted = m_records.insert(kReceipts, {{QStringLiteral("number"), *number},
                                                     {QStringLiteral("receipt_date"), WorkflowSupport::isoDate(input.date)},
                                                     {QStringLiteral("kind"), input.kind},
                                                     {QStringLiteral("customer_id"), input.customerId},
                                                     {QStringLiteral("currency"), input.currency},
                                                     {QStringLiteral("exchange_rate_ppm"), input.exchangeRatePpm},
                                                     {QStringLiteral("amount"), input.amount},
                                                     {QStringLiteral("notes"), input.notes},
                                                     {QStringLiteral("owner_id"), owner}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        auto receipt = m_records.get(kReceipts, id);
        if (!receipt)
            return std::unexpected(receipt.error());
        return applyAllocations(*receipt, allocations);
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> ReceivableWorkflow::allocate(qint64 receiptId, const std::vector<Allocation> &allocations)
{
    return m_db.transaction([&]() -> Result<void> {
        auto receipt = m_records.get(kReceipts, receiptId);
        if (!receipt)
            return std::unexpected(receipt.error());
        return applyAllocations(*receipt, allocations);
    });
}

Result<void> ReceivableWorkflow::applyAllocations(const Fields &receipt, const std::vector<Allocation> &allocations)
{
    const qint64 receiptId = receipt.value(QStringLiteral("id")).toLongLong();
    const qint64 customerId = receipt.value(QStringLiteral("customer_id")).toLongLong();
    const QString currency = receipt.value(QStringLiteral("currency")).toString();
    const QString receiptNumber = receipt.value(QStringLiteral("number")).toString();
    const auto where = [](std::size_t index) { return tr("allocation %1").arg(index + 1); };

    FulfilmentStore fulfilment(m_db);
    auto allocated = fulfilment.allocatedOfReceipt(receiptId);
    if (!allocated)
        return std::unexpected(allocated.error());
    auto rest = Money(receipt.value(QStringLiteral("amount")).toLongLong(), currency).minus(Money(*allocated, currency));
    if (!rest)
        return std::unexpected(rest.error());
    Money asked = Money::zero(currency);
    for (std::size_t i = 0; i < allocations.size(); ++i) {
        if (allocations[i].amount <= 0)
            return fail(ErrorKind::Invalid, tr("An allocation must be greater than zero."), where(i));
        auto sum = asked.plus(Money(allocations[i].amount, currency));
        if (!sum)
            return fail(sum.error().kind, sum.error().message, where(i));
        asked = *sum;
    }
    if (asked.minor() > rest->minor())
        return fail(ErrorKind::Invalid, tr("The allocations add up to %1 %3, but only %2 %3 of receipt %4 is unallocated.")
                                            .arg(asked.toDecimalString(), rest->toDecimalString(), currency, receiptNumber));

    // One at a time against the stored state, so two allocations to the same
    // receivable in one call are checked against what the first left open.
    for (std::size_t i = 0; i < allocations.size(); ++i) {
        const Allocation &allocation = allocations[i];
        auto receivable = m_records.get(kReceivables, allocation.receivableId);
        if (!receivable)
            return fail(receivable.error().kind, receivable.error().message, where(i));
        const QString number = receivable->value(QStringLiteral("number")).toString();
        const qint64 owner = receivable->value(QStringLiteral("customer_id")).toLongLong();
        if (owner != customerId) {
            auto owing = m_records.get(QStringLiteral("customers"), owner);
            auto paying = m_records.get(QStringLiteral("customers"), customerId);
            if (!owing || !paying)
                return std::unexpected(!owing ? owing.error() : paying.error());
            return fail(ErrorKind::Invalid, tr("Receivable %1 is owed by %2; a receipt from %3 cannot settle it.")
                                                .arg(number, owing->value(QStringLiteral("name")).toString(),
                                                     paying->value(QStringLiteral("name")).toString()),
                        where(i));
        }
        const QString owed = receivable->value(QStringLiteral("currency")).toString();
        if (owed != currency)
            return fail(ErrorKind::Invalid, tr("Receivable %1 is in %2 but receipt %3 is in %4.")
                                                .arg(number, owed, receiptNumber, currency),
                        where(i));
        if (receivable->value(QStringLiteral("status")).toString() != u"open")
            return fail(ErrorKind::Conflict, tr("Receivable %1 is already settled; nothing is outstanding on it.").arg(number),
                        where(i));
        const Money total(receivable->value(QStringLiteral("total")).toLongLong(), currency);
        const Money received(receivable->value(QStringLiteral("received")).toLongLong(), currency);
        auto open = total.minus(received);
        if (!open)
            return std::unexpected(open.error());
        const Money amount(allocation.amount, currency);
        if (amount.minor() > open->minor())
            return fail(ErrorKind::Invalid,
                        tr("Over-allocation: receivable %1 has only %2 %3 outstanding; %4 %3 cannot be allocated to it.")
                            .arg(number, open->toDecimalString(), currency, amount.toDecimalString()),
                        where(i));

        auto inserted = m_records.insert(kAllocations, {{QStringLiteral("receipt_id"), receiptId},
                                                        {QStringLiteral("receivable_id"), allocation.receivableId},
                                                        {QStringLiteral("amount"), allocation.amount}});
        if (!inserted)
            return std::unexpected(inserted.error());
        auto nowReceived = received.plus(amount);
        if (!nowReceived)
            return std::unexpected(nowReceived.error());
        Fields changes{{QStringLiteral("received"), nowReceived->minor()}};
        if (*nowReceived == total)
            changes.insert(QStringLiteral("status"), QStringLiteral("settled"));
        if (auto updated = m_records.update(kReceivables, allocation.receivableId, changes); !updated)
            return updated;
    }
    return {};
}

Result<Money> ReceivableWorkflow::outstanding(qint64 receivableId) const
{
    auto receivable = m_records.get(kReceivables, receivableId);
    if (!receivable)
        return std::unexpected(receivable.error());
    const QString currency = receivable->value(QStringLiteral("currency")).toString();
    return Money(receivable->value(QStringLiteral("total")).toLongLong(), currency)
        .minus(Money(receivable->value(QStringLiteral("received")).toLongLong(), currency));
}

Result<Money> ReceivableWorkflow::unallocated(qint64 receiptId) const
{
    auto receipt = m_records.get(kReceipts, receiptId);
    if (!receipt)
        return std::unexpected(receipt.error());
    auto allocated = FulfilmentStore(m_db).allocatedOfReceipt(receiptId);
    if (!allocated)
        return std::unexpected(allocated.error());
    const QString currency = receipt->value(QStringLiteral("currency")).toString();
    return Money(receipt->value(QStringLiteral("amount")).toLongLong(), currency).minus(Money(*allocated, currency));
}

} // namespace qianyue
