#include "core/analytics/StageFunnel.h"

#include "core/analytics/ReportSupport.h"
#include "core/store/AnalyticsStore.h"

namespace qianyue {

std::vector<FunnelStep> StageFunnel::steps(const std::vector<QString> &stages, const std::vector<QString> &outcomes,
                                           const std::vector<qint64> &counts)
{
    std::vector<FunnelStep> funnel(stages.size());
    qint64 won = 0;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        funnel[i].stage = stages[i];
        funnel[i].outcome = outcomes[i];
        funnel[i].count = counts[i];
        if (outcomes[i] == u"won")
            won += counts[i];
    }
    // Walking from the end: an open stage is reached by everyone in it, in any
    // later open stage, and everyone won.
    qint64 later = won;
    for (std::size_t i = funnel.size(); i-- > 0;) {
        if (funnel[i].outcome == u"won")
            funnel[i].reached = won;
        else if (funnel[i].outcome == u"open") {
            later += funnel[i].count;
            funnel[i].reached = later;
        } else
            funnel[i].reached = funnel[i].count;
    }
    // Conversion into the next open stage, or into won from the last open stage.
    for (std::size_t i = 0; i < funnel.size(); ++i) {
        if (funnel[i].outcome != u"open")
            continue;
        qint64 next = won;
        for (std::size_t j = i + 1; j < funnel.size(); ++j) {
            if (funnel[j].outcome == u"open") {
                next = funnel[j].reached;
                break;
            }
        }
        funnel[i].conversion = reports::rate(next, funnel[i].reached);
    }
    return funnel;
}

Result<std::vector<FunnelStep>> StageFunnel::fromPipeline(Database &database, const ReportTable &pipeline)
{
    auto stages = AnalyticsStore(database).stages();
    if (!stages)
        return std::unexpected(stages.error());
    if (stages->size() != pipeline.rows.size())
        return fail(ErrorKind::Invalid, tr("The pipeline changed while the funnel was drawn; refresh to see it again."));
    std::vector<QString> names;
    std::vector<QString> outcomes;
    std::vector<qint64> counts;
    for (std::size_t i = 0; i < stages->size(); ++i) {
        names.push_back(pipeline.value(qsizetype(i), QStringLiteral("stage")).toString());
        outcomes.push_back(stages->at(i).outcome);
        counts.push_back(pipeline.value(qsizetype(i), QStringLiteral("count")).toLongLong());
    }
    return steps(names, outcomes, counts);
}

} // namespace qianyue
