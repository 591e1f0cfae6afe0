#include "core/store/Migrations.h"

namespace qianyue {

QStringList contactDetailsStatements()
{
    return {
        // A phone's vCard carries several numbers, addresses and e-mails with
        // their types; contacts keep the first of each in their own columns
        // (what lists show) and every one of them here.
        QStringLiteral("CREATE TABLE contact_details ("
                       " id {pk},"
                       " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'address', 'url')),"
                       " label TEXT NOT NULL DEFAULT '',"
                       " value TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX contact_details_by_contact ON contact_details (contact_id, kind, position)"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN photo BLOB"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN photo_type TEXT NOT NULL DEFAULT ''"),
        // The UID a vCard or iCalendar file gave the record, so importing the
        // same file again updates instead of duplicating.
        QStringLiteral("ALTER TABLE contacts ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
        // Marketing consent (PIPL/GDPR): whether, when and how it was obtained.
        QStringLiteral("ALTER TABLE contacts ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN consent_date TEXT"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN consent_source TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN consent_source TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace qianyue
