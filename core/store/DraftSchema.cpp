#include "core/store/Migrations.h"

namespace qianyue {

QStringList draftStatements()
{
    return {
        // What a form showed while it was being edited, kept every few seconds
        // so a crash does not take the user's typing with it. Not a record:
        // no audit, no version; removed when the form is saved or discarded.
        QStringLiteral("CREATE TABLE form_drafts ("
                       " id {pk},"
                       " table_name TEXT NOT NULL,"
                       " record_id INTEGER,"      // empty for a record not created yet
                       " base_version INTEGER,"   // the record's version the form was read at
                       " texts TEXT NOT NULL,"    // JSON object: column -> text as typed
                       " saved_at TEXT NOT NULL DEFAULT ({now}))"),
    };
}

} // namespace qianyue
