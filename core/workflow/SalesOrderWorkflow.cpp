#include "core/workflow/SalesOrderWorkflow.h"

#include "core/store/Database.h"
#include "core/store/FulfilmentStore.h"
#include "core/store/LineStore.h"
#include "core/store/NumberSequence.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

#include <QHash>

#include <algorithm>

namespace qianyue {

namespace {
const QString kTable = QStringLiteral("sales_orders");
} // namespace

SalesOrderWorkflow::SalesOrderWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<void> SalesOrderWorkflow::simpleStep(qint64 orderId, const QString &action)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto before = WorkflowSupport::step(m_records, chain::salesOrders(), orderId, action); !before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<qint64> SalesOrderWorkflow::createFromContract(qint64 contractId, OrderQuantities quantities, const QDate &on)
{
    if (!on.isValid())
        return fail(ErrorKind::Invalid, tr("The order date is required."));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto contract = m_records.get(QStringLiteral("contracts"), contractId);
        if (!contract)
            return std::unexpected(contract.error());
        const QString contractNumber = contract->value(QStringLiteral("number")).toString();
        if (auto allowed = chain::contracts().target(contract->value(QStringLiteral("status")).toString(),
                                                     QStringLiteral("order"));
            !allowed)
            return std::unexpected(allowed.error());

        auto balances = ContractWorkflow(m_db).balances(contractId);
        if (!balances)
            return std::unexpected(balances.error());
        // The product's own name when there is one: the line text may have been reworded for the customer.
        const auto lineName = [&](const LineBalance &balance) -> Result<QString> {
            if (!balance.productId)
                return balance.description;
            auto product = m_records.get(QStringLiteral("products"), *balance.productId);
            if (!product)
                return std::unexpected(product.error());
            return product->value(QStringLiteral("name")).toString();
        };
        const auto amountText = [](const Quantity &quantity, const QString &unit) {
            return unit.isEmpty() ? quantity.toString() : tr("%1 %2").arg(quantity.toString(), unit);
        };

        QHash<qint64, Quantity> requested;
        if (quantities.empty()) {
            for (const LineBalance &balance : *balances) {
                if (balance.remaining > Quantity())
                    requested.insert(balance.contractLineId, balance.remaining);
            }
            if (requested.isEmpty())
                return fail(ErrorKind::Conflict,
                            tr("Everything on contract %1 has already been ordered; nothing remains to order.")
                                .arg(contractNumber));
        }
        for (const auto &[lineId, quantity] : quantities) {
            const auto balance = std::find_if(balances->cbegin(), balances->cend(),
                                              [&](const LineBalance &b) { return b.contractLineId == lineId; });
            if (balance == balances->cend())
                return fail(ErrorKind::NotFound,
                            tr("Contract %1 has no line with id %2.").arg(contractNumber).arg(lineId));
            auto name = lineName(*balance);
            if (!name)
                return std::unexpected(name.error());
            if (requested.contains(lineId))
                return fail(ErrorKind::Invalid, tr("Line %1 (%2) is listed twice; give its quantity once.")
                                                    .arg(balance->position)
                                                    .arg(*name));
            if (quantity <= Quantity())
                return fail(ErrorKind::Invalid, tr("Line %1 (%2): the quantity to order must be greater than zero.")
                                                    .arg(balance->position)
                                                    .arg(*name));
            if (quantity > balance->remaining)
                return fail(ErrorKind::Invalid,
                            tr("Line %1 (%2): %3 cannot be ordered, only %4 remain on contract %5.")
                                .arg(balance->position)
                                .arg(*name, amountText(quantity, balance->unit),
                                     amountText(balance->remaining, balance->unit), contractNumber));
            requested.insert(lineId, quantity);
        }

        QString salesMethod;
        const QVariant opportunityId = contract->value(QStringLiteral("opportunity_id"));
        if (!opportunityId.isNull()) {
            auto opportunity = m_records.get(QStringLiteral("opportunities"), opportunityId.toLongLong());
            if (!opportunity)
                return std::unexpected(opportunity.error());
            salesMethod = opportunity->value(QStringLiteral("sales_method")).toString();
        }

        auto number = NumberSequence(m_db).next(QStringLiteral("sales_order"), on.year());
        if (!number)
            return std::unexpected(number.error());
        auto inserted = m_records.insert(
            kTable, {{QStringLiteral("number"), *number},
                     {QStringLiteral("order_date"), WorkflowSupport::isoDate(on)},
                     {QStringLiteral("category"), contract->value(QStringLiteral("category"))},
                     {QStringLiteral("customer_id"), contract->value(QStringLiteral("customer_id"))},
                     {QStringLiteral("contact_id"), contract->value(QStringLiteral("contact_id"))},
                     {QStringLiteral("contract_id"), contractId},
                     {QStringLiteral("quote_id"), contract->value(QStringLiteral("quote_id"))},
                     {QStringLiteral("opportunity_id"), opportunityId},
                     {QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("sales_method"), salesMethod},
                     // The order has no payment-terms field; its settlement method is where it keeps how it is paid.
                     {QStringLiteral("settlement_method"), contract->value(QStringLiteral("payment_terms"))},
                     {QStringLiteral("currency"), contract->value(QStringLiteral("currency"))},
                     {QStringLiteral("exchange_rate_ppm"), contract->value(QStringLiteral("exchange_rate_ppm"))},
                     {QStringLiteral("owner_id"), contract->value(QStringLiteral("owner_id"))}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;

        // Order lines follow the contract's line order, whatever order the caller listed them in.
        auto contractLines = LineStore(m_db).lines(LineDocument::Contract, contractId);
        if (!contractLines)
            return std::unexpected(contractLines.error());
        std::vector<DocumentLine> lines;
        for (const DocumentLine &source : *contractLines) {
            const auto it = requested.constFind(source.id);
            if (it == requested.constEnd())
                continue;
            DocumentLine line = source;
            line.id = 0;
            line.quantity = it.value();
            line.contractLineId = source.id;
            lines.push_back(std::move(line));
        }
        if (auto replaced = LineStore(m_db).replaceLines(LineDocument::SalesOrder, id, std::move(lines)); !replaced)
            return std::unexpected(replaced.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> SalesOrderWorkflow::ship(qint64 orderId)
{
    return simpleStep(orderId, QStringLiteral("ship"));
}

Result<void> SalesOrderWorkflow::invoice(qint64 orderId)
{
    return simpleStep(orderId, QStringLiteral("invoice"));
}

Result<void> SalesOrderWorkflow::close(qint64 orderId)
{
    return simpleStep(orderId, QStringLiteral("close"));
}

Result<void> SalesOrderWorkflow::cancel(qint64 orderId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto order = m_records.get(kTable, orderId);
        if (!order)
            return std::unexpected(order.error());
        if (auto allowed = chain::salesOrders().target(order->value(QStringLiteral("status")).toString(),
                                                       QStringLiteral("cancel"));
            !allowed)
            return std::unexpected(allowed.error());
        // A bill already sent to the customer would be left pointing at an order that never happened.
        auto billed = FulfilmentStore(m_db).receivablesOfOrder(orderId);
        if (!billed)
            return std::unexpected(billed.error());
        if (!billed->isEmpty())
            return fail(ErrorKind::Conflict, tr("Order %1 has already been billed (%2) and cannot be cancelled.")
                                                 .arg(order->value(QStringLiteral("number")).toString(),
                                                      billed->join(tr(", "))));
        return simpleStep(orderId, QStringLiteral("cancel"));
    });
}

} // namespace qianyue
