#include "core/workflow/OpportunityWorkflow.h"

#include "core/store/AnalyticsStore.h"
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
        if (auto rated = setExchangeRate(fields); !rated)
            return rated;
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

QString OpportunityWorkflow::exchangeRateKey(const QString &currency)
{
    return QStringLiteral("exchange_rate_ppm.") + currency;
}

// Fills in the currency (the base one when none is given) and its rate to the base currency.
Result<void> OpportunityWorkflow::setExchangeRate(Fields &fields)
{
    const SettingsStore settings(m_db);
    auto base = settings.baseCurrency();
    if (!base)
        return std::unexpected(base.error());
    const QString currency = fields.value(QStringLiteral("currency")).toString().trimmed().toUpper();
    if (currency.isEmpty() || currency == *base) {
        fields.insert(QStringLiteral("currency"), *base);
        fields.insert(QStringLiteral("exchange_rate_ppm"), 1'000'000);
        return {};
    }
    fields.insert(QStringLiteral("currency"), currency);
    const QVariant given = fields.value(QStringLiteral("exchange_rate_ppm"));
    if (!given.isNull() && given.toLongLong() > 0)
        return {};
    if (!given.isNull())
        return fail(ErrorKind::Invalid, tr("The exchange rate of %1 to %2 must be above zero.").arg(currency, *base));
    auto rate = settings.integer(exchangeRateKey(currency), 0);
    if (!rate)
        return std::unexpected(rate.error());
    if (*rate <= 0) {
        // No rate set: the one the newest contract in that currency was made at.
        auto latest = AnalyticsStore(m_db).latestExchangeRate(currency);
        if (!latest)
            return std::unexpected(latest.error());
        *rate = latest->value_or(0);
    }
    if (*rate <= 0)
        return fail(ErrorKind::Invalid,
                    tr("No exchange rate of %1 to %2 is known: no contract in %1 yet and none in the settings. Enter the "
                       "opportunity's rate, or store it in the settings as %3 (base-currency millionths per unit, "
                       "e.g. 7123400 for 7.1234).")
                        .arg(currency, *base, exchangeRateKey(currency)));
    fields.insert(QStringLiteral("exchange_rate_ppm"), *rate);
    return {};
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
