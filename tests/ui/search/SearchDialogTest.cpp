#include "core/i18n/Localization.h"
#include "core/store/RecordStore.h"
#include "tests/support/ChainFixture.h"
#include "ui/search/SearchDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

struct SearchData {
    test::ChainFixture f;
    qint64 firstCustomer = 0;
    qint64 secondCustomer = 0;
    qint64 contract = 0;

    SearchData()
    {
        RecordStore store = f.records();
        firstCustomer = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-2026-00501")},
                                                                   {QStringLiteral("name"), QStringLiteral("杭州星河湾数码科技有限公司")}})
                            .value();
        secondCustomer = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-2026-00502")},
                                                                    {QStringLiteral("name"), QStringLiteral("星河湾物业管理有限公司")}})
                             .value();
        contract = store.insert(QStringLiteral("contracts"), {{QStringLiteral("number"), QStringLiteral("HT-2026-0077")},
                                                              {QStringLiteral("title"), QStringLiteral("星河湾智慧园区项目合同")},
                                                              {QStringLiteral("customer_id"), secondCustomer},
                                                              {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                              {QStringLiteral("contract_date"), QStringLiteral("2026-04-01")}})
                       .value();
    }
};

// What the list shows, headings in brackets: "[Customer]", "星河湾物业管理有限公司", …
QStringList shown(const SearchDialog &dialog)
{
    QStringList rows;
    for (int row = 0; row < dialog.results()->count(); ++row) {
        const QListWidgetItem *item = dialog.results()->item(row);
        const bool heading = item->data(SearchDialog::TableRole).toString().isEmpty();
        rows << (heading ? QLatin1Char('[') + item->text() + QLatin1Char(']') : item->text());
    }
    return rows;
}

// One key press per character, as an input method delivers Chinese text (keyClicks knows ASCII only).
void type(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

qint64 currentId(const SearchDialog &dialog)
{
    const QListWidgetItem *item = dialog.results()->currentItem();
    return item ? item->data(SearchDialog::IdRole).toLongLong() : 0;
}

} // namespace

TEST_CASE("The search dialog groups hits by kind and Enter opens the one chosen with the arrows")
{
    SearchData data;
    SearchDialog dialog(*data.f.db);
    QAbstractItemModelTester tester(dialog.results()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy opened(&dialog, &SearchDialog::openRequested);

    type(dialog.searchBox(), QStringLiteral("星河湾"));
    // Newest first within a kind; every kind under its translated name.
    CHECK(shown(dialog) == QStringList{QStringLiteral("[Customer]"), QStringLiteral("星河湾物业管理有限公司"),
                                       QStringLiteral("杭州星河湾数码科技有限公司"), QStringLiteral("[Contract]"),
                                       QStringLiteral("HT-2026-0077")});
    CHECK(currentId(dialog) == data.secondCustomer);

    QTest::keyClick(dialog.searchBox(), Qt::Key_Down);
    CHECK(currentId(dialog) == data.firstCustomer);
    QTest::keyClick(dialog.searchBox(), Qt::Key_Down); // over the heading
    CHECK(currentId(dialog) == data.contract);
    QTest::keyClick(dialog.searchBox(), Qt::Key_Down); // stays on the last hit
    CHECK(currentId(dialog) == data.contract);
    QTest::keyClick(dialog.searchBox(), Qt::Key_Up);
    QTest::keyClick(dialog.searchBox(), Qt::Key_Down);
    // The text field keeps the keyboard all along.
    CHECK(dialog.searchBox()->hasFocus());

    QTest::keyClick(dialog.searchBox(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("contracts"));
    CHECK(opened.at(0).at(1).toLongLong() == data.contract);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("The search dialog follows every keystroke and explains short text")
{
    SearchData data;
    SearchDialog dialog(*data.f.db);
    QAbstractItemModelTester tester(dialog.results()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("searchStatus"));
    REQUIRE(status);

    type(dialog.searchBox(), QStringLiteral("杭"));
    CHECK(shown(dialog) == QStringList{QStringLiteral("[Customer]"), QStringLiteral("杭州星河湾数码科技有限公司")});
    CHECK(status->text().contains(QStringLiteral("start with")));
    type(dialog.searchBox(), QStringLiteral("州星"));
    CHECK(shown(dialog) == QStringList{QStringLiteral("[Customer]"), QStringLiteral("杭州星河湾数码科技有限公司")});
    type(dialog.searchBox(), QStringLiteral("海"));
    CHECK(shown(dialog).isEmpty());
    CHECK(status->text().contains(QStringLiteral("Nothing matches")));
    QTest::keyClick(dialog.searchBox(), Qt::Key_Backspace);
    CHECK(shown(dialog).size() == 2);
    // A number typed in lower case and with an operator-like tail still finds its record.
    dialog.searchBox()->setText(QStringLiteral("ht-2026-0077"));
    CHECK(shown(dialog) == QStringList{QStringLiteral("[Contract]"), QStringLiteral("HT-2026-0077")});
    dialog.searchBox()->setText(QStringLiteral("\" OR 1=1 --"));
    CHECK(shown(dialog).isEmpty());
    CHECK(status->text().contains(QStringLiteral("Nothing matches")));
    dialog.searchBox()->clear();
    CHECK(shown(dialog).isEmpty());
    // Enter with nothing to open keeps the dialog open.
    CHECK_FALSE(dialog.openCurrent());
    CHECK(dialog.isVisible());
}

TEST_CASE("Esc closes the search dialog without opening anything")
{
    SearchData data;
    SearchDialog dialog(*data.f.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy opened(&dialog, &SearchDialog::openRequested);
    type(dialog.searchBox(), QStringLiteral("星河湾"));
    QTest::keyClick(dialog.searchBox(), Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(opened.isEmpty());
}

TEST_CASE("A click on a hit opens it and a click on a heading does nothing")
{
    SearchData data;
    SearchDialog dialog(*data.f.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy opened(&dialog, &SearchDialog::openRequested);
    type(dialog.searchBox(), QStringLiteral("星河湾"));
    QListWidget *list = dialog.results();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    CHECK(opened.isEmpty());
    CHECK(dialog.isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("customers"));
    CHECK(opened.at(0).at(1).toLongLong() == data.firstCustomer);
}

TEST_CASE("The search dialog retranslates its headings when the language changes")
{
    SearchData data;
    SearchDialog dialog(*data.f.db);
    dialog.show();
    type(dialog.searchBox(), QStringLiteral("星河湾"));
    dialog.results()->setCurrentRow(2);
    CHECK(shown(dialog).first() == QStringLiteral("[Customer]"));
    {
        Localization chinese;
        chinese.install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // the change reaches widgets as a posted event
        CHECK(shown(dialog).first() == QStringLiteral("[客户]"));
        CHECK(shown(dialog).at(3) == QStringLiteral("[合同]"));
        // The hit the user was on stays chosen.
        CHECK(currentId(dialog) == data.firstCustomer);
    }
    QCoreApplication::processEvents();
    CHECK(shown(dialog).first() == QStringLiteral("[Customer]"));
}
