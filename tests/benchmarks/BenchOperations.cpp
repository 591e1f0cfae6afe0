#include "tests/benchmarks/BenchOperations.h"

#include "core/documents/DocumentSnapshots.h"
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
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace qianyue::bench {

namespace {
// Budgets from DESIGN.md and the core issue (milliseconds).
constexpr double kCoreBudget = 50;
constexpr double kPdfBudget = 500; // DESIGN.md: rendering a document to PDF, < 0.5 s

// How long each step of the chain took, run by run: where a chain's time goes.
class StepTimes
{
public:
    bool operator()(const QString &step, const std::function<bool()> &work)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = work();
        auto it = std::find_if(m_steps.begin(), m_steps.end(), [&](const auto &entry) { return entry.first == step; });
        if (it == m_steps.end())
            it = m_steps.insert(m_steps.end(), {step, {}});
        it->second.push_back(double(timer.nsecsElapsed()) / 1e6);
        return ok;
    }

    void print(BenchRunner &runner) const
    {
        for (const auto &[step, times] : m_steps) {
            std::vector<double> sorted = times;
            std::sort(sorted.begin(), sorted.end());
            runner.note(QStringLiteral("    %1 median %2 ms").arg(step.leftJustified(40)).arg(sorted[sorted.size() / 2], 0, 'f', 2));
        }
    }

private:
    std::vector<std::pair<QString, std::vector<double>>> m_steps;
};

// The quote and contract of one chain, whose frozen PDFs are made after it.
struct ChainDocuments {
    qint64 quote = 0;
    qint64 contract = 0;
};

// The chain a salesperson walks for one deal, each step in its own transaction
// (13 commits). Approving the quote and signing the contract freeze their data
// in those transactions; the PDFs are made from it afterwards and measured
// on their own ("make the frozen PDFs of one chain").
bool insertChain(Database &db, qint64 rep, qint64 manager, qint64 product, int run, StepTimes &step,
                 std::vector<ChainDocuments> &documents)
{
    const QDate today = QDate::currentDate();
    db.setActor(rep);
    Result<qint64> lead = 0;
    Result<LeadWorkflow::Conversion> converted;
    Result<qint64> quote = 0;
    Result<qint64> contract = 0;
    Result<qint64> order = 0;
    Result<qint64> receivable = 0;
    QuoteWorkflow quotes(db);
    ContractWorkflow contracts(db);
    return step(QStringLiteral("create lead"), [&] {
               lead = LeadWorkflow(db).create({{QStringLiteral("company"), QStringLiteral("基准测试客户 %1").arg(run)},
                                               {QStringLiteral("contact_name"), QStringLiteral("测试")},
                                               {QStringLiteral("owner_id"), rep}});
               return lead.has_value();
           })
        && step(QStringLiteral("convert lead"), [&] {
               converted = LeadWorkflow(db).convert(*lead, {});
               return converted.has_value();
           })
        && step(QStringLiteral("add product of interest"), [&] {
               return OpportunityWorkflow(db).addProduct(converted->opportunityId, product, 3000).has_value();
           })
        && step(QStringLiteral("quote from opportunity"), [&] {
               quote = quotes.createFromOpportunity(converted->opportunityId);
               return quote.has_value();
           })
        && step(QStringLiteral("submit quote"), [&] { return quotes.submit(*quote).has_value(); })
        && step(QStringLiteral("approve quote (freezes it)"), [&] { return quotes.approve(*quote, manager).has_value(); })
        && step(QStringLiteral("accept quote"), [&] { return quotes.accept(*quote).has_value(); })
        && step(QStringLiteral("contract from quote"), [&] {
               contract = contracts.createFromQuote(*quote);
               return contract.has_value();
           })
        && step(QStringLiteral("submit contract for review"), [&] { return contracts.submitForReview(*contract).has_value(); })
        && step(QStringLiteral("sign contract (freezes it)"), [&] { return contracts.sign(*contract, today).has_value(); })
        && (documents.push_back({*quote, *contract}), true)
        && step(QStringLiteral("order from contract"), [&] {
               order = SalesOrderWorkflow(db).createFromContract(*contract, {});
               return order.has_value();
           })
        && step(QStringLiteral("receivable from order"), [&] {
               ReceivableInput billing;
               billing.invoiceNumber = QStringLiteral("BENCH-%1").arg(run);
               receivable = ReceivableWorkflow(db).createFromOrder(*order, billing);
               return receivable.has_value();
           })
        && step(QStringLiteral("receipt allocated to it"), [&] {
               auto total = RecordStore(db).get(QStringLiteral("receivables"), *receivable);
               if (!total)
                   return false;
               ReceiptInput payment;
               payment.customerId = converted->customerId;
               payment.date = today;
               payment.currency = total->value(QStringLiteral("currency")).toString();
               payment.amount = total->value(QStringLiteral("total")).toLongLong();
               return ReceivableWorkflow(db).recordReceipt(payment, {{*receivable, payment.amount}}).has_value();
           });
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
        StepTimes steps;
        std::vector<ChainDocuments> documents;
        const bool measured = runner.measure(QStringLiteral("insert one full chain (lead to receipt)"), runs, kCoreBudget,
                                             [&](int run) { return insertChain(db, **rep, **manager, 1, run, steps, documents); });
        if (measured && runner.detailed())
            steps.print(runner);
        if (measured && !documents.empty()) {
            runner.measure(QStringLiteral("make the frozen PDFs of one chain (after it)"), int(documents.size()), kPdfBudget,
                           [&](int run) {
                               const ChainDocuments &made = documents.at(std::size_t(run));
                               return DocumentSnapshots::storeFrozenPdf(db, DocumentKind::Quote, made.quote).value_or(false)
                                   && DocumentSnapshots::storeFrozenPdf(db, DocumentKind::Contract, made.contract).value_or(false);
                           });
        }
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
