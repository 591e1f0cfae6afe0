#include "core/store/Database.h"
#include "core/store/ReferenceDataBuilder.h"
#include "core/workflow/DemoCompany.h"
#include "tests/support/TestSupport.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableView>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

std::unique_ptr<Database> demoDatabase(test::TempDir &tmp, qint64 customers = 0)
{
    auto db = Database::open(tmp.file(QStringLiteral("ui.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    if (customers > 0)
        REQUIRE(ReferenceDataBuilder(**db, DataSetSize::forCustomers(customers), 11, DemoVocabulary::Language::Chinese,
                                     QDate(2026, 11, 23))
                    .build());
    else
        REQUIRE(DemoCompany::fill(**db, DemoVocabulary::Language::Chinese, 2026, QDate(2026, 11, 23)));
    return std::move(*db);
}

qint64 countOf(Database &db, const QString &sql)
{
    return db.scalar(sql).value_or(QVariant()).toLongLong();
}

} // namespace

TEST_CASE("Every list model passes QAbstractItemModelTester and pages through all rows")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp, 120);
    for (ListKind kind : {ListKind::Leads, ListKind::Customers, ListKind::Contacts, ListKind::Opportunities, ListKind::Quotes,
                          ListKind::Contracts, ListKind::Orders, ListKind::Receivables, ListKind::Receipts,
                          ListKind::Commissions, ListKind::Targets, ListKind::Activities, ListKind::Products}) {
        INFO(ListStore::table(kind).toStdString());
        RecordListModel model(*db, kind);
        const qint64 total = countOf(*db, QStringLiteral("SELECT count(*) FROM %1").arg(ListStore::table(kind)));
        // Only the first page is read until a view asks for more.
        CHECK(model.rowCount() == std::min<qint64>(total, RecordListModel::kPageSize));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.lastError().isEmpty());
        CHECK(model.totalCount() == total);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == total);
        // Sorting by each column keeps every row exactly once.
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            while (model.canFetchMore({}))
                model.fetchMore({});
            CHECK(model.rowCount() == total);
        }
    }
}

TEST_CASE("Filtering happens in SQL and the count matches the rows")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp, 300);
    RecordListModel model(*db, ListKind::Contracts);
    ListFilter filter;
    filter.state = QStringLiteral("signed");
    model.setFilter(filter);
    CHECK(model.totalCount() == countOf(*db, QStringLiteral("SELECT count(*) FROM contracts WHERE status = 'signed'")));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == model.totalCount());

    filter.minAmount = 10000000; // 100 000.00
    model.setFilter(filter);
    CHECK(model.totalCount()
          == countOf(*db, QStringLiteral("SELECT count(*) FROM contracts WHERE status = 'signed' AND total >= 10000000")));

    // A percent sign is a character to find, not a wildcard.
    filter = ListFilter{};
    filter.text = QStringLiteral("%");
    model.setFilter(filter);
    CHECK(model.totalCount() == 0);
}

TEST_CASE("Sorting by amount orders the rows by the stored value")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp, 80);
    RecordListModel model(*db, ListKind::Contracts);
    const auto &columns = ListStore::columns(ListKind::Contracts);
    const int total = int(std::find_if(columns.begin(), columns.end(), [](const ListColumn &c) { return c.key == u"total"; })
                          - columns.begin());
    model.sort(total, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 value = model.data(model.index(row, total), RecordListModel::RawValueRole).toLongLong();
        REQUIRE(value <= previous);
        previous = value;
    }
    CHECK(model.data(model.index(0, total)).toString().startsWith(QStringLiteral("¥")));
}

TEST_CASE("The list page filters a Chinese customer by a substring of its name and exports what it shows")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp);
    auto name = db->scalar(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1"));
    REQUIRE(name);
    const QString part = name->toString().mid(2, 3);
    RecordListPage page(*db, ListKind::Customers);
    page.searchBox()->setText(part);
    const qint64 expected = countOf(*db, QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%%1%' OR city LIKE '%%1%'").arg(part));
    CHECK(page.model()->totalCount() >= 1);
    CHECK(page.model()->totalCount() >= expected);
    bool found = false;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        found = found || page.model()->data(page.model()->index(row, 1)).toString() == name->toString();
    CHECK(found);

    const QString csv = tmp.file(QStringLiteral("customers.csv"));
    QString error;
    REQUIRE(page.exportCsv(csv, &error));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(name->toString()));
    CHECK(QString::fromUtf8(bytes).count(QStringLiteral("\r\n")) == page.model()->totalCount() + 1);
}

TEST_CASE("Scrolling a long list keeps only the recent pages in memory and reads dropped ones again")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp, 1100);
    const qint64 total = countOf(*db, QStringLiteral("SELECT count(*) FROM contracts"));
    REQUIRE(total > qint64(RecordListModel::kPageSize) * (RecordListModel::kCachedPages + 2));
    RecordListModel model(*db, ListKind::Contracts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == total);
    CHECK(model.cachedPages() <= RecordListModel::kCachedPages);

    // Every row is still there, from the first (read again) to the last, each record once.
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.recordId(row);
    CHECK(model.cachedPages() <= RecordListModel::kCachedPages);
    QList<qint64> stored;
    auto rows = db->query(QStringLiteral("SELECT id FROM contracts ORDER BY id"));
    REQUIRE(rows);
    while (rows->next())
        stored << rows->value(0).toLongLong();
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == stored);
    // The first row, dropped long ago, shows the same record as before.
    const QString firstNumber = model.data(model.index(0, 0)).toString();
    CHECK_FALSE(firstNumber.isEmpty());
    CHECK(model.recordId(0) == ids.first());
    CHECK(model.data(model.index(model.rowCount() - 1, 0)).toString() != firstNumber);
}

TEST_CASE("A salesperson's lists open on their own records and a manager's on everyone's")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp);
    const qint64 rep = countOf(*db, QStringLiteral("SELECT id FROM users WHERE role = 'rep' ORDER BY id LIMIT 1"));
    const qint64 manager = countOf(*db, QStringLiteral("SELECT id FROM users WHERE role = 'manager' ORDER BY id LIMIT 1"));
    REQUIRE(rep > 0);
    REQUIRE(manager > 0);
    const qint64 all = countOf(*db, QStringLiteral("SELECT count(*) FROM opportunities"));
    const qint64 own = countOf(*db, QStringLiteral("SELECT count(*) FROM opportunities WHERE owner_id = %1").arg(rep));
    REQUIRE(own < all);

    db->setActor(rep);
    RecordListPage repPage(*db, ListKind::Opportunities);
    auto *owner = repPage.findChild<QComboBox *>(QStringLiteral("filterOwner"));
    REQUIRE(owner);
    CHECK(owner->currentData().toLongLong() == rep);
    CHECK(repPage.model()->totalCount() == own);

    db->setActor(manager);
    RecordListPage managerPage(*db, ListKind::Opportunities);
    CHECK(managerPage.findChild<QComboBox *>(QStringLiteral("filterOwner"))->currentData().isNull());
    CHECK(managerPage.model()->totalCount() == all);
}

TEST_CASE("Columns chosen from the header are remembered per list and the last one stays")
{
    test::TempDir tmp;
    auto db = demoDatabase(tmp);
    const int columns = int(ListStore::columns(ListKind::Products).size());
    REQUIRE(columns >= 2);
    {
        RecordListPage page(*db, ListKind::Products);
        for (int column = 0; column < columns; ++column)
            page.setColumnShown(column, true);
        page.setColumnShown(1, false);
        CHECK(page.view()->isColumnHidden(1));
    }
    {
        RecordListPage again(*db, ListKind::Products);
        CHECK(again.view()->isColumnHidden(1));
        CHECK_FALSE(again.view()->isColumnHidden(0));
        for (int column = 0; column < columns; ++column)
            again.setColumnShown(column, false);
        int visible = 0;
        for (int column = 0; column < columns; ++column)
            visible += again.view()->isColumnHidden(column) ? 0 : 1;
        CHECK(visible == 1);
        for (int column = 0; column < columns; ++column)
            again.setColumnShown(column, true);
    }
}
