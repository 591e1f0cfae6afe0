#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/support/ChainFixture.h"
#include "ui/common/Mnemonics.h"
#include "ui/records/RecordDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSet>
#include <QPushButton>
#include <QTableWidget>
#include <QSignalSpy>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

// Clicks a chain step's button the way a user would (non-interactive prompts take defaults).
std::pair<QString, qint64> step(test::ChainFixture &f, const QString &table, qint64 id, const QString &action)
{
    RecordDialog dialog(*f.db, table, id);
    INFO(table.toStdString() << " " << action.toStdString() << " offered: "
                             << dialog.offeredActions().join(QStringLiteral(",")).toStdString());
    REQUIRE(dialog.offeredActions().contains(action));
    REQUIRE(dialog.findChild<QPushButton *>(QStringLiteral("action_") + action));
    QSignalSpy opened(&dialog, &RecordDialog::openRecord);
    REQUIRE(dialog.trigger(action, false));
    if (opened.isEmpty())
        return {table, id};
    return {opened.first().at(0).toString(), opened.first().at(1).toLongLong()};
}

} // namespace

TEST_CASE("The whole chain can be walked through the record dialogs' buttons")
{
    test::ChainFixture f;
    const qint64 opportunity = f.openOpportunity();
    auto [quoteTable, quote] = step(f, QStringLiteral("opportunities"), opportunity, QStringLiteral("create_quote"));
    CHECK(quoteTable == QStringLiteral("quotes"));
    step(f, QStringLiteral("quotes"), quote, QStringLiteral("submit"));
    step(f, QStringLiteral("quotes"), quote, QStringLiteral("approve"));
    CHECK(f.field(QStringLiteral("quotes"), quote, QStringLiteral("status")) == QStringLiteral("approved"));
    step(f, QStringLiteral("quotes"), quote, QStringLiteral("accept"));
    auto [contractTable, contract] = step(f, QStringLiteral("quotes"), quote, QStringLiteral("create_contract"));
    CHECK(contractTable == QStringLiteral("contracts"));
    step(f, QStringLiteral("contracts"), contract, QStringLiteral("submit"));
    step(f, QStringLiteral("contracts"), contract, QStringLiteral("sign"));
    CHECK(f.field(QStringLiteral("opportunities"), opportunity, QStringLiteral("status")) == QStringLiteral("won"));
    auto [orderTable, order] = step(f, QStringLiteral("contracts"), contract, QStringLiteral("create_order"));
    CHECK(orderTable == QStringLiteral("sales_orders"));
    step(f, QStringLiteral("sales_orders"), order, QStringLiteral("ship"));
    auto [receivableTable, receivable] = step(f, QStringLiteral("sales_orders"), order, QStringLiteral("create_receivable"));
    CHECK(receivableTable == QStringLiteral("receivables"));
    auto [receiptTable, receipt] = step(f, QStringLiteral("receivables"), receivable, QStringLiteral("record_receipt"));
    CHECK(receiptTable == QStringLiteral("receipts"));
    CHECK(receipt > 0);
    CHECK(f.field(QStringLiteral("receivables"), receivable, QStringLiteral("status")) == QStringLiteral("settled"));
}

TEST_CASE("A record dialog offers only the legal next steps")
{
    test::ChainFixture f;
    const qint64 quote = f.acceptedQuote();
    RecordDialog accepted(*f.db, QStringLiteral("quotes"), quote);
    CHECK(accepted.offeredActions() == QStringList{QStringLiteral("create_contract")});

    const qint64 opportunity = f.openOpportunity();
    RecordDialog open(*f.db, QStringLiteral("opportunities"), opportunity);
    CHECK(open.offeredActions().contains(QStringLiteral("win")));
    CHECK(open.offeredActions().contains(QStringLiteral("lose")));
    CHECK_FALSE(open.offeredActions().contains(QStringLiteral("reopen")));
}

TEST_CASE("The customer dialog shows the 360 summary and its history")
{
    test::ChainFixture f;
    RecordDialog dialog(*f.db, QStringLiteral("customers"), f.customerId);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("¥")));
    auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("history"));
    REQUIRE(history);
    CHECK(history->rowCount() >= 1);
}

TEST_CASE("Every chain step button has its own Alt+key mnemonic")
{
    test::ChainFixture f;
    const qint64 opportunity = f.openOpportunity();
    auto [quoteTable, quote] = step(f, QStringLiteral("opportunities"), opportunity, QStringLiteral("create_quote"));
    // An opportunity and a drafted quote show several steps, an edit button and (quotes) the print menu.
    for (const auto &[table, id] : {std::pair{QStringLiteral("opportunities"), opportunity}, std::pair{quoteTable, quote}}) {
        RecordDialog dialog(*f.db, table, id);
        QSet<QChar> seen;
        int steps = 0;
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (!button->objectName().startsWith(QStringLiteral("action_")))
                continue;
            ++steps;
            INFO(table.toStdString() << ": " << button->text().toStdString());
            const QChar key = Mnemonics::of(button->text());
            REQUIRE_FALSE(key.isNull());
            CHECK_FALSE(seen.contains(key));
            seen.insert(key);
        }
        CHECK(steps >= 2);
    }
}

TEST_CASE("Mnemonics keep given keys and append one to labels without Latin letters")
{
    QPushButton save(QStringLiteral("&Save")), approve(QStringLiteral("Approve")), again(QStringLiteral("Apply")),
        chinese(QStringLiteral("批准")), ampersand(QStringLiteral("R&&D"));
    Mnemonics::assign({&save, &approve, &again, &chinese, &ampersand});
    CHECK(save.text() == QStringLiteral("&Save"));
    CHECK(approve.text() == QStringLiteral("&Approve"));
    CHECK(again.text() == QStringLiteral("A&pply"));
    CHECK(chinese.text() == QStringLiteral("批准 (&B)"));
    CHECK(ampersand.text() == QStringLiteral("&R&&D"));
}
