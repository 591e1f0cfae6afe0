#include "core/analytics/Report.h"
#include "core/domain/Money.h"
#include "core/store/AnalyticsStore.h"
#include "core/store/Migrations.h"
#include "core/store/SqlDialect.h"
#include "core/workflow/ContractWorkflow.h"
#include "tests/core/analytics/AnalyticsFixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

using namespace qianyue;
using test::AnalyticsFixture;

namespace {

const QStringList kContractStates = { QStringLiteral("drafting"), QStringLiteral("in_review"), QStringLiteral("signed"),
    QStringLiteral("executing"), QStringLiteral("completed"), QStringLiteral("terminated") };
const QStringList kSources = { QStringLiteral("campaign"), QStringLiteral("employee_referral"),
    QStringLiteral("hotline"), QStringLiteral("ad_response"), QStringLiteral("customer_referral"),
    QStringLiteral("web"), QStringLiteral("other") };
const QStringList kLeadStates = { QStringLiteral("unassigned"), QStringLiteral("assigned"), QStringLiteral("converted"),
    QStringLiteral("disqualified") };

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// A random mix of inserts, updates and deletes of every record the roll-ups follow.
struct RandomBook {
    AnalyticsFixture &f;
    std::mt19937 random { 20260305 };
    std::vector<qint64> users;
    std::vector<qint64> customers;
    std::vector<qint64> contracts;
    std::vector<qint64> opportunities;
    std::vector<qint64> leads;
    std::vector<qint64> receivables;
    int serial = 0;

    explicit RandomBook(AnalyticsFixture &fixture)
        : f(fixture)
        , users { fixture.repId, fixture.otherRepId, fixture.managerId }
        , customers { fixture.customerId }
    {
    }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }
    bool oneIn(int n) { return between(1, n) == 1; }
    template <typename T> T pick(const std::vector<T> &values)
    {
        return values[std::size_t(between(0, int(values.size()) - 1))];
    }
    QString pick(const QStringList &values) { return values.at(between(0, int(values.size()) - 1)); }
    QString day() { return QDate(2025, 1, 1).addDays(between(0, 730)).toString(Qt::ISODate); }
    QVariant maybeDay() { return oneIn(5) ? QVariant() : QVariant(day()); }
    QVariant owner() { return oneIn(6) ? nullId() : QVariant(pick(users)); }
    qint64 rate() { return oneIn(3) ? 7123456 : 1000000; }

    Fields contractFields()
    {
        return { { QStringLiteral("status"), pick(kContractStates) }, { QStringLiteral("signed_on"), maybeDay() },
            { QStringLiteral("base_total"), qint64(between(0, 5000000)) }, { QStringLiteral("owner_id"), owner() },
            { QStringLiteral("customer_id"), pick(customers) } };
    }
    Fields opportunityFields()
    {
        const int stage = between(1, 6);
        return { { QStringLiteral("stage_id"), stage },
            { QStringLiteral("status"),
                stage == 5       ? QStringLiteral("won")
                    : stage == 6 ? QStringLiteral("lost")
                                 : QStringLiteral("open") },
            { QStringLiteral("amount"), qint64(between(0, 9000000)) }, { QStringLiteral("exchange_rate_ppm"), rate() },
            { QStringLiteral("probability_ppm"), between(0, 1000000) }, { QStringLiteral("created_on"), day() },
            { QStringLiteral("closed_on"), maybeDay() }, { QStringLiteral("expected_close_date"), maybeDay() },
            { QStringLiteral("source"), oneIn(4) ? QString() : pick(kSources) },
            { QStringLiteral("customer_id"), oneIn(4) ? nullId() : QVariant(pick(customers)) },
            { QStringLiteral("owner_id"), owner() } };
    }
    Fields leadFields()
    {
        return { { QStringLiteral("source"), pick(kSources) }, { QStringLiteral("status"), pick(kLeadStates) },
            { QStringLiteral("created_on"), day() }, { QStringLiteral("owner_id"), owner() } };
    }
    Fields receivableFields()
    {
        const int total = between(0, 300000);
        return { { QStringLiteral("total"), total }, { QStringLiteral("received"), between(0, total) },
            { QStringLiteral("exchange_rate_ppm"), rate() }, { QStringLiteral("receivable_date"), day() },
            { QStringLiteral("due_date"), maybeDay() },
            { QStringLiteral("status"), oneIn(4) ? QStringLiteral("settled") : QStringLiteral("open") },
            { QStringLiteral("customer_id"), pick(customers) }, { QStringLiteral("owner_id"), owner() } };
    }

    // A few of the fields, so that updates change one thing as often as several.
    Fields someOf(const Fields &all)
    {
        Fields some;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            if (oneIn(3))
                some.insert(it.key(), it.value());
        }
        return some;
    }

    void must(const Result<qint64> &id, std::vector<qint64> &into)
    {
        INFO((id ? std::string() : id.error().text().toStdString()));
        REQUIRE(id);
        into.push_back(*id);
    }

    void forget(std::vector<qint64> &ids, qint64 id) { ids.erase(std::find(ids.begin(), ids.end(), id)); }

    void step()
    {
        RecordStore store = f.records();
        ++serial;
        switch (between(0, 16)) {
        case 0: {
            must(store.insert(QStringLiteral("customers"),
                     { { QStringLiteral("code"), QStringLiteral("R-%1").arg(serial) },
                         { QStringLiteral("name"), QStringLiteral("Random %1").arg(serial) },
                         { QStringLiteral("segment"),
                             pick(QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) },
                         { QStringLiteral("owner_id"), owner() } }),
                customers);
            break;
        }
        case 1:
        case 2: {
            Fields fields = contractFields();
            fields.insert(QStringLiteral("number"), QStringLiteral("HT-R-%1").arg(serial));
            fields.insert(QStringLiteral("currency"), QStringLiteral("CNY"));
            fields.insert(QStringLiteral("contract_date"), day());
            must(store.insert(QStringLiteral("contracts"), fields), contracts);
            break;
        }
        case 3:
            if (!contracts.empty())
                REQUIRE(store.update(QStringLiteral("contracts"), pick(contracts), someOf(contractFields())));
            break;
        case 4:
            if (!contracts.empty()) {
                const qint64 id = pick(contracts);
                REQUIRE(store.remove(QStringLiteral("contracts"), id));
                forget(contracts, id);
            }
            break;
        case 5:
        case 6: {
            Fields fields = opportunityFields();
            fields.insert(QStringLiteral("code"), QStringLiteral("OPP-R-%1").arg(serial));
            fields.insert(QStringLiteral("name"), QStringLiteral("Random deal %1").arg(serial));
            fields.insert(QStringLiteral("currency"), QStringLiteral("CNY"));
            must(store.insert(QStringLiteral("opportunities"), fields), opportunities);
            break;
        }
        case 7:
            if (!opportunities.empty())
                REQUIRE(
                    store.update(QStringLiteral("opportunities"), pick(opportunities), someOf(opportunityFields())));
            break;
        case 8:
            if (!opportunities.empty()) {
                const qint64 id = pick(opportunities);
                REQUIRE(store.remove(QStringLiteral("opportunities"), id));
                forget(opportunities, id);
            }
            break;
        case 9: {
            Fields fields = leadFields();
            fields.insert(QStringLiteral("company"), QStringLiteral("Lead %1").arg(serial));
            must(store.insert(QStringLiteral("leads"), fields), leads);
            break;
        }
        case 10:
            if (!leads.empty())
                REQUIRE(store.update(QStringLiteral("leads"), pick(leads), someOf(leadFields())));
            break;
        case 11: {
            Fields fields = receivableFields();
            fields.insert(QStringLiteral("number"), QStringLiteral("AR-R-%1").arg(serial));
            fields.insert(QStringLiteral("currency"), QStringLiteral("CNY"));
            must(store.insert(QStringLiteral("receivables"), fields), receivables);
            break;
        }
        case 12:
            if (!receivables.empty()) {
                // total and received move together so that received never exceeds total.
                Fields fields = someOf(receivableFields());
                const Fields money = receivableFields();
                fields.insert(QStringLiteral("total"), money.value(QStringLiteral("total")));
                fields.insert(QStringLiteral("received"), money.value(QStringLiteral("received")));
                REQUIRE(store.update(QStringLiteral("receivables"), pick(receivables), fields));
            }
            break;
        case 13:
            if (!receivables.empty()) {
                const qint64 id = pick(receivables);
                REQUIRE(store.remove(QStringLiteral("receivables"), id));
                forget(receivables, id);
            }
            break;
        case 14:
            // A segment refresh or a new owner for a customer with history.
            REQUIRE(store.update(QStringLiteral("customers"), pick(customers),
                someOf({ { QStringLiteral("segment"),
                             pick(QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }) },
                    { QStringLiteral("churn_risk"), between(0, 1) }, { QStringLiteral("owner_id"), owner() } })));
            break;
        case 15:
            // Writers other than RecordStore: one statement changing many rows.
            REQUIRE(f.db->query(
                QStringLiteral("UPDATE opportunities SET probability_ppm = ?, owner_id = ? WHERE id % 3 = ?"),
                { between(0, 1000000), pick(users), between(0, 2) }));
            break;
        case 16:
            if (oneIn(4)) {
                REQUIRE(f.db->query(QStringLiteral("DELETE FROM leads WHERE status = ?"), { pick(kLeadStates) }));
                leads.clear();
                auto rest = f.db->query(QStringLiteral("SELECT id FROM leads"));
                REQUIRE(rest);
                while (rest->next())
                    leads.push_back(rest->value(0).toLongLong());
            }
            break;
        default:
            break;
        }
    }
};

qint64 converted(qint64 amount, qint64 ratePpm)
{
    auto money = Money(amount, QStringLiteral("CNY")).convertedTo(QStringLiteral("CNY"), Rate::fromMillionths(ratePpm));
    REQUIRE(money);
    return money->minor();
}

qint64 weighted(qint64 base, qint64 probabilityPpm)
{
    auto money = Money(base, QStringLiteral("CNY")).times(Rate::fromMillionths(probabilityPpm));
    REQUIRE(money);
    return money->minor();
}

bool inScope(Database &db, const OwnerScope &scope, const QVariant &owner)
{
    if (scope.kind == OwnerScope::Kind::All)
        return true;
    if (owner.isNull())
        return false;
    if (scope.kind == OwnerScope::Kind::User)
        return owner.toLongLong() == scope.id;
    auto team = db.scalar(QStringLiteral("SELECT team_id FROM users WHERE id = ?"), { owner });
    REQUIRE(team);
    return !team->isNull() && team->toLongLong() == scope.id;
}

bool inRange(const DayRange &range, const QVariant &day)
{
    if (day.isNull())
        return false;
    const QDate date = QDate::fromString(day.toString(), Qt::ISODate);
    return date >= range.from && date <= range.to;
}

// The roll-up answers of a period and scope against sums made here, row by row, from the base tables.
void checkAgainstBaseRows(AnalyticsFixture &f, const DayRange &range, const OwnerScope &scope)
{
    Database &db = *f.db;
    AnalyticsStore store(db);
    INFO("period " << range.from.toString(Qt::ISODate).toStdString() << " .. "
                   << range.to.toString(Qt::ISODate).toStdString() << ", scope " << int(scope.kind) << "/" << scope.id);

    Sums signedSums;
    std::map<qint64, Sums> signedOwners;
    auto contracts = db.query(QStringLiteral("SELECT status, signed_on, base_total, owner_id FROM contracts"));
    REQUIRE(contracts);
    while (contracts->next()) {
        const QString status = contracts->value(0).toString();
        if ((status == u"signed" || status == u"executing" || status == u"completed")
            && inRange(range, contracts->value(1)) && inScope(db, scope, contracts->value(3))) {
            signedSums += Sums { 1, contracts->value(2).toLongLong(), 0 };
            signedOwners[contracts->value(3).toLongLong()] += Sums { 1, contracts->value(2).toLongLong(), 0 };
        }
    }
    auto rolledSigned = store.signedSums(range, scope);
    REQUIRE(rolledSigned);
    CHECK(rolledSigned->count == signedSums.count);
    CHECK(rolledSigned->amount == signedSums.amount);
    auto rolledOwners = store.signedByOwner(range, scope);
    REQUIRE(rolledOwners);
    CHECK(rolledOwners->size() == signedOwners.size());
    for (const auto &[owner, sums] : signedOwners)
        CHECK((rolledOwners->contains(owner) && rolledOwners->at(owner).amount == sums.amount));

    Sums created;
    Sums open;
    std::map<qint64, Sums> byStage;
    std::map<QString, Sums> closed;
    auto opportunities
        = db.query(QStringLiteral("SELECT amount, exchange_rate_ppm, probability_ppm, created_on, status,"
                                  " closed_on, stage_id, owner_id FROM opportunities"));
    REQUIRE(opportunities);
    while (opportunities->next()) {
        if (!inScope(db, scope, opportunities->value(7)))
            continue;
        const qint64 base = converted(opportunities->value(0).toLongLong(), opportunities->value(1).toLongLong());
        const Sums one { 1, base, weighted(base, opportunities->value(2).toLongLong()) };
        const QString status = opportunities->value(4).toString();
        if (inRange(range, opportunities->value(3))) {
            created += one;
            byStage[opportunities->value(6).toLongLong()] += one;
        }
        if (status == u"open")
            open += one;
        else if (inRange(range, opportunities->value(5)))
            closed[status] += Sums { 1, base, 0 };
    }
    auto rolledCreated = store.createdSums(range, scope);
    REQUIRE(rolledCreated);
    CHECK(rolledCreated->count == created.count);
    CHECK(rolledCreated->amount == created.amount);
    CHECK(rolledCreated->weighted == created.weighted);
    auto rolledStages = store.createdByStage(range, scope);
    REQUIRE(rolledStages);
    for (const auto &[stage, sums] : byStage)
        CHECK((rolledStages->contains(stage) && rolledStages->at(stage).weighted == sums.weighted));
    auto rolledOpen = store.openSums(scope);
    REQUIRE(rolledOpen);
    CHECK(rolledOpen->count == open.count);
    CHECK(rolledOpen->weighted == open.weighted);
    auto rolledClosed = store.closedSums(range, scope);
    REQUIRE(rolledClosed);
    for (const QString &status : { QStringLiteral("won"), QStringLiteral("lost") }) {
        const Sums expected = closed.contains(status) ? closed.at(status) : Sums();
        const Sums got = rolledClosed->contains(status) ? rolledClosed->at(status) : Sums();
        CHECK(got.count == expected.count);
        CHECK(got.amount == expected.amount);
    }

    Sums owed;
    auto receivables
        = db.query(QStringLiteral("SELECT total - received, exchange_rate_ppm, COALESCE(due_date, receivable_date),"
                                  " owner_id FROM receivables WHERE status = 'open'"));
    REQUIRE(receivables);
    while (receivables->next()) {
        if (inRange(range, receivables->value(2)) && inScope(db, scope, receivables->value(3)))
            owed += Sums { 1, converted(receivables->value(0).toLongLong(), receivables->value(1).toLongLong()), 0 };
    }
    auto rolledOwed = store.outstanding(range, scope);
    REQUIRE(rolledOwed);
    CHECK(rolledOwed->count == owed.count);
    CHECK(rolledOwed->amount == owed.amount);

    std::map<QString, qint64> leads;
    auto leadRows = db.query(QStringLiteral("SELECT source, created_on, owner_id FROM leads"));
    REQUIRE(leadRows);
    while (leadRows->next()) {
        if (inRange(range, leadRows->value(1)) && inScope(db, scope, leadRows->value(2)))
            ++leads[leadRows->value(0).toString()];
    }
    auto rolledLeads = store.leadsBySource(range, scope);
    REQUIRE(rolledLeads);
    CHECK(rolledLeads->size() == leads.size());
    for (const auto &[source, n] : leads) {
        qint64 got = 0;
        if (rolledLeads->contains(source)) {
            for (const auto &[status, c] : rolledLeads->at(source))
                got += c;
        }
        CHECK(got == n);
    }

    if (scope.kind == OwnerScope::Kind::All) {
        std::map<QString, qint64> segments;
        auto bySegment = db.query(QStringLiteral("SELECT c.segment, k.base_total, k.signed_on FROM contracts k"
                                                 " JOIN customers c ON c.id = k.customer_id"
                                                 " WHERE k.status IN ('signed', 'executing', 'completed')"));
        REQUIRE(bySegment);
        while (bySegment->next()) {
            if (inRange(range, bySegment->value(2)))
                segments[bySegment->value(0).toString()] += bySegment->value(1).toLongLong();
        }
        auto rolledSegments = store.signedBySegment(range, scope);
        REQUIRE(rolledSegments);
        for (const auto &[segment, amount] : segments)
            CHECK((rolledSegments->contains(segment) && rolledSegments->at(segment).amount == amount));
    }
}

void checkRollups(Database &db)
{
    auto differences = verifyRollups(db);
    REQUIRE(differences);
    for (const RollupDifference &difference : *differences)
        UNSCOPED_INFO(difference.table.toStdString() << ": " << difference.groups << " groups differ");
    CHECK(differences->empty());
}

} // namespace

TEST_CASE("Roll-ups equal plain queries after random inserts updates and deletes")
{
    AnalyticsFixture f;
    RandomBook book(f);
    for (int i = 0; i < 700; ++i)
        book.step();
    checkRollups(*f.db);

    std::mt19937 random(99);
    std::vector<DayRange> ranges
        = { DayRange::allTime(), { QDate(2025, 1, 1), QDate(2026, 12, 31) }, { QDate(2025, 3, 1), QDate(2025, 3, 31) },
              { QDate(2025, 3, 31), QDate(2025, 3, 31) }, { QDate(2025, 2, 2), QDate(2026, 2, 27) } };
    for (int i = 0; i < 8; ++i) {
        const QDate from = QDate(2024, 12, 1).addDays(std::uniform_int_distribution<int>(0, 760)(random));
        ranges.push_back({ from, from.addDays(std::uniform_int_distribution<int>(0, 120)(random)) });
    }
    const std::vector<OwnerScope> scopes
        = { OwnerScope::all(), OwnerScope::user(f.repId), OwnerScope::user(f.otherRepId), OwnerScope::team(f.teamId) };
    for (const DayRange &range : ranges) {
        for (const OwnerScope &scope : scopes)
            checkAgainstBaseRows(f, range, scope);
    }

    // Rebuilt from scratch they hold the same.
    REQUIRE(rebuildRollups(*f.db));
    checkRollups(*f.db);
    checkAgainstBaseRows(f, ranges.back(), OwnerScope::all());
}

TEST_CASE("A roll-up that was tampered with is found and rebuilt")
{
    AnalyticsFixture f;
    f.contract({ .signedOn = QStringLiteral("2026-03-05"), .baseTotal = 300000 });
    checkRollups(*f.db);
    REQUIRE(f.db->query(QStringLiteral("UPDATE rollup_signed_month SET amount = amount + 1 WHERE owner_key = -1")));
    auto differences = verifyRollups(*f.db);
    REQUIRE(differences);
    REQUIRE(differences->size() == 1);
    CHECK(differences->front().table == QStringLiteral("rollup_signed_month"));
    CHECK(differences->front().groups == 2);
    REQUIRE(rebuildRollups(*f.db));
    checkRollups(*f.db);
    CHECK(f.run(QStringLiteral("contract-amount-by-month")).value(0, QStringLiteral("amount")).toLongLong() == 300000);
}

TEST_CASE("Roll-ups change in the transaction of the change and roll back with it")
{
    AnalyticsFixture f;
    f.contract({ .signedOn = QStringLiteral("2026-03-05"), .baseTotal = 300000 });
    auto failed = f.db->transaction([&]() -> Result<void> {
        auto id = f.records().insert(QStringLiteral("contracts"),
            { { QStringLiteral("number"), QStringLiteral("HT-X") }, { QStringLiteral("customer_id"), f.customerId },
                { QStringLiteral("status"), QStringLiteral("signed") },
                { QStringLiteral("currency"), QStringLiteral("CNY") }, { QStringLiteral("base_total"), 500000 },
                { QStringLiteral("contract_date"), QStringLiteral("2026-03-06") },
                { QStringLiteral("signed_on"), QStringLiteral("2026-03-06") } });
        REQUIRE(id);
        auto inside = AnalyticsStore(*f.db).signedSums(DayRange::allTime(), OwnerScope::all());
        REQUIRE(inside);
        CHECK(inside->amount == 800000); // seen at once inside the transaction
        return fail(ErrorKind::Invalid, QStringLiteral("changed my mind"));
    });
    REQUIRE_FALSE(failed);
    auto after = AnalyticsStore(*f.db).signedSums(DayRange::allTime(), OwnerScope::all());
    REQUIRE(after);
    CHECK(after->amount == 300000);
    CHECK(after->count == 1);
    checkRollups(*f.db);
}

TEST_CASE("Roll-ups follow a deal through the workflows")
{
    AnalyticsFixture f;
    const qint64 quote = f.acceptedQuote(QDate(2026, 3, 2));
    ContractWorkflow contracts(*f.db);
    auto contract = contracts.createFromQuote(quote, QDate(2026, 3, 3));
    REQUIRE(contract);
    CHECK(f.run(QStringLiteral("contract-amount-by-month")).rows.empty());
    REQUIRE(contracts.submitForReview(*contract));
    REQUIRE(contracts.sign(*contract, QDate(2026, 3, 9)));
    const qint64 baseTotal = f.field(QStringLiteral("contracts"), *contract, QStringLiteral("base_total")).toLongLong();
    REQUIRE(baseTotal > 0);
    auto table = f.run(QStringLiteral("contract-amount-by-month"));
    REQUIRE(table.rows.size() == 1);
    CHECK(table.value(0, QStringLiteral("month")).toString() == QStringLiteral("2026-03"));
    CHECK(table.value(0, QStringLiteral("amount")).toLongLong() == baseTotal);
    // Signing won the opportunity behind the quote.
    table = f.run(QStringLiteral("won-lost-by-owner"));
    REQUIRE(table.rows.size() == 1);
    CHECK(table.value(0, QStringLiteral("won_count")).toLongLong() == 1);
    checkRollups(*f.db);
}

TEST_CASE("Migrating to schema 3 fills the roll-ups from the rows already there")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("old.db"));
    {
        // A database as schema 2 wrote it, with business in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
        for (const Migration &step : migrations()) {
            if (step.version > 2)
                break;
            for (const QString &statement : step.statements)
                REQUIRE(query.exec(SqlDialect().expand(statement)));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
        for (const char *statement : {
                 "INSERT INTO users (id, name) VALUES (1, 'Li Na')",
                 "INSERT INTO customers (id, code, name, segment, owner_id) VALUES (1, 'C1', 'Huaxin', 'A', 1)",
                 "INSERT INTO contracts (number, customer_id, status, currency, total, base_total, contract_date, "
                 "signed_on, owner_id)"
                 " VALUES ('HT-1', 1, 'signed', 'CNY', 100000, 100000, '2025-05-01', '2025-05-02', 1),"
                 " ('HT-2', 1, 'completed', 'USD', 1000, 7123, '2025-05-20', '2025-05-31', 1),"
                 " ('HT-3', 1, 'drafting', 'CNY', 5, 5, '2025-05-20', NULL, 1)",
                 "INSERT INTO opportunities (code, name, customer_id, stage_id, status, amount, currency, "
                 "probability_ppm,"
                 " created_on, expected_close_date, owner_id) VALUES ('O-1', 'Deal', NULL, 3, 'open', 33333, 'CNY', "
                 "600000,"
                 " '2025-05-03', '2025-07-01', NULL)",
                 "INSERT INTO leads (company, source, status, created_on) VALUES ('Lead', 'web', 'converted', "
                 "'2025-05-04')",
                 "INSERT INTO receivables (number, receivable_date, customer_id, currency, total, received, due_date, "
                 "owner_id)"
                 " VALUES ('AR-1', '2025-05-05', 1, 'CNY', 9000, 1000, '2025-06-04', 1)",
             }) {
            INFO(statement << " -> " << query.lastError().text().toStdString());
            REQUIRE(query.exec(QString::fromUtf8(statement)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema2"));

    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    checkRollups(**db);
    AnalyticsStore store(**db);
    auto signedMay = store.signedByMonth(DayRange::allTime(), OwnerScope::all());
    REQUIRE(signedMay);
    REQUIRE(signedMay->size() == 1);
    CHECK(signedMay->at(QStringLiteral("2025-05")).amount == 107123);
    CHECK(signedMay->at(QStringLiteral("2025-05")).count == 2);
    auto open = store.openSums(OwnerScope::all());
    REQUIRE(open);
    CHECK(open->weighted == 20000); // rate 1 for an opportunity written before rates existed
    auto owed = store.outstanding(DayRange::allTime(), OwnerScope::user(1));
    REQUIRE(owed);
    CHECK(owed->amount == 8000);
    auto segments = store.customersBySegment(OwnerScope::all());
    REQUIRE(segments);
    CHECK(segments->at(QStringLiteral("A")).count == 1);
}
