#include "tests/core/analytics/AnalyticsFixture.h"

#include "core/analytics/Report.h"

#include <QLocale>

namespace qianyue::test {

namespace {

QVariant dateOrNull(const QString &date)
{
    return date.isEmpty() ? QVariant() : QVariant(date);
}

const qint64 kStageProbability[] = { 0, 100000, 300000, 600000, 800000, 1000000, 0 };

} // namespace

AnalyticsFixture::AnalyticsFixture()
{
    // Stage names follow the interface language; the tests read the English ones.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto store = records();
    auto team = store.insert(QStringLiteral("teams"), { { QStringLiteral("name"), QStringLiteral("South") } });
    REQUIRE(team);
    otherTeamId = *team;
    auto rep = store.insert(QStringLiteral("users"),
        { { QStringLiteral("name"), QStringLiteral("Bob Chen") }, { QStringLiteral("role"), QStringLiteral("rep") },
            { QStringLiteral("team_id"), otherTeamId } });
    REQUIRE(rep);
    otherRepId = *rep;
}

QVariant AnalyticsFixture::ownerValue(qint64 owner) const
{
    if (owner == kTheRep)
        return repId;
    if (owner == kNobody)
        return QVariant(QMetaType::fromType<qint64>());
    return owner;
}

qint64 AnalyticsFixture::contract(const ContractSpec &spec)
{
    auto id = records().insert(QStringLiteral("contracts"),
        { { QStringLiteral("number"), QStringLiteral("HT-T-%1").arg(++m_numbers) },
            { QStringLiteral("customer_id"), spec.customer ? spec.customer : customerId },
            { QStringLiteral("status"), spec.status }, { QStringLiteral("currency"), spec.currency },
            { QStringLiteral("exchange_rate_ppm"), spec.ratePpm },
            { QStringLiteral("total"), spec.total < 0 ? spec.baseTotal : spec.total },
            { QStringLiteral("base_total"), spec.baseTotal },
            { QStringLiteral("contract_date"), spec.signedOn.isEmpty() ? QStringLiteral("2026-01-01") : spec.signedOn },
            { QStringLiteral("signed_on"), dateOrNull(spec.signedOn) },
            { QStringLiteral("owner_id"), ownerValue(spec.owner) } });
    REQUIRE(id);
    return *id;
}

qint64 AnalyticsFixture::opportunity(const OpportunitySpec &spec)
{
    const QString status = spec.stage == 5 ? QStringLiteral("won")
        : spec.stage == 6                  ? QStringLiteral("lost")
                                           : QStringLiteral("open");
    QVariant customer = spec.customer == 0 ? QVariant(customerId) : QVariant(spec.customer);
    if (spec.customer == kNone)
        customer = QVariant(QMetaType::fromType<qint64>());
    auto id = records().insert(QStringLiteral("opportunities"),
        { { QStringLiteral("code"), QStringLiteral("OPP-T-%1").arg(++m_numbers) },
            { QStringLiteral("name"), QStringLiteral("Deal %1").arg(m_numbers) },
            { QStringLiteral("customer_id"), customer }, { QStringLiteral("stage_id"), spec.stage },
            { QStringLiteral("status"), status }, { QStringLiteral("source"), spec.source },
            { QStringLiteral("amount"), spec.amount }, { QStringLiteral("currency"), spec.currency },
            { QStringLiteral("exchange_rate_ppm"), spec.ratePpm },
            { QStringLiteral("probability_ppm"),
                spec.probabilityPpm < 0 ? kStageProbability[spec.stage] : spec.probabilityPpm },
            { QStringLiteral("expected_close_date"), dateOrNull(spec.expectedClose) },
            { QStringLiteral("created_on"), spec.createdOn },
            { QStringLiteral("closed_on"), dateOrNull(spec.closedOn) },
            { QStringLiteral("owner_id"), ownerValue(spec.owner) } });
    REQUIRE(id);
    return *id;
}

qint64 AnalyticsFixture::lead(const QString &source, const QString &status, const QString &createdOn, qint64 owner)
{
    auto id = records().insert(QStringLiteral("leads"),
        { { QStringLiteral("company"), QStringLiteral("Lead %1").arg(++m_numbers) },
            { QStringLiteral("source"), source }, { QStringLiteral("status"), status },
            { QStringLiteral("created_on"), createdOn }, { QStringLiteral("owner_id"), ownerValue(owner) } });
    REQUIRE(id);
    return *id;
}

qint64 AnalyticsFixture::receivable(const ReceivableSpec &spec)
{
    auto id = records().insert(QStringLiteral("receivables"),
        { { QStringLiteral("number"), QStringLiteral("AR-T-%1").arg(++m_numbers) },
            { QStringLiteral("receivable_date"), spec.date },
            { QStringLiteral("customer_id"), spec.customer ? spec.customer : customerId },
            { QStringLiteral("currency"), spec.currency }, { QStringLiteral("exchange_rate_ppm"), spec.ratePpm },
            { QStringLiteral("total"), spec.total }, { QStringLiteral("received"), spec.received },
            { QStringLiteral("due_date"), dateOrNull(spec.due) }, { QStringLiteral("status"), spec.status },
            { QStringLiteral("owner_id"), ownerValue(spec.owner) } });
    REQUIRE(id);
    return *id;
}

qint64 AnalyticsFixture::customer(
    const QString &code, const QString &name, const QString &segment, qint64 owner, bool churnRisk)
{
    auto id = records().insert(QStringLiteral("customers"),
        { { QStringLiteral("code"), code }, { QStringLiteral("name"), name }, { QStringLiteral("segment"), segment },
            { QStringLiteral("churn_risk"), churnRisk ? 1 : 0 }, { QStringLiteral("owner_id"), ownerValue(owner) } });
    REQUIRE(id);
    return *id;
}

qint64 AnalyticsFixture::target(
    qint64 userId, const QString &kind, const QString &start, const QString &end, qint64 amount)
{
    auto id = records().insert(QStringLiteral("sales_targets"),
        { { QStringLiteral("user_id"), userId }, { QStringLiteral("period_kind"), kind },
            { QStringLiteral("period_start"), start }, { QStringLiteral("period_end"), end },
            { QStringLiteral("target_amount"), amount }, { QStringLiteral("currency"), QStringLiteral("CNY") } });
    REQUIRE(id);
    return *id;
}

ReportTable AnalyticsFixture::run(const QString &name, const ReportFilter &filter)
{
    const Report *report = ReportRegistry::find(name);
    REQUIRE(report != nullptr);
    auto table = report->run(*db, filter);
    INFO("report " << name.toStdString());
    REQUIRE(table);
    return *table;
}

ReportFilter AnalyticsFixture::period(const QString &from, const QString &to)
{
    ReportFilter filter;
    filter.from = QDate::fromString(from, Qt::ISODate);
    filter.to = QDate::fromString(to, Qt::ISODate);
    return filter;
}

qint64 money(const ReportTable &table, qsizetype row, const QString &key)
{
    REQUIRE(table.columnIndex(key) >= 0);
    REQUIRE(row < qsizetype(table.rows.size()));
    return table.value(row, key).toLongLong();
}

qint64 count(const ReportTable &table, qsizetype row, const QString &key)
{
    return money(table, row, key);
}

QString text(const ReportTable &table, qsizetype row, const QString &key)
{
    REQUIRE(table.columnIndex(key) >= 0);
    REQUIRE(row < qsizetype(table.rows.size()));
    return table.text(row, table.columnIndex(key));
}

} // namespace qianyue::test
