#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

/// One numbered schema step. A database at version N-1 becomes version N
/// by running `statements` in one transaction.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

/// Every schema step, oldest first; the last one's version is the newest schema.
const std::vector<Migration> &migrations();

/// Statements of schema version 2: every record of the sales chain.
QStringList salesChainStatements();

/// Statements of schema version 3: roll-up tables behind the reports (AnalyticsSchema.cpp).
QStringList analyticsStatements();
/// Statements of schema version 4: frozen document snapshots (DocumentSchema.cpp).
QStringList documentStatements();

/// Statements of schema version 5: the full-text index behind global search (SearchSchema.cpp).
QStringList searchStatements();

/// Statements of schema version 6: every contact detail of a vCard, record UIDs and
/// marketing consent on contacts (ContactDetailsSchema.cpp).
QStringList contactDetailsStatements();

/// Statements of schema version 7: drafts of forms being edited (DraftSchema.cpp).
QStringList draftStatements();

/// Statements of schema version 8: indexes behind case-insensitive name lookups (LookupSchema.cpp).
QStringList lookupStatements();

/// The schema version this build writes.
int latestSchemaVersion();

/// The value stored in SQLite's application_id header field for Qianyue files ("QyCr").
constexpr int kApplicationId = 0x51794372;

} // namespace qianyue
