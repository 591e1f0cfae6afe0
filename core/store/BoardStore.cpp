#include "core/store/BoardStore.h"

#include "core/store/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace qianyue {

namespace {

// The board's conditions, shared by the counts and the cards so that a
// header always counts exactly the cards its column could show.
struct Condition {
    QString from;
    QString where;
    QVariantList values;
};

QString likePattern(const QString &text)
{
    // The user's text is a bound value; only %, _ and \ need escaping for LIKE.
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Without statistics SQLite cannot tell that one owner's few hundred open
// opportunities are far fewer than a stage's tens of thousands, and both
// indexes match two equalities. Writing the stage as `stage_id + 0` when an
// owner is given leaves it the owner's index; without an owner the stage's index serves.
Condition boardCondition(const BoardFilter &filter, std::optional<qint64> stageId)
{
    Condition condition;
    condition.from = QStringLiteral("opportunities t");
    QStringList parts{QStringLiteral("t.status = 'open'")};
    if (filter.ownerId) {
        parts << QStringLiteral("t.owner_id = ?");
        condition.values << *filter.ownerId;
        if (stageId) {
            parts << QStringLiteral("t.stage_id + 0 = ?");
            condition.values << *stageId;
        }
    } else if (stageId) {
        parts << QStringLiteral("t.stage_id = ?");
        condition.values << *stageId;
    }
    if (const QString needle = filter.text.trimmed(); !needle.isEmpty()) {
        condition.from += QStringLiteral(" LEFT JOIN customers c ON c.id = t.customer_id");
        parts << QStringLiteral("(t.name LIKE ? ESCAPE '\\' OR t.code LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(needle);
        condition.values << pattern << pattern << pattern;
    }
    condition.where = parts.join(QStringLiteral(" AND "));
    return condition;
}

void addTotal(BoardStage &stage, const QString &currency, qint64 count, qint64 amount)
{
    stage.count += count;
    stage.totals.emplace_back(currency, amount);
}

// The columns every activity query reads, in the order readItem() expects.
const QString kActivityColumns = QStringLiteral(
    "t.id, t.kind, t.subject, t.status, t.due_at, t.remind_at, t.customer_id, c.name, t.opportunity_id, o.name,"
    " k.name, COALESCE(NULLIF(l.company, ''), l.contact_name)");
const QString kActivityJoins = QStringLiteral(
    " LEFT JOIN customers c ON c.id = t.customer_id"
    " LEFT JOIN opportunities o ON o.id = t.opportunity_id"
    " LEFT JOIN contacts k ON k.id = t.contact_id"
    " LEFT JOIN leads l ON l.id = t.lead_id");

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

AgendaItem readItem(const QSqlQuery &query)
{
    AgendaItem item;
    item.id = query.value(0).toLongLong();
    item.kind = query.value(1).toString();
    item.subject = query.value(2).toString();
    item.status = query.value(3).toString();
    item.dueAt = query.value(4).toString();
    item.remindAt = query.value(5).toString();
    item.customerId = optionalId(query.value(6));
    item.customer = query.value(7).toString();
    item.opportunityId = optionalId(query.value(8));
    item.opportunity = query.value(9).toString();
    item.contact = query.value(10).toString();
    item.lead = query.value(11).toString();
    return item;
}

// A due-time window on top of the owner and status conditions; either end may be open.
void addWindow(QStringList &parts, QVariantList &values, const QString &fromUtc, const QString &toUtc)
{
    parts << QStringLiteral("t.due_at IS NOT NULL");
    if (!fromUtc.isEmpty()) {
        parts << QStringLiteral("t.due_at >= ?");
        values << fromUtc;
    }
    if (!toUtc.isEmpty()) {
        parts << QStringLiteral("t.due_at < ?");
        values << toUtc;
    }
}

} // namespace

BoardStore::BoardStore(Database &database)
    : m_db(database)
{
}

Result<std::vector<BoardStage>> BoardStore::openStages(const BoardFilter &filter) const
{
    auto stageQuery = m_db.query(QStringLiteral("SELECT id, name, name_en FROM pipeline_stages"
                                                " WHERE outcome = 'open' ORDER BY position, id"));
    if (!stageQuery)
        return std::unexpected(stageQuery.error());
    std::vector<BoardStage> stages;
    QHash<qint64, std::size_t> byId;
    while (stageQuery->next()) {
        BoardStage stage;
        stage.id = stageQuery->value(0).toLongLong();
        stage.name = stageQuery->value(1).toString();
        stage.nameEn = stageQuery->value(2).toString();
        byId.insert(stage.id, stages.size());
        stages.push_back(stage);
    }

    if (filter.ownerId) {
        // One owner's open opportunities are few: one pass over the owner's index for all stages.
        const Condition condition = boardCondition(filter, std::nullopt);
        auto sums = m_db.query(QStringLiteral("SELECT t.stage_id, t.currency, count(*), SUM(t.amount) FROM %1 WHERE %2"
                                              " GROUP BY t.stage_id, t.currency")
                                   .arg(condition.from, condition.where),
                               condition.values);
        if (!sums)
            return std::unexpected(sums.error());
        while (sums->next()) {
            const auto it = byId.constFind(sums->value(0).toLongLong());
            if (it != byId.constEnd())
                addTotal(stages[it.value()], sums->value(1).toString(), sums->value(2).toLongLong(),
                         sums->value(3).toLongLong());
        }
    } else {
        // Stage by stage, each through the stage's index: a GROUP BY over the
        // whole table would also walk every won and lost opportunity.
        for (BoardStage &stage : stages) {
            const Condition condition = boardCondition(filter, stage.id);
            auto sums = m_db.query(QStringLiteral("SELECT t.currency, count(*), SUM(t.amount) FROM %1 WHERE %2"
                                                  " GROUP BY t.currency")
                                       .arg(condition.from, condition.where),
                                   condition.values);
            if (!sums)
                return std::unexpected(sums.error());
            while (sums->next())
                addTotal(stage, sums->value(0).toString(), sums->value(1).toLongLong(), sums->value(2).toLongLong());
        }
    }
    for (BoardStage &stage : stages)
        std::sort(stage.totals.begin(), stage.totals.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
    return stages;
}

Result<std::vector<BoardCard>> BoardStore::cards(qint64 stageId, const BoardFilter &filter, int limit) const
{
    // Dated cards first, then the undated ones, as two queries: each is
    // ordered the way an index on (stage, status, expected close, id) already
    // is, and neither depends on where a database sorts NULLs.
    std::vector<BoardCard> cards;
    for (const bool dated : {true, false}) {
        const int wanted = std::max(0, limit) - int(cards.size());
        if (wanted <= 0)
            break;
        const Condition condition = boardCondition(filter, stageId);
        const QString order = dated ? QStringLiteral("t.expected_close_date, t.id") : QStringLiteral("t.id");
        // The LIMIT is taken over ids first, so names are looked up for the cards shown only.
        const QString sql = QStringLiteral(
            "SELECT t.id, t.stage_id, t.code, t.name, c.name, u.name, t.amount, t.currency, t.expected_close_date"
            " FROM (SELECT t.id FROM %1 WHERE %2 AND t.expected_close_date IS %3NULL ORDER BY %4 LIMIT ?) p"
            " JOIN opportunities t ON t.id = p.id"
            " LEFT JOIN customers c ON c.id = t.customer_id"
            " LEFT JOIN users u ON u.id = t.owner_id"
            " ORDER BY %4")
                                .arg(condition.from, condition.where, dated ? QStringLiteral("NOT ") : QString(), order);
        QVariantList values = condition.values;
        values << wanted;
        auto query = m_db.query(sql, values);
        if (!query)
            return std::unexpected(query.error());
        while (query->next()) {
            BoardCard card;
            card.id = query->value(0).toLongLong();
            card.stageId = query->value(1).toLongLong();
            card.code = query->value(2).toString();
            card.name = query->value(3).toString();
            card.customer = query->value(4).toString();
            card.owner = query->value(5).toString();
            card.amount = query->value(6).toLongLong();
            card.currency = query->value(7).toString();
            card.expectedClose = QDate::fromString(query->value(8).toString(), Qt::ISODate);
            cards.push_back(card);
        }
    }
    return cards;
}

Result<std::vector<AgendaItem>> BoardStore::activities(const QString &where, const QVariantList &values,
                                                       const QString &order, int limit) const
{
    QVariantList bound = values;
    bound << std::max(0, limit);
    auto query = m_db.query(QStringLiteral("SELECT %1 FROM activities t%2 WHERE %3 ORDER BY %4 LIMIT ?")
                                .arg(kActivityColumns, kActivityJoins, where, order),
                            bound);
    if (!query)
        return std::unexpected(query.error());
    std::vector<AgendaItem> items;
    while (query->next())
        items.push_back(readItem(*query));
    return items;
}

Result<std::vector<AgendaItem>> BoardStore::planned(qint64 userId, const QString &fromUtc, const QString &toUtc,
                                                    int limit) const
{
    // owner, status and due time are the index activities_owner_due, in its order.
    QStringList parts{QStringLiteral("t.owner_id = ?"), QStringLiteral("t.status = 'planned'")};
    QVariantList values{userId};
    addWindow(parts, values, fromUtc, toUtc);
    return activities(parts.join(QStringLiteral(" AND ")), values, QStringLiteral("t.due_at, t.id"), limit);
}

Result<qint64> BoardStore::plannedCount(qint64 userId, const QString &fromUtc, const QString &toUtc) const
{
    QStringList parts{QStringLiteral("t.owner_id = ?"), QStringLiteral("t.status = 'planned'")};
    QVariantList values{userId};
    addWindow(parts, values, fromUtc, toUtc);
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM activities t WHERE ") + parts.join(QStringLiteral(" AND ")),
                             values);
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<std::vector<AgendaItem>> BoardStore::undated(qint64 userId, int limit) const
{
    return activities(QStringLiteral("t.owner_id = ? AND t.status = 'planned' AND t.due_at IS NULL"), {userId},
                      QStringLiteral("t.id"), limit);
}

Result<qint64> BoardStore::undatedCount(qint64 userId) const
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM activities t"
                                            " WHERE t.owner_id = ? AND t.status = 'planned' AND t.due_at IS NULL"),
                             {userId});
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<std::vector<AgendaItem>> BoardStore::calendar(qint64 userId, const QString &fromUtc, const QString &toUtc,
                                                     int limit) const
{
    // Cancelled activities are left out: a week view shows what was and is to be done.
    QStringList parts{QStringLiteral("t.owner_id = ?"), QStringLiteral("t.status IN ('planned', 'done')")};
    QVariantList values{userId};
    addWindow(parts, values, fromUtc, toUtc);
    return activities(parts.join(QStringLiteral(" AND ")), values, QStringLiteral("t.due_at, t.id"), limit);
}

Result<std::vector<AgendaItem>> BoardStore::dueReminders(std::optional<qint64> userId, const QString &nowUtc,
                                                         int limit) const
{
    QString where = QStringLiteral("t.status = 'planned' AND t.remind_at IS NOT NULL AND t.remind_at <= ?");
    QVariantList values{nowUtc};
    if (userId) {
        // The owner's planned activities come from activities_owner_due; the reminder time filters those few.
        where = QStringLiteral("t.owner_id = ? AND ") + where;
        values.prepend(*userId);
    }
    // Latest reminder first: whatever just fell due is inside the LIMIT even
    // when many older reminders of activities never done are still planned.
    return activities(where, values, QStringLiteral("t.remind_at DESC, t.id DESC"), limit);
}

} // namespace qianyue
