#include "core/workflow/CustomerCommissionWorkflow.h"

#include "core/store/Database.h"
#include "core/store/PerformanceStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {

const QString kTable = QStringLiteral("customer_commissions");

// "1234.56 CNY": plain digits, so the message reads the same in every locale.
QString shown(const Money &money)
{
    return money.toDecimalString() + QLatin1Char(' ') + money.currency();
}

bool isSignedBusiness(const QString &status)
{
    return status == u"signed" || status == u"executing" || status == u"completed";
}

} // namespace

CustomerCommissionWorkflow::CustomerCommissionWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<CustomerCommissionWorkflow::Basis> CustomerCommissionWorkflow::salesBasis(qint64 customerId,
                                                                                 const QVariant &contractId,
                                                                                 const QDate &from, const QDate &to)
{
    if (!contractId.isNull()) {
        auto contract = m_records.get(QStringLiteral("contracts"), contractId.toLongLong());
        if (!contract)
            return std::unexpected(contract.error());
        const QString number = contract->value(QStringLiteral("number")).toString();
        if (contract->value(QStringLiteral("customer_id")).toLongLong() != customerId)
            return fail(ErrorKind::Invalid, tr("Contract %1 belongs to another customer.").arg(number));
        const QString status = contract->value(QStringLiteral("status")).toString();
        if (!isSignedBusiness(status))
            return fail(ErrorKind::Invalid, tr("A rebate is paid on signed business; contract %1 is %2.")
                                                .arg(number, ChainNames::state(QStringLiteral("contracts"), status)));
        return Basis{Money(contract->value(QStringLiteral("total")).toLongLong(),
                           contract->value(QStringLiteral("currency")).toString()),
                     contract->value(QStringLiteral("contact_id"))};
    }
    auto base = SettingsStore(m_db).baseCurrency();
    if (!base)
        return std::unexpected(base.error());
    auto business = PerformanceStore(m_db).signedByCustomer(customerId, from, to);
    if (!business)
        return std::unexpected(business.error());
    return Basis{Money(business->amount, *base), QVariant()};
}

Result<qint64> CustomerCommissionWorkflow::create(qint64 customerId, std::optional<qint64> contractId,
                                                  std::optional<Period> period, const Rate &ratio, const QString &name)
{
    if (auto named = WorkflowSupport::requireText(name, tr("The name of the customer commission")); !named)
        return std::unexpected(named.error());
    if (ratio.isNegative() || ratio > Rate::one())
        return fail(ErrorKind::Invalid,
                    tr("A commission ratio lies between 0 % and 100 %; %1 does not.").arg(ratio.toPercentString()));
    if (contractId.has_value() == period.has_value())
        return fail(ErrorKind::Invalid,
                    tr("Base the customer commission either on one contract or on a period of signed contracts."));
    if (period) {
        if (!period->start.isValid() || !period->end.isValid())
            return fail(ErrorKind::Invalid, tr("Choose both the first and the last day of the period."));
        if (period->end < period->start)
            return fail(ErrorKind::Invalid, tr("The period ends (%1) before it starts (%2).")
                                                .arg(WorkflowSupport::isoDate(period->end),
                                                     WorkflowSupport::isoDate(period->start)));
    }
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto customer = m_records.get(QStringLiteral("customers"), customerId);
        if (!customer)
            return std::unexpected(customer.error());
        const QDate from = period ? period->start : QDate();
        const QDate to = period ? period->end : QDate();
        auto basis = salesBasis(customerId, contractId ? QVariant(*contractId) : QVariant(), from, to);
        if (!basis)
            return std::unexpected(basis.error());
        auto amount = basis->sales.times(ratio);
        if (!amount)
            return std::unexpected(amount.error());
        auto inserted = m_records.insert(
            kTable, {{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("customer_id"), customerId},
                     {QStringLiteral("contact_id"), basis->contactId},
                     {QStringLiteral("contract_id"), contractId ? QVariant(*contractId) : QVariant()},
                     {QStringLiteral("period_start"), period ? QVariant(WorkflowSupport::isoDate(from)) : QVariant()},
                     {QStringLiteral("period_end"), period ? QVariant(WorkflowSupport::isoDate(to)) : QVariant()},
                     {QStringLiteral("sales_amount"), basis->sales.minor()},
                     {QStringLiteral("currency"), basis->sales.currency()},
                     {QStringLiteral("ratio_ppm"), ratio.millionths()},
                     {QStringLiteral("amount"), amount->minor()},
                     {QStringLiteral("status"), QStringLiteral("drafting")},
                     {QStringLiteral("owner_id"), customer->value(QStringLiteral("owner_id"))}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> CustomerCommissionWorkflow::simpleStep(qint64 id, const QString &action)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto before = WorkflowSupport::step(m_records, chain::customerCommissions(), id, action); !before)
            return std::unexpected(before.error());
        return {};
    });
}

Result<void> CustomerCommissionWorkflow::submit(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        auto rebate = m_records.get(kTable, id);
        if (!rebate)
            return std::unexpected(rebate.error());
        // The state is checked first so a wrong step gets the state machine's message.
        if (auto allowed = chain::customerCommissions().target(rebate->value(QStringLiteral("status")).toString(),
                                                                QStringLiteral("submit"));
            !allowed)
            return std::unexpected(allowed.error());
        if (rebate->value(QStringLiteral("amount")).toLongLong() <= 0)
            return fail(ErrorKind::Invalid, tr("The commission amount is zero; check the ratio and the sales it is based on."));
        return simpleStep(id, QStringLiteral("submit"));
    });
}

Result<void> CustomerCommissionWorkflow::sendBack(qint64 id)
{
    return simpleStep(id, QStringLiteral("send_back"));
}

Result<void> CustomerCommissionWorkflow::approve(qint64 id)
{
    return simpleStep(id, QStringLiteral("approve"));
}

Result<void> CustomerCommissionWorkflow::close(qint64 id)
{
    return simpleStep(id, QStringLiteral("close"));
}

Result<void> CustomerCommissionWorkflow::recordPayment(qint64 id, const Money &amount)
{
    if (amount.isNegative() || amount.isZero())
        return fail(ErrorKind::Invalid, tr("A payment must be more than zero."));
    return m_db.transaction([&]() -> Result<void> {
        auto rebate = m_records.get(kTable, id);
        if (!rebate)
            return std::unexpected(rebate.error());
        const QString status = rebate->value(QStringLiteral("status")).toString();
        if (status != u"executing")
            return fail(ErrorKind::IllegalTransition,
                        tr("Payments are recorded only while the customer commission is in force; this one is %1.")
                            .arg(ChainNames::state(kTable, status)));
        const QString currency = rebate->value(QStringLiteral("currency")).toString();
        if (amount.currency() != currency)
            return fail(ErrorKind::Invalid,
                        tr("The customer commission is in %1; the payment is in %2.").arg(currency, amount.currency()));
        const Money total(rebate->value(QStringLiteral("amount")).toLongLong(), currency);
        const Money paid(rebate->value(QStringLiteral("paid")).toLongLong(), currency);
        auto after = paid.plus(amount);
        if (!after)
            return std::unexpected(after.error());
        if (after->minor() > total.minor())
            return fail(ErrorKind::Invalid,
                        tr("Paying %1 would bring the customer commission to %2 paid, more than its amount of %3.")
                            .arg(shown(amount), shown(*after), shown(total)));
        return m_records.update(kTable, id, {{QStringLiteral("paid"), after->minor()}});
    });
}

Result<Money> CustomerCommissionWorkflow::recompute(qint64 id)
{
    Money result;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto rebate = m_records.get(kTable, id);
        if (!rebate)
            return std::unexpected(rebate.error());
        const QString status = rebate->value(QStringLiteral("status")).toString();
        if (status != u"drafting")
            return fail(ErrorKind::IllegalTransition,
                        tr("Only a customer commission being drafted can be recalculated; this one is %1.")
                            .arg(ChainNames::state(kTable, status)));
        auto basis = salesBasis(rebate->value(QStringLiteral("customer_id")).toLongLong(),
                                rebate->value(QStringLiteral("contract_id")),
                                WorkflowSupport::dateOf(rebate->value(QStringLiteral("period_start"))),
                                WorkflowSupport::dateOf(rebate->value(QStringLiteral("period_end"))));
        if (!basis)
            return std::unexpected(basis.error());
        auto amount = basis->sales.times(Rate::fromMillionths(rebate->value(QStringLiteral("ratio_ppm")).toLongLong()));
        if (!amount)
            return std::unexpected(amount.error());
        result = *amount;
        return m_records.update(kTable, id, {{QStringLiteral("sales_amount"), basis->sales.minor()},
                                             {QStringLiteral("currency"), basis->sales.currency()},
                                             {QStringLiteral("amount"), amount->minor()}});
    });
    if (!done)
        return std::unexpected(done.error());
    return result;
}

} // namespace qianyue
