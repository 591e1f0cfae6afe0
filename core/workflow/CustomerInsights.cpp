#include "core/workflow/CustomerInsights.h"

#include "core/domain/Rate.h"
#include "core/store/Database.h"
#include "core/store/PerformanceStore.h"
#include "core/store/SettingsStore.h"

namespace qianyue {

namespace {

// Places out of n for a share in millionths, rounded half up. n × share stays
// far inside 64 bits for any real number of customers.
qint64 places(qint64 customers, qint64 sharePpm)
{
    return (customers * sharePpm + Rate::kScale / 2) / Rate::kScale;
}

} // namespace

CustomerInsights::CustomerInsights(Database &database)
    : m_db(database)
{
}

Result<qint64> CustomerInsights::share(const QString &key, qint64 fallback) const
{
    auto value = SettingsStore(m_db).integer(key, fallback);
    if (!value)
        return value;
    if (*value < 0 || *value > Rate::kScale)
        return fail(ErrorKind::Invalid,
                    tr("The setting %1 must lie between 0 and 1000000 (millionths); it is %2.").arg(key).arg(*value));
    return value;
}

Result<CustomerInsights::InsightSummary> CustomerInsights::refresh(const QDate &asOf)
{
    if (!asOf.isValid())
        return fail(ErrorKind::Invalid, tr("Choose the day the customer segments are computed for."));
    const QString aKey = QStringLiteral("segment_a_share_ppm");
    const QString bKey = QStringLiteral("segment_b_share_ppm");
    auto aShare = share(aKey, 200'000);
    if (!aShare)
        return std::unexpected(aShare.error());
    auto bShare = share(bKey, 300'000);
    if (!bShare)
        return std::unexpected(bShare.error());
    auto churnShare = share(QStringLiteral("churn_drop_share_ppm"), 300'000);
    if (!churnShare)
        return std::unexpected(churnShare.error());
    if (*aShare + *bShare > Rate::kScale)
        return fail(ErrorKind::Invalid, tr("The shares of segments A (%1) and B (%2) add up to more than 100 %.")
                                            .arg(Rate::fromMillionths(*aShare).toPercentString(),
                                                 Rate::fromMillionths(*bShare).toPercentString()));

    InsightSummary summary;
    summary.asOf = asOf;
    summary.recentStart = asOf.addYears(-1).addDays(1);
    summary.earlierStart = asOf.addYears(-2).addDays(1);
    auto done = m_db.transaction([&]() -> Result<void> {
        PerformanceStore store(m_db);
        auto customers = store.customerCount();
        if (!customers)
            return std::unexpected(customers.error());
        summary.customers = *customers;
        summary.aPlaces = places(*customers, *aShare);
        summary.abPlaces = places(*customers, *aShare + *bShare);
        PerformanceStore::SegmentRules rules;
        rules.earlierStart = summary.earlierStart;
        rules.recentStart = summary.recentStart;
        rules.asOf = asOf;
        rules.aPlaces = summary.aPlaces;
        rules.abPlaces = summary.abPlaces;
        rules.churnDropPpm = *churnShare;
        auto changed = store.refreshSegments(rules);
        if (!changed)
            return std::unexpected(changed.error());
        summary.changed = *changed;
        auto counts = store.segmentCounts();
        if (!counts)
            return std::unexpected(counts.error());
        summary.segmentA = counts->a;
        summary.segmentB = counts->b;
        summary.segmentC = counts->c;
        summary.churnRisks = counts->churnRisks;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return summary;
}

} // namespace qianyue
