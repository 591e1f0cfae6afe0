#include "core/workflow/CommissionWorkflow.h"

#include "core/store/Database.h"
#include "core/store/PerformanceStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {

const QString kPlans = QStringLiteral("commission_plans");
const QString kEntries = QStringLiteral("salesperson_commissions");
const QString kPayouts = QStringLiteral("commission_payouts");

// "1234.56 CNY": plain digits, so the message reads the same in every locale.
QString shown(const Money &money)
{
    return money.toDecimalString() + QLatin1Char(' ') + money.currency();
}

QVariant nullable(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

CommissionWorkflow::CommissionWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

QString CommissionWorkflow::kindKey(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Basic:
        return QStringLiteral("basic");
    case PlanKind::Monthly:
        return QStringLiteral("monthly");
    case PlanKind::Quarterly:
        return QStringLiteral("quarterly");
    case PlanKind::HalfYear:
        return QStringLiteral("half_year");
    case PlanKind::Annual:
        return QStringLiteral("annual");
    }
    Q_UNREACHABLE();
}

QString CommissionWorkflow::basisKey(Basis basis)
{
    return basis == Basis::Signed ? QStringLiteral("signed") : QStringLiteral("cash");
}

std::optional<CommissionWorkflow::PlanKind> CommissionWorkflow::periodKindOf(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || start.day() != 1)
        return std::nullopt;
    const int month = start.month();
    // A calendar period of n months ends the day before the month n months on.
    const auto spans = [&](int months) { return end == start.addMonths(months).addDays(-1); };
    if (spans(1))
        return PlanKind::Monthly;
    if (spans(3) && (month - 1) % 3 == 0)
        return PlanKind::Quarterly;
    if (spans(6) && (month - 1) % 6 == 0)
        return PlanKind::HalfYear;
    if (spans(12) && month == 1)
        return PlanKind::Annual;
    return std::nullopt;
}

Result<void> CommissionWorkflow::checkRange(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return fail(ErrorKind::Invalid, tr("Choose both the first and the last day of the period."));
    if (to < from)
        return fail(ErrorKind::Invalid, tr("The period ends (%1) before it starts (%2).")
                                            .arg(WorkflowSupport::isoDate(to), WorkflowSupport::isoDate(from)));
    return {};
}

Result<qint64> CommissionWorkflow::createPlan(qint64 userId, PlanKind kind, Basis basis, const Rate &rate)
{
    if (rate.isNegative() || rate > Rate::one())
        return fail(ErrorKind::Invalid,
                    tr("A commission rate lies between 0 % and 100 %; %1 does not.").arg(rate.toPercentString()));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto user = WorkflowSupport::activeUser(m_records, userId); !user)
            return std::unexpected(user.error());
        auto inserted = m_records.insert(kPlans, {{QStringLiteral("user_id"), userId},
                                                  {QStringLiteral("kind"), kindKey(kind)},
                                                  {QStringLiteral("basis"), basisKey(basis)},
                                                  {QStringLiteral("rate_ppm"), rate.millionths()},
                                                  {QStringLiteral("active"), 1}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> CommissionWorkflow::setPlanActive(qint64 planId, bool active)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto plan = m_records.get(kPlans, planId); !plan)
            return std::unexpected(plan.error());
        return m_records.update(kPlans, planId, {{QStringLiteral("active"), active ? 1 : 0}});
    });
}

Result<CommissionWorkflow::RunSummary> CommissionWorkflow::run(const QDate &periodStart, const QDate &periodEnd,
                                                               const QDate &entryDate)
{
    if (auto range = checkRange(periodStart, periodEnd); !range)
        return std::unexpected(range.error());
    if (!entryDate.isValid())
        return fail(ErrorKind::Invalid, tr("Choose the date the commission is booked on."));
    auto base = SettingsStore(m_db).baseCurrency();
    if (!base)
        return std::unexpected(base.error());

    RunSummary summary;
    summary.periodKind = periodKindOf(periodStart, periodEnd);
    summary.accrued = Money::zero(*base);
    // No stored plan has an empty kind, so a span that is no calendar period matches basic plans only.
    const QString periodKind = summary.periodKind ? kindKey(*summary.periodKind) : QString();

    PerformanceStore cache(m_db);
    auto previousCache = cache.widenCache();
    if (!previousCache)
        return std::unexpected(previousCache.error());
    auto done = m_db.transaction([&]() -> Result<void> {
        PerformanceStore store(m_db);
        auto plans = store.matchingPlanCount(periodKind);
        if (!plans)
            return std::unexpected(plans.error());
        summary.plans = *plans;
        // The bulk is booked set-based; only amounts too large for SQL's 64-bit
        // arithmetic come back below, one by one with 128-bit Money arithmetic.
        for (auto book : {&PerformanceStore::bookSignedEntries, &PerformanceStore::bookCashEntries}) {
            auto booked = (store.*book)(periodKind, periodStart, periodEnd, entryDate, *base);
            if (!booked)
                return std::unexpected(booked.error());
            summary.created += booked->created;
            summary.skipped += booked->skipped;
            auto bookedTotal = summary.accrued.plus(Money(booked->accrued, *base));
            if (!bookedTotal)
                return std::unexpected(bookedTotal.error());
            summary.accrued = *bookedTotal;
        }
        auto signedRows = store.signedSources(periodKind, periodStart, periodEnd);
        if (!signedRows)
            return std::unexpected(signedRows.error());

        auto cashRows = store.cashSources(periodKind, periodStart, periodEnd);
        if (!cashRows)
            return std::unexpected(cashRows.error());

        std::vector<PerformanceStore::CommissionSource> sources = std::move(*signedRows);
        sources.insert(sources.end(), cashRows->begin(), cashRows->end());
        for (const PerformanceStore::CommissionSource &source : sources) {
            if (source.alreadyEntered) {
                ++summary.skipped;
                continue;
            }
            // Signed business is already in the base currency; money received
            // counts at the receipt's own exchange rate.
            Result<Money> basis = Money(source.amount, *base);
            if (source.allocationId && source.currency != *base)
                basis = Money(source.amount, source.currency)
                            .convertedTo(*base, Rate::fromMillionths(source.exchangeRatePpm));
            if (!basis)
                return std::unexpected(basis.error());
            auto accrued = basis->times(Rate::fromMillionths(source.ratePpm));
            if (!accrued)
                return std::unexpected(accrued.error());
            auto inserted = m_records.insert(kEntries, {{QStringLiteral("plan_id"), source.planId},
                                                        {QStringLiteral("user_id"), source.userId},
                                                        {QStringLiteral("kind"), source.planKind},
                                                        {QStringLiteral("contract_id"), nullable(source.contractId)},
                                                        {QStringLiteral("allocation_id"), nullable(source.allocationId)},
                                                        {QStringLiteral("period_start"), WorkflowSupport::isoDate(periodStart)},
                                                        {QStringLiteral("period_end"), WorkflowSupport::isoDate(periodEnd)},
                                                        {QStringLiteral("basis_amount"), basis->minor()},
                                                        {QStringLiteral("currency"), *base},
                                                        {QStringLiteral("rate_ppm"), source.ratePpm},
                                                        {QStringLiteral("accrued"), accrued->minor()},
                                                        {QStringLiteral("entry_date"), WorkflowSupport::isoDate(entryDate)}});
            if (!inserted)
                return std::unexpected(inserted.error());
            auto total = summary.accrued.plus(*accrued);
            if (!total)
                return std::unexpected(total.error());
            summary.accrued = *total;
            ++summary.created;
        }
        return {};
    });
    if (auto restored = cache.restoreCache(*previousCache); !restored && done)
        return std::unexpected(restored.error());
    if (!done)
        return std::unexpected(done.error());
    return summary;
}

Result<qint64> CommissionWorkflow::recordPayout(qint64 commissionId, const Money &amount, const QDate &paidOn)
{
    if (amount.isNegative() || amount.isZero())
        return fail(ErrorKind::Invalid, tr("A payout must be more than zero."));
    if (!paidOn.isValid())
        return fail(ErrorKind::Invalid, tr("Choose the date the commission was paid."));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto entry = m_records.get(kEntries, commissionId);
        if (!entry)
            return std::unexpected(entry.error());
        const QString currency = entry->value(QStringLiteral("currency")).toString();
        if (amount.currency() != currency)
            return fail(ErrorKind::Invalid, tr("The commission is booked in %1; the payout is in %2.")
                                                .arg(currency, amount.currency()));
        const Money accrued(entry->value(QStringLiteral("accrued")).toLongLong(), currency);
        const Money paid(entry->value(QStringLiteral("paid")).toLongLong(), currency);
        auto after = paid.plus(amount);
        if (!after)
            return std::unexpected(after.error());
        if (after->minor() > accrued.minor())
            return fail(ErrorKind::Invalid,
                        tr("Paying %1 would bring this commission to %2 paid, more than the %3 accrued (%4 already paid).")
                            .arg(shown(amount), shown(*after), shown(accrued), shown(paid)));
        if (auto updated = m_records.update(kEntries, commissionId, {{QStringLiteral("paid"), after->minor()}}); !updated)
            return updated;
        auto inserted = m_records.insert(kPayouts, {{QStringLiteral("commission_id"), commissionId},
                                                    {QStringLiteral("amount"), amount.minor()},
                                                    {QStringLiteral("paid_on"), WorkflowSupport::isoDate(paidOn)}});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<Money> CommissionWorkflow::accruedFor(qint64 userId, const QDate &from, const QDate &to) const
{
    if (auto range = checkRange(from, to); !range)
        return std::unexpected(range.error());
    auto base = SettingsStore(m_db).baseCurrency();
    if (!base)
        return std::unexpected(base.error());
    auto sum = PerformanceStore(m_db).accruedSum(userId, from, to, *base);
    if (!sum)
        return std::unexpected(sum.error());
    return Money(*sum, *base);
}

Result<Money> CommissionWorkflow::paidFor(qint64 userId, const QDate &from, const QDate &to) const
{
    if (auto range = checkRange(from, to); !range)
        return std::unexpected(range.error());
    auto base = SettingsStore(m_db).baseCurrency();
    if (!base)
        return std::unexpected(base.error());
    auto sum = PerformanceStore(m_db).paidSum(userId, from, to, *base);
    if (!sum)
        return std::unexpected(sum.error());
    return Money(*sum, *base);
}

} // namespace qianyue
