#pragma once

#include "core/domain/Error.h"
#include "core/store/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace qianyue {

class Database;

/// Leads (线索): the department pool (未分配), assignment (已分配), conversion
/// into an opportunity (成功关闭) and disqualification (失败关闭).
class LeadWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(LeadWorkflow)

public:
    explicit LeadWorkflow(Database &database);

    /// Creates a lead: assigned when it has an owner, in the pool otherwise.
    Result<qint64> create(Fields fields, const QDate &on = QDate::currentDate());
    /// Gives a lead to a salesperson (also re-assigns an assigned one).
    Result<void> assign(qint64 leadId, qint64 userId);
    /// Disqualifies a lead; the reason is required.
    Result<void> disqualify(qint64 leadId, const QString &reason, const QDate &on = QDate::currentDate());

    struct ConvertOptions {
        std::optional<qint64> customerId; ///< an existing customer chosen by the user
        QString opportunityName;          ///< defaults to "company – interest"
        qint64 amount = 0;                ///< expected amount, minor units of the base currency
        std::optional<QDate> expectedCloseDate;
    };
    struct Conversion {
        qint64 opportunityId = 0;
        qint64 customerId = 0;
        qint64 contactId = 0;
        bool customerMatched = false; ///< an existing customer was used
        bool contactMatched = false;
    };
    /// Converts an assigned lead into an opportunity, with a customer and
    /// contact matched by name or created from the lead.
    Result<Conversion> convert(qint64 leadId, const ConvertOptions &options, const QDate &on = QDate::currentDate());

private:
    Result<qint64> customerFor(const Fields &lead, const ConvertOptions &options, const QDate &on, bool &matched);
    Result<qint64> contactFor(const Fields &lead, qint64 customerId, bool &matched);

    Database &m_db;
    RecordStore m_records;
};

} // namespace qianyue
