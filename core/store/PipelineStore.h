#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>

namespace qianyue {

class Database;

/// Lookups of the editable pipeline stages.
class PipelineStore
{
    Q_DECLARE_TR_FUNCTIONS(PipelineStore)

public:
    explicit PipelineStore(Database &database);

    /// All stages in pipeline order (open stages first by position, then won, then lost).
    Result<std::vector<Fields>> stages() const;
    /// The open stage with the lowest position: where new opportunities start.
    Result<Fields> firstOpenStage() const;
    /// The open stage with the highest position: contract negotiation by default.
    Result<Fields> lastOpenStage() const;
    /// The stage whose outcome is 'won' or 'lost'.
    Result<Fields> outcomeStage(const QString &outcome) const;

    /// The last open stage an opportunity passed through (the first stage if none).
    Result<Fields> lastOpenStageVisited(qint64 opportunityId) const;

private:
    Result<Fields> single(const QString &sql, const QString &missing) const;

    Database &m_db;
};

} // namespace qianyue
