#include "tests/reliability/CrashWork.h"

#include "core/domain/Rate.h"
#include "core/io/DataTransfer.h"
#include "core/io/ImportOptions.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/CommissionWorkflow.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/LeadWorkflow.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"
#include "tests/reliability/RowCounter.h"

#include <QDate>

namespace qianyue::test {

namespace {

const QString kRehearsal = QStringLiteral("rehearsal rolled back");

template<typename T>
Result<void> voidOf(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace

CrashWork::CrashWork(Database &database, const QString &journalPath, quint32 seed)
    : m_db(database)
    , m_journal(journalPath)
    , m_random(seed)
{
}

QString CrashWork::tag(qint64 unit)
{
    return QStringLiteral("U%1").arg(unit);
}

Result<void> CrashWork::ensureSetup()
{
    RecordStore records(m_db);
    auto users = m_db.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!users)
        return std::unexpected(users.error());
    if (users->toLongLong() == 0) {
        if (auto done = journaled(0, QStringLiteral("setup")); !done)
            return done;
    }
    auto rep = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("rep"));
    auto manager = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("manager"));
    auto product = records.findId(QStringLiteral("products"), QStringLiteral("sku"), QStringLiteral("CR-1"));
    if (!rep || !*rep || !manager || !*manager || !product || !*product)
        return fail(ErrorKind::NotFound, QStringLiteral("the crash-test cast is missing"));
    m_rep = **rep;
    m_manager = **manager;
    m_product = **product;
    m_db.setActor(m_rep);
    return {};
}

Result<void> CrashWork::runUnit(qint64 unit)
{
    const int pick = std::uniform_int_distribution<int>(0, 9)(m_random);
    QString kind;
    if (pick < 4)
        kind = QStringLiteral("import:%1").arg(std::uniform_int_distribution<int>(20, 300)(m_random));
    else if (pick < 8)
        kind = QStringLiteral("chain");
    else
        kind = QStringLiteral("commission");
    return journaled(unit, kind);
}

Result<void> CrashWork::journaled(qint64 unit, const QString &kind)
{
    auto before = countRows(m_db);
    if (!before)
        return std::unexpected(before.error());
    // Rehearse: do the work, count what it added, roll it all back.
    RowCounts delta;
    auto rehearsal = m_db.transaction([&]() -> Result<void> {
        if (auto done = perform(unit, kind); !done)
            return done;
        auto after = countRows(m_db);
        if (!after)
            return std::unexpected(after.error());
        delta = difference(*after, *before);
        return fail(ErrorKind::Invalid, kRehearsal);
    });
    if (rehearsal || rehearsal.error().message != kRehearsal)
        return rehearsal ? fail(ErrorKind::Invalid, QStringLiteral("rehearsal did not roll back")) : rehearsal;
    if (!m_journal.append({'B', unit, kind, delta}))
        return fail(ErrorKind::Storage, QStringLiteral("cannot write the journal"));

    if (auto done = m_db.transaction([&]() { return perform(unit, kind); }); !done)
        return done;

    auto after = countRows(m_db);
    if (!after)
        return std::unexpected(after.error());
    if (!m_journal.append({'C', unit, kind, *after}))
        return fail(ErrorKind::Storage, QStringLiteral("cannot write the journal"));
    return {};
}

Result<void> CrashWork::perform(qint64 unit, const QString &kind)
{
    if (kind == u"setup") {
        RecordStore records(m_db);
        auto team = records.insert(QStringLiteral("teams"), {{QStringLiteral("name"), QStringLiteral("崩溃测试组")}});
        if (!team)
            return std::unexpected(team.error());
        auto manager = records.insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("王经理")},
                                                                {QStringLiteral("role"), QStringLiteral("manager")},
                                                                {QStringLiteral("team_id"), *team}});
        if (!manager)
            return std::unexpected(manager.error());
        auto rep = records.insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("李娜")},
                                                            {QStringLiteral("role"), QStringLiteral("rep")},
                                                            {QStringLiteral("team_id"), *team},
                                                            {QStringLiteral("manager_id"), *manager}});
        if (!rep)
            return std::unexpected(rep.error());
        auto product = records.insert(QStringLiteral("products"), {{QStringLiteral("sku"), QStringLiteral("CR-1")},
                                                                   {QStringLiteral("name"), QStringLiteral("测试服务器")},
                                                                   {QStringLiteral("unit"), QStringLiteral("台")},
                                                                   {QStringLiteral("list_price"), 1234567},
                                                                   {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                                   {QStringLiteral("tax_rate_ppm"), 130000}});
        if (!product)
            return std::unexpected(product.error());
        return voidOf(CommissionWorkflow(m_db).createPlan(*rep, CommissionWorkflow::PlanKind::Monthly,
                                                          CommissionWorkflow::Basis::Signed, Rate::fromPercent(3)));
    }
    if (kind.startsWith(QStringLiteral("import:")))
        return importCustomers(unit, kind.mid(7).toInt());
    if (kind == u"chain")
        return chain(unit);
    return commissionRun();
}

Result<void> CrashWork::importCustomers(qint64 unit, int count)
{
    QByteArray csv = "name,phone,address,notes\n";
    for (int i = 0; i < count; ++i) {
        csv += QStringLiteral("%1 客户 %2,+86 21 5555 %3,\"上海市, 浦东新区 %2 号\",\"导入 \"\"批次\"\" %1\"\n")
                   .arg(tag(unit))
                   .arg(i)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    ImportOptions options;
    auto report = DataTransfer::importBytes(m_db, QStringLiteral("customers"), csv, tag(unit) + QStringLiteral(".csv"),
                                            FileFormat::Csv, options);
    if (!report)
        return std::unexpected(report.error());
    if (!report->ok() || report->created != count)
        return fail(ErrorKind::Invalid, QStringLiteral("import of %1 created %2 of %3: %4")
                                            .arg(tag(unit))
                                            .arg(report->created)
                                            .arg(count)
                                            .arg(report->problems.empty() ? QString() : report->problems.front().message));
    return {};
}

Result<void> CrashWork::chain(qint64 unit)
{
    const QDate today = QDate::currentDate();
    auto lead = LeadWorkflow(m_db).create({{QStringLiteral("company"), QString(tag(unit) + QStringLiteral(" 链"))},
                                           {QStringLiteral("contact_name"), QStringLiteral("张伟")},
                                           {QStringLiteral("owner_id"), m_rep}});
    if (!lead)
        return std::unexpected(lead.error());
    auto converted = LeadWorkflow(m_db).convert(*lead, {});
    if (!converted)
        return std::unexpected(converted.error());
    if (auto added = OpportunityWorkflow(m_db).addProduct(converted->opportunityId, m_product, 2000); !added)
        return std::unexpected(added.error());
    QuoteWorkflow quotes(m_db);
    auto quote = quotes.createFromOpportunity(converted->opportunityId);
    if (!quote)
        return std::unexpected(quote.error());
    if (auto step = quotes.submit(*quote); !step)
        return step;
    if (auto step = quotes.approve(*quote, m_manager); !step)
        return step;
    if (auto step = quotes.accept(*quote); !step)
        return step;
    ContractWorkflow contracts(m_db);
    auto contract = contracts.createFromQuote(*quote);
    if (!contract)
        return std::unexpected(contract.error());
    if (auto step = contracts.submitForReview(*contract); !step)
        return step;
    if (auto step = contracts.sign(*contract, today); !step)
        return step;
    auto order = SalesOrderWorkflow(m_db).createFromContract(*contract, {});
    if (!order)
        return std::unexpected(order.error());
    ReceivableInput billing;
    billing.invoiceNumber = QStringLiteral("INV-%1").arg(tag(unit));
    auto receivable = ReceivableWorkflow(m_db).createFromOrder(*order, billing);
    if (!receivable)
        return std::unexpected(receivable.error());
    auto bill = RecordStore(m_db).get(QStringLiteral("receivables"), *receivable);
    if (!bill)
        return std::unexpected(bill.error());
    ReceiptInput payment;
    payment.customerId = converted->customerId;
    payment.date = today;
    payment.currency = bill->value(QStringLiteral("currency")).toString();
    payment.amount = bill->value(QStringLiteral("total")).toLongLong();
    payment.notes = tag(unit);
    const std::vector<Allocation> allocations{{*receivable, payment.amount}};
    return voidOf(ReceivableWorkflow(m_db).recordReceipt(payment, allocations));
}

Result<void> CrashWork::commissionRun()
{
    const QDate today = QDate::currentDate();
    const QDate first(today.year(), today.month(), 1);
    return voidOf(CommissionWorkflow(m_db).run(first, first.addMonths(1).addDays(-1), today));
}

} // namespace qianyue::test
