#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

namespace qianyue {

class Database;

/// Opportunities (商机): creation, stage moves with history, win, lose, reopen.
class OpportunityWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityWorkflow)

public:
    explicit OpportunityWorkflow(Database &database);

    /// Creates an open opportunity in the first stage (or `stage_id` when given),
    /// with a code from the sequence and the stage's default probability.
    /// An amount in another currency than the base one gets the exchange rate
    /// the settings hold for it (exchangeRateKey()) unless `exchange_rate_ppm`
    /// is given, so the reports can convert it; without either it is refused.
    Result<qint64> create(Fields fields, const QDate &on = QDate::currentDate());
    /// The settings key of the rate of `currency` in base-currency millionths
    /// per unit ("exchange_rate_ppm.USD" = "7123400" for 7.1234 CNY per USD).
    static QString exchangeRateKey(const QString &currency);
    /// Moves an open opportunity to another open stage; probability follows the stage.
    Result<void> changeStage(qint64 id, qint64 stageId, const QDate &on = QDate::currentDate());
    /// Marks it won (stage 赢单, 100 %).
    Result<void> win(qint64 id, const QDate &on = QDate::currentDate());
    /// Marks it lost with a reason (stage 输单, 0 %).
    Result<void> lose(qint64 id, const QString &reason, const QDate &on = QDate::currentDate());
    /// Reopens a won or lost opportunity in the last open stage it was in.
    Result<void> reopen(qint64 id, const QDate &on = QDate::currentDate());
    /// Adds a product of interest (copied into quotes made from this opportunity).
    Result<qint64> addProduct(qint64 id, qint64 productId, qint64 quantityThousandths);

private:
    Result<void> setExchangeRate(Fields &fields);
    Result<void> moveTo(qint64 id, const QString &action, const Fields &stage, const QDate &on, Fields changes);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
