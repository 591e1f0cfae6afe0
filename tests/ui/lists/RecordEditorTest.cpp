#include "core/store/RecordStore.h"
#include "tests/support/ChainFixture.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"
#include "ui/records/RecordEditor.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

using namespace qianyue;
using namespace qianyue::ui;

TEST_CASE("A new customer is validated as typed and saved with a code from the sequence")
{
    test::ChainFixture f;
    RecordEditor editor(*f.db, QStringLiteral("customers"), std::nullopt);
    CHECK(editor.problems().contains(QStringLiteral("name")));
    editor.setFieldText(QStringLiteral("name"), QStringLiteral("杭州佳禾食品有限公司"));
    editor.setFieldText(QStringLiteral("email"), QStringLiteral("not-an-address"));
    CHECK(editor.problems().contains(QStringLiteral("email")));
    CHECK_FALSE(editor.save(false));
    editor.setFieldText(QStringLiteral("email"), QStringLiteral("sales@jiahe.example"));
    editor.setFieldText(QStringLiteral("phone"), QStringLiteral("0571-8888 6666"));
    editor.setFieldText(QStringLiteral("owner_id"), QStringLiteral("李娜"));
    // code is required by the form; left empty it comes from the sequence when saved
    editor.setFieldText(QStringLiteral("code"), QString());
    CHECK(editor.problems().contains(QStringLiteral("code")));
    editor.setFieldText(QStringLiteral("code"), QStringLiteral("C-NEW-1"));
    REQUIRE(editor.problems().isEmpty());
    REQUIRE(editor.save(false));
    REQUIRE(editor.recordId());
    CHECK(f.field(QStringLiteral("customers"), *editor.recordId(), QStringLiteral("email")) == QStringLiteral("sales@jiahe.example"));
    CHECK(f.field(QStringLiteral("customers"), *editor.recordId(), QStringLiteral("owner_id")).toLongLong() == f.repId);
    CHECK_FALSE(editor.isDirty());
}

TEST_CASE("Edits can be undone and reverted and amounts below zero are refused")
{
    test::ChainFixture f;
    RecordEditor editor(*f.db, QStringLiteral("products"), f.laptopId);
    CHECK(editor.fieldText(QStringLiteral("list_price")) == QStringLiteral("5999.00"));
    CHECK(editor.fieldText(QStringLiteral("tax_rate_ppm")) == QStringLiteral("13%"));
    editor.setFieldText(QStringLiteral("list_price"), QStringLiteral("-1"));
    CHECK(editor.problems().contains(QStringLiteral("list_price")));
    editor.setFieldText(QStringLiteral("list_price"), QStringLiteral("5,499.50"));
    editor.setFieldText(QStringLiteral("name"), QStringLiteral("轻薄笔记本"));
    CHECK(editor.isDirty());
    editor.undoStack()->undo();
    CHECK(editor.fieldText(QStringLiteral("name")) == QStringLiteral("笔记本电脑"));
    editor.undoStack()->redo();
    CHECK(editor.fieldText(QStringLiteral("name")) == QStringLiteral("轻薄笔记本"));
    REQUIRE(editor.save(false));
    CHECK(f.field(QStringLiteral("products"), f.laptopId, QStringLiteral("list_price")).toLongLong() == 549950);

    editor.setFieldText(QStringLiteral("unit"), QStringLiteral("套"));
    editor.revert();
    CHECK(editor.fieldText(QStringLiteral("unit")) == QStringLiteral("台"));
    CHECK_FALSE(editor.isDirty());
}

TEST_CASE("A change saved by someone else meanwhile is not overwritten silently")
{
    test::ChainFixture f;
    RecordEditor editor(*f.db, QStringLiteral("customers"), f.customerId);
    // Another window saves first.
    REQUIRE(f.records().update(QStringLiteral("customers"), f.customerId, {{QStringLiteral("phone"), QStringLiteral("021-1111 2222")}}));
    editor.setFieldText(QStringLiteral("phone"), QStringLiteral("021-3333 4444"));
    CHECK_FALSE(editor.save(false));
    CHECK(f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("phone")) == QStringLiteral("021-1111 2222"));
}

TEST_CASE("Deleting from a list can be undone and a referenced customer is refused")
{
    test::ChainFixture f;
    f.db->setActor(std::nullopt); // the office's lists, not one rep's (a rep's lists open on their own records)
    auto extra = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-DEL")},
                                                                  {QStringLiteral("name"), QStringLiteral("待删除客户")}});
    REQUIRE(extra);
    RecordListPage page(*f.db, ListKind::Customers);
    auto select = [&](qint64 id) {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->recordId(row) == id) {
                page.view()->selectionModel()->select(page.model()->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        FAIL("row not found");
    };
    select(*extra);
    REQUIRE(page.deleteSelected());
    CHECK(f.count(QStringLiteral("customers")) == 1);
    page.undoStack()->undo();
    CHECK(f.count(QStringLiteral("customers")) == 2);
    CHECK(f.field(QStringLiteral("customers"), *extra, QStringLiteral("name")) == QStringLiteral("待删除客户"));

    select(f.customerId);
    QString error;
    CHECK_FALSE(page.deleteSelected(&error));
    CHECK(error.contains(QStringLiteral("contact")));
    CHECK(f.count(QStringLiteral("customers")) == 2);
}
