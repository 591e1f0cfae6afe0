#include "core/documents/DocumentData.h"

#include "core/store/Database.h"
#include "core/store/LineStore.h"
#include "core/store/RecordStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <map>

namespace qianyue {

namespace {

// Bumped when the JSON changes shape; older snapshots stay readable by the reader below.
constexpr int kFormat = 1;

QString text(const Fields &fields, const char *name)
{
    return fields.value(QString::fromLatin1(name)).toString();
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject partyJson(const DocumentParty &party)
{
    QJsonObject json{{QStringLiteral("name"), party.name},
                     {QStringLiteral("address"), party.address},
                     {QStringLiteral("phone"), party.phone},
                     {QStringLiteral("tax_id"), party.taxId},
                     {QStringLiteral("bank_account"), party.bankAccount},
                     {QStringLiteral("contact_name"), party.contactName},
                     {QStringLiteral("contact_phone"), party.contactPhone},
                     {QStringLiteral("email"), party.email}};
    if (!party.logo.isEmpty())
        json.insert(QStringLiteral("logo"), QString::fromLatin1(party.logo.toBase64()));
    return json;
}

DocumentParty partyFrom(const QJsonObject &json)
{
    DocumentParty party;
    party.name = json.value(QStringLiteral("name")).toString();
    party.address = json.value(QStringLiteral("address")).toString();
    party.phone = json.value(QStringLiteral("phone")).toString();
    party.taxId = json.value(QStringLiteral("tax_id")).toString();
    party.bankAccount = json.value(QStringLiteral("bank_account")).toString();
    party.contactName = json.value(QStringLiteral("contact_name")).toString();
    party.contactPhone = json.value(QStringLiteral("contact_phone")).toString();
    party.email = json.value(QStringLiteral("email")).toString();
    party.logo = QByteArray::fromBase64(json.value(QStringLiteral("logo")).toString().toLatin1());
    return party;
}

QJsonArray clausesJson(const std::vector<ClauseText> &clauses)
{
    QJsonArray array;
    for (const ClauseText &clause : clauses)
        array.append(QJsonObject{{QStringLiteral("title"), clause.title}, {QStringLiteral("body"), clause.body}});
    return array;
}

std::vector<ClauseText> clausesFrom(const QJsonArray &array)
{
    std::vector<ClauseText> clauses;
    for (const QJsonValue &value : array) {
        const QJsonObject clause = value.toObject();
        clauses.push_back({clause.value(QStringLiteral("title")).toString(), clause.value(QStringLiteral("body")).toString()});
    }
    return clauses;
}

// Addresses are often stored whole; the province and city fields are only
// put in front when the address does not already start with them.
QString fullAddress(const Fields &customer)
{
    QString address = text(customer, "address");
    const QString city = text(customer, "city");
    const QString province = text(customer, "province");
    if (!city.isEmpty() && !address.startsWith(city) && !address.startsWith(province))
        address.prepend(city);
    if (!province.isEmpty() && !address.startsWith(province))
        address.prepend(province);
    return address;
}

// The line fields the printed table and the revision comparison use, with the SKU read once per product.
Result<std::vector<DocumentItem>> itemsOf(Database &database, LineDocument document, qint64 id)
{
    auto lines = LineStore(database).lines(document, id);
    if (!lines)
        return std::unexpected(lines.error());
    RecordStore records(database);
    QHash<qint64, QString> skus;
    std::vector<DocumentItem> items;
    items.reserve(lines->size());
    for (DocumentLine &line : *lines) {
        DocumentItem item;
        if (line.productId) {
            auto known = skus.constFind(*line.productId);
            if (known == skus.constEnd()) {
                auto product = records.get(QStringLiteral("products"), *line.productId);
                if (!product)
                    return std::unexpected(product.error());
                known = skus.insert(*line.productId, text(*product, "sku"));
            }
            item.sku = known.value();
        }
        item.line = std::move(line);
        items.push_back(std::move(item));
    }
    return items;
}

// Customer, contact, salesperson and company: the parts both documents share.
Result<void> loadParties(Database &database, const Fields &record, DocumentData &data)
{
    RecordStore records(database);
    auto customer = records.get(QStringLiteral("customers"), record.value(QStringLiteral("customer_id")).toLongLong());
    if (!customer)
        return std::unexpected(customer.error());
    data.customer.name = text(*customer, "name");
    data.customer.address = fullAddress(*customer);
    data.customer.phone = text(*customer, "phone");
    data.customer.taxId = text(*customer, "tax_id");
    data.customer.email = text(*customer, "email");

    std::optional<Fields> contact;
    if (const QVariant contactId = record.value(QStringLiteral("contact_id")); !contactId.isNull()) {
        auto row = records.get(QStringLiteral("contacts"), contactId.toLongLong());
        if (!row)
            return std::unexpected(row.error());
        contact = *row;
    } else {
        // Without a chosen contact the customer's primary contact is the one to address.
        auto rows = records.where(QStringLiteral("contacts"), QStringLiteral("customer_id"), customer->value(QStringLiteral("id")));
        if (!rows)
            return std::unexpected(rows.error());
        for (const Fields &row : *rows) {
            if (row.value(QStringLiteral("is_primary")).toBool())
                contact = row;
        }
    }
    if (contact) {
        data.customer.contactName = text(*contact, "name");
        data.customer.contactPhone = text(*contact, "mobile").isEmpty() ? text(*contact, "phone") : text(*contact, "mobile");
        if (!text(*contact, "email").isEmpty())
            data.customer.email = text(*contact, "email");
    }

    if (const QVariant ownerId = record.value(QStringLiteral("owner_id")); !ownerId.isNull()) {
        auto owner = records.get(QStringLiteral("users"), ownerId.toLongLong());
        if (!owner)
            return std::unexpected(owner.error());
        data.salesperson = text(*owner, "name");
        data.salespersonEmail = text(*owner, "email");
    }

    auto company = DocumentStore(database).companyProfile();
    if (!company)
        return std::unexpected(company.error());
    data.company.name = text(*company, "name");
    data.company.address = text(*company, "address");
    data.company.phone = text(*company, "phone");
    data.company.taxId = text(*company, "tax_id");
    data.company.bankAccount = text(*company, "bank_account");
    data.company.logo = company->value(QStringLiteral("logo")).toByteArray();
    return {};
}

void loadMoney(const Fields &record, DocumentData &data)
{
    data.currency = text(record, "currency");
    data.subtotal = Money(record.value(QStringLiteral("subtotal")).toLongLong(), data.currency);
    data.tax = Money(record.value(QStringLiteral("tax")).toLongLong(), data.currency);
    data.total = Money(record.value(QStringLiteral("total")).toLongLong(), data.currency);
}

} // namespace

bool DocumentData::isDraft() const
{
    if (kind == DocumentKind::Quote)
        return status == u"drafting" || status == u"submitted";
    return status == u"drafting" || status == u"in_review";
}

std::vector<std::pair<Rate, Money>> DocumentData::taxByRate() const
{
    std::map<qint64, qint64> sums;
    for (const DocumentItem &item : items)
        sums[item.line.taxRate.millionths()] += item.line.tax.minor();
    std::vector<std::pair<Rate, Money>> result;
    for (const auto &[rate, sum] : sums)
        result.emplace_back(Rate::fromMillionths(rate), Money(sum, currency));
    return result;
}

QJsonObject DocumentData::toJson() const
{
    QJsonArray lines;
    for (const DocumentItem &item : items) {
        const DocumentLine &line = item.line;
        QJsonObject json{{QStringLiteral("position"), line.position},
                         {QStringLiteral("sku"), item.sku},
                         {QStringLiteral("description"), line.description},
                         {QStringLiteral("specification"), line.specification},
                         {QStringLiteral("unit"), line.unit},
                         {QStringLiteral("quantity_milli"), line.quantity.thousandths()},
                         {QStringLiteral("unit_price"), line.unitPrice.minor()},
                         {QStringLiteral("discount_ppm"), line.discount.millionths()},
                         {QStringLiteral("tax_rate_ppm"), line.taxRate.millionths()},
                         {QStringLiteral("line_total"), line.lineTotal.minor()},
                         {QStringLiteral("tax"), line.tax.minor()}};
        if (line.productId)
            json.insert(QStringLiteral("product_id"), *line.productId);
        lines.append(json);
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("kind"), kind == DocumentKind::Quote ? QStringLiteral("quote") : QStringLiteral("contract")},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("number"), number},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("status"), status},
        {QStringLiteral("title"), title},
        {QStringLiteral("date"), dateJson(date)},
        {QStringLiteral("valid_until"), dateJson(validUntil)},
        {QStringLiteral("signed_on"), dateJson(signedOn)},
        {QStringLiteral("start_on"), dateJson(startOn)},
        {QStringLiteral("end_on"), dateJson(endOn)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("payment_terms"), paymentTerms},
        {QStringLiteral("delivery_terms"), deliveryTerms},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("salesperson"), salesperson},
        {QStringLiteral("salesperson_email"), salespersonEmail},
        {QStringLiteral("company"), partyJson(company)},
        {QStringLiteral("customer"), partyJson(customer)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("subtotal"), subtotal.minor()},
        {QStringLiteral("tax"), tax.minor()},
        {QStringLiteral("total"), total.minor()},
        {QStringLiteral("clauses_zh_CN"), clausesJson(clausesChinese)},
        {QStringLiteral("clauses_en"), clausesJson(clausesEnglish)},
    };
}

Result<DocumentData> DocumentData::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(ErrorKind::Invalid, DocumentLoader::tr("The frozen copy of the document cannot be read: %1")
                                            .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(ErrorKind::Invalid, DocumentLoader::tr("The frozen copy of the document has an unknown format %1.")
                                            .arg(root.value(QStringLiteral("format")).toInt()));
    const QString kindName = root.value(QStringLiteral("kind")).toString();
    if (kindName != u"quote" && kindName != u"contract")
        return fail(ErrorKind::Invalid, DocumentLoader::tr("The frozen copy is neither a quote nor a contract."));
    const QString currency = root.value(QStringLiteral("currency")).toString();
    if (auto valid = Money::validateCurrency(currency); !valid)
        return std::unexpected(valid.error());

    DocumentData data;
    data.kind = kindName == u"quote" ? DocumentKind::Quote : DocumentKind::Contract;
    data.recordId = root.value(QStringLiteral("record_id")).toInteger();
    data.number = root.value(QStringLiteral("number")).toString();
    data.revision = root.value(QStringLiteral("revision")).toInt(1);
    data.status = root.value(QStringLiteral("status")).toString();
    data.title = root.value(QStringLiteral("title")).toString();
    data.date = dateOf(root.value(QStringLiteral("date")).toVariant());
    data.validUntil = dateOf(root.value(QStringLiteral("valid_until")).toVariant());
    data.signedOn = dateOf(root.value(QStringLiteral("signed_on")).toVariant());
    data.startOn = dateOf(root.value(QStringLiteral("start_on")).toVariant());
    data.endOn = dateOf(root.value(QStringLiteral("end_on")).toVariant());
    data.currency = currency;
    data.paymentTerms = root.value(QStringLiteral("payment_terms")).toString();
    data.deliveryTerms = root.value(QStringLiteral("delivery_terms")).toString();
    data.notes = root.value(QStringLiteral("notes")).toString();
    data.salesperson = root.value(QStringLiteral("salesperson")).toString();
    data.salespersonEmail = root.value(QStringLiteral("salesperson_email")).toString();
    data.company = partyFrom(root.value(QStringLiteral("company")).toObject());
    data.customer = partyFrom(root.value(QStringLiteral("customer")).toObject());
    for (const QJsonValue &value : root.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject row = value.toObject();
        DocumentItem item;
        DocumentLine &line = item.line;
        line.position = row.value(QStringLiteral("position")).toInt();
        if (row.contains(QStringLiteral("product_id")))
            line.productId = row.value(QStringLiteral("product_id")).toInteger();
        line.description = row.value(QStringLiteral("description")).toString();
        line.specification = row.value(QStringLiteral("specification")).toString();
        line.unit = row.value(QStringLiteral("unit")).toString();
        line.quantity = Quantity::fromThousandths(row.value(QStringLiteral("quantity_milli")).toInteger());
        line.unitPrice = Money(row.value(QStringLiteral("unit_price")).toInteger(), currency);
        line.discount = Rate::fromMillionths(row.value(QStringLiteral("discount_ppm")).toInteger());
        line.taxRate = Rate::fromMillionths(row.value(QStringLiteral("tax_rate_ppm")).toInteger());
        line.lineTotal = Money(row.value(QStringLiteral("line_total")).toInteger(), currency);
        line.tax = Money(row.value(QStringLiteral("tax")).toInteger(), currency);
        item.sku = row.value(QStringLiteral("sku")).toString();
        data.items.push_back(std::move(item));
    }
    data.subtotal = Money(root.value(QStringLiteral("subtotal")).toInteger(), currency);
    data.tax = Money(root.value(QStringLiteral("tax")).toInteger(), currency);
    data.total = Money(root.value(QStringLiteral("total")).toInteger(), currency);
    data.clausesChinese = clausesFrom(root.value(QStringLiteral("clauses_zh_CN")).toArray());
    data.clausesEnglish = clausesFrom(root.value(QStringLiteral("clauses_en")).toArray());
    return data;
}

Result<DocumentData> DocumentLoader::quote(Database &database, qint64 quoteId)
{
    auto quote = RecordStore(database).get(QStringLiteral("quotes"), quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    DocumentData data;
    data.kind = DocumentKind::Quote;
    data.recordId = quoteId;
    data.number = text(*quote, "number");
    data.revision = quote->value(QStringLiteral("revision")).toInt();
    data.status = text(*quote, "status");
    data.date = dateOf(quote->value(QStringLiteral("quote_date")));
    data.validUntil = dateOf(quote->value(QStringLiteral("valid_until")));
    data.paymentTerms = text(*quote, "payment_terms");
    data.deliveryTerms = text(*quote, "delivery_terms");
    data.notes = text(*quote, "notes");
    loadMoney(*quote, data);
    if (auto parties = loadParties(database, *quote, data); !parties)
        return std::unexpected(parties.error());
    auto items = itemsOf(database, LineDocument::Quote, quoteId);
    if (!items)
        return std::unexpected(items.error());
    data.items = std::move(*items);
    return data;
}

Result<DocumentData> DocumentLoader::contract(Database &database, qint64 contractId)
{
    RecordStore records(database);
    auto contract = records.get(QStringLiteral("contracts"), contractId);
    if (!contract)
        return std::unexpected(contract.error());
    DocumentData data;
    data.kind = DocumentKind::Contract;
    data.recordId = contractId;
    data.number = text(*contract, "number");
    data.status = text(*contract, "status");
    data.title = text(*contract, "title");
    data.date = dateOf(contract->value(QStringLiteral("contract_date")));
    data.signedOn = dateOf(contract->value(QStringLiteral("signed_on")));
    data.startOn = dateOf(contract->value(QStringLiteral("start_on")));
    data.endOn = dateOf(contract->value(QStringLiteral("end_on")));
    data.paymentTerms = text(*contract, "payment_terms");
    data.notes = text(*contract, "notes");
    loadMoney(*contract, data);
    // Contracts carry no delivery terms of their own; the quote they came from does.
    if (const QVariant quoteId = contract->value(QStringLiteral("quote_id")); !quoteId.isNull()) {
        auto quote = records.get(QStringLiteral("quotes"), quoteId.toLongLong());
        if (!quote)
            return std::unexpected(quote.error());
        data.deliveryTerms = text(*quote, "delivery_terms");
    }
    if (auto parties = loadParties(database, *contract, data); !parties)
        return std::unexpected(parties.error());
    auto items = itemsOf(database, LineDocument::Contract, contractId);
    if (!items)
        return std::unexpected(items.error());
    data.items = std::move(*items);

    DocumentStore store(database);
    auto chinese = store.clauses(QStringLiteral("sales_contract"), QStringLiteral("zh_CN"));
    if (!chinese)
        return std::unexpected(chinese.error());
    auto english = store.clauses(QStringLiteral("sales_contract"), QStringLiteral("en"));
    if (!english)
        return std::unexpected(english.error());
    data.clausesChinese = std::move(*chinese);
    data.clausesEnglish = std::move(*english);
    return data;
}

} // namespace qianyue
