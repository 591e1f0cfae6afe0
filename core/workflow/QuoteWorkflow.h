#pragma once

#include "core/domain/DocumentLine.h"
#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace qianyue {

class Database;

/// Quotes (报价单): made from an opportunity, revised as a chain of versions,
/// submitted, approved by a manager, then accepted or rejected by the customer.
class QuoteWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(QuoteWorkflow)

public:
    explicit QuoteWorkflow(Database &database);

    /// A new quote (revision 1) for the opportunity's customer, in the
    /// opportunity's currency, with its products of interest as lines at list price.
    Result<qint64> createFromOpportunity(qint64 opportunityId, const QDate &on = QDate::currentDate(),
                                         int validDays = 30);
    /// Replaces the lines of a quote that is still being drafted.
    Result<void> setLines(qint64 quoteId, std::vector<DocumentLine> lines);
    /// A new revision (same number, revision + 1) copying header and lines; the
    /// old revision stays readable and points to the new one.
    Result<qint64> revise(qint64 quoteId, const QDate &on = QDate::currentDate());
    Result<void> submit(qint64 quoteId);
    /// Approval by a manager or admin.
    Result<void> approve(qint64 quoteId, qint64 approverId, const QDate &on = QDate::currentDate());
    Result<void> sendBack(qint64 quoteId);
    /// The customer accepts an approved quote; the opportunity moves to the contract stage.
    Result<void> accept(qint64 quoteId, const QDate &on = QDate::currentDate());
    Result<void> reject(qint64 quoteId, const QString &reason);

private:
    Result<Fields> current(qint64 quoteId);
    Result<void> simpleStep(qint64 quoteId, const QString &action, const Fields &changes);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
