#include "core/workflow/TargetWorkflow.h"

#include "core/domain/FixedPoint.h"
#include "core/store/Database.h"
#include "core/store/PerformanceStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {

const QString kTable = QStringLiteral("sales_targets");

// part / whole in millionths, rounded half away from zero like every other rate.
Result<Rate> ratio(qint64 part, qint64 whole)
{
    const auto millionths = fixedpoint::roundHalfAwayFromZero(fixedpoint::Int128(part) * Rate::kScale, whole);
    if (!millionths)
        return fail(ErrorKind::Invalid, TargetWorkflow::tr("The attainment is too large to show as a rate."));
    return Rate::fromMillionths(*millionths);
}

} // namespace

TargetWorkflow::TargetWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

QString TargetWorkflow::kindKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Quarter:
        return QStringLiteral("quarter");
    case PeriodKind::Year:
        return QStringLiteral("year");
    }
    Q_UNREACHABLE();
}

QDate TargetWorkflow::periodEnd(PeriodKind kind, const QDate &start)
{
    const int months = kind == PeriodKind::Month ? 1 : kind == PeriodKind::Quarter ? 3 : 12;
    return start.addMonths(months).addDays(-1);
}

Result<qint64> TargetWorkflow::setTarget(const Owner &owner, PeriodKind kind, const QDate &periodStart,
                                         const Money &target, qint64 targetCount)
{
    if (owner.userId.has_value() == owner.teamId.has_value())
        return fail(ErrorKind::Invalid, tr("A sales target belongs either to one salesperson or to one team."));
    if (!periodStart.isValid())
        return fail(ErrorKind::Invalid, tr("Choose the first day of the target's period."));
    // A target that started mid-month would not line up with any report period.
    const bool aligned = periodStart.day() == 1
                         && (kind == PeriodKind::Month || (kind == PeriodKind::Quarter && (periodStart.month() - 1) % 3 == 0)
                             || (kind == PeriodKind::Year && periodStart.month() == 1));
    if (!aligned) {
        const QString date = WorkflowSupport::isoDate(periodStart);
        switch (kind) {
        case PeriodKind::Month:
            return fail(ErrorKind::Invalid, tr("A monthly target starts on the first day of a month, not on %1.").arg(date));
        case PeriodKind::Quarter:
            return fail(ErrorKind::Invalid, tr("A quarterly target starts on 1 January, 1 April, 1 July or 1 October, "
                                               "not on %1.")
                                                .arg(date));
        case PeriodKind::Year:
            return fail(ErrorKind::Invalid, tr("A yearly target starts on 1 January, not on %1.").arg(date));
        }
    }
    if (target.isNegative())
        return fail(ErrorKind::Invalid, tr("The target amount cannot be negative."));
    if (targetCount < 0)
        return fail(ErrorKind::Invalid, tr("The target number of contracts cannot be negative."));

    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto base = SettingsStore(m_db).baseCurrency();
        if (!base)
            return std::unexpected(base.error());
        // Attainment compares with base-currency contract totals.
        if (target.currency() != *base)
            return fail(ErrorKind::Invalid,
                        tr("Sales targets are set in the base currency %1, not in %2.").arg(*base, target.currency()));
        PerformanceStore store(m_db);
        Result<std::optional<qint64>> existing = std::nullopt;
        if (owner.userId) {
            if (auto user = m_records.get(QStringLiteral("users"), *owner.userId); !user)
                return std::unexpected(user.error());
            existing = store.userTarget(*owner.userId, kindKey(kind), periodStart);
        } else {
            if (auto team = m_records.get(QStringLiteral("teams"), *owner.teamId); !team)
                return std::unexpected(team.error());
            existing = store.teamTarget(*owner.teamId, kindKey(kind), periodStart);
        }
        if (!existing)
            return std::unexpected(existing.error());
        const Fields values = {{QStringLiteral("period_end"), WorkflowSupport::isoDate(periodEnd(kind, periodStart))},
                               {QStringLiteral("target_amount"), target.minor()},
                               {QStringLiteral("currency"), target.currency()},
                               {QStringLiteral("target_count"), targetCount}};
        if (*existing) {
            id = **existing;
            return m_records.update(kTable, id, values);
        }
        Fields fields = values;
        fields.insert(QStringLiteral("user_id"), owner.userId ? QVariant(*owner.userId) : QVariant());
        fields.insert(QStringLiteral("team_id"), owner.teamId ? QVariant(*owner.teamId) : QVariant());
        fields.insert(QStringLiteral("period_kind"), kindKey(kind));
        fields.insert(QStringLiteral("period_start"), WorkflowSupport::isoDate(periodStart));
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

Result<TargetWorkflow::Attainment> TargetWorkflow::attainment(qint64 targetId) const
{
    auto row = m_records.get(kTable, targetId);
    if (!row)
        return std::unexpected(row.error());
    Attainment result;
    result.targetId = targetId;
    const QVariant userId = row->value(QStringLiteral("user_id"));
    const QVariant teamId = row->value(QStringLiteral("team_id"));
    if (!userId.isNull())
        result.owner = Owner::user(userId.toLongLong());
    else
        result.owner = Owner::team(teamId.toLongLong());
    const QString kind = row->value(QStringLiteral("period_kind")).toString();
    result.periodKind = kind == u"year" ? PeriodKind::Year : kind == u"quarter" ? PeriodKind::Quarter : PeriodKind::Month;
    result.periodStart = WorkflowSupport::dateOf(row->value(QStringLiteral("period_start")));
    result.periodEnd = WorkflowSupport::dateOf(row->value(QStringLiteral("period_end")));
    const QString currency = row->value(QStringLiteral("currency")).toString();
    result.target = Money(row->value(QStringLiteral("target_amount")).toLongLong(), currency);
    result.targetCount = row->value(QStringLiteral("target_count")).toLongLong();

    PerformanceStore store(m_db);
    auto business = result.owner.userId ? store.signedByUser(*result.owner.userId, result.periodStart, result.periodEnd)
                                        : store.signedByTeam(*result.owner.teamId, result.periodStart, result.periodEnd);
    if (!business)
        return std::unexpected(business.error());
    result.signedAmount = Money(business->amount, currency);
    result.signedCount = business->count;

    if (!result.target.isZero()) {
        auto share = ratio(result.signedAmount.minor(), result.target.minor());
        if (!share)
            return std::unexpected(share.error());
        result.attainment = *share;
    }
    if (result.targetCount > 0) {
        auto share = ratio(result.signedCount, result.targetCount);
        if (!share)
            return std::unexpected(share.error());
        result.countAttainment = *share;
    }
    return result;
}

} // namespace qianyue
