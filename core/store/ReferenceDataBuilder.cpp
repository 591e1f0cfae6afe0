#include "core/store/ReferenceDataBuilder.h"

#include "core/domain/DocumentNumber.h"
#include "core/domain/LineMath.h"
#include "core/store/Database.h"
#include "core/store/DerivedData.h"
#include "core/store/SettingsStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qianyue {

namespace {

constexpr qint64 kChunk = 20000;  // rows per transaction: large enough to be fast, small enough for the WAL
constexpr qint64 kBuildCacheKiB = -262144; // PRAGMA cache_size in KiB (negative): 256 MiB while building
constexpr qint64 kUsdRatePpm = 7123400; // 7.1234 CNY per USD

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

DataSetSize DataSetSize::reference()
{
    return forCustomers(100000);
}

DataSetSize DataSetSize::forCustomers(qint64 customers)
{
    DataSetSize size;
    size.customers = customers;
    size.users = std::clamp<qint64>(customers / 500, 6, 200);
    size.products = std::clamp<qint64>(customers / 10, 20, 10000);
    return size;
}

/// One prepared INSERT reused for every row of a table.
class ReferenceDataBuilder::Bulk
{
public:
    Bulk(Database &db, const QString &table, const QStringList &columns)
        : m_query(db.connection())
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        m_ok = m_query.prepare(m_sql);
    }

    Result<void> add(const QVariantList &values)
    {
        if (!m_ok)
            return std::unexpected(Database::storageError(m_sql, m_query.lastError().text()));
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), Database::bindable(values.at(i)));
        if (!m_query.exec())
            return std::unexpected(Database::storageError(m_sql, m_query.lastError().text()));
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_ok = false;
};

ReferenceDataBuilder::ReferenceDataBuilder(Database &database, DataSetSize size, std::uint64_t seed,
                                           DemoVocabulary::Language language, QDate today)
    : m_db(database)
    , m_size(size)
    , m_random(seed)
    , m_words(language)
    , m_today(today)
{
}

Result<void> ReferenceDataBuilder::chunked(const QString &step, qint64 total,
                                           const std::function<Result<void>(qint64)> &row)
{
    for (qint64 start = 1; start <= total; start += kChunk) {
        const qint64 end = std::min(total, start + kChunk - 1);
        auto done = m_db.transaction([&]() -> Result<void> {
            for (qint64 id = start; id <= end; ++id) {
                if (auto added = row(id); !added)
                    return added;
            }
            return {};
        });
        if (!done)
            return done;
        if (m_progress)
            m_progress(step, end, total);
    }
    return {};
}

QString ReferenceDataBuilder::nextNumber(const QString &kind, const QString &pattern, const QDate &on)
{
    const QString key = kind + QLatin1Char('/') + QString::number(on.year());
    const qint64 value = ++m_counters[key];
    return DocumentNumber::format(pattern, on.year(), value);
}

QDate ReferenceDataBuilder::dayBefore(qint64 maxDaysBack)
{
    return m_today.addDays(-m_random.between(0, maxDaysBack));
}

Result<void> ReferenceDataBuilder::build()
{
    auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toLongLong() > 0)
        return fail(ErrorKind::Conflict, tr("The database already holds customers; demo data goes into a new, empty database."));
    SettingsStore settings(m_db);
    for (const auto *kind : {"customer", "opportunity", "contract", "sales_order", "receivable", "receipt"}) {
        auto pattern = settings.value(QStringLiteral("number_pattern.") + QString::fromLatin1(kind));
        if (!pattern)
            return std::unexpected(pattern.error());
        m_patterns.insert(QString::fromLatin1(kind), *pattern);
    }
    // A page cache large enough for the hot parts of every table and index
    // being filled: with the default 2 MB the 1 GB build re-reads evicted
    // pages all the time (a third of its CPU time in the kernel).
    auto previousCache = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!previousCache)
        return std::unexpected(previousCache.error());
    if (auto grown = m_db.query(QStringLiteral("PRAGMA cache_size = %1").arg(kBuildCacheKiB)); !grown)
        return std::unexpected(grown.error());
    auto built = buildRecords();
    if (auto restored = m_db.query(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache->toLongLong())); !restored && built)
        return std::unexpected(restored.error());
    if (!built)
        return built;
    // Fold the WAL back into the file so the next open starts clean (not possible inside a transaction).
    if (m_db.inTransaction())
        return {};
    if (auto checkpoint = m_db.query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !checkpoint)
        return std::unexpected(checkpoint.error());
    return {};
}

Result<void> ReferenceDataBuilder::buildRecords()
{
    DerivedData derived(m_db);
    if (m_suspendTriggers) {
        if (auto suspended = derived.suspendTriggers(); !suspended)
            return suspended;
    }
    Result<void> outcome;
    for (const auto &step : {&ReferenceDataBuilder::buildPeople, &ReferenceDataBuilder::buildProducts,
                             &ReferenceDataBuilder::buildCustomers, &ReferenceDataBuilder::buildOpportunities,
                             &ReferenceDataBuilder::buildContractsAndOrders, &ReferenceDataBuilder::buildActivities,
                             &ReferenceDataBuilder::buildPlansAndTargets, &ReferenceDataBuilder::storeSequences}) {
        if (outcome = (this->*step)(); !outcome)
            break;
    }
    if (!m_suspendTriggers)
        return outcome;
    // Also after a failed step: the triggers come back and the roll-ups and
    // index match what was written, so the app works on whatever is there.
    const QString step = tr("report roll-ups and search index");
    if (m_progress)
        m_progress(step, 0, 1);
    auto rebuilt = derived.rebuild();
    if (!outcome)
        return outcome;
    if (!rebuilt)
        return rebuilt;
    if (m_progress)
        m_progress(step, 1, 1);
    return {};
}

Result<void> ReferenceDataBuilder::buildPeople()
{
    const bool zh = m_words.language() == DemoVocabulary::Language::Chinese;
    return m_db.transaction([&]() -> Result<void> {
        auto company = m_db.query(QStringLiteral("UPDATE company SET name = ?, address = ?, phone = ?, tax_id = ?, bank_account = ? WHERE id = 1"),
                                  {zh ? QStringLiteral("签约演示科技有限公司") : QStringLiteral("Qianyue Demo Trading Co., Ltd."),
                                   zh ? QStringLiteral("上海市浦东新区世纪大道100号") : QStringLiteral("100 Century Avenue, Pudong, Shanghai"),
                                   QStringLiteral("021-50501234"), QStringLiteral("91310115MA1K4AB12X"),
                                   zh ? QStringLiteral("中国工商银行上海浦东支行 1001 2345 6789 0123 456")
                                      : QStringLiteral("ICBC Shanghai Pudong Branch 1001 2345 6789 0123 456")});
        if (!company)
            return std::unexpected(company.error());
        const qint64 teams = std::max<qint64>(1, m_size.users / 10);
        Bulk teamRows(m_db, QStringLiteral("teams"), {QStringLiteral("id"), QStringLiteral("name")});
        for (qint64 t = 1; t <= teams; ++t) {
            if (auto added = teamRows.add({t, m_words.teamName(int(t - 1))}); !added)
                return added;
        }
        Bulk users(m_db, QStringLiteral("users"),
                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team_id"),
                    QStringLiteral("manager_id"), QStringLiteral("role")});
        m_userTeam.assign(m_size.users + 1, 0);
        // User 1 is the administrator, users 2..teams+1 manage one team each, the rest are reps.
        for (qint64 u = 1; u <= m_size.users; ++u) {
            const qint64 team = u == 1 ? 0 : (u <= teams + 1 ? u - 1 : (u % teams) + 1);
            const QString role = u == 1 ? QStringLiteral("admin") : (u <= teams + 1 ? QStringLiteral("manager") : QStringLiteral("rep"));
            m_userTeam[u] = team;
            if (auto added = users.add({u, m_words.personName(m_random),
                                        QString(DemoVocabulary::emailLocalPart(u, QStringLiteral("sales")) + QStringLiteral("@qianyue.example")),
                                        team ? QVariant(team) : nullId(), role == u"rep" ? QVariant(team + 1) : nullId(), role});
                !added)
                return added;
        }
        return {};
    });
}

Result<void> ReferenceDataBuilder::buildProducts()
{
    const auto &templates = m_words.products();
    Bulk products(m_db, QStringLiteral("products"),
                  {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("specification"),
                   QStringLiteral("unit"), QStringLiteral("list_price"), QStringLiteral("currency"), QStringLiteral("tax_rate_ppm"),
                   QStringLiteral("active")});
    m_productPrice.assign(m_size.products + 1, 0);
    m_productTax.assign(m_size.products + 1, 0);
    m_productName.assign(m_size.products + 1, QString());
    m_productSpec.assign(m_size.products + 1, QString());
    m_productUnit.assign(m_size.products + 1, QString());
    return chunked(tr("products"), m_size.products, [&](qint64 p) -> Result<void> {
        const auto &t = templates.at(std::size_t((p - 1) % qint64(templates.size())));
        const qint64 variant = (p - 1) / qint64(templates.size());
        // Editions of one product differ in model number and price, not in kind.
        const QString name = variant == 0 ? t.name : t.name + QStringLiteral(" M%1").arg(100 + variant);
        const qint64 price = t.listPrice + (variant % 7) * (t.listPrice / 20);
        m_productPrice[p] = price;
        m_productTax[p] = t.taxRatePpm;
        m_productName[p] = name;
        m_productSpec[p] = t.specification;
        m_productUnit[p] = t.unit;
        return products.add({p, QStringLiteral("SKU-%1").arg(p, 6, 10, QLatin1Char('0')), name, t.specification, t.unit,
                             price, QStringLiteral("CNY"), t.taxRatePpm, variant % 50 == 49 ? 0 : 1});
    });
}

Result<void> ReferenceDataBuilder::buildCustomers()
{
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("active"),
                                         QStringLiteral("prospect"), QStringLiteral("dormant"), QStringLiteral("lost")};
    static const QStringList sources = {QStringLiteral("campaign"), QStringLiteral("employee_referral"), QStringLiteral("hotline"),
                                        QStringLiteral("ad_response"), QStringLiteral("customer_referral"), QStringLiteral("web"),
                                        QStringLiteral("other")};
    const bool zh = m_words.language() == DemoVocabulary::Language::Chinese;
    Bulk customers(m_db, QStringLiteral("customers"),
                   {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                    QStringLiteral("industry"), QStringLiteral("tax_id"), QStringLiteral("phone"), QStringLiteral("email"),
                    QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("source"),
                    QStringLiteral("status"), QStringLiteral("marketing_consent"), QStringLiteral("owner_id"),
                    QStringLiteral("created_at")});
    Bulk contacts(m_db, QStringLiteral("contacts"),
                  {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("title"),
                   QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email"), QStringLiteral("is_primary"),
                   QStringLiteral("owner_id")});
    Bulk leads(m_db, QStringLiteral("leads"),
               {QStringLiteral("id"), QStringLiteral("company"), QStringLiteral("contact_name"), QStringLiteral("phone"),
                QStringLiteral("source"), QStringLiteral("interest"), QStringLiteral("status"), QStringLiteral("result"),
                QStringLiteral("disqualify_reason"), QStringLiteral("customer_id"), QStringLiteral("created_on"),
                QStringLiteral("closed_on"), QStringLiteral("owner_id")});
    m_customerOwner.assign(m_size.customers + 1, 0);
    m_customerSince.assign(m_size.customers + 1, QDate());
    const qint64 firstRep = std::max<qint64>(1, m_size.users / 10) + 2;
    return chunked(tr("customers"), m_size.customers, [&](qint64 c) -> Result<void> {
        const auto place = m_words.place(m_random);
        const QString name = m_words.companyName(m_random, place);
        const qint64 owner = m_random.between(std::min(firstRep, m_size.users), m_size.users);
        const QDate since = dayBefore(1460);
        m_customerOwner[c] = owner;
        m_customerSince[c] = since;
        const QString source = m_random.pick(sources);
        const QString phone = place.phonePrefix + QLatin1Char('-') + QString::number(m_random.between(50000000, 89999999));
        if (auto added = customers.add({c, nextNumber(QStringLiteral("customer"), m_patterns.value(QStringLiteral("customer")), since),
                                        name, QStringLiteral("company"), m_words.industry(m_random),
                                        QStringLiteral("9131%1").arg(m_random.between(100000000000LL, 999999999999LL)), phone,
                                        QString(DemoVocabulary::emailLocalPart(c, QStringLiteral("info")) + QStringLiteral("@customer.example")),
                                        place.province, place.city, m_words.street(m_random), source, m_random.pick(statuses),
                                        m_random.chance(60) ? 1 : 0, owner, QString(iso(since) + QStringLiteral("T09:00:00Z"))});
            !added)
            return added;
        for (qint64 k = 0; k < m_size.contactsPerCustomer; ++k) {
            const qint64 id = (c - 1) * m_size.contactsPerCustomer + k + 1;
            if (auto added = contacts.add({id, c, m_words.personName(m_random), m_words.jobTitle(m_random), phone,
                                           QStringLiteral("13%1").arg(m_random.between(100000000, 999999999)),
                                           QString(DemoVocabulary::emailLocalPart(id, QStringLiteral("contact")) + QStringLiteral("@customer.example")),
                                           k == 0 ? 1 : 0, owner});
                !added)
                return added;
        }
        // Every customer came from a lead; some leads of other companies are still open or were dropped.
        const int roll = int(m_random.between(1, 100));
        const QString status = roll <= 55 ? QStringLiteral("converted")
                               : roll <= 70 ? QStringLiteral("disqualified")
                               : roll <= 88 ? QStringLiteral("assigned")
                                            : QStringLiteral("unassigned");
        const bool converted = status == u"converted";
        const bool closed = converted || status == u"disqualified";
        const QDate created = since.addDays(-m_random.between(1, 60));
        return leads.add({c, converted ? name : m_words.companyName(m_random, place), m_words.personName(m_random), phone,
                          source, m_productName[std::size_t(m_random.between(1, m_size.products))], status,
                          converted ? (zh ? QStringLiteral("已转为商机") : QStringLiteral("Converted to an opportunity")) : QString(),
                          status == u"disqualified" ? m_words.lossReason(m_random) : QString(),
                          converted ? QVariant(c) : nullId(), iso(created), closed ? QVariant(iso(since)) : QVariant(),
                          status == u"unassigned" ? nullId() : QVariant(owner)});
    });
}

Result<void> ReferenceDataBuilder::buildOpportunities()
{
    // Default stages from the schema: 1..4 open, 5 won, 6 lost, with their probabilities.
    static const qint64 stageProbability[] = {0, 100000, 300000, 600000, 800000, 1000000, 0};
    Bulk opportunities(m_db, QStringLiteral("opportunities"),
                       {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("customer_id"),
                        QStringLiteral("contact_id"), QStringLiteral("lead_id"), QStringLiteral("stage_id"), QStringLiteral("status"),
                        QStringLiteral("source"), QStringLiteral("amount"), QStringLiteral("currency"),
                        QStringLiteral("probability_ppm"), QStringLiteral("expected_close_date"), QStringLiteral("created_on"),
                        QStringLiteral("closed_on"), QStringLiteral("lost_reason"), QStringLiteral("owner_id")});
    Bulk history(m_db, QStringLiteral("opportunity_stage_history"),
                 {QStringLiteral("opportunity_id"), QStringLiteral("from_stage_id"), QStringLiteral("to_stage_id"),
                  QStringLiteral("changed_on"), QStringLiteral("user_id")});
    Bulk interests(m_db, QStringLiteral("opportunity_products"),
                   {QStringLiteral("opportunity_id"), QStringLiteral("product_id"), QStringLiteral("quantity_milli")});
    m_wonOpportunity.assign(m_size.customers + 1, 0);
    const qint64 total = m_size.customers * m_size.opportunitiesPerCustomer;
    return chunked(tr("opportunities"), total, [&](qint64 o) -> Result<void> {
        const qint64 c = (o - 1) / m_size.opportunitiesPerCustomer + 1;
        const bool first = (o - 1) % m_size.opportunitiesPerCustomer == 0;
        const qint64 owner = m_customerOwner[c];
        const qint64 daysKnown = std::max<qint64>(1, m_customerSince[c].daysTo(m_today));
        const QDate created = m_today.addDays(-m_random.between(0, daysKnown));
        const int roll = int(m_random.between(1, 100));
        const qint64 stage = roll <= 30 ? 5 : roll <= 48 ? 6 : m_random.between(1, 4);
        const QString status = stage == 5 ? QStringLiteral("won") : stage == 6 ? QStringLiteral("lost") : QStringLiteral("open");
        const QDate closed = stage >= 5 ? std::min(m_today, created.addDays(m_random.between(10, 120))) : QDate();
        if (stage == 5 && m_wonOpportunity[c] == 0)
            m_wonOpportunity[c] = o;
        const qint64 product = m_random.between(1, m_size.products);
        const qint64 quantity = m_random.between(1, 40);
        if (auto added = opportunities.add({o, nextNumber(QStringLiteral("opportunity"), m_patterns.value(QStringLiteral("opportunity")), created),
                                            QString(m_productName[std::size_t(product)] + QStringLiteral(" ×%1").arg(quantity)), c,
                                            (c - 1) * m_size.contactsPerCustomer + 1, first ? QVariant(c) : nullId(), stage, status,
                                            QString(), m_productPrice[std::size_t(product)] * quantity, QStringLiteral("CNY"),
                                            stageProbability[stage], iso(created.addDays(m_random.between(20, 150))), iso(created),
                                            closed.isValid() ? QVariant(iso(closed)) : QVariant(),
                                            stage == 6 ? m_words.lossReason(m_random) : QString(), owner});
            !added)
            return added;
        if (auto added = interests.add({o, product, quantity * 1000}); !added)
            return added;
        if (auto added = history.add({o, nullId(), 1, iso(created), owner}); !added)
            return added;
        if (stage != 1) {
            const QDate moved = closed.isValid() ? closed : std::min(m_today, created.addDays(m_random.between(1, 30)));
            if (auto added = history.add({o, 1, stage, iso(moved), owner}); !added)
                return added;
        }
        return {};
    });
}

Result<void> ReferenceDataBuilder::buildContractsAndOrders()
{
    const QStringList lineColumns = {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("product_id"),
                                     QStringLiteral("description"), QStringLiteral("specification"), QStringLiteral("unit"),
                                     QStringLiteral("quantity_milli"), QStringLiteral("unit_price"), QStringLiteral("discount_ppm"),
                                     QStringLiteral("tax_rate_ppm"), QStringLiteral("line_total"), QStringLiteral("tax")};
    const QStringList documentColumns = {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("customer_id"),
                                         QStringLiteral("contact_id"), QStringLiteral("opportunity_id"), QStringLiteral("status"),
                                         QStringLiteral("currency"), QStringLiteral("exchange_rate_ppm"), QStringLiteral("subtotal"),
                                         QStringLiteral("tax"), QStringLiteral("total"), QStringLiteral("base_total"),
                                         QStringLiteral("owner_id")};
    Bulk contracts(m_db, QStringLiteral("contracts"),
                   documentColumns + QStringList{QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("payment_terms"),
                                                 QStringLiteral("contract_date"), QStringLiteral("signed_on"),
                                                 QStringLiteral("start_on"), QStringLiteral("end_on")});
    Bulk contractLines(m_db, QStringLiteral("contract_lines"), lineColumns + QStringList{QStringLiteral("contract_id")});
    Bulk orders(m_db, QStringLiteral("sales_orders"),
                documentColumns + QStringList{QStringLiteral("contract_id"), QStringLiteral("order_date"),
                                              QStringLiteral("delivery_method"), QStringLiteral("settlement_method")});
    Bulk orderLines(m_db, QStringLiteral("order_lines"),
                    lineColumns + QStringList{QStringLiteral("order_id"), QStringLiteral("contract_line_id")});
    Bulk receivables(m_db, QStringLiteral("receivables"),
                     {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("receivable_date"), QStringLiteral("order_id"),
                      QStringLiteral("contract_id"), QStringLiteral("customer_id"), QStringLiteral("currency"),
                      QStringLiteral("exchange_rate_ppm"), QStringLiteral("total"), QStringLiteral("received"),
                      QStringLiteral("invoice_number"), QStringLiteral("invoice_date"), QStringLiteral("due_date"),
                      QStringLiteral("status"), QStringLiteral("owner_id")});
    Bulk receipts(m_db, QStringLiteral("receipts"),
                  {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("receipt_date"), QStringLiteral("kind"),
                   QStringLiteral("customer_id"), QStringLiteral("currency"), QStringLiteral("exchange_rate_ppm"),
                   QStringLiteral("amount"), QStringLiteral("owner_id")});
    Bulk allocations(m_db, QStringLiteral("receipt_allocations"),
                     {QStringLiteral("receipt_id"), QStringLiteral("receivable_id"), QStringLiteral("amount")});
    const bool zh = m_words.language() == DemoVocabulary::Language::Chinese;
    qint64 receivableId = 0;
    qint64 receiptId = 0;
    const qint64 total = m_size.customers * m_size.contractsPerCustomer;
    return chunked(tr("contracts and orders"), total, [&](qint64 k) -> Result<void> {
        const qint64 c = (k - 1) / m_size.contractsPerCustomer + 1;
        const bool first = (k - 1) % m_size.contractsPerCustomer == 0;
        const qint64 owner = m_customerOwner[c];
        const bool usd = m_random.chance(5);
        const QString currency = usd ? QStringLiteral("USD") : QStringLiteral("CNY");
        const qint64 rate = usd ? kUsdRatePpm : 1000000;
        const qint64 daysKnown = std::max<qint64>(1, m_customerSince[c].daysTo(m_today));
        const QDate signedOn = m_today.addDays(-m_random.between(0, std::min<qint64>(daysKnown, 1095)));
        const int roll = int(m_random.between(1, 100));
        const QString status = roll <= 3    ? QStringLiteral("drafting")
                               : roll <= 6  ? QStringLiteral("in_review")
                               : roll <= 9  ? QStringLiteral("terminated")
                               : roll <= 40 ? QStringLiteral("signed")
                               : roll <= 70 ? QStringLiteral("executing")
                                            : QStringLiteral("completed");
        const bool isSigned = status != u"drafting" && status != u"in_review";

        std::vector<LineInput> inputs;
        std::vector<QVariantList> lines;
        for (qint64 l = 1; l <= m_size.linesPerDocument; ++l) {
            const qint64 product = m_random.between(1, m_size.products);
            const Quantity quantity = Quantity::fromInt(m_random.between(1, 30));
            // USD prices are the CNY list price at the demo rate, rounded to cents.
            const qint64 price = usd ? m_productPrice[std::size_t(product)] * 1000000 / kUsdRatePpm : m_productPrice[std::size_t(product)];
            const Rate discount = Rate::fromPercent(m_random.pick({QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("10")}).toLongLong());
            const Rate taxRate = Rate::fromMillionths(m_productTax[std::size_t(product)]);
            const Money unitPrice(price, currency);
            const auto lineAmount = lineTotal(quantity, unitPrice, discount);
            if (!lineAmount)
                return std::unexpected(lineAmount.error());
            const auto tax = lineTax(*lineAmount, taxRate);
            if (!tax)
                return std::unexpected(tax.error());
            inputs.push_back({quantity, unitPrice, discount, taxRate});
            lines.push_back({(k - 1) * m_size.linesPerDocument + l, l, product, m_productName[std::size_t(product)],
                             m_productSpec[std::size_t(product)], m_productUnit[std::size_t(product)], quantity.thousandths(),
                             price, discount.millionths(), taxRate.millionths(), lineAmount->minor(), tax->minor()});
        }
        const auto totals = documentTotals(inputs, currency);
        if (!totals)
            return std::unexpected(totals.error());
        const auto base = totals->total.convertedTo(QStringLiteral("CNY"), Rate::fromMillionths(rate));
        if (!base)
            return std::unexpected(base.error());
        const QVariant opportunity = first && m_wonOpportunity[c] ? QVariant(m_wonOpportunity[c]) : nullId();
        const QVariant contact = (c - 1) * m_size.contactsPerCustomer + 1;
        const QDate contractDate = signedOn.addDays(-m_random.between(3, 20));
        if (auto added = contracts.add({k, nextNumber(QStringLiteral("contract"), m_patterns.value(QStringLiteral("contract")), contractDate),
                                        c, contact, opportunity, status, currency, rate, totals->subtotal.minor(),
                                        totals->tax.minor(), totals->total.minor(), base->minor(), owner,
                                        zh ? QStringLiteral("产品购销合同") : QStringLiteral("Sales contract"),
                                        zh ? QStringLiteral("购销") : QStringLiteral("purchase"),
                                        zh ? QStringLiteral("合同签订后30日内付清") : QStringLiteral("Net 30 days"), iso(contractDate),
                                        isSigned ? QVariant(iso(signedOn)) : QVariant(),
                                        isSigned ? QVariant(iso(signedOn)) : QVariant(),
                                        isSigned ? QVariant(iso(signedOn.addYears(1))) : QVariant()});
            !added)
            return added;
        for (QVariantList line : lines) {
            line << k;
            if (auto added = contractLines.add(line); !added)
                return added;
        }
        if (!isSigned || status == u"terminated")
            return {};

        // A signed contract is ordered in full; its order is billed and mostly paid.
        const QString orderStatus = status == u"signed" ? QStringLiteral("open")
                                    : status == u"executing" ? QStringLiteral("shipped")
                                                             : QStringLiteral("closed");
        const QDate orderDate = std::min(m_today, signedOn.addDays(m_random.between(0, 10)));
        if (auto added = orders.add({k, nextNumber(QStringLiteral("sales_order"), m_patterns.value(QStringLiteral("sales_order")), orderDate),
                                     c, contact, opportunity, orderStatus, currency, rate, totals->subtotal.minor(),
                                     totals->tax.minor(), totals->total.minor(), base->minor(), owner, k, iso(orderDate),
                                     zh ? QStringLiteral("物流配送") : QStringLiteral("Courier"),
                                     zh ? QStringLiteral("银行转账") : QStringLiteral("Bank transfer")});
            !added)
            return added;
        for (QVariantList line : lines) {
            const QVariant lineId = line.at(0);
            line << k << lineId;
            if (auto added = orderLines.add(line); !added)
                return added;
        }
        if (orderStatus == u"open")
            return {};
        const QDate invoiceDate = std::min(m_today, orderDate.addDays(m_random.between(1, 15)));
        const bool paid = orderStatus == u"closed" || m_random.chance(40);
        const qint64 received = paid ? totals->total.minor() : (m_random.chance(30) ? totals->total.minor() / 2 : 0);
        ++receivableId;
        if (auto added = receivables.add({receivableId, nextNumber(QStringLiteral("receivable"), m_patterns.value(QStringLiteral("receivable")), invoiceDate),
                                          iso(invoiceDate), k, k, c, currency, rate, totals->total.minor(), received,
                                          QStringLiteral("%1").arg(10000000 + receivableId), iso(invoiceDate),
                                          iso(invoiceDate.addDays(30)), received == totals->total.minor() ? QStringLiteral("settled") : QStringLiteral("open"),
                                          owner});
            !added)
            return added;
        if (received == 0)
            return {};
        const QDate receiptDate = std::min(m_today, invoiceDate.addDays(m_random.between(5, 45)));
        ++receiptId;
        if (auto added = receipts.add({receiptId, nextNumber(QStringLiteral("receipt"), m_patterns.value(QStringLiteral("receipt")), receiptDate),
                                       iso(receiptDate), QStringLiteral("bank_transfer"), c, currency, rate, received, owner});
            !added)
            return added;
        return allocations.add({receiptId, receivableId, received});
    });
}

Result<void> ReferenceDataBuilder::buildActivities()
{
    static const QStringList kinds = {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("demo"),
                                      QStringLiteral("email"), QStringLiteral("meeting"), QStringLiteral("task")};
    Bulk activities(m_db, QStringLiteral("activities"),
                    {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("due_at"), QStringLiteral("remind_at"),
                     QStringLiteral("status"), QStringLiteral("done_at"), QStringLiteral("customer_id"), QStringLiteral("contact_id"),
                     QStringLiteral("opportunity_id"), QStringLiteral("owner_id")});
    const qint64 total = m_size.customers * 2;
    return chunked(tr("activities"), total, [&](qint64 a) -> Result<void> {
        const qint64 c = (a - 1) / 2 + 1;
        const QString kind = m_random.pick(kinds);
        // Most activities are in the past and done; some are due in the coming weeks, a few are overdue.
        const qint64 offset = m_random.between(-365, 30);
        const QDateTime due(m_today.addDays(offset), QTime(int(m_random.between(9, 17)), 0), Qt::UTC);
        const bool past = offset < -7;
        const QString status = past ? (m_random.chance(90) ? QStringLiteral("done") : QStringLiteral("cancelled"))
                                    : QStringLiteral("planned");
        return activities.add({kind, m_words.activitySubject(m_random, kind), due.toString(Qt::ISODate),
                               due.addSecs(-3600).toString(Qt::ISODate), status,
                               status == u"done" ? QVariant(due.toString(Qt::ISODate)) : QVariant(), c,
                               (c - 1) * m_size.contactsPerCustomer + 1,
                               (c - 1) * m_size.opportunitiesPerCustomer + 1, m_customerOwner[c]});
    });
}

Result<void> ReferenceDataBuilder::buildPlansAndTargets()
{
    return m_db.transaction([&]() -> Result<void> {
        Bulk plans(m_db, QStringLiteral("commission_plans"),
                   {QStringLiteral("user_id"), QStringLiteral("kind"), QStringLiteral("basis"), QStringLiteral("rate_ppm")});
        Bulk targets(m_db, QStringLiteral("sales_targets"),
                     {QStringLiteral("user_id"), QStringLiteral("period_kind"), QStringLiteral("period_start"),
                      QStringLiteral("period_end"), QStringLiteral("target_amount"), QStringLiteral("currency"),
                      QStringLiteral("target_count")});
        const qint64 firstRep = std::max<qint64>(1, m_size.users / 10) + 2;
        for (qint64 u = firstRep; u <= m_size.users; ++u) {
            if (auto added = plans.add({u, QStringLiteral("monthly"), u % 4 == 0 ? QStringLiteral("cash") : QStringLiteral("signed"),
                                        u % 3 == 0 ? 30000 : 20000});
                !added)
                return added;
            for (int month = 1; month <= 12; ++month) {
                const QDate start(m_today.year(), month, 1);
                if (auto added = targets.add({u, QStringLiteral("month"), iso(start), iso(start.addMonths(1).addDays(-1)),
                                              m_random.between(20, 60) * 10000000, QStringLiteral("CNY"), m_random.between(10, 40)});
                    !added)
                    return added;
            }
        }
        return {};
    });
}

Result<void> ReferenceDataBuilder::storeSequences()
{
    return m_db.transaction([&]() -> Result<void> {
        for (auto it = m_counters.constBegin(); it != m_counters.constEnd(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            auto stored = m_db.query(QStringLiteral("INSERT INTO number_sequences (kind, year, last_value) VALUES (?, ?, ?)"),
                                     {parts.at(0), parts.at(1).toInt(), it.value()});
            if (!stored)
                return std::unexpected(stored.error());
        }
        return {};
    });
}

} // namespace qianyue
