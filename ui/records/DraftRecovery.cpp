#include "ui/records/DraftRecovery.h"

#include "core/store/DraftStore.h"
#include "core/store/RecordStore.h"
#include "ui/records/RecordEditor.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

namespace qianyue::ui {

namespace {

QString describe(const FormDraft &draft)
{
    const QString kind = RecordStore::kindName(draft.table);
    const QString name = draft.texts.value(QStringLiteral("name"), draft.texts.value(QStringLiteral("subject")));
    const QString what = name.isEmpty() ? kind : QStringLiteral("%1 “%2”").arg(kind, name.left(60));
    return draft.recordId ? what : DraftRecovery::tr("new %1").arg(what);
}

} // namespace

int DraftRecovery::offer(QWidget *parent, Database &database)
{
    DraftStore store(database);
    auto drafts = store.all();
    if (!drafts || drafts->empty())
        return 0;
    QStringList lines;
    for (const FormDraft &draft : *drafts)
        lines << QStringLiteral("• %1 (%2)").arg(describe(draft), draft.savedAt);
    QMessageBox ask(QMessageBox::Question, tr("Restore unsaved changes?"),
                    tr("Qianyue was closed while these forms had unsaved changes:\n%1\n\n"
                       "Restore them? Discarded changes cannot be brought back.")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, parent);
    QPushButton *restore = ask.addButton(tr("Restore"), QMessageBox::AcceptRole);
    ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(restore);
    ask.exec();
    const bool restoring = ask.clickedButton() == restore;

    int opened = 0;
    for (const FormDraft &draft : *drafts) {
        const bool exists = !draft.recordId || RecordStore(database).get(draft.table, *draft.recordId).has_value();
        if (!restoring || !exists) {
            store.remove(draft.id);
            continue;
        }
        auto *editor = new RecordEditor(database, draft.table, draft.recordId, parent);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->restoreDraft(draft);
        editor->show();
        ++opened;
    }
    return opened;
}

} // namespace qianyue::ui
