// Unsaved work in the GUI survives a crash: a form being edited is kept as
// a draft every few seconds and the next start offers it back.
#include "core/store/Database.h"
#include "core/store/DraftStore.h"
#include "core/store/RecordStore.h"
#include "core/workflow/RecordEditing.h"
#include "tests/support/TestSupport.h"
#include "ui/records/DraftRecovery.h"
#include "ui/records/RecordEditor.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace qianyue;
using namespace qianyue::test;

namespace {

// Clicks the button named `text` of the next message box that opens.
void answerNextQuestion(const QString &text)
{
    QTimer::singleShot(50, [text] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text() == text)
                        button->click();
                }
            }
        }
    });
}

struct OneCustomer {
    OneCustomer()
    {
        auto opened = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(opened);
        db = std::move(*opened);
        auto created = RecordEditing(*db).create(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("上海华信电子有限公司")}});
        REQUIRE(created);
        id = *created;
    }
    qint64 drafts() { return DraftStore(*db).all()->size(); }

    TempDir tmp;
    QString path = tmp.file(QStringLiteral("drafts.db"));
    std::unique_ptr<Database> db;
    qint64 id = 0;
};

} // namespace

TEST_CASE("A form with unsaved changes is kept as a draft and offered back after a crash", "[reliability][drafts]")
{
    OneCustomer f;
    {
        ui::RecordEditor editor(*f.db, QStringLiteral("customers"), f.id);
        editor.keepDraft();
        CHECK(f.drafts() == 0); // nothing typed, nothing kept
        editor.setFieldText(QStringLiteral("phone"), QStringLiteral("021-6000 0001"));
        editor.setFieldText(QStringLiteral("notes"), QStringLiteral("周五回访，带样机"));
        editor.keepDraft(); // what the 5 s timer does
        REQUIRE(f.drafts() == 1);
        // The app dies here: no save, no close, the editor is just gone.
    }
    // The next start: reopen the file and offer the draft.
    f.db.reset();
    auto reopened = Database::open(f.path, Database::Mode::OpenExisting);
    REQUIRE(reopened);
    f.db = std::move(*reopened);
    QWidget window;
    answerNextQuestion(QStringLiteral("Restore"));
    REQUIRE(ui::DraftRecovery::offer(&window, *f.db) == 1);
    ui::RecordEditor *restored = window.findChild<ui::RecordEditor *>();
    REQUIRE(restored);
    CHECK(restored->fieldText(QStringLiteral("phone")) == QStringLiteral("021-6000 0001"));
    CHECK(restored->fieldText(QStringLiteral("notes")) == QStringLiteral("周五回访，带样机"));
    CHECK(restored->isDirty());
    REQUIRE(restored->save(false));
    CHECK(RecordStore(*f.db).get(QStringLiteral("customers"), f.id)->value(QStringLiteral("notes")).toString()
          == QStringLiteral("周五回访，带样机"));
    CHECK(f.drafts() == 0); // saved: the draft is gone
}

TEST_CASE("A restored draft does not overwrite a change saved by someone else meanwhile", "[reliability][drafts]")
{
    OneCustomer f;
    {
        ui::RecordEditor editor(*f.db, QStringLiteral("customers"), f.id);
        editor.setFieldText(QStringLiteral("phone"), QStringLiteral("021-1111 1111"));
        editor.keepDraft();
    }
    // Someone else saves the record before the draft is restored.
    auto stored = RecordStore(*f.db).get(QStringLiteral("customers"), f.id);
    REQUIRE(RecordEditing(*f.db).save(QStringLiteral("customers"), f.id, {{QStringLiteral("phone"), QStringLiteral("021-2222 2222")}},
                                      stored->value(QStringLiteral("version")).toLongLong()));
    QWidget window;
    answerNextQuestion(QStringLiteral("Restore"));
    REQUIRE(ui::DraftRecovery::offer(&window, *f.db) == 1);
    ui::RecordEditor *restored = window.findChild<ui::RecordEditor *>();
    REQUIRE(restored);
    CHECK_FALSE(restored->save(false)); // a conflict, not a silent overwrite
    CHECK(RecordStore(*f.db).get(QStringLiteral("customers"), f.id)->value(QStringLiteral("phone")).toString()
          == QStringLiteral("021-2222 2222"));
}

TEST_CASE("Discarded drafts are deleted and forms closed on purpose leave none", "[reliability][drafts]")
{
    OneCustomer f;
    {
        ui::RecordEditor editor(*f.db, QStringLiteral("customers"), f.id);
        editor.setFieldText(QStringLiteral("phone"), QStringLiteral("021-3333 3333"));
        editor.keepDraft();
        REQUIRE(f.drafts() == 1);
        editor.revert(); // the user throws the changes away
        CHECK(f.drafts() == 0);
        editor.setFieldText(QStringLiteral("phone"), QStringLiteral("021-4444 4444"));
        editor.keepDraft();
    }
    QWidget window;
    answerNextQuestion(QStringLiteral("Discard"));
    CHECK(ui::DraftRecovery::offer(&window, *f.db) == 0);
    CHECK(f.drafts() == 0);
    CHECK(ui::DraftRecovery::offer(&window, *f.db) == 0); // nothing left: no question
}
