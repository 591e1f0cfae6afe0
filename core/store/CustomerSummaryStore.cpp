#include "core/store/CustomerSummaryStore.h"

#include "core/store/Database.h"

#include <QSqlQuery>

namespace qianyue {

namespace {
// Contracts that count as signed business (签约) for amounts and attainment.
const QString kSignedStates = QStringLiteral("('signed', 'executing', 'completed')");
} // namespace

CustomerSummaryStore::CustomerSummaryStore(Database &database)
    : m_db(database)
{
}

Result<CustomerSummary> CustomerSummaryStore::summary(qint64 customerId, const QDate &asOf) const
{
    CustomerSummary s;
    s.customerId = customerId;
    auto customer = m_db.query(QStringLiteral("SELECT name, segment, churn_risk FROM customers WHERE id = ?"), {customerId});
    if (!customer)
        return std::unexpected(customer.error());
    if (!customer->next())
        return fail(ErrorKind::NotFound, tr("The customer with id %1 does not exist.").arg(customerId));
    s.name = customer->value(0).toString();
    s.segment = customer->value(1).toString();
    s.churnRisk = customer->value(2).toBool();

    const QString yearAgo = asOf.addYears(-1).toString(Qt::ISODate);
    const QString today = asOf.toString(Qt::ISODate);
    auto contracts = m_db.query(QStringLiteral("SELECT COALESCE(SUM(base_total), 0), COUNT(*),"
                                               " COALESCE(SUM(CASE WHEN signed_on > ? AND signed_on <= ? THEN base_total END), 0)"
                                               " FROM contracts WHERE customer_id = ? AND status IN ")
                                    + kSignedStates,
                                {yearAgo, today, customerId});
    if (!contracts)
        return std::unexpected(contracts.error());
    contracts->next();
    s.signedAllTime = contracts->value(0).toLongLong();
    s.contractCount = contracts->value(1).toLongLong();
    s.signedLast12Months = contracts->value(2).toLongLong();

    // Outstanding in the base currency: each receivable converted with its own rate, rounded half up.
    auto receivables = m_db.query(QStringLiteral("SELECT COALESCE(SUM(((total - received) * exchange_rate_ppm + 500000) / 1000000), 0)"
                                                 " FROM receivables WHERE customer_id = ? AND status = 'open'"),
                                  {customerId});
    if (!receivables)
        return std::unexpected(receivables.error());
    receivables->next();
    s.outstanding = receivables->value(0).toLongLong();

    auto opportunities = m_db.query(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount), 0),"
                                                   " COALESCE(SUM((amount * probability_ppm + 500000) / 1000000), 0)"
                                                   " FROM opportunities WHERE customer_id = ? AND status = 'open'"),
                                    {customerId});
    if (!opportunities)
        return std::unexpected(opportunities.error());
    opportunities->next();
    s.openOpportunities = opportunities->value(0).toLongLong();
    s.openAmount = opportunities->value(1).toLongLong();
    s.weightedOpenAmount = opportunities->value(2).toLongLong();

    auto last = m_db.query(QStringLiteral("SELECT subject, due_at FROM activities WHERE customer_id = ? AND status = 'done'"
                                          " ORDER BY due_at DESC LIMIT 1"),
                           {customerId});
    if (!last)
        return std::unexpected(last.error());
    if (last->next()) {
        s.lastActivity = last->value(0).toString();
        s.lastActivityAt = last->value(1).toString();
    }
    auto next = m_db.query(QStringLiteral("SELECT subject, due_at FROM activities WHERE customer_id = ? AND status = 'planned'"
                                          " ORDER BY due_at LIMIT 1"),
                           {customerId});
    if (!next)
        return std::unexpected(next.error());
    if (next->next()) {
        s.nextActivity = next->value(0).toString();
        s.nextActivityAt = next->value(1).toString();
    }
    return s;
}

} // namespace qianyue
