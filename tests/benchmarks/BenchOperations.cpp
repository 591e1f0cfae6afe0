#include "tests/benchmarks/BenchOperations.h"

#include "core/domain/DemoVocabulary.h"
#include "core/store/CustomerSummaryStore.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/CommissionWorkflow.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/LeadWorkflow.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"
#include "tests/benchmarks/BenchRunner.h"
#include "tests/benchmarks/AnalyticsBench.h"
#include "tests/benchmarks/DocumentBench.h"

#include <QDate>

namespace qianyue::bench {

namespace {
// Budgets from DESIGN.md and the core issue (milliseconds).
constexpr double kCoreBudget = 50;

// The chain a salesperson walks for one deal, each step in its own transaction.
bool insertChain(Database &db, qint64 rep, qint64 manager, qint64 product, int run)
{
    const QDate today = QDate::currentDate();
    db.setActor(rep);
    auto lead = LeadWorkflow(db).create({{QStringLiteral("company"), QStringLiteral("基准测试客户 %1").arg(run)},
                                         {QStringLiteral("contact_name"), QStringLiteral("测试")},
                                         {QStringLiteral("owner_id"), rep}});
    if (!lead)
        return false;
    auto converted = LeadWorkflow(db).convert(*lead, {});
    if (!converted || !OpportunityWorkflow(db).addProduct(converted->opportunityId, product, 3000))
        return false;
    QuoteWorkflow quotes(db);
    auto quote = quotes.createFromOpportunity(converted->opportunityId);
    if (!quote || !quotes.submit(*quote) || !quotes.approve(*quote, manager) || !quotes.accept(*quote))
        return false;
    ContractWorkflow contracts(db);
    auto contract = contracts.createFromQuote(*quote);
    if (!contract || !contracts.submitForReview(*contract) || !contracts.sign(*contract, today))
        return false;
    auto order = SalesOrderWorkflow(db).createFromContract(*contract, {});
    if (!order)
        return false;
    ReceivableInput billing;
    billing.invoiceNumber = QStringLiteral("BENCH-%1").arg(run);
    auto receivable = ReceivableWorkflow(db).createFromOrder(*order, billing);
    if (!receivable)
        return false;
    auto total = RecordStore(db).get(QStringLiteral("receivables"), *receivable);
    if (!total)
        return false;
    ReceiptInput payment;
    payment.customerId = converted->customerId;
    payment.date = today;
    payment.currency = total->value(QStringLiteral("currency")).toString();
    payment.amount = total->value(QStringLiteral("total")).toLongLong();
    return ReceivableWorkflow(db).recordReceipt(payment, {{*receivable, payment.amount}}).has_value();
}

} // namespace

void runOperations(BenchRunner &runner, const QString &path, int runs)
{
    runner.measure(QStringLiteral("open the database"), runs, kCoreBudget, [&](int) {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        return db.has_value();
    });

    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened)
        return;
    Database &db = **opened;
    const qint64 customers = db.scalar(QStringLiteral("SELECT max(id) FROM customers")).value_or(QVariant()).toLongLong();
    DemoRandom random(99);

    runner.measure(QStringLiteral("customer 360 summary"), runs, kCoreBudget, [&](int) {
        return CustomerSummaryStore(db).summary(random.between(1, std::max<qint64>(1, customers))).has_value();
    });

    RecordStore records(db);
    const auto rep = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("rep"));
    const auto manager = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("manager"));
    if (rep && *rep && manager && *manager) {
        runner.measure(QStringLiteral("insert one full chain (lead to receipt)"), runs, kCoreBudget, [&](int run) {
            return insertChain(db, **rep, **manager, 1, run);
        });
    }

    // Each run books a different month, so every run does the full work of a first run.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    runner.measure(QStringLiteral("commission run for one month"), std::min(runs, 24), kCoreBudget, [&](int run) {
        const QDate start = thisMonth.addMonths(-run);
        return CommissionWorkflow(db).run(start, start.addMonths(1).addDays(-1), start.addMonths(1)).has_value();
    });

    runAnalyticsOperations(runner, db, runs);
    runDocumentOperations(runner, db, runs);
}

} // namespace qianyue::bench
