#include "core/documents/AmountInWords.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentPrinter.h"
#include "core/documents/DocumentRenderer.h"
#include "core/documents/DocumentSnapshots.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "tests/core/documents/DocumentTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <set>

using namespace qianyue;

namespace {

// Set QIANYUE_DOCUMENT_DUMP to a folder to keep the PDFs the tests print, for looking at them.
void keep(const QByteArray &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("QIANYUE_DOCUMENT_DUMP");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

PrintOptions options(DocumentLanguage language, PaperSize paper = PaperSize::A4)
{
    PrintOptions chosen;
    chosen.language = language;
    chosen.paper = paper;
    return chosen;
}

QByteArray printQuote(test::ChainFixture &f, qint64 quote, DocumentLanguage language, PaperSize paper = PaperSize::A4)
{
    auto printed = DocumentPrinter::print(*f.db, DocumentKind::Quote, quote, options(language, paper));
    REQUIRE(printed);
    return printed->pdf;
}

// A signed contract from the fixture's accepted quote, frozen as the signing would.
qint64 signedContract(test::ChainFixture &f)
{
    ContractWorkflow contracts(*f.db);
    auto contract = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 5));
    REQUIRE(contract);
    REQUIRE(contracts.submitForReview(*contract));
    REQUIRE(contracts.sign(*contract, QDate(2026, 3, 9), QDate(2026, 3, 10), QDate(2027, 3, 9)));
    REQUIRE(DocumentSnapshots::freezeContract(*f.db, *contract));
    return *contract;
}

QByteArray pngLogo()
{
    QImage image(240, 120, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x3a, 0x5f));
    QPainter painter(&image);
    painter.fillRect(QRect(20, 20, 80, 80), QColor(0xf0, 0xb4, 0x29));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("The document fonts are the rebuilt Noto CJK faces")
{
    if (!DocumentFonts::instance().rebuilt())
        WARN("Noto Sans CJK (fonts-noto-cjk) not found; documents fall back to an installed CJK family");
    else
        CHECK(DocumentFonts::instance().sources().size() == 3);
}

TEST_CASE("A Chinese quote prints its numbers totals and amount in words")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = f.acceptedQuote();
    const QByteArray pdf = printQuote(f, quote, DocumentLanguage::Chinese);
    keep(pdf, QStringLiteral("quote-zh.pdf"));
    REQUIRE(pdf.startsWith("%PDF-"));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const test::Poppler poppler(pdf);
    const QString text = poppler.text();
    for (const QString &expected :
         {QStringLiteral("报价单"), QStringLiteral("Q-2026-0001"), QStringLiteral("杭州千岳信息技术有限公司"),
          QStringLiteral("91330106MA2H3K7X5Q"), QStringLiteral("上海华信电子有限公司"), QStringLiteral("张伟"),
          QStringLiteral("李娜"), QStringLiteral("2026年4月1日"), QStringLiteral("笔记本电脑"), QStringLiteral("NB-14"),
          QStringLiteral("5,999.00"), QStringLiteral("59,990.00"), QStringLiteral("1,200.50"), QStringLiteral("2,401.00"),
          QStringLiteral("62,391.00"), QStringLiteral("7,798.70"), QStringLiteral("144.06"), QStringLiteral("CNY 70,333.76"),
          QStringLiteral("人民币柒万零叁佰叁拾叁元柒角陆分"), QStringLiteral("税额 13%"), QStringLiteral("税额 6%"),
          QStringLiteral("统一社会信用代码"), QStringLiteral("客户确认")}) {
        INFO("expected: " << expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(test::withoutSpaces(text).contains(QStringLiteral("第1页共1页")));
    CHECK(AmountInWords::chineseUppercase(7033376) == QStringLiteral("柒万零叁佰叁拾叁元柒角陆分"));
    CHECK_FALSE(text.contains(QStringLiteral("草稿")));
    CHECK(poppler.pages() == 1);
    CHECK(poppler.pageSize().startsWith(QStringLiteral("595 x 842")));
}

TEST_CASE("Copying Chinese text out of the PDF gives the printed characters and no Kangxi radicals")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = test::quoteWithLines(f, 12);
    const QByteArray pdf = printQuote(f, quote, DocumentLanguage::Bilingual);
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; text extraction is not checked");
        return;
    }
    const QString text = test::Poppler(pdf).text();
    CHECK(text.contains(QStringLiteral("人民币")));
    // Characters whose look-alike radicals come first in the font's character map.
    for (const QString &word : {QStringLiteral("人民币"), QStringLiteral("金额大写"), QStringLiteral("日期"),
                                QStringLiteral("统一社会信用代码"), QStringLiteral("浙江省杭州市西湖区文三路")}) {
        INFO("expected: " << word.toStdString());
        CHECK(text.contains(word));
    }
    const QStringList radicals = test::radicalCodePoints(text);
    INFO("radicals: " << radicals.join(u' ').toStdString());
    CHECK(radicals.isEmpty());
    // The space glyph is named by U+0020, not by the tab that maps to it too.
    CHECK_FALSE(text.contains(u'\t'));
}

TEST_CASE("Fonts are embedded as subsets")
{
    test::ChainFixture f;
    const QByteArray pdf = printQuote(f, f.acceptedQuote(), DocumentLanguage::Chinese);
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; fonts are not checked");
        return;
    }
    const QStringList fonts = test::Poppler(pdf).fonts();
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &row : fonts) {
        INFO(row.toStdString());
        // name type encoding emb sub uni object: every font embedded and with a ToUnicode map.
        const QStringList columns = row.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
        CHECK(columns.at(columns.size() - 3) == QStringLiteral("yes"));
        if (DocumentFonts::instance().rebuilt())
            CHECK(columns.at(columns.size() - 4) == QStringLiteral("yes")); // named as a subset
    }
    if (DocumentFonts::instance().rebuilt()) {
        CHECK(fonts.join(u'\n').contains(QStringLiteral("QYSANR+NotoSansCJKsc-Regular")));
        CHECK(fonts.join(u'\n').contains(QStringLiteral("QYSANB+NotoSansCJKsc-Bold")));
        CHECK(fonts.join(u'\n').contains(QStringLiteral("QYSERB+NotoSerifCJKsc-Bold")));
    }
    // A whole Noto CJK face is 16 MB; only the glyphs used travel with the document.
    CHECK(pdf.size() < 400 * 1024);
}

TEST_CASE("An English quote on Letter paper uses English labels and words")
{
    test::ChainFixture f;
    const QByteArray pdf = printQuote(f, f.acceptedQuote(), DocumentLanguage::English, PaperSize::Letter);
    keep(pdf, QStringLiteral("quote-en-letter.pdf"));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const test::Poppler poppler(pdf);
    const QString text = poppler.text();
    for (const QString &expected : {QStringLiteral("QUOTATION"), QStringLiteral("Quotation No."), QStringLiteral("Valid until"),
                                    QStringLiteral("1 April 2026"), QStringLiteral("Unit price"), QStringLiteral("Subtotal (excl. tax)"),
                                    QStringLiteral("Total (incl. tax)"), QStringLiteral("CNY 70,333.76"), QStringLiteral("Page 1 of 1"),
                                    AmountInWords::englishWords(7033376, QStringLiteral("CNY"))}) {
        INFO("expected: " << expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("报价单")));
    CHECK(poppler.pageSize().startsWith(QStringLiteral("612 x 792")));
}

TEST_CASE("A bilingual quote carries both languages and a foreign currency in English words")
{
    test::ChainFixture f;
    auto data = DocumentLoader::quote(*f.db, f.acceptedQuote());
    REQUIRE(data);
    data->currency = QStringLiteral("USD");
    for (DocumentItem &item : data->items) {
        item.line.unitPrice = Money(item.line.unitPrice.minor(), QStringLiteral("USD"));
        item.line.lineTotal = Money(item.line.lineTotal.minor(), QStringLiteral("USD"));
        item.line.tax = Money(item.line.tax.minor(), QStringLiteral("USD"));
    }
    data->total = Money(100405, QStringLiteral("USD"));
    auto rendered = DocumentRenderer::render(*data, options(DocumentLanguage::Bilingual));
    REQUIRE(rendered);
    keep(rendered->pdf, QStringLiteral("quote-bilingual-usd.pdf"));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const QString text = test::Poppler(rendered->pdf).text();
    CHECK(test::withoutSpaces(text).contains(QStringLiteral("第1页共1页/Page1of1")));
    for (const QString &expected : {QStringLiteral("报价单"), QStringLiteral("QUOTATION"),
                                    QStringLiteral("US Dollars One Thousand Four and 05/100"), QStringLiteral("USD 1,004.05")}) {
        INFO("expected: " << expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("人民币")));
}

TEST_CASE("A 150-line quote repeats the table header on every page and never strands a header")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = test::quoteWithLines(f, 150);
    auto data = DocumentLoader::quote(*f.db, quote);
    REQUIRE(data);
    auto rendered = DocumentRenderer::render(*data, options(DocumentLanguage::Chinese));
    REQUIRE(rendered);
    keep(rendered->pdf, QStringLiteral("quote-150.pdf"));
    const auto &pages = rendered->pages;
    const int pageCount = int(pages.size());
    REQUIRE(pageCount >= 3);

    // Every row once, in order, and every page with rows has the header above them.
    int expectedRow = 0;
    for (int p = 0; p < pageCount; ++p) {
        const PageContents &page = pages[std::size_t(p)];
        INFO("page " << p + 1 << ": " << page.blocks.join(u' ').toStdString());
        if (page.firstRow >= 0) {
            CHECK(page.tableHeader);
            CHECK(page.firstRow == expectedRow);
            expectedRow = page.lastRow + 1;
            CHECK(page.blocks.at(page.blocks.indexOf(QStringLiteral("header")) + 1) == QStringLiteral("row"));
        }
        CHECK_FALSE(page.blocks.isEmpty());
        CHECK(page.blocks.last() != QStringLiteral("header"));
        CHECK(page.blocks.last() != QStringLiteral("heading"));
    }
    CHECK(expectedRow == 150);
    // The totals never open a page without the last line above them.
    for (const PageContents &page : pages) {
        if (page.blocks.contains(QStringLiteral("totals")))
            CHECK(page.lastRow == 149);
    }

    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const test::Poppler poppler(rendered->pdf);
    REQUIRE(poppler.pages() == pageCount);
    std::set<QString> amounts;
    for (int i = 0; i < 150; ++i)
        amounts.insert(test::lineAmount(i));
    REQUIRE(amounts.size() == 150);
    int found = 0;
    for (int p = 1; p <= pageCount; ++p) {
        const QString text = poppler.text(p);
        INFO("page " << p);
        CHECK(test::withoutSpaces(text).contains(QStringLiteral("第%1页共%2页").arg(p).arg(pageCount)));
        CHECK(text.contains(QStringLiteral("Q-2026-0001")));
        const PageContents &page = pages[std::size_t(p - 1)];
        if (page.firstRow < 0)
            continue;
        CHECK(text.contains(QStringLiteral("单价")));
        CHECK(text.contains(QStringLiteral("金额")));
        // Each line's name and its amount are on the same page.
        for (int row = page.firstRow; row <= page.lastRow; ++row) {
            INFO("line " << row + 1);
            CHECK(text.contains(test::lineToken(row)));
            CHECK(text.contains(test::lineAmount(row)));
            ++found;
        }
    }
    CHECK(found == 150);
}

TEST_CASE("A long description wraps inside its row")
{
    test::ChainFixture f;
    const qint64 quote = test::quoteWithLines(f, 5); // line 4 has the long description
    const QByteArray pdf = printQuote(f, quote, DocumentLanguage::Chinese);
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const QStringList lines = test::Poppler(pdf).text(1, true).split(u'\n');
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(QStringLiteral("P0004")))
            first = i;
        if (lines[i].contains(QStringLiteral("集中管理")))
            last = i;
    }
    REQUIRE(first >= 0);
    REQUIRE(last > first);                          // wrapped over several lines
    CHECK(lines[first].contains(test::lineAmount(3))); // amount on the row's first line
    CHECK(last - first <= 6);                       // and the rest right under it
}

TEST_CASE("A drafting quote is marked as a draft and a logo is printed")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    REQUIRE(f.db->query(QStringLiteral("UPDATE company SET logo = ? WHERE id = 1"), {pngLogo()}));
    const qint64 quote = test::quoteWithLines(f, 3);
    const QByteArray pdf = printQuote(f, quote, DocumentLanguage::Chinese);
    keep(pdf, QStringLiteral("quote-draft-logo.pdf"));
    CHECK(pdf.contains("/Subtype /Image"));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    CHECK(test::Poppler(pdf).text().contains(QStringLiteral("草稿")));
}

TEST_CASE("A signed contract prints numbered clauses and both parties' signature blocks on one page")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 contract = signedContract(f);
    auto printed = DocumentPrinter::contract(*f.db, QStringLiteral("HT-2026-0001"), options(DocumentLanguage::Chinese));
    REQUIRE(printed);
    CHECK(printed->fromSnapshot);
    keep(printed->pdf, QStringLiteral("contract-zh.pdf"));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const test::Poppler poppler(printed->pdf);
    const QString text = poppler.text();
    for (const QString &expected :
         {QStringLiteral("销售合同"), QStringLiteral("HT-2026-0001"), QStringLiteral("第一条"), QStringLiteral("第十条"),
          QStringLiteral("本合同总金额为 CNY 70,333.76（大写：人民币柒万零叁佰叁拾叁元柒角陆分）"),
          QStringLiteral("2026年3月10日 至 2027年3月9日"), QStringLiteral("（以下无正文）"), QStringLiteral("甲方（买方）"),
          QStringLiteral("乙方（卖方）"), QStringLiteral("2026年3月9日")}) {
        INFO("expected: " << expected.toStdString());
        CHECK(text.contains(expected));
    }
    // Both signature lines and both seals on the same page.
    int pagesWithSignatures = 0;
    for (int p = 1; p <= poppler.pages(); ++p) {
        const QString page = poppler.text(p);
        const auto signatures = page.count(QStringLiteral("授权代表（签字）"));
        if (signatures == 0)
            continue;
        ++pagesWithSignatures;
        CHECK(signatures == 2);
        CHECK(page.count(QStringLiteral("盖章")) == 2);
    }
    CHECK(pagesWithSignatures == 1);
    CHECK(contract > 0);
}

TEST_CASE("The signature block moves to the next page whole and the closing line stays with the clauses")
{
    test::ChainFixture f;
    auto data = DocumentLoader::contract(*f.db, [&] {
        ContractWorkflow contracts(*f.db);
        auto id = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 5));
        REQUIRE(id);
        return *id;
    }());
    REQUIRE(data);
    // Lines pushed down a page a little at a time put the signatures at every height of a page.
    const DocumentItem line = data->items.front();
    for (int lines = 10; lines <= 40; lines += 3) {
        data->items.assign(std::size_t(lines), line);
        auto rendered = DocumentRenderer::render(*data, options(DocumentLanguage::Bilingual));
        REQUIRE(rendered);
        keep(rendered->pdf, QStringLiteral("contract-bilingual-%1.pdf").arg(lines));
        int blocks = 0;
        for (const PageContents &page : rendered->pages) {
            blocks += int(page.blocks.count(QStringLiteral("signatures")));
            CHECK(page.blocks.last() != QStringLiteral("heading"));
        }
        CHECK(blocks == 1);
        // The closing line (以下无正文) ends the clauses' page, never opens a page of its own.
        int closings = 0;
        for (const PageContents &page : rendered->pages) {
            const qsizetype at = page.blocks.indexOf(QStringLiteral("closing"));
            if (at < 0)
                continue;
            ++closings;
            REQUIRE(at > 0);
            CHECK(page.blocks.at(at - 1) == QStringLiteral("text"));
        }
        CHECK(closings == 1);
        CHECK(rendered->pages.back().blocks.contains(QStringLiteral("signatures")));
    }
}
