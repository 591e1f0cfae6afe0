#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/support/ChainFixture.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"
#include "ui/lists/SavedFilters.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

void addCustomer(test::ChainFixture &f, const QString &code, const QString &name, bool consent)
{
    auto id = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), code},
                                                               {QStringLiteral("name"), name},
                                                               {QStringLiteral("marketing_consent"), consent ? 1 : 0}});
    REQUIRE(id);
}

} // namespace

TEST_CASE("The consent filter narrows customers to those who agreed to marketing")
{
    test::ChainFixture f;
    f.db->setActor(std::nullopt); // the office's lists, not one rep's (a rep's lists open on their own records)
    addCustomer(f, QStringLiteral("C-0101"), QStringLiteral("华信物流"), true);
    addCustomer(f, QStringLiteral("C-0102"), QStringLiteral("华信地产"), false);
    RecordListPage page(*f.db, ListKind::Customers);
    auto *consent = page.findChild<QComboBox *>(QStringLiteral("filterConsent"));
    REQUIRE(consent);
    CHECK(page.model()->totalCount() == 3);
    consent->setCurrentIndex(1);
    REQUIRE(page.model()->totalCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, 1)).toString() == QStringLiteral("华信物流"));
    consent->setCurrentIndex(2);
    CHECK(page.model()->totalCount() == 2);
    // Lists without consent have no such box.
    RecordListPage quotes(*f.db, ListKind::Quotes);
    CHECK(quotes.findChild<QComboBox *>(QStringLiteral("filterConsent"))->isHidden());
}

TEST_CASE("A saved filter is stored in the database and fills the filter bar again")
{
    test::ChainFixture f;
    f.db->setActor(std::nullopt); // the office's lists, not one rep's (a rep's lists open on their own records)
    addCustomer(f, QStringLiteral("C-0101"), QStringLiteral("华信物流"), true);
    addCustomer(f, QStringLiteral("C-0102"), QStringLiteral("北京远航"), true);
    {
        RecordListPage page(*f.db, ListKind::Customers);
        // Chinese reaches the box as the input method's commit.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("华信"));
        QCoreApplication::sendEvent(page.searchBox(), &commit);
        page.findChild<QComboBox *>(QStringLiteral("filterConsent"))->setCurrentIndex(1);
        REQUIRE(page.model()->totalCount() == 1);
        QString error;
        CHECK_FALSE(page.saveFilter(QStringLiteral("   "), &error));
        CHECK(error.contains(QStringLiteral("name")));
        REQUIRE(page.saveFilter(QStringLiteral("华信 with consent"), &error));
        CHECK(page.savedFilterNames() == QStringList{QStringLiteral("华信 with consent")});
    }
    // A new page (as after a restart) finds it, applies it, and shows it in the bar.
    RecordListPage page(*f.db, ListKind::Customers);
    CHECK(page.model()->totalCount() == 3);
    REQUIRE(page.applySavedFilter(QStringLiteral("华信 with consent")));
    CHECK(page.searchBox()->text() == QStringLiteral("华信"));
    CHECK(page.findChild<QComboBox *>(QStringLiteral("filterConsent"))->currentIndex() == 1);
    CHECK(page.model()->totalCount() == 1);
    CHECK(page.model()->filter().marketingConsent == std::optional<bool>(true));
    // Other lists keep their own.
    RecordListPage contacts(*f.db, ListKind::Contacts);
    CHECK(contacts.savedFilterNames().isEmpty());
    REQUIRE(page.deleteSavedFilter(QStringLiteral("华信 with consent")));
    CHECK(page.savedFilterNames().isEmpty());
    CHECK_FALSE(page.applySavedFilter(QStringLiteral("华信 with consent")));
}

TEST_CASE("A saved filter keeps every part exactly including 64-bit amounts")
{
    ListFilter filter;
    filter.text = QStringLiteral("合同");
    filter.ownerId = 7;
    filter.anyState = {QStringLiteral("signed"), QStringLiteral("executing")};
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 3, 31);
    filter.minAmount = 9007199254740993LL; // not representable as a double
    filter.customerId = 42;
    filter.marketingConsent = false;
    filter.sortColumn = 4;
    filter.descending = true;
    const ListFilter back = SavedFilters::fromJson(SavedFilters::toJson(filter));
    CHECK(back.text == filter.text);
    CHECK(back.ownerId == filter.ownerId);
    CHECK(back.anyState == filter.anyState);
    CHECK(back.from == filter.from);
    CHECK(back.to == filter.to);
    CHECK(back.minAmount == filter.minAmount);
    CHECK_FALSE(back.maxAmount.has_value());
    CHECK(back.customerId == filter.customerId);
    CHECK(back.marketingConsent == filter.marketingConsent);
    CHECK(back.sortColumn == 4);
    CHECK(back.descending);
}

TEST_CASE("A long list shows its first page at once and its count a moment later")
{
    test::ChainFixture f;
    f.db->setActor(std::nullopt); // the office's lists, not one rep's (a rep's lists open on their own records)
    REQUIRE(f.db->transaction([&]() -> Result<void> {
        for (int i = 0; i < RecordListModel::kPageSize + 50; ++i) {
            auto id = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-%1").arg(1000 + i)},
                                                                       {QStringLiteral("name"), QStringLiteral("客户 %1").arg(i)}});
            if (!id)
                return std::unexpected(id.error());
        }
        return {};
    }));
    RecordListPage page(*f.db, ListKind::Customers);
    auto *label = page.findChild<QLabel *>(QStringLiteral("listCount"));
    REQUIRE(label);
    CHECK_FALSE(page.model()->countKnown());
    CHECK(label->text() == QStringLiteral("Counting…"));
    CHECK(page.model()->rowCount() == RecordListModel::kPageSize);
    QSignalSpy counted(page.model(), &RecordListModel::totalCountChanged);
    for (int waited = 0; waited < 3000 && counted.isEmpty(); waited += 20)
        QTest::qWait(20);
    REQUIRE(counted.size() == 1);
    CHECK(counted.first().first().toLongLong() == RecordListModel::kPageSize + 51);
    CHECK(label->text().startsWith(QString::number(RecordListModel::kPageSize + 51) + QLatin1Char(' ')));

    // A filter matching less than a page is counted from the page itself, at once.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("华信"));
    QCoreApplication::sendEvent(page.searchBox(), &commit);
    CHECK(page.model()->countKnown());
    CHECK(label->text().startsWith(QStringLiteral("1 ")));
    // Asking for the count while it is pending counts at once.
    page.searchBox()->clear();
    CHECK_FALSE(page.model()->countKnown());
    CHECK(page.model()->totalCount() == RecordListModel::kPageSize + 51);
}

TEST_CASE("Tab walks the filter bar from the text box to the list")
{
    test::ChainFixture f;
    RecordListPage page(*f.db, ListKind::Customers);
    // The widget Tab moves to: the next one in the chain that takes focus by Tab.
    const auto tabFrom = [](QWidget *from) {
        QWidget *w = from->nextInFocusChain();
        while (w != from && (!(w->focusPolicy() & Qt::TabFocus) || from->isAncestorOf(w)))
            w = w->nextInFocusChain();
        return w;
    };
    CHECK(tabFrom(page.searchBox()) == page.findChild<QComboBox *>(QStringLiteral("filterState")));
    CHECK(tabFrom(page.findChild<QToolButton *>(QStringLiteral("newRecord"))) == page.findChild<QToolButton *>(QStringLiteral("deleteRecord")));
    CHECK(tabFrom(page.findChild<QToolButton *>(QStringLiteral("deleteRecord"))) == page.view());
}
