#pragma once

#include "core/analytics/Report.h"
#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <vector>

namespace qianyue {

class Database;

/// One step of the sales funnel drawn from `pipeline-by-stage`.
struct FunnelStep {
    QString stage;
    QString outcome;   ///< "open", "won" or "lost"
    qint64 count = 0;  ///< opportunities in this stage now (what the bar shows and the list opens)
    qint64 reached = 0; ///< opportunities that got at least this far: here, in a later open stage or won
    /// reached of the next step / reached of this one in millionths, as a
    /// report value: null for the last open stage's successor-less steps,
    /// won and lost, and when nothing reached this step.
    QVariant conversion;
};

/// The funnel view of the pipeline: opportunities stay in the stage they are
/// in (so a step's count is exactly the list a click opens), and conversion
/// between consecutive open stages — and from the last one into won — is read
/// from how many got at least that far. Lost opportunities left the funnel
/// at a stage the report does not record, so they count for no step.
class StageFunnel
{
    Q_DECLARE_TR_FUNCTIONS(StageFunnel)

public:
    /// The steps of `pipeline` (a pipeline-by-stage table, rows in pipeline order).
    static Result<std::vector<FunnelStep>> fromPipeline(Database &database, const ReportTable &pipeline);
    /// The steps for rows in pipeline order with each stage's outcome.
    static std::vector<FunnelStep> steps(const std::vector<QString> &stages, const std::vector<QString> &outcomes,
                                         const std::vector<qint64> &counts);
};

} // namespace qianyue
