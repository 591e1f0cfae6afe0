#include "core/store/Database.h"
#include "core/store/IntegrityChecker.h"
#include "core/workflow/DemoCompany.h"
#include "tests/support/TestSupport.h"

#include <QSet>

using namespace qianyue;

namespace {

QSet<QString> statesOf(Database &db, const QString &table)
{
    auto query = db.query(QStringLiteral("SELECT DISTINCT status FROM %1").arg(table));
    REQUIRE(query);
    QSet<QString> states;
    while (query->next())
        states << query->value(0).toString();
    return states;
}

QSet<QString> set(std::initializer_list<const char *> states)
{
    QSet<QString> result;
    for (const char *state : states)
        result << QString::fromLatin1(state);
    return result;
}

} // namespace

TEST_CASE("The small demo company holds every record kind in every state and passes the checks")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("demo.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(DemoCompany::fill(**db, DemoVocabulary::Language::Chinese, 2026, QDate(2026, 11, 23)));

    CHECK(statesOf(**db, QStringLiteral("leads")) == set({"unassigned", "assigned", "converted", "disqualified"}));
    CHECK(statesOf(**db, QStringLiteral("opportunities")) == set({"open", "won", "lost"}));
    CHECK(statesOf(**db, QStringLiteral("quotes")) == set({"drafting", "submitted", "approved", "accepted", "rejected"}));
    CHECK(statesOf(**db, QStringLiteral("contracts"))
          == set({"drafting", "in_review", "signed", "executing", "completed", "terminated"}));
    CHECK(statesOf(**db, QStringLiteral("sales_orders")) == set({"open", "shipped", "invoiced", "closed", "cancelled"}));
    CHECK(statesOf(**db, QStringLiteral("receivables")) == set({"open", "settled"}));
    CHECK(statesOf(**db, QStringLiteral("customer_commissions")) == set({"drafting", "in_approval", "executing", "closed"}));
    CHECK(statesOf(**db, QStringLiteral("activities")) == set({"planned", "done", "cancelled"}));

    for (const auto *table : {"salesperson_commissions", "commission_payouts", "sales_targets", "receipt_allocations",
                              "opportunity_stage_history", "quote_lines", "audit_log"}) {
        INFO(table);
        CHECK(db->get()->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).value_or(QVariant()).toLongLong() > 0);
    }
    // One chain runs from a lead to a settled receivable.
    auto chain = (*db)->scalar(QStringLiteral(
        "SELECT count(*) FROM leads l JOIN opportunities o ON o.lead_id = l.id JOIN quotes q ON q.opportunity_id = o.id"
        " JOIN contracts c ON c.quote_id = q.id JOIN sales_orders s ON s.contract_id = c.id"
        " JOIN receivables r ON r.order_id = s.id JOIN receipt_allocations a ON a.receivable_id = r.id"
        " WHERE l.status = 'converted' AND r.status = 'settled' AND c.status = 'completed'"));
    REQUIRE(chain);
    CHECK(chain->toLongLong() >= 1);

    auto results = IntegrityChecker(**db).run();
    REQUIRE(results);
    for (const CheckResult &result : *results) {
        INFO(result.name.toStdString() << ": " << result.problems.join(QStringLiteral("; ")).toStdString());
        CHECK(result.ok());
    }
}

TEST_CASE("The demo company is written whole or not at all")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("demo.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    // Without a manager nobody can approve the showcase quotes: the fill fails and rolls back.
    REQUIRE((*db)->query(QStringLiteral("CREATE TRIGGER no_managers BEFORE INSERT ON users WHEN NEW.role = 'manager'"
                                        " BEGIN SELECT RAISE(ABORT, 'no managers here'); END")));
    CHECK_FALSE(DemoCompany::fill(**db, DemoVocabulary::Language::English, 1, QDate(2026, 11, 23)));
    CHECK((*db)->scalar(QStringLiteral("SELECT count(*) FROM customers")).value_or(QVariant()).toLongLong() == 0);
    CHECK((*db)->scalar(QStringLiteral("SELECT count(*) FROM users")).value_or(QVariant()).toLongLong() == 0);
}
