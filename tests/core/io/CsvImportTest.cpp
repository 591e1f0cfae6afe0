#include "core/io/CsvImporter.h"
#include "core/io/CsvWriter.h"
#include "core/store/PipelineStore.h"
#include "tests/core/io/IoTestSupport.h"
#include "tests/support/ChainFixture.h"

#include <QSqlRecord>
#include <QStringEncoder>

using namespace qianyue;
using test::importCsv;
using test::problemsOf;
using test::rowCount;

namespace {

Fields one(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.query(sql, values);
    REQUIRE(query);
    REQUIRE(query->next());
    Fields row;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), record.value(i));
    return row;
}

ImportOptions today()
{
    ImportOptions options;
    options.today = QDate(2026, 3, 2);
    options.timeZone = QTimeZone("Asia/Shanghai");
    return options;
}

} // namespace

TEST_CASE("Customers import from Chinese headers with references and choices by name")
{
    test::ChainFixture f;
    const qint64 auditBefore = rowCount(*f.db, QStringLiteral("audit_log"));
    const auto report = importCsv(*f.db, QStringLiteral("customers"),
                                  QStringLiteral("客户名称,客户类型,税号,电话,省份,城市,来源,状态,负责人,营销许可,许可日期,备注\n"
                                                 "北京智联科技有限公司,企业,91110000MA01ABCD1X,010-8888 6666,北京市,北京市,员工推介,潜在客户,李娜,是,2026/1/5,\"重点, 跟进\"\n"
                                                 "王小明,个人,,13800138000,广东省,深圳市,网站,活跃客户,王经理,否,,\n"),
                                  today());
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    CHECK(report.written);
    CHECK(report.created == 2);
    CHECK(report.encoding == QStringLiteral("UTF-8"));
    CHECK(report.delimiter == QLatin1Char(','));

    const Fields first = one(*f.db, QStringLiteral("SELECT * FROM customers WHERE name = ?"), {QStringLiteral("北京智联科技有限公司")});
    CHECK(first.value(QStringLiteral("kind")) == QStringLiteral("company"));
    CHECK(first.value(QStringLiteral("tax_id")) == QStringLiteral("91110000MA01ABCD1X"));
    CHECK(first.value(QStringLiteral("source")) == QStringLiteral("employee_referral"));
    CHECK(first.value(QStringLiteral("status")) == QStringLiteral("prospect"));
    CHECK(first.value(QStringLiteral("owner_id")).toLongLong() == f.repId);
    CHECK(first.value(QStringLiteral("marketing_consent")).toInt() == 1);
    CHECK(first.value(QStringLiteral("consent_date")) == QStringLiteral("2026-01-05"));
    CHECK(first.value(QStringLiteral("notes")) == QStringLiteral("重点, 跟进"));
    CHECK(first.value(QStringLiteral("code")) == QStringLiteral("C-2026-00001"));
    const Fields second = one(*f.db, QStringLiteral("SELECT * FROM customers WHERE name = ?"), {QStringLiteral("王小明")});
    CHECK(second.value(QStringLiteral("kind")) == QStringLiteral("person"));
    CHECK(second.value(QStringLiteral("code")) == QStringLiteral("C-2026-00002"));
    CHECK(second.value(QStringLiteral("owner_id")).toLongLong() == f.managerId);
    CHECK(second.value(QStringLiteral("consent_date")).isNull());
    // One audit entry per record, with what was set.
    CHECK(rowCount(*f.db, QStringLiteral("audit_log")) == auditBefore + 2);
    const Fields audit = one(*f.db, QStringLiteral("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1"));
    CHECK(audit.value(QStringLiteral("action")) == QStringLiteral("insert"));
    CHECK(audit.value(QStringLiteral("user_id")).toLongLong() == f.repId);
    CHECK(audit.value(QStringLiteral("changes")).toString().contains(QStringLiteral("\"name\":[null,\"王小明\"]")));
}

TEST_CASE("A GB18030 file with semicolons and CRLF imports like a UTF-8 one")
{
    test::ChainFixture f;
    const QString text = QStringLiteral("客户名称;电话;地址\r\n杭州西湖茶业有限公司;0571-8765 4321;\"浙江省杭州市;西湖区\r\n龙井路 1 号\"\r\n");
    QStringEncoder gb("GB18030");
    const auto report = test::importBytes(*f.db, QStringLiteral("customers"), gb.encode(text), QStringLiteral("gb.csv"), today());
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    CHECK(report.encoding == QStringLiteral("GB18030"));
    CHECK(report.delimiter == QLatin1Char(';'));
    const Fields row = one(*f.db, QStringLiteral("SELECT * FROM customers WHERE phone = ?"), {QStringLiteral("0571-8765 4321")});
    CHECK(row.value(QStringLiteral("name")) == QStringLiteral("杭州西湖茶业有限公司"));
    CHECK(row.value(QStringLiteral("address")) == QStringLiteral("浙江省杭州市;西湖区\n龙井路 1 号"));

    // The same bytes read as UTF-16 by mistake are refused, not imported as garbage.
    ImportOptions wrong = today();
    wrong.encoding = QStringLiteral("UTF-8");
    const auto refused = test::importBytes(*f.db, QStringLiteral("customers"), gb.encode(text), QStringLiteral("gb.csv"), wrong);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("One bad row among thousands: nothing is imported and every bad row is listed")
{
    test::ChainFixture f;
    CsvWriter csv;
    csv.addRecord({QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("consent_date")});
    for (int i = 1; i <= 3000; ++i) {
        const int row = i + 1;
        csv.addRecord({QStringLiteral("批量客户 %1").arg(i),
                       row == 812 ? QStringLiteral("李那") : QStringLiteral("李娜"),
                       row == 1500 ? QStringLiteral("VIP") : QStringLiteral("active"),
                       row == 2999 ? QStringLiteral("2026-02-30") : QStringLiteral("2026-01-01")});
    }
    csv.addRecord({QString(), QStringLiteral("李娜"), QStringLiteral("active"), QString()});
    const qint64 customers = rowCount(*f.db, QStringLiteral("customers"));
    const qint64 audit = rowCount(*f.db, QStringLiteral("audit_log"));
    const auto report = importCsv(*f.db, QStringLiteral("customers"), csv.text(), today());
    REQUIRE(report.problems.size() == 4);
    CHECK(report.problems[0].text().startsWith(QStringLiteral("customers.csv:812:2: owner: '李那' not found; did you mean '李娜'?")));
    CHECK(report.problems[1].row == 1500);
    CHECK(report.problems[1].column == 3);
    CHECK(report.problems[1].message.contains(QStringLiteral("--values status:VIP=")));
    CHECK(report.problems[2].row == 2999);
    CHECK(report.problems[2].column == 4);
    CHECK(report.problems[3].row == 3002);
    CHECK(report.problems[3].message.startsWith(QStringLiteral("name:")));

    // Texts keep the limits every other way of saving keeps.
    const auto control = importCsv(*f.db, QStringLiteral("customers"),
                                   QStringLiteral("name,notes\nA,\"bell\x07\"\nB,") + QString(20000, QLatin1Char('x'))
                                       + QStringLiteral("\n"),
                                   today());
    REQUIRE(control.problems.size() == 2);
    CHECK(control.problems[0].text().startsWith(QStringLiteral("customers.csv:2:2: notes:")));
    CHECK(control.problems[1].row == 3);
    CHECK_FALSE(report.written);
    CHECK(rowCount(*f.db, QStringLiteral("customers")) == customers);
    CHECK(rowCount(*f.db, QStringLiteral("audit_log")) == audit);
    CHECK(rowCount(*f.db, QStringLiteral("number_sequences")) == 0);
}

TEST_CASE("Missing references name the closest ones or are created with --create-missing")
{
    test::ChainFixture f;
    const QString text = QStringLiteral("商机名称,客户,负责人,阶段,产品,预计金额\n"
                                        "华信扩容,上海华信电子有限公司,李娜,Needs analysis,笔记本,12000.50\n"
                                        "新客户项目,深圳新星科技,王五,Closing,投影仪; 上门维保服务,\n");
    const auto refused = importCsv(*f.db, QStringLiteral("opportunities"), text, today());
    REQUIRE(refused.problems.size() == 5);
    CHECK(refused.problems[0].text() == QStringLiteral("opportunities.csv:2:5: product: '笔记本' not found; did you mean "
                                                       "'笔记本电脑'? Or add --create-missing to create it."));
    CHECK(refused.problems[1].message.startsWith(QStringLiteral("customer: '深圳新星科技' not found")));
    CHECK(refused.problems[2].message.startsWith(QStringLiteral("owner: '王五' not found")));
    CHECK(refused.problems[3].message.startsWith(QStringLiteral("stage: 'Closing' not found")));
    CHECK(refused.problems[4].message.startsWith(QStringLiteral("product: '投影仪' not found")));
    CHECK(rowCount(*f.db, QStringLiteral("opportunities")) == 0);

    ImportOptions create = today();
    create.createMissing = true;
    const auto created = importCsv(*f.db, QStringLiteral("opportunities"), text, create);
    INFO(problemsOf(created));
    REQUIRE(created.ok());
    CHECK(created.created == 2);
    CHECK(created.notes.filter(QStringLiteral("Created the")).size() == 5);
    CHECK(created.notes.join(QLatin1Char('\n')).contains(QStringLiteral("'笔记本'")));
    // The new stage comes after the last open stage, before won and lost.
    auto stages = PipelineStore(*f.db).stages();
    REQUIRE(stages);
    QStringList order;
    for (const Fields &stage : *stages)
        order << stage.value(QStringLiteral("name")).toString();
    CHECK(order == QStringList{QStringLiteral("需求跟踪"), QStringLiteral("方案设计"), QStringLiteral("销售报价"),
                               QStringLiteral("合同签订"), QStringLiteral("Closing"), QStringLiteral("赢单"), QStringLiteral("输单")});
    const Fields product = one(*f.db, QStringLiteral("SELECT * FROM products WHERE name = ?"), {QStringLiteral("投影仪")});
    CHECK(product.value(QStringLiteral("sku")).toString().startsWith(QStringLiteral("P-")));
    CHECK(product.value(QStringLiteral("currency")) == QStringLiteral("CNY"));
    const Fields opportunity = one(*f.db, QStringLiteral("SELECT * FROM opportunities WHERE name = ?"), {QStringLiteral("华信扩容")});
    CHECK(opportunity.value(QStringLiteral("amount")).toLongLong() == 1200050);
    CHECK(opportunity.value(QStringLiteral("code")) == QStringLiteral("OPP-2026-0001"));
    CHECK(rowCount(*f.db, QStringLiteral("opportunity_products")) == 3);
}

TEST_CASE("Opportunities take their status from a won or lost stage and empty amounts are zero")
{
    test::ChainFixture f;
    const auto report = importCsv(*f.db, QStringLiteral("opportunities"),
                                  QStringLiteral("name,customer,contact,stage,amount,probability,created_on,expected_close_date,closed_on,lost_reason\n"
                                                 "A,上海华信电子有限公司,张伟,Won,\"1,000.00\",,2026-01-10,2026-02-01,,\n"
                                                 "B,,,输单,,,2026/1/11,,2026年2月3日,价格太高\n"
                                                 "C,上海华信电子有限公司,,solution design,500,45%,,,,\n"
                                                 "D,,张伟,,,,,,,\n"),
                                  today());
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    const Fields a = one(*f.db, QStringLiteral("SELECT o.*, s.name AS stage FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.name = 'A'"));
    CHECK(a.value(QStringLiteral("status")) == QStringLiteral("won"));
    CHECK(a.value(QStringLiteral("stage")) == QStringLiteral("赢单"));
    CHECK(a.value(QStringLiteral("probability_ppm")).toLongLong() == 1000000);
    CHECK(a.value(QStringLiteral("closed_on")) == QStringLiteral("2026-02-01"));
    CHECK(a.value(QStringLiteral("amount")).toLongLong() == 100000);
    CHECK(a.value(QStringLiteral("contact_id")).toLongLong() == f.contactId);
    const Fields b = one(*f.db, QStringLiteral("SELECT * FROM opportunities WHERE name = 'B'"));
    CHECK(b.value(QStringLiteral("status")) == QStringLiteral("lost"));
    CHECK(b.value(QStringLiteral("amount")).toLongLong() == 0);
    CHECK(b.value(QStringLiteral("customer_id")).isNull());
    CHECK(b.value(QStringLiteral("closed_on")) == QStringLiteral("2026-02-03"));
    CHECK(b.value(QStringLiteral("lost_reason")) == QStringLiteral("价格太高"));
    CHECK(b.value(QStringLiteral("code")) == QStringLiteral("OPP-2026-0002"));
    const Fields c = one(*f.db, QStringLiteral("SELECT * FROM opportunities WHERE name = 'C'"));
    CHECK(c.value(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(c.value(QStringLiteral("probability_ppm")).toLongLong() == 450000);
    CHECK(c.value(QStringLiteral("created_on")) == QStringLiteral("2026-03-02"));
    // A contact named without its customer brings the customer along.
    const Fields d = one(*f.db, QStringLiteral("SELECT * FROM opportunities WHERE name = 'D'"));
    CHECK(d.value(QStringLiteral("customer_id")).toLongLong() == f.customerId);
    CHECK(d.value(QStringLiteral("probability_ppm")).toLongLong() == 100000);
    // Every opportunity starts its stage history.
    CHECK(rowCount(*f.db, QStringLiteral("opportunity_stage_history")) == 4);

    const auto conflict = importCsv(*f.db, QStringLiteral("opportunities"),
                                    QStringLiteral("name,stage,status\nE,赢单,open\n"), today());
    REQUIRE(conflict.problems.size() == 1);
    CHECK(conflict.problems[0].message.startsWith(QStringLiteral("status:")));
}

TEST_CASE("Duplicate customers are skipped and reported, or updated with --update-existing")
{
    test::ChainFixture f;
    REQUIRE(importCsv(*f.db, QStringLiteral("customers"),
                      QStringLiteral("name,tax_id\n深圳新星科技,91440300X\n"), today()).ok());
    const QString again = QStringLiteral("name,tax_id,phone,city\n"
                                         "上海华信电子有限公司,,021-5555,\n"
                                         "深圳新星科技有限公司,91440300X,0755-1234,深圳\n"
                                         "全新客户,,,\n");
    const auto skipped = importCsv(*f.db, QStringLiteral("customers"), again, today());
    REQUIRE(skipped.ok());
    CHECK(skipped.created == 1);
    CHECK(skipped.skipped == 2);
    CHECK(skipped.notes.filter(QStringLiteral("already stored")).size() == 2);
    CHECK(rowCount(*f.db, QStringLiteral("customers")) == 3);

    ImportOptions update = today();
    update.updateExisting = true;
    const auto updated = importCsv(*f.db, QStringLiteral("customers"), again, update);
    INFO(problemsOf(updated));
    REQUIRE(updated.ok());
    CHECK(updated.updated == 3);
    CHECK(updated.created == 0);
    CHECK(rowCount(*f.db, QStringLiteral("customers")) == 3);
    const Fields byTaxId = one(*f.db, QStringLiteral("SELECT * FROM customers WHERE tax_id = '91440300X'"));
    CHECK(byTaxId.value(QStringLiteral("phone")) == QStringLiteral("0755-1234"));
    CHECK(byTaxId.value(QStringLiteral("name")) == QStringLiteral("深圳新星科技有限公司"));
    CHECK(byTaxId.value(QStringLiteral("version")).toLongLong() == 2);
    // Empty cells leave what is stored alone.
    const Fields huaxin = one(*f.db, QStringLiteral("SELECT * FROM customers WHERE id = ?"), {f.customerId});
    CHECK(huaxin.value(QStringLiteral("phone")) == QStringLiteral("021-5555"));
    CHECK(huaxin.value(QStringLiteral("status")) == QStringLiteral("active"));
}

TEST_CASE("Column and value mappings read files from other systems")
{
    test::ChainFixture f;
    ImportOptions options = today();
    auto columns = ImportOptions::parseColumns(QStringLiteral("leads"), {QStringLiteral("company=Firma,contact_name=2,source=Quelle")});
    REQUIRE(columns);
    options.columns = *columns;
    auto values = ImportOptions::parseValues(QStringLiteral("leads"), {QStringLiteral("source:Messe=campaign,Empfehlung=customer_referral")});
    REQUIRE(values);
    options.values = *values;
    const auto report = importCsv(*f.db, QStringLiteral("leads"),
                                  QStringLiteral("Firma,Ansprechpartner,Quelle,Telefon\nMüller GmbH,Anna Müller,Messe,+49 30 1234\n"
                                                 "Schmidt AG,Jan Schmidt,Empfehlung,\n"),
                                  options);
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    CHECK(report.created == 2);
    CHECK(report.notes.filter(QStringLiteral("Telefon")).size() == 1);
    const Fields lead = one(*f.db, QStringLiteral("SELECT * FROM leads WHERE company = 'Müller GmbH'"));
    CHECK(lead.value(QStringLiteral("contact_name")) == QStringLiteral("Anna Müller"));
    CHECK(lead.value(QStringLiteral("source")) == QStringLiteral("campaign"));
    CHECK(lead.value(QStringLiteral("status")) == QStringLiteral("unassigned"));

    ImportOptions missing = today();
    missing.columns.insert(QStringLiteral("company"), QStringLiteral("Unternehmen"));
    const auto refused = importCsv(*f.db, QStringLiteral("leads"), QStringLiteral("Firma\nX\n"), missing);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].row == 1);
    CHECK(refused.problems[0].message.contains(QStringLiteral("Unternehmen")));

    const auto noName = importCsv(*f.db, QStringLiteral("customers"), QStringLiteral("phone\n123\n"), today());
    REQUIRE(noName.problems.size() == 1);
    CHECK(noName.problems[0].message.contains(QStringLiteral("客户名称")));
}

TEST_CASE("A dry run does everything, reports what would be created and writes nothing")
{
    test::ChainFixture f;
    ImportOptions options = today();
    options.dryRun = true;
    options.createMissing = true;
    const qint64 audit = rowCount(*f.db, QStringLiteral("audit_log"));
    const auto report = importCsv(*f.db, QStringLiteral("customers"), QStringLiteral("name,owner\nA,新销售\nB,新销售\n"), options);
    REQUIRE(report.ok());
    CHECK(report.dryRun);
    CHECK_FALSE(report.written);
    CHECK(report.created == 2);
    CHECK(report.notes == QStringList{QStringLiteral("Would create the salesperson '新销售' (first needed in row 2).")});
    CHECK(rowCount(*f.db, QStringLiteral("customers")) == 1);
    CHECK(rowCount(*f.db, QStringLiteral("users")) == 3);
    CHECK(rowCount(*f.db, QStringLiteral("audit_log")) == audit);
}

TEST_CASE("Salespeople import with teams and managers named further down the file")
{
    test::ChainFixture f;
    ImportOptions options = today();
    options.createMissing = true;
    const auto report = importCsv(*f.db, QStringLiteral("users"),
                                  QStringLiteral("姓名,邮箱,团队,上级,角色,在职\n"
                                                 "赵六,zhao@example.com,华南销售部,钱七,销售代表,是\n"
                                                 "钱七,qian@example.com,华南销售部,,销售经理,是\n"
                                                 "孙八,,华东销售部,王经理,rep,否\n"),
                                  options);
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    CHECK(report.created == 3);
    const Fields zhao = one(*f.db, QStringLiteral("SELECT u.*, m.name AS manager, t.name AS team FROM users u"
                                                  " LEFT JOIN users m ON m.id = u.manager_id LEFT JOIN teams t ON t.id = u.team_id"
                                                  " WHERE u.name = '赵六'"));
    CHECK(zhao.value(QStringLiteral("manager")) == QStringLiteral("钱七"));
    CHECK(zhao.value(QStringLiteral("team")) == QStringLiteral("华南销售部"));
    CHECK(zhao.value(QStringLiteral("role")) == QStringLiteral("rep"));
    const Fields sun = one(*f.db, QStringLiteral("SELECT * FROM users WHERE name = '孙八'"));
    CHECK(sun.value(QStringLiteral("manager_id")).toLongLong() == f.managerId);
    CHECK(sun.value(QStringLiteral("team_id")).toLongLong() == f.teamId);
    CHECK(sun.value(QStringLiteral("active")).toInt() == 0);
    CHECK(report.notes.filter(QStringLiteral("华南销售部")).size() == 1);
}

TEST_CASE("Products contacts leads and activities follow their rules")
{
    test::ChainFixture f;
    const auto products = importCsv(*f.db, QStringLiteral("products"),
                                    QStringLiteral("产品编码,产品名称,规格,单位,标准价格,税率\n"
                                                   "PJ-100,投影仪,4K,台,\"¥3,999.00\",13%\n"
                                                   ",培训服务,,天,800,6\n"),
                                    today());
    INFO(problemsOf(products));
    REQUIRE(products.ok());
    const Fields training = one(*f.db, QStringLiteral("SELECT * FROM products WHERE name = '培训服务'"));
    CHECK(training.value(QStringLiteral("list_price")).toLongLong() == 80000);
    CHECK(training.value(QStringLiteral("tax_rate_ppm")).toLongLong() == 60000);
    CHECK(training.value(QStringLiteral("sku")) == QStringLiteral("P-00003"));

    const auto contacts = importCsv(*f.db, QStringLiteral("contacts"),
                                    QStringLiteral("客户,联系人,职务,手机,邮箱,微信,主要联系人\n"
                                                   "上海华信电子有限公司,刘洋,采购经理,13911112222,liu@example.com,liuyang88,否\n"
                                                   ",独立顾问,,,,,\n"),
                                    today());
    INFO(problemsOf(contacts));
    REQUIRE(contacts.ok());
    const Fields liu = one(*f.db, QStringLiteral("SELECT * FROM contacts WHERE name = '刘洋'"));
    CHECK(liu.value(QStringLiteral("customer_id")).toLongLong() == f.customerId);
    CHECK(liu.value(QStringLiteral("im_id")) == QStringLiteral("liuyang88"));

    const auto leads = importCsv(*f.db, QStringLiteral("leads"),
                                 QStringLiteral("公司,联系人,状态,负责人\n,,未分配,\nA公司,,已分配,\nB公司,,,李娜\n"), today());
    REQUIRE(leads.problems.size() == 2);
    CHECK(leads.problems[0].row == 2);
    CHECK(leads.problems[1].message.startsWith(QStringLiteral("status:")));

    const auto activities = importCsv(*f.db, QStringLiteral("activities"),
                                      QStringLiteral("类型,主题,计划时间,提醒时间,状态,客户,联系人\n"
                                                     "拜访,季度回顾,2026-03-05 14:00,2026-03-05 13:30,,上海华信电子有限公司,张伟\n"
                                                     "电话,催款,2026-03-06 10:00,,已完成,上海华信电子有限公司,\n"
                                                     "会议,无人可找,2026-03-07 10:00,,,,\n"
                                                     "任务,提醒太晚,2026-03-07 10:00,2026-03-07 11:00,,上海华信电子有限公司,\n"
                                                     "拜访,错的联系人,2026-03-07 10:00,,,上海华信电子有限公司,刘洋洋\n"),
                                      today());
    REQUIRE(activities.problems.size() == 3);
    CHECK(activities.problems[0].row == 4);
    CHECK(activities.problems[1].message.startsWith(QStringLiteral("remind_at:")));
    CHECK(activities.problems[2].message.contains(QStringLiteral("刘洋")));

    const auto good = importCsv(*f.db, QStringLiteral("activities"),
                                QStringLiteral("kind,subject,due_at,remind_at,status,customer,contact\n"
                                               "visit,季度回顾,2026-03-05 14:00,2026-03-05 13:30,,上海华信电子有限公司,张伟\n"
                                               "call,催款,2026-03-06 10:00,,done,上海华信电子有限公司,\n"),
                                today());
    INFO(problemsOf(good));
    REQUIRE(good.ok());
    const Fields visit = one(*f.db, QStringLiteral("SELECT * FROM activities WHERE subject = '季度回顾'"));
    CHECK(visit.value(QStringLiteral("due_at")) == QStringLiteral("2026-03-05T06:00:00Z"));
    CHECK(visit.value(QStringLiteral("remind_at")) == QStringLiteral("2026-03-05T05:30:00Z"));
    CHECK(visit.value(QStringLiteral("status")) == QStringLiteral("planned"));
    CHECK(visit.value(QStringLiteral("owner_id")).toLongLong() == f.repId);
    const Fields call = one(*f.db, QStringLiteral("SELECT * FROM activities WHERE subject = '催款'"));
    CHECK(call.value(QStringLiteral("status")) == QStringLiteral("done"));
    CHECK(call.value(QStringLiteral("done_at")) == QStringLiteral("2026-03-06T02:00:00Z"));

    const auto twice = importCsv(*f.db, QStringLiteral("activities"),
                                 QStringLiteral("kind,subject,due_at,customer,contact\nvisit,季度回顾,2026-03-05 14:00,上海华信电子有限公司,张伟\n"),
                                 today());
    CHECK(twice.skipped == 1);
}

TEST_CASE("Cancelling through the progress callback rolls everything back")
{
    test::ChainFixture f;
    CsvWriter csv;
    csv.addRecord({QStringLiteral("name")});
    for (int i = 0; i < 1200; ++i)
        csv.addRecord({QStringLiteral("客户%1").arg(i)});
    ImportOptions options = today();
    int calls = 0;
    options.progress = [&calls](int done, int total) {
        CHECK(total == 1200);
        CHECK(done <= total);
        return ++calls < 2;
    };
    const auto report = importCsv(*f.db, QStringLiteral("customers"), csv.text(), options);
    CHECK(calls == 2);
    CHECK_FALSE(report.written);
    CHECK(report.notes.filter(QStringLiteral("cancelled")).size() == 1);
    CHECK(rowCount(*f.db, QStringLiteral("customers")) == 1);
}

TEST_CASE("Imported records are found by the search box and a dry run leaves the index as it was")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("search.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    const auto indexed = [&](const QString &text) {
        auto count = (*db)->scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"),
                                   {QStringLiteral("\"%1\"").arg(text)});
        REQUIRE(count);
        return count->toLongLong();
    };
    const auto triggerThere = [&] {
        auto count = (*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_customers_insert'"));
        REQUIRE(count);
        return count->toLongLong() == 1;
    };
    const QString file = QStringLiteral("客户名称,电话,客户编号\n上海华信电子有限公司,021-5555 1234,HX-1\n北京中科软件有限公司,010-6666 2345,ZK-2\n");
    ImportOptions dry = today();
    dry.dryRun = true;
    CHECK(importCsv(**db, QStringLiteral("customers"), file, dry).created == 2);
    CHECK(triggerThere());
    CHECK(indexed(QStringLiteral("华信电子")) == 0);

    const ImportReport report = importCsv(**db, QStringLiteral("customers"), file, today());
    INFO(problemsOf(report));
    REQUIRE(report.written);
    // Indexed as the trigger would have: name, code and the phone without its dash and space.
    CHECK(indexed(QStringLiteral("华信电子")) == 1);
    CHECK(indexed(QStringLiteral("ZK-2")) == 1);
    CHECK(indexed(QStringLiteral("02155551234")) == 1);
    CHECK(triggerThere());
    // The trigger is back: a customer added afterwards is indexed at once.
    REQUIRE(RecordStore(**db).insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("GZ-3")},
                                                                   {QStringLiteral("name"), QStringLiteral("广州恒达贸易有限公司")}}));
    CHECK(indexed(QStringLiteral("恒达贸易")) == 1);

    // Updated rows are indexed once, with their new text.
    ImportOptions update = today();
    update.updateExisting = true;
    const ImportReport again = importCsv(**db, QStringLiteral("customers"),
                                         QStringLiteral("客户名称,电话,客户编号\n上海华信电子集团,021-5555 9999,HX-1\n"), update);
    REQUIRE(again.written);
    CHECK(again.updated == 1);
    CHECK(indexed(QStringLiteral("华信电子集团")) == 1);
    CHECK(indexed(QStringLiteral("02155551234")) == 0);
    auto total = (*db)->scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE rowid BETWEEN 1000000000000 AND 1999999999999"));
    REQUIRE(total);
    CHECK(total->toLongLong() == 3);
    auto hashsize = (*db)->scalar(QStringLiteral("SELECT v FROM search_index_config WHERE k = 'hashsize'"));
    REQUIRE(hashsize);
    CHECK(hashsize->toLongLong() == 1024 * 1024);
}
