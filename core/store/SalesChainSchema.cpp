#include "core/store/Migrations.h"

// Schema version 2: every record of the sales chain.
// Conventions: money columns hold integer minor units (分/cents) next to a
// `currency` column; *_ppm columns are fixed-point rates in millionths
// (0.13 = 130000); *_milli columns are quantities in thousandths; dates are
// 'YYYY-MM-DD' text and timestamps ISO 8601 UTC text, so both sort as text.
// `version` counts updates of a row so concurrent edits can be detected.

namespace qianyue {

namespace {

const QString kStamps = QStringLiteral(
    " created_at TEXT NOT NULL DEFAULT ({now}),"
    " updated_at TEXT NOT NULL DEFAULT ({now}),"
    " version INTEGER NOT NULL DEFAULT 1");

const QString kLineColumns = QStringLiteral(
    " id {pk},"
    " position INTEGER NOT NULL,"
    " product_id INTEGER REFERENCES products(id),"
    " description TEXT NOT NULL DEFAULT '',"
    " specification TEXT NOT NULL DEFAULT '',"
    " unit TEXT NOT NULL DEFAULT '',"
    " quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),"
    " unit_price INTEGER NOT NULL,"
    " discount_ppm INTEGER NOT NULL DEFAULT 0 CHECK (discount_ppm BETWEEN 0 AND 1000000),"
    " tax_rate_ppm INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_ppm >= 0),"
    " line_total INTEGER NOT NULL,"
    " tax INTEGER NOT NULL,");

const QString kDocumentMoney = QStringLiteral(
    " currency TEXT NOT NULL,"
    " exchange_rate_ppm INTEGER NOT NULL DEFAULT 1000000 CHECK (exchange_rate_ppm > 0),"
    " subtotal INTEGER NOT NULL DEFAULT 0,"
    " tax INTEGER NOT NULL DEFAULT 0,"
    " total INTEGER NOT NULL DEFAULT 0,"
    " base_total INTEGER NOT NULL DEFAULT 0,");

} // namespace

QStringList salesChainStatements()
{
    return {
        QStringLiteral("CREATE TABLE teams (id {pk}, name TEXT NOT NULL UNIQUE,") + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE users ("
                       " id {pk},"
                       " name TEXT NOT NULL,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " team_id INTEGER REFERENCES teams(id),"
                       " manager_id INTEGER REFERENCES users(id),"
                       " role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager', 'admin')),"
                       " active INTEGER NOT NULL DEFAULT 1,")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE customers ("
                       " id {pk},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),"
                       " industry TEXT NOT NULL DEFAULT '',"
                       " tax_id TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " website TEXT NOT NULL DEFAULT '',"
                       " province TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " segment TEXT NOT NULL DEFAULT 'C' CHECK (segment IN ('A', 'B', 'C')),"
                       " churn_risk INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'dormant', 'lost')),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " marketing_consent INTEGER NOT NULL DEFAULT 0,"
                       " consent_date TEXT,"
                       " archived INTEGER NOT NULL DEFAULT 0,"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE contacts ("
                       " id {pk},"
                       " customer_id INTEGER REFERENCES customers(id),"
                       " name TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " mobile TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " im_id TEXT NOT NULL DEFAULT '',"
                       " is_primary INTEGER NOT NULL DEFAULT 0,"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE pipeline_stages ("
                       " id {pk},"
                       " name TEXT NOT NULL UNIQUE,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL,"
                       " probability_ppm INTEGER NOT NULL CHECK (probability_ppm BETWEEN 0 AND 1000000),"
                       " outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("INSERT INTO pipeline_stages (name, name_en, position, probability_ppm, outcome) VALUES"
                       " ('需求跟踪', 'Needs analysis', 1, 100000, 'open'),"
                       " ('方案设计', 'Solution design', 2, 300000, 'open'),"
                       " ('销售报价', 'Quotation', 3, 600000, 'open'),"
                       " ('合同签订', 'Contract negotiation', 4, 800000, 'open'),"
                       " ('赢单', 'Won', 5, 1000000, 'won'),"
                       " ('输单', 'Lost', 6, 0, 'lost')"),
        QStringLiteral("CREATE TABLE products ("
                       " id {pk},"
                       " sku TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " specification TEXT NOT NULL DEFAULT '',"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " list_price INTEGER NOT NULL DEFAULT 0 CHECK (list_price >= 0),"
                       " currency TEXT NOT NULL,"
                       " tax_rate_ppm INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1,")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE leads ("
                       " id {pk},"
                       " company TEXT NOT NULL DEFAULT '',"
                       " contact_name TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT 'other' CHECK (source IN ('campaign', 'employee_referral', 'hotline',"
                       "   'ad_response', 'customer_referral', 'web', 'other')),"
                       " interest TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'unassigned' CHECK (status IN ('unassigned', 'assigned', 'converted', 'disqualified')),"
                       " result TEXT NOT NULL DEFAULT '',"
                       " disqualify_reason TEXT NOT NULL DEFAULT '',"
                       " customer_id INTEGER REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " created_on TEXT NOT NULL,"
                       " closed_on TEXT,"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE opportunities ("
                       " id {pk},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " customer_id INTEGER REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " lead_id INTEGER REFERENCES leads(id),"
                       " stage_id INTEGER NOT NULL REFERENCES pipeline_stages(id),"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),"
                       " sales_method TEXT NOT NULL DEFAULT 'standard',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),"
                       " currency TEXT NOT NULL,"
                       " probability_ppm INTEGER NOT NULL DEFAULT 0 CHECK (probability_ppm BETWEEN 0 AND 1000000),"
                       " expected_close_date TEXT,"
                       " created_on TEXT NOT NULL,"
                       " closed_on TEXT,"
                       " lost_reason TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE opportunity_products ("
                       " id {pk},"
                       " opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,"
                       " product_id INTEGER NOT NULL REFERENCES products(id),"
                       " quantity_milli INTEGER NOT NULL DEFAULT 1000 CHECK (quantity_milli > 0),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE opportunity_stage_history ("
                       " id {pk},"
                       " opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,"
                       " from_stage_id INTEGER REFERENCES pipeline_stages(id),"
                       " to_stage_id INTEGER NOT NULL REFERENCES pipeline_stages(id),"
                       " changed_on TEXT NOT NULL,"
                       " user_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE quotes ("
                       " id {pk},"
                       " number TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 1,"
                       " previous_id INTEGER REFERENCES quotes(id),"
                       " superseded_by_id INTEGER REFERENCES quotes(id),"
                       " opportunity_id INTEGER REFERENCES opportunities(id),"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " status TEXT NOT NULL DEFAULT 'drafting' CHECK (status IN ('drafting', 'submitted', 'approved', 'accepted', 'rejected')),"
                       " quote_date TEXT NOT NULL,"
                       " valid_until TEXT,"
                       " price_strategy TEXT NOT NULL DEFAULT '',"
                       " payment_terms TEXT NOT NULL DEFAULT '',"
                       " delivery_terms TEXT NOT NULL DEFAULT '',")
            + kDocumentMoney
            + QStringLiteral(" approved_by INTEGER REFERENCES users(id),"
                             " approved_on TEXT,"
                             " rejected_reason TEXT NOT NULL DEFAULT '',"
                             " notes TEXT NOT NULL DEFAULT '',"
                             " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(", UNIQUE (number, revision))"),
        QStringLiteral("CREATE TABLE quote_lines (quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,") + kLineColumns
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE contracts ("
                       " id {pk},"
                       " number TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL DEFAULT '',"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " quote_id INTEGER REFERENCES quotes(id),"
                       " opportunity_id INTEGER REFERENCES opportunities(id),"
                       " status TEXT NOT NULL DEFAULT 'drafting' CHECK (status IN ('drafting', 'in_review', 'signed', 'executing', 'completed', 'terminated')),"
                       " price_strategy TEXT NOT NULL DEFAULT '',"
                       " payment_terms TEXT NOT NULL DEFAULT '',")
            + kDocumentMoney
            + QStringLiteral(" commission INTEGER NOT NULL DEFAULT 0,"
                             " contract_date TEXT NOT NULL,"
                             " signed_on TEXT,"
                             " start_on TEXT,"
                             " end_on TEXT,"
                             " terminated_reason TEXT NOT NULL DEFAULT '',"
                             " notes TEXT NOT NULL DEFAULT '',"
                             " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE contract_lines (contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,")
            + kLineColumns + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE sales_orders ("
                       " id {pk},"
                       " number TEXT NOT NULL UNIQUE,"
                       " order_date TEXT NOT NULL,"
                       " category TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " contract_id INTEGER REFERENCES contracts(id),"
                       " quote_id INTEGER REFERENCES quotes(id),"
                       " opportunity_id INTEGER REFERENCES opportunities(id),"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'shipped', 'invoiced', 'closed', 'cancelled')),"
                       " sales_method TEXT NOT NULL DEFAULT '',"
                       " delivery_method TEXT NOT NULL DEFAULT '',"
                       " settlement_method TEXT NOT NULL DEFAULT '',"
                       " ship_to TEXT NOT NULL DEFAULT '',")
            + kDocumentMoney
            + QStringLiteral(" notes TEXT NOT NULL DEFAULT '',"
                             " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE order_lines (order_id INTEGER NOT NULL REFERENCES sales_orders(id) ON DELETE CASCADE,"
                       " contract_line_id INTEGER REFERENCES contract_lines(id),")
            + kLineColumns + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE receivables ("
                       " id {pk},"
                       " number TEXT NOT NULL UNIQUE,"
                       " receivable_date TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " order_id INTEGER REFERENCES sales_orders(id),"
                       " contract_id INTEGER REFERENCES contracts(id),"
                       " opportunity_id INTEGER REFERENCES opportunities(id),"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " currency TEXT NOT NULL,"
                       " exchange_rate_ppm INTEGER NOT NULL DEFAULT 1000000 CHECK (exchange_rate_ppm > 0),"
                       " settlement_method TEXT NOT NULL DEFAULT '',"
                       " total INTEGER NOT NULL CHECK (total >= 0),"
                       " received INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),"
                       " invoice_number TEXT NOT NULL DEFAULT '',"
                       " invoice_date TEXT,"
                       " due_date TEXT,"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'settled')),"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(", CHECK (received <= total))"),
        QStringLiteral("CREATE TABLE receipts ("
                       " id {pk},"
                       " number TEXT NOT NULL UNIQUE,"
                       " receipt_date TEXT NOT NULL,"
                       " kind TEXT NOT NULL DEFAULT 'bank_transfer' CHECK (kind IN ('bank_transfer', 'cash', 'cheque', 'draft', 'card', 'other')),"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " currency TEXT NOT NULL,"
                       " exchange_rate_ppm INTEGER NOT NULL DEFAULT 1000000 CHECK (exchange_rate_ppm > 0),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE receipt_allocations ("
                       " id {pk},"
                       " receipt_id INTEGER NOT NULL REFERENCES receipts(id),"
                       " receivable_id INTEGER NOT NULL REFERENCES receivables(id),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE commission_plans ("
                       " id {pk},"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " kind TEXT NOT NULL DEFAULT 'monthly' CHECK (kind IN ('basic', 'monthly', 'quarterly', 'half_year', 'annual')),"
                       " basis TEXT NOT NULL DEFAULT 'signed' CHECK (basis IN ('signed', 'cash')),"
                       " rate_ppm INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),"
                       " active INTEGER NOT NULL DEFAULT 1,")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE salesperson_commissions ("
                       " id {pk},"
                       " plan_id INTEGER NOT NULL REFERENCES commission_plans(id),"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " kind TEXT NOT NULL,"
                       " contract_id INTEGER REFERENCES contracts(id),"
                       " allocation_id INTEGER REFERENCES receipt_allocations(id),"
                       " period_start TEXT NOT NULL,"
                       " period_end TEXT NOT NULL,"
                       " basis_amount INTEGER NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " rate_ppm INTEGER NOT NULL,"
                       " accrued INTEGER NOT NULL,"
                       " paid INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),"
                       " entry_date TEXT NOT NULL,")
            + kStamps + QStringLiteral(", UNIQUE (plan_id, contract_id, allocation_id, period_start))"),
        QStringLiteral("CREATE TABLE commission_payouts ("
                       " id {pk},"
                       " commission_id INTEGER NOT NULL REFERENCES salesperson_commissions(id),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " paid_on TEXT NOT NULL,")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE customer_commissions ("
                       " id {pk},"
                       " name TEXT NOT NULL DEFAULT '',"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " contract_id INTEGER REFERENCES contracts(id),"
                       " period_start TEXT,"
                       " period_end TEXT,"
                       " sales_amount INTEGER NOT NULL DEFAULT 0,"
                       " currency TEXT NOT NULL,"
                       " ratio_ppm INTEGER NOT NULL CHECK (ratio_ppm BETWEEN 0 AND 1000000),"
                       " amount INTEGER NOT NULL DEFAULT 0,"
                       " paid INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),"
                       " status TEXT NOT NULL DEFAULT 'drafting' CHECK (status IN ('drafting', 'in_approval', 'executing', 'closed')),"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE sales_targets ("
                       " id {pk},"
                       " user_id INTEGER REFERENCES users(id),"
                       " team_id INTEGER REFERENCES teams(id),"
                       " period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),"
                       " period_start TEXT NOT NULL,"
                       " period_end TEXT NOT NULL,"
                       " target_amount INTEGER NOT NULL CHECK (target_amount >= 0),"
                       " currency TEXT NOT NULL,"
                       " target_count INTEGER NOT NULL DEFAULT 0,")
            + kStamps + QStringLiteral(", CHECK ((user_id IS NULL) <> (team_id IS NULL)))"),
        QStringLiteral("CREATE TABLE activities ("
                       " id {pk},"
                       " kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'demo', 'email', 'meeting', 'task')),"
                       " subject TEXT NOT NULL,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " due_at TEXT,"
                       " remind_at TEXT,"
                       " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " done_at TEXT,"
                       " customer_id INTEGER REFERENCES customers(id),"
                       " contact_id INTEGER REFERENCES contacts(id),"
                       " lead_id INTEGER REFERENCES leads(id),"
                       " opportunity_id INTEGER REFERENCES opportunities(id),"
                       " owner_id INTEGER REFERENCES users(id),")
            + kStamps + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE number_sequences ("
                       " kind TEXT NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " last_value INTEGER NOT NULL,"
                       " PRIMARY KEY (kind, year))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id {pk},"
                       " at TEXT NOT NULL DEFAULT ({now}),"
                       " user_id INTEGER,"
                       " table_name TEXT NOT NULL,"
                       " record_id INTEGER NOT NULL,"
                       " action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'state')),"
                       " changes TEXT NOT NULL DEFAULT '{}')"),
        // Indexes for the lookups every list, chain step and report makes.
        QStringLiteral("CREATE INDEX customers_owner ON customers(owner_id)"),
        QStringLiteral("CREATE INDEX customers_name ON customers(name)"),
        QStringLiteral("CREATE INDEX contacts_customer ON contacts(customer_id)"),
        QStringLiteral("CREATE INDEX leads_status ON leads(status, owner_id)"),
        QStringLiteral("CREATE INDEX opportunities_customer ON opportunities(customer_id)"),
        QStringLiteral("CREATE INDEX opportunities_owner ON opportunities(owner_id, status)"),
        // Covers the pipeline board: per-stage counts and totals, and cards in close-date order.
        QStringLiteral("CREATE INDEX opportunities_board ON opportunities(stage_id, status, expected_close_date, id, currency,"
                       " amount, owner_id)"),
        QStringLiteral("CREATE INDEX opportunities_created ON opportunities(created_on)"),
        QStringLiteral("CREATE INDEX stage_history_opportunity ON opportunity_stage_history(opportunity_id)"),
        QStringLiteral("CREATE INDEX opportunity_products_opportunity ON opportunity_products(opportunity_id)"),
        QStringLiteral("CREATE INDEX quotes_opportunity ON quotes(opportunity_id)"),
        QStringLiteral("CREATE INDEX quotes_customer ON quotes(customer_id)"),
        QStringLiteral("CREATE INDEX quote_lines_quote ON quote_lines(quote_id, position)"),
        QStringLiteral("CREATE INDEX contracts_customer ON contracts(customer_id, signed_on)"),
        QStringLiteral("CREATE INDEX contracts_owner_signed ON contracts(owner_id, signed_on)"),
        QStringLiteral("CREATE INDEX contracts_signed ON contracts(signed_on, status)"),
        QStringLiteral("CREATE INDEX contracts_opportunity ON contracts(opportunity_id)"),
        QStringLiteral("CREATE INDEX contracts_quote ON contracts(quote_id)"),
        QStringLiteral("CREATE INDEX contract_lines_contract ON contract_lines(contract_id, position)"),
        QStringLiteral("CREATE INDEX orders_contract ON sales_orders(contract_id)"),
        QStringLiteral("CREATE INDEX orders_customer ON sales_orders(customer_id)"),
        QStringLiteral("CREATE INDEX order_lines_order ON order_lines(order_id, position)"),
        QStringLiteral("CREATE INDEX order_lines_contract_line ON order_lines(contract_line_id)"),
        QStringLiteral("CREATE INDEX receivables_customer ON receivables(customer_id, status)"),
        QStringLiteral("CREATE INDEX receivables_order ON receivables(order_id)"),
        QStringLiteral("CREATE INDEX receivables_contract ON receivables(contract_id)"),
        QStringLiteral("CREATE INDEX receipts_customer ON receipts(customer_id)"),
        QStringLiteral("CREATE INDEX receipts_date ON receipts(receipt_date)"),
        QStringLiteral("CREATE INDEX receivables_owner ON receivables(owner_id)"),
        QStringLiteral("CREATE INDEX contracts_signed_customer ON contracts(signed_on, status, customer_id, base_total)"),
        // The table's UNIQUE constraint cannot see NULLs as equal: these make "once per source" hold in the schema too.
        QStringLiteral("CREATE UNIQUE INDEX commissions_once_signed ON salesperson_commissions(plan_id, contract_id)"
                       " WHERE allocation_id IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX commissions_once_cash ON salesperson_commissions(plan_id, allocation_id)"
                       " WHERE allocation_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX allocations_receipt ON receipt_allocations(receipt_id)"),
        QStringLiteral("CREATE INDEX allocations_receivable ON receipt_allocations(receivable_id)"),
        QStringLiteral("CREATE INDEX commissions_user ON salesperson_commissions(user_id, period_start)"),
        QStringLiteral("CREATE INDEX commissions_contract ON salesperson_commissions(contract_id)"),
        QStringLiteral("CREATE INDEX customer_commissions_customer ON customer_commissions(customer_id)"),
        QStringLiteral("CREATE INDEX targets_user ON sales_targets(user_id, period_start)"),
        QStringLiteral("CREATE INDEX activities_customer ON activities(customer_id, due_at)"),
        QStringLiteral("CREATE INDEX activities_owner_due ON activities(owner_id, status, due_at)"),
        QStringLiteral("CREATE INDEX activities_opportunity ON activities(opportunity_id)"),
        QStringLiteral("CREATE INDEX activities_lead ON activities(lead_id)"),
        QStringLiteral("CREATE INDEX activities_contact ON activities(contact_id)"),
        QStringLiteral("CREATE INDEX audit_record ON audit_log(table_name, record_id)"),
        // Settings every later step reads, with the defaults a Chinese company expects.
        QStringLiteral("INSERT INTO settings (key, value) VALUES"
                       " ('base_currency', 'CNY'),"
                       " ('default_tax_rate_ppm', '130000'),"
                       " ('segment_a_share_ppm', '200000'),"
                       " ('segment_b_share_ppm', '300000'),"
                       " ('churn_drop_share_ppm', '300000'),"
                       " ('number_pattern.quote', 'Q-{YYYY}-{####}'),"
                       " ('number_pattern.contract', 'HT-{YYYY}-{####}'),"
                       " ('number_pattern.sales_order', 'SO-{YYYY}-{####}'),"
                       " ('number_pattern.receivable', 'AR-{YYYY}-{####}'),"
                       " ('number_pattern.receipt', 'RC-{YYYY}-{####}'),"
                       " ('number_pattern.opportunity', 'OPP-{YYYY}-{####}'),"
                       " ('number_pattern.customer', 'C-{YYYY}-{#####}')"),
    };
}

} // namespace qianyue
