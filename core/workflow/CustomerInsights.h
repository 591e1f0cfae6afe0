#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>

namespace qianyue {

class Database;

/// The derived customer fields: ABC segment and churn risk.
///
/// Amounts are the base_total of contracts that are signed, executing or
/// completed, by signing date. The recent window is the 12 months ending on
/// `asOf` (asOf − 1 year + 1 day .. asOf, both included); the earlier window
/// is the 12 months before it.
///
/// Segments: every customer is ranked by recent amount, largest first, with
/// competition ranking (place = 1 + customers with strictly more), so equal
/// amounts always share a segment. With n customers, A takes the places up to
/// round(n × segment_a_share_ppm / 10^6) and B the places up to
/// round(n × (segment_a_share_ppm + segment_b_share_ppm) / 10^6), both rounded
/// half up; everyone else is C. A customer without positive recent business
/// is C whatever its place. Ties on the A or B boundary therefore make that
/// segment larger than its share rather than split equal customers.
///
/// Churn risk: earlier amount > 0 and (earlier − recent) > earlier ×
/// churn_drop_share_ppm / 10^6, strictly; a drop of exactly the share is no
/// risk, and customers without earlier business are never at risk.
class CustomerInsights
{
    Q_DECLARE_TR_FUNCTIONS(CustomerInsights)

public:
    /// What a refresh found.
    struct InsightSummary {
        QDate asOf;
        QDate recentStart;  ///< first day of the recent 12 months
        QDate earlierStart; ///< first day of the earlier 12 months
        qint64 customers = 0;
        qint64 aPlaces = 0;  ///< places ranked into A (the segment can be larger on a tie)
        qint64 abPlaces = 0; ///< places ranked into A or B
        qint64 segmentA = 0;
        qint64 segmentB = 0;
        qint64 segmentC = 0;
        qint64 churnRisks = 0;
        qint64 changed = 0; ///< customers whose segment or churn flag changed
    };

    explicit CustomerInsights(Database &database);

    /// Recomputes segment and churn risk of every customer as of `asOf`, in one transaction.
    Result<InsightSummary> refresh(const QDate &asOf = QDate::currentDate());

private:
    Result<qint64> share(const QString &key, qint64 fallback) const;

    Database &m_db;
};

} // namespace qianyue
