#include "core/documents/DocumentPrinter.h"
#include "core/documents/DocumentSnapshots.h"
#include "core/workflow/ContractWorkflow.h"
#include "tests/core/documents/DocumentTestSupport.h"
#include "ui/documents/DocumentActions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QTimer>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Export PDF from the print menu writes the quote with its number and total under the suggested name")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = f.acceptedQuote();
    const QString number = f.field(QStringLiteral("quotes"), quote, QStringLiteral("number")).toString();
    REQUIRE(number.startsWith(QStringLiteral("Q-")));

    DocumentActions actions(*f.db, DocumentKind::Quote, quote);
    actions.setLanguage(DocumentLanguage::English);
    QString suggested;
    const QString target = f.tmp.file(QStringLiteral("exported.pdf"));
    actions.setFileChooser([&](const QString &path) {
        suggested = path;
        return target;
    });
    actions.action(QStringLiteral("pdf"))->trigger();

    CHECK(suggested.endsWith(u'/' + number + QStringLiteral(".pdf")));
    const QByteArray pdf = readAll(target);
    REQUIRE(pdf.startsWith("%PDF-"));
    CHECK(actions.lastMessage().contains(QStringLiteral("exported.pdf")));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the PDF's text is not checked");
        return;
    }
    const QString text = test::Poppler(pdf).text();
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("CNY 70,333.76")));
    // The document speaks the language chosen for it, not the UI's.
    CHECK(text.contains(QStringLiteral("Quotation")));
    CHECK_FALSE(text.contains(QStringLiteral("报价单")));
}

TEST_CASE("Export of a signed contract writes its frozen file even after the price changed")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    ContractWorkflow contracts(*f.db);
    auto contract = contracts.createFromQuote(f.acceptedQuote(), QDate(2026, 3, 5));
    REQUIRE(contract);
    REQUIRE(contracts.submitForReview(*contract));
    REQUIRE(contracts.sign(*contract, QDate(2026, 3, 9), QDate(2026, 3, 10), QDate(2027, 3, 9)));

    DocumentActions actions(*f.db, DocumentKind::Contract, *contract);
    actions.setLanguage(DocumentLanguage::Chinese);
    const QString first = f.tmp.file(QStringLiteral("first.pdf"));
    REQUIRE(actions.exportPdf(first));
    // A changed company profile must not reach the signed contract.
    test::fillCompanyProfile(*f.db, QStringLiteral("改名以后的公司"));
    const QString second = f.tmp.file(QStringLiteral("second.pdf"));
    actions.setFileChooser([&](const QString &) { return second; });
    actions.action(QStringLiteral("pdf"))->trigger();
    CHECK(readAll(second) == readAll(first));
    if (test::Poppler::available()) {
        const QString text = test::Poppler(readAll(second)).text();
        CHECK(text.contains(QStringLiteral("杭州千岳信息技术有限公司")));
        CHECK_FALSE(text.contains(QStringLiteral("改名以后的公司")));
    }
}

TEST_CASE("Send by e-mail attaches the PDF and runs xdg-email with the subject in the document's language")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = f.acceptedQuote();
    const QString number = f.field(QStringLiteral("quotes"), quote, QStringLiteral("number")).toString();

    DocumentActions actions(*f.db, DocumentKind::Quote, quote);
    actions.setLanguage(DocumentLanguage::Chinese);
    actions.setProgramFinder([](const QString &program) -> QString { return QStringLiteral("/usr/bin/") + program; });
    QString launched;
    QStringList arguments;
    actions.setLauncher([&](const QString &program, const QStringList &args) {
        launched = program;
        arguments = args;
        return true;
    });
    actions.action(QStringLiteral("email"))->trigger();

    CHECK(launched == QStringLiteral("/usr/bin/xdg-email"));
    const qsizetype attach = arguments.indexOf(QStringLiteral("--attach"));
    REQUIRE(attach >= 0);
    REQUIRE(attach + 1 < arguments.size());
    const QString file = arguments.at(attach + 1);
    CHECK(file.endsWith(u'/' + number + QStringLiteral(".pdf")));
    CHECK(readAll(file).startsWith("%PDF-"));
    const qsizetype subject = arguments.indexOf(QStringLiteral("--subject"));
    REQUIRE(subject >= 0);
    REQUIRE(subject + 1 < arguments.size());
    CHECK(arguments.at(subject + 1) == QStringLiteral("报价单 ") + number);
    CHECK(arguments.contains(QStringLiteral("--utf8")));

    // Without xdg-email the user is told so, and where the PDF is.
    actions.setProgramFinder([](const QString &) { return QString(); });
    launched.clear();
    actions.action(QStringLiteral("email"))->trigger();
    CHECK(launched.isEmpty());
    CHECK(actions.lastMessage().contains(QStringLiteral("xdg-email")));
    CHECK(actions.lastMessage().contains(number + QStringLiteral(".pdf")));
}

TEST_CASE("Print preview opens with the document's pages and closes on the offscreen platform")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = test::quoteWithLines(f, 60);

    DocumentActions actions(*f.db, DocumentKind::Quote, quote);
    actions.setPaper(PaperSize::Letter);
    int previewPages = -1;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            previewPages = preview->pageCount();
        dialog->reject();
    });
    actions.action(QStringLiteral("preview"))->trigger();

    CHECK(seen);
    // The preview shows as many pages as the PDF of the same document has.
    auto printed = actions.printed();
    REQUIRE(printed);
    CHECK(actions.lastPageCount() > 1);
    CHECK(previewPages == actions.lastPageCount());
    if (test::Poppler::available()) {
        const test::Poppler poppler(printed->pdf);
        CHECK(poppler.pages() == actions.lastPageCount());
        CHECK(poppler.pageSize().startsWith(QStringLiteral("612 x 792")));
    }
}

TEST_CASE("Printing paints the same pages as the exported PDF")
{
    test::ChainFixture f;
    test::fillCompanyProfile(*f.db);
    const qint64 quote = test::quoteWithLines(f, 40);
    const QString number = f.field(QStringLiteral("quotes"), quote, QStringLiteral("number")).toString();
    DocumentActions actions(*f.db, DocumentKind::Quote, quote);
    actions.setLanguage(DocumentLanguage::Bilingual);

    // What Print… sends to the printer, caught as a PDF file.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printedPath = f.tmp.file(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printedPath);
    auto pages = actions.paint(printer);
    REQUIRE(pages);
    auto exported = actions.printed();
    REQUIRE(exported);
    // Set QIANYUE_DOCUMENT_DUMP to a folder to keep what the printer got, for looking at it.
    if (const QString dump = qEnvironmentVariable("QIANYUE_DOCUMENT_DUMP"); !dump.isEmpty())
        QFile::copy(printedPath, QDir(dump).filePath(QStringLiteral("printed-from-menu.pdf")));
    if (!test::Poppler::available()) {
        WARN("poppler-utils not installed; the printed pages are not read back");
        return;
    }
    const test::Poppler fromPrinter(readAll(printedPath));
    const test::Poppler fromExport(exported->pdf);
    CHECK(fromPrinter.pages() == *pages);
    CHECK(fromExport.pages() == *pages);
    CHECK(fromPrinter.pageSize().startsWith(QStringLiteral("595")));
    for (int page = 1; page <= *pages; ++page) {
        INFO("page " << page);
        CHECK(test::withoutSpaces(fromPrinter.text(page)) == test::withoutSpaces(fromExport.text(page)));
    }
    CHECK(fromPrinter.text().contains(number));
}

TEST_CASE("Only quotes and contracts get the print menu")
{
    test::ChainFixture f;
    QWidget parent;
    CHECK(DocumentActions::forRecord(*f.db, QStringLiteral("quotes"), 1, &parent) != nullptr);
    CHECK(DocumentActions::forRecord(*f.db, QStringLiteral("contracts"), 1, &parent) != nullptr);
    CHECK(DocumentActions::forRecord(*f.db, QStringLiteral("customers"), 1, &parent) == nullptr);
}
