#include "core/io/TextCodec.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/support/TestSupport.h"
#include "ui/io/ImportCheckPage.h"
#include "ui/io/ImportMappingPage.h"
#include "ui/io/ImportPreviewPage.h"
#include "ui/io/ImportRunPage.h"
#include "ui/io/ImportValuesPage.h"
#include "ui/io/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

// A customer list as Chinese Excel saves it: GB18030, Chinese headers, one
// column that names no field, a source spelled in the company's own way.
QString writeCustomers(const test::TempDir &tmp, int extraRows, bool withBadOwner)
{
    QString text = QStringLiteral("客户名称,客户来源,负责人,电话,内部编号\r\n"
                                  "上海华信电子有限公司,展会,王芳,021-5555 1234,A-1\r\n"
                                  "北京中科软件有限公司,朋友介绍,王芳,010-6666 2345,A-2\r\n");
    if (withBadOwner)
        text += QStringLiteral("广州恒达贸易有限公司,网站,李雷,020-7777 3456,A-3\r\n");
    for (int i = 0; i < extraRows; ++i)
        text += QStringLiteral("批量客户%1有限公司,网站,王芳,021-1000 %2,B-%1\r\n").arg(i).arg(i % 10000, 4, 10, QLatin1Char('0'));
    auto bytes = TextCodec::encode(text, QStringLiteral("GB18030"));
    REQUIRE(bytes);
    const QString path = tmp.file(QStringLiteral("客户.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    return path;
}

std::unique_ptr<Database> openDatabase(const test::TempDir &tmp)
{
    auto db = Database::open(tmp.file(QStringLiteral("crm.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(RecordStore(**db).insert(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("王芳")}}));
    return std::move(*db);
}

qint64 count(Database &db, const QString &table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(n);
    return n->toLongLong();
}

// Fills the first page and moves on to the preview.
void chooseFile(ImportWizard &wizard, const QString &path)
{
    child<QLineEdit>(wizard, QStringLiteral("importFile"))->setText(path);
    auto *kind = child<QComboBox>(wizard, QStringLiteral("importKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("customers")));
    REQUIRE(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
}

// From the preview through mapping and values to the check page.
void goToCheck(ImportWizard &wizard, bool mapSource)
{
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ValuesPage);
    if (mapSource)
        REQUIRE(wizard.valuesPage()->setReplacement(QStringLiteral("source"), QStringLiteral("朋友介绍"),
                                                    QStringLiteral("customer_referral")));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
}

} // namespace

TEST_CASE("The import wizard reads a GB18030 file with Chinese headers and maps its columns")
{
    test::TempDir tmp;
    auto db = openDatabase(tmp);
    const QString path = writeCustomers(tmp, 0, true);
    ImportWizard wizard(*db);
    wizard.show();
    chooseFile(wizard, path);

    // Detected, shown, and overridable.
    const QString detected = child<QLabel>(wizard, QStringLiteral("importDetected"))->text();
    CHECK(detected.contains(QStringLiteral("GB18030")));
    auto *preview = child<QTableWidget>(wizard, QStringLiteral("importPreview"));
    CHECK(preview->columnCount() == 5);
    CHECK(preview->rowCount() == 3);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("客户名称"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("上海华信电子有限公司"));
    auto *encoding = child<QComboBox>(wizard, QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    // Read as UTF-8 the GB18030 bytes are refused with where, and the wizard cannot go on.
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK_FALSE(child<QLabel>(wizard, QStringLiteral("importReadProblems"))->text().isEmpty());
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("GB18030")));
    CHECK(wizard.currentPage()->isComplete());
    CHECK(preview->item(1, 0)->text() == QStringLiteral("北京中科软件有限公司"));
    auto *delimiter = child<QComboBox>(wizard, QStringLiteral("importDelimiter"));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    CHECK(preview->columnCount() == 1);
    delimiter->setCurrentIndex(delimiter->findData(QString()));
    CHECK(preview->columnCount() == 5);

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    // Headers that are a field's Chinese label or alias map themselves; the rest stays unmapped.
    CHECK(wizard.mappingPage()->columnBox(QStringLiteral("name"))->currentData().toInt() == 0);
    CHECK(wizard.mappingPage()->columnBox(QStringLiteral("source"))->currentData().toInt() == 1);
    CHECK(wizard.mappingPage()->columnBox(QStringLiteral("owner"))->currentData().toInt() == 2);
    CHECK(wizard.mappingPage()->columnBox(QStringLiteral("phone"))->currentData().toInt() == 3);
    CHECK(wizard.mappingPage()->columnBox(QStringLiteral("code"))->currentData().toInt() == -1);
    CHECK(child<QLabel>(wizard, QStringLiteral("importMappingStatus"))->text().contains(QStringLiteral("1")));
    // Without a name column the wizard cannot go on.
    auto *name = wizard.mappingPage()->columnBox(QStringLiteral("name"));
    name->setCurrentIndex(name->findData(-1));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    name->setCurrentIndex(name->findData(0));
    CHECK(wizard.currentPage()->isComplete());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ValuesPage);
    // Unknown values are listed once per field: the source spelled 朋友介绍 and the owner 李雷; 展会 is an alias.
    CHECK(wizard.valuesPage()->rowOf(QStringLiteral("source"), QStringLiteral("朋友介绍")) >= 0);
    CHECK(wizard.valuesPage()->rowOf(QStringLiteral("source"), QStringLiteral("展会")) < 0);
    CHECK(wizard.valuesPage()->rowOf(QStringLiteral("owner"), QStringLiteral("李雷")) >= 0);
    CHECK(wizard.valuesPage()->rowOf(QStringLiteral("owner"), QStringLiteral("王芳")) < 0);
    CHECK(wizard.valuesPage()->valuesTable()->rowCount() == 2);
}

TEST_CASE("The import wizard check lists every problem row by row and writes nothing")
{
    test::TempDir tmp;
    auto db = openDatabase(tmp);
    const QString path = writeCustomers(tmp, 0, true);
    ImportWizard wizard(*db);
    wizard.show();
    chooseFile(wizard, path);
    goToCheck(wizard, false);

    QStringList problems;
    for (int i = 0; i < wizard.checkPage()->problemList()->count(); ++i)
        problems << wizard.checkPage()->problemList()->item(i)->text();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 2);
    // file:row:column: the unknown source in row 3 column 2, the unknown owner in row 4 column 3.
    CHECK(problems.at(0).startsWith(path + QStringLiteral(":3:2: ")));
    CHECK(problems.at(0).contains(QStringLiteral("朋友介绍")));
    CHECK(problems.at(1).startsWith(path + QStringLiteral(":4:3: ")));
    CHECK(problems.at(1).contains(QStringLiteral("李雷")));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK(count(*db, QStringLiteral("customers")) == 0);

    // Mapping the source and creating the missing salesperson clears both.
    wizard.back();
    REQUIRE(wizard.currentId() == ImportWizard::ValuesPage);
    REQUIRE(wizard.valuesPage()->setReplacement(QStringLiteral("source"), QStringLiteral("朋友介绍"),
                                                QStringLiteral("customer_referral")));
    child<QCheckBox>(wizard, QStringLiteral("createMissing"))->setChecked(true);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.checkPage()->problemList()->count() == 0);
    CHECK(wizard.currentPage()->isComplete());
    REQUIRE(wizard.checkPage()->report());
    CHECK(wizard.checkPage()->report()->created == 3);
    CHECK(count(*db, QStringLiteral("customers")) == 0);
    CHECK(count(*db, QStringLiteral("users")) == 1);
}

TEST_CASE("The import wizard imports into the database with progress")
{
    test::TempDir tmp;
    auto db = openDatabase(tmp);
    const QString path = writeCustomers(tmp, 1200, false);
    ImportWizard wizard(*db);
    wizard.show();
    chooseFile(wizard, path);
    goToCheck(wizard, true);
    REQUIRE(wizard.currentPage()->isComplete());

    QSignalSpy finished(wizard.runPage(), &ImportRunPage::finished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(finished.wait(20000));
    CHECK(wizard.imported());
    CHECK(count(*db, QStringLiteral("customers")) == 1202);
    CHECK(child<QLabel>(wizard, QStringLiteral("importResult"))->text().contains(QStringLiteral("1202")));
    auto source = db->scalar(QStringLiteral("SELECT source FROM customers WHERE name = ?"), {QStringLiteral("北京中科软件有限公司")});
    REQUIRE(source);
    CHECK(source->toString() == QStringLiteral("customer_referral"));
    auto owner = db->scalar(QStringLiteral("SELECT u.name FROM customers c JOIN users u ON u.id = c.owner_id WHERE c.name = ?"),
                            {QStringLiteral("上海华信电子有限公司")});
    REQUIRE(owner);
    CHECK(owner->toString() == QStringLiteral("王芳"));
    auto phone = db->scalar(QStringLiteral("SELECT phone FROM customers WHERE name = ?"), {QStringLiteral("批量客户7有限公司")});
    REQUIRE(phone);
    CHECK(phone->toString() == QStringLiteral("021-1000 0007"));
}

TEST_CASE("Cancelling the import wizard mid-way leaves nothing in the database")
{
    test::TempDir tmp;
    auto db = openDatabase(tmp);
    const QString path = writeCustomers(tmp, 3000, false);
    ImportWizard wizard(*db);
    wizard.show();
    chooseFile(wizard, path);
    goToCheck(wizard, true);
    REQUIRE(wizard.currentPage()->isComplete());

    QSignalSpy finished(wizard.runPage(), &ImportRunPage::finished);
    int progressSeen = 0;
    auto *bar = wizard.runPage()->findChild<QWidget *>(QStringLiteral("importProgress"));
    REQUIRE(bar);
    wizard.next();
    // Queued after the page's own start: it is clicked while the import runs, at its first progress report.
    QTimer::singleShot(0, wizard.runPage(), [&] {
        progressSeen = wizard.runPage()->running() ? 1 : 0;
        wizard.runPage()->cancelButton()->click();
    });
    REQUIRE(finished.wait(20000));
    CHECK(progressSeen == 1);
    CHECK_FALSE(wizard.imported());
    CHECK(count(*db, QStringLiteral("customers")) == 0);
    CHECK(child<QLabel>(wizard, QStringLiteral("importResult"))->text().contains(QStringLiteral("cancelled")));
    CHECK(wizard.runPage()->report());
    CHECK_FALSE(wizard.runPage()->report()->written);
}
