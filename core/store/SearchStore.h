#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

class Database;

/// One record found by the global search.
struct SearchHit {
    QString kind;     ///< the record's table ("customers"), as RecordStore and the record dialog name it
    qint64 id = 0;
    QString title;    ///< the name or number a person recognises
    QString subtitle; ///< what tells two similar hits apart: code, customer, phone, e-mail
};

/// The hits of one record kind, newest first.
struct SearchGroup {
    QString kind;
    std::vector<SearchHit> hits;
    bool more = false; ///< more records of this kind match than were returned
};

/// A record table the global search covers and how its rows enter the index.
struct SearchKind {
    QString table;
    int code = 0;              ///< the record's index rowid is code * kRowidSpan + id
    QStringList textColumns;   ///< joined into the indexed text
    QStringList phoneColumns;  ///< also indexed without dashes and spaces
    QStringList prefixColumns; ///< indexed columns matched by prefix for 1–2 character queries
};

/// The company profile printed on quotes and contracts.
struct CompanyProfile {
    QString name;
    QString address;
    QString phone;
    QString taxId;       ///< 统一社会信用代码
    QString bankAccount;
    QByteArray logo;     ///< image file bytes; empty when there is no logo

    bool operator==(const CompanyProfile &) const = default;
};

/// A pipeline stage as the settings edit it; id 0 for a stage not saved yet.
struct StageDraft {
    qint64 id = 0;
    QString name;
    QString nameEn;
    qint64 probabilityPpm = 0;
    QString outcome = QStringLiteral("open"); ///< open, won or lost

    bool operator==(const StageDraft &) const = default;
};

/// Everything the settings dialog writes in one transaction.
struct SettingsChanges {
    CompanyProfile company;
    QList<QPair<QString, QString>> values; ///< settings keys and their new text
    std::vector<StageDraft> stages;        ///< every stage kept, in pipeline order
    std::vector<qint64> removedStages;
};

/// The global search over the full-text index kept by schema version 5, and
/// the few statements the settings dialog needs beyond SettingsStore and RecordStore.
class SearchStore
{
    Q_DECLARE_TR_FUNCTIONS(SearchStore)

public:
    /// Rowids of one kind lie in [code * kRowidSpan, (code + 1) * kRowidSpan).
    static constexpr qint64 kRowidSpan = 1'000'000'000'000;
    /// The trigram index finds substrings of at least this many characters.
    static constexpr int kSubstringLength = 3;

    explicit SearchStore(Database &database);

    /// The indexed record kinds in the order results are grouped (part of schema 5: change it only with a migration).
    static const std::vector<SearchKind> &kinds();
    /// The schema version 5 statements: the index, its triggers, and its first fill.
    static QStringList schemaStatements();
    /// The triggers that keep the index in step with the records (part of schema 5).
    static QStringList triggerStatements();

    /// Records whose name, number, phone or e-mail contains `text` (3 or more
    /// characters) or starts with it (1–2 characters), at most `limitPerKind`
    /// per kind. The text is matched literally, whatever quotes or operators it holds.
    Result<std::vector<SearchGroup>> search(const QString &text, int limitPerKind = 5) const;
    /// Merges the index into one segment; worth it after a bulk load.
    Result<void> optimize();
    /// Refills the index from the records, in one transaction.
    Result<void> rebuild();
    /// How many index rows differ from what the records give (missing, stale or left over); 0 when in step.
    Result<qint64> differences() const;

    /// The stored company profile.
    Result<CompanyProfile> companyProfile() const;
    /// The last sequence value taken for `kind` in `year` (0 when none), as NumberSequence counts it.
    Result<qint64> lastSequence(const QString &kind, int year) const;
    /// Whether a record of numbering `kind` ("quote", "customer") already carries `number`.
    Result<bool> numberTaken(const QString &kind, const QString &number) const;
    /// Succeeds when the stage could be deleted now; otherwise RecordStore's refusal. Changes nothing.
    Result<void> checkStageRemovable(qint64 stageId);
    /// Writes the company profile, the settings values and the pipeline stages in one transaction.
    Result<void> saveSettings(const SettingsChanges &changes);

private:
    Result<std::vector<qint64>> matchIds(const SearchKind &kind, const QString &expression, int limit) const;
    Result<std::vector<qint64>> prefixIds(const SearchKind &kind, const QString &text, int limit) const;
    Result<std::vector<SearchHit>> describe(const SearchKind &kind, const std::vector<qint64> &ids) const;
    static std::unexpected<Error> outcomeStageRefusal();

    Database &m_db;
};

} // namespace qianyue
