#include "core/store/AnalyticsStore.h"
#include "core/store/Migrations.h"

#include <algorithm>

// Schema version 3: the roll-up tables behind the reports and dashboards.
//
// Every report must answer in under 50 ms on the reference data set whatever
// its period, and a GROUP BY over half a million contracts takes ten times
// that. So sums and counts are kept per owner and day, month and (for the
// per-salesperson figures) year, and per customer, in roll-up tables that
// triggers on the base tables keep in step inside the very transaction that
// changes a record. Every writer — the workflows, RecordStore, the bulk
// ReferenceDataBuilder, a hand-made UPDATE — therefore leaves the roll-ups
// right without knowing about them. A period is read as its whole years and
// months from the *_year and *_month tables plus the days of its partial
// months from the matching *_day table (AnalyticsStore::ranged).
//
// owner_key is the owner's user id, 0 for records without an owner, and -1
// for a row that sums all owners. Keeping the all-owners row beside the
// per-owner rows costs one more row per change and makes the company-wide
// queries read a few hundred rows instead of adding up 200 salespeople.
//
// Rows whose sums went back to zero stay (deleting them would cost a
// statement per change); every query skips them.
//
// SQLite only: WITHOUT ROWID and the triggers are SQLite syntax. The
// PostgreSQL back end will need its own version of this step (plain tables
// with the same primary keys, PL/pgSQL trigger functions, the same fill
// statements); the queries in AnalyticsStore.cpp are portable.

namespace qianyue {

namespace {

// Contracts that count as signed business (签约): amounts, counts and targets.
const QString kSignedCondition
    = QStringLiteral("{r}.status IN ('signed', 'executing', 'completed') AND {r}.signed_on IS NOT NULL");

QString converted(const QString &amount, const QString &ratePpm)
{
    return AnalyticsStore::convertedSql(amount, ratePpm);
}

enum class Grain { Day, Month, Year, All };

struct Column {
    QString name;
    QString type;
    QString expression; ///< over the base row, written {r}.column
};

// One kind of roll-up: which rows of which base table it sums, by what, and
// at which grains. Every table, fill, check and trigger is generated from it,
// so they cannot disagree with each other.
struct Family {
    QString stem;
    QString source;
    QString condition;
    QString date; ///< the date a row is filed under; empty for Grain::All only
    bool undatedInMonth = false; ///< rows without a date are kept in the month table under ''
    bool ownerKeys = true;
    std::vector<Column> dimensions;
    std::vector<Column> measures;
    QStringList watched; ///< base columns whose change moves a row between groups or changes its sums
    std::vector<Grain> grains;
};

QString tableName(const Family &family, Grain grain)
{
    switch (grain) {
    case Grain::Day:
        return family.stem + QStringLiteral("_day");
    case Grain::Month:
        return family.stem + QStringLiteral("_month");
    case Grain::Year:
        return family.stem + QStringLiteral("_year");
    case Grain::All:
        break;
    }
    return family.stem;
}

QString periodColumn(Grain grain)
{
    if (grain == Grain::Day)
        return QStringLiteral("day");
    return grain == Grain::Year ? QStringLiteral("year") : QStringLiteral("month");
}

QString periodExpression(const Family &family, Grain grain)
{
    if (grain == Grain::Day)
        return QStringLiteral("substr(%1, 1, 10)").arg(family.date);
    if (grain == Grain::Year)
        return QStringLiteral("substr(%1, 1, 4)").arg(family.date);
    if (family.undatedInMonth)
        return QStringLiteral("COALESCE(substr(%1, 1, 7), '')").arg(family.date);
    return QStringLiteral("substr(%1, 1, 7)").arg(family.date);
}

QString conditionOf(const Family &family, Grain grain)
{
    if (grain == Grain::Day && family.undatedInMonth)
        return QStringLiteral("(%1) AND %2 IS NOT NULL").arg(family.condition, family.date);
    return family.condition;
}

// The key columns of a table, in primary key order.
QStringList keyColumns(const Family &family, Grain grain)
{
    QStringList keys;
    if (family.ownerKeys)
        keys << QStringLiteral("owner_key");
    if (grain != Grain::All)
        keys << periodColumn(grain);
    for (const Column &dimension : family.dimensions)
        keys << dimension.name;
    return keys;
}

QStringList measureNames(const Family &family)
{
    QStringList names;
    for (const Column &measure : family.measures)
        names << measure.name;
    return names;
}

QString createTable(const Family &family, Grain grain)
{
    QStringList columns;
    if (family.ownerKeys)
        columns << QStringLiteral("owner_key INTEGER NOT NULL");
    if (grain != Grain::All)
        columns << periodColumn(grain) + QStringLiteral(" TEXT NOT NULL");
    for (const Column &dimension : family.dimensions)
        columns << dimension.name + QLatin1Char(' ') + dimension.type + QStringLiteral(" NOT NULL");
    for (const Column &measure : family.measures)
        columns << measure.name + QStringLiteral(" INTEGER NOT NULL");
    columns << QStringLiteral("PRIMARY KEY (%1)").arg(keyColumns(family, grain).join(QStringLiteral(", ")));
    return QStringLiteral("CREATE TABLE %1 (%2) WITHOUT ROWID")
        .arg(tableName(family, grain), columns.join(QStringLiteral(", ")));
}

QString onRow(QString expression, const QString &row)
{
    return expression.replace(QStringLiteral("{r}"), row);
}

// One table's groups computed from the base table: the per-owner rows (all
// rows for a table without owner keys) and the all-owners rows (empty then).
std::pair<QString, QString> definitionParts(const Family &family, Grain grain)
{
    QStringList groups;
    if (grain != Grain::All)
        groups << periodExpression(family, grain);
    for (const Column &dimension : family.dimensions)
        groups << dimension.expression;
    QStringList sums;
    for (const Column &measure : family.measures)
        sums << QStringLiteral("SUM(%1)").arg(measure.expression);
    // `owner` is the first column; a constant one is not grouped on, because
    // a number in GROUP BY names a column position.
    const auto select = [&](const QString &owner, bool constantOwner) {
        QStringList columns = groups;
        if (!owner.isEmpty())
            columns.prepend(owner);
        QStringList positions;
        for (qsizetype i = constantOwner ? 2 : 1; i <= columns.size(); ++i)
            positions << QString::number(i);
        const QString grouping
            = positions.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + positions.join(QStringLiteral(", "));
        return onRow(
            QStringLiteral("SELECT %1 FROM %2 {r} WHERE %3%4")
                .arg((columns + sums).join(QStringLiteral(", ")), family.source, conditionOf(family, grain), grouping),
            QStringLiteral("r"));
    };
    if (!family.ownerKeys)
        return { select({}, false), {} };
    return { select(QStringLiteral("COALESCE(r.owner_id, 0)"), false), select(QStringLiteral("-1"), true) };
}

// The groups of one table computed from the base table; the check compares against it.
QString definition(const Family &family, Grain grain)
{
    const auto [perOwner, allOwners] = definitionParts(family, grain);
    return allOwners.isEmpty() ? perOwner : perOwner + QStringLiteral(" UNION ALL ") + allOwners;
}

// Adds (sign +1) or removes (sign -1) one base row's contribution.
QString contribution(const Family &family, Grain grain, const QString &row, int sign)
{
    const QString table = tableName(family, grain);
    QStringList values;
    if (family.ownerKeys)
        values << QStringLiteral("k.owner_key");
    if (grain != Grain::All)
        values << periodExpression(family, grain);
    for (const Column &dimension : family.dimensions)
        values << dimension.expression;
    for (const Column &measure : family.measures)
        values << (sign < 0 ? QStringLiteral("-(%1)") : QStringLiteral("(%1)")).arg(measure.expression);
    QStringList updates;
    for (const Column &measure : family.measures)
        updates << QStringLiteral("%2 = %1.%2 + excluded.%2").arg(table, measure.name);
    const QString from = family.ownerKeys
        ? QStringLiteral(" FROM (SELECT -1 AS owner_key UNION ALL SELECT COALESCE({r}.owner_id, 0)) AS k")
        : QString();
    // The WHERE also keeps SQLite from reading ON CONFLICT as a join constraint.
    return onRow(QStringLiteral("INSERT INTO %1 (%2) SELECT %3%4 WHERE %5 ON CONFLICT (%6) DO UPDATE SET %7")
                     .arg(table, (keyColumns(family, grain) + measureNames(family)).join(QStringLiteral(", ")),
                         values.join(QStringLiteral(", ")), from, conditionOf(family, grain),
                         keyColumns(family, grain).join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))),
        row);
}

QStringList triggers(const Family &family, Grain grain)
{
    const QString table = tableName(family, grain);
    QStringList changed;
    for (const QString &column : family.watched)
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column);
    return {
        QStringLiteral("CREATE TRIGGER %1_after_insert AFTER INSERT ON %2 BEGIN %3; END")
            .arg(table, family.source, contribution(family, grain, QStringLiteral("NEW"), 1)),
        QStringLiteral("CREATE TRIGGER %1_after_delete AFTER DELETE ON %2 BEGIN %3; END")
            .arg(table, family.source, contribution(family, grain, QStringLiteral("OLD"), -1)),
        QStringLiteral("CREATE TRIGGER %1_after_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5; %6; END")
            .arg(table, family.watched.join(QStringLiteral(", ")), family.source, changed.join(QStringLiteral(" OR ")),
                contribution(family, grain, QStringLiteral("OLD"), -1),
                contribution(family, grain, QStringLiteral("NEW"), 1)),
    };
}

const std::vector<Family> &families()
{
    const Column contracts { QStringLiteral("contracts"), {}, QStringLiteral("1") };
    const Column signedAmount { QStringLiteral("amount"), {}, QStringLiteral("{r}.base_total") };
    const Column opportunities { QStringLiteral("opportunities"), {}, QStringLiteral("1") };
    const QString base = converted(QStringLiteral("{r}.amount"), QStringLiteral("{r}.exchange_rate_ppm"));
    const Column opportunityAmount { QStringLiteral("amount"), {}, base };
    // Weighted per opportunity: its base amount times its probability, rounded once.
    const Column weighted { QStringLiteral("weighted"), {}, converted(base, QStringLiteral("{r}.probability_ppm")) };
    const Column status { QStringLiteral("status"), QStringLiteral("TEXT"), QStringLiteral("{r}.status") };
    const Column customer { QStringLiteral("customer_id"), QStringLiteral("INTEGER"),
        QStringLiteral("{r}.customer_id") };
    const Column outstanding { QStringLiteral("amount"), {},
        converted(QStringLiteral("{r}.total - {r}.received"), QStringLiteral("{r}.exchange_rate_ppm")) };
    const Column receivables { QStringLiteral("receivables"), {}, QStringLiteral("1") };
    const QStringList signedWatched = { QStringLiteral("status"), QStringLiteral("signed_on"),
        QStringLiteral("base_total"), QStringLiteral("owner_id") };
    const QStringList receivableWatched = { QStringLiteral("status"), QStringLiteral("due_date"),
        QStringLiteral("receivable_date"), QStringLiteral("total"), QStringLiteral("received"),
        QStringLiteral("exchange_rate_ppm"), QStringLiteral("owner_id") };
    const QString dueDate = QStringLiteral("COALESCE({r}.due_date, {r}.receivable_date)");

    static const std::vector<Family> all = {
        // Signed business per owner and day, month and year: every contract amount figure.
        { QStringLiteral("rollup_signed"), QStringLiteral("contracts"), kSignedCondition,
            QStringLiteral("{r}.signed_on"), false, true, {}, { signedAmount, contracts }, signedWatched,
            { Grain::Day, Grain::Month, Grain::Year } },
        // All-time signed business per customer: the bound that lets top-customer
        // and churn queries stop after a few thousand of 100 000 customers.
        { QStringLiteral("rollup_signed_customer"), QStringLiteral("contracts"), kSignedCondition, {}, false, true,
            { customer }, { signedAmount, contracts }, signedWatched + QStringList { QStringLiteral("customer_id") },
            { Grain::All } },
        // Signed business per customer segment, all owners only: a segment
        // refresh moves each changed customer's history, so this stays small.
        { QStringLiteral("rollup_signed_segment"), QStringLiteral("contracts"), kSignedCondition,
            QStringLiteral("{r}.signed_on"), false, false,
            { { QStringLiteral("segment"), QStringLiteral("TEXT"),
                QStringLiteral("COALESCE((SELECT c.segment FROM customers c WHERE c.id = {r}.customer_id), 'C')") } },
            { signedAmount, contracts },
            { QStringLiteral("status"), QStringLiteral("signed_on"), QStringLiteral("base_total"),
                QStringLiteral("customer_id") },
            { Grain::Day, Grain::Month } },
        // Customers per segment and how many are churn risks, by the customer's owner.
        { QStringLiteral("rollup_customer_segment"), QStringLiteral("customers"), QStringLiteral("1 = 1"), {}, false,
            true, { { QStringLiteral("segment"), QStringLiteral("TEXT"), QStringLiteral("{r}.segment") } },
            { { QStringLiteral("customers"), {}, QStringLiteral("1") },
                { QStringLiteral("churn_risks"), {},
                    QStringLiteral("CASE WHEN {r}.churn_risk <> 0 THEN 1 ELSE 0 END") } },
            { QStringLiteral("segment"), QStringLiteral("churn_risk"), QStringLiteral("owner_id") }, { Grain::All } },
        // Opportunities by the day they were created: pipeline, sources, new per month.
        { QStringLiteral("rollup_opportunity_created"), QStringLiteral("opportunities"), QStringLiteral("1 = 1"),
            QStringLiteral("{r}.created_on"), false, true,
            { { QStringLiteral("stage_id"), QStringLiteral("INTEGER"), QStringLiteral("{r}.stage_id") }, status,
                { QStringLiteral("source"), QStringLiteral("TEXT"), QStringLiteral("{r}.source") } },
            { opportunities, opportunityAmount, weighted },
            { QStringLiteral("created_on"), QStringLiteral("stage_id"), QStringLiteral("status"),
                QStringLiteral("source"), QStringLiteral("amount"), QStringLiteral("exchange_rate_ppm"),
                QStringLiteral("probability_ppm"), QStringLiteral("owner_id") },
            { Grain::Day, Grain::Month } },
        // The same per owner without stage and source, so that per-salesperson
        // totals read at most three rows per owner and year, month or day.
        { QStringLiteral("rollup_opportunity_owner"), QStringLiteral("opportunities"), QStringLiteral("1 = 1"),
            QStringLiteral("{r}.created_on"), false, true, { status }, { opportunities, opportunityAmount, weighted },
            { QStringLiteral("created_on"), QStringLiteral("status"), QStringLiteral("amount"),
                QStringLiteral("exchange_rate_ppm"), QStringLiteral("probability_ppm"), QStringLiteral("owner_id") },
            { Grain::Day, Grain::Month, Grain::Year } },
        // Won and lost opportunities by the day they were closed: win rates and flow.
        { QStringLiteral("rollup_opportunity_closed"), QStringLiteral("opportunities"),
            QStringLiteral("{r}.status IN ('won', 'lost') AND {r}.closed_on IS NOT NULL"),
            QStringLiteral("{r}.closed_on"), false, true, { status }, { opportunities, opportunityAmount },
            { QStringLiteral("status"), QStringLiteral("closed_on"), QStringLiteral("amount"),
                QStringLiteral("exchange_rate_ppm"), QStringLiteral("owner_id") },
            { Grain::Day, Grain::Month, Grain::Year } },
        // Open opportunities by expected close date: forecast and open pipeline.
        { QStringLiteral("rollup_opportunity_open"), QStringLiteral("opportunities"),
            QStringLiteral("{r}.status = 'open'"), QStringLiteral("{r}.expected_close_date"), true, true, {},
            { opportunities, opportunityAmount, weighted },
            { QStringLiteral("status"), QStringLiteral("expected_close_date"), QStringLiteral("amount"),
                QStringLiteral("exchange_rate_ppm"), QStringLiteral("probability_ppm"), QStringLiteral("owner_id") },
            { Grain::Day, Grain::Month } },
        // Leads by the day they came in, per source and state.
        { QStringLiteral("rollup_lead"), QStringLiteral("leads"), QStringLiteral("1 = 1"),
            QStringLiteral("{r}.created_on"), false, true,
            { { QStringLiteral("source"), QStringLiteral("TEXT"), QStringLiteral("{r}.source") }, status },
            { { QStringLiteral("leads"), {}, QStringLiteral("1") } },
            { QStringLiteral("created_on"), QStringLiteral("source"), QStringLiteral("status"),
                QStringLiteral("owner_id") },
            { Grain::Day, Grain::Month } },
        // Open receivables by due date (the invoice date when none is set): aging and outstanding.
        { QStringLiteral("rollup_receivable_due"), QStringLiteral("receivables"), QStringLiteral("{r}.status = 'open'"),
            dueDate, false, true, {}, { outstanding, receivables }, receivableWatched, { Grain::Day, Grain::Month } },
        // Open receivables per customer: the customers owing most, at once.
        { QStringLiteral("rollup_receivable_customer"), QStringLiteral("receivables"),
            QStringLiteral("{r}.status = 'open'"), {}, false, true, { customer }, { outstanding, receivables },
            receivableWatched + QStringList { QStringLiteral("customer_id") }, { Grain::All } },
    };
    return all;
}

const Family &familyOf(const QString &stem)
{
    for (const Family &family : families()) {
        if (family.stem == stem)
            return family;
    }
    Q_UNREACHABLE();
    return families().front();
}

// A customer whose segment changes takes its signed history to the new
// segment. A set-based statement per grain reads the customer's few signed
// contracts once from the covering index contracts_signed_by_customer.
QString segmentMove(Grain grain)
{
    const Family &family = familyOf(QStringLiteral("rollup_signed_segment"));
    const QString table = tableName(family, grain);
    const QString period = onRow(periodExpression(family, grain), QStringLiteral("k"));
    return QStringLiteral(
        "INSERT INTO %1 (%2, segment, amount, contracts)"
        " SELECT %3, s.segment, s.sign * SUM(k.base_total), s.sign * COUNT(*)"
        " FROM contracts k, (SELECT OLD.segment AS segment, -1 AS sign UNION ALL SELECT NEW.segment, 1) AS s"
        " WHERE k.customer_id = NEW.id AND %4"
        " GROUP BY 1, 2, s.sign"
        " ON CONFLICT (%2, segment) DO UPDATE SET amount = %1.amount + excluded.amount,"
        " contracts = %1.contracts + excluded.contracts")
        .arg(table, periodColumn(grain), period, onRow(kSignedCondition, QStringLiteral("k")));
}

// Statements filling an empty table. The base table is read once per
// family: the all-owners rows are added up from the per-owner rows, a month
// table from its day table and a year table from its month table, which on
// the reference data set saves a third of the time the migration takes.
QStringList fillStatements(const Family &family, Grain grain)
{
    const QString table = tableName(family, grain);
    const QStringList keys = keyColumns(family, grain);
    const QString columns = (keys + measureNames(family)).join(QStringLiteral(", "));
    QStringList sums;
    for (const QString &measure : measureNames(family))
        sums << QStringLiteral("SUM(%1)").arg(measure);
    const auto has = [&family](Grain g) {
        return std::find(family.grains.begin(), family.grains.end(), g) != family.grains.end();
    };
    // A month table from its day table, a year table from its month table.
    const Grain finer = grain == Grain::Month ? Grain::Day : Grain::Month;
    if ((grain == Grain::Month || grain == Grain::Year) && !family.undatedInMonth && has(finer)) {
        QStringList groups = keys;
        groups[family.ownerKeys ? 1 : 0]
            = QStringLiteral("substr(%1, 1, %2)").arg(periodColumn(finer)).arg(grain == Grain::Month ? 7 : 4);
        return { QStringLiteral("INSERT INTO %1 (%2) SELECT %3, %4 FROM %5 GROUP BY %3")
                     .arg(table, columns, groups.join(QStringLiteral(", ")), sums.join(QStringLiteral(", ")),
                         tableName(family, finer)) };
    }
    const auto [perOwner, allOwners] = definitionParts(family, grain);
    QStringList statements = { QStringLiteral("INSERT INTO %1 (%2) %3").arg(table, columns, perOwner) };
    if (family.ownerKeys) {
        statements << QStringLiteral("INSERT INTO %1 (%2) SELECT -1, %3, %4 FROM %1 WHERE owner_key >= 0 GROUP BY %3")
                          .arg(table, columns, keys.mid(1).join(QStringLiteral(", ")), sums.join(QStringLiteral(", ")));
    }
    return statements;
}

} // namespace

std::vector<RollupDefinition> rollupDefinitions()
{
    std::vector<RollupDefinition> all;
    for (const Family &family : families()) {
        for (Grain grain : family.grains)
            all.push_back({ tableName(family, grain), keyColumns(family, grain), measureNames(family),
                definition(family, grain), fillStatements(family, grain) });
    }
    return all;
}

QStringList analyticsStatements()
{
    QStringList statements = {
        // Opportunities in another currency need their own rate to be added
        // up with the rest, like every document already has.
        QStringLiteral("ALTER TABLE opportunities ADD COLUMN exchange_rate_ppm INTEGER NOT NULL DEFAULT 1000000"
                       " CHECK (exchange_rate_ppm > 0)"),
    };
    for (const Family &family : families()) {
        for (Grain grain : family.grains)
            statements << createTable(family, grain);
    }
    // Filled from the rows already there, before any trigger exists, so an
    // upgraded database reports the same figures as one that always had them.
    for (const RollupDefinition &rollup : rollupDefinitions())
        statements << rollup.fill;
    statements
        << QStringLiteral("CREATE INDEX rollup_signed_customer_amount ON rollup_signed_customer(owner_key, amount)")
        << QStringLiteral(
               "CREATE INDEX rollup_receivable_customer_amount ON rollup_receivable_customer(owner_key, amount)")
        // Covering, partial indexes over signed contracts: per-customer
        // windows (top customers, churn, segment moves), short periods
        // read contract by contract, and one salesperson's or team's business.
        << QStringLiteral("CREATE INDEX contracts_signed_by_customer ON contracts(customer_id, signed_on, base_total)"
                          " WHERE status IN ('signed', 'executing', 'completed')")
        << QStringLiteral("CREATE INDEX contracts_signed_by_day ON contracts(signed_on, customer_id, base_total)"
                          " WHERE status IN ('signed', 'executing', 'completed')")
        << QStringLiteral(
               "CREATE INDEX contracts_signed_by_owner ON contracts(owner_id, signed_on, customer_id, base_total)"
               " WHERE status IN ('signed', 'executing', 'completed')");
    return statements + rollupTriggerStatements();
}

QStringList rollupTriggerStatements()
{
    QStringList statements;
    for (const Family &family : families()) {
        for (Grain grain : family.grains)
            statements << triggers(family, grain);
    }
    statements << QStringLiteral("CREATE TRIGGER rollup_signed_segment_move AFTER UPDATE OF segment ON customers"
                                 " WHEN OLD.segment IS NOT NEW.segment BEGIN %1; %2; END")
                      .arg(segmentMove(Grain::Day), segmentMove(Grain::Month));
    return statements;
}

} // namespace qianyue
