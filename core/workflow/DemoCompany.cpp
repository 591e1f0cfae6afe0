#include "core/workflow/DemoCompany.h"

#include "core/store/Database.h"
#include "core/store/LineStore.h"
#include "core/store/PipelineStore.h"
#include "core/store/RecordStore.h"
#include "core/store/ReferenceDataBuilder.h"
#include "core/workflow/ActivityWorkflow.h"
#include "core/workflow/CommissionWorkflow.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/CustomerCommissionWorkflow.h"
#include "core/workflow/CustomerInsights.h"
#include "core/workflow/LeadWorkflow.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"

namespace qianyue {

namespace {

constexpr qint64 kDemoCustomers = 36;

/// Walks the showcase deals through the workflow, stopping at the first refusal.
class Showcase
{
public:
    Showcase(Database &db, const DemoVocabulary &words, DemoRandom &random, const QDate &today)
        : m_db(db)
        , m_words(words)
        , m_random(random)
        , m_today(today)
        , m_zh(words.language() == DemoVocabulary::Language::Chinese)
    {
    }

    Result<void> run();

private:
    template<typename T>
    bool take(Result<T> result, T &into)
    {
        if (!result) {
            m_error = result.error();
            return false;
        }
        into = *result;
        return true;
    }
    bool ok(Result<void> result)
    {
        if (!result)
            m_error = result.error();
        return result.has_value();
    }
    QString text(const char *zh, const char *en) const { return QString::fromUtf8(m_zh ? zh : en); }
    QDate daysAgo(int days) const { return m_today.addDays(-days); }

    Result<qint64> newLead(const QString &interest);
    Result<qint64> opportunityFromLead(qint64 lead, int daysAgoConverted);
    Result<qint64> approvedQuote(qint64 opportunity, int daysAgoQuoted);

    Database &m_db;
    const DemoVocabulary &m_words;
    DemoRandom &m_random;
    QDate m_today;
    bool m_zh;
    qint64 m_rep = 0;
    qint64 m_manager = 0;
    Error m_error;
};

Result<qint64> Showcase::newLead(const QString &interest)
{
    const auto place = m_words.place(m_random);
    return LeadWorkflow(m_db).create({{QStringLiteral("company"), m_words.companyName(m_random, place)},
                                      {QStringLiteral("contact_name"), m_words.personName(m_random)},
                                      {QStringLiteral("phone"), QString(place.phonePrefix + QStringLiteral("-66668888"))},
                                      {QStringLiteral("source"), QStringLiteral("campaign")},
                                      {QStringLiteral("interest"), interest}},
                                     daysAgo(120));
}

Result<qint64> Showcase::opportunityFromLead(qint64 lead, int daysAgoConverted)
{
    if (auto assigned = LeadWorkflow(m_db).assign(lead, m_rep); !assigned)
        return std::unexpected(assigned.error());
    LeadWorkflow::ConvertOptions options;
    options.amount = 18000000;
    options.expectedCloseDate = m_today.addDays(30);
    auto converted = LeadWorkflow(m_db).convert(lead, options, daysAgo(daysAgoConverted));
    if (!converted)
        return std::unexpected(converted.error());
    OpportunityWorkflow opportunities(m_db);
    for (qint64 product : {1, 13}) {
        if (auto added = opportunities.addProduct(converted->opportunityId, product, m_random.between(2, 12) * 1000); !added)
            return std::unexpected(added.error());
    }
    return converted->opportunityId;
}

Result<qint64> Showcase::approvedQuote(qint64 opportunity, int daysAgoQuoted)
{
    QuoteWorkflow quotes(m_db);
    auto quote = quotes.createFromOpportunity(opportunity, daysAgo(daysAgoQuoted));
    if (!quote)
        return quote;
    if (auto submitted = quotes.submit(*quote); !submitted)
        return std::unexpected(submitted.error());
    if (auto approved = quotes.approve(*quote, m_manager, daysAgo(daysAgoQuoted - 1)); !approved)
        return std::unexpected(approved.error());
    return quote;
}

Result<void> Showcase::run()
{
    RecordStore records(m_db);
    auto rep = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("rep"));
    auto manager = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("manager"));
    if (!rep || !manager || !*rep || !*manager)
        return fail(ErrorKind::Storage, DemoCompany::tr("The demo salespeople are missing."));
    m_rep = **rep;
    m_manager = **manager;
    m_db.setActor(m_rep);

    // 1. The whole chain: lead → opportunity → quote → contract → order → receivable → receipt, settled.
    qint64 lead = 0, opportunity = 0, quote = 0, contract = 0, order = 0, receivable = 0, receipt = 0;
    if (!take(newLead(text("笔记本电脑及维保服务", "Laptops with maintenance")), lead)
        || !take(opportunityFromLead(lead, 100), opportunity))
        return std::unexpected(m_error);
    auto stages = PipelineStore(m_db).stages();
    if (!stages)
        return std::unexpected(stages.error());
    if (!ok(OpportunityWorkflow(m_db).changeStage(opportunity, stages->at(1).value(QStringLiteral("id")).toLongLong(), daysAgo(95)))
        || !take(approvedQuote(opportunity, 90), quote) || !ok(QuoteWorkflow(m_db).accept(quote, daysAgo(85)))
        || !take(ContractWorkflow(m_db).createFromQuote(quote, daysAgo(84)), contract)
        || !ok(ContractWorkflow(m_db).submitForReview(contract))
        || !ok(ContractWorkflow(m_db).sign(contract, daysAgo(80), daysAgo(80), m_today.addYears(1)))
        || !ok(ContractWorkflow(m_db).start(contract, daysAgo(79)))
        || !take(SalesOrderWorkflow(m_db).createFromContract(contract, {}, daysAgo(78)), order)
        || !ok(SalesOrderWorkflow(m_db).ship(order)) || !ok(SalesOrderWorkflow(m_db).invoice(order)))
        return std::unexpected(m_error);
    ReceivableInput billing;
    billing.invoiceNumber = QStringLiteral("31000001");
    billing.invoiceDate = daysAgo(75);
    billing.dueDate = daysAgo(45);
    if (!take(ReceivableWorkflow(m_db).createFromOrder(order, billing, daysAgo(75)), receivable))
        return std::unexpected(m_error);
    auto total = records.get(QStringLiteral("receivables"), receivable);
    if (!total)
        return std::unexpected(total.error());
    ReceiptInput payment;
    payment.customerId = total->value(QStringLiteral("customer_id")).toLongLong();
    payment.date = daysAgo(50);
    payment.currency = total->value(QStringLiteral("currency")).toString();
    payment.amount = total->value(QStringLiteral("total")).toLongLong();
    if (!take(ReceivableWorkflow(m_db).recordReceipt(payment, {{receivable, payment.amount}}), receipt)
        || !ok(SalesOrderWorkflow(m_db).close(order)) || !ok(ContractWorkflow(m_db).complete(contract)))
        return std::unexpected(m_error);

    // 2. Quotes in every state, and a revision chain.
    qint64 drafting = 0, submitted = 0, approved = 0, rejected = 0, revised = 0;
    qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0;
    if (!take(newLead(text("视频会议系统", "Video conferencing")), lead) || !take(opportunityFromLead(lead, 30), o1)
        || !take(QuoteWorkflow(m_db).createFromOpportunity(o1, daysAgo(10)), drafting)
        || !take(newLead(text("网络改造", "Network upgrade")), lead) || !take(opportunityFromLead(lead, 40), o2)
        || !take(QuoteWorkflow(m_db).createFromOpportunity(o2, daysAgo(12)), submitted)
        || !ok(QuoteWorkflow(m_db).submit(submitted))
        || !take(newLead(text("服务器采购", "Server purchase")), lead) || !take(opportunityFromLead(lead, 45), o3)
        || !take(approvedQuote(o3, 20), approved)
        || !take(newLead(text("办公设备", "Office equipment")), lead) || !take(opportunityFromLead(lead, 60), o4)
        || !take(approvedQuote(o4, 35), rejected)
        || !ok(QuoteWorkflow(m_db).reject(rejected, text("价格高于预算", "Above the customer's budget")))
        || !take(QuoteWorkflow(m_db).revise(rejected, daysAgo(25)), revised))
        return std::unexpected(m_error);
    (void)drafting;
    (void)approved;
    (void)revised;

    // 3. A contract ordered in part, with a cancelled order and a partly paid receivable.
    qint64 o5 = 0, q5 = 0, c5 = 0, partial = 0, cancelled = 0, r5 = 0, unused = 0;
    if (!take(newLead(text("年度耗材框架协议", "Annual supplies framework")), lead) || !take(opportunityFromLead(lead, 70), o5)
        || !take(approvedQuote(o5, 65), q5) || !ok(QuoteWorkflow(m_db).accept(q5, daysAgo(60)))
        || !take(ContractWorkflow(m_db).createFromQuote(q5, daysAgo(59)), c5) || !ok(ContractWorkflow(m_db).submitForReview(c5))
        || !ok(ContractWorkflow(m_db).sign(c5, daysAgo(55))))
        return std::unexpected(m_error);
    auto lines = LineStore(m_db).lines(LineDocument::Contract, c5);
    if (!lines || lines->empty())
        return fail(ErrorKind::Storage, DemoCompany::tr("The demo contract has no lines."));
    const qint64 firstLine = lines->front().id;
    if (!take(SalesOrderWorkflow(m_db).createFromContract(c5, {{firstLine, Quantity::fromInt(1)}}, daysAgo(50)), partial)
        || !take(SalesOrderWorkflow(m_db).createFromContract(c5, {{firstLine, Quantity::fromInt(1)}}, daysAgo(48)), cancelled)
        || !ok(SalesOrderWorkflow(m_db).cancel(cancelled)) || !ok(SalesOrderWorkflow(m_db).invoice(partial)))
        return std::unexpected(m_error);
    billing.invoiceNumber = QStringLiteral("31000002");
    billing.invoiceDate = daysAgo(45);
    billing.dueDate = daysAgo(15);
    if (!take(ReceivableWorkflow(m_db).createFromOrder(partial, billing, daysAgo(45)), r5))
        return std::unexpected(m_error);
    auto partly = records.get(QStringLiteral("receivables"), r5);
    if (!partly)
        return std::unexpected(partly.error());
    payment.customerId = partly->value(QStringLiteral("customer_id")).toLongLong();
    payment.date = daysAgo(20);
    payment.currency = partly->value(QStringLiteral("currency")).toString();
    payment.amount = partly->value(QStringLiteral("total")).toLongLong() / 2;
    if (!take(ReceivableWorkflow(m_db).recordReceipt(payment, {{r5, payment.amount}}), unused))
        return std::unexpected(m_error);

    // 4. Rebates (客户佣金) in each state.
    CustomerCommissionWorkflow rebates(m_db);
    const qint64 rebateCustomer = records.get(QStringLiteral("contracts"), contract).value_or(Fields()).value(QStringLiteral("customer_id")).toLongLong();
    qint64 r1 = 0, r2 = 0, r3 = 0, r4 = 0;
    const qint64 frameworkCustomer = payment.customerId;
    if (!take(rebates.create(rebateCustomer, contract, std::nullopt, Rate::fromPercent(2), text("渠道返利", "Channel rebate")), r1)
        || !take(rebates.create(frameworkCustomer, c5, std::nullopt, Rate::fromPercent(3), text("年度返利", "Annual rebate")), r2)
        || !ok(rebates.submit(r2))
        || !take(rebates.create(frameworkCustomer, c5, std::nullopt, Rate::fromPercent(1), text("推荐奖励", "Referral reward")), r3)
        || !ok(rebates.submit(r3)) || !ok(rebates.approve(r3))
        || !take(rebates.create(rebateCustomer, contract, std::nullopt, Rate::fromPercent(1), text("首单奖励", "First order bonus")), r4)
        || !ok(rebates.submit(r4)) || !ok(rebates.approve(r4)) || !ok(rebates.close(r4)))
        return std::unexpected(m_error);
    (void)r1;

    // 5. Commissions of the last three months, one paid out.
    CommissionWorkflow commissions(m_db);
    for (int back = 3; back >= 1; --back) {
        const QDate start = QDate(m_today.year(), m_today.month(), 1).addMonths(-back);
        if (auto ran = commissions.run(start, start.addMonths(1).addDays(-1), start.addMonths(1)); !ran)
            return std::unexpected(ran.error());
    }
    auto unpaid = records.where(QStringLiteral("salesperson_commissions"), QStringLiteral("paid"), 0);
    if (!unpaid)
        return std::unexpected(unpaid.error());
    for (const Fields &entry : *unpaid) {
        const Money amount(entry.value(QStringLiteral("accrued")).toLongLong(), entry.value(QStringLiteral("currency")).toString());
        if (amount.isZero())
            continue;
        if (auto paid = commissions.recordPayout(entry.value(QStringLiteral("id")).toLongLong(), amount, daysAgo(5)); !paid)
            return std::unexpected(paid.error());
        break;
    }

    // 6. Follow-ups: one due tomorrow, one overdue.
    ActivityWorkflow activities(m_db);
    qint64 a1 = 0, a2 = 0;
    if (!take(activities.create({{QStringLiteral("kind"), QStringLiteral("call")},
                                 {QStringLiteral("subject"), text("电话确认报价反馈", "Call about the quote")},
                                 {QStringLiteral("opportunity_id"), o3},
                                 {QStringLiteral("due_at"), QDateTime(m_today.addDays(1), QTime(10, 0), Qt::UTC).toString(Qt::ISODate)},
                                 {QStringLiteral("owner_id"), m_rep}}),
              a1)
        || !take(activities.create({{QStringLiteral("kind"), QStringLiteral("task")},
                                    {QStringLiteral("subject"), text("催收尾款", "Chase the remaining payment")},
                                    {QStringLiteral("customer_id"), payment.customerId},
                                    {QStringLiteral("due_at"), QDateTime(daysAgo(3), QTime(9, 0), Qt::UTC).toString(Qt::ISODate)},
                                    {QStringLiteral("owner_id"), m_rep}}),
                 a2))
        return std::unexpected(m_error);

    if (auto refreshed = CustomerInsights(m_db).refresh(m_today); !refreshed)
        return std::unexpected(refreshed.error());
    m_db.setActor(std::nullopt);
    return {};
}

} // namespace

Result<void> DemoCompany::fill(Database &database, DemoVocabulary::Language language, std::uint64_t seed, const QDate &today)
{
    // One transaction: a demo company is written whole or not at all.
    return database.transaction([&]() -> Result<void> {
        ReferenceDataBuilder builder(database, DataSetSize::forCustomers(kDemoCustomers), seed, language, today);
        if (auto built = builder.build(); !built)
            return built;
        DemoVocabulary words(language);
        DemoRandom random(seed ^ 0x5eed);
        return Showcase(database, words, random, today).run();
    });
}

} // namespace qianyue
