#include "core/store/LineStore.h"

#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"

#include <QSqlRecord>

namespace qianyue {

LineStore::LineStore(Database &database)
    : m_db(database)
{
}

QString LineStore::headerTable(LineDocument document)
{
    switch (document) {
    case LineDocument::Quote: return QStringLiteral("quotes");
    case LineDocument::Contract: return QStringLiteral("contracts");
    case LineDocument::SalesOrder: return QStringLiteral("sales_orders");
    }
    return {};
}

QString LineStore::lineTable(LineDocument document)
{
    switch (document) {
    case LineDocument::Quote: return QStringLiteral("quote_lines");
    case LineDocument::Contract: return QStringLiteral("contract_lines");
    case LineDocument::SalesOrder: return QStringLiteral("order_lines");
    }
    return {};
}

QString LineStore::parentColumn(LineDocument document)
{
    switch (document) {
    case LineDocument::Quote: return QStringLiteral("quote_id");
    case LineDocument::Contract: return QStringLiteral("contract_id");
    case LineDocument::SalesOrder: return QStringLiteral("order_id");
    }
    return {};
}

Result<std::vector<DocumentLine>> LineStore::lines(LineDocument document, qint64 documentId) const
{
    auto header = RecordStore(m_db).get(headerTable(document), documentId);
    if (!header)
        return std::unexpected(header.error());
    const QString currency = header->value(QStringLiteral("currency")).toString();
    auto rows = RecordStore(m_db).where(lineTable(document), parentColumn(document), documentId,
                                        QStringLiteral("position"));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<DocumentLine> result;
    result.reserve(rows->size());
    for (const Fields &row : *rows) {
        DocumentLine line;
        line.id = row.value(QStringLiteral("id")).toLongLong();
        line.position = row.value(QStringLiteral("position")).toInt();
        if (const QVariant product = row.value(QStringLiteral("product_id")); !product.isNull())
            line.productId = product.toLongLong();
        line.description = row.value(QStringLiteral("description")).toString();
        line.specification = row.value(QStringLiteral("specification")).toString();
        line.unit = row.value(QStringLiteral("unit")).toString();
        line.quantity = Quantity::fromThousandths(row.value(QStringLiteral("quantity_milli")).toLongLong());
        line.unitPrice = Money(row.value(QStringLiteral("unit_price")).toLongLong(), currency);
        line.discount = Rate::fromMillionths(row.value(QStringLiteral("discount_ppm")).toLongLong());
        line.taxRate = Rate::fromMillionths(row.value(QStringLiteral("tax_rate_ppm")).toLongLong());
        line.lineTotal = Money(row.value(QStringLiteral("line_total")).toLongLong(), currency);
        line.tax = Money(row.value(QStringLiteral("tax")).toLongLong(), currency);
        if (const QVariant source = row.value(QStringLiteral("contract_line_id")); !source.isNull())
            line.contractLineId = source.toLongLong();
        result.push_back(std::move(line));
    }
    return result;
}

Result<DocumentTotals> LineStore::replaceLines(LineDocument document, qint64 documentId, std::vector<DocumentLine> lines)
{
    RecordStore records(m_db);
    DocumentTotals totals;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto header = records.get(headerTable(document), documentId);
        if (!header)
            return std::unexpected(header.error());
        const QString currency = header->value(QStringLiteral("currency")).toString();
        const Rate exchangeRate = Rate::fromMillionths(header->value(QStringLiteral("exchange_rate_ppm")).toLongLong());

        auto old = records.where(lineTable(document), parentColumn(document), documentId);
        if (!old)
            return std::unexpected(old.error());
        for (const Fields &row : *old) {
            if (auto removed = records.remove(lineTable(document), row.value(QStringLiteral("id")).toLongLong()); !removed)
                return removed;
        }

        std::vector<LineInput> inputs;
        int position = 0;
        for (DocumentLine &line : lines) {
            const QString where = tr("line %1").arg(position + 1);
            if (line.unitPrice.currency() != currency)
                return fail(ErrorKind::Invalid, tr("The price is in %1 but the document is in %2.")
                                                    .arg(line.unitPrice.currency(), currency), where);
            auto total = lineTotal(line.quantity, line.unitPrice, line.discount);
            if (!total)
                return fail(total.error().kind, total.error().message, where);
            auto tax = lineTax(*total, line.taxRate);
            if (!tax)
                return fail(tax.error().kind, tax.error().message, where);
            line.position = ++position;
            line.lineTotal = *total;
            line.tax = *tax;
            Fields fields{
                {parentColumn(document), documentId},
                {QStringLiteral("position"), line.position},
                {QStringLiteral("product_id"), line.productId ? QVariant(*line.productId) : QVariant()},
                {QStringLiteral("description"), line.description},
                {QStringLiteral("specification"), line.specification},
                {QStringLiteral("unit"), line.unit},
                {QStringLiteral("quantity_milli"), line.quantity.thousandths()},
                {QStringLiteral("unit_price"), line.unitPrice.minor()},
                {QStringLiteral("discount_ppm"), line.discount.millionths()},
                {QStringLiteral("tax_rate_ppm"), line.taxRate.millionths()},
                {QStringLiteral("line_total"), line.lineTotal.minor()},
                {QStringLiteral("tax"), line.tax.minor()},
            };
            if (document == LineDocument::SalesOrder)
                fields.insert(QStringLiteral("contract_line_id"),
                              line.contractLineId ? QVariant(*line.contractLineId) : QVariant());
            auto inserted = records.insert(lineTable(document), fields);
            if (!inserted)
                return fail(inserted.error().kind, inserted.error().message, where);
            line.id = *inserted;
            inputs.push_back({line.quantity, line.unitPrice, line.discount, line.taxRate});
        }

        auto computed = documentTotals(inputs, currency);
        if (!computed)
            return std::unexpected(computed.error());
        totals = *computed;
        const auto baseCurrency = SettingsStore(m_db).baseCurrency();
        if (!baseCurrency)
            return std::unexpected(baseCurrency.error());
        auto base = totals.total.convertedTo(*baseCurrency, exchangeRate);
        if (!base)
            return std::unexpected(base.error());
        return records.update(headerTable(document), documentId,
                              {{QStringLiteral("subtotal"), totals.subtotal.minor()},
                               {QStringLiteral("tax"), totals.tax.minor()},
                               {QStringLiteral("total"), totals.total.minor()},
                               {QStringLiteral("base_total"), base->minor()}});
    });
    if (!done)
        return std::unexpected(done.error());
    return totals;
}

} // namespace qianyue
