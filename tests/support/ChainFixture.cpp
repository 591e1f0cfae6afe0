#include "tests/support/ChainFixture.h"

#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"

namespace qianyue::test {

namespace {

template<typename T>
T must(Result<T> result)
{
    if (!result)
        FAIL("fixture step failed: " << result.error().text().toStdString());
    return *result;
}

void must(Result<void> result)
{
    if (!result)
        FAIL("fixture step failed: " << result.error().text().toStdString());
}

} // namespace

ChainFixture::ChainFixture()
{
    auto opened = Database::open(tmp.file(QStringLiteral("chain.db")), Database::Mode::CreateNew);
    REQUIRE(opened);
    db = std::move(*opened);
    RecordStore store(*db);
    teamId = must(store.insert(QStringLiteral("teams"), {{QStringLiteral("name"), QStringLiteral("华东销售部")}}));
    managerId = must(store.insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("王经理")},
                                                            {QStringLiteral("role"), QStringLiteral("manager")},
                                                            {QStringLiteral("team_id"), teamId}}));
    repId = must(store.insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("李娜")},
                                                        {QStringLiteral("role"), QStringLiteral("rep")},
                                                        {QStringLiteral("team_id"), teamId},
                                                        {QStringLiteral("manager_id"), managerId}}));
    adminId = must(store.insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Admin")},
                                                          {QStringLiteral("role"), QStringLiteral("admin")}}));
    db->setActor(repId);
    customerId = must(store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-0001")},
                                                                 {QStringLiteral("name"), QStringLiteral("上海华信电子有限公司")},
                                                                 {QStringLiteral("status"), QStringLiteral("active")},
                                                                 {QStringLiteral("owner_id"), repId}}));
    contactId = must(store.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), customerId},
                                                               {QStringLiteral("name"), QStringLiteral("张伟")},
                                                               {QStringLiteral("is_primary"), 1}}));
    laptopId = must(store.insert(QStringLiteral("products"), {{QStringLiteral("sku"), QStringLiteral("NB-14")},
                                                              {QStringLiteral("name"), QStringLiteral("笔记本电脑")},
                                                              {QStringLiteral("specification"), QStringLiteral("14英寸 16GB/512GB")},
                                                              {QStringLiteral("unit"), QStringLiteral("台")},
                                                              {QStringLiteral("list_price"), 599900},
                                                              {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                              {QStringLiteral("tax_rate_ppm"), 130000}}));
    serviceId = must(store.insert(QStringLiteral("products"), {{QStringLiteral("sku"), QStringLiteral("SV-1Y")},
                                                               {QStringLiteral("name"), QStringLiteral("上门维保服务")},
                                                               {QStringLiteral("unit"), QStringLiteral("年")},
                                                               {QStringLiteral("list_price"), 120050},
                                                               {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                               {QStringLiteral("tax_rate_ppm"), 60000}}));
}

QVariant ChainFixture::field(const QString &table, qint64 id, const QString &name)
{
    auto row = RecordStore(*db).get(table, id);
    REQUIRE(row);
    REQUIRE(row->contains(name));
    return row->value(name);
}

qint64 ChainFixture::count(const QString &table)
{
    auto n = db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(n);
    return n->toLongLong();
}

qint64 ChainFixture::openOpportunity(const QDate &on)
{
    OpportunityWorkflow opportunities(*db);
    const qint64 id = must(opportunities.create({{QStringLiteral("name"), QStringLiteral("华信 2026 笔记本更新")},
                                                 {QStringLiteral("customer_id"), customerId},
                                                 {QStringLiteral("contact_id"), contactId},
                                                 {QStringLiteral("amount"), 6000000},
                                                 {QStringLiteral("owner_id"), repId}},
                                                on));
    must(opportunities.addProduct(id, laptopId, 10000));
    must(opportunities.addProduct(id, serviceId, 2000));
    return id;
}

qint64 ChainFixture::acceptedQuote(const QDate &on)
{
    QuoteWorkflow quotes(*db);
    const qint64 quote = must(quotes.createFromOpportunity(openOpportunity(on), on));
    must(quotes.submit(quote));
    must(quotes.approve(quote, managerId, on));
    must(quotes.accept(quote, on));
    return quote;
}

} // namespace qianyue::test
