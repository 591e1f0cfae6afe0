#include "core/store/PerformanceStore.h"

#include "core/store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace qianyue {

namespace {

// Contracts that are business won: drafts, contracts in review and
// terminated contracts never count towards commission, targets or segments.
const QString kSignedStates = QStringLiteral("('signed', 'executing', 'completed')");

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::optional<qint64> optionalOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

PerformanceStore::PerformanceStore(Database &database)
    : m_db(database)
{
}

Result<PerformanceStore::Booked> PerformanceStore::bookSignedEntries(const QString &periodKind, const QDate &from,
                                                                   const QDate &to, const QDate &entryDate,
                                                                   const QString &baseCurrency)
{
    const QString sources = QStringLiteral(" FROM commission_plans p JOIN contracts k ON k.owner_id = p.user_id"
                                           " WHERE p.active = 1 AND p.basis = 'signed' AND (p.kind = 'basic' OR p.kind = ?)"
                                           "   AND k.status IN ")
                            + kSignedStates
                            + QStringLiteral("   AND k.signed_on >= ? AND k.signed_on <= ? AND abs(k.base_total) <= ?");
    const QString entered = QStringLiteral(" EXISTS (SELECT 1 FROM salesperson_commissions s"
                                           "         WHERE s.plan_id = p.id AND s.contract_id = k.id AND s.allocation_id IS NULL)");
    const QVariantList filter{periodKind, isoDate(from), isoDate(to), kSetBasedLimit};
    Booked booked;
    auto skipped = m_db.scalar(QStringLiteral("SELECT count(*)") + sources + QStringLiteral(" AND") + entered, filter);
    if (!skipped)
        return std::unexpected(skipped.error());
    booked.skipped = skipped->toInt();
    auto lastId = m_db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM salesperson_commissions"));
    if (!lastId)
        return std::unexpected(lastId.error());

    // Half away from zero at the minor unit, as Money::times does; the limit keeps
    // base_total × rate_ppm inside 64 bits, where SQLite stays in integers.
    const QString product = QStringLiteral("k.base_total * p.rate_ppm");
    const QString rounded = QStringLiteral("CASE WHEN %1 >= 0 THEN (%1 + 500000) / 1000000 ELSE -((-(%1) + 500000) / 1000000) END")
                                .arg(product);
    QVariantList values{isoDate(from), isoDate(to), baseCurrency, isoDate(entryDate)};
    values << filter;
    auto inserted = m_db.query(QStringLiteral("INSERT INTO salesperson_commissions (plan_id, user_id, kind, contract_id,"
                                              " period_start, period_end, basis_amount, currency, rate_ppm, accrued, entry_date)"
                                              " SELECT p.id, p.user_id, p.kind, k.id, ?, ?, k.base_total, ?, p.rate_ppm, ")
                                   + rounded + QStringLiteral(", ?") + sources + QStringLiteral(" AND NOT") + entered,
                               values);
    if (!inserted)
        return std::unexpected(inserted.error());
    booked.created = inserted->numRowsAffected();

    if (auto audited = auditEntriesAfter(lastId->toLongLong()); !audited)
        return std::unexpected(audited.error());
    auto accrued = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(accrued), 0) FROM salesperson_commissions WHERE id > ?"), {*lastId});
    if (!accrued)
        return std::unexpected(accrued.error());
    booked.accrued = accrued->toLongLong();
    return booked;
}

Result<PerformanceStore::Booked> PerformanceStore::bookCashEntries(const QString &periodKind, const QDate &from,
                                                                 const QDate &to, const QDate &entryDate,
                                                                 const QString &baseCurrency)
{
    const QString sources = QStringLiteral(" FROM commission_plans p"
                                           " JOIN receivables v ON v.owner_id = p.user_id"
                                           " JOIN receipt_allocations a ON a.receivable_id = v.id"
                                           " JOIN receipts r ON r.id = a.receipt_id"
                                           " WHERE p.active = 1 AND p.basis = 'cash' AND (p.kind = 'basic' OR p.kind = ?)"
                                           "   AND r.receipt_date >= ? AND r.receipt_date <= ?"
                                           "   AND abs(a.amount) <= ? AND r.exchange_rate_ppm <= ?");
    const QString entered = QStringLiteral(" EXISTS (SELECT 1 FROM salesperson_commissions s"
                                           "         WHERE s.plan_id = p.id AND s.allocation_id = a.id)");
    const QVariantList filter{periodKind, isoDate(from), isoDate(to), kCashSetBasedAmountLimit, kCashSetBasedRateLimit};
    Booked booked;
    auto skipped = m_db.scalar(QStringLiteral("SELECT count(*)") + sources + QStringLiteral(" AND") + entered, filter);
    if (!skipped)
        return std::unexpected(skipped.error());
    booked.skipped = skipped->toInt();
    auto lastId = m_db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM salesperson_commissions"));
    if (!lastId)
        return std::unexpected(lastId.error());
    // Money received in another currency counts at the receipt's rate, rounded
    // once into the base currency and once more for the commission, as Money does.
    const auto halfAway = [](const QString &product) {
        return QStringLiteral("(CASE WHEN %1 >= 0 THEN (%1 + 500000) / 1000000 ELSE -((-(%1) + 500000) / 1000000) END)").arg(product);
    };
    const QString basis = QStringLiteral("(CASE WHEN r.currency = ? THEN a.amount ELSE %1 END)")
                              .arg(halfAway(QStringLiteral("a.amount * r.exchange_rate_ppm")));
    // The basis is computed once in the inner query, so its bound currency appears once.
    QVariantList values{isoDate(from), isoDate(to), baseCurrency, isoDate(entryDate), baseCurrency};
    values << filter;
    auto inserted = m_db.query(QStringLiteral("INSERT INTO salesperson_commissions (plan_id, user_id, kind, contract_id, allocation_id,"
                                              " period_start, period_end, basis_amount, currency, rate_ppm, accrued, entry_date)"
                                              " SELECT plan_id, user_id, kind, contract_id, allocation_id, ?, ?, basis, ?, rate_ppm, %1, ?"
                                              " FROM (SELECT p.id AS plan_id, p.user_id AS user_id, p.kind AS kind,"
                                              "       v.contract_id AS contract_id, a.id AS allocation_id, p.rate_ppm AS rate_ppm,"
                                              "       %2 AS basis")
                                   .arg(halfAway(QStringLiteral("basis * rate_ppm")), basis)
                                   + sources + QStringLiteral(" AND NOT") + entered + QStringLiteral(") AS due"),
                               values);
    if (!inserted)
        return std::unexpected(inserted.error());
    booked.created = inserted->numRowsAffected();
    if (auto audited = auditEntriesAfter(lastId->toLongLong()); !audited)
        return std::unexpected(audited.error());
    auto accrued = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(accrued), 0) FROM salesperson_commissions WHERE id > ?"), {*lastId});
    if (!accrued)
        return std::unexpected(accrued.error());
    booked.accrued = accrued->toLongLong();
    return booked;
}

Result<void> PerformanceStore::auditEntriesAfter(qint64 lastId)
{
    // The same {"column": [old, new], …} object RecordStore writes for an
    // insert, filled in by one format call per row: a month's run audits ten
    // thousand entries or more, and building each object with json_object and
    // twelve json_array calls (or by concatenation) took a third of the run.
    // Integers and NULL go in as they are; the free-text columns (plan kind,
    // currency) are JSON-quoted; the dates are ISO dates the run wrote itself.
    enum class Kind { Number, Text, Date };
    struct AuditedColumn {
        const char *name;
        Kind kind;
    };
    static const AuditedColumn columns[] = {
        {"plan_id", Kind::Number},       {"user_id", Kind::Number},     {"kind", Kind::Text},
        {"contract_id", Kind::Number},   {"allocation_id", Kind::Number}, {"period_start", Kind::Date},
        {"period_end", Kind::Date},      {"basis_amount", Kind::Number}, {"currency", Kind::Text},
        {"rate_ppm", Kind::Number},      {"accrued", Kind::Number},     {"entry_date", Kind::Date},
    };
    QStringList pattern;
    QStringList arguments;
    for (const AuditedColumn &column : columns) {
        const QString name = QString::fromLatin1(column.name);
        pattern << (column.kind == Kind::Date ? QStringLiteral("\"%1\":[null,\"%s\"]") : QStringLiteral("\"%1\":[null,%s]")).arg(name);
        arguments << (column.kind == Kind::Text ? m_db.dialect().jsonQuoted(name)
                                                : QStringLiteral("COALESCE(CAST(%1 AS TEXT), 'null')").arg(name));
    }
    auto audited = m_db.query(QStringLiteral("INSERT INTO audit_log (user_id, table_name, record_id, action, changes)"
                                             " SELECT ?, 'salesperson_commissions', id, 'insert', %1('{%2}', %3)"
                                             " FROM salesperson_commissions WHERE id > ?")
                                  .arg(m_db.dialect().formatFunction(), pattern.join(QLatin1Char(',')),
                                       arguments.join(QStringLiteral(", "))),
                              {m_db.actor() ? QVariant(*m_db.actor()) : QVariant(QMetaType::fromType<qint64>()), lastId});
    if (!audited)
        return std::unexpected(audited.error());
    return {};
}

Result<qint64> PerformanceStore::widenCache()
{
    // With the default 2 MB the run's index pages are evicted and read back,
    // and dirty pages spill into the WAL before the commit.
    constexpr qint64 kRunCacheKiB = 65536;
    auto previous = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!previous)
        return std::unexpected(previous.error());
    const qint64 setting = previous->toLongLong();
    // Negative settings are KiB, positive ones pages; only ever grow.
    if (setting < 0 && -setting >= kRunCacheKiB)
        return setting;
    if (auto set = m_db.query(QStringLiteral("PRAGMA cache_size = -%1").arg(kRunCacheKiB)); !set)
        return std::unexpected(set.error());
    return setting;
}

Result<void> PerformanceStore::restoreCache(qint64 setting)
{
    if (auto set = m_db.query(QStringLiteral("PRAGMA cache_size = %1").arg(setting)); !set)
        return std::unexpected(set.error());
    return {};
}

Result<int> PerformanceStore::matchingPlanCount(const QString &periodKind) const
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM commission_plans"
                                            " WHERE active = 1 AND (kind = 'basic' OR kind = ?)"),
                             {periodKind});
    if (!count)
        return std::unexpected(count.error());
    return count->toInt();
}

Result<std::vector<PerformanceStore::CommissionSource>> PerformanceStore::sources(const QString &sql,
                                                                                  const QVariantList &values,
                                                                                  bool cash) const
{
    auto query = m_db.query(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<CommissionSource> rows;
    while (query->next()) {
        CommissionSource row;
        row.planId = query->value(0).toLongLong();
        row.userId = query->value(1).toLongLong();
        row.planKind = query->value(2).toString();
        row.ratePpm = query->value(3).toLongLong();
        row.contractId = optionalOf(query->value(4));
        row.amount = query->value(5).toLongLong();
        row.alreadyEntered = query->value(6).toBool();
        if (cash) {
            row.allocationId = optionalOf(query->value(7));
            row.currency = query->value(8).toString();
            row.exchangeRatePpm = query->value(9).toLongLong();
        }
        rows.push_back(row);
    }
    return rows;
}

Result<std::vector<PerformanceStore::CommissionSource>> PerformanceStore::signedSources(const QString &periodKind,
                                                                                        const QDate &from,
                                                                                        const QDate &to) const
{
    // SQLite treats NULLs as distinct in the table's UNIQUE constraint, so the
    // "already entered" test is made here: a plan earns on a contract once,
    // whatever period it was entered for.
    return sources(QStringLiteral("SELECT p.id, p.user_id, p.kind, p.rate_ppm, k.id, k.base_total,"
                                  " EXISTS (SELECT 1 FROM salesperson_commissions s"
                                  "         WHERE s.plan_id = p.id AND s.contract_id = k.id AND s.allocation_id IS NULL)"
                                  " FROM commission_plans p"
                                  " JOIN contracts k ON k.owner_id = p.user_id"
                                  " WHERE p.active = 1 AND p.basis = 'signed' AND (p.kind = 'basic' OR p.kind = ?)"
                                  "   AND k.status IN ")
                       + kSignedStates
                       + QStringLiteral("   AND k.signed_on >= ? AND k.signed_on <= ? AND abs(k.base_total) > ?"
                                        " ORDER BY p.id, k.signed_on, k.id"),
                   {periodKind, isoDate(from), isoDate(to), kSetBasedLimit}, false);
}

Result<std::vector<PerformanceStore::CommissionSource>> PerformanceStore::cashSources(const QString &periodKind,
                                                                                      const QDate &from,
                                                                                      const QDate &to) const
{
    return sources(QStringLiteral("SELECT p.id, p.user_id, p.kind, p.rate_ppm, v.contract_id, a.amount,"
                                  " EXISTS (SELECT 1 FROM salesperson_commissions s"
                                  "         WHERE s.plan_id = p.id AND s.allocation_id = a.id),"
                                  " a.id, r.currency, r.exchange_rate_ppm"
                                  " FROM commission_plans p"
                                  " JOIN receivables v ON v.owner_id = p.user_id"
                                  " JOIN receipt_allocations a ON a.receivable_id = v.id"
                                  " JOIN receipts r ON r.id = a.receipt_id"
                                  " WHERE p.active = 1 AND p.basis = 'cash' AND (p.kind = 'basic' OR p.kind = ?)"
                                  "   AND r.receipt_date >= ? AND r.receipt_date <= ?"
                                  "   AND (abs(a.amount) > ? OR r.exchange_rate_ppm > ?)"
                                  " ORDER BY p.id, r.receipt_date, a.id"),
                   {periodKind, isoDate(from), isoDate(to), kCashSetBasedAmountLimit, kCashSetBasedRateLimit}, true);
}

Result<qint64> PerformanceStore::accruedSum(qint64 userId, const QDate &from, const QDate &to,
                                            const QString &currency) const
{
    auto sum = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(accrued), 0) FROM salesperson_commissions"
                                          " WHERE user_id = ? AND period_start >= ? AND period_start <= ? AND currency = ?"),
                           {userId, isoDate(from), isoDate(to), currency});
    if (!sum)
        return std::unexpected(sum.error());
    return sum->toLongLong();
}

Result<qint64> PerformanceStore::paidSum(qint64 userId, const QDate &from, const QDate &to,
                                         const QString &currency) const
{
    auto sum = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(o.amount), 0) FROM commission_payouts o"
                                          " JOIN salesperson_commissions s ON s.id = o.commission_id"
                                          " WHERE s.user_id = ? AND o.paid_on >= ? AND o.paid_on <= ? AND s.currency = ?"),
                           {userId, isoDate(from), isoDate(to), currency});
    if (!sum)
        return std::unexpected(sum.error());
    return sum->toLongLong();
}

Result<PerformanceStore::SignedBusiness> PerformanceStore::signedBusiness(const QString &condition, qint64 id,
                                                                          const QDate &from, const QDate &to) const
{
    // `condition` is one of the fixed fragments below, never user text.
    auto query = m_db.query(QStringLiteral("SELECT COALESCE(SUM(base_total), 0), count(*) FROM contracts WHERE ")
                                + condition + QStringLiteral(" AND status IN ") + kSignedStates
                                + QStringLiteral(" AND signed_on >= ? AND signed_on <= ?"),
                            {id, isoDate(from), isoDate(to)});
    if (!query)
        return std::unexpected(query.error());
    SignedBusiness business;
    if (query->next()) {
        business.amount = query->value(0).toLongLong();
        business.count = query->value(1).toLongLong();
    }
    return business;
}

Result<PerformanceStore::SignedBusiness> PerformanceStore::signedByCustomer(qint64 customerId, const QDate &from,
                                                                            const QDate &to) const
{
    return signedBusiness(QStringLiteral("customer_id = ?"), customerId, from, to);
}

Result<PerformanceStore::SignedBusiness> PerformanceStore::signedByUser(qint64 userId, const QDate &from,
                                                                        const QDate &to) const
{
    return signedBusiness(QStringLiteral("owner_id = ?"), userId, from, to);
}

Result<PerformanceStore::SignedBusiness> PerformanceStore::signedByTeam(qint64 teamId, const QDate &from,
                                                                        const QDate &to) const
{
    return signedBusiness(QStringLiteral("owner_id IN (SELECT id FROM users WHERE team_id = ?)"), teamId, from, to);
}

Result<std::optional<qint64>> PerformanceStore::optionalId(const QString &sql, const QVariantList &values) const
{
    auto id = m_db.scalar(sql, values);
    if (!id)
        return std::unexpected(id.error());
    return optionalOf(*id);
}

Result<std::optional<qint64>> PerformanceStore::userTarget(qint64 userId, const QString &periodKind,
                                                           const QDate &start) const
{
    return optionalId(QStringLiteral("SELECT id FROM sales_targets WHERE user_id = ? AND period_kind = ? AND period_start = ?"
                                     " ORDER BY id LIMIT 1"),
                      {userId, periodKind, isoDate(start)});
}

Result<std::optional<qint64>> PerformanceStore::teamTarget(qint64 teamId, const QString &periodKind,
                                                           const QDate &start) const
{
    return optionalId(QStringLiteral("SELECT id FROM sales_targets WHERE team_id = ? AND period_kind = ? AND period_start = ?"
                                     " ORDER BY id LIMIT 1"),
                      {teamId, periodKind, isoDate(start)});
}

Result<std::vector<Fields>> PerformanceStore::dueActivities(qint64 userId, const QString &now,
                                                            const QString &dueBefore) const
{
    // Timestamps are UTC text of one shape, so text order is time order.
    auto query = m_db.query(QStringLiteral("SELECT *, CASE WHEN due_at < ? THEN 1 ELSE 0 END AS overdue"
                                           " FROM activities"
                                           " WHERE owner_id = ? AND status = 'planned' AND due_at IS NOT NULL AND due_at < ?"
                                           " ORDER BY overdue DESC, due_at, id"),
                            {now, userId, dueBefore});
    if (!query)
        return std::unexpected(query.error());
    std::vector<Fields> rows;
    while (query->next()) {
        const QSqlRecord record = query->record();
        Fields row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        row.insert(QStringLiteral("overdue"), row.value(QStringLiteral("overdue")).toBool());
        rows.push_back(row);
    }
    return rows;
}

Result<qint64> PerformanceStore::customerCount() const
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<qint64> PerformanceStore::refreshSegments(const SegmentRules &rules)
{
    // One statement for all customers, so 100 000 of them cost one pass over
    // two years of contracts instead of a query each.
    //
    // place: competition rank by recent amount (1 + customers with strictly
    // more), so equal amounts always share a segment. A customer without
    // positive recent business is C whatever its place.
    //
    // churn: the drop (earlier - recent) exceeds earlier × ppm / 10^6. The
    // product could leave 64 bits for large sums, so earlier is split into
    // q·10^6 + r: drop > q·ppm + r·ppm / 10^6, and for an integer drop that is
    // drop - q·ppm > floor(r·ppm / 10^6), with every term inside 64 bits.
    //
    // Only rows whose derived values change are written, and `version` is
    // left alone: these columns are computed, and an open customer form must
    // not be told that someone else edited it.
    auto query = m_db.query(
        QStringLiteral(
            "UPDATE customers SET segment = r.segment, churn_risk = r.churn"
            " FROM ("
            "   SELECT id,"
            "     CASE WHEN recent <= 0 THEN 'C' WHEN place <= ? THEN 'A' WHEN place <= ? THEN 'B' ELSE 'C' END AS segment,"
            "     CASE WHEN earlier > 0"
            "           AND (earlier - recent) - (earlier / 1000000) * ? > ((earlier % 1000000) * ?) / 1000000"
            "          THEN 1 ELSE 0 END AS churn"
            "   FROM ("
            "     SELECT c.id, COALESCE(s.recent, 0) AS recent, COALESCE(s.earlier, 0) AS earlier,"
            "       RANK() OVER (ORDER BY COALESCE(s.recent, 0) DESC) AS place"
            "     FROM customers c"
            "     LEFT JOIN ("
            "       SELECT customer_id,"
            "         SUM(CASE WHEN signed_on >= ? THEN base_total ELSE 0 END) AS recent,"
            "         SUM(CASE WHEN signed_on < ? THEN base_total ELSE 0 END) AS earlier"
            "       FROM contracts"
            "       WHERE status IN ")
            + kSignedStates
            + QStringLiteral("         AND signed_on >= ? AND signed_on <= ?"
                             "       GROUP BY customer_id"
                             "     ) s ON s.customer_id = c.id"
                             "   ) ranked"
                             " ) r"
                             " WHERE customers.id = r.id"
                             "   AND (customers.segment <> r.segment OR customers.churn_risk <> r.churn)"),
        {rules.aPlaces, rules.abPlaces, rules.churnDropPpm, rules.churnDropPpm, isoDate(rules.recentStart),
         isoDate(rules.recentStart), isoDate(rules.earlierStart), isoDate(rules.asOf)});
    if (!query)
        return std::unexpected(query.error());
    return query->numRowsAffected();
}

Result<PerformanceStore::SegmentCounts> PerformanceStore::segmentCounts() const
{
    auto query = m_db.query(QStringLiteral("SELECT segment, count(*), COALESCE(SUM(churn_risk), 0) FROM customers"
                                           " GROUP BY segment"));
    if (!query)
        return std::unexpected(query.error());
    SegmentCounts counts;
    while (query->next()) {
        const QString segment = query->value(0).toString();
        const qint64 n = query->value(1).toLongLong();
        if (segment == u"A")
            counts.a = n;
        else if (segment == u"B")
            counts.b = n;
        else
            counts.c += n;
        counts.churnRisks += query->value(2).toLongLong();
    }
    return counts;
}

} // namespace qianyue
