#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace qianyue {

class Database;

/// What the pipeline board is narrowed to. Empty parts filter nothing.
struct BoardFilter {
    std::optional<qint64> ownerId; ///< the salesperson responsible
    QString text;                  ///< a substring of the opportunity's name or code or the customer's name
};

/// One open stage of the pipeline with what the filter leaves in it.
struct BoardStage {
    qint64 id = 0;
    QString name;    ///< the stored (Chinese) name
    QString nameEn;  ///< the English name, empty when none was given
    qint64 count = 0;
    /// Amounts per currency (minor units), by currency code. Never added across
    /// currencies: a sum of yuan and dollars is no amount anyone can use.
    std::vector<std::pair<QString, qint64>> totals;
};

/// One opportunity card of the board.
struct BoardCard {
    qint64 id = 0;
    qint64 stageId = 0;
    QString code;
    QString name;
    QString customer;
    QString owner;
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;
    QDate expectedClose; ///< invalid when not set
};

/// One activity as the agenda, the week view and the reminders show it.
struct AgendaItem {
    qint64 id = 0;
    QString kind;
    QString subject;
    QString status;
    QString dueAt;    ///< ISO 8601 UTC text, empty when not set
    QString remindAt; ///< ISO 8601 UTC text, empty when not set
    std::optional<qint64> customerId;
    QString customer;
    std::optional<qint64> opportunityId;
    QString opportunity;
    QString contact;
    QString lead; ///< the lead's company (or contact name) when linked to a lead
};

/// The queries behind the pipeline board, the activity agenda and the
/// reminders. Every one is bounded by a LIMIT and reads through an index, so
/// they stay quick on the reference data set.
class BoardStore
{
    Q_DECLARE_TR_FUNCTIONS(BoardStore)

public:
    explicit BoardStore(Database &database);

    /// The open stages in position order, each with the count and per-currency
    /// total of the open opportunities matching `filter` (all of them, not only the cards shown).
    Result<std::vector<BoardStage>> openStages(const BoardFilter &filter) const;
    /// Up to `limit` open opportunities of a stage matching `filter`,
    /// soonest expected close first (those without a date last).
    Result<std::vector<BoardCard>> cards(qint64 stageId, const BoardFilter &filter, int limit) const;

    /// Planned activities of a user due in [fromUtc, toUtc) (either end may be
    /// empty for "open"), soonest first, at most `limit`.
    Result<std::vector<AgendaItem>> planned(qint64 userId, const QString &fromUtc, const QString &toUtc, int limit) const;
    /// How many planned activities of a user are due in [fromUtc, toUtc).
    Result<qint64> plannedCount(qint64 userId, const QString &fromUtc, const QString &toUtc) const;
    /// Planned activities of a user without a due time, oldest first, at most `limit`.
    Result<std::vector<AgendaItem>> undated(qint64 userId, int limit) const;
    /// How many planned activities of a user have no due time.
    Result<qint64> undatedCount(qint64 userId) const;
    /// Planned and done activities of a user due in [fromUtc, toUtc), by due time, at most `limit`.
    Result<std::vector<AgendaItem>> calendar(qint64 userId, const QString &fromUtc, const QString &toUtc, int limit) const;
    /// Planned activities whose reminder time is at or before `nowUtc`, of one
    /// user or (without one) of everybody, latest reminder first, at most `limit`.
    Result<std::vector<AgendaItem>> dueReminders(std::optional<qint64> userId, const QString &nowUtc, int limit) const;

private:
    Result<std::vector<AgendaItem>> activities(const QString &where, const QVariantList &values, const QString &order,
                                               int limit) const;

    Database &m_db;
};

} // namespace qianyue
