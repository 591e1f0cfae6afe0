#include "core/workflow/OpportunityWorkflow.h"

#include "core/store/Database.h"
#include "core/store/NumberSequence.h"
#include "core/store/PipelineStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowSupport.h"

namespace qianyue {

namespace {
const QString kTable = QStringLiteral("opportunities");
const QString kHistory = QStringLiteral("opportunity_stage_history");
} // namespace

OpportunityWorkflow::OpportunityWorkflow(Database &database)
    : m_db(database)
    , m_records(database)
{
}

Result<qint64> OpportunityWorkflow::create(Fields fields, const QDate &on)
{
    if (auto named = WorkflowSupport::requireText(fields.value(QStringLiteral("name")).toString(), tr("The opportunity name"));
        !named)
        return std::unexpected(named.error());
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        Result<Fields> stage = fields.contains(QStringLiteral("stage_id"))
                                   ? m_records.get(QStringLiteral("pipeline_stages"),
                                                   fields.value(QStringLiteral("stage_id")).toLongLong())
                                   : PipelineStore(m_db).firstOpenStage();
        if (!stage)
            return std::unexpected(stage.error());
        if (stage->value(QStringLiteral("outcome")).toString() != u"open")
            return fail(ErrorKind::Invalid, tr("A new opportunity must start in an open stage."));
        if (!fields.contains(QStringLiteral("code"))) {
            auto code = NumberSequence(m_db).next(QStringLiteral("opportunity"), on.year());
            if (!code)
                return std::unexpected(code.error());
            fields.insert(QStringLiteral("code"), *code);
        }
        if (!fields.contains(QStringLiteral("currency"))) {
            auto base = SettingsStore(m_db).baseCurrency();
            if (!base)
                return std::unexpected(base.error());
            fields.insert(QStringLiteral("currency"), *base);
        }
        fields.insert(QStringLiteral("stage_id"), stage->value(QStringLiteral("id")));
        fields.insert(QStringLiteral("status"), QStringLiteral("open"));
        if (!fields.contains(QStringLiteral("probability_ppm")))
            fields.insert(QStringLiteral("probability_ppm"), stage->value(QStringLiteral("probability_ppm")));
        if (!fields.contains(QStringLiteral("created_on")))
            fields.insert(QStringLiteral("created_on"), WorkflowSupport::isoDate(on));
        auto inserted = m_records.insert(kTable, fields);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        auto history = m_records.insert(kHistory, {{QStringLiteral("opportunity_id"), id},
                                                   {QStringLiteral("to_stage_id"), stage->value(QStringLiteral("id"))},
                                                   {QStringLiteral("changed_on"), WorkflowSupport::isoDate(on)},
                                                   {QStringLiteral("user_id"), m_db.actor() ? QVariant(*m_db.actor()) : QVariant()}});
        if (!history)
            return std::unexpected(history.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<void> OpportunityWorkflow::moveTo(qint64 id, const QString &action, const Fields &stage, const QDate &on,
                                         Fields changes)
{
    return m_db.transaction([&]() -> Result<void> {
        changes.insert(QStringLiteral("stage_id"), stage.value(QStringLiteral("id")));
        changes.insert(QStringLiteral("probability_ppm"), stage.value(QStringLiteral("probability_ppm")));
        auto before = WorkflowSupport::step(m_records, chain::opportunities(), id, action, changes);
        if (!before)
            return std::unexpected(before.error());
        if (before->value(QStringLiteral("stage_id")) == stage.value(QStringLiteral("id")))
            return {};
        auto history = m_records.insert(kHistory, {{QStringLiteral("opportunity_id"), id},
                                                   {QStringLiteral("from_stage_id"), before->value(QStringLiteral("stage_id"))},
                                                   {QStringLiteral("to_stage_id"), stage.value(QStringLiteral("id"))},
                                                   {QStringLiteral("changed_on"), WorkflowSupport::isoDate(on)},
                                                   {QStringLiteral("user_id"), m_db.actor() ? QVariant(*m_db.actor()) : QVariant()}});
        if (!history)
            return std::unexpected(history.error());
        return {};
    });
}

Result<void> OpportunityWorkflow::changeStage(qint64 id, qint64 stageId, const QDate &on)
{
    auto stage = m_records.get(QStringLiteral("pipeline_stages"), stageId);
    if (!stage)
        return std::unexpected(stage.error());
    if (stage->value(QStringLiteral("outcome")).toString() != u"open")
        return fail(ErrorKind::Invalid, tr("Use Win or Lose to move an opportunity to the stage '%1'.")
                                            .arg(stage->value(QStringLiteral("name")).toString()));
    return moveTo(id, QStringLiteral("change_stage"), *stage, on, {});
}

Result<void> OpportunityWorkflow::win(qint64 id, const QDate &on)
{
    auto stage = PipelineStore(m_db).outcomeStage(QStringLiteral("won"));
    if (!stage)
        return std::unexpected(stage.error());
    return moveTo(id, QStringLiteral("win"), *stage, on, {{QStringLiteral("closed_on"), WorkflowSupport::isoDate(on)}});
}

Result<void> OpportunityWorkflow::lose(qint64 id, const QString &reason, const QDate &on)
{
    if (auto given = WorkflowSupport::requireText(reason, tr("The reason for losing")); !given)
        return given;
    auto stage = PipelineStore(m_db).outcomeStage(QStringLiteral("lost"));
    if (!stage)
        return std::unexpected(stage.error());
    return moveTo(id, QStringLiteral("lose"), *stage, on,
                  {{QStringLiteral("closed_on"), WorkflowSupport::isoDate(on)}, {QStringLiteral("lost_reason"), reason}});
}

Result<void> OpportunityWorkflow::reopen(qint64 id, const QDate &on)
{
    // Back to the last open stage it passed through, or the first stage.
    auto stage = PipelineStore(m_db).lastOpenStageVisited(id);
    if (!stage)
        return std::unexpected(stage.error());
    return moveTo(id, QStringLiteral("reopen"), *stage, on,
                  {{QStringLiteral("closed_on"), QVariant()}, {QStringLiteral("lost_reason"), QString()}});
}

Result<qint64> OpportunityWorkflow::addProduct(qint64 id, qint64 productId, qint64 quantityThousandths)
{
    if (quantityThousandths <= 0)
        return fail(ErrorKind::Invalid, tr("The quantity must be greater than zero."));
    return m_records.insert(QStringLiteral("opportunity_products"), {{QStringLiteral("opportunity_id"), id},
                                                                     {QStringLiteral("product_id"), productId},
                                                                     {QStringLiteral("quantity_milli"), quantityThousandths}});
}

} // namespace qianyue
