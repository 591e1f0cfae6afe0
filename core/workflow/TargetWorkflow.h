#pragma once

#include "core/domain/Error.h"
#include "core/domain/Money.h"
#include "core/domain/Rate.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace qianyue {

class Database;

/// Sales targets (销售计划) of a salesperson or a team per month, quarter or
/// year, and how far the signed business of that period has reached them.
class TargetWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TargetWorkflow)

public:
    enum class PeriodKind { Month, Quarter, Year };

    /// Whose target it is: exactly one of a salesperson and a team.
    struct Owner {
        std::optional<qint64> userId;
        std::optional<qint64> teamId;
        /// A salesperson's own target.
        static Owner user(qint64 id) { return Owner{id, std::nullopt}; }
        /// A team's target, measured on the business of all its current members.
        static Owner team(qint64 id) { return Owner{std::nullopt, id}; }
    };

    /// A target against what was signed in its period.
    struct Attainment {
        qint64 targetId = 0;
        Owner owner;
        PeriodKind periodKind = PeriodKind::Month;
        QDate periodStart;
        QDate periodEnd;
        Money target;       ///< target amount, base currency
        qint64 targetCount = 0;
        Money signedAmount; ///< base_total of contracts signed in the period, base currency
        qint64 signedCount = 0;
        /// signedAmount / target; empty when the target is zero, because
        /// anything measured against nothing is no percentage.
        std::optional<Rate> attainment;
        /// signedCount / targetCount; empty when the target count is zero.
        std::optional<Rate> countAttainment;
    };

    explicit TargetWorkflow(Database &database);

    /// The stored name of a period kind ("month", "quarter", "year").
    static QString kindKey(PeriodKind kind);
    /// The last day of the period of `kind` starting on `start`.
    static QDate periodEnd(PeriodKind kind, const QDate &start);

    /// Sets the target of the period of `kind` starting on `periodStart` (the
    /// first day of a month, quarter or year): creates it, or updates the
    /// owner's existing target for that period. Returns the target's id.
    Result<qint64> setTarget(const Owner &owner, PeriodKind kind, const QDate &periodStart, const Money &target,
                             qint64 targetCount);
    /// Signed amount and count of the target's period, and the share of the target they reach.
    Result<Attainment> attainment(qint64 targetId) const;

private:
    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
