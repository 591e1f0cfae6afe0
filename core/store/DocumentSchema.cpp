#include "core/store/Migrations.h"

// Schema version 4: what printed documents need beyond the records.
// - document_snapshots: a quote as approved or a contract as signed, as JSON,
//   so that a reprint shows what was sent even after products, prices or
//   the company profile changed;
// - document_snapshot_files: the exact PDF bytes produced from a snapshot, one
//   per language and paper size, so a reprint returns the very same file;
// - clause_templates: the numbered clauses of a sales contract, editable per
//   language, seeded with defaults in Chinese and English;
// - settings for paper, margins and the default document language.

namespace qianyue {

namespace {

struct DefaultClause {
    const char16_t *titleZh;
    const char16_t *bodyZh;
    const char16_t *titleEn;
    const char16_t *bodyEn;
};

// Placeholders in braces are filled in when the contract is printed.
constexpr DefaultClause kSalesContractClauses[] = {
    {u"产品及价格", u"产品名称、规格、数量、单价及金额详见本合同产品清单。",
     u"Products and prices", u"The products, specifications, quantities, unit prices and amounts are as listed in this contract."},
    {u"合同金额", u"本合同总金额为 {total}（大写：{total_in_words}），含增值税。",
     u"Contract amount", u"The total amount of this contract is {total} ({total_in_words}), value-added tax included."},
    {u"付款方式", u"{payment_terms}", u"Payment", u"{payment_terms}"},
    {u"交货", u"{delivery_terms}。乙方负责将产品运至甲方指定地点，运输途中的风险由乙方承担。",
     u"Delivery", u"{delivery_terms}. Party B delivers the products to the place named by Party A and bears the risk during transport."},
    {u"质量保证", u"乙方保证所供产品为全新正品，符合国家标准及产品说明书的要求。质保期自验收合格之日起十二个月。",
     u"Warranty", u"Party B warrants that the products are new and genuine and meet the national standards and the product specifications. "
                  u"The warranty period is twelve months from acceptance."},
    {u"验收", u"甲方应在收货后七个工作日内验收；逾期未提出书面异议的，视为验收合格。",
     u"Acceptance", u"Party A inspects the products within seven working days of receipt; without a written objection within that time the "
                    u"products are deemed accepted."},
    {u"违约责任", u"任何一方违约，应赔偿对方因此遭受的损失。逾期付款或逾期交货的，每逾期一日按逾期部分金额的万分之五支付违约金。",
     u"Liability", u"A party in breach compensates the other party for the resulting loss. Late payment or late delivery incurs a penalty "
                   u"of 0.05 % of the overdue amount per day."},
    {u"争议解决", u"因本合同引起的争议，双方应友好协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。",
     u"Disputes", u"The parties settle disputes arising from this contract amicably; failing that, either party may bring the dispute "
                  u"before the competent people's court at Party B's seat."},
    {u"合同期限", u"本合同自双方签字盖章之日起生效，有效期自 {start_on} 至 {end_on}。",
     u"Term", u"This contract takes effect when signed and sealed by both parties and runs from {start_on} to {end_on}."},
    {u"其他", u"本合同一式两份，甲乙双方各执一份，具有同等法律效力。未尽事宜由双方另行书面约定。",
     u"Miscellaneous", u"This contract is made in two counterparts, one for each party, with equal legal force. Matters not covered here "
                       u"are agreed separately in writing."},
};

// SQL string literal of `text`: the seed rows are constants of this file, but
// they are quoted properly all the same.
QString quoted(const char16_t *text)
{
    QString value = QString::fromUtf16(text);
    value.replace(u'\'', QStringLiteral("''"));
    return u'\'' + value + u'\'';
}

QString clauseSeed()
{
    QStringList rows;
    int position = 0;
    for (const DefaultClause &clause : kSalesContractClauses) {
        ++position;
        rows << QStringLiteral("('sales_contract', 'zh_CN', %1, %2, %3)")
                    .arg(position)
                    .arg(quoted(clause.titleZh), quoted(clause.bodyZh));
        rows << QStringLiteral("('sales_contract', 'en', %1, %2, %3)")
                    .arg(position)
                    .arg(quoted(clause.titleEn), quoted(clause.bodyEn));
    }
    return QStringLiteral("INSERT INTO clause_templates (template_name, language, position, title, body) VALUES ")
        + rows.join(QStringLiteral(", "));
}

} // namespace

QStringList documentStatements()
{
    return {
        QStringLiteral("CREATE TABLE document_snapshots ("
                       " id {pk},"
                       " quote_id INTEGER REFERENCES quotes(id) ON DELETE CASCADE,"
                       " contract_id INTEGER REFERENCES contracts(id) ON DELETE CASCADE,"
                       " number TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 1,"
                       " event TEXT NOT NULL CHECK (event IN ('approved', 'signed')),"
                       " data TEXT NOT NULL,"
                       " frozen_at TEXT NOT NULL DEFAULT ({now}),"
                       " CHECK ((quote_id IS NULL) <> (contract_id IS NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX document_snapshots_quote ON document_snapshots(quote_id)"),
        QStringLiteral("CREATE UNIQUE INDEX document_snapshots_contract ON document_snapshots(contract_id)"),
        QStringLiteral("CREATE TABLE document_snapshot_files ("
                       " id {pk},"
                       " snapshot_id INTEGER NOT NULL REFERENCES document_snapshots(id) ON DELETE CASCADE,"
                       " language TEXT NOT NULL,"
                       " paper TEXT NOT NULL,"
                       " pdf {blob} NOT NULL,"
                       " created_at TEXT NOT NULL DEFAULT ({now}),"
                       " UNIQUE (snapshot_id, language, paper))"),
        QStringLiteral("CREATE TABLE clause_templates ("
                       " id {pk},"
                       " template_name TEXT NOT NULL,"
                       " language TEXT NOT NULL CHECK (language IN ('zh_CN', 'en')),"
                       " position INTEGER NOT NULL CHECK (position > 0),"
                       " title TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL DEFAULT ({now}),"
                       " UNIQUE (template_name, language, position))"),
        clauseSeed(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES"
                       " ('document.language', 'zh_CN'),"
                       " ('document.paper', 'A4'),"
                       " ('document.margin_top_mm', '15'),"
                       " ('document.margin_bottom_mm', '15'),"
                       " ('document.margin_left_mm', '16'),"
                       " ('document.margin_right_mm', '16')"),
    };
}

} // namespace qianyue
