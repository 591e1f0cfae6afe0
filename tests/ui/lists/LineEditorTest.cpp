#include "core/store/LineStore.h"
#include "core/workflow/QuoteWorkflow.h"
#include "tests/support/ChainFixture.h"
#include "ui/records/LineEditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace qianyue;
using namespace qianyue::ui;

TEST_CASE("The line editor adds products edits quantities reorders and saves through the workflow")
{
    test::ChainFixture f;
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    LineEditor editor(*f.db, LineDocument::Quote, *quote);
    QTableWidget *table = editor.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(editor.totalsText().contains(QStringLiteral("70,333.76")));

    REQUIRE(editor.addProduct(QStringLiteral("SV-1Y")));
    REQUIRE(table->rowCount() == 3);
    table->item(2, 4)->setText(QStringLiteral("3")); // quantity
    table->item(2, 6)->setText(QStringLiteral("10")); // discount %
    CHECK_FALSE(editor.addProduct(QStringLiteral("no such product")));
    editor.moveLine(2, -1);
    CHECK(table->item(1, 4)->text() == QStringLiteral("3"));
    REQUIRE(editor.save());

    auto lines = LineStore(*f.db).lines(LineDocument::Quote, *quote);
    REQUIRE(lines);
    REQUIRE(lines->size() == 3);
    CHECK(lines->at(1).quantity.thousandths() == 3000);
    CHECK(lines->at(1).discount.millionths() == 100000);
    CHECK(lines->at(1).lineTotal.minor() == 324135); // 3 × 1 200.50 × 0.9
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("subtotal")).toLongLong() == 6239100 + 324135);
}

TEST_CASE("A bad quantity is reported by line and nothing is saved")
{
    test::ChainFixture f;
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    LineEditor editor(*f.db, LineDocument::Quote, *quote);
    editor.table()->item(0, 4)->setText(QStringLiteral("0"));
    auto lines = editor.lines();
    REQUIRE_FALSE(lines);
    CHECK(lines.error().where.contains(QStringLiteral("1")));
    CHECK_FALSE(editor.save());
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("subtotal")).toLongLong() == 6239100);
}

TEST_CASE("Lines of a submitted quote cannot be saved")
{
    test::ChainFixture f;
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    REQUIRE(QuoteWorkflow(*f.db).submit(*quote));
    LineEditor editor(*f.db, LineDocument::Quote, *quote);
    CHECK_FALSE(editor.save());
}

TEST_CASE("A line dragged to another place moves whole")
{
    test::ChainFixture f;
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    LineEditor editor(*f.db, LineDocument::Quote, *quote);
    REQUIRE(editor.addProduct(QStringLiteral("NB-14")));
    QTableWidget *table = editor.table();
    REQUIRE(table->rowCount() == 3);
    // The table drags its own rows; the drop (handled by the editor) moves the line.
    CHECK(table->dragEnabled());
    CHECK(table->dragDropMode() == QAbstractItemView::InternalMove);
    table->item(0, 4)->setText(QStringLiteral("7"));
    const QString first = table->item(0, 1)->text();
    const QString second = table->item(1, 1)->text();
    editor.moveLineTo(0, 2);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 1)->text() == second);
    CHECK(table->item(2, 1)->text() == first);
    CHECK(table->item(2, 4)->text() == QStringLiteral("7")); // every cell went along
    editor.moveLineTo(2, 0);
    CHECK(table->item(0, 1)->text() == first);
    editor.moveLineTo(0, 2);
    REQUIRE(editor.save());
    auto lines = LineStore(*f.db).lines(LineDocument::Quote, *quote);
    REQUIRE(lines);
    CHECK(lines->at(2).description == first);
    CHECK(lines->at(2).quantity.thousandths() == 7000);
}

TEST_CASE("Enter in the product box adds the product and presses no button")
{
    test::ChainFixture f;
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity());
    REQUIRE(quote);
    LineEditor editor(*f.db, LineDocument::Quote, *quote);
    editor.show();
    QApplication::setActiveWindow(&editor);
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    const QString firstLine = editor.table()->item(0, 1)->text();
    editor.table()->setCurrentCell(1, 4);
    auto *picker = editor.findChild<QLineEdit *>(QStringLiteral("productPicker"));
    REQUIRE(picker);
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("SV-1Y"));
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(editor.isVisible());
    REQUIRE(editor.table()->rowCount() == 3);
    CHECK(editor.table()->item(0, 1)->text() == firstLine); // no "Move up" pressed by Enter
    CHECK(f.field(QStringLiteral("quotes"), *quote, QStringLiteral("subtotal")).toLongLong() == 6239100); // nothing saved
}
