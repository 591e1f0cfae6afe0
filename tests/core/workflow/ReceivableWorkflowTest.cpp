#include "core/store/FulfilmentStore.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"
#include "tests/core/domain/DomainPrinters.h"
#include "tests/support/ChainFixture.h"

using namespace qianyue;

namespace {

const QString kReceivables = QStringLiteral("receivables");
const QString kReceipts = QStringLiteral("receipts");
const QString kAllocations = QStringLiteral("receipt_allocations");
const QString kCny = QStringLiteral("CNY");

// An executing contract from a fresh accepted quote.
qint64 executingContract(test::ChainFixture &f)
{
    ContractWorkflow contracts(*f.db);
    auto id = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 5));
    REQUIRE(id);
    REQUIRE(contracts.submitForReview(*id));
    REQUIRE(contracts.sign(*id, QDate(2026, 3, 10)));
    REQUIRE(contracts.start(*id, QDate(2026, 3, 11)));
    return *id;
}

// An order for `laptops` laptops of the contract (all of it when zero).
qint64 orderOf(test::ChainFixture &f, qint64 contract, int laptops = 0)
{
    OrderQuantities quantities;
    if (laptops > 0) {
        auto balances = ContractWorkflow(*f.db).balances(contract);
        REQUIRE(balances);
        quantities.emplace_back(balances->at(0).contractLineId, Quantity::fromInt(laptops));
    }
    auto id = SalesOrderWorkflow(*f.db).createFromContract(contract, quantities, QDate(2026, 3, 12));
    REQUIRE(id);
    return *id;
}

// A receivable for the whole of a new order for everything of a new contract: 70 333.76 CNY.
qint64 fullReceivable(test::ChainFixture &f)
{
    auto id = ReceivableWorkflow(*f.db).createFromOrder(orderOf(f, executingContract(f)), {}, QDate(2026, 3, 15));
    REQUIRE(id);
    return *id;
}

ReceiptInput receipt(const test::ChainFixture &f, qint64 amount)
{
    ReceiptInput input;
    input.customerId = f.customerId;
    input.date = QDate(2026, 4, 1);
    input.currency = QStringLiteral("CNY");
    input.amount = amount;
    return input;
}

qint64 otherCustomer(test::ChainFixture &f)
{
    auto id = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-0002")},
                                                               {QStringLiteral("name"), QStringLiteral("杭州远航贸易有限公司")},
                                                               {QStringLiteral("owner_id"), f.repId}});
    REQUIRE(id);
    return *id;
}

Money outstandingOf(test::ChainFixture &f, qint64 receivable)
{
    auto amount = ReceivableWorkflow(*f.db).outstanding(receivable);
    REQUIRE(amount);
    return *amount;
}

} // namespace

TEST_CASE("A receivable from an order bills its total and links back")
{
    test::ChainFixture f;
    const qint64 contract = executingContract(f);
    REQUIRE(f.records().update(QStringLiteral("contracts"), contract,
                               {{QStringLiteral("payment_terms"), QStringLiteral("电汇")}}));
    const qint64 order = orderOf(f, contract);
    ReceivableInput input;
    input.invoiceNumber = QStringLiteral("No.04412345");
    input.invoiceDate = QDate(2026, 3, 15);
    input.dueDate = QDate(2026, 4, 14);
    auto receivable = ReceivableWorkflow(*f.db).createFromOrder(order, input, QDate(2026, 3, 15));
    REQUIRE(receivable);

    const auto field = [&](const char *name) { return f.field(kReceivables, *receivable, QString::fromLatin1(name)); };
    const auto orderField = [&](const char *name) {
        return f.field(QStringLiteral("sales_orders"), order, QString::fromLatin1(name));
    };
    CHECK(field("number") == QStringLiteral("AR-2026-0001"));
    CHECK(field("status") == QStringLiteral("open"));
    CHECK(field("receivable_date") == QStringLiteral("2026-03-15"));
    CHECK(field("order_id").toLongLong() == order);
    CHECK(field("contract_id").toLongLong() == contract);
    CHECK(field("opportunity_id") == orderField("opportunity_id"));
    CHECK_FALSE(field("opportunity_id").isNull());
    CHECK(field("customer_id").toLongLong() == f.customerId);
    CHECK(field("currency") == kCny);
    CHECK(field("exchange_rate_ppm").toLongLong() == 1000000);
    CHECK(field("owner_id").toLongLong() == f.repId);
    CHECK(field("total").toLongLong() == 7033376);
    CHECK(field("total") == orderField("total"));
    CHECK(field("received").toLongLong() == 0);
    CHECK(field("invoice_number") == QStringLiteral("No.04412345"));
    CHECK(field("invoice_date") == QStringLiteral("2026-03-15"));
    CHECK(field("due_date") == QStringLiteral("2026-04-14"));
    CHECK(field("description") == QStringLiteral("Order SO-2026-0001"));
    CHECK(field("settlement_method") == QStringLiteral("电汇"));
    CHECK(outstandingOf(f, *receivable) == Money(7033376, kCny));
}

TEST_CASE("A receivable may not bill more than is left of the order")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 order = orderOf(f, executingContract(f));

    ReceivableInput advance;
    advance.amount = 2110013; // 30 % advance, rounded up
    advance.description = QStringLiteral("30% 预付款");
    auto first = receivables.createFromOrder(order, advance, QDate(2026, 3, 15));
    REQUIRE(first);
    CHECK(f.field(kReceivables, *first, QStringLiteral("total")).toLongLong() == 2110013);
    CHECK(f.field(kReceivables, *first, QStringLiteral("description")) == QStringLiteral("30% 预付款"));

    ReceivableInput tooMuch;
    tooMuch.amount = 7033376 - 2110013 + 1;
    auto over = receivables.createFromOrder(order, tooMuch, QDate(2026, 3, 16));
    REQUIRE_FALSE(over);
    CHECK(over.error().message.contains(QStringLiteral("49233.63")));
    ReceivableInput nothing;
    nothing.amount = 0;
    CHECK_FALSE(receivables.createFromOrder(order, nothing, QDate(2026, 3, 16)));
    CHECK(f.count(kReceivables) == 1);

    // Without an amount, the rest of the order.
    auto rest = receivables.createFromOrder(order, {}, QDate(2026, 3, 17));
    REQUIRE(rest);
    CHECK(f.field(kReceivables, *rest, QStringLiteral("total")).toLongLong() == 7033376 - 2110013);
    CHECK(f.field(kReceivables, *rest, QStringLiteral("number")) == QStringLiteral("AR-2026-0002"));

    auto again = receivables.createFromOrder(order, {}, QDate(2026, 3, 18));
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("AR-2026-0001")));
    CHECK(again.error().message.contains(QStringLiteral("AR-2026-0002")));
    CHECK(f.count(kReceivables) == 2);
}

TEST_CASE("A cancelled order cannot be billed")
{
    test::ChainFixture f;
    const qint64 order = orderOf(f, executingContract(f));
    REQUIRE(SalesOrderWorkflow(*f.db).cancel(order));
    auto refused = ReceivableWorkflow(*f.db).createFromOrder(order, {}, QDate(2026, 3, 15));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::IllegalTransition);
    CHECK(f.count(kReceivables) == 0);
}

TEST_CASE("A receivable refuses a due date before its invoice date")
{
    test::ChainFixture f;
    ReceivableInput input;
    input.invoiceDate = QDate(2026, 3, 15);
    input.dueDate = QDate(2026, 3, 1);
    auto refused = ReceivableWorkflow(*f.db).createFromOrder(orderOf(f, executingContract(f)), input, QDate(2026, 3, 15));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("due date")));
}

TEST_CASE("A receipt for the whole amount settles the receivable")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 receivable = fullReceivable(f);
    ReceiptInput input = receipt(f, 7033376);
    input.kind = QStringLiteral("cheque");
    input.notes = QStringLiteral("支票 No.88");
    auto id = receivables.recordReceipt(input, {{receivable, 7033376}});
    REQUIRE(id);

    CHECK(f.field(kReceipts, *id, QStringLiteral("number")) == QStringLiteral("RC-2026-0001"));
    CHECK(f.field(kReceipts, *id, QStringLiteral("receipt_date")) == QStringLiteral("2026-04-01"));
    CHECK(f.field(kReceipts, *id, QStringLiteral("kind")) == QStringLiteral("cheque"));
    CHECK(f.field(kReceipts, *id, QStringLiteral("customer_id")).toLongLong() == f.customerId);
    CHECK(f.field(kReceipts, *id, QStringLiteral("amount")).toLongLong() == 7033376);
    CHECK(f.field(kReceipts, *id, QStringLiteral("notes")) == QStringLiteral("支票 No.88"));
    CHECK(f.field(kReceipts, *id, QStringLiteral("owner_id")).toLongLong() == f.repId);

    auto allocations = f.records().where(kAllocations, QStringLiteral("receipt_id"), *id);
    REQUIRE(allocations);
    REQUIRE(allocations->size() == 1);
    CHECK(allocations->at(0).value(QStringLiteral("receivable_id")).toLongLong() == receivable);
    CHECK(allocations->at(0).value(QStringLiteral("amount")).toLongLong() == 7033376);

    CHECK(f.field(kReceivables, receivable, QStringLiteral("received")).toLongLong() == 7033376);
    CHECK(f.field(kReceivables, receivable, QStringLiteral("status")) == QStringLiteral("settled"));
    CHECK(outstandingOf(f, receivable) == Money(0, kCny));
    auto rest = receivables.unallocated(*id);
    REQUIRE(rest);
    CHECK(rest->isZero());
}

TEST_CASE("Two receipts settle one receivable")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 receivable = fullReceivable(f);

    auto first = receivables.recordReceipt(receipt(f, 3000000), {{receivable, 3000000}});
    REQUIRE(first);
    CHECK(f.field(kReceivables, receivable, QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(f.field(kReceivables, receivable, QStringLiteral("received")).toLongLong() == 3000000);
    CHECK(outstandingOf(f, receivable) == Money(4033376, kCny));

    auto second = receivables.recordReceipt(receipt(f, 4033376), {{receivable, 4033376}});
    REQUIRE(second);
    CHECK(f.field(kReceipts, *second, QStringLiteral("number")) == QStringLiteral("RC-2026-0002"));
    CHECK(f.field(kReceivables, receivable, QStringLiteral("status")) == QStringLiteral("settled"));
    CHECK(outstandingOf(f, receivable).isZero());
    auto allocated = FulfilmentStore(*f.db).allocatedToReceivable(receivable);
    REQUIRE(allocated);
    CHECK(*allocated == 7033376);
}

TEST_CASE("A receivable one cent short stays open")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 receivable = fullReceivable(f);
    REQUIRE(receivables.recordReceipt(receipt(f, 7033375), {{receivable, 7033375}}));
    CHECK(f.field(kReceivables, receivable, QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(outstandingOf(f, receivable).toDecimalString() == QStringLiteral("0.01"));
    REQUIRE(receivables.recordReceipt(receipt(f, 1), {{receivable, 1}}));
    CHECK(f.field(kReceivables, receivable, QStringLiteral("status")) == QStringLiteral("settled"));
}

TEST_CASE("One receipt is spread across two receivables and keeps the rest")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 contract = executingContract(f);
    auto a = receivables.createFromOrder(orderOf(f, contract, 4), {}, QDate(2026, 3, 15));
    auto b = receivables.createFromOrder(orderOf(f, contract, 6), {}, QDate(2026, 3, 16));
    REQUIRE(a);
    REQUIRE(b);
    // 4 laptops 27 115.48 and 6 laptops 40 673.22, tax included.
    CHECK(f.field(kReceivables, *a, QStringLiteral("total")).toLongLong() == 2711548);
    CHECK(f.field(kReceivables, *b, QStringLiteral("total")).toLongLong() == 4067322);

    auto id = receivables.recordReceipt(receipt(f, 7000000), {{*a, 2711548}, {*b, 4000000}});
    REQUIRE(id);
    CHECK(f.field(kReceivables, *a, QStringLiteral("status")) == QStringLiteral("settled"));
    CHECK(f.field(kReceivables, *b, QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(outstandingOf(f, *b) == Money(67322, kCny));
    auto rest = receivables.unallocated(*id);
    REQUIRE(rest);
    CHECK(*rest == Money(7000000 - 2711548 - 4000000, kCny));
    auto allocations = f.records().where(kAllocations, QStringLiteral("receipt_id"), *id);
    REQUIRE(allocations);
    CHECK(allocations->size() == 2);

    // The rest settles the second receivable later; more than the rest is refused.
    auto tooMuch = receivables.allocate(*id, {{*b, 67322}, {*b, 300000}});
    REQUIRE_FALSE(tooMuch);
    CHECK(tooMuch.error().message.contains(QStringLiteral("2884.52")));
    REQUIRE(receivables.allocate(*id, {{*b, 67322}}));
    CHECK(f.field(kReceivables, *b, QStringLiteral("status")) == QStringLiteral("settled"));
    rest = receivables.unallocated(*id);
    REQUIRE(rest);
    CHECK(*rest == Money(288452 - 67322, kCny));
}

TEST_CASE("Over-allocation is refused with nothing written")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 receivable = fullReceivable(f);
    REQUIRE(receivables.recordReceipt(receipt(f, 3000000), {{receivable, 3000000}}));
    const qint64 receiptsBefore = f.count(kReceipts);
    const qint64 allocationsBefore = f.count(kAllocations);
    const qint64 auditBefore = f.count(QStringLiteral("audit_log"));

    auto over = receivables.recordReceipt(receipt(f, 5000000), {{receivable, 4033377}});
    REQUIRE_FALSE(over);
    CHECK(over.error().kind == ErrorKind::Invalid);
    CHECK(over.error().message.contains(QStringLiteral("Over-allocation")));
    CHECK(over.error().message.contains(QStringLiteral("AR-2026-0001")));
    CHECK(over.error().message.contains(QStringLiteral("40333.76")));

    // Two allocations to the same receivable count together.
    auto split = receivables.recordReceipt(receipt(f, 5000000), {{receivable, 2000000}, {receivable, 2033377}});
    REQUIRE_FALSE(split);
    CHECK(split.error().message.contains(QStringLiteral("Over-allocation")));
    CHECK(split.error().message.contains(QStringLiteral("20333.76")));

    // More than the receipt itself.
    auto beyondReceipt = receivables.recordReceipt(receipt(f, 100000), {{receivable, 100001}});
    REQUIRE_FALSE(beyondReceipt);
    CHECK(beyondReceipt.error().message.contains(QStringLiteral("1000.01")));

    auto zero = receivables.recordReceipt(receipt(f, 100000), {{receivable, 0}});
    REQUIRE_FALSE(zero);
    CHECK(zero.error().message.contains(QStringLiteral("greater than zero")));

    CHECK(f.count(kReceipts) == receiptsBefore);
    CHECK(f.count(kAllocations) == allocationsBefore);
    CHECK(f.count(QStringLiteral("audit_log")) == auditBefore);
    CHECK(f.field(kReceivables, receivable, QStringLiteral("received")).toLongLong() == 3000000);
    CHECK(f.field(kReceivables, receivable, QStringLiteral("status")) == QStringLiteral("open"));

    // The refused receipts took no numbers.
    auto next = receivables.recordReceipt(receipt(f, 100000));
    REQUIRE(next);
    CHECK(f.field(kReceipts, *next, QStringLiteral("number")) == QStringLiteral("RC-2026-0002"));

    // Allocating an existing receipt later is checked the same way.
    auto later = receivables.allocate(*next, {{receivable, 100001}});
    REQUIRE_FALSE(later);
    CHECK(f.count(kAllocations) == allocationsBefore);
}

TEST_CASE("A receipt cannot pay a receivable of another customer")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 receivable = fullReceivable(f);
    ReceiptInput input = receipt(f, 100000);
    input.customerId = otherCustomer(f);

    auto refused = receivables.recordReceipt(input, {{receivable, 100000}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("AR-2026-0001")));
    CHECK(refused.error().message.contains(QStringLiteral("上海华信电子有限公司")));
    CHECK(f.count(kReceipts) == 0);
    CHECK(f.field(kReceivables, receivable, QStringLiteral("received")).toLongLong() == 0);

    // Stored without allocations, it still cannot be allocated there afterwards.
    auto stored = receivables.recordReceipt(input);
    REQUIRE(stored);
    CHECK_FALSE(receivables.allocate(*stored, {{receivable, 100000}}));
    CHECK(f.count(kAllocations) == 0);
}

TEST_CASE("A receipt cannot pay a receivable in another currency")
{
    test::ChainFixture f;
    const qint64 receivable = fullReceivable(f);
    ReceiptInput input = receipt(f, 100000);
    input.currency = QStringLiteral("USD");
    input.exchangeRatePpm = 7123456;
    auto refused = ReceivableWorkflow(*f.db).recordReceipt(input, {{receivable, 100000}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("USD")));
    CHECK(f.count(kReceipts) == 0);
}

TEST_CASE("A settled receivable takes no more money")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 receivable = fullReceivable(f);
    REQUIRE(receivables.recordReceipt(receipt(f, 7033376), {{receivable, 7033376}}));
    auto more = receivables.recordReceipt(receipt(f, 100), {{receivable, 100}});
    REQUIRE_FALSE(more);
    CHECK(more.error().message.contains(QStringLiteral("settled")));
    CHECK(f.count(kReceipts) == 1);
}

TEST_CASE("A receipt needs a customer a date a currency and a positive amount")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    ReceiptInput noDate = receipt(f, 100);
    noDate.date = QDate();
    CHECK_FALSE(receivables.recordReceipt(noDate));
    ReceiptInput badCurrency = receipt(f, 100);
    badCurrency.currency = QStringLiteral("rmb");
    CHECK_FALSE(receivables.recordReceipt(badCurrency));
    CHECK_FALSE(receivables.recordReceipt(receipt(f, 0)));
    ReceiptInput badKind = receipt(f, 100);
    badKind.kind = QStringLiteral("barter");
    auto kind = receivables.recordReceipt(badKind);
    REQUIRE_FALSE(kind);
    CHECK(kind.error().message.contains(QStringLiteral("barter")));
    ReceiptInput nobody = receipt(f, 100);
    nobody.customerId = 9999;
    auto missing = receivables.recordReceipt(nobody);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(f.count(kReceipts) == 0);
}

TEST_CASE("Open receivables and what a customer owes")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 contract = executingContract(f);
    ReceivableInput later;
    later.dueDate = QDate(2026, 5, 31);
    ReceivableInput sooner;
    sooner.dueDate = QDate(2026, 4, 30);
    auto a = receivables.createFromOrder(orderOf(f, contract, 4), later, QDate(2026, 3, 15));
    auto b = receivables.createFromOrder(orderOf(f, contract, 6), sooner, QDate(2026, 3, 16));
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(receivables.recordReceipt(receipt(f, 1000000), {{*a, 1000000}}));

    FulfilmentStore store(*f.db);
    auto open = store.openReceivables(f.customerId);
    REQUIRE(open);
    REQUIRE(open->size() == 2);
    CHECK(open->at(0).value(QStringLiteral("id")).toLongLong() == *b);
    auto inUsd = store.openReceivables(f.customerId, QStringLiteral("USD"));
    REQUIRE(inUsd);
    CHECK(inUsd->empty());
    auto owed = store.outstandingOfCustomer(f.customerId);
    REQUIRE(owed);
    REQUIRE(owed->size() == 1);
    CHECK(owed->at(0) == Money(2711548 + 4067322 - 1000000, kCny));

    REQUIRE(receivables.recordReceipt(receipt(f, 1711548), {{*a, 1711548}}));
    open = store.openReceivables(f.customerId);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->at(0).value(QStringLiteral("id")).toLongLong() == *b);
}

TEST_CASE("Settling every receivable leaves completing the contract to the user")
{
    test::ChainFixture f;
    ReceivableWorkflow receivables(*f.db);
    const qint64 contract = executingContract(f);
    const qint64 order = orderOf(f, contract);
    REQUIRE(SalesOrderWorkflow(*f.db).invoice(order));
    auto receivable = receivables.createFromOrder(order, {}, QDate(2026, 3, 15));
    REQUIRE(receivable);
    REQUIRE(receivables.recordReceipt(receipt(f, 7033376), {{*receivable, 7033376}}));
    CHECK(f.field(kReceivables, *receivable, QStringLiteral("status")) == QStringLiteral("settled"));
    CHECK(f.field(QStringLiteral("contracts"), contract, QStringLiteral("status")) == QStringLiteral("executing"));
    REQUIRE(ContractWorkflow(*f.db).complete(contract));
    CHECK(f.field(QStringLiteral("contracts"), contract, QStringLiteral("status")) == QStringLiteral("completed"));
}
