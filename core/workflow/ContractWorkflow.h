#pragma once

#include "core/domain/DocumentLine.h"
#include "core/domain/Error.h"
#include "core/domain/Quantity.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// How much of one contract line has been ordered so far.
struct LineBalance {
    qint64 contractLineId = 0;
    int position = 0;
    std::optional<qint64> productId;
    QString description;
    QString unit;
    Quantity contracted;
    Quantity ordered;   ///< over all sales orders that are not cancelled
    Quantity remaining; ///< contracted − ordered
};

/// Contracts (合同): drafted from an accepted quote, reviewed, signed (which
/// wins the opportunity), executed through sales orders, then completed or
/// terminated.
///
/// Completion is the user's call: a contract may be completed while some of
/// its quantities were never ordered (the customer took less), but not while
/// one of its orders is still open or shipped and not yet invoiced. Settling
/// every receivable never completes a contract by itself.
class ContractWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ContractWorkflow)

public:
    explicit ContractWorkflow(Database &database);

    /// A contract being drafted (拟订) from an accepted, current quote: header
    /// terms, customer, opportunity and lines copied, so its total equals the
    /// quote's. Refused while another live contract exists for the quote.
    Result<qint64> createFromQuote(qint64 quoteId, const QDate &on = QDate::currentDate());
    /// Replaces the lines of a contract that is still being drafted.
    Result<void> setLines(qint64 contractId, std::vector<DocumentLine> lines);
    /// Sends a drafted contract with at least one line for review (审批中).
    Result<void> submitForReview(qint64 contractId);
    /// Returns a contract in review to drafting.
    Result<void> sendBack(qint64 contractId);
    /// Records the signature (已签订) with its date and optional term, and wins the opportunity.
    Result<void> sign(qint64 contractId, const QDate &signedOn, std::optional<QDate> startOn = std::nullopt,
                      std::optional<QDate> endOn = std::nullopt);
    /// Puts a signed contract into execution (履行中); `on` becomes the start date unless one was set.
    Result<void> start(qint64 contractId, const QDate &on = QDate::currentDate());
    /// Completes an executing contract (已完成) once none of its orders is still open or shipped.
    Result<void> complete(qint64 contractId);
    /// Terminates a contract that is not yet completed (已终止); the reason is required.
    Result<void> terminate(qint64 contractId, const QString &reason);

    /// Contracted, ordered and remaining quantity of each contract line, in position order.
    Result<std::vector<LineBalance>> balances(qint64 contractId) const;

private:
    Result<void> simpleStep(qint64 contractId, const QString &action, const Fields &changes);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
