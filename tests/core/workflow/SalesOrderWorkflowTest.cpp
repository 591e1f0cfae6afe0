#include "core/store/LineStore.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"
#include "tests/core/domain/DomainPrinters.h"
#include "tests/support/ChainFixture.h"

#include <map>

using namespace qianyue;

namespace {

const QString kOrders = QStringLiteral("sales_orders");

// A signed contract (10 laptops, 2 years of service) from a fresh accepted quote.
qint64 signedContract(test::ChainFixture &f)
{
    ContractWorkflow contracts(*f.db);
    const qint64 quote = f.acceptedQuote();
    REQUIRE(f.records().update(QStringLiteral("quotes"), quote,
                               {{QStringLiteral("payment_terms"), QStringLiteral("月结 30 天")}}));
    auto id = contracts.createFromQuote(quote, QDate(2026, 3, 5));
    REQUIRE(id);
    REQUIRE(f.records().update(QStringLiteral("contracts"), *id, {{QStringLiteral("category"), QStringLiteral("框架合同")}}));
    REQUIRE(contracts.submitForReview(*id));
    REQUIRE(contracts.sign(*id, QDate(2026, 3, 10)));
    return *id;
}

std::vector<LineBalance> balancesOf(test::ChainFixture &f, qint64 contract)
{
    auto balances = ContractWorkflow(*f.db).balances(contract);
    REQUIRE(balances);
    return *balances;
}

// An order for everything of a fresh contract, driven to `state`.
qint64 orderIn(test::ChainFixture &f, const QString &state)
{
    SalesOrderWorkflow orders(*f.db);
    auto id = orders.createFromContract(signedContract(f), {}, QDate(2026, 3, 12));
    REQUIRE(id);
    if (state == u"cancelled")
        REQUIRE(orders.cancel(*id));
    if (state == u"shipped" || state == u"invoiced" || state == u"closed")
        REQUIRE(orders.ship(*id));
    if (state == u"invoiced" || state == u"closed")
        REQUIRE(orders.invoice(*id));
    if (state == u"closed")
        REQUIRE(orders.close(*id));
    return *id;
}

Result<void> act(SalesOrderWorkflow &orders, qint64 id, const QString &action)
{
    if (action == u"ship")
        return orders.ship(id);
    if (action == u"invoice")
        return orders.invoice(id);
    if (action == u"close")
        return orders.close(id);
    if (action == u"cancel")
        return orders.cancel(id);
    FAIL("unknown action " << action);
    return {};
}

} // namespace

TEST_CASE("An order for everything remaining copies the contract and links back")
{
    test::ChainFixture f;
    const qint64 contract = signedContract(f);
    auto order = SalesOrderWorkflow(*f.db).createFromContract(contract, {}, QDate(2026, 3, 12));
    REQUIRE(order);

    const auto field = [&](const char *name) { return f.field(kOrders, *order, QString::fromLatin1(name)); };
    const auto contractField = [&](const char *name) {
        return f.field(QStringLiteral("contracts"), contract, QString::fromLatin1(name));
    };
    CHECK(field("number") == QStringLiteral("SO-2026-0001"));
    CHECK(field("status") == QStringLiteral("open"));
    CHECK(field("order_date") == QStringLiteral("2026-03-12"));
    CHECK(field("contract_id").toLongLong() == contract);
    CHECK(field("quote_id") == contractField("quote_id"));
    CHECK_FALSE(field("quote_id").isNull());
    CHECK(field("opportunity_id") == contractField("opportunity_id"));
    CHECK_FALSE(field("opportunity_id").isNull());
    CHECK(field("customer_id").toLongLong() == f.customerId);
    CHECK(field("contact_id").toLongLong() == f.contactId);
    CHECK(field("currency") == QStringLiteral("CNY"));
    CHECK(field("exchange_rate_ppm").toLongLong() == 1000000);
    CHECK(field("owner_id").toLongLong() == f.repId);
    CHECK(field("category") == QStringLiteral("框架合同"));
    CHECK(field("settlement_method") == QStringLiteral("月结 30 天"));
    CHECK(field("sales_method") == QStringLiteral("standard"));
    CHECK(field("total").toLongLong() == 7033376);
    CHECK(field("total") == contractField("total"));
    CHECK(field("tax") == contractField("tax"));

    auto contractLines = LineStore(*f.db).lines(LineDocument::Contract, contract);
    auto lines = LineStore(*f.db).lines(LineDocument::SalesOrder, *order);
    REQUIRE(contractLines);
    REQUIRE(lines);
    REQUIRE(lines->size() == 2);
    for (std::size_t i = 0; i < lines->size(); ++i) {
        CAPTURE(i);
        const DocumentLine &line = lines->at(i);
        const DocumentLine &source = contractLines->at(i);
        CHECK(line.contractLineId == source.id);
        CHECK(line.productId == source.productId);
        CHECK(line.description == source.description);
        CHECK(line.specification == source.specification);
        CHECK(line.unit == source.unit);
        CHECK(line.quantity == source.quantity);
        CHECK(line.unitPrice == source.unitPrice);
        CHECK(line.discount == source.discount);
        CHECK(line.taxRate == source.taxRate);
        CHECK(line.lineTotal == source.lineTotal);
        CHECK(line.tax == source.tax);
    }
    for (const LineBalance &balance : balancesOf(f, contract))
        CHECK(balance.remaining == Quantity());
}

TEST_CASE("Partial orders leave the rest of the contract to order later")
{
    test::ChainFixture f;
    SalesOrderWorkflow orders(*f.db);
    const qint64 contract = signedContract(f);
    auto balances = balancesOf(f, contract);
    const qint64 laptops = balances.at(0).contractLineId;
    const qint64 service = balances.at(1).contractLineId;

    // Listed in reverse; the order still follows the contract's line order.
    auto first = orders.createFromContract(
        contract, {{service, Quantity::fromThousandths(500)}, {laptops, Quantity::fromInt(4)}}, QDate(2026, 3, 12));
    REQUIRE(first);
    auto firstLines = LineStore(*f.db).lines(LineDocument::SalesOrder, *first);
    REQUIRE(firstLines);
    REQUIRE(firstLines->size() == 2);
    CHECK(firstLines->at(0).contractLineId == laptops);
    CHECK(firstLines->at(0).quantity == Quantity::fromInt(4));
    CHECK(firstLines->at(1).quantity == Quantity::fromThousandths(500));
    // 4 × 5 999.00 + 13 % and 0.5 × 1 200.50 = 600.25 + 6 % (36.015 → 36.02).
    CHECK(f.field(kOrders, *first, QStringLiteral("total")).toLongLong() == 2399600 + 311948 + 60025 + 3602);

    balances = balancesOf(f, contract);
    CHECK(balances.at(0).ordered == Quantity::fromInt(4));
    CHECK(balances.at(0).remaining == Quantity::fromInt(6));
    CHECK(balances.at(1).remaining == Quantity::fromThousandths(1500));

    auto laptopsOnly = orders.createFromContract(contract, {{laptops, Quantity::fromInt(6)}}, QDate(2026, 3, 13));
    REQUIRE(laptopsOnly);
    auto onlyLines = LineStore(*f.db).lines(LineDocument::SalesOrder, *laptopsOnly);
    REQUIRE(onlyLines);
    CHECK(onlyLines->size() == 1);

    // The rest: only the service is left.
    auto rest = orders.createFromContract(contract, {}, QDate(2026, 3, 14));
    REQUIRE(rest);
    auto restLines = LineStore(*f.db).lines(LineDocument::SalesOrder, *rest);
    REQUIRE(restLines);
    REQUIRE(restLines->size() == 1);
    CHECK(restLines->at(0).contractLineId == service);
    CHECK(restLines->at(0).quantity == Quantity::fromThousandths(1500));
    CHECK(f.field(kOrders, *rest, QStringLiteral("number")) == QStringLiteral("SO-2026-0003"));

    auto nothingLeft = orders.createFromContract(contract, {}, QDate(2026, 3, 15));
    REQUIRE_FALSE(nothingLeft);
    CHECK(nothingLeft.error().message.contains(QStringLiteral("already been ordered")));
    CHECK(f.count(kOrders) == 3);
}

TEST_CASE("Over-ordering is refused with nothing written")
{
    test::ChainFixture f;
    SalesOrderWorkflow orders(*f.db);
    const qint64 contract = signedContract(f);
    auto balances = balancesOf(f, contract);
    const qint64 laptops = balances.at(0).contractLineId;
    const qint64 service = balances.at(1).contractLineId;
    REQUIRE(orders.createFromContract(contract, {{laptops, Quantity::fromInt(7)}}, QDate(2026, 3, 12)));

    const qint64 ordersBefore = f.count(kOrders);
    const qint64 linesBefore = f.count(QStringLiteral("order_lines"));
    const qint64 auditBefore = f.count(QStringLiteral("audit_log"));

    auto tooMany = orders.createFromContract(
        contract, {{service, Quantity::fromInt(1)}, {laptops, Quantity::fromInt(4)}}, QDate(2026, 3, 13));
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().kind == ErrorKind::Invalid);
    CHECK(tooMany.error().message.contains(QStringLiteral("Line 1")));
    CHECK(tooMany.error().message.contains(QStringLiteral("笔记本电脑")));
    CHECK(tooMany.error().message.contains(QStringLiteral("only 3 台 remain")));

    auto zero = orders.createFromContract(contract, {{service, Quantity()}}, QDate(2026, 3, 13));
    REQUIRE_FALSE(zero);
    CHECK(zero.error().message.contains(QStringLiteral("Line 2")));
    CHECK(zero.error().message.contains(QStringLiteral("greater than zero")));

    auto negative = orders.createFromContract(contract, {{service, Quantity::fromInt(-1)}}, QDate(2026, 3, 13));
    REQUIRE_FALSE(negative);
    CHECK(negative.error().kind == ErrorKind::Invalid);

    auto twice = orders.createFromContract(
        contract, {{laptops, Quantity::fromInt(2)}, {laptops, Quantity::fromInt(2)}}, QDate(2026, 3, 13));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("twice")));

    // A line of another contract is not this contract's to order.
    const qint64 other = signedContract(f);
    const qint64 foreignLine = balancesOf(f, other).at(0).contractLineId;
    const qint64 auditAfterSetup = f.count(QStringLiteral("audit_log"));
    auto foreign = orders.createFromContract(contract, {{foreignLine, Quantity::fromInt(1)}}, QDate(2026, 3, 13));
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().kind == ErrorKind::NotFound);

    CHECK(f.count(kOrders) == ordersBefore);
    CHECK(f.count(QStringLiteral("order_lines")) == linesBefore);
    CHECK(f.count(QStringLiteral("audit_log")) == auditAfterSetup);
    CHECK(auditAfterSetup > auditBefore); // the second contract was written, the refusals were not
    CHECK(balancesOf(f, contract).at(0).remaining == Quantity::fromInt(3));

    // Exactly what remains is fine, and the refusals took no number.
    auto exact = orders.createFromContract(contract, {{laptops, Quantity::fromInt(3)}}, QDate(2026, 3, 14));
    REQUIRE(exact);
    CHECK(f.field(kOrders, *exact, QStringLiteral("number")) == QStringLiteral("SO-2026-0002"));
}

TEST_CASE("Orders are taken only from signed or executing contracts")
{
    test::ChainFixture f;
    ContractWorkflow contracts(*f.db);
    SalesOrderWorkflow orders(*f.db);
    auto contract = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 5));
    REQUIRE(contract);

    auto drafting = orders.createFromContract(*contract, {}, QDate(2026, 3, 6));
    REQUIRE_FALSE(drafting);
    CHECK(drafting.error().kind == ErrorKind::IllegalTransition);
    CHECK(drafting.error().message.contains(QStringLiteral("submit")));

    REQUIRE(contracts.submitForReview(*contract));
    auto inReview = orders.createFromContract(*contract, {}, QDate(2026, 3, 6));
    REQUIRE_FALSE(inReview);
    CHECK(inReview.error().kind == ErrorKind::IllegalTransition);
    CHECK(inReview.error().message.contains(QStringLiteral("sign")));
    CHECK(f.count(kOrders) == 0);

    REQUIRE(contracts.sign(*contract, QDate(2026, 3, 10)));
    const qint64 laptops = balancesOf(f, *contract).at(0).contractLineId;
    REQUIRE(orders.createFromContract(*contract, {{laptops, Quantity::fromInt(1)}}, QDate(2026, 3, 11)));
    REQUIRE(contracts.start(*contract, QDate(2026, 3, 12)));
    REQUIRE(orders.createFromContract(*contract, {{laptops, Quantity::fromInt(1)}}, QDate(2026, 3, 13)));
    // Ordering does not move the contract on by itself.
    CHECK(f.field(QStringLiteral("contracts"), *contract, QStringLiteral("status")) == QStringLiteral("executing"));

    REQUIRE(contracts.terminate(*contract, QStringLiteral("客户违约")));
    auto terminated = orders.createFromContract(*contract, {}, QDate(2026, 3, 14));
    REQUIRE_FALSE(terminated);
    CHECK(terminated.error().kind == ErrorKind::IllegalTransition);
    CHECK(terminated.error().message.contains(QStringLiteral("no further steps")));
    CHECK(f.count(kOrders) == 2);
}

TEST_CASE("A cancelled order gives its quantities back to the contract")
{
    test::ChainFixture f;
    SalesOrderWorkflow orders(*f.db);
    const qint64 contract = signedContract(f);
    auto all = orders.createFromContract(contract, {}, QDate(2026, 3, 12));
    REQUIRE(all);
    CHECK(balancesOf(f, contract).at(0).remaining == Quantity());
    CHECK_FALSE(orders.createFromContract(contract, {}, QDate(2026, 3, 13)));

    REQUIRE(orders.cancel(*all));
    CHECK(f.field(kOrders, *all, QStringLiteral("status")) == QStringLiteral("cancelled"));
    auto balances = balancesOf(f, contract);
    CHECK(balances.at(0).ordered == Quantity());
    CHECK(balances.at(0).remaining == Quantity::fromInt(10));
    CHECK(balances.at(1).remaining == Quantity::fromInt(2));

    auto again = orders.createFromContract(contract, {{balances.at(0).contractLineId, Quantity::fromInt(10)}},
                                           QDate(2026, 3, 14));
    REQUIRE(again);
    CHECK(f.field(kOrders, *again, QStringLiteral("number")) == QStringLiteral("SO-2026-0002"));
    // The cancelled order keeps its lines for the record.
    auto cancelledLines = LineStore(*f.db).lines(LineDocument::SalesOrder, *all);
    REQUIRE(cancelledLines);
    CHECK(cancelledLines->size() == 2);
}

TEST_CASE("Order steps follow the sales order state machine")
{
    const QStringList states = {QStringLiteral("open"), QStringLiteral("shipped"), QStringLiteral("invoiced"),
                                QStringLiteral("closed"), QStringLiteral("cancelled")};
    const QStringList actions = {QStringLiteral("ship"), QStringLiteral("invoice"), QStringLiteral("close"),
                                 QStringLiteral("cancel")};
    // Written out by hand, not read from the machine, so a wrong machine fails here.
    const std::map<QString, std::map<QString, QString>> legal = {
        {QStringLiteral("open"),
         {{QStringLiteral("ship"), QStringLiteral("shipped")},
          {QStringLiteral("invoice"), QStringLiteral("invoiced")},
          {QStringLiteral("cancel"), QStringLiteral("cancelled")}}},
        {QStringLiteral("shipped"), {{QStringLiteral("invoice"), QStringLiteral("invoiced")}}},
        {QStringLiteral("invoiced"), {{QStringLiteral("close"), QStringLiteral("closed")}}},
        {QStringLiteral("closed"), {}},
        {QStringLiteral("cancelled"), {}},
    };
    const std::map<QString, QString> hint = {
        {QStringLiteral("open"), QStringLiteral("ship")},
        {QStringLiteral("shipped"), QStringLiteral("invoice")},
        {QStringLiteral("invoiced"), QStringLiteral("close")},
        {QStringLiteral("closed"), QStringLiteral("no further steps")},
        {QStringLiteral("cancelled"), QStringLiteral("no further steps")},
    };
    int legalSeen = 0;
    int illegalSeen = 0;
    for (const QString &state : states) {
        for (const QString &action : actions) {
            CAPTURE(state, action);
            test::ChainFixture f;
            SalesOrderWorkflow orders(*f.db);
            const qint64 id = orderIn(f, state);
            REQUIRE(f.field(kOrders, id, QStringLiteral("status")) == state);
            const auto &allowed = legal.at(state);
            auto done = act(orders, id, action);
            if (const auto it = allowed.find(action); it != allowed.end()) {
                ++legalSeen;
                REQUIRE(done);
                CHECK(f.field(kOrders, id, QStringLiteral("status")) == it->second);
            } else {
                ++illegalSeen;
                REQUIRE_FALSE(done);
                CHECK(done.error().kind == ErrorKind::IllegalTransition);
                CHECK(done.error().message.contains(hint.at(state)));
                CHECK(f.field(kOrders, id, QStringLiteral("status")) == state);
            }
        }
    }
    CHECK(legalSeen == 5);
    CHECK(illegalSeen == 15);
}

TEST_CASE("A billed order cannot be cancelled")
{
    test::ChainFixture f;
    SalesOrderWorkflow orders(*f.db);
    auto order = orders.createFromContract(signedContract(f), {}, QDate(2026, 3, 12));
    REQUIRE(order);
    REQUIRE(ReceivableWorkflow(*f.db).createFromOrder(*order, {}, QDate(2026, 3, 12)));
    auto cancelled = orders.cancel(*order);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().kind == ErrorKind::Conflict);
    CHECK(cancelled.error().message.contains(QStringLiteral("AR-2026-0001")));
    CHECK(f.field(kOrders, *order, QStringLiteral("status")) == QStringLiteral("open"));
}

TEST_CASE("Order numbers run on without gaps across contracts")
{
    test::ChainFixture f;
    SalesOrderWorkflow orders(*f.db);
    const qint64 first = signedContract(f);
    const qint64 second = signedContract(f);
    const qint64 laptops = balancesOf(f, first).at(0).contractLineId;
    auto a = orders.createFromContract(first, {{laptops, Quantity::fromInt(1)}}, QDate(2026, 3, 12));
    auto refused = orders.createFromContract(first, {{laptops, Quantity::fromInt(100)}}, QDate(2026, 3, 12));
    auto b = orders.createFromContract(second, {}, QDate(2026, 3, 12));
    auto c = orders.createFromContract(first, {}, QDate(2026, 3, 13));
    REQUIRE(a);
    REQUIRE_FALSE(refused);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(f.field(kOrders, *a, QStringLiteral("number")) == QStringLiteral("SO-2026-0001"));
    CHECK(f.field(kOrders, *b, QStringLiteral("number")) == QStringLiteral("SO-2026-0002"));
    CHECK(f.field(kOrders, *c, QStringLiteral("number")) == QStringLiteral("SO-2026-0003"));
}
