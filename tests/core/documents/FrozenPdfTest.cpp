#include "core/documents/DocumentLabels.h"
#include "core/documents/DocumentPrinter.h"
#include "core/documents/DocumentSnapshots.h"
#include "core/store/DocumentStore.h"
#include "core/workflow/QuoteWorkflow.h"
#include "tests/core/documents/DocumentTestSupport.h"

using namespace qianyue;

namespace {

qint64 storedFiles(test::ChainFixture &f)
{
    return f.db->scalar(QStringLiteral("SELECT count(*) FROM document_snapshot_files")).value_or(QVariant()).toLongLong();
}

} // namespace

TEST_CASE("Approving freezes the data at once and the PDF made from it afterwards is what every print returns")
{
    test::ChainFixture f;
    QuoteWorkflow quotes(*f.db);
    auto quote = quotes.createFromOpportunity(f.openOpportunity(), QDate(2026, 3, 2));
    REQUIRE(quote);
    REQUIRE(quotes.submit(*quote));
    REQUIRE(quotes.approve(*quote, f.managerId, QDate(2026, 3, 3)));
    // The approval's transaction stored the data, not yet a PDF.
    auto snapshot = DocumentStore(*f.db).snapshot(SnapshotKind::Quote, *quote);
    REQUIRE(snapshot);
    REQUIRE(*snapshot);
    CHECK(storedFiles(f) == 0);

    // Prices change before the PDF is made: it still shows what was approved.
    REQUIRE(f.records().update(QStringLiteral("products"), f.laptopId, {{QStringLiteral("list_price"), 649900}}));
    auto made = DocumentSnapshots::storeFrozenPdf(*f.db, DocumentKind::Quote, *quote);
    REQUIRE(made);
    CHECK(*made);
    CHECK(storedFiles(f) == 1);
    auto again = DocumentSnapshots::storeFrozenPdf(*f.db, DocumentKind::Quote, *quote);
    REQUIRE(again);
    CHECK_FALSE(*again);
    CHECK(storedFiles(f) == 1);

    auto options = PrintOptions::fromSettings(*f.db);
    REQUIRE(options);
    auto printed = DocumentPrinter::print(*f.db, DocumentKind::Quote, *quote, *options);
    auto reprinted = DocumentPrinter::print(*f.db, DocumentKind::Quote, *quote, *options);
    REQUIRE(printed);
    REQUIRE(reprinted);
    CHECK(printed->fromSnapshot);
    CHECK(printed->pdf == reprinted->pdf);
    auto file = DocumentStore(*f.db).snapshotFile((*snapshot)->id, DocumentLabels::languageName(options->language),
                                                   PrintOptions::paperName(options->paper));
    REQUIRE(file);
    REQUIRE(*file);
    CHECK(**file == printed->pdf);
    if (test::Poppler::available()) {
        const QString text = test::Poppler(printed->pdf).text();
        CHECK(text.contains(QStringLiteral("5,999.00")));
        CHECK_FALSE(text.contains(QStringLiteral("6,499.00")));
    }

    // Nothing frozen, nothing made.
    auto draft = quotes.createFromOpportunity(f.openOpportunity(), QDate(2026, 3, 4));
    REQUIRE(draft);
    auto none = DocumentSnapshots::storeFrozenPdf(*f.db, DocumentKind::Quote, *draft);
    REQUIRE(none);
    CHECK_FALSE(*none);
}
