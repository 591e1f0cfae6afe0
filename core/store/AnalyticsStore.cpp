#include "core/store/AnalyticsStore.h"

#include "core/store/Database.h"

#include <QSqlQuery>

namespace qianyue {

namespace {

// Contracts that count as signed business (签约). The text must match the
// WHERE of the partial indexes contracts_signed_* for SQLite to use them.
const QString kSigned = QStringLiteral("k.status IN ('signed', 'executing', 'completed')");

QString isoDay(const QDate &date)
{
    return QStringLiteral("%1-%2-%3")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

QString monthKey(const QDate &date)
{
    return isoDay(date).left(7);
}

// A period as the roll-ups answer it: whole months from a *_month table and
// single days from the matching *_day table, each added (+1) or taken away
// (-1). A partial month covering most of its days is read as the whole month
// minus the few days it leaves out, so no edge costs more than half a month
// of day rows; days still to come hold no rows and cost nothing.
struct DayPart {
    QString from;
    QString to;
    int sign = 1;
};

struct RangeParts {
    std::vector<std::pair<QString, QString>> years;
    std::vector<std::pair<QString, QString>> months;
    std::vector<DayPart> days;
};

QDate monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate monthEnd(const QDate &date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

// Day rows a piece of days may hold: none after today.
qint64 dayCost(const QDate &from, const QDate &to)
{
    const QDate last = std::min(to, QDate::currentDate());
    return last < from ? 0 : from.daysTo(last) + 1;
}

// Adds the days [from, to] of one month, directly or as the month minus the rest of it.
void addPartialMonth(RangeParts &parts, const QDate &from, const QDate &to)
{
    const QDate start = monthStart(from);
    const QDate end = monthEnd(from);
    qint64 complement = 0;
    if (start < from)
        complement += dayCost(start, from.addDays(-1));
    if (to < end)
        complement += dayCost(to.addDays(1), end);
    if (complement >= dayCost(from, to)) {
        parts.days.push_back({ isoDay(from), isoDay(to), 1 });
        return;
    }
    parts.months.emplace_back(monthKey(start), monthKey(start));
    if (start < from)
        parts.days.push_back({ isoDay(start), isoDay(from.addDays(-1)), -1 });
    if (to < end)
        parts.days.push_back({ isoDay(to.addDays(1)), isoDay(end), -1 });
}

// Adds the whole months [first, last], as whole years where a *_year table can answer them.
void addWholeMonths(RangeParts &parts, const QDate &first, const QDate &last, bool withYears)
{
    const int firstYear = first.month() == 1 ? first.year() : first.year() + 1;
    const int lastYear = last.month() == 12 ? last.year() : last.year() - 1;
    if (!withYears || firstYear > lastYear) {
        parts.months.emplace_back(monthKey(first), monthKey(last));
        return;
    }
    const auto year = [](int y) { return QStringLiteral("%1").arg(y, 4, 10, QLatin1Char('0')); };
    if (first.year() < firstYear)
        parts.months.emplace_back(monthKey(first), monthKey(QDate(first.year(), 12, 1)));
    parts.years.emplace_back(year(firstYear), year(lastYear));
    if (lastYear < last.year())
        parts.months.emplace_back(monthKey(QDate(last.year(), 1, 1)), monthKey(last));
}

RangeParts split(const DayRange &range, bool withYears = false)
{
    RangeParts parts;
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
        return parts;
    if (monthStart(range.from) == monthStart(range.to)) {
        if (range.from.day() == 1 && range.to == monthEnd(range.to))
            parts.months.emplace_back(monthKey(range.from), monthKey(range.from));
        else
            addPartialMonth(parts, range.from, range.to);
        return parts;
    }
    const QDate firstWhole = range.from.day() == 1 ? range.from : monthStart(range.from).addMonths(1);
    const QDate lastWholeEnd = range.to == monthEnd(range.to) ? range.to : monthStart(range.to).addDays(-1);
    if (range.from < firstWhole)
        addPartialMonth(parts, range.from, monthEnd(range.from));
    if (firstWhole < lastWholeEnd)
        addWholeMonths(parts, firstWhole, lastWholeEnd, withYears);
    if (lastWholeEnd < range.to)
        addPartialMonth(parts, monthStart(range.to), range.to);
    return parts;
}

// count, amount and weighted from three consecutive columns.
Sums sumsAt(const QSqlQuery &query, int first)
{
    return { query.value(first).toLongLong(), query.value(first + 1).toLongLong(),
        query.value(first + 2).toLongLong() };
}

// "?, ?, ?" for a list of ids: only the number of marks comes from the data.
QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

QVariantList idValues(const std::vector<qint64> &ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return values;
}

// Ids go into IN lists in slices well below SQLite's bound-parameter limit.
constexpr qsizetype kIdSlice = 500;

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

Sums &Sums::operator+=(const Sums &other)
{
    count += other.count;
    amount += other.amount;
    weighted += other.weighted;
    return *this;
}

QString AnalyticsStore::convertedSql(const QString &amount, const QString &ratePpm)
{
    // Split into millions first so the product stays inside 64 bits for any
    // amount that itself fits: SQLite would silently turn an overflowing
    // integer product into an inexact REAL.
    return QStringLiteral("((%1) / 1000000 * (%2) + ((%1) % 1000000 * (%2) + 500000) / 1000000)").arg(amount, ratePpm);
}

Result<void> rebuildRollups(Database &database)
{
    return database.transaction([&]() -> Result<void> {
        for (const RollupDefinition &rollup : rollupDefinitions()) {
            // Table names come from the fixed list in AnalyticsSchema.cpp.
            if (auto emptied = database.query(QStringLiteral("DELETE FROM %1").arg(rollup.table)); !emptied)
                return std::unexpected(emptied.error());
            for (const QString &statement : rollup.fill) {
                if (auto filled = database.query(statement); !filled)
                    return std::unexpected(filled.error());
            }
        }
        return {};
    });
}

Result<std::vector<RollupDifference>> verifyRollups(Database &database)
{
    std::vector<RollupDifference> differences;
    for (const RollupDefinition &rollup : rollupDefinitions()) {
        const QString columns = (rollup.keys + rollup.measures).join(QStringLiteral(", "));
        QStringList nonZero;
        for (const QString &measure : rollup.measures)
            nonZero << measure + QStringLiteral(" <> 0");
        // Rows summed back to zero are left behind by design, so only the others are compared.
        const QString stored = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                   .arg(columns, rollup.table, nonZero.join(QStringLiteral(" OR ")));
        auto groups
            = database.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT SELECT * FROM (%2) AS d) AS a)"
                                             " + (SELECT COUNT(*) FROM (SELECT * FROM (%2) AS d EXCEPT %1) AS b)")
                                  .arg(stored, rollup.definition));
        if (!groups)
            return std::unexpected(groups.error());
        if (groups->toLongLong() != 0)
            differences.push_back({ rollup.table, groups->toLongLong() });
    }
    return differences;
}

AnalyticsStore::AnalyticsStore(Database &database)
    : m_db(database)
{
}

Result<std::optional<qint64>> AnalyticsStore::latestExchangeRate(const QString &currency) const
{
    // Newest first by id: in practice the few newest contracts, found without an index on currency.
    auto rate = m_db.scalar(QStringLiteral("SELECT exchange_rate_ppm FROM contracts WHERE currency = ? ORDER BY id DESC LIMIT 1"),
                            {currency});
    if (!rate)
        return std::unexpected(rate.error());
    if (rate->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(rate->toLongLong());
}

QString AnalyticsStore::scopeCondition(const OwnerScope &scope, Grouping grouping, QVariantList &values) const
{
    if (grouping == Grouping::Unscoped)
        return QStringLiteral("1 = 1");
    switch (scope.kind) {
    case OwnerScope::Kind::All:
        // Per owner, the keys are listed so that SQLite seeks each owner's
        // range instead of reading every owner's rows.
        return grouping == Grouping::Total ? QStringLiteral("owner_key = -1")
                                           : QStringLiteral("owner_key IN (SELECT 0 UNION ALL SELECT id FROM users)");
    case OwnerScope::Kind::User:
        values << scope.id;
        return QStringLiteral("owner_key = ?");
    case OwnerScope::Kind::Team:
        values << scope.id;
        return QStringLiteral("owner_key IN (SELECT id FROM users WHERE team_id = ?)");
    }
    return QStringLiteral("1 = 0");
}

QString AnalyticsStore::ranged(const QString &monthTable, const QString &dayTable, const QStringList &dimensions,
    const QStringList &measures, const DayRange &range, const OwnerScope &scope, Grouping grouping,
    QVariantList &values, const QString &yearTable) const
{
    const RangeParts parts = split(range, !yearTable.isEmpty());
    const auto columns = [&](int sign) {
        QStringList list = dimensions;
        for (const QString &measure : measures)
            list << (sign < 0 ? QStringLiteral("-%1 AS %1") : QStringLiteral("%1")).arg(measure);
        return list.join(QStringLiteral(", "));
    };
    QStringList selects;
    // Queries that read years never group by month, so year rows carry no month.
    for (const auto &[first, last] : parts.years) {
        const QString condition = scopeCondition(scope, grouping, values);
        selects << QStringLiteral("SELECT %1, NULL AS month FROM %2 WHERE %3 AND year BETWEEN ? AND ?")
                       .arg(columns(1), yearTable, condition);
        values << first << last;
    }
    for (const auto &[first, last] : parts.months) {
        const QString condition = scopeCondition(scope, grouping, values);
        selects << QStringLiteral("SELECT %1, month FROM %2 WHERE %3 AND month BETWEEN ? AND ?")
                       .arg(columns(1), monthTable, condition);
        values << first << last;
    }
    for (const DayPart &part : parts.days) {
        const QString condition = scopeCondition(scope, grouping, values);
        selects << QStringLiteral("SELECT %1, substr(day, 1, 7) AS month FROM %2 WHERE %3 AND day BETWEEN ? AND ?")
                       .arg(columns(part.sign), dayTable, condition);
        values << part.from << part.to;
    }
    if (selects.isEmpty())
        selects << QStringLiteral("SELECT %1, month FROM %2 WHERE 1 = 0").arg(columns(1), monthTable);
    return QStringLiteral("(%1) AS ranged").arg(selects.join(QStringLiteral(" UNION ALL ")));
}

Result<std::optional<std::pair<QString, QString>>> AnalyticsStore::monthSpan(
    const QString &table, const OwnerScope &scope, const QString &measure) const
{
    QVariantList values;
    const QString condition = scopeCondition(scope, Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT MIN(month), MAX(month) FROM %1 WHERE %2 AND %3 <> 0 AND month <> ''")
                                .arg(table, condition, measure),
        values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next() || query->value(0).isNull())
        return std::optional<std::pair<QString, QString>>();
    return std::optional(std::pair(query->value(0).toString(), query->value(1).toString()));
}

Result<Sums> AnalyticsStore::signedSums(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_signed_month"), QStringLiteral("rollup_signed_day"),
        QStringList(), { QStringLiteral("amount"), QStringLiteral("contracts") }, range, scope, Grouping::Total, values,
        QStringLiteral("rollup_signed_year"));
    auto query = m_db.query(
        QStringLiteral("SELECT COALESCE(SUM(contracts), 0), COALESCE(SUM(amount), 0), 0 FROM ") + source, values);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? sumsAt(*query, 0) : Sums();
}

Result<std::map<QString, Sums>> AnalyticsStore::signedByMonth(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source
        = ranged(QStringLiteral("rollup_signed_month"), QStringLiteral("rollup_signed_day"), QStringList(),
            { QStringLiteral("amount"), QStringLiteral("contracts") }, range, scope, Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT month, SUM(contracts), SUM(amount), 0 FROM %1 GROUP BY month"
                                           " HAVING SUM(contracts) <> 0 OR SUM(amount) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, Sums> months;
    while (query->next())
        months[query->value(0).toString()] = sumsAt(*query, 1);
    return months;
}

Result<std::map<qint64, Sums>> AnalyticsStore::signedByOwner(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_signed_month"), QStringLiteral("rollup_signed_day"),
        { QStringLiteral("owner_key") }, { QStringLiteral("amount"), QStringLiteral("contracts") }, range, scope,
        Grouping::PerOwner, values, QStringLiteral("rollup_signed_year"));
    auto query = m_db.query(QStringLiteral("SELECT owner_key, SUM(contracts), SUM(amount), 0 FROM %1 GROUP BY owner_key"
                                           " HAVING SUM(contracts) <> 0 OR SUM(amount) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<qint64, Sums> owners;
    while (query->next())
        owners[query->value(0).toLongLong()] = sumsAt(*query, 1);
    return owners;
}

Result<std::map<QString, Sums>> AnalyticsStore::signedBySegment(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    QString sql;
    const QString owners = scope.kind == OwnerScope::Kind::User
        ? QStringLiteral("= ?")
        : QStringLiteral("IN (SELECT id FROM users WHERE team_id = ?)");
    if (scope.kind == OwnerScope::Kind::All) {
        const QString source = ranged(QStringLiteral("rollup_signed_segment_month"),
            QStringLiteral("rollup_signed_segment_day"), { QStringLiteral("segment") },
            { QStringLiteral("amount"), QStringLiteral("contracts") }, range, scope, Grouping::Unscoped, values);
        sql = QStringLiteral("SELECT segment, SUM(contracts), SUM(amount), 0 FROM %1 GROUP BY segment"
                             " HAVING SUM(contracts) <> 0 OR SUM(amount) <> 0")
                  .arg(source);
    } else if (range.isAllTime()) {
        // All time needs no dates: the owner's per-customer totals and the customers' segments.
        sql = QStringLiteral("SELECT c.segment, SUM(r.contracts), SUM(r.amount), 0 FROM rollup_signed_customer r"
                             " CROSS JOIN customers c WHERE r.owner_key %1 AND c.id = r.customer_id GROUP BY c.segment"
                             " HAVING SUM(r.contracts) <> 0 OR SUM(r.amount) <> 0")
                  .arg(owners);
        values << scope.id;
    } else {
        // One salesperson's or team's contracts are few enough to add up one
        // by one through the covering index contracts_signed_by_owner.
        sql = QStringLiteral("SELECT c.segment, COUNT(*), SUM(k.base_total), 0 FROM contracts k CROSS JOIN customers c"
                             " WHERE k.owner_id %1 AND %2 AND k.signed_on BETWEEN ? AND ? AND c.id = k.customer_id"
                             " GROUP BY c.segment")
                  .arg(owners, kSigned);
        values << scope.id << isoDay(range.from) << isoDay(range.to);
    }
    auto query = m_db.query(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, Sums> segments;
    while (query->next())
        segments[query->value(0).toString()] = sumsAt(*query, 1);
    return segments;
}

Result<std::optional<std::pair<QString, QString>>> AnalyticsStore::signedMonthSpan(const OwnerScope &scope) const
{
    return monthSpan(QStringLiteral("rollup_signed_month"), scope, QStringLiteral("contracts"));
}

Result<std::vector<CustomerSums>> AnalyticsStore::topCustomersByContract(
    const DayRange &range, const OwnerScope &scope, int limit) const
{
    QVariantList values;
    QString owners;
    if (scope.kind == OwnerScope::Kind::User) {
        owners = QStringLiteral(" AND k.owner_id = ?");
        values << scope.id;
    } else if (scope.kind == OwnerScope::Kind::Team) {
        owners = QStringLiteral(" AND k.owner_id IN (SELECT id FROM users WHERE team_id = ?)");
        values << scope.id;
    }
    values << isoDay(range.from) << isoDay(range.to) << limit;
    auto query = m_db.query(QStringLiteral("SELECT k.customer_id, COUNT(*), SUM(k.base_total), 0 FROM contracts k"
                                           " WHERE %1%2 AND k.signed_on BETWEEN ? AND ?"
                                           " GROUP BY k.customer_id ORDER BY 3 DESC, 1 DESC LIMIT ?")
                                .arg(kSigned, owners),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<CustomerSums> customers;
    while (query->next())
        customers.push_back({ query->value(0).toLongLong(), sumsAt(*query, 1) });
    return customers;
}

Result<std::vector<CustomerCandidate>> AnalyticsStore::customersByAllTimeAmount(
    const DayRange &range, int offset, int limit) const
{
    // Backwards along the index (owner_key, amount); the period is summed in
    // the outer query, for the `limit` candidates only.
    auto query
        = m_db.query(QStringLiteral("SELECT r.customer_id, r.amount,"
                                    " (SELECT COALESCE(SUM(k.base_total), 0) FROM contracts k"
                                    "  WHERE k.customer_id = r.customer_id AND %1 AND k.signed_on BETWEEN ? AND ?)"
                                    " FROM (SELECT customer_id, amount FROM rollup_signed_customer"
                                    "       WHERE owner_key = -1 AND contracts <> 0"
                                    "       ORDER BY amount DESC, customer_id DESC LIMIT ? OFFSET ?) AS r"
                                    " ORDER BY r.amount DESC, r.customer_id DESC")
                         .arg(kSigned),
            { isoDay(range.from), isoDay(range.to), limit, offset });
    if (!query)
        return std::unexpected(query.error());
    std::vector<CustomerCandidate> candidates;
    while (query->next())
        candidates.push_back(
            { query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toLongLong(), 0 });
    return candidates;
}

Result<std::vector<CustomerCandidate>> AnalyticsStore::churnCandidates(
    const OwnerScope &scope, const DayRange &earlier, int offset, int limit) const
{
    QVariantList values = { isoDay(earlier.from), isoDay(earlier.to) };
    QString candidates;
    switch (scope.kind) {
    case OwnerScope::Kind::All:
        candidates = QStringLiteral(
            "SELECT customer_id, amount FROM rollup_signed_customer WHERE owner_key = -1 AND contracts <> 0"
            " ORDER BY amount DESC, customer_id DESC LIMIT ? OFFSET ?");
        break;
    case OwnerScope::Kind::User:
    case OwnerScope::Kind::Team:
        // The salesperson's or team's customers first, then their roll-up rows.
        candidates
            = QStringLiteral("SELECT r.customer_id, r.amount FROM customers c CROSS JOIN rollup_signed_customer r"
                             " WHERE c.owner_id %1 AND r.owner_key = -1 AND r.customer_id = c.id AND r.contracts <> 0"
                             " ORDER BY r.amount DESC, r.customer_id DESC LIMIT ? OFFSET ?")
                  .arg(scope.kind == OwnerScope::Kind::User
                          ? QStringLiteral("= ?")
                          : QStringLiteral("IN (SELECT id FROM users WHERE team_id = ?)"));
        values << scope.id;
        break;
    }
    values << limit << offset;
    // The window is summed in the outer query, for the `limit` candidates only.
    auto query
        = m_db.query(QStringLiteral("SELECT r.customer_id, r.amount,"
                                    " (SELECT COALESCE(SUM(k.base_total), 0) FROM contracts k"
                                    "  WHERE k.customer_id = r.customer_id AND %1 AND k.signed_on BETWEEN ? AND ?)"
                                    " FROM (%2) AS r ORDER BY r.amount DESC, r.customer_id DESC")
                         .arg(kSigned, candidates),
            values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<CustomerCandidate> list;
    while (query->next())
        list.push_back({ query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toLongLong(), 0 });
    return list;
}

Result<std::map<qint64, Sums>> AnalyticsStore::signedForCustomers(
    const std::vector<qint64> &customerIds, const DayRange &range) const
{
    std::map<qint64, Sums> sums;
    for (qsizetype start = 0; start < qsizetype(customerIds.size()); start += kIdSlice) {
        const std::vector<qint64> slice(customerIds.begin() + start,
            customerIds.begin() + std::min<qsizetype>(start + kIdSlice, customerIds.size()));
        QVariantList values = idValues(slice);
        values << isoDay(range.from) << isoDay(range.to);
        auto query = m_db.query(QStringLiteral("SELECT k.customer_id, COUNT(*), SUM(k.base_total), 0 FROM contracts k"
                                               " WHERE k.customer_id IN (%1) AND %2 AND k.signed_on BETWEEN ? AND ?"
                                               " GROUP BY k.customer_id")
                                    .arg(marks(qsizetype(slice.size())), kSigned),
            values);
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            sums[query->value(0).toLongLong()] = sumsAt(*query, 1);
    }
    return sums;
}

Result<std::map<qint64, CustomerDetail>> AnalyticsStore::customerDetails(const std::vector<qint64> &customerIds) const
{
    std::map<qint64, CustomerDetail> details;
    for (qsizetype start = 0; start < qsizetype(customerIds.size()); start += kIdSlice) {
        const std::vector<qint64> slice(customerIds.begin() + start,
            customerIds.begin() + std::min<qsizetype>(start + kIdSlice, customerIds.size()));
        auto query
            = m_db.query(QStringLiteral("SELECT id, code, name, segment, owner_id FROM customers WHERE id IN (%1)")
                             .arg(marks(qsizetype(slice.size()))),
                idValues(slice));
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            details[query->value(0).toLongLong()] = { query->value(1).toString(), query->value(2).toString(),
                query->value(3).toString(), optionalId(query->value(4)) };
    }
    return details;
}

Result<std::map<QString, Sums>> AnalyticsStore::customersBySegment(const OwnerScope &scope) const
{
    QVariantList values;
    const QString condition = scopeCondition(scope, Grouping::Total, values);
    auto query
        = m_db.query(QStringLiteral("SELECT segment, SUM(customers), SUM(churn_risks), 0 FROM rollup_customer_segment"
                                    " WHERE %1 GROUP BY segment HAVING SUM(customers) <> 0")
                         .arg(condition),
            values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, Sums> segments;
    while (query->next())
        segments[query->value(0).toString()] = sumsAt(*query, 1);
    return segments;
}

Result<std::map<qint64, Sums>> AnalyticsStore::createdByStage(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_opportunity_created_month"),
        QStringLiteral("rollup_opportunity_created_day"), { QStringLiteral("stage_id") },
        { QStringLiteral("opportunities"), QStringLiteral("amount"), QStringLiteral("weighted") }, range, scope,
        Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT stage_id, SUM(opportunities), SUM(amount), SUM(weighted) FROM %1"
                                           " GROUP BY stage_id HAVING SUM(opportunities) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<qint64, Sums> stages;
    while (query->next())
        stages[query->value(0).toLongLong()] = sumsAt(*query, 1);
    return stages;
}

Result<std::map<QString, std::map<QString, Sums>>> AnalyticsStore::createdBySource(
    const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_opportunity_created_month"),
        QStringLiteral("rollup_opportunity_created_day"), { QStringLiteral("source"), QStringLiteral("status") },
        { QStringLiteral("opportunities"), QStringLiteral("amount"), QStringLiteral("weighted") }, range, scope,
        Grouping::Total, values);
    auto query
        = m_db.query(QStringLiteral("SELECT source, status, SUM(opportunities), SUM(amount), SUM(weighted) FROM %1"
                                    " GROUP BY source, status HAVING SUM(opportunities) <> 0")
                         .arg(source),
            values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, std::map<QString, Sums>> sources;
    while (query->next())
        sources[query->value(0).toString()][query->value(1).toString()] = sumsAt(*query, 2);
    return sources;
}

Result<std::map<qint64, std::map<QString, Sums>>> AnalyticsStore::createdByOwner(
    const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_opportunity_owner_month"),
        QStringLiteral("rollup_opportunity_owner_day"), { QStringLiteral("owner_key"), QStringLiteral("status") },
        { QStringLiteral("opportunities"), QStringLiteral("amount"), QStringLiteral("weighted") }, range, scope,
        Grouping::PerOwner, values, QStringLiteral("rollup_opportunity_owner_year"));
    auto query
        = m_db.query(QStringLiteral("SELECT owner_key, status, SUM(opportunities), SUM(amount), SUM(weighted) FROM %1"
                                    " GROUP BY owner_key, status HAVING SUM(opportunities) <> 0")
                         .arg(source),
            values);
    if (!query)
        return std::unexpected(query.error());
    std::map<qint64, std::map<QString, Sums>> owners;
    while (query->next())
        owners[query->value(0).toLongLong()][query->value(1).toString()] = sumsAt(*query, 2);
    return owners;
}

Result<std::map<QString, Sums>> AnalyticsStore::createdByMonth(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source
        = ranged(QStringLiteral("rollup_opportunity_created_month"), QStringLiteral("rollup_opportunity_created_day"),
            QStringList(), { QStringLiteral("opportunities"), QStringLiteral("amount"), QStringLiteral("weighted") },
            range, scope, Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT month, SUM(opportunities), SUM(amount), SUM(weighted) FROM %1"
                                           " GROUP BY month HAVING SUM(opportunities) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, Sums> months;
    while (query->next())
        months[query->value(0).toString()] = sumsAt(*query, 1);
    return months;
}

Result<Sums> AnalyticsStore::createdSums(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source
        = ranged(QStringLiteral("rollup_opportunity_created_month"), QStringLiteral("rollup_opportunity_created_day"),
            QStringList(), { QStringLiteral("opportunities"), QStringLiteral("amount"), QStringLiteral("weighted") },
            range, scope, Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT COALESCE(SUM(opportunities), 0), COALESCE(SUM(amount), 0),"
                                           " COALESCE(SUM(weighted), 0) FROM ")
            + source,
        values);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? sumsAt(*query, 0) : Sums();
}

Result<std::map<qint64, std::map<QString, Sums>>> AnalyticsStore::closedByOwner(
    const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_opportunity_closed_month"),
        QStringLiteral("rollup_opportunity_closed_day"), { QStringLiteral("owner_key"), QStringLiteral("status") },
        { QStringLiteral("opportunities"), QStringLiteral("amount") }, range, scope, Grouping::PerOwner, values,
        QStringLiteral("rollup_opportunity_closed_year"));
    auto query = m_db.query(QStringLiteral("SELECT owner_key, status, SUM(opportunities), SUM(amount), 0 FROM %1"
                                           " GROUP BY owner_key, status HAVING SUM(opportunities) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<qint64, std::map<QString, Sums>> owners;
    while (query->next())
        owners[query->value(0).toLongLong()][query->value(1).toString()] = sumsAt(*query, 2);
    return owners;
}

Result<std::map<QString, std::map<QString, Sums>>> AnalyticsStore::closedByMonth(
    const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_opportunity_closed_month"),
        QStringLiteral("rollup_opportunity_closed_day"), { QStringLiteral("status") },
        { QStringLiteral("opportunities"), QStringLiteral("amount") }, range, scope, Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT month, status, SUM(opportunities), SUM(amount), 0 FROM %1"
                                           " GROUP BY month, status HAVING SUM(opportunities) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, std::map<QString, Sums>> months;
    while (query->next())
        months[query->value(0).toString()][query->value(1).toString()] = sumsAt(*query, 2);
    return months;
}

Result<std::map<QString, Sums>> AnalyticsStore::closedSums(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source
        = ranged(QStringLiteral("rollup_opportunity_closed_month"), QStringLiteral("rollup_opportunity_closed_day"),
            { QStringLiteral("status") }, { QStringLiteral("opportunities"), QStringLiteral("amount") }, range, scope,
            Grouping::Total, values, QStringLiteral("rollup_opportunity_closed_year"));
    auto query = m_db.query(QStringLiteral("SELECT status, SUM(opportunities), SUM(amount), 0 FROM %1"
                                           " GROUP BY status HAVING SUM(opportunities) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, Sums> statuses;
    while (query->next())
        statuses[query->value(0).toString()] = sumsAt(*query, 1);
    return statuses;
}

Result<std::map<QString, Sums>> AnalyticsStore::openByCloseMonth(const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    QString source
        = ranged(QStringLiteral("rollup_opportunity_open_month"), QStringLiteral("rollup_opportunity_open_day"),
            QStringList(), { QStringLiteral("opportunities"), QStringLiteral("amount"), QStringLiteral("weighted") },
            range, scope, Grouping::Total, values);
    if (range.isAllTime()) {
        // The undated ones are filed under '' in the month table, outside every range.
        const QString condition = scopeCondition(scope, Grouping::Total, values);
        source.chop(QStringLiteral(") AS ranged").size());
        source += QStringLiteral(
            " UNION ALL SELECT opportunities, amount, weighted, month FROM rollup_opportunity_open_month"
            " WHERE %1 AND month = '') AS ranged")
                      .arg(condition);
    }
    auto query = m_db.query(QStringLiteral("SELECT month, SUM(opportunities), SUM(amount), SUM(weighted) FROM %1"
                                           " GROUP BY month HAVING SUM(opportunities) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, Sums> months;
    while (query->next())
        months[query->value(0).toString()] = sumsAt(*query, 1);
    return months;
}

Result<Sums> AnalyticsStore::openSums(const OwnerScope &scope) const
{
    QVariantList values;
    const QString condition = scopeCondition(scope, Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT COALESCE(SUM(opportunities), 0), COALESCE(SUM(amount), 0),"
                                           " COALESCE(SUM(weighted), 0) FROM rollup_opportunity_open_month WHERE ")
            + condition,
        values);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? sumsAt(*query, 0) : Sums();
}

Result<std::optional<std::pair<QString, QString>>> AnalyticsStore::opportunityMonthSpan(
    const QString &kind, const OwnerScope &scope) const
{
    if (kind == u"created")
        return monthSpan(QStringLiteral("rollup_opportunity_created_month"), scope, QStringLiteral("opportunities"));
    if (kind == u"closed")
        return monthSpan(QStringLiteral("rollup_opportunity_closed_month"), scope, QStringLiteral("opportunities"));
    return monthSpan(QStringLiteral("rollup_opportunity_open_month"), scope, QStringLiteral("opportunities"));
}

Result<std::map<QString, std::map<QString, qint64>>> AnalyticsStore::leadsBySource(
    const DayRange &range, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_lead_month"), QStringLiteral("rollup_lead_day"),
        { QStringLiteral("source"), QStringLiteral("status") }, { QStringLiteral("leads") }, range, scope,
        Grouping::Total, values);
    auto query = m_db.query(QStringLiteral("SELECT source, status, SUM(leads) FROM %1 GROUP BY source, status"
                                           " HAVING SUM(leads) <> 0")
                                .arg(source),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<QString, std::map<QString, qint64>> sources;
    while (query->next())
        sources[query->value(0).toString()][query->value(1).toString()] = query->value(2).toLongLong();
    return sources;
}

Result<Sums> AnalyticsStore::outstanding(const DayRange &dueRange, const OwnerScope &scope) const
{
    QVariantList values;
    const QString source = ranged(QStringLiteral("rollup_receivable_due_month"),
        QStringLiteral("rollup_receivable_due_day"), QStringList(),
        { QStringLiteral("amount"), QStringLiteral("receivables") }, dueRange, scope, Grouping::Total, values);
    auto query = m_db.query(
        QStringLiteral("SELECT COALESCE(SUM(receivables), 0), COALESCE(SUM(amount), 0), 0 FROM ") + source, values);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? sumsAt(*query, 0) : Sums();
}

Result<std::vector<CustomerSums>> AnalyticsStore::topDebtors(const OwnerScope &scope, int limit) const
{
    QVariantList values;
    QString sql;
    if (scope.kind == OwnerScope::Kind::Team) {
        sql = QStringLiteral("SELECT customer_id, SUM(receivables), SUM(amount), 0 FROM rollup_receivable_customer"
                             " WHERE owner_key IN (SELECT id FROM users WHERE team_id = ?)"
                             " GROUP BY customer_id HAVING SUM(amount) > 0 ORDER BY 3 DESC, 1 DESC LIMIT ?");
        values << scope.id;
    } else {
        // Backwards along the index (owner_key, amount), which holds the customer id too.
        sql = QStringLiteral("SELECT customer_id, receivables, amount, 0 FROM rollup_receivable_customer"
                             " WHERE owner_key = ? AND amount > 0 ORDER BY amount DESC, customer_id DESC LIMIT ?");
        values << (scope.kind == OwnerScope::Kind::User ? scope.id : qint64(-1));
    }
    values << limit;
    auto query = m_db.query(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<CustomerSums> debtors;
    while (query->next())
        debtors.push_back({ query->value(0).toLongLong(), sumsAt(*query, 1) });
    return debtors;
}

Result<std::vector<OpenReceivable>> AnalyticsStore::openReceivables(
    const std::vector<qint64> &customerIds, const OwnerScope &scope) const
{
    std::vector<OpenReceivable> receivables;
    for (qsizetype start = 0; start < qsizetype(customerIds.size()); start += kIdSlice) {
        const std::vector<qint64> slice(customerIds.begin() + start,
            customerIds.begin() + std::min<qsizetype>(start + kIdSlice, customerIds.size()));
        QVariantList values = idValues(slice);
        QString owners;
        if (scope.kind == OwnerScope::Kind::User) {
            owners = QStringLiteral(" AND owner_id = ?");
            values << scope.id;
        } else if (scope.kind == OwnerScope::Kind::Team) {
            owners = QStringLiteral(" AND owner_id IN (SELECT id FROM users WHERE team_id = ?)");
            values << scope.id;
        }
        auto query
            = m_db.query(QStringLiteral("SELECT customer_id, COALESCE(due_date, receivable_date), %1 FROM receivables"
                                        " WHERE customer_id IN (%2) AND status = 'open'%3")
                             .arg(convertedSql(QStringLiteral("total - received"), QStringLiteral("exchange_rate_ppm")),
                                 marks(qsizetype(slice.size())), owners),
                values);
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            receivables.push_back({ query->value(0).toLongLong(),
                QDate::fromString(query->value(1).toString().left(10), Qt::ISODate), query->value(2).toLongLong() });
    }
    return receivables;
}

Result<std::vector<TargetSum>> AnalyticsStore::userTargets(
    const DayRange &range, const OwnerScope &scope, const QString &currency) const
{
    QVariantList values = { currency, isoDay(range.from), isoDay(range.to) };
    QString owners;
    if (scope.kind == OwnerScope::Kind::User) {
        owners = QStringLiteral(" AND user_id = ?");
        values << scope.id;
    } else if (scope.kind == OwnerScope::Kind::Team) {
        owners = QStringLiteral(" AND user_id IN (SELECT id FROM users WHERE team_id = ?)");
        values << scope.id;
    }
    auto query
        = m_db.query(QStringLiteral("SELECT user_id, period_kind, SUM(target_amount) FROM sales_targets"
                                    " WHERE user_id IS NOT NULL AND currency = ? AND period_start BETWEEN ? AND ?%1"
                                    " GROUP BY user_id, period_kind")
                         .arg(owners),
            values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<TargetSum> targets;
    while (query->next())
        targets.push_back({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong() });
    return targets;
}

Result<std::vector<TargetSum>> AnalyticsStore::teamTargets(
    qint64 teamId, const DayRange &range, const QString &currency) const
{
    auto query = m_db.query(QStringLiteral("SELECT team_id, period_kind, SUM(target_amount) FROM sales_targets"
                                           " WHERE team_id = ? AND currency = ? AND period_start BETWEEN ? AND ?"
                                           " GROUP BY team_id, period_kind"),
        { teamId, currency, isoDay(range.from), isoDay(range.to) });
    if (!query)
        return std::unexpected(query.error());
    std::vector<TargetSum> targets;
    while (query->next())
        targets.push_back({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong() });
    return targets;
}

Result<std::map<qint64, qint64>> AnalyticsStore::commissionAccrued(
    const DayRange &range, const OwnerScope &scope, const QString &currency) const
{
    QVariantList values = { currency, isoDay(range.from), isoDay(range.to) };
    QString owners;
    if (scope.kind == OwnerScope::Kind::User) {
        owners = QStringLiteral(" AND user_id = ?");
        values << scope.id;
    } else if (scope.kind == OwnerScope::Kind::Team) {
        owners = QStringLiteral(" AND user_id IN (SELECT id FROM users WHERE team_id = ?)");
        values << scope.id;
    }
    auto query = m_db.query(QStringLiteral("SELECT user_id, SUM(accrued) FROM salesperson_commissions"
                                           " WHERE currency = ? AND period_start BETWEEN ? AND ?%1 GROUP BY user_id")
                                .arg(owners),
        values);
    if (!query)
        return std::unexpected(query.error());
    std::map<qint64, qint64> accrued;
    while (query->next())
        accrued[query->value(0).toLongLong()] = query->value(1).toLongLong();
    return accrued;
}

Result<std::map<qint64, UserInfo>> AnalyticsStore::users() const
{
    auto query = m_db.query(QStringLiteral("SELECT id, name, team_id, role, active FROM users"));
    if (!query)
        return std::unexpected(query.error());
    std::map<qint64, UserInfo> users;
    while (query->next())
        users[query->value(0).toLongLong()] = { query->value(1).toString(), optionalId(query->value(2)),
            query->value(3).toString(), query->value(4).toBool() };
    return users;
}

Result<std::vector<StageInfo>> AnalyticsStore::stages() const
{
    auto query
        = m_db.query(QStringLiteral("SELECT id, name, name_en, outcome FROM pipeline_stages ORDER BY position, id"));
    if (!query)
        return std::unexpected(query.error());
    std::vector<StageInfo> stages;
    while (query->next())
        stages.push_back({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString() });
    return stages;
}

} // namespace qianyue
