// The whole sales chain walked the way a salesperson does it: typing into the
// forms, clicking the chain buttons and answering their prompts, with the
// database checked after every step.
#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/RecordStore.h"
#include "tests/support/ChainFixture.h"
#include "ui/lists/RecordListPage.h"
#include "ui/records/ChainBreadcrumb.h"
#include "ui/records/LineEditor.h"
#include "ui/records/OrderQuantitiesDialog.h"
#include "ui/records/RecordDialog.h"
#include "ui/records/RecordEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

// Accepts the next modal prompt (a salesperson or stage picker) with its first choice, as Enter would.
void acceptNextPrompt()
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            QTest::keyClick(dialog, Qt::Key_Return);
        }
    });
    timer->start();
}

// Types text as a person does: Latin characters key by key, Chinese ones
// committed by the input method (which is how they reach a widget).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

// Types `text` into the form field for `column` of an editor.
void type(QWidget *editor, const QString &column, const QString &text)
{
    auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("field_") + column);
    REQUIRE(edit);
    edit->setFocus();
    typeText(edit, text);
}

void choose(QWidget *editor, const QString &column, const QString &stored)
{
    auto *combo = editor->findChild<QComboBox *>(QStringLiteral("field_") + column);
    REQUIRE(combo);
    REQUIRE(combo->findData(stored) >= 0);
    combo->setCurrentIndex(combo->findData(stored));
}

void save(RecordEditor *editor)
{
    auto *buttons = editor->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    INFO("Save must be enabled once the form is valid");
    REQUIRE(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
}

// Clicks a chain button; returns the record it opened (table, id), or empty.
std::pair<QString, qint64> click(RecordDialog &dialog, const QString &action, bool prompts = false)
{
    INFO(dialog.table().toStdString() << ": " << action.toStdString() << " offered: "
                                      << dialog.offeredActions().join(QLatin1Char(',')).toStdString());
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("action_") + action);
    REQUIRE(button);
    QSignalSpy opened(&dialog, &RecordDialog::openRecord);
    if (prompts)
        acceptNextPrompt();
    QTest::mouseClick(button, Qt::LeftButton);
    if (opened.isEmpty())
        return {};
    return {opened.last().at(0).toString(), opened.last().at(1).toLongLong()};
}

// Types into a table cell as a user does: select it, type, move on (which commits).
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    // Keys reach a cell editor only in the active window, as on a desktop.
    QApplication::setActiveWindow(table->window());
    REQUIRE(QTest::qWaitForWindowActive(table->window()));
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    // The cell's editor is the line edit the delegate opened over it.
    QLineEdit *editor = nullptr;
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            editor = edit;
    }
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the cell right after Enter
    REQUIRE(table->item(row, column)->text() == text);
}

QString status(test::ChainFixture &f, const QString &table, qint64 id)
{
    return f.field(table, id, QStringLiteral("status")).toString();
}

} // namespace

TEST_CASE("The whole chain is walked through the widgets from a new customer to the receipt")
{
    test::ChainFixture f;

    // 1. A new customer, typed into the customer form.
    RecordListPage customers(*f.db, ListKind::Customers);
    customers.show();
    QTest::mouseClick(customers.findChild<QToolButton *>(QStringLiteral("newRecord")), Qt::LeftButton);
    auto *customerForm = customers.findChild<RecordEditor *>();
    REQUIRE(customerForm);
    type(customerForm, QStringLiteral("code"), QStringLiteral("C-9001"));
    type(customerForm, QStringLiteral("name"), QStringLiteral("杭州云帆科技有限公司"));
    choose(customerForm, QStringLiteral("kind"), QStringLiteral("company"));
    type(customerForm, QStringLiteral("phone"), QStringLiteral("0571-88886666"));
    save(customerForm);
    auto customer = f.records().findId(QStringLiteral("customers"), QStringLiteral("code"), QStringLiteral("C-9001"));
    REQUIRE(customer);
    REQUIRE(customer->has_value());
    const qint64 customerId = **customer;
    CHECK(f.field(QStringLiteral("customers"), customerId, QStringLiteral("name")).toString() == QStringLiteral("杭州云帆科技有限公司"));

    // 2. A lead from the same company, typed into the lead form.
    RecordListPage leads(*f.db, ListKind::Leads);
    leads.show();
    QTest::mouseClick(leads.findChild<QToolButton *>(QStringLiteral("newRecord")), Qt::LeftButton);
    auto *leadForm = leads.findChild<RecordEditor *>();
    REQUIRE(leadForm);
    type(leadForm, QStringLiteral("company"), QStringLiteral("杭州云帆科技有限公司"));
    type(leadForm, QStringLiteral("contact_name"), QStringLiteral("陈静"));
    type(leadForm, QStringLiteral("email"), QStringLiteral("chen.jing@yunfan.example.cn"));
    choose(leadForm, QStringLiteral("source"), QStringLiteral("web"));
    save(leadForm);
    auto lead = f.records().findId(QStringLiteral("leads"), QStringLiteral("contact_name"), QStringLiteral("陈静"));
    REQUIRE(lead);
    REQUIRE(lead->has_value());
    const qint64 leadId = **lead;
    CHECK(status(f, QStringLiteral("leads"), leadId) == QStringLiteral("unassigned"));

    // 3. Assign (answering the salesperson prompt) and convert.
    RecordDialog leadDialog(*f.db, QStringLiteral("leads"), leadId);
    leadDialog.show();
    click(leadDialog, QStringLiteral("assign"), true);
    CHECK(status(f, QStringLiteral("leads"), leadId) == QStringLiteral("assigned"));
    const auto [opportunityTable, opportunityId] = click(leadDialog, QStringLiteral("convert"));
    REQUIRE(opportunityTable == QStringLiteral("opportunities"));
    CHECK(status(f, QStringLiteral("leads"), leadId) == QStringLiteral("converted"));
    CHECK(f.field(QStringLiteral("opportunities"), opportunityId, QStringLiteral("lead_id")).toLongLong() == leadId);
    CHECK(f.field(QStringLiteral("opportunities"), opportunityId, QStringLiteral("customer_id")).toLongLong() == customerId);

    // 4. A quote, with two lines added through the line editor's product box.
    RecordDialog opportunity(*f.db, opportunityTable, opportunityId);
    opportunity.show();
    const auto [quoteTable, quoteId] = click(opportunity, QStringLiteral("create_quote"));
    REQUIRE(quoteTable == QStringLiteral("quotes"));
    CHECK(status(f, quoteTable, quoteId) == QStringLiteral("drafting"));
    RecordDialog quote(*f.db, quoteTable, quoteId);
    quote.show();
    QTest::mouseClick(quote.findChild<QPushButton *>(QStringLiteral("editLines")), Qt::LeftButton);
    auto *lines = quote.findChild<LineEditor *>();
    REQUIRE(lines);
    auto *picker = lines->findChild<QLineEdit *>(QStringLiteral("productPicker"));
    const int before = lines->table()->rowCount();
    for (const QString &sku : {QStringLiteral("NB-14"), QStringLiteral("SV-1Y")}) {
        picker->setFocus();
        QTest::keyClicks(picker, sku);
        QTest::keyClick(picker, Qt::Key_Return);
    }
    REQUIRE(lines->table()->rowCount() == before + 2);
    typeInCell(lines->table(), before, 4, QStringLiteral("5"));     // 5 laptops
    typeInCell(lines->table(), before + 1, 4, QStringLiteral("2")); // 2 years of service
    typeInCell(lines->table(), before + 1, 6, QStringLiteral("10")); // 10 % off the service
    QTest::mouseClick(lines->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    auto quoteLines = f.db->query(QStringLiteral("SELECT quantity_milli, line_total FROM quote_lines WHERE quote_id = ? ORDER BY position"),
                                  {quoteId});
    REQUIRE(quoteLines);
    std::vector<std::pair<qint64, qint64>> stored;
    while (quoteLines->next())
        stored.emplace_back(quoteLines->value(0).toLongLong(), quoteLines->value(1).toLongLong());
    REQUIRE(stored.size() == std::size_t(before + 2));
    CHECK(stored[std::size_t(before)] == std::pair<qint64, qint64>(5000, 2999500));       // 5 × 5 999.00
    CHECK(stored[std::size_t(before) + 1] == std::pair<qint64, qint64>(2000, 216090));    // 2 × 1 200.50 × 0.9
    CHECK(f.field(quoteTable, quoteId, QStringLiteral("subtotal")).toLongLong() == 2999500 + 216090);

    // 5. Submit, approve (a manager chosen in the prompt), accept.
    click(quote, QStringLiteral("submit"));
    CHECK(status(f, quoteTable, quoteId) == QStringLiteral("submitted"));
    click(quote, QStringLiteral("approve"), true);
    CHECK(status(f, quoteTable, quoteId) == QStringLiteral("approved"));
    // The prompt offers managers and admins by name; Enter took the first, "Admin".
    CHECK(f.field(quoteTable, quoteId, QStringLiteral("approved_by")).toLongLong() == f.adminId);
    click(quote, QStringLiteral("accept"));
    CHECK(status(f, quoteTable, quoteId) == QStringLiteral("accepted"));

    // 6. Contract: create, submit for review, sign.
    const auto [contractTable, contractId] = click(quote, QStringLiteral("create_contract"));
    REQUIRE(contractTable == QStringLiteral("contracts"));
    CHECK(f.field(contractTable, contractId, QStringLiteral("quote_id")).toLongLong() == quoteId);
    CHECK(f.field(contractTable, contractId, QStringLiteral("total")) == f.field(quoteTable, quoteId, QStringLiteral("total")));
    RecordDialog contract(*f.db, contractTable, contractId);
    contract.show();
    click(contract, QStringLiteral("submit"));
    CHECK(status(f, contractTable, contractId) == QStringLiteral("in_review"));
    click(contract, QStringLiteral("sign"));
    CHECK(status(f, contractTable, contractId) == QStringLiteral("signed"));
    CHECK(status(f, opportunityTable, opportunityId) == QStringLiteral("won"));

    // 7. Order part of it: 3 of the 5 laptops, no service yet.
    click(contract, QStringLiteral("create_partial_order"));
    auto *partial = contract.findChild<OrderQuantitiesDialog *>();
    REQUIRE(partial);
    typeInCell(partial->table(), 0, OrderQuantitiesDialog::OrderNow, QStringLiteral("3"));
    typeInCell(partial->table(), 1, OrderQuantitiesDialog::OrderNow, QStringLiteral("0"));
    QSignalSpy orderOpened(&contract, &RecordDialog::openRecord);
    QTest::mouseClick(partial->findChild<QPushButton *>(QStringLiteral("createOrder")), Qt::LeftButton);
    REQUIRE(orderOpened.size() == 1);
    const qint64 orderId = orderOpened.first().at(1).toLongLong();
    auto orderLines = f.db->query(QStringLiteral("SELECT quantity_milli, line_total FROM order_lines WHERE order_id = ?"), {orderId});
    REQUIRE(orderLines);
    REQUIRE(orderLines->next());
    CHECK(orderLines->value(0).toLongLong() == 3000);
    CHECK(orderLines->value(1).toLongLong() == 1799700);
    CHECK_FALSE(orderLines->next());
    CHECK(f.field(QStringLiteral("sales_orders"), orderId, QStringLiteral("contract_id")).toLongLong() == contractId);

    // 8. Ship, then a receivable for the order.
    RecordDialog order(*f.db, QStringLiteral("sales_orders"), orderId);
    order.show();
    click(order, QStringLiteral("ship"));
    CHECK(status(f, QStringLiteral("sales_orders"), orderId) == QStringLiteral("shipped"));
    const auto [receivableTable, receivableId] = click(order, QStringLiteral("create_receivable"));
    REQUIRE(receivableTable == QStringLiteral("receivables"));
    const qint64 billed = f.field(receivableTable, receivableId, QStringLiteral("total")).toLongLong();
    CHECK(billed == f.field(QStringLiteral("sales_orders"), orderId, QStringLiteral("total")).toLongLong());
    CHECK(status(f, receivableTable, receivableId) == QStringLiteral("open"));

    // 9. The receipt settles it; the breadcrumb leads from the lead to the receipt.
    RecordDialog receivable(*f.db, receivableTable, receivableId);
    receivable.show();
    const auto [receiptTable, receiptId] = click(receivable, QStringLiteral("record_receipt"));
    REQUIRE(receiptTable == QStringLiteral("receipts"));
    CHECK(f.field(receiptTable, receiptId, QStringLiteral("amount")).toLongLong() == billed);
    CHECK(f.field(receiptTable, receiptId, QStringLiteral("customer_id")).toLongLong() == customerId);
    CHECK(status(f, receivableTable, receivableId) == QStringLiteral("settled"));
    CHECK(f.field(receivableTable, receivableId, QStringLiteral("received")).toLongLong() == billed);

    RecordDialog receipt(*f.db, receiptTable, receiptId);
    QStringList trail;
    for (const ChainLink &link : receipt.breadcrumb()->links())
        trail << link.table;
    CHECK(trail == QStringList{QStringLiteral("leads"), QStringLiteral("opportunities"), QStringLiteral("quotes"),
                               QStringLiteral("contracts"), QStringLiteral("sales_orders"), QStringLiteral("receivables"),
                               QStringLiteral("receipts")});
}
