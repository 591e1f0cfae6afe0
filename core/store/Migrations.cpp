#include "core/store/Migrations.h"

namespace qianyue {

namespace {

// Version 1: the company profile and key/value settings every later step builds on.
Migration companyAndSettings()
{
    return {1,
            QStringLiteral("company profile and settings"),
            {
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE company ("
                               " id INTEGER PRIMARY KEY CHECK (id = 1),"
                               " name TEXT NOT NULL DEFAULT '',"
                               " address TEXT NOT NULL DEFAULT '',"
                               " phone TEXT NOT NULL DEFAULT '',"
                               " tax_id TEXT NOT NULL DEFAULT '',"
                               " bank_account TEXT NOT NULL DEFAULT '',"
                               " logo BLOB)"),
                QStringLiteral("INSERT INTO company (id) VALUES (1)"),
            }};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        companyAndSettings(),
        {2, QStringLiteral("sales chain records"), salesChainStatements()},
        {3, QStringLiteral("report roll-ups"), analyticsStatements()},
        {4, QStringLiteral("document snapshots"), documentStatements()},
        {5, QStringLiteral("global search index"), searchStatements()},
        {6, QStringLiteral("contact details, record UIDs and marketing consent"), contactDetailsStatements()},
        {7, QStringLiteral("form drafts"), draftStatements()},
        {8, QStringLiteral("indexes for case-insensitive name lookups"), lookupStatements()},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace qianyue
