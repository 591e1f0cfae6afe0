#include "core/documents/DocumentPrinter.h"
#include "core/documents/DocumentSnapshots.h"
#include "core/store/DocumentStore.h"
#include "core/store/LineStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "tests/core/documents/DocumentTestSupport.h"

#include <QJsonDocument>

using namespace qianyue;

namespace {

PrintOptions chinese()
{
    return PrintOptions{};
}

PrintOptions english()
{
    PrintOptions options;
    options.language = DocumentLanguage::English;
    return options;
}

// Quote Q-2026-0001 revision 1 approved and frozen, as the approval does.
qint64 approvedQuote(test::ChainFixture &f)
{
    QuoteWorkflow quotes(*f.db);
    auto quote = quotes.createFromOpportunity(f.openOpportunity(), QDate(2026, 3, 2));
    REQUIRE(quote);
    REQUIRE(quotes.submit(*quote));
    REQUIRE(quotes.approve(*quote, f.managerId, QDate(2026, 3, 3)));
    REQUIRE(DocumentSnapshots::freezeQuote(*f.db, *quote));
    return *quote;
}

// Revision 2 of `quote`: the laptop at 5 799.00 × 12, the service dropped, installation added.
qint64 revisedQuote(test::ChainFixture &f, qint64 quote)
{
    QuoteWorkflow quotes(*f.db);
    auto revised = quotes.revise(quote, QDate(2026, 3, 6));
    REQUIRE(revised);
    auto lines = LineStore(*f.db).lines(LineDocument::Quote, *revised);
    REQUIRE(lines);
    REQUIRE(lines->size() == 2);
    std::vector<DocumentLine> changed{lines->at(0)};
    changed[0].quantity = Quantity::fromInt(12);
    changed[0].unitPrice = Money(579900, QStringLiteral("CNY"));
    DocumentLine installation;
    installation.description = QStringLiteral("安装调试");
    installation.unit = QStringLiteral("次");
    installation.quantity = Quantity::fromInt(1);
    installation.unitPrice = Money(80000, QStringLiteral("CNY"));
    installation.taxRate = Rate::fromMillionths(60000);
    changed.push_back(installation);
    REQUIRE(quotes.setLines(*revised, changed));
    return *revised;
}

QString pdfText(const QByteArray &pdf)
{
    return test::Poppler(pdf).text();
}

} // namespace

TEST_CASE("Schema 4 seeds the contract clauses and the print settings")
{
    test::ChainFixture f;
    DocumentStore store(*f.db);
    auto chineseClauses = store.clauses(QStringLiteral("sales_contract"), QStringLiteral("zh_CN"));
    auto englishClauses = store.clauses(QStringLiteral("sales_contract"), QStringLiteral("en"));
    REQUIRE(chineseClauses);
    REQUIRE(englishClauses);
    CHECK(chineseClauses->size() == 10);
    CHECK(englishClauses->size() == 10);
    CHECK(chineseClauses->front().title == QStringLiteral("产品及价格"));
    CHECK(englishClauses->at(1).body.contains(QStringLiteral("{total_in_words}")));

    auto defaults = PrintOptions::fromSettings(*f.db);
    REQUIRE(defaults);
    CHECK(defaults->language == DocumentLanguage::Chinese);
    CHECK(defaults->paper == PaperSize::A4);
    CHECK(defaults->marginsMm == QMarginsF(16, 15, 16, 15));

    SettingsStore settings(*f.db);
    REQUIRE(settings.setValue(QStringLiteral("document.paper"), QStringLiteral("letter")));
    REQUIRE(settings.setValue(QStringLiteral("document.language"), QStringLiteral("bilingual")));
    REQUIRE(settings.setValue(QStringLiteral("document.margin_left_mm"), QStringLiteral("20.5")));
    auto changed = PrintOptions::fromSettings(*f.db);
    REQUIRE(changed);
    CHECK(changed->paper == PaperSize::Letter);
    CHECK(changed->language == DocumentLanguage::Bilingual);
    CHECK(changed->marginsMm.left() == 20.5);

    REQUIRE(settings.setValue(QStringLiteral("document.margin_top_mm"), QStringLiteral("wide")));
    auto refused = PrintOptions::fromSettings(*f.db);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("document.margin_top_mm")));

    auto empty = store.replaceClauses(QStringLiteral("sales_contract"), QStringLiteral("zh_CN"), {{QStringLiteral("空"), QString()}});
    REQUIRE_FALSE(empty);
    CHECK(store.clauses(QStringLiteral("sales_contract"), QStringLiteral("zh_CN"))->size() == 10);
}

TEST_CASE("A snapshot keeps every printed field through JSON")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    REQUIRE(f.db->query(QStringLiteral("UPDATE company SET logo = ? WHERE id = 1"), {QByteArray("\x89PNG fake logo bytes", 20)}));
    auto data = DocumentLoader::quote(*f.db, test::quoteWithLines(f, 4));
    REQUIRE(data);
    CHECK(data->company.logo.size() == 20);
    CHECK(data->customer.contactName == QStringLiteral("张伟"));
    CHECK(data->salesperson == QStringLiteral("李娜"));
    const QByteArray json = QJsonDocument(data->toJson()).toJson(QJsonDocument::Compact);
    auto back = DocumentData::fromJson(json);
    REQUIRE(back);
    CHECK(QJsonDocument(back->toJson()).toJson(QJsonDocument::Compact) == json);
    CHECK(back->items.at(3).line.description == data->items.at(3).line.description);
    CHECK(back->total == data->total);

    auto broken = DocumentData::fromJson("{\"format\": 99}");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().kind == ErrorKind::Invalid);
}

TEST_CASE("Reprinting an approved revision after price and company changes prints what was approved")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db, QStringLiteral("杭州千岳信息技术有限公司"));
    const qint64 quote = approvedQuote(f);
    auto first = DocumentPrinter::quote(*f.db, QStringLiteral("Q-2026-0001"), 1, chinese());
    REQUIRE(first);
    CHECK(first->fromSnapshot);

    // After the approval: the list price goes up, the company renames itself, a revision reprices.
    REQUIRE(f.records().update(QStringLiteral("products"), f.laptopId, {{QStringLiteral("list_price"), 649900}}));
    test::fillCompanyProfile(*f.db, QStringLiteral("千岳科技集团有限公司"));
    const qint64 revised = revisedQuote(f, quote);

    auto again = DocumentPrinter::quote(*f.db, QStringLiteral("Q-2026-0001"), 1, chinese());
    REQUIRE(again);
    CHECK(again->fromSnapshot);
    CHECK(again->pdf == first->pdf); // the very bytes stored at approval

    auto newest = DocumentPrinter::quote(*f.db, QStringLiteral("Q-2026-0001"), std::nullopt, chinese());
    REQUIRE(newest);
    CHECK(newest->revision == 2);
    CHECK_FALSE(newest->fromSnapshot);

    // The English copy of the frozen revision is made from the snapshot once, then kept.
    auto englishFirst = DocumentPrinter::print(*f.db, DocumentKind::Quote, quote, english());
    auto englishAgain = DocumentPrinter::print(*f.db, DocumentKind::Quote, quote, english());
    REQUIRE(englishFirst);
    REQUIRE(englishAgain);
    CHECK(englishAgain->pdf == englishFirst->pdf);
    CHECK(revised > quote);

    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the printed prices are not checked");
        return;
    }
    const QString frozen = pdfText(again->pdf);
    CHECK(frozen.contains(QStringLiteral("5,999.00")));
    CHECK(frozen.contains(QStringLiteral("杭州千岳信息技术有限公司")));
    CHECK_FALSE(frozen.contains(QStringLiteral("5,799.00")));
    CHECK_FALSE(frozen.contains(QStringLiteral("千岳科技集团有限公司")));
    const QString frozenEnglish = pdfText(englishFirst->pdf);
    CHECK(frozenEnglish.contains(QStringLiteral("5,999.00")));
    CHECK(frozenEnglish.contains(QStringLiteral("杭州千岳信息技术有限公司")));
    const QString current = pdfText(newest->pdf);
    CHECK(current.contains(QStringLiteral("5,799.00")));
    CHECK(current.contains(QStringLiteral("千岳科技集团有限公司")));
    CHECK(current.contains(QStringLiteral("草稿")));
}

TEST_CASE("Comparing two quote revisions lists changed lines quantities prices and totals")
{
    test::ChainFixture f;
    const qint64 quote = approvedQuote(f);
    revisedQuote(f, quote);

    auto revisions = DocumentStore(*f.db).quoteRevisions(QStringLiteral("Q-2026-0001"));
    REQUIRE(revisions);
    REQUIRE(revisions->size() == 2);
    CHECK(revisions->at(0).frozen);
    CHECK(revisions->at(0).status == QStringLiteral("approved"));
    CHECK_FALSE(revisions->at(1).frozen);

    auto comparison = DocumentSnapshots::compareQuoteRevisions(*f.db, QStringLiteral("Q-2026-0001"), 1, 2);
    REQUIRE(comparison);
    REQUIRE(comparison->lines.size() == 3);
    CHECK(comparison->lines[0].kind == LineChange::Kind::Changed);
    CHECK(comparison->lines[1].kind == LineChange::Kind::Added);
    CHECK(comparison->lines[2].kind == LineChange::Kind::Removed);
    CHECK(comparison->totalBefore.minor() == 7033376);
    CHECK(comparison->totalAfter.minor() == 7948244); // 69 588.00 + 800.00 + 9 046.44 + 48.00
    CHECK_FALSE(comparison->identical());

    const QString described = comparison->describe().join(u'\n');
    INFO(described.toStdString());
    for (const QString &expected : {QStringLiteral("Line 1 笔记本电脑: quantity 10 → 12."),
                                    QStringLiteral("Line 1 笔记本电脑: unit price 5,999.00 → 5,799.00."),
                                    QStringLiteral("Line 1 笔记本电脑: amount 59,990.00 → 69,588.00."),
                                    QStringLiteral("Line 2 added: 安装调试, quantity 1 at 800.00, amount 800.00."),
                                    QStringLiteral("Line 2 removed: 上门维保服务, quantity 2 at 1,200.50, amount 2,401.00."),
                                    QStringLiteral("Total: CNY 70,333.76 → CNY 79,482.44.")}) {
        INFO("expected: " << expected.toStdString());
        CHECK(described.contains(expected));
    }

    auto same = DocumentSnapshots::compareQuoteRevisions(*f.db, QStringLiteral("Q-2026-0001"), 1, 1);
    REQUIRE(same);
    CHECK(same->identical());
    CHECK(same->describe().isEmpty());

    auto missing = DocumentSnapshots::compareQuoteRevisions(*f.db, QStringLiteral("Q-2026-0001"), 1, 5);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("A signed contract keeps its clauses when the template is edited later")
{
    test::ChainFixture f;
    ContractWorkflow contracts(*f.db);
    auto contract = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 5));
    REQUIRE(contract);
    REQUIRE(contracts.submitForReview(*contract));
    REQUIRE(contracts.sign(*contract, QDate(2026, 3, 9)));
    REQUIRE(DocumentSnapshots::freezeContract(*f.db, *contract));

    DocumentStore store(*f.db);
    REQUIRE(store.replaceClauses(QStringLiteral("sales_contract"), QStringLiteral("zh_CN"),
                                 {{QStringLiteral("保密"), QStringLiteral("双方对本合同内容负有保密义务。付款：{payment_terms}")}}));
    auto draft = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 12));
    REQUIRE(draft);

    auto frozen = DocumentPrinter::contract(*f.db, QStringLiteral("HT-2026-0001"), chinese());
    auto current = DocumentPrinter::contract(*f.db, QStringLiteral("HT-2026-0002"), chinese());
    REQUIRE(frozen);
    REQUIRE(current);
    CHECK(frozen->fromSnapshot);
    CHECK_FALSE(current->fromSnapshot);
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the printed clauses are not checked");
        return;
    }
    const QString frozenText = pdfText(frozen->pdf);
    CHECK(frozenText.contains(QStringLiteral("第十条")));
    CHECK(frozenText.contains(QStringLiteral("质量保证")));
    CHECK_FALSE(frozenText.contains(QStringLiteral("保密义务")));
    const QString currentText = pdfText(current->pdf);
    CHECK(currentText.contains(QStringLiteral("保密义务")));
    CHECK_FALSE(currentText.contains(QStringLiteral("第二条")));
    // The new template names no delivery terms, so they are printed as a term of their own.
    CHECK(currentText.contains(QStringLiteral("交货方式")));
}

TEST_CASE("Printing an unknown number or revision says what is missing")
{
    test::ChainFixture f;
    approvedQuote(f);
    auto revision = DocumentPrinter::quote(*f.db, QStringLiteral("Q-2026-0001"), 7, chinese());
    REQUIRE_FALSE(revision);
    CHECK(revision.error().kind == ErrorKind::NotFound);
    CHECK(revision.error().message.contains(QStringLiteral("7")));
    auto quote = DocumentPrinter::quote(*f.db, QStringLiteral("Q-1999-0042"), std::nullopt, chinese());
    REQUIRE_FALSE(quote);
    CHECK(quote.error().message.contains(QStringLiteral("Q-1999-0042")));
    auto contract = DocumentPrinter::contract(*f.db, QStringLiteral("HT-1999-0042"), chinese());
    REQUIRE_FALSE(contract);
    CHECK(contract.error().kind == ErrorKind::NotFound);
}
