#pragma once

#include "core/domain/DemoVocabulary.h"
#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <functional>

namespace qianyue {

class Database;

/// How many records a generated data set holds. Everything scales with the
/// number of customers; `reference()` is DESIGN.md's performance data set.
struct DataSetSize {
    qint64 customers = 0;
    qint64 users = 0;
    qint64 products = 0;

    qint64 contactsPerCustomer = 2;
    qint64 opportunitiesPerCustomer = 3;
    qint64 contractsPerCustomer = 5; ///< each with one sales order
    qint64 linesPerDocument = 3;

    /// 100 000 customers, 200 000 contacts, 300 000 opportunities,
    /// 500 000 contracts + 500 000 orders (1 000 000 documents) with 3 000 000 lines.
    static DataSetSize reference();
    /// A data set of `customers` customers with the reference proportions.
    static DataSetSize forCustomers(qint64 customers);
};

/// Writes a large, realistic, deterministic data set straight into an empty
/// database, fast: rows are inserted with prepared statements in large
/// transactions, bypassing the per-record audit (the data is generated, not
/// entered). The roll-up and search triggers are suspended meanwhile and the
/// roll-ups and the search index rebuilt once at the end (DerivedData), which
/// gives the same tables as the triggers would in a fraction of the time.
/// Every invariant `check` verifies holds for the result.
class ReferenceDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataBuilder)

public:
    /// Called now and then with a step name and how far it got.
    using Progress = std::function<void(const QString &step, qint64 done, qint64 total)>;

    ReferenceDataBuilder(Database &database, DataSetSize size, std::uint64_t seed,
                         DemoVocabulary::Language language, QDate today);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Whether the roll-up and search triggers are suspended during the build
    /// (the default). Off, every row updates them as it is written: slower,
    /// and what the tests compare the fast way with.
    void setSuspendTriggers(bool suspend) { m_suspendTriggers = suspend; }

    /// Fills the database; refuses one that already holds customers.
    Result<void> build();

private:
    class Bulk;

    Result<void> buildRecords();
    Result<void> chunked(const QString &step, qint64 total, const std::function<Result<void>(qint64)> &row);
    QString nextNumber(const QString &kind, const QString &pattern, const QDate &on);
    QDate dayBefore(qint64 maxDaysBack);

    Result<void> buildPeople();
    Result<void> buildProducts();
    Result<void> buildCustomers();
    Result<void> buildOpportunities();
    Result<void> buildContractsAndOrders();
    Result<void> buildActivities();
    Result<void> buildPlansAndTargets();
    Result<void> storeSequences();

    Database &m_db;
    DataSetSize m_size;
    DemoRandom m_random;
    DemoVocabulary m_words;
    QDate m_today;
    Progress m_progress;
    bool m_suspendTriggers = true;

    QHash<QString, qint64> m_counters; ///< "kind/year" → last number used
    QHash<QString, QString> m_patterns;
    std::vector<qint64> m_customerOwner;
    std::vector<QDate> m_customerSince;
    std::vector<qint64> m_userTeam;
    std::vector<qint64> m_productPrice;
    std::vector<qint64> m_productTax;
    std::vector<QString> m_productName;
    std::vector<QString> m_productSpec;
    std::vector<QString> m_productUnit;
    std::vector<qint64> m_wonOpportunity; ///< per customer, a won opportunity id or 0
};

} // namespace qianyue
