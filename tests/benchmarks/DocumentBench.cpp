#include "tests/benchmarks/DocumentBench.h"

#include "core/documents/DocumentData.h"
#include "core/documents/DocumentRenderer.h"
#include "core/store/Database.h"
#include "tests/benchmarks/BenchRunner.h"

namespace qianyue::bench {

namespace {

constexpr double kRenderBudget = 500; // DESIGN.md: render a 200-line quote to PDF < 0.5 s
constexpr int kLines = 200;

// A real quote of the data set (customer, salesperson, company profile) with
// its lines repeated up to 200, every fifth with a description that wraps.
// Nothing is written to the database.
DocumentData twoHundredLineQuote(Database &db)
{
    DocumentData data;
    const QVariant newest = db.scalar(QStringLiteral("SELECT max(id) FROM quotes")).value_or(QVariant());
    if (!newest.isNull()) {
        if (auto loaded = DocumentLoader::quote(db, newest.toLongLong()))
            data = std::move(*loaded);
    }
    if (data.number.isEmpty()) {
        data.number = QStringLiteral("Q-BENCH-0001");
        data.currency = QStringLiteral("CNY");
        data.date = QDate::currentDate();
        data.customer.name = QStringLiteral("基准测试客户有限公司");
    }
    const QString currency = data.currency;
    std::vector<DocumentItem> items;
    qint64 subtotal = 0;
    qint64 tax = 0;
    for (int i = 0; i < kLines; ++i) {
        DocumentItem item;
        DocumentLine &line = item.line;
        line.position = i + 1;
        line.description = QStringLiteral("基准产品 %1").arg(i + 1);
        if (i % 5 == 0)
            line.description += QStringLiteral("，含安装调试、现场培训及三年原厂保修服务，适用于各分支机构的统一部署");
        line.specification = QStringLiteral("型号 %1 / 标准版").arg(100 + i);
        line.unit = QStringLiteral("台");
        line.quantity = Quantity::fromInt(i % 4 + 1);
        line.unitPrice = Money(129900 + qint64(i) * 1000, currency);
        line.taxRate = Rate::fromMillionths(130000);
        line.lineTotal = Money(line.unitPrice.minor() * (i % 4 + 1), currency);
        line.tax = Money(line.lineTotal.minor() * 13 / 100, currency);
        item.sku = QStringLiteral("SKU-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        subtotal += line.lineTotal.minor();
        tax += line.tax.minor();
        items.push_back(std::move(item));
    }
    data.items = std::move(items);
    data.subtotal = Money(subtotal, currency);
    data.tax = Money(tax, currency);
    data.total = Money(subtotal + tax, currency);
    return data;
}

} // namespace

void runDocumentOperations(BenchRunner &runner, Database &db, int runs)
{
    const DocumentData quote = twoHundredLineQuote(db);
    const PrintOptions options = PrintOptions::fromSettings(db).value_or(PrintOptions{});
    runner.measure(QStringLiteral("render a 200-line quote to PDF"), std::min(runs, 11), kRenderBudget, [&](int) {
        auto rendered = DocumentRenderer::render(quote, options);
        return rendered.has_value() && rendered->pdf.size() > 0 && rendered->pages.size() > 1;
    });
}

} // namespace qianyue::bench
