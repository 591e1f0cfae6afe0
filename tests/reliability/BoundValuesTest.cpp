// SQL built only from bound values: SQL-looking text in every text field of
// every record kind and in every list filter is stored and found verbatim.
#include "core/domain/Money.h"
#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/RecordStore.h"
#include "core/workflow/ActivityWorkflow.h"
#include "core/workflow/TargetWorkflow.h"
#include "tests/reliability/CrashWork.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QTimeZone>
#include <QSqlQuery>

using namespace qianyue;
using namespace qianyue::test;

namespace {

const QStringList kHostile = {
    QStringLiteral("'; DROP TABLE customers; --"),
    QStringLiteral("O'Brien \"the\" 客户"),
    QStringLiteral("' OR '1'='1"),
    QStringLiteral("100%"),
    QStringLiteral("a_b"),
    QStringLiteral("back\\slash\\"),
    QStringLiteral("%"),
    QStringLiteral("_"),
    QStringLiteral("\\"),
    QStringLiteral("名字'); DELETE FROM users WHERE ('1'='1"),
    QStringLiteral("x\" ; ATTACH DATABASE '/tmp/evil.db' AS e; --"),
};

// A database with at least one record of every kind: a whole chain from lead
// to receipt, a commission run, a target, an activity.
struct EveryKind {
    EveryKind()
    {
        auto opened = Database::open(tmp.file(QStringLiteral("every.db")), Database::Mode::CreateNew);
        REQUIRE(opened);
        db = std::move(*opened);
        CrashWork work(*db, tmp.file(QStringLiteral("journal.txt")), 7);
        REQUIRE(work.ensureSetup());
        REQUIRE(work.chain(1));
        REQUIRE(work.commissionRun());
        REQUIRE(work.importCustomers(2, 3));
        auto customer = db->scalar(QStringLiteral("SELECT min(id) FROM customers"));
        REQUIRE(customer);
        REQUIRE(ActivityWorkflow(*db).create({{QStringLiteral("kind"), QStringLiteral("call")},
                                              {QStringLiteral("subject"), QStringLiteral("回访")},
                                              {QStringLiteral("customer_id"), customer->toLongLong()},
                                              {QStringLiteral("due_at"), QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC)}}));
        REQUIRE(TargetWorkflow(*db).setTarget(TargetWorkflow::Owner::user(work.rep()), TargetWorkflow::PeriodKind::Month,
                                              QDate(2026, 5, 1), Money(1000000, QStringLiteral("CNY")), 3));
    }

    qint64 firstId(const QString &table)
    {
        auto id = db->scalar(QStringLiteral("SELECT min(id) FROM %1").arg(table));
        REQUIRE(id);
        return id->toLongLong();
    }

    TempDir tmp;
    std::unique_ptr<Database> db;
};

QStringList textColumns(Database &db, const QString &table)
{
    QStringList names;
    auto info = db.query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    REQUIRE(info);
    while (info->next()) {
        const QString name = info->value(1).toString();
        if (info->value(2).toString().toUpper() == u"TEXT" && !RecordStore::isDateColumn(name))
            names << name;
    }
    return names;
}

} // namespace

TEST_CASE("SQL-looking text in every text field of every record kind is stored and found verbatim", "[reliability][sql]")
{
    EveryKind f;
    const QStringList tables = {
        QStringLiteral("teams"), QStringLiteral("users"), QStringLiteral("customers"), QStringLiteral("contacts"),
        QStringLiteral("products"), QStringLiteral("leads"),
        QStringLiteral("opportunities"), QStringLiteral("quotes"), QStringLiteral("quote_lines"),
        QStringLiteral("contracts"), QStringLiteral("contract_lines"), QStringLiteral("sales_orders"),
        QStringLiteral("order_lines"), QStringLiteral("receivables"), QStringLiteral("receipts"),
        QStringLiteral("commission_plans"), QStringLiteral("salesperson_commissions"), QStringLiteral("sales_targets"),
        QStringLiteral("activities"), QStringLiteral("pipeline_stages")};
    RecordStore store(*f.db);
    int stored = 0;
    // Contact details are written whole, never updated: insert them hostile.
    const qint64 contact = f.firstId(QStringLiteral("contacts"));
    for (const QString &hostile : kHostile) {
        INFO("contact_details = " << hostile.toStdString());
        auto id = store.insert(QStringLiteral("contact_details"), {{QStringLiteral("contact_id"), contact},
                                                                   {QStringLiteral("kind"), QStringLiteral("email")},
                                                                   {QStringLiteral("label"), hostile},
                                                                   {QStringLiteral("value"), hostile}});
        REQUIRE(id);
        auto found = store.where(QStringLiteral("contact_details"), QStringLiteral("value"), hostile);
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->front().value(QStringLiteral("label")).toString() == hostile);
        stored += 2;
    }
    QStringList constrained;
    for (const QString &table : tables) {
        const qint64 id = f.firstId(table);
        REQUIRE(id > 0);
        const auto original = store.get(table, id);
        REQUIRE(original);
        for (const QString &column : textColumns(*f.db, table)) {
            for (const QString &hostile : kHostile) {
                INFO(table.toStdString() << "." << column.toStdString() << " = " << hostile.toStdString());
                auto updated = store.update(table, id, {{column, hostile}});
                if (!updated) {
                    // Columns with a fixed set of values (states, kinds, currency codes) refuse any other text.
                    CHECK((updated.error().message.contains(QStringLiteral("CHECK constraint"))
                           || updated.error().message.contains(QStringLiteral("UNIQUE"))
                           || updated.error().message.contains(QStringLiteral("FOREIGN KEY"))));
                    constrained << table + u'.' + column;
                    break;
                }
                auto row = store.get(table, id);
                REQUIRE(row);
                REQUIRE(row->value(column).toString() == hostile);
                auto found = store.where(table, column, hostile);
                REQUIRE(found);
                REQUIRE(found->size() == 1);
                CHECK(found->front().value(QStringLiteral("id")).toLongLong() == id);
                ++stored;
            }
            REQUIRE(store.update(table, id, {{column, original->value(column)}}));
        }
    }
    // Every table is still there and whole.
    for (const QString &table : tables)
        REQUIRE(f.db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    auto integrity = f.db->scalar(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity);
    CHECK(integrity->toString() == QStringLiteral("ok"));
    CHECK(stored > 500);
    WARN("bound values: " << stored << " hostile values stored and found verbatim; refused by a CHECK: "
                          << constrained.join(QStringLiteral(", ")).toStdString());
}

TEST_CASE("SQL-looking text in every list filter finds exactly what holds it", "[reliability][sql]")
{
    EveryKind f;
    RecordStore store(*f.db);
    ListStore lists(*f.db);
    // The record's own column each list's free-text filter searches.
    struct Target {
        ListKind kind;
        QString table;
        QString column;
    };
    const std::vector<Target> targets = {
        {ListKind::Customers, QStringLiteral("customers"), QStringLiteral("name")},
        {ListKind::Contacts, QStringLiteral("contacts"), QStringLiteral("name")},
        {ListKind::Leads, QStringLiteral("leads"), QStringLiteral("company")},
        {ListKind::Opportunities, QStringLiteral("opportunities"), QStringLiteral("name")},
        {ListKind::Quotes, QStringLiteral("quotes"), QStringLiteral("number")},
        {ListKind::Contracts, QStringLiteral("contracts"), QStringLiteral("title")},
        {ListKind::Orders, QStringLiteral("sales_orders"), QStringLiteral("number")},
        {ListKind::Receivables, QStringLiteral("receivables"), QStringLiteral("invoice_number")},
        {ListKind::Receipts, QStringLiteral("receipts"), QStringLiteral("notes")},
        {ListKind::Activities, QStringLiteral("activities"), QStringLiteral("subject")},
        {ListKind::Products, QStringLiteral("products"), QStringLiteral("name")},
    };
    int searches = 0;
    for (const Target &target : targets) {
        const qint64 id = f.firstId(target.table);
        const auto original = store.get(target.table, id);
        REQUIRE(original);
        for (const QString &hostile : kHostile) {
            INFO(target.table.toStdString() << " list, text filter " << hostile.toStdString());
            REQUIRE(store.update(target.table, id, {{target.column, QString(QStringLiteral("前") + hostile + QStringLiteral("后"))}}));
            ListFilter filter;
            filter.text = hostile;
            auto rows = lists.page(target.kind, filter, {}, 100);
            REQUIRE(rows);
            auto count = lists.count(target.kind, filter);
            REQUIRE(count);
            // Only this record holds the text: %, _ and \ are not wildcards.
            REQUIRE(rows->size() == 1);
            CHECK(rows->front().front().toLongLong() == id);
            CHECK(*count == 1);
            ++searches;
        }
        REQUIRE(store.update(target.table, id, {{target.column, original->value(target.column)}}));
    }
    // The other text filters: a state or states that match nothing, without error.
    for (int k = int(ListKind::Leads); k <= int(ListKind::Products); ++k) {
        for (const QString &hostile : kHostile) {
            ListFilter filter;
            filter.state = hostile;
            auto byState = lists.count(ListKind(k), filter);
            REQUIRE(byState);
            CHECK(*byState == (ListStore::states(ListKind(k)).isEmpty() ? *lists.count(ListKind(k), {}) : 0));
            ListFilter any;
            any.anyState = {hostile, QStringLiteral("x")};
            auto byStates = lists.count(ListKind(k), any);
            REQUIRE(byStates);
            ++searches;
        }
    }
    auto customers = f.db->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    REQUIRE(customers);
    CHECK(customers->toLongLong() >= 4);
    WARN("list filters: " << searches << " hostile filters run, each found exactly its record or nothing");
}
