#include "core/store/PipelineStore.h"

#include "core/store/Database.h"

#include <QSqlRecord>

namespace qianyue {

PipelineStore::PipelineStore(Database &database)
    : m_db(database)
{
}

Result<std::vector<Fields>> PipelineStore::stages() const
{
    auto query = m_db.query(QStringLiteral("SELECT * FROM pipeline_stages ORDER BY"
                                           " CASE outcome WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END, position"));
    if (!query)
        return std::unexpected(query.error());
    std::vector<Fields> rows;
    while (query->next()) {
        Fields row;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.push_back(row);
    }
    return rows;
}

Result<Fields> PipelineStore::single(const QString &sql, const QString &missing) const
{
    auto id = m_db.scalar(sql);
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return fail(ErrorKind::NotFound, missing);
    return RecordStore(m_db).get(QStringLiteral("pipeline_stages"), id->toLongLong());
}

Result<Fields> PipelineStore::firstOpenStage() const
{
    return single(QStringLiteral("SELECT id FROM pipeline_stages WHERE outcome = 'open' ORDER BY position LIMIT 1"),
                  tr("The pipeline has no open stage. Add one in the pipeline settings."));
}

Result<Fields> PipelineStore::lastOpenStage() const
{
    return single(QStringLiteral("SELECT id FROM pipeline_stages WHERE outcome = 'open' ORDER BY position DESC LIMIT 1"),
                  tr("The pipeline has no open stage. Add one in the pipeline settings."));
}

Result<Fields> PipelineStore::outcomeStage(const QString &outcome) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM pipeline_stages WHERE outcome = ? ORDER BY position LIMIT 1"),
                          {outcome});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return fail(ErrorKind::NotFound, tr("The pipeline has no '%1' stage.").arg(outcome));
    return RecordStore(m_db).get(QStringLiteral("pipeline_stages"), id->toLongLong());
}

Result<Fields> PipelineStore::lastOpenStageVisited(qint64 opportunityId) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT h.to_stage_id FROM opportunity_stage_history h"
                                         " JOIN pipeline_stages s ON s.id = h.to_stage_id"
                                         " WHERE h.opportunity_id = ? AND s.outcome = 'open'"
                                         " ORDER BY h.id DESC LIMIT 1"),
                          {opportunityId});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return firstOpenStage();
    return RecordStore(m_db).get(QStringLiteral("pipeline_stages"), id->toLongLong());
}

} // namespace qianyue
