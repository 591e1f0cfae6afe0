#include "core/documents/DocumentLabels.h"

#include <array>
#include <utility>

namespace qianyue {

namespace {

struct LabelText {
    Label label;
    const char16_t *chinese;
    const char16_t *english;
};

// The documents' own vocabulary. Labels with %1/%2 take arguments; the
// texts are fixed per language on purpose, so none of them goes through tr().
constexpr LabelText kLabels[] = {
    {Label::QuoteTitle, u"报价单", u"QUOTATION"},
    {Label::ContractTitle, u"销售合同", u"SALES CONTRACT"},
    {Label::QuoteNumber, u"报价单号", u"Quotation No."},
    {Label::ContractNumber, u"合同编号", u"Contract No."},
    {Label::Revision, u"版本", u"Revision"},
    {Label::Date, u"日期", u"Date"},
    {Label::ValidUntil, u"有效期至", u"Valid until"},
    {Label::SignedOn, u"签订日期", u"Signed on"},
    {Label::Term, u"合同期限", u"Term"},
    {Label::Salesperson, u"销售代表", u"Salesperson"},
    {Label::Currency, u"币种", u"Currency"},
    {Label::Customer, u"客户", u"Customer"},
    {Label::Address, u"地址", u"Address"},
    {Label::Contact, u"联系人", u"Contact"},
    {Label::Phone, u"电话", u"Phone"},
    {Label::TaxId, u"统一社会信用代码", u"Tax ID"},
    {Label::BankAccount, u"开户行及账号", u"Bank account"},
    {Label::Position, u"序号", u"No."},
    {Label::Product, u"产品名称", u"Product"},
    {Label::Specification, u"规格", u"Specification"},
    {Label::Unit, u"单位", u"Unit"},
    {Label::Quantity, u"数量", u"Qty"},
    {Label::UnitPrice, u"单价", u"Unit price"},
    {Label::Discount, u"折扣", u"Discount"},
    {Label::TaxRate, u"税率", u"Tax rate"},
    {Label::Amount, u"金额", u"Amount"},
    {Label::Subtotal, u"小计（不含税）", u"Subtotal (excl. tax)"},
    {Label::TaxAt, u"税额 %1", u"Tax %1"},
    {Label::Total, u"合计（含税）", u"Total (incl. tax)"},
    {Label::AmountInWords, u"金额大写", u"Amount in words"},
    {Label::Terms, u"条款", u"Terms"},
    {Label::PaymentTerms, u"付款方式", u"Payment"},
    {Label::DeliveryTerms, u"交货方式", u"Delivery"},
    {Label::Validity, u"报价有效期", u"Validity"},
    {Label::ValidUntilSentence, u"本报价有效期至 %1。", u"This quotation is valid until %1."},
    {Label::Notes, u"备注", u"Notes"},
    {Label::Clauses, u"合同条款", u"Terms and Conditions"},
    {Label::PartyA, u"甲方（买方）", u"Party A (Buyer)"},
    {Label::PartyB, u"乙方（卖方）", u"Party B (Seller)"},
    {Label::IssuedBy, u"报价单位", u"Issued by"},
    {Label::AcceptedBy, u"客户确认", u"Accepted by the customer"},
    {Label::Name, u"名称", u"Name"},
    {Label::SignatureLine, u"授权代表（签字）", u"Authorised signature"},
    {Label::SealLine, u"盖章", u"Company seal"},
    {Label::SignDateLine, u"日期", u"Date"},
    {Label::PageOf, u"第 %1 页 共 %2 页", u"Page %1 of %2"},
    {Label::Draft, u"草稿", u"DRAFT"},
    {Label::AsAgreed, u"以双方书面约定为准", u"As agreed in writing by the parties"},
    {Label::TermRange, u"%1 至 %2", u"%1 to %2"},
    {Label::SigningDay, u"双方签字盖章之日", u"the day both parties sign"},
    {Label::UntilFulfilled, u"双方义务履行完毕之日", u"the day all obligations are fulfilled"},
    {Label::Continued, u"续", u"continued"},
};

const LabelText &entry(Label label)
{
    for (const LabelText &text : kLabels) {
        if (text.label == label)
            return text;
    }
    return kLabels[0]; // unreachable while every Label has a row above
}

constexpr std::array<const char16_t *, 12> kEnglishMonths = {u"January", u"February", u"March", u"April", u"May", u"June",
                                                             u"July", u"August", u"September", u"October", u"November",
                                                             u"December"};

} // namespace

std::optional<DocumentLanguage> DocumentLabels::parseLanguage(const QString &name)
{
    const QString key = name.trimmed().toLower().replace(u'-', u'_');
    if (key == u"zh_cn" || key == u"zh")
        return DocumentLanguage::Chinese;
    if (key == u"en" || key == u"en_us" || key == u"en_gb")
        return DocumentLanguage::English;
    if (key == u"bilingual")
        return DocumentLanguage::Bilingual;
    return std::nullopt;
}

QString DocumentLabels::languageName(DocumentLanguage language)
{
    switch (language) {
    case DocumentLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case DocumentLanguage::English:
        return QStringLiteral("en");
    case DocumentLanguage::Bilingual:
        break;
    }
    return QStringLiteral("bilingual");
}

QString DocumentLabels::chinese(Label label)
{
    return QString::fromUtf16(entry(label).chinese);
}

QString DocumentLabels::english(Label label)
{
    return QString::fromUtf16(entry(label).english);
}

QString DocumentLabels::text(Label label, DocumentLanguage language)
{
    switch (language) {
    case DocumentLanguage::Chinese:
        return chinese(label);
    case DocumentLanguage::English:
        return english(label);
    case DocumentLanguage::Bilingual:
        break;
    }
    return chinese(label) + u' ' + english(label);
}

QString DocumentLabels::stacked(Label label, DocumentLanguage language)
{
    if (language != DocumentLanguage::Bilingual)
        return text(label, language);
    return chinese(label) + QChar::LineSeparator + english(label);
}

QString DocumentLabels::date(const QDate &date, DocumentLanguage language)
{
    if (!date.isValid())
        return {};
    switch (language) {
    case DocumentLanguage::Chinese:
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    case DocumentLanguage::English:
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(QString::fromUtf16(kEnglishMonths[date.month() - 1])).arg(date.year());
    case DocumentLanguage::Bilingual:
        break;
    }
    // Both readers read ISO dates the same way.
    return date.toString(Qt::ISODate);
}

QString DocumentLabels::chineseNumber(int number)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number <= 0 || number >= 100)
        return QString::number(number);
    if (number < 10)
        return QString(digits[number]);
    const int tens = number / 10;
    const int ones = number % 10;
    QString text = tens == 1 ? QString() : QString(digits[tens]);
    text += u'十';
    if (ones)
        text += digits[ones];
    return text;
}

} // namespace qianyue
