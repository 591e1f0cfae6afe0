#include "core/store/ChainLinkStore.h"
#include "core/store/LineStore.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/store/TimelineStore.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/LeadWorkflow.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"
#include "tests/support/ChainFixture.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RelatedListTab.h"
#include "ui/records/ChainBreadcrumb.h"
#include "ui/records/CustomerTimeline.h"
#include "ui/records/OrderQuantitiesDialog.h"
#include "ui/records/RecordDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

template<typename T>
T must(Result<T> result)
{
    if (!result)
        FAIL(result.error().text().toStdString());
    return *result;
}

void must(Result<void> result)
{
    if (!result)
        FAIL(result.error().text().toStdString());
}

// A contract signed from an accepted quote, with one order, one receivable and its receipt.
struct Chain {
    qint64 quote = 0;
    qint64 opportunity = 0;
    qint64 contract = 0;
    qint64 order = 0;
    qint64 receivable = 0;
    qint64 receipt = 0;
};

Chain walk(test::ChainFixture &f)
{
    Chain c;
    c.quote = f.acceptedQuote();
    c.opportunity = f.field(QStringLiteral("quotes"), c.quote, QStringLiteral("opportunity_id")).toLongLong();
    ContractWorkflow contracts(*f.db);
    c.contract = must(contracts.createFromQuote(c.quote));
    must(contracts.submitForReview(c.contract));
    must(contracts.sign(c.contract, QDate(2026, 3, 5)));
    c.order = must(SalesOrderWorkflow(*f.db).createFromContract(c.contract, {}, QDate(2026, 3, 6)));
    must(SalesOrderWorkflow(*f.db).ship(c.order));
    ReceivableWorkflow receivables(*f.db);
    c.receivable = must(receivables.createFromOrder(c.order, {}, QDate(2026, 3, 7)));
    ReceiptInput input;
    input.customerId = f.customerId;
    input.date = QDate(2026, 3, 20);
    input.currency = QStringLiteral("CNY");
    input.amount = must(receivables.outstanding(c.receivable)).minor();
    c.receipt = must(receivables.recordReceipt(input, {{c.receivable, input.amount}}));
    return c;
}

RelatedListTab *relatedTab(RecordDialog &dialog, const QString &table)
{
    return dialog.findChild<RelatedListTab *>(QStringLiteral("related_") + table);
}

QStringList tabTitles(RecordDialog &dialog)
{
    QStringList titles;
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        titles << dialog.tabs()->tabText(i);
    return titles;
}

} // namespace

TEST_CASE("A customer shows its related records in tabs read only when shown")
{
    test::ChainFixture f;
    const Chain chain = walk(f);
    // Another customer's records must stay out of this customer's tabs.
    const qint64 other = must(f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-0002")},
                                                                                {QStringLiteral("name"), QStringLiteral("北京远航科技")}}));
    must(f.records().insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), other}, {QStringLiteral("name"), QStringLiteral("刘洋")}}));

    RecordDialog dialog(*f.db, QStringLiteral("customers"), f.customerId);
    CHECK(tabTitles(dialog) == QStringList{QStringLiteral("Details"), QStringLiteral("Contacts"), QStringLiteral("Leads"),
                                           QStringLiteral("Opportunities"), QStringLiteral("Quotes"), QStringLiteral("Contracts"),
                                           QStringLiteral("Orders"), QStringLiteral("Receivables"), QStringLiteral("Receipts"),
                                           QStringLiteral("Activities"), QStringLiteral("Timeline"), QStringLiteral("History")});
    RelatedListTab *contacts = relatedTab(dialog, QStringLiteral("contacts"));
    REQUIRE(contacts);
    CHECK(contacts->model() == nullptr); // nothing read before the tab is shown
    dialog.show();
    dialog.tabs()->setCurrentWidget(contacts);
    REQUIRE(contacts->model());
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(contacts->model()->recordId(0) == f.contactId);
    CHECK(relatedTab(dialog, QStringLiteral("contracts"))->model() == nullptr); // still unread

    RelatedListTab *receipts = relatedTab(dialog, QStringLiteral("receipts"));
    receipts->ensureLoaded();
    REQUIRE(receipts->model()->rowCount() == 1);
    QSignalSpy opened(&dialog, &RecordDialog::openRecord);
    receipts->openRow(0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("receipts"));
    CHECK(opened.first().at(1).toLongLong() == chain.receipt);
}

TEST_CASE("An opportunity shows its stage history quotes and activities")
{
    test::ChainFixture f;
    const qint64 opportunity = f.openOpportunity();
    OpportunityWorkflow opportunities(*f.db);
    auto stages = f.db->query(QStringLiteral("SELECT id FROM pipeline_stages WHERE outcome = 'open' ORDER BY position"));
    REQUIRE(stages);
    std::vector<qint64> open;
    while (stages->next())
        open.push_back(stages->value(0).toLongLong());
    REQUIRE(open.size() >= 2);
    must(opportunities.changeStage(opportunity, open[1]));

    RecordDialog dialog(*f.db, QStringLiteral("opportunities"), opportunity);
    CHECK(tabTitles(dialog).contains(QStringLiteral("Stage history")));
    auto *stagesTable = dialog.findChild<QTableWidget *>(QStringLiteral("stageHistory"));
    REQUIRE(stagesTable);
    const auto history = must(ChainLinkStore(*f.db).stageHistory(opportunity));
    CHECK(stagesTable->rowCount() == int(history.size()));
    CHECK(history.size() >= 2);
    CHECK(stagesTable->item(stagesTable->rowCount() - 1, 1)->text() == history.back().fromStage);

    REQUIRE(dialog.trigger(QStringLiteral("create_quote"), false));
    RelatedListTab *quotes = relatedTab(dialog, QStringLiteral("quotes"));
    REQUIRE(quotes);
    quotes->ensureLoaded();
    CHECK(quotes->model()->rowCount() == 1);
    REQUIRE(relatedTab(dialog, QStringLiteral("activities")));
}

TEST_CASE("A contract shows its lines with what remains and its orders")
{
    test::ChainFixture f;
    const Chain chain = walk(f);
    RecordDialog dialog(*f.db, QStringLiteral("contracts"), chain.contract);
    CHECK(tabTitles(dialog) == QStringList{QStringLiteral("Details"), QStringLiteral("Lines"), QStringLiteral("Orders"),
                                           QStringLiteral("Receivables"), QStringLiteral("Commissions"), QStringLiteral("History")});
    auto *lines = dialog.findChild<QTableWidget *>(QStringLiteral("lines"));
    REQUIRE(lines);
    REQUIRE(lines->rowCount() == 2);
    // Everything was ordered: remaining is zero on each line.
    CHECK(lines->item(0, lines->columnCount() - 1)->text() == QStringLiteral("0"));
    RelatedListTab *orders = relatedTab(dialog, QStringLiteral("sales_orders"));
    orders->ensureLoaded();
    REQUIRE(orders->model()->rowCount() == 1);
    CHECK(orders->model()->recordId(0) == chain.order);
}

TEST_CASE("The breadcrumb shows where a record came from and what came of it")
{
    test::ChainFixture f;
    const Chain chain = walk(f);
    RecordDialog dialog(*f.db, QStringLiteral("contracts"), chain.contract);
    const auto &links = dialog.breadcrumb()->links();
    QStringList tables;
    for (const ChainLink &link : links)
        tables << link.table;
    CHECK(tables == QStringList{QStringLiteral("opportunities"), QStringLiteral("quotes"), QStringLiteral("contracts"),
                                QStringLiteral("sales_orders"), QStringLiteral("receivables"), QStringLiteral("receipts")});
    CHECK(links[1].id == chain.quote);
    CHECK(links[5].id == chain.receipt);
    CHECK(links[3].label == f.field(QStringLiteral("sales_orders"), chain.order, QStringLiteral("number")).toString());
    // The record itself is not a link; the others open their record.
    CHECK_FALSE(dialog.breadcrumb()->activate(2));
    QSignalSpy opened(&dialog, &RecordDialog::openRecord);
    auto *quoteCrumb = dialog.breadcrumb()->findChild<QToolButton *>(QStringLiteral("crumb_quotes"));
    REQUIRE(quoteCrumb);
    quoteCrumb->click();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(1).toLongLong() == chain.quote);

    // From the receipt back to the start.
    const auto back = must(ChainLinkStore(*f.db).trail(QStringLiteral("receipts"), chain.receipt));
    REQUIRE(back.size() == 6);
    CHECK(back.front().id == chain.opportunity);
}

TEST_CASE("The breadcrumb starts at the lead and counts further records at a step")
{
    test::ChainFixture f;
    const Chain chain = walk(f);
    const auto trail = must(ChainLinkStore(*f.db).trail(QStringLiteral("opportunities"), chain.opportunity));
    REQUIRE(trail.size() == 6);
    CHECK(trail[1].siblings == 0);
    // Two partial orders of one contract: the first is followed, the second counted.
    const qint64 quote = f.acceptedQuote();
    ContractWorkflow contracts(*f.db);
    const qint64 contract = must(contracts.createFromQuote(quote));
    must(contracts.submitForReview(contract));
    must(contracts.sign(contract, QDate(2026, 3, 5)));
    const auto lines = must(LineStore(*f.db).lines(LineDocument::Contract, contract));
    SalesOrderWorkflow orders(*f.db);
    const qint64 first = must(orders.createFromContract(contract, {{lines[0].id, Quantity::fromInt(1)}}));
    const qint64 second = must(orders.createFromContract(contract, {{lines[0].id, Quantity::fromInt(2)}}));
    const auto twoOrders = must(ChainLinkStore(*f.db).trail(QStringLiteral("contracts"), contract));
    REQUIRE(twoOrders.size() == 4);
    CHECK(twoOrders[3].id == first);
    CHECK(twoOrders[3].siblings == 1);
    // Going back from the second order follows its own contract.
    const auto fromSecond = must(ChainLinkStore(*f.db).trail(QStringLiteral("sales_orders"), second));
    CHECK(fromSecond[2].id == contract);
    CHECK(fromSecond.back().id == second);
    // A lead converted into an opportunity starts the chain.
    const qint64 lead = must(f.records().insert(QStringLiteral("leads"), {{QStringLiteral("company"), QStringLiteral("杭州云帆")},
                                                                         {QStringLiteral("created_on"), QStringLiteral("2026-03-01")}}));
    must(LeadWorkflow(*f.db).assign(lead, f.repId));
    const auto converted = must(LeadWorkflow(*f.db).convert(lead, {}));
    const auto fromLead = must(ChainLinkStore(*f.db).trail(QStringLiteral("leads"), lead));
    REQUIRE(fromLead.size() == 2);
    CHECK(fromLead[0].label == QStringLiteral("杭州云帆"));
    CHECK(fromLead[1].id == converted.opportunityId);
    // Not a chain record: nothing to show.
    CHECK(must(ChainLinkStore(*f.db).trail(QStringLiteral("customers"), f.customerId)).empty());
}

TEST_CASE("The customer timeline lists activities and chain records newest first")
{
    test::ChainFixture f;
    const Chain chain = walk(f);
    must(f.records().insert(QStringLiteral("activities"), {{QStringLiteral("kind"), QStringLiteral("visit")},
                                                           {QStringLiteral("subject"), QStringLiteral("回访")},
                                                           {QStringLiteral("customer_id"), f.customerId},
                                                           {QStringLiteral("due_at"), QStringLiteral("2026-04-01T02:00:00Z")}}));
    const auto events = must(TimelineStore(*f.db).customerEvents(f.customerId, 100));
    REQUIRE(events.size() >= 6);
    CHECK(events.front().table == QStringLiteral("activities"));
    for (std::size_t i = 1; i < events.size(); ++i)
        CHECK(events[i - 1].date >= events[i].date);
    const auto receipt = std::find_if(events.begin(), events.end(), [](const TimelineEvent &e) { return e.table == u"receipts"; });
    REQUIRE(receipt != events.end());
    CHECK(receipt->id == chain.receipt);

    // Paging: two events a page give the same sequence as one read.
    std::vector<TimelineEvent> paged;
    std::optional<TimelineEvent> after;
    for (int guard = 0; guard < 50; ++guard) {
        const auto page = must(TimelineStore(*f.db).customerEvents(f.customerId, 2, after));
        if (page.empty())
            break;
        paged.insert(paged.end(), page.begin(), page.end());
        after = page.back();
    }
    REQUIRE(paged.size() == events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        CHECK((paged[i].table == events[i].table && paged[i].id == events[i].id));

    CustomerTimeline timeline(*f.db, f.customerId);
    timeline.ensureLoaded();
    CHECK(timeline.tree()->topLevelItemCount() == int(events.size()));
    QSignalSpy opened(&timeline, &CustomerTimeline::openRequested);
    timeline.openRow(0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("activities"));
}

TEST_CASE("Part of a contract is ordered by typing quantities")
{
    test::ChainFixture f;
    const qint64 quote = f.acceptedQuote();
    ContractWorkflow contracts(*f.db);
    const qint64 contract = must(contracts.createFromQuote(quote));
    must(contracts.submitForReview(contract));
    must(contracts.sign(contract, QDate(2026, 3, 5)));

    RecordDialog dialog(*f.db, QStringLiteral("contracts"), contract);
    REQUIRE(dialog.offeredActions().contains(QStringLiteral("create_partial_order")));
    dialog.findChild<QPushButton *>(QStringLiteral("action_create_partial_order"))->click();
    auto *order = dialog.findChild<OrderQuantitiesDialog *>();
    REQUIRE(order);
    QTableWidget *table = order->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, OrderQuantitiesDialog::Remaining)->text() == QStringLiteral("10"));
    // More than remains is refused by the workflow and the dialog stays.
    table->item(0, OrderQuantitiesDialog::OrderNow)->setText(QStringLiteral("11"));
    CHECK_FALSE(order->createOrder());
    CHECK_FALSE(order->findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
    CHECK(f.count(QStringLiteral("sales_orders")) == 0);

    table->item(0, OrderQuantitiesDialog::OrderNow)->setText(QStringLiteral("4"));
    table->item(1, OrderQuantitiesDialog::OrderNow)->setText(QStringLiteral("0"));
    QSignalSpy opened(&dialog, &RecordDialog::openRecord);
    order->findChild<QPushButton *>(QStringLiteral("createOrder"))->click();
    REQUIRE(opened.size() == 1);
    const qint64 orderId = opened.first().at(1).toLongLong();
    auto lines = f.db->query(QStringLiteral("SELECT quantity_milli FROM order_lines WHERE order_id = ?"), {orderId});
    REQUIRE(lines);
    REQUIRE(lines->next());
    CHECK(lines->value(0).toLongLong() == 4000);
    CHECK_FALSE(lines->next());
    // The contract's lines now show 4 ordered and 6 remaining.
    auto *contractLines = dialog.findChild<QTableWidget *>(QStringLiteral("lines"));
    CHECK(contractLines->item(0, contractLines->columnCount() - 1)->text() == QStringLiteral("6"));
}
