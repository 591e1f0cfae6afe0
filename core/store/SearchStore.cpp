#include "core/store/SearchStore.h"

#include "core/domain/DocumentNumber.h"
#include "core/domain/Money.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace qianyue {

namespace {

// The fill runs with a large in-memory buffer and without incremental merges,
// then merges once: on the reference data set 16 s instead of 42 s with the defaults.
constexpr qint64 kFillHashSize = 64 * 1024 * 1024;
constexpr qint64 kDefaultHashSize = 1024 * 1024;
constexpr int kDefaultAutomerge = 4;

// Fields are joined with a line break, which a search box cannot hold, so a
// match never spans two fields.
const QString kFieldSeparator = QStringLiteral(" || char(10) || ");

// The indexed text of one row; `row` is "NEW.", "OLD." or "" for a plain SELECT.
QString textExpression(const SearchKind &kind, const QString &row)
{
    QStringList parts;
    for (const QString &column : kind.textColumns)
        parts << row + column;
    // "0531-6525 1036" is also indexed as "053165251036", so a number is found however it is typed.
    for (const QString &column : kind.phoneColumns) {
        const QString value = row + column;
        parts << QStringLiteral("CASE WHEN instr(%1, '-') > 0 OR instr(%1, ' ') > 0"
                                " THEN replace(replace(%1, '-', ''), ' ', '') ELSE '' END")
                     .arg(value);
    }
    return parts.join(kFieldSeparator);
}

QString rowidExpression(const SearchKind &kind, const QString &row)
{
    return QStringLiteral("%1 + %2id").arg(qint64(kind.code) * SearchStore::kRowidSpan).arg(row);
}

QString insertStatement(const SearchKind &kind, const QString &row)
{
    return QStringLiteral("INSERT INTO search_index (rowid, kind, record_id, text) VALUES (%1, '%2', %3id, %4)")
        .arg(rowidExpression(kind, row), kind.table, row, textExpression(kind, row));
}

QString setting(const QString &name, qint64 value)
{
    return QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('%1', %2)").arg(name).arg(value);
}

// Creates and fills the index from the records already stored.
QStringList indexStatements()
{
    QStringList statements{
        // UNINDEXED columns are stored, not searched; columnsize=0 drops the
        // per-row sizes only ranking would read.
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                       "kind UNINDEXED, record_id UNINDEXED, text, tokenize = 'trigram', columnsize = 0)"),
        setting(QStringLiteral("hashsize"), kFillHashSize),
        setting(QStringLiteral("automerge"), 0),
    };
    for (const SearchKind &kind : SearchStore::kinds()) {
        // In rowid order, so every batch appends to the index instead of merging into it.
        statements << QStringLiteral("INSERT INTO search_index (rowid, kind, record_id, text)"
                                     " SELECT %1, '%2', id, %3 FROM %2 ORDER BY id")
                          .arg(rowidExpression(kind, QString()), kind.table, textExpression(kind, QString()));
    }
    statements << QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')")
               << setting(QStringLiteral("automerge"), kDefaultAutomerge)
               << setting(QStringLiteral("hashsize"), kDefaultHashSize);
    return statements;
}

QStringList indexTriggerStatements()
{
    QStringList statements;
    for (const SearchKind &kind : SearchStore::kinds()) {
        const QString deleteOld = QStringLiteral("DELETE FROM search_index WHERE rowid = %1;")
                                      .arg(rowidExpression(kind, QStringLiteral("OLD.")));
        statements << QStringLiteral("CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2; END")
                          .arg(kind.table, insertStatement(kind, QStringLiteral("NEW.")));
        // Only changes of indexed columns touch the index; a state change costs nothing here.
        statements << QStringLiteral("CREATE TRIGGER search_%1_update AFTER UPDATE OF id, %2 ON %1 BEGIN %3 %4; END")
                          .arg(kind.table, kind.textColumns.join(QStringLiteral(", ")), deleteOld,
                               insertStatement(kind, QStringLiteral("NEW.")));
        statements << QStringLiteral("CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN %2 END")
                          .arg(kind.table, deleteOld);
    }
    return statements;
}

// Names of people and companies had no index; 1–2 character queries look them up by prefix.
QStringList prefixIndexStatements()
{
    return {
        QStringLiteral("CREATE INDEX search_contacts_name ON contacts(name)"),
        QStringLiteral("CREATE INDEX search_leads_company ON leads(company)"),
        QStringLiteral("CREATE INDEX search_leads_contact ON leads(contact_name)"),
        QStringLiteral("CREATE INDEX search_opportunities_name ON opportunities(name)"),
    };
}

// Title first, then the parts of the subtitle; `%1` stands for the id placeholders.
QString detailQuery(const QString &table)
{
    static const QHash<QString, QString> queries = {
        {QStringLiteral("customers"),
         QStringLiteral("SELECT id, name, code, phone, email FROM customers WHERE id IN (%1)")},
        {QStringLiteral("contacts"),
         QStringLiteral("SELECT c.id, c.name, coalesce(cu.name, ''),"
                        " CASE WHEN c.mobile <> '' THEN c.mobile ELSE c.phone END, c.email"
                        " FROM contacts c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.id IN (%1)")},
        {QStringLiteral("leads"),
         QStringLiteral("SELECT id, CASE WHEN company <> '' THEN company ELSE contact_name END,"
                        " CASE WHEN company <> '' THEN contact_name ELSE '' END, phone, email"
                        " FROM leads WHERE id IN (%1)")},
        {QStringLiteral("opportunities"),
         QStringLiteral("SELECT o.id, o.name, o.code, coalesce(cu.name, '') FROM opportunities o"
                        " LEFT JOIN customers cu ON cu.id = o.customer_id WHERE o.id IN (%1)")},
        {QStringLiteral("quotes"),
         QStringLiteral("SELECT q.id, q.number, q.revision, coalesce(cu.name, '') FROM quotes q"
                        " LEFT JOIN customers cu ON cu.id = q.customer_id WHERE q.id IN (%1)")},
        {QStringLiteral("contracts"),
         QStringLiteral("SELECT c.id, c.number, c.title, coalesce(cu.name, '') FROM contracts c"
                        " LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.id IN (%1)")},
        {QStringLiteral("sales_orders"),
         QStringLiteral("SELECT s.id, s.number, coalesce(cu.name, '') FROM sales_orders s"
                        " LEFT JOIN customers cu ON cu.id = s.customer_id WHERE s.id IN (%1)")},
    };
    return queries.value(table);
}

// FTS5 reads a double-quoted string as one phrase of literal text; a quote inside is doubled.
QString phrase(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Text made only of digits and phone punctuation, whose index entry is also kept without dashes and spaces.
bool looksLikePhone(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() || c == u' ' || c == u'-' || c == u'+' || c == u'(' || c == u')';
    });
}

// The FTS5 query for `text`: the whole text as one literal phrase; for a phone
// number also without its dashes and spaces; for several words also every word
// of 3 or more characters anywhere in the record ("HT-2026 设备采购").
QString matchExpression(const QString &text)
{
    QStringList alternatives{phrase(text)};
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits != text && looksLikePhone(text) && digits.size() >= SearchStore::kSubstringLength)
        alternatives << phrase(digits);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList required;
    for (const QString &word : words) {
        // Shorter words cannot be looked up in a trigram index; they only narrow the whole phrase.
        if (word.toUcs4().size() >= SearchStore::kSubstringLength)
            required << phrase(word);
    }
    if (words.size() > 1 && !required.isEmpty())
        alternatives << QLatin1Char('(') + required.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    return alternatives.join(QStringLiteral(" OR "));
}

// The first string after every string that starts with `prefix`, in SQLite's
// binary (UTF-8 byte) order, which is code point order.
QString prefixEnd(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty() && points.last() >= 0x10FFFF)
        points.removeLast();
    if (points.isEmpty())
        return {};
    uint &last = points.last();
    last = last == 0xD7FF ? 0xE000 : last + 1;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

// The numbering kinds and where their numbers are stored.
QPair<QString, QString> numberColumn(const QString &kind)
{
    static const QHash<QString, QPair<QString, QString>> columns = {
        {QStringLiteral("quote"), {QStringLiteral("quotes"), QStringLiteral("number")}},
        {QStringLiteral("contract"), {QStringLiteral("contracts"), QStringLiteral("number")}},
        {QStringLiteral("sales_order"), {QStringLiteral("sales_orders"), QStringLiteral("number")}},
        {QStringLiteral("receivable"), {QStringLiteral("receivables"), QStringLiteral("number")}},
        {QStringLiteral("receipt"), {QStringLiteral("receipts"), QStringLiteral("number")}},
        {QStringLiteral("opportunity"), {QStringLiteral("opportunities"), QStringLiteral("code")}},
        {QStringLiteral("customer"), {QStringLiteral("customers"), QStringLiteral("code")}},
    };
    return columns.value(kind);
}

const QString kStages = QStringLiteral("pipeline_stages");

} // namespace

SearchStore::SearchStore(Database &database)
    : m_db(database)
{
}

const std::vector<SearchKind> &SearchStore::kinds()
{
    static const std::vector<SearchKind> all = {
        {QStringLiteral("customers"), 1,
         {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("phone"), QStringLiteral("email")},
         {QStringLiteral("phone")},
         {QStringLiteral("name"), QStringLiteral("code")}},
        {QStringLiteral("contacts"), 2,
         {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email")},
         {QStringLiteral("phone"), QStringLiteral("mobile")},
         {QStringLiteral("name")}},
        {QStringLiteral("leads"), 3,
         {QStringLiteral("company"), QStringLiteral("contact_name"), QStringLiteral("phone"), QStringLiteral("email")},
         {QStringLiteral("phone")},
         {QStringLiteral("company"), QStringLiteral("contact_name")}},
        {QStringLiteral("opportunities"), 4, {QStringLiteral("code"), QStringLiteral("name")}, {},
         {QStringLiteral("code"), QStringLiteral("name")}},
        {QStringLiteral("quotes"), 5, {QStringLiteral("number")}, {}, {QStringLiteral("number")}},
        {QStringLiteral("contracts"), 6, {QStringLiteral("number"), QStringLiteral("title")}, {},
         {QStringLiteral("number")}},
        {QStringLiteral("sales_orders"), 7, {QStringLiteral("number")}, {}, {QStringLiteral("number")}},
    };
    return all;
}

QStringList SearchStore::schemaStatements()
{
    return indexStatements() + indexTriggerStatements() + prefixIndexStatements();
}

QStringList SearchStore::triggerStatements()
{
    return indexTriggerStatements();
}

Result<std::vector<SearchGroup>> SearchStore::search(const QString &text, int limitPerKind) const
{
    const QString needle = text.trimmed();
    std::vector<SearchGroup> groups;
    if (needle.isEmpty() || limitPerKind <= 0)
        return groups;
    // The trigram index cannot see fewer than three characters; shorter text is matched by prefix.
    const bool substring = needle.toUcs4().size() >= kSubstringLength;
    const QString expression = substring ? matchExpression(needle) : QString();
    for (const SearchKind &kind : kinds()) {
        // One more than asked tells whether there are more.
        auto ids = substring ? matchIds(kind, expression, limitPerKind + 1) : prefixIds(kind, needle, limitPerKind + 1);
        if (!ids)
            return std::unexpected(ids.error());
        if (ids->empty())
            continue;
        SearchGroup group;
        group.kind = kind.table;
        group.more = qsizetype(ids->size()) > limitPerKind;
        ids->resize(std::min<std::size_t>(ids->size(), std::size_t(limitPerKind)));
        auto hits = describe(kind, *ids);
        if (!hits)
            return std::unexpected(hits.error());
        group.hits = std::move(*hits);
        if (!group.hits.empty())
            groups.push_back(std::move(group));
    }
    return groups;
}

Result<std::vector<qint64>> SearchStore::matchIds(const SearchKind &kind, const QString &expression, int limit) const
{
    const qint64 first = kind.code * kRowidSpan;
    // The rowid range keeps the kinds apart inside one index; newest records first.
    auto query = m_db.query(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"
                                           " AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?"),
                            {expression, first, first + kRowidSpan, limit});
    if (!query)
        return std::unexpected(query.error());
    std::vector<qint64> ids;
    while (query->next())
        ids.push_back(query->value(0).toLongLong() - first);
    return ids;
}

Result<std::vector<qint64>> SearchStore::prefixIds(const SearchKind &kind, const QString &text, int limit) const
{
    // Codes are stored in capitals ("HT-…") and e-mail in small letters; try the spellings a person means.
    QStringList spellings{text};
    for (const QString &variant : {text.toUpper(), text.toLower()}) {
        if (!spellings.contains(variant))
            spellings << variant;
    }
    QStringList ranges;
    QVariantList values;
    for (const QString &column : kind.prefixColumns) {
        for (const QString &spelling : spellings) {
            const QString end = prefixEnd(spelling);
            if (end.isEmpty())
                continue;
            // A range instead of LIKE: it uses the column's ordinary index and needs no escaping.
            ranges << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
            values << spelling << end;
        }
    }
    if (ranges.isEmpty())
        return std::vector<qint64>{};
    values << limit;
    const QString sql =
        QStringLiteral("SELECT id FROM %1 WHERE %2 LIMIT ?").arg(kind.table, ranges.join(QStringLiteral(" OR ")));
    auto query = m_db.query(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<qint64> ids;
    while (query->next())
        ids.push_back(query->value(0).toLongLong());
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

Result<std::vector<SearchHit>> SearchStore::describe(const SearchKind &kind, const std::vector<qint64> &ids) const
{
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto query = m_db.query(detailQuery(kind.table).arg(marks.join(QLatin1Char(','))), values);
    if (!query)
        return std::unexpected(query.error());
    QHash<qint64, SearchHit> found;
    const bool revised = kind.table == u"quotes";
    while (query->next()) {
        SearchHit hit;
        hit.kind = kind.table;
        hit.id = query->value(0).toLongLong();
        hit.title = query->value(1).toString();
        QStringList parts;
        const int columns = query->record().count();
        for (int i = 2; i < columns; ++i) {
            if (revised && i == 2) {
                if (const qint64 revision = query->value(i).toLongLong(); revision > 1)
                    hit.title += QLatin1Char(' ') + tr("rev. %1").arg(revision);
                continue;
            }
            if (const QString part = query->value(i).toString(); !part.isEmpty())
                parts << part;
        }
        hit.subtitle = parts.join(QStringLiteral(" · "));
        found.insert(hit.id, hit);
    }
    std::vector<SearchHit> hits;
    for (qint64 id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd())
            hits.push_back(it.value());
    }
    return hits;
}

Result<void> SearchStore::optimize()
{
    return m_db.transaction([&]() -> Result<void> {
        auto done = m_db.query(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

Result<void> SearchStore::rebuild()
{
    return m_db.transaction([&]() -> Result<void> {
        // Dropping is far quicker than deleting row by row; the triggers find the new table by name.
        const QStringList statements = QStringList{QStringLiteral("DROP TABLE IF EXISTS search_index")} + indexStatements();
        for (const QString &statement : statements) {
            if (auto done = m_db.query(statement); !done)
                return std::unexpected(done.error());
        }
        return {};
    });
}

Result<qint64> SearchStore::differences() const
{
    // The rows the triggers would have written, compared both ways with what the index holds.
    QStringList expected;
    for (const SearchKind &kind : kinds()) {
        expected << QStringLiteral("SELECT %1, '%2', id, %3 FROM %2")
                        .arg(rowidExpression(kind, QString()), kind.table, textExpression(kind, QString()));
    }
    const QString records = expected.join(QStringLiteral(" UNION ALL "));
    const QString stored = QStringLiteral("SELECT rowid, kind, record_id, text FROM search_index");
    auto count = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT SELECT * FROM (%2)))"
                                            " + (SELECT count(*) FROM (SELECT * FROM (%2) EXCEPT %1))")
                                 .arg(stored, records));
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<CompanyProfile> SearchStore::companyProfile() const
{
    auto query =
        m_db.query(QStringLiteral("SELECT name, address, phone, tax_id, bank_account, logo FROM company WHERE id = 1"));
    if (!query)
        return std::unexpected(query.error());
    CompanyProfile profile;
    if (query->next()) {
        profile.name = query->value(0).toString();
        profile.address = query->value(1).toString();
        profile.phone = query->value(2).toString();
        profile.taxId = query->value(3).toString();
        profile.bankAccount = query->value(4).toString();
        profile.logo = query->value(5).toByteArray();
    }
    return profile;
}

Result<qint64> SearchStore::lastSequence(const QString &kind, int year) const
{
    auto value =
        m_db.scalar(QStringLiteral("SELECT last_value FROM number_sequences WHERE kind = ? AND year = ?"), {kind, year});
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

Result<bool> SearchStore::numberTaken(const QString &kind, const QString &number) const
{
    const auto [table, column] = numberColumn(kind);
    if (table.isEmpty())
        return fail(ErrorKind::Invalid, tr("There is no numbering for '%1'.").arg(kind));
    // Table and column come from the fixed list above, never from the caller's text.
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(table, column), {number});
    if (!found)
        return std::unexpected(found.error());
    return !found->isNull();
}

std::unexpected<Error> SearchStore::outcomeStageRefusal()
{
    return fail(ErrorKind::Conflict,
                tr("The won and lost stages close an opportunity; they can be renamed but not deleted."));
}

Result<void> SearchStore::checkStageRemovable(qint64 stageId)
{
    const auto stage = RecordStore(m_db).get(kStages, stageId);
    if (!stage)
        return std::unexpected(stage.error());
    if (stage->value(QStringLiteral("outcome")).toString() != u"open")
        return outcomeStageRefusal();
    // A trial delete inside a transaction that is always rolled back gives
    // RecordStore's own refusal, naming what still uses the stage.
    std::optional<Result<void>> trial;
    auto rolledBack = m_db.transaction([&]() -> Result<void> {
        trial = RecordStore(m_db).remove(kStages, stageId);
        if (!*trial)
            return *trial;
        return fail(ErrorKind::Conflict, QStringLiteral("trial delete"));
    });
    if (!trial)
        return rolledBack;
    return *trial;
}

Result<void> SearchStore::saveSettings(const SettingsChanges &changes)
{
    // Checked again here, so no caller can store what the next document would trip over.
    for (const auto &[key, value] : changes.values) {
        if (key.startsWith(QStringLiteral("number_pattern."))) {
            if (auto valid = DocumentNumber::validatePattern(value); !valid)
                return valid;
        } else if (key == u"base_currency") {
            if (auto valid = Money::validateCurrency(value); !valid)
                return valid;
        } else if (key == u"default_tax_rate_ppm") {
            bool ok = false;
            const qint64 ppm = value.toLongLong(&ok);
            if (!ok || ppm < 0 || ppm > 1'000'000)
                return fail(ErrorKind::Invalid, tr("The default tax rate must lie between 0 % and 100 %."));
        }
    }
    if (!changes.stages.empty()) {
        QSet<QString> names;
        int open = 0;
        int won = 0;
        int lost = 0;
        for (const StageDraft &stage : changes.stages) {
            const QString name = stage.name.trimmed();
            if (name.isEmpty())
                return fail(ErrorKind::Invalid, tr("Every pipeline stage needs a name."));
            if (names.contains(name.toCaseFolded()))
                return fail(ErrorKind::Invalid, tr("Two pipeline stages are called \"%1\".").arg(name));
            names.insert(name.toCaseFolded());
            if (stage.probabilityPpm < 0 || stage.probabilityPpm > 1'000'000)
                return fail(ErrorKind::Invalid,
                            tr("The probability of \"%1\" must lie between 0 % and 100 %.").arg(name));
            open += stage.outcome == u"open";
            won += stage.outcome == u"won";
            lost += stage.outcome == u"lost";
        }
        if (open == 0 || won != 1 || lost != 1)
            return fail(ErrorKind::Invalid,
                        tr("The pipeline needs at least one open stage, one won stage and one lost stage."));
    }

    return m_db.transaction([&]() -> Result<void> {
        const CompanyProfile &company = changes.company;
        // No logo is stored as NULL, not as an empty blob.
        const QVariant logo = company.logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(company.logo);
        auto saved = m_db.query(QStringLiteral("INSERT INTO company (id, name, address, phone, tax_id, bank_account, logo)"
                                               " VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                               " name = excluded.name, address = excluded.address,"
                                               " phone = excluded.phone, tax_id = excluded.tax_id,"
                                               " bank_account = excluded.bank_account, logo = excluded.logo"),
                                {company.name, company.address, company.phone, company.taxId, company.bankAccount, logo});
        if (!saved)
            return std::unexpected(saved.error());

        SettingsStore settings(m_db);
        for (const auto &[key, value] : changes.values) {
            if (auto done = settings.setValue(key, value); !done)
                return done;
        }

        RecordStore records(m_db);
        // Deletes first, so a new or renamed stage may take a deleted stage's name.
        for (qint64 id : changes.removedStages) {
            const auto stage = records.get(kStages, id);
            if (!stage)
                return std::unexpected(stage.error());
            if (stage->value(QStringLiteral("outcome")).toString() != u"open")
                return outcomeStageRefusal();
            if (auto removed = records.remove(kStages, id); !removed)
                return removed;
        }
        qint64 position = 0;
        for (const StageDraft &stage : changes.stages) {
            Fields fields{{QStringLiteral("name"), stage.name.trimmed()},
                          {QStringLiteral("name_en"), stage.nameEn.trimmed()},
                          {QStringLiteral("probability_ppm"), stage.probabilityPpm},
                          {QStringLiteral("position"), ++position}};
            if (stage.id > 0) {
                if (auto updated = records.update(kStages, stage.id, fields); !updated)
                    return updated;
            } else {
                fields.insert(QStringLiteral("outcome"), stage.outcome);
                if (auto inserted = records.insert(kStages, fields); !inserted)
                    return std::unexpected(inserted.error());
            }
        }
        return {};
    });
}

} // namespace qianyue
