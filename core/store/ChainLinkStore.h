#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// One record on the sales chain, as a breadcrumb shows it.
struct ChainLink {
    QString table;  ///< "leads", "opportunities", "quotes", "contracts", "sales_orders", "receivables", "receipts"
    qint64 id = 0;
    QString label;  ///< its number (a lead: its company)
    QString status; ///< stored status value, empty for receipts
    int siblings = 0; ///< further records at this step besides this one (a contract's other orders)
};

/// One entry of an opportunity's stage history.
struct StageChange {
    QString changedOn;
    QString fromStage; ///< empty for the first stage
    QString toStage;
    QString user;
};

/// Reads the links between the records of the sales chain: where a record
/// came from (lead → opportunity → quote → contract → order → receivable →
/// receipt) and what came of it, following the stored foreign keys.
class ChainLinkStore
{
    Q_DECLARE_TR_FUNCTIONS(ChainLinkStore)

public:
    explicit ChainLinkStore(Database &database);

    /// The chain through `table`/`id`, from its earliest ancestor to the
    /// furthest descendant, the record itself included. Going forward, where a
    /// step has several records (versions of a quote, orders of a contract) the
    /// current one is followed and the others are counted in `siblings`.
    /// Tables that are not on the chain give just the record itself.
    Result<std::vector<ChainLink>> trail(const QString &table, qint64 id) const;
    /// The stage changes of an opportunity, oldest first.
    Result<std::vector<StageChange>> stageHistory(qint64 opportunityId) const;

    /// Whether records of `table` are steps of the chain.
    static bool onChain(const QString &table);

private:
    Result<ChainLink> link(const QString &table, qint64 id) const;
    Result<std::optional<ChainLink>> parent(const ChainLink &child) const;
    Result<std::optional<ChainLink>> firstChild(const ChainLink &parent) const;

    Database &m_db;
};

} // namespace qianyue
