#include "core/store/ListStore.h"

#include "core/store/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace qianyue {

namespace {

struct Spec {
    QString table;
    QString from;            ///< FROM clause with joins; the record itself is `t`
    QStringList search;      ///< expressions the free-text filter looks in
    QString stateColumn;     ///< status expression, empty when the kind has none
    QString ownerColumn;     ///< salesperson expression
    QString dateColumn;      ///< the date the date range applies to
    QString amountColumn;    ///< the amount the amount range applies to
    QStringList states;
    std::vector<ListColumn> columns;
};

ListColumn text(const char *key, const char *expression, bool visible = true)
{
    return {QString::fromLatin1(key), QString::fromLatin1(expression), ListColumnKind::Text, {}, visible};
}

ListColumn column(const char *key, const char *expression, ListColumnKind kind, const char *currency = "")
{
    return {QString::fromLatin1(key), QString::fromLatin1(expression), kind, QString::fromLatin1(currency), true};
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QString kOwnerJoin = QStringLiteral(" LEFT JOIN users u ON u.id = t.owner_id");
const QString kCustomerJoin = QStringLiteral(" LEFT JOIN customers c ON c.id = t.customer_id");

const QHash<ListKind, Spec> &specs()
{
    static const QHash<ListKind, Spec> all = {
        {ListKind::Customers,
         {QStringLiteral("customers"), QStringLiteral("customers t") + kOwnerJoin,
          words("t.name t.code t.phone t.email t.city t.tax_id"), QStringLiteral("t.status"), QStringLiteral("t.owner_id"),
          QStringLiteral("substr(t.created_at, 1, 10)"), {}, words("prospect active dormant lost"),
          {text("code", "t.code"), text("name", "t.name"), text("city", "t.city"), text("industry", "t.industry"),
           text("segment", "t.segment"), column("status", "t.status", ListColumnKind::State), text("owner", "u.name"),
           text("phone", "t.phone"), text("email", "t.email", false), column("churn_risk", "t.churn_risk", ListColumnKind::Flag),
           column("created", "substr(t.created_at, 1, 10)", ListColumnKind::Date)}}},
        {ListKind::Contacts,
         {QStringLiteral("contacts"), QStringLiteral("contacts t") + kCustomerJoin + kOwnerJoin,
          words("t.name t.phone t.mobile t.email c.name"), {}, QStringLiteral("t.owner_id"), {}, {}, {},
          {text("name", "t.name"), text("customer", "c.name"), text("title", "t.title"), text("phone", "t.phone"),
           text("mobile", "t.mobile"), text("email", "t.email"), column("primary", "t.is_primary", ListColumnKind::Flag),
           text("owner", "u.name", false)}}},
        {ListKind::Leads,
         {QStringLiteral("leads"), QStringLiteral("leads t") + kOwnerJoin,
          words("t.company t.contact_name t.phone t.email t.interest"), QStringLiteral("t.status"), QStringLiteral("t.owner_id"),
          QStringLiteral("t.created_on"), {}, words("unassigned assigned converted disqualified"),
          {text("company", "t.company"), text("contact", "t.contact_name"), text("phone", "t.phone"),
           column("source", "t.source", ListColumnKind::State), text("interest", "t.interest"),
           column("status", "t.status", ListColumnKind::State), text("owner", "u.name"),
           column("created_on", "t.created_on", ListColumnKind::Date)}}},
        {ListKind::Opportunities,
         {QStringLiteral("opportunities"),
          QStringLiteral("opportunities t") + kCustomerJoin + kOwnerJoin + QStringLiteral(" JOIN pipeline_stages s ON s.id = t.stage_id"),
          words("t.code t.name c.name"), QStringLiteral("t.status"), QStringLiteral("t.owner_id"), QStringLiteral("t.created_on"),
          QStringLiteral("t.amount"), words("open won lost"),
          {text("code", "t.code"), text("name", "t.name"), text("customer", "c.name"), text("stage", "s.name"),
           column("status", "t.status", ListColumnKind::State), column("amount", "t.amount", ListColumnKind::Money, "currency"),
           column("probability", "t.probability_ppm", ListColumnKind::Rate),
           column("expected_close", "t.expected_close_date", ListColumnKind::Date), text("owner", "u.name"),
           column("created_on", "t.created_on", ListColumnKind::Date), text("currency", "t.currency", false)}}},
        {ListKind::Quotes,
         {QStringLiteral("quotes"), QStringLiteral("quotes t") + kCustomerJoin + kOwnerJoin, words("t.number c.name"),
          QStringLiteral("t.status"), QStringLiteral("t.owner_id"), QStringLiteral("t.quote_date"), QStringLiteral("t.total"),
          words("drafting submitted approved accepted rejected"),
          {text("number", "t.number"), column("revision", "t.revision", ListColumnKind::Number), text("customer", "c.name"),
           column("status", "t.status", ListColumnKind::State), column("date", "t.quote_date", ListColumnKind::Date),
           column("valid_until", "t.valid_until", ListColumnKind::Date), column("total", "t.total", ListColumnKind::Money, "currency"),
           text("owner", "u.name"), text("currency", "t.currency", false)}}},
        {ListKind::Contracts,
         {QStringLiteral("contracts"), QStringLiteral("contracts t") + kCustomerJoin + kOwnerJoin,
          words("t.number t.title c.name"), QStringLiteral("t.status"), QStringLiteral("t.owner_id"), QStringLiteral("t.signed_on"),
          QStringLiteral("t.total"), words("drafting in_review signed executing completed terminated"),
          {text("number", "t.number"), text("title", "t.title"), text("customer", "c.name"),
           column("status", "t.status", ListColumnKind::State), column("signed_on", "t.signed_on", ListColumnKind::Date),
           column("total", "t.total", ListColumnKind::Money, "currency"), text("owner", "u.name"),
           text("currency", "t.currency", false)}}},
        {ListKind::Orders,
         {QStringLiteral("sales_orders"),
          QStringLiteral("sales_orders t") + kCustomerJoin + kOwnerJoin + QStringLiteral(" LEFT JOIN contracts k ON k.id = t.contract_id"),
          words("t.number c.name k.number"), QStringLiteral("t.status"), QStringLiteral("t.owner_id"), QStringLiteral("t.order_date"),
          QStringLiteral("t.total"), words("open shipped invoiced closed cancelled"),
          {text("number", "t.number"), text("customer", "c.name"), text("contract", "k.number"),
           column("status", "t.status", ListColumnKind::State), column("date", "t.order_date", ListColumnKind::Date),
           column("total", "t.total", ListColumnKind::Money, "currency"), text("owner", "u.name"),
           text("currency", "t.currency", false)}}},
        {ListKind::Receivables,
         {QStringLiteral("receivables"), QStringLiteral("receivables t") + kCustomerJoin + kOwnerJoin,
          words("t.number t.invoice_number c.name"), QStringLiteral("t.status"), QStringLiteral("t.owner_id"),
          QStringLiteral("t.due_date"), QStringLiteral("t.total"), words("open settled"),
          {text("number", "t.number"), text("customer", "c.name"), text("invoice", "t.invoice_number"),
           column("due_date", "t.due_date", ListColumnKind::Date), column("total", "t.total", ListColumnKind::Money, "currency"),
           column("received", "t.received", ListColumnKind::Money, "currency"),
           column("outstanding", "t.total - t.received", ListColumnKind::Money, "currency"),
           column("status", "t.status", ListColumnKind::State), text("owner", "u.name"), text("currency", "t.currency", false)}}},
        {ListKind::Receipts,
         {QStringLiteral("receipts"), QStringLiteral("receipts t") + kCustomerJoin + kOwnerJoin, words("t.number c.name t.notes"),
          {}, QStringLiteral("t.owner_id"), QStringLiteral("t.receipt_date"), QStringLiteral("t.amount"), {},
          {text("number", "t.number"), text("customer", "c.name"), column("date", "t.receipt_date", ListColumnKind::Date),
           column("kind", "t.kind", ListColumnKind::State), column("amount", "t.amount", ListColumnKind::Money, "currency"),
           text("owner", "u.name"), text("currency", "t.currency", false)}}},
        {ListKind::Commissions,
         {QStringLiteral("salesperson_commissions"),
          QStringLiteral("salesperson_commissions t LEFT JOIN users u ON u.id = t.user_id LEFT JOIN contracts k ON k.id = t.contract_id"),
          words("u.name k.number"), {}, QStringLiteral("t.user_id"), QStringLiteral("t.period_start"), QStringLiteral("t.accrued"), {},
          {text("salesperson", "u.name"), column("kind", "t.kind", ListColumnKind::State), text("contract", "k.number"),
           column("period_start", "t.period_start", ListColumnKind::Date), column("period_end", "t.period_end", ListColumnKind::Date),
           column("basis", "t.basis_amount", ListColumnKind::Money, "currency"), column("rate", "t.rate_ppm", ListColumnKind::Rate),
           column("accrued", "t.accrued", ListColumnKind::Money, "currency"), column("paid", "t.paid", ListColumnKind::Money, "currency"),
           text("currency", "t.currency", false)}}},
        {ListKind::Targets,
         {QStringLiteral("sales_targets"),
          QStringLiteral("sales_targets t LEFT JOIN users u ON u.id = t.user_id LEFT JOIN teams m ON m.id = t.team_id"),
          words("u.name m.name"), {}, QStringLiteral("t.user_id"), QStringLiteral("t.period_start"), QStringLiteral("t.target_amount"), {},
          {text("owner", "COALESCE(u.name, m.name)"), column("period", "t.period_kind", ListColumnKind::State),
           column("start", "t.period_start", ListColumnKind::Date), column("end", "t.period_end", ListColumnKind::Date),
           column("target", "t.target_amount", ListColumnKind::Money, "currency"),
           column("target_count", "t.target_count", ListColumnKind::Number), text("currency", "t.currency", false)}}},
        {ListKind::Activities,
         {QStringLiteral("activities"), QStringLiteral("activities t") + kCustomerJoin + kOwnerJoin, words("t.subject c.name t.notes"),
          QStringLiteral("t.status"), QStringLiteral("t.owner_id"), QStringLiteral("substr(t.due_at, 1, 10)"), {},
          words("planned done cancelled"),
          {column("kind", "t.kind", ListColumnKind::State), text("subject", "t.subject"), column("due", "t.due_at", ListColumnKind::DateTime),
           column("status", "t.status", ListColumnKind::State), text("customer", "c.name"), text("outcome", "t.outcome"),
           text("owner", "u.name")}}},
        {ListKind::Products,
         {QStringLiteral("products"), QStringLiteral("products t"), words("t.sku t.name t.specification"), {}, {}, {},
          QStringLiteral("t.list_price"), {},
          {text("sku", "t.sku"), text("name", "t.name"), text("specification", "t.specification"), text("unit", "t.unit"),
           column("list_price", "t.list_price", ListColumnKind::Money, "currency"), column("tax_rate", "t.tax_rate_ppm", ListColumnKind::Rate),
           column("active", "t.active", ListColumnKind::Flag), text("currency", "t.currency", false)}}},
    };
    return all;
}

const Spec &spec(ListKind kind)
{
    return specs().find(kind).value();
}

bool numeric(ListColumnKind kind)
{
    return kind == ListColumnKind::Number || kind == ListColumnKind::Money || kind == ListColumnKind::Rate
           || kind == ListColumnKind::Quantity || kind == ListColumnKind::Flag;
}

// NULLs take part in keyset comparisons only through a same-typed stand-in.
QString sortKey(const ListColumn &column)
{
    return QStringLiteral("COALESCE(%1, %2)").arg(column.expression, numeric(column.kind) ? QStringLiteral("-1") : QStringLiteral("''"));
}

} // namespace

ListStore::ListStore(Database &database)
    : m_db(database)
{
}

const std::vector<ListColumn> &ListStore::columns(ListKind kind)
{
    return spec(kind).columns;
}

QString ListStore::table(ListKind kind)
{
    return spec(kind).table;
}

QStringList ListStore::states(ListKind kind)
{
    return spec(kind).states;
}

QString ListStore::header(ListKind, const QString &key)
{
    static const QHash<QString, const char *> headers = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},           {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},           {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("segment"), QT_TR_NOOP("Segment")},     {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},         {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},        {QStringLiteral("churn_risk"), QT_TR_NOOP("Churn risk")},
        {QStringLiteral("created"), QT_TR_NOOP("Created")},     {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},         {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("primary"), QT_TR_NOOP("Primary")},     {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},     {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("interest"), QT_TR_NOOP("Interest")},   {QStringLiteral("created_on"), QT_TR_NOOP("Created on")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},         {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("probability"), QT_TR_NOOP("Probability")},
        {QStringLiteral("expected_close"), QT_TR_NOOP("Expected close")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},   {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("revision"), QT_TR_NOOP("Version")},    {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("valid_until"), QT_TR_NOOP("Valid until")}, {QStringLiteral("total"), QT_TR_NOOP("Total")},
        {QStringLiteral("signed_on"), QT_TR_NOOP("Signed on")}, {QStringLiteral("contract"), QT_TR_NOOP("Contract")},
        {QStringLiteral("invoice"), QT_TR_NOOP("Invoice")},     {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("received"), QT_TR_NOOP("Received")},   {QStringLiteral("outstanding"), QT_TR_NOOP("Outstanding")},
        {QStringLiteral("kind"), QT_TR_NOOP("Type")},           {QStringLiteral("salesperson"), QT_TR_NOOP("Salesperson")},
        {QStringLiteral("period_start"), QT_TR_NOOP("From")},   {QStringLiteral("period_end"), QT_TR_NOOP("To")},
        {QStringLiteral("basis"), QT_TR_NOOP("Basis")},         {QStringLiteral("rate"), QT_TR_NOOP("Rate")},
        {QStringLiteral("accrued"), QT_TR_NOOP("Accrued")},     {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("period"), QT_TR_NOOP("Period")},       {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("end"), QT_TR_NOOP("End")},             {QStringLiteral("target"), QT_TR_NOOP("Target amount")},
        {QStringLiteral("target_count"), QT_TR_NOOP("Target count")}, {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},             {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},             {QStringLiteral("specification"), QT_TR_NOOP("Specification")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},           {QStringLiteral("list_price"), QT_TR_NOOP("List price")},
        {QStringLiteral("tax_rate"), QT_TR_NOOP("Tax rate")},   {QStringLiteral("active"), QT_TR_NOOP("Active")},
    };
    const auto it = headers.constFind(key);
    return it == headers.constEnd() ? key : tr(it.value());
}

bool ListStore::hasCustomer(ListKind kind)
{
    switch (kind) {
    case ListKind::Contacts:
    case ListKind::Leads:
    case ListKind::Opportunities:
    case ListKind::Quotes:
    case ListKind::Contracts:
    case ListKind::Orders:
    case ListKind::Receivables:
    case ListKind::Receipts:
    case ListKind::Activities:
        return true;
    default:
        return false;
    }
}

bool ListStore::hasOpportunity(ListKind kind)
{
    return kind == ListKind::Quotes || kind == ListKind::Contracts || kind == ListKind::Orders
           || kind == ListKind::Receivables || kind == ListKind::Activities;
}

bool ListStore::hasContract(ListKind kind)
{
    return kind == ListKind::Orders || kind == ListKind::Receivables || kind == ListKind::Commissions;
}

ListStore::Query ListStore::whereClause(ListKind kind, const ListFilter &filter) const
{
    const Spec &s = spec(kind);
    QStringList conditions;
    Query query;
    if (const QString needle = filter.text.trimmed(); !needle.isEmpty() && !s.search.isEmpty()) {
        // The user's text is a bound value; only %, _ and \ need escaping for LIKE.
        QString escaped = needle;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        QStringList any;
        for (const QString &expression : s.search) {
            any << expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
            query.values << QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
        }
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.ownerId && !s.ownerColumn.isEmpty()) {
        conditions << s.ownerColumn + QStringLiteral(" = ?");
        query.values << *filter.ownerId;
    }
    if (filter.teamId && !s.ownerColumn.isEmpty()) {
        // The reports' team scope: records of whoever is in the team now.
        conditions << s.ownerColumn + QStringLiteral(" IN (SELECT id FROM users WHERE team_id = ?)");
        query.values << *filter.teamId;
    }
    if (!filter.state.isEmpty() && !s.stateColumn.isEmpty()) {
        conditions << s.stateColumn + QStringLiteral(" = ?");
        query.values << filter.state;
    }
    if (!filter.anyState.isEmpty() && !s.stateColumn.isEmpty()) {
        QStringList marks;
        for (const QString &state : filter.anyState) {
            marks << QStringLiteral("?");
            query.values << state;
        }
        conditions << s.stateColumn + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (filter.stageId && kind == ListKind::Opportunities) {
        conditions << QStringLiteral("t.stage_id = ?");
        query.values << *filter.stageId;
    }
    if (filter.marketingConsent && (kind == ListKind::Customers || kind == ListKind::Contacts)) {
        conditions << QStringLiteral("t.marketing_consent = ?");
        query.values << (*filter.marketingConsent ? 1 : 0);
    }
    // Parent links, for a record's related tabs. Most are indexed on the child table;
    // the rest (leads by customer, orders by opportunity) scan tables of at most a few hundred thousand rows.
    if (filter.customerId && hasCustomer(kind)) {
        conditions << QStringLiteral("t.customer_id = ?");
        query.values << *filter.customerId;
    }
    if (filter.opportunityId && hasOpportunity(kind)) {
        conditions << QStringLiteral("t.opportunity_id = ?");
        query.values << *filter.opportunityId;
    }
    if (filter.contractId && hasContract(kind)) {
        conditions << QStringLiteral("t.contract_id = ?");
        query.values << *filter.contractId;
    }
    if (!s.dateColumn.isEmpty()) {
        if (filter.from.isValid()) {
            conditions << s.dateColumn + QStringLiteral(" >= ?");
            query.values << filter.from.toString(Qt::ISODate);
        }
        if (filter.to.isValid()) {
            conditions << s.dateColumn + QStringLiteral(" <= ?");
            query.values << filter.to.toString(Qt::ISODate);
        }
    }
    if (!s.amountColumn.isEmpty()) {
        if (filter.minAmount) {
            conditions << s.amountColumn + QStringLiteral(" >= ?");
            query.values << *filter.minAmount;
        }
        if (filter.maxAmount) {
            conditions << s.amountColumn + QStringLiteral(" <= ?");
            query.values << *filter.maxAmount;
        }
    }
    query.where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query;
}

Result<std::vector<QVariantList>> ListStore::page(ListKind kind, const ListFilter &filter, const QVariantList &after,
                                                  int limit) const
{
    const Spec &s = spec(kind);
    QStringList select{QStringLiteral("t.id")};
    for (const ListColumn &column : s.columns)
        select << column.expression;
    const bool sorted = filter.sortColumn >= 0 && filter.sortColumn < int(s.columns.size());
    const QString key = sorted ? sortKey(s.columns.at(std::size_t(filter.sortColumn))) : QStringLiteral("t.id");
    select << key;
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();

    Query query = whereClause(kind, filter);
    QString where = query.where;
    if (!after.isEmpty()) {
        // Keyset: continue after the last row shown, by (sort key, id).
        const QString comparison = filter.descending ? QStringLiteral("<") : QStringLiteral(">");
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                 + QStringLiteral("(%1, t.id) %2 (?, ?)").arg(key, comparison);
        query.values << after.last() << after.first();
    }
    query.values << limit;
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5, t.id%5 LIMIT ?")
                            .arg(select.join(QStringLiteral(", ")), s.from, where, key, direction);
    auto result = m_db.query(sql, query.values);
    if (!result)
        return std::unexpected(result.error());
    std::vector<QVariantList> rows;
    const int width = int(select.size());
    while (result->next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << result->value(i);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<std::pair<qint64, QString>>> ListStore::activeUsers() const
{
    auto query = m_db.query(QStringLiteral("SELECT id, name FROM users WHERE active = 1 ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    std::vector<std::pair<qint64, QString>> users;
    while (query->next())
        users.emplace_back(query->value(0).toLongLong(), query->value(1).toString());
    return users;
}

Result<qint64> ListStore::count(ListKind kind, const ListFilter &filter) const
{
    const Query query = whereClause(kind, filter);
    const Spec &s = spec(kind);
    // Joins only matter when the filter reads a joined table.
    const QString from = query.where.contains(QStringLiteral("c.")) || query.where.contains(QStringLiteral("u."))
                                 || query.where.contains(QStringLiteral("k.")) || query.where.contains(QStringLiteral("m."))
                             ? s.from
                             : s.table + QStringLiteral(" t");
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1%2").arg(from, query.where), query.values);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace qianyue
