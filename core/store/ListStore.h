#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// The record lists of the sidebar, one per kind.
enum class ListKind {
    Leads,
    Customers,
    Contacts,
    Opportunities,
    Quotes,
    Contracts,
    Orders,
    Receivables,
    Receipts,
    Commissions,
    Targets,
    Activities,
    Products,
};

/// How a column's raw value is to be shown.
enum class ListColumnKind { Text, Number, Money, Rate, Quantity, Date, DateTime, State, Flag };

/// One column of a list: a stable key, its SQL expression (fixed here, never
/// from input) and how to show it. Money columns carry their currency column.
struct ListColumn {
    QString key;
    QString expression;
    ListColumnKind kind = ListColumnKind::Text;
    QString currencyKey; ///< for Money: the key of the column holding the currency
    bool visibleByDefault = true;
};

/// What the user narrowed a list to. Empty parts filter nothing.
struct ListFilter {
    QString text;                  ///< matched as a substring of the kind's search columns
    std::optional<qint64> ownerId; ///< the salesperson responsible
    std::optional<qint64> teamId;  ///< owned by the team's current members (dashboard drill-down)
    QString state;                 ///< one status value
    QStringList anyState;          ///< any of these status values (drill-down from a chart)
    std::optional<qint64> stageId; ///< opportunities in this pipeline stage
    QDate from;                    ///< on the kind's main date, inclusive
    QDate to;
    std::optional<qint64> minAmount; ///< on the kind's main amount, minor units
    std::optional<qint64> maxAmount;
    /// Customers and contacts who did (true) or did not (false) consent to marketing.
    std::optional<bool> marketingConsent;
    /// Only the records of one customer, opportunity or contract (a record's related tabs);
    /// ignored by lists whose records have no such link.
    std::optional<qint64> customerId;
    std::optional<qint64> opportunityId;
    std::optional<qint64> contractId;
    int sortColumn = -1;           ///< index into the columns; -1 = the kind's default order
    bool descending = false;
};

/// Reads record lists page by page with filtering and sorting done in SQL,
/// using keyset paging so the millionth row costs what the first did.
class ListStore
{
    Q_DECLARE_TR_FUNCTIONS(ListStore)

public:
    explicit ListStore(Database &database);

    /// The columns of a list, in default order.
    static const std::vector<ListColumn> &columns(ListKind kind);
    /// The table holding the records of a list.
    static QString table(ListKind kind);
    /// The translated header of a column.
    static QString header(ListKind kind, const QString &key);
    /// The status values a list can be filtered by (empty when it has none).
    static QStringList states(ListKind kind);
    /// Whether the records of `kind` link to a customer / opportunity / contract,
    /// i.e. whether the matching ListFilter field narrows it.
    static bool hasCustomer(ListKind kind);
    static bool hasOpportunity(ListKind kind);
    static bool hasContract(ListKind kind);

    /// Rows matching `filter`: each row is the record id followed by the columns' raw values.
    /// `after` is the last row of the previous page (keyset), empty for the first page.
    Result<std::vector<QVariantList>> page(ListKind kind, const ListFilter &filter, const QVariantList &after,
                                           int limit) const;
    /// Active salespeople (id, name) by name, for owner filters.
    Result<std::vector<std::pair<qint64, QString>>> activeUsers() const;
    /// How many rows match `filter`.
    Result<qint64> count(ListKind kind, const ListFilter &filter) const;

private:
    struct Query {
        QString where;
        QVariantList values;
    };
    Query whereClause(ListKind kind, const ListFilter &filter) const;

    Database &m_db;
};

} // namespace qianyue
