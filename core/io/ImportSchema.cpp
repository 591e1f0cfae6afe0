#include "core/io/ImportSchema.h"

#include <algorithm>

namespace qianyue {

namespace {

using T = FieldType;

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *item : items)
        out << QString::fromUtf16(item);
    return out;
}

// The fields every kind shares, spelled once.
ImportField owner()
{
    return {QStringLiteral("owner"), s(u"Owner"), s(u"负责人"),
            QT_TRANSLATE_NOOP("ImportSchema", "The salesperson responsible, by name or e-mail."), T::Reference,
            QStringLiteral("owner_id"), QStringLiteral("users"), false,
            list({u"销售员", u"业务员", u"所有者", u"销售负责人", u"客户经理", u"salesperson", u"sales rep", u"account manager",
                  u"assigned to"})};
}

ImportField customerReference()
{
    return {QStringLiteral("customer"), s(u"Customer"), s(u"客户"),
            QT_TRANSLATE_NOOP("ImportSchema", "The customer, by name or customer code."), T::Reference,
            QStringLiteral("customer_id"), QStringLiteral("customers"), false,
            list({u"客户名称", u"公司名称", u"单位名称", u"account", u"organization", u"customer name", u"account name"})};
}

ImportField email()
{
    return {QStringLiteral("email"), s(u"Email"), s(u"邮箱"), QT_TRANSLATE_NOOP("ImportSchema", "E-mail address."),
            T::Text, QStringLiteral("email"), {}, false,
            list({u"电子邮件", u"电子邮箱", u"邮件地址", u"e-mail", u"mail", u"email address"})};
}

ImportField notes()
{
    return {QStringLiteral("notes"), s(u"Notes"), s(u"备注"), QT_TRANSLATE_NOOP("ImportSchema", "Free text notes."),
            T::Text, QStringLiteral("notes"), {}, false,
            list({u"说明", u"描述", u"description", u"remarks", u"comment", u"comments"})};
}

ImportField currency()
{
    return {QStringLiteral("currency"), s(u"Currency"), s(u"币种"),
            QT_TRANSLATE_NOOP("ImportSchema", "ISO 4217 currency code (CNY, USD, …); the base currency when empty."),
            T::Currency, QStringLiteral("currency"), {}, false, list({u"货币", u"币别"})};
}

ImportField source()
{
    return {QStringLiteral("source"), s(u"Source"), s(u"来源"),
            QT_TRANSLATE_NOOP("ImportSchema", "Where it came from: campaign, employee_referral, hotline, ad_response, "
                                              "customer_referral, web or other."),
            T::Choice, QStringLiteral("source"), QStringLiteral("source"), false,
            list({u"客户来源", u"线索来源", u"商机来源", u"lead source"})};
}

ImportField closedOn()
{
    return {QStringLiteral("closed_on"), s(u"Closed on"), s(u"关闭日期"),
            QT_TRANSLATE_NOOP("ImportSchema", "Date it was closed."), T::Date, QStringLiteral("closed_on"), {}, false,
            list({u"结束日期", u"close date", u"closed"})};
}

std::vector<ImportField> userFields()
{
    return {
        {QStringLiteral("name"), s(u"Name"), s(u"姓名"), QT_TRANSLATE_NOOP("ImportSchema", "Full name of the salesperson."),
         T::Text, QStringLiteral("name"), {}, true, list({u"名字", u"销售员", u"用户名", u"full name", u"user name", u"user"})},
        email(),
        {QStringLiteral("team"), s(u"Team"), s(u"团队"), QT_TRANSLATE_NOOP("ImportSchema", "Sales team, by name."),
         T::Reference, QStringLiteral("team_id"), QStringLiteral("teams"), false,
         list({u"部门", u"销售部门", u"小组", u"department", u"sales team"})},
        {QStringLiteral("manager"), s(u"Manager"), s(u"上级"),
         QT_TRANSLATE_NOOP("ImportSchema", "The salesperson's manager, by name."), T::Reference,
         QStringLiteral("manager_id"), QStringLiteral("users"), false,
         list({u"直属上级", u"主管", u"汇报对象", u"reports to", u"supervisor"})},
        {QStringLiteral("role"), s(u"Role"), s(u"角色"), QT_TRANSLATE_NOOP("ImportSchema", "rep, manager or admin."),
         T::Choice, QStringLiteral("role"), QStringLiteral("role"), false, list({u"岗位", u"职能", u"user role"})},
        {QStringLiteral("active"), s(u"Active"), s(u"在职"),
         QT_TRANSLATE_NOOP("ImportSchema", "Whether the salesperson still works here (yes/no)."), T::Boolean,
         QStringLiteral("active"), {}, false, list({u"启用", u"是否在职", u"enabled"})},
    };
}

std::vector<ImportField> customerFields()
{
    return {
        {QStringLiteral("code"), s(u"Code"), s(u"客户编号"),
         QT_TRANSLATE_NOOP("ImportSchema", "Customer code; numbered automatically when empty."), T::Text,
         QStringLiteral("code"), {}, false, list({u"编号", u"客户代码", u"客户编码", u"customer code", u"customer no", u"customer number"})},
        {QStringLiteral("name"), s(u"Name"), s(u"客户名称"), QT_TRANSLATE_NOOP("ImportSchema", "Company or person name."),
         T::Text, QStringLiteral("name"), {}, true,
         list({u"名称", u"公司名称", u"客户", u"客户名", u"单位名称", u"company", u"company name", u"customer", u"customer name",
               u"account name"})},
        {QStringLiteral("kind"), s(u"Kind"), s(u"客户类型"), QT_TRANSLATE_NOOP("ImportSchema", "company or person."),
         T::Choice, QStringLiteral("kind"), QStringLiteral("customer_kind"), false, list({u"类型", u"type", u"customer type"})},
        {QStringLiteral("industry"), s(u"Industry"), s(u"行业"), QT_TRANSLATE_NOOP("ImportSchema", "Industry."), T::Text,
         QStringLiteral("industry"), {}, false, list({u"所属行业", u"sector"})},
        {QStringLiteral("tax_id"), s(u"Tax ID"), s(u"税号"),
         QT_TRANSLATE_NOOP("ImportSchema", "Tax number (统一社会信用代码); also used to find duplicates."), T::Text,
         QStringLiteral("tax_id"), {}, false,
         list({u"纳税人识别号", u"统一社会信用代码", u"信用代码", u"tax number", u"vat id", u"vat number"})},
        {QStringLiteral("phone"), s(u"Phone"), s(u"电话"), QT_TRANSLATE_NOOP("ImportSchema", "Main telephone number."),
         T::Text, QStringLiteral("phone"), {}, false, list({u"联系电话", u"座机", u"电话号码", u"telephone", u"tel"})},
        email(),
        {QStringLiteral("website"), s(u"Website"), s(u"网址"), QT_TRANSLATE_NOOP("ImportSchema", "Web site."), T::Text,
         QStringLiteral("website"), {}, false, list({u"网站", u"官网", u"web", u"url", u"homepage"})},
        {QStringLiteral("province"), s(u"Province"), s(u"省份"), QT_TRANSLATE_NOOP("ImportSchema", "Province or state."),
         T::Text, QStringLiteral("province"), {}, false, list({u"省", u"所在省份", u"state", u"region"})},
        {QStringLiteral("city"), s(u"City"), s(u"城市"), QT_TRANSLATE_NOOP("ImportSchema", "City."), T::Text,
         QStringLiteral("city"), {}, false, list({u"市", u"所在城市", u"town"})},
        {QStringLiteral("address"), s(u"Address"), s(u"地址"), QT_TRANSLATE_NOOP("ImportSchema", "Street address."),
         T::Text, QStringLiteral("address"), {}, false, list({u"详细地址", u"联系地址", u"通讯地址", u"street", u"street address"})},
        source(),
        {QStringLiteral("status"), s(u"Status"), s(u"状态"),
         QT_TRANSLATE_NOOP("ImportSchema", "prospect, active, dormant or lost."), T::Choice, QStringLiteral("status"),
         QStringLiteral("customer_status"), false, list({u"客户状态", u"customer status"})},
        notes(),
        {QStringLiteral("marketing_consent"), s(u"Marketing consent"), s(u"营销许可"),
         QT_TRANSLATE_NOOP("ImportSchema", "Whether the customer agreed to marketing messages (yes/no)."), T::Boolean,
         QStringLiteral("marketing_consent"), {}, false, list({u"同意营销", u"接受营销", u"consent"})},
        {QStringLiteral("consent_date"), s(u"Consent date"), s(u"许可日期"),
         QT_TRANSLATE_NOOP("ImportSchema", "Date of the marketing consent."), T::Date, QStringLiteral("consent_date"), {},
         false, list({u"同意日期"})},
        owner(),
    };
}

std::vector<ImportField> contactFields()
{
    return {
        customerReference(),
        {QStringLiteral("name"), s(u"Name"), s(u"姓名"), QT_TRANSLATE_NOOP("ImportSchema", "The contact's name."), T::Text,
         QStringLiteral("name"), {}, true, list({u"联系人", u"联系人姓名", u"名字", u"contact", u"contact name", u"full name"})},
        {QStringLiteral("title"), s(u"Title"), s(u"职务"), QT_TRANSLATE_NOOP("ImportSchema", "Job title."), T::Text,
         QStringLiteral("title"), {}, false, list({u"职位", u"头衔", u"job title", u"position"})},
        {QStringLiteral("phone"), s(u"Phone"), s(u"电话"), QT_TRANSLATE_NOOP("ImportSchema", "Office telephone number."),
         T::Text, QStringLiteral("phone"), {}, false, list({u"办公电话", u"座机", u"联系电话", u"work phone", u"telephone", u"tel"})},
        {QStringLiteral("mobile"), s(u"Mobile"), s(u"手机"), QT_TRANSLATE_NOOP("ImportSchema", "Mobile phone number."),
         T::Text, QStringLiteral("mobile"), {}, false, list({u"手机号", u"手机号码", u"移动电话", u"cell", u"cell phone", u"mobile phone"})},
        email(),
        {QStringLiteral("im_id"), s(u"IM"), s(u"微信/QQ"),
         QT_TRANSLATE_NOOP("ImportSchema", "Instant messaging id (WeChat, QQ, …)."), T::Text, QStringLiteral("im_id"), {},
         false, list({u"微信", u"微信号", u"qq", u"im id", u"wechat", u"即时通讯"})},
        {QStringLiteral("is_primary"), s(u"Primary"), s(u"主要联系人"),
         QT_TRANSLATE_NOOP("ImportSchema", "Whether this is the customer's main contact (yes/no)."), T::Boolean,
         QStringLiteral("is_primary"), {}, false, list({u"首要联系人", u"是否主要联系人", u"primary contact"})},
        owner(),
        {QStringLiteral("address"), s(u"Address"), s(u"地址"), QT_TRANSLATE_NOOP("ImportSchema", "Postal address."),
         T::Text, QStringLiteral("address"), {}, false, list({u"详细地址", u"联系地址", u"通讯地址", u"street", u"street address"})},
        notes(),
    };
}

std::vector<ImportField> leadFields()
{
    return {
        {QStringLiteral("company"), s(u"Company"), s(u"公司"), QT_TRANSLATE_NOOP("ImportSchema", "Company name."), T::Text,
         QStringLiteral("company"), {}, false, list({u"公司名称", u"单位", u"单位名称", u"company name", u"organization"})},
        {QStringLiteral("contact_name"), s(u"Contact name"), s(u"联系人"),
         QT_TRANSLATE_NOOP("ImportSchema", "Name of the person (a company or a contact name is needed)."), T::Text,
         QStringLiteral("contact_name"), {}, false, list({u"姓名", u"联系人姓名", u"name", u"contact", u"full name"})},
        {QStringLiteral("phone"), s(u"Phone"), s(u"电话"), QT_TRANSLATE_NOOP("ImportSchema", "Telephone number."), T::Text,
         QStringLiteral("phone"), {}, false, list({u"手机", u"联系电话", u"mobile", u"telephone", u"tel"})},
        email(),
        source(),
        {QStringLiteral("interest"), s(u"Interest"), s(u"意向"),
         QT_TRANSLATE_NOOP("ImportSchema", "What the lead is interested in."), T::Text, QStringLiteral("interest"), {},
         false, list({u"需求", u"意向产品", u"感兴趣的产品", u"interested in"})},
        {QStringLiteral("status"), s(u"Status"), s(u"状态"),
         QT_TRANSLATE_NOOP("ImportSchema", "unassigned, assigned, converted or disqualified; from the owner when empty."),
         T::Choice, QStringLiteral("status"), QStringLiteral("lead_status"), false, list({u"线索状态", u"lead status"})},
        {QStringLiteral("result"), s(u"Result"), s(u"处理结果"), QT_TRANSLATE_NOOP("ImportSchema", "What came of the lead."),
         T::Text, QStringLiteral("result"), {}, false, list({u"结果"})},
        {QStringLiteral("disqualify_reason"), s(u"Disqualification reason"), s(u"失败原因"),
         QT_TRANSLATE_NOOP("ImportSchema", "Why a disqualified lead was closed."), T::Text,
         QStringLiteral("disqualify_reason"), {}, false, list({u"关闭原因", u"无效原因", u"reason"})},
        customerReference(),
        owner(),
        {QStringLiteral("created_on"), s(u"Created on"), s(u"创建日期"),
         QT_TRANSLATE_NOOP("ImportSchema", "Date the lead came in; today when empty."), T::Date, QStringLiteral("created_on"),
         {}, false, list({u"日期", u"登记日期", u"date", u"created"})},
        closedOn(),
    };
}

std::vector<ImportField> opportunityFields()
{
    return {
        {QStringLiteral("code"), s(u"Code"), s(u"商机编号"),
         QT_TRANSLATE_NOOP("ImportSchema", "Opportunity code; numbered automatically when empty."), T::Text,
         QStringLiteral("code"), {}, false, list({u"编号", u"机会编号", u"opportunity code", u"deal id"})},
        {QStringLiteral("name"), s(u"Name"), s(u"商机名称"), QT_TRANSLATE_NOOP("ImportSchema", "Name of the opportunity."),
         T::Text, QStringLiteral("name"), {}, true,
         list({u"名称", u"机会名称", u"项目名称", u"商机", u"opportunity", u"opportunity name", u"deal", u"deal name"})},
        customerReference(),
        {QStringLiteral("contact"), s(u"Contact"), s(u"联系人"),
         QT_TRANSLATE_NOOP("ImportSchema", "A contact of the customer, by name."), T::Reference, QStringLiteral("contact_id"),
         QStringLiteral("contacts"), false, list({u"联系人姓名", u"contact name"})},
        owner(),
        {QStringLiteral("stage"), s(u"Stage"), s(u"阶段"),
         QT_TRANSLATE_NOOP("ImportSchema", "Pipeline stage by name in either language; a won or lost stage closes it."),
         T::Reference, QStringLiteral("stage_id"), QStringLiteral("pipeline_stages"), false,
         list({u"销售阶段", u"商机阶段", u"sales stage", u"pipeline stage"})},
        {QStringLiteral("status"), s(u"Status"), s(u"状态"),
         QT_TRANSLATE_NOOP("ImportSchema", "open, won or lost; follows the stage when empty."), T::Choice,
         QStringLiteral("status"), QStringLiteral("opportunity_status"), false, list({u"商机状态"})},
        {QStringLiteral("amount"), s(u"Amount"), s(u"预计金额"),
         QT_TRANSLATE_NOOP("ImportSchema", "Expected amount in the currency; zero when empty."), T::Money,
         QStringLiteral("amount"), {}, false,
         list({u"金额", u"预计成交金额", u"商机金额", u"expected amount", u"value", u"deal value"})},
        currency(),
        {QStringLiteral("probability"), s(u"Probability"), s(u"赢率"),
         QT_TRANSLATE_NOOP("ImportSchema", "Chance of winning (60% or 0.6); the stage's default when empty."), T::Percent,
         QStringLiteral("probability_ppm"), {}, false, list({u"可能性", u"成交概率", u"赢单率", u"win probability"})},
        {QStringLiteral("product"), s(u"Product"), s(u"产品"),
         QT_TRANSLATE_NOOP("ImportSchema", "Products of interest by name or SKU, several separated by ';'."), T::Reference,
         {}, QStringLiteral("products"), false, list({u"意向产品", u"产品名称", u"products"})},
        source(),
        {QStringLiteral("sales_method"), s(u"Sales method"), s(u"销售方式"),
         QT_TRANSLATE_NOOP("ImportSchema", "Sales method; standard when empty."), T::Text, QStringLiteral("sales_method"),
         {}, false, list({u"销售方法"})},
        {QStringLiteral("created_on"), s(u"Created on"), s(u"创建日期"),
         QT_TRANSLATE_NOOP("ImportSchema", "Date the opportunity was opened; today when empty."), T::Date,
         QStringLiteral("created_on"), {}, false, list({u"日期", u"date", u"created"})},
        {QStringLiteral("expected_close_date"), s(u"Expected close date"), s(u"预计成交日期"),
         QT_TRANSLATE_NOOP("ImportSchema", "Date the deal is expected to close."), T::Date,
         QStringLiteral("expected_close_date"), {}, false, list({u"预计签约日期", u"预计结束日期", u"expected close"})},
        closedOn(),
        {QStringLiteral("lost_reason"), s(u"Lost reason"), s(u"输单原因"),
         QT_TRANSLATE_NOOP("ImportSchema", "Why a lost opportunity was lost."), T::Text, QStringLiteral("lost_reason"), {},
         false, list({u"丢单原因", u"失败原因", u"reason"})},
        notes(),
    };
}

std::vector<ImportField> productFields()
{
    return {
        {QStringLiteral("sku"), s(u"SKU"), s(u"产品编码"),
         QT_TRANSLATE_NOOP("ImportSchema", "Stock keeping unit; numbered automatically when empty."), T::Text,
         QStringLiteral("sku"), {}, false, list({u"编码", u"物料编码", u"产品编号", u"货号", u"code", u"item code", u"product code"})},
        {QStringLiteral("name"), s(u"Name"), s(u"产品名称"), QT_TRANSLATE_NOOP("ImportSchema", "Product name."), T::Text,
         QStringLiteral("name"), {}, true, list({u"名称", u"品名", u"产品", u"product", u"product name"})},
        {QStringLiteral("specification"), s(u"Specification"), s(u"规格"),
         QT_TRANSLATE_NOOP("ImportSchema", "Specification or model."), T::Text, QStringLiteral("specification"), {}, false,
         list({u"规格型号", u"型号", u"spec", u"model"})},
        {QStringLiteral("unit"), s(u"Unit"), s(u"计量单位"), QT_TRANSLATE_NOOP("ImportSchema", "Unit of measure (台, 年, kg)."),
         T::Text, QStringLiteral("unit"), {}, false, list({u"单位", u"uom", u"unit of measure"})},
        {QStringLiteral("list_price"), s(u"List price"), s(u"标准价格"),
         QT_TRANSLATE_NOOP("ImportSchema", "List price in the currency; zero when empty."), T::Money,
         QStringLiteral("list_price"), {}, false, list({u"价格", u"单价", u"标准单价", u"售价", u"price", u"unit price"})},
        currency(),
        {QStringLiteral("tax_rate"), s(u"Tax rate"), s(u"税率"), QT_TRANSLATE_NOOP("ImportSchema", "VAT rate (13% or 0.13)."),
         T::Percent, QStringLiteral("tax_rate_ppm"), {}, false, list({u"增值税率", u"vat", u"vat rate"})},
        {QStringLiteral("active"), s(u"Active"), s(u"启用"),
         QT_TRANSLATE_NOOP("ImportSchema", "Whether the product is still sold (yes/no)."), T::Boolean,
         QStringLiteral("active"), {}, false, list({u"在售", u"是否启用", u"enabled"})},
    };
}

std::vector<ImportField> activityFields()
{
    return {
        {QStringLiteral("kind"), s(u"Kind"), s(u"活动类型"),
         QT_TRANSLATE_NOOP("ImportSchema", "call, visit, demo, email, meeting or task."), T::Choice, QStringLiteral("kind"),
         QStringLiteral("activity_kind"), true, list({u"类型", u"type", u"activity type"})},
        {QStringLiteral("subject"), s(u"Subject"), s(u"主题"), QT_TRANSLATE_NOOP("ImportSchema", "What the activity is about."),
         T::Text, QStringLiteral("subject"), {}, true, list({u"标题", u"事项", u"title", u"summary"})},
        notes(),
        {QStringLiteral("due_at"), s(u"Due"), s(u"计划时间"),
         QT_TRANSLATE_NOOP("ImportSchema", "When it is due (date and time; local time unless a zone is given)."),
         T::DateTime, QStringLiteral("due_at"), {}, false,
         list({u"时间", u"日期", u"截止时间", u"开始时间", u"due at", u"due date", u"date", u"start"})},
        {QStringLiteral("remind_at"), s(u"Reminder"), s(u"提醒时间"),
         QT_TRANSLATE_NOOP("ImportSchema", "When to remind (not after the due time)."), T::DateTime,
         QStringLiteral("remind_at"), {}, false, list({u"提醒", u"remind at"})},
        {QStringLiteral("status"), s(u"Status"), s(u"状态"), QT_TRANSLATE_NOOP("ImportSchema", "planned, done or cancelled."),
         T::Choice, QStringLiteral("status"), QStringLiteral("activity_status"), false, list({u"活动状态"})},
        {QStringLiteral("outcome"), s(u"Outcome"), s(u"结果"), QT_TRANSLATE_NOOP("ImportSchema", "What came of a done activity."),
         T::Text, QStringLiteral("outcome"), {}, false, list({u"活动结果", u"处理结果", u"result"})},
        {QStringLiteral("done_at"), s(u"Done at"), s(u"完成时间"),
         QT_TRANSLATE_NOOP("ImportSchema", "When a done activity was done; the due time when empty."), T::DateTime,
         QStringLiteral("done_at"), {}, false, list({u"完成日期", u"completed", u"completed at"})},
        customerReference(),
        {QStringLiteral("contact"), s(u"Contact"), s(u"联系人"), QT_TRANSLATE_NOOP("ImportSchema", "A contact, by name."),
         T::Reference, QStringLiteral("contact_id"), QStringLiteral("contacts"), false, list({u"联系人姓名", u"contact name"})},
        {QStringLiteral("lead"), s(u"Lead"), s(u"线索"),
         QT_TRANSLATE_NOOP("ImportSchema", "A lead, by its company or contact name."), T::Reference, QStringLiteral("lead_id"),
         QStringLiteral("leads"), false, {}},
        {QStringLiteral("opportunity"), s(u"Opportunity"), s(u"商机"),
         QT_TRANSLATE_NOOP("ImportSchema", "An opportunity, by code or name."), T::Reference,
         QStringLiteral("opportunity_id"), QStringLiteral("opportunities"), false, list({u"商机编号", u"商机名称", u"deal"})},
        owner(),
    };
}

std::vector<ImportChoice> choiceList(const QString &name)
{
    if (name == u"role")
        return {{QStringLiteral("rep"), s(u"Sales rep"), s(u"销售代表"), list({u"销售", u"销售员", u"业务员", u"salesperson", u"representative"})},
                {QStringLiteral("manager"), s(u"Manager"), s(u"销售经理"), list({u"经理", u"主管", u"sales manager"})},
                {QStringLiteral("admin"), s(u"Administrator"), s(u"管理员"), list({u"系统管理员"})}};
    if (name == u"customer_kind")
        return {{QStringLiteral("company"), s(u"Company"), s(u"企业"), list({u"公司", u"单位", u"企业客户", u"organization", u"business"})},
                {QStringLiteral("person"), s(u"Person"), s(u"个人"), list({u"个人客户", u"自然人", u"individual", u"private"})}};
    if (name == u"customer_status")
        return {{QStringLiteral("prospect"), s(u"Prospect"), s(u"潜在客户"), list({u"潜在", u"意向客户"})},
                {QStringLiteral("active"), s(u"Active"), s(u"活跃客户"), list({u"活跃", u"正式客户", u"成交客户", u"customer"})},
                {QStringLiteral("dormant"), s(u"Dormant"), s(u"休眠客户"), list({u"休眠", u"沉睡客户", u"inactive"})},
                {QStringLiteral("lost"), s(u"Lost"), s(u"流失客户"), list({u"流失", u"churned"})}};
    if (name == u"source")
        return {{QStringLiteral("campaign"), s(u"Campaign"), s(u"营销活动"), list({u"市场活动", u"活动", u"展会", u"marketing campaign"})},
                {QStringLiteral("employee_referral"), s(u"Employee referral"), s(u"员工推介"), list({u"员工推荐", u"内部推荐"})},
                {QStringLiteral("hotline"), s(u"Hotline"), s(u"800电话"), list({u"400电话", u"热线", u"热线电话", u"phone"})},
                {QStringLiteral("ad_response"), s(u"Ad response"), s(u"广告反馈"), list({u"广告", u"advertising", u"advertisement"})},
                {QStringLiteral("customer_referral"), s(u"Customer referral"), s(u"老客户推介"),
                 list({u"老客户推荐", u"客户推荐", u"客户推介", u"referral"})},
                {QStringLiteral("web"), s(u"Web"), s(u"网站"), list({u"官网", u"网络", u"互联网", u"website", u"internet", u"online"})},
                {QStringLiteral("other"), s(u"Other"), s(u"其他"), list({u"其它"})}};
    if (name == u"lead_status")
        return {{QStringLiteral("unassigned"), s(u"Unassigned"), s(u"未分配"), list({u"待分配", u"new"})},
                {QStringLiteral("assigned"), s(u"Assigned"), s(u"已分配"), list({u"跟进中"})},
                {QStringLiteral("converted"), s(u"Converted"), s(u"成功关闭"), list({u"已转化", u"已转换", u"qualified"})},
                {QStringLiteral("disqualified"), s(u"Disqualified"), s(u"失败关闭"), list({u"无效", u"已关闭"})}};
    if (name == u"opportunity_status")
        return {{QStringLiteral("open"), s(u"Open"), s(u"进行中"), list({u"跟进中", u"开放", u"in progress"})},
                {QStringLiteral("won"), s(u"Won"), s(u"赢单"), list({u"成交", u"已成交", u"closed won"})},
                {QStringLiteral("lost"), s(u"Lost"), s(u"输单"), list({u"丢单", u"失败", u"closed lost"})}};
    if (name == u"activity_kind")
        return {{QStringLiteral("call"), s(u"Call"), s(u"电话"), list({u"打电话", u"电话拜访", u"phone call", u"phone"})},
                {QStringLiteral("visit"), s(u"Visit"), s(u"拜访"), list({u"上门", u"上门拜访", u"客户拜访"})},
                {QStringLiteral("demo"), s(u"Demo"), s(u"演示"), list({u"产品演示", u"demonstration"})},
                {QStringLiteral("email"), s(u"Email"), s(u"邮件"), list({u"电子邮件", u"e-mail", u"mail"})},
                {QStringLiteral("meeting"), s(u"Meeting"), s(u"会议"), list({u"开会", u"会面", u"appointment"})},
                {QStringLiteral("task"), s(u"Task"), s(u"任务"), list({u"待办", u"todo", u"to-do"})}};
    if (name == u"activity_status")
        return {{QStringLiteral("planned"), s(u"Planned"), s(u"计划中"), list({u"计划", u"待办", u"未完成", u"open", u"needs action"})},
                {QStringLiteral("done"), s(u"Done"), s(u"已完成"), list({u"完成", u"completed"})},
                {QStringLiteral("cancelled"), s(u"Cancelled"), s(u"已取消"), list({u"取消", u"canceled"})}};
    return {};
}

} // namespace

QStringList ImportSchema::kinds()
{
    return {QStringLiteral("users"), QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("leads"),
            QStringLiteral("opportunities"), QStringLiteral("products"), QStringLiteral("activities")};
}

bool ImportSchema::isKind(const QString &kind)
{
    return kinds().contains(kind);
}

const std::vector<ImportField> &ImportSchema::fields(const QString &kind)
{
    static const QHash<QString, std::vector<ImportField>> all = {
        {QStringLiteral("users"), userFields()},
        {QStringLiteral("customers"), customerFields()},
        {QStringLiteral("contacts"), contactFields()},
        {QStringLiteral("leads"), leadFields()},
        {QStringLiteral("opportunities"), opportunityFields()},
        {QStringLiteral("products"), productFields()},
        {QStringLiteral("activities"), activityFields()},
    };
    static const std::vector<ImportField> none;
    const auto it = all.constFind(kind);
    return it == all.constEnd() ? none : it.value();
}

const ImportField *ImportSchema::field(const QString &kind, const QString &name)
{
    for (const ImportField &candidate : fields(kind)) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const std::vector<ImportChoice> &ImportSchema::choices(const QString &listName)
{
    static const QHash<QString, std::vector<ImportChoice>> all = [] {
        QHash<QString, std::vector<ImportChoice>> lists;
        for (const char *name : {"role", "customer_kind", "customer_status", "source", "lead_status", "opportunity_status",
                                 "activity_kind", "activity_status"})
            lists.insert(QLatin1String(name), choiceList(QLatin1String(name)));
        return lists;
    }();
    static const std::vector<ImportChoice> none;
    const auto it = all.constFind(listName);
    return it == all.constEnd() ? none : it.value();
}

QString ImportSchema::meaning(const ImportField &field)
{
    return tr(field.meaning);
}

QString ImportSchema::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("users"), QT_TR_NOOP("salespeople")},   {QStringLiteral("customers"), QT_TR_NOOP("customers")},
        {QStringLiteral("contacts"), QT_TR_NOOP("contacts")},   {QStringLiteral("leads"), QT_TR_NOOP("leads")},
        {QStringLiteral("opportunities"), QT_TR_NOOP("opportunities")}, {QStringLiteral("products"), QT_TR_NOOP("products")},
        {QStringLiteral("activities"), QT_TR_NOOP("activities")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : tr(it.value());
}

QString ImportSchema::key(const QString &text)
{
    QStringView view = QStringView(text).trimmed();
    // "金额(元)", "Amount (CNY)", "姓名*": the unit or marker is not part of the name.
    while (view.endsWith(QLatin1Char('*')) || view.endsWith(u'＊'))
        view.chop(1);
    if (view.endsWith(QLatin1Char(')')) || view.endsWith(u'）')) {
        const qsizetype open = std::max(view.lastIndexOf(QLatin1Char('(')), view.lastIndexOf(u'（'));
        if (open > 0)
            view = view.left(open).trimmed();
    }
    QString out;
    out.reserve(view.size());
    for (const QChar c : view) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        out += c.toLower();
    }
    return out;
}

QHash<QString, int> ImportSchema::autoMap(const QString &kind, const QStringList &header)
{
    QHash<QString, QString> byKey;
    for (const ImportField &field : fields(kind)) {
        byKey.insert(key(field.name), field.name);
        byKey.insert(key(field.english), field.name);
        byKey.insert(key(field.chinese), field.name);
    }
    // Aliases give way to names and labels of other fields.
    for (const ImportField &field : fields(kind)) {
        for (const QString &alias : field.aliases) {
            if (!byKey.contains(key(alias)))
                byKey.insert(key(alias), field.name);
        }
    }
    QHash<QString, int> mapping;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = byKey.value(key(header.at(i)));
        if (!name.isEmpty() && !mapping.contains(name))
            mapping.insert(name, int(i));
    }
    return mapping;
}

QString ImportSchema::choiceValue(const QString &listName, const QString &text)
{
    // Every spelling of every choice, looked up once per value instead of compared one by one.
    static const QHash<QString, QHash<QString, QString>> spellings = [] {
        QHash<QString, QHash<QString, QString>> all;
        for (const char *name : {"role", "customer_kind", "customer_status", "source", "lead_status", "opportunity_status",
                                 "activity_kind", "activity_status"}) {
            QHash<QString, QString> &byKey = all[QLatin1String(name)];
            for (const ImportChoice &choice : choices(QLatin1String(name))) {
                for (const QString &spelling : {choice.value, choice.english, choice.chinese}) {
                    if (!byKey.contains(key(spelling)))
                        byKey.insert(key(spelling), choice.value);
                }
            }
            for (const ImportChoice &choice : choices(QLatin1String(name))) {
                for (const QString &alias : choice.aliases) {
                    if (!byKey.contains(key(alias)))
                        byKey.insert(key(alias), choice.value);
                }
            }
        }
        return all;
    }();
    return spellings.value(listName).value(key(text));
}

} // namespace qianyue
