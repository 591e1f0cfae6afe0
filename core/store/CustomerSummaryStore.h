#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace qianyue {

class Database;

/// The numbers at the top of a customer's 360° view, all in the base currency.
struct CustomerSummary {
    qint64 customerId = 0;
    QString name;
    QString segment;
    bool churnRisk = false;
    qint64 signedLast12Months = 0; ///< contract amount (签约金额) signed in the 12 months before `asOf`
    qint64 signedAllTime = 0;
    qint64 contractCount = 0;
    qint64 outstanding = 0; ///< open receivables: total − received
    qint64 openOpportunities = 0;
    qint64 openAmount = 0;
    qint64 weightedOpenAmount = 0; ///< Σ amount × probability, rounded per opportunity
    QString lastActivity;          ///< subject of the last done activity, empty if none
    QString lastActivityAt;
    QString nextActivity;          ///< subject of the next planned activity
    QString nextActivityAt;
};

/// Reads a customer's summary with a handful of indexed queries.
class CustomerSummaryStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSummaryStore)

public:
    explicit CustomerSummaryStore(Database &database);

    Result<CustomerSummary> summary(qint64 customerId, const QDate &asOf = QDate::currentDate()) const;

private:
    Database &m_db;
};

} // namespace qianyue
