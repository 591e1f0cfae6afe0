#include "core/io/RecordImporter.h"

#include "core/domain/DocumentNumber.h"
#include "core/domain/Money.h"
#include "core/io/ImportSchema.h"
#include "core/io/ImportValues.h"
#include "core/store/Database.h"
#include "core/store/ImportStore.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace qianyue {

namespace {

// Names are matched ignoring case and runs of white space.
QString norm(const QString &text)
{
    // Most names are already in that form; they are returned without copying.
    bool plain = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
    QChar previous;
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const QChar c = text.at(i);
        plain = !c.isUpper() && !(c.isSpace() && (c != QLatin1Char(' ') || previous == QLatin1Char(' ')));
        previous = c;
    }
    return plain ? text : text.simplified().toLower();
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QStringLiteral("'%1'").arg(name);
    if (quoted.size() <= 1)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return quoted.join(QStringLiteral(", ")) + RecordImporter::tr(" or ") + last;
}

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Record ids by one name column. Spellings are kept for suggestions only
// where a misspelt reference can occur (not for codes and tax ids).
struct NameIndex {
    explicit NameIndex(bool spellings = true)
        : keepSpellings(spellings)
    {
    }

    QHash<QString, qint64> ids;
    QHash<QString, int> counts; // only keys held by more than one record
    QStringList names;
    bool keepSpellings;

    void add(const QString &name, qint64 id)
    {
        const QString key = norm(name);
        if (key.isEmpty())
            return;
        const auto it = ids.constFind(key);
        if (it == ids.constEnd())
            ids.insert(key, id);
        else
            counts[key] = counts.value(key, 1) + 1;
        if (keepSpellings)
            names << name.trimmed();
    }
    std::optional<qint64> find(const QString &name) const
    {
        const auto it = ids.constFind(norm(name));
        return it == ids.constEnd() ? std::nullopt : std::optional<qint64>(it.value());
    }
    bool ambiguous(const QString &name) const { return counts.value(norm(name)) > 1; }
};

struct StageInfo {
    QString name;
    QString outcome;
    qint64 probability = 0;
    int position = 0;
};

// What every kind writes on insert, and the values of columns a file left empty.
struct KindColumns {
    QStringList columns;
    Fields defaults;
};

KindColumns kindColumns(const QString &kind)
{
    const QVariant null;
    if (kind == u"users")
        return {{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team_id"), QStringLiteral("manager_id"),
                 QStringLiteral("role"), QStringLiteral("active")},
                {{QStringLiteral("email"), QString()}, {QStringLiteral("team_id"), null}, {QStringLiteral("manager_id"), null},
                 {QStringLiteral("role"), QStringLiteral("rep")}, {QStringLiteral("active"), 1}}};
    if (kind == u"customers")
        return {{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("industry"),
                 QStringLiteral("tax_id"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website"),
                 QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("source"),
                 QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("marketing_consent"),
                 QStringLiteral("consent_date"), QStringLiteral("owner_id")},
                {{QStringLiteral("kind"), QStringLiteral("company")}, {QStringLiteral("industry"), QString()},
                 {QStringLiteral("tax_id"), QString()}, {QStringLiteral("phone"), QString()}, {QStringLiteral("email"), QString()},
                 {QStringLiteral("website"), QString()}, {QStringLiteral("province"), QString()}, {QStringLiteral("city"), QString()},
                 {QStringLiteral("address"), QString()}, {QStringLiteral("source"), QString()},
                 {QStringLiteral("status"), QStringLiteral("prospect")}, {QStringLiteral("notes"), QString()},
                 {QStringLiteral("marketing_consent"), 0}, {QStringLiteral("consent_date"), null}, {QStringLiteral("owner_id"), null}}};
    if (kind == u"contacts")
        return {{QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("phone"),
                 QStringLiteral("mobile"), QStringLiteral("email"), QStringLiteral("im_id"), QStringLiteral("is_primary"),
                 QStringLiteral("owner_id"), QStringLiteral("address"), QStringLiteral("notes"), QStringLiteral("uid"),
                 QStringLiteral("photo"), QStringLiteral("photo_type")},
                {{QStringLiteral("customer_id"), null}, {QStringLiteral("title"), QString()}, {QStringLiteral("phone"), QString()},
                 {QStringLiteral("mobile"), QString()}, {QStringLiteral("email"), QString()}, {QStringLiteral("im_id"), QString()},
                 {QStringLiteral("is_primary"), 0}, {QStringLiteral("owner_id"), null}, {QStringLiteral("address"), QString()},
                 {QStringLiteral("notes"), QString()}, {QStringLiteral("uid"), QString()}, {QStringLiteral("photo"), null},
                 {QStringLiteral("photo_type"), QString()}}};
    if (kind == u"leads")
        return {{QStringLiteral("company"), QStringLiteral("contact_name"), QStringLiteral("phone"), QStringLiteral("email"),
                 QStringLiteral("source"), QStringLiteral("interest"), QStringLiteral("status"), QStringLiteral("result"),
                 QStringLiteral("disqualify_reason"), QStringLiteral("customer_id"), QStringLiteral("owner_id"),
                 QStringLiteral("created_on"), QStringLiteral("closed_on")},
                {{QStringLiteral("company"), QString()}, {QStringLiteral("contact_name"), QString()},
                 {QStringLiteral("phone"), QString()}, {QStringLiteral("email"), QString()}, {QStringLiteral("source"), QStringLiteral("other")},
                 {QStringLiteral("interest"), QString()}, {QStringLiteral("result"), QString()},
                 {QStringLiteral("disqualify_reason"), QString()}, {QStringLiteral("customer_id"), null},
                 {QStringLiteral("owner_id"), null}, {QStringLiteral("closed_on"), null}}};
    if (kind == u"opportunities")
        return {{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("customer_id"), QStringLiteral("contact_id"),
                 QStringLiteral("stage_id"), QStringLiteral("status"), QStringLiteral("sales_method"), QStringLiteral("source"),
                 QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("probability_ppm"),
                 QStringLiteral("expected_close_date"), QStringLiteral("created_on"), QStringLiteral("closed_on"),
                 QStringLiteral("lost_reason"), QStringLiteral("notes"), QStringLiteral("owner_id")},
                {{QStringLiteral("customer_id"), null}, {QStringLiteral("contact_id"), null},
                 {QStringLiteral("sales_method"), QStringLiteral("standard")}, {QStringLiteral("source"), QString()},
                 {QStringLiteral("amount"), 0}, {QStringLiteral("expected_close_date"), null}, {QStringLiteral("closed_on"), null},
                 {QStringLiteral("lost_reason"), QString()}, {QStringLiteral("notes"), QString()}, {QStringLiteral("owner_id"), null}}};
    if (kind == u"products")
        return {{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("specification"), QStringLiteral("unit"),
                 QStringLiteral("list_price"), QStringLiteral("currency"), QStringLiteral("tax_rate_ppm"), QStringLiteral("active")},
                {{QStringLiteral("specification"), QString()}, {QStringLiteral("unit"), QString()},
                 {QStringLiteral("list_price"), 0}, {QStringLiteral("active"), 1}}};
    if (kind == u"activities")
        return {{QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("notes"), QStringLiteral("due_at"),
                 QStringLiteral("remind_at"), QStringLiteral("status"), QStringLiteral("outcome"), QStringLiteral("done_at"),
                 QStringLiteral("customer_id"), QStringLiteral("contact_id"), QStringLiteral("lead_id"),
                 QStringLiteral("opportunity_id"), QStringLiteral("owner_id"), QStringLiteral("uid")},
                {{QStringLiteral("uid"), QString()}, {QStringLiteral("notes"), QString()}, {QStringLiteral("due_at"), null}, {QStringLiteral("remind_at"), null},
                 {QStringLiteral("status"), QStringLiteral("planned")}, {QStringLiteral("outcome"), QString()},
                 {QStringLiteral("done_at"), null}, {QStringLiteral("customer_id"), null}, {QStringLiteral("contact_id"), null},
                 {QStringLiteral("lead_id"), null}, {QStringLiteral("opportunity_id"), null}, {QStringLiteral("owner_id"), null}}};
    return {};
}

// Notes about skipped duplicates stop here; a re-imported file would otherwise list every row.
constexpr int kDuplicateNotes = 20;
// Suggestions are computed for this many different missing names; past it the file is mostly wrong anyway.
constexpr int kSuggestionRuns = 100;
// Values bound to one statement: larger statements were measured slower (Qt binds each value by name).
constexpr int kBatchValues = 3400;
// Document numbers reserved per statement.
constexpr qint64 kNumberBlock = 512;

class Session
{
public:
    Session(Database &database, const QString &kind, const ImportOptions &options, ImportReport &report)
        : m_db(database)
        , m_records(database)
        , m_store(database)
        , m_kind(kind)
        , m_options(options)
        , m_report(report)
    {
    }

    Result<void> prepare(int count, const std::function<ImportRow(int)> &rowAt);
    Result<void> add(const ImportRow &source);
    Result<void> finish();

private:
    struct Row {
        const ImportRow &source;
        bool bad = false;
        QHash<QString, QVariant> given;   // column → value from the cells that were not empty: what an update changes
        QHash<QString, QVariant> derived; // defaults and values worked out for a new record only
    };

    // Reading cells.
    const ImportField *spec(const QString &field) const { return m_fields.value(field); }
    QString text(const Row &row, const QString &field) const;
    void problem(Row &row, const QString &field, const QString &message);
    void rowProblem(Row &row, const QString &message);
    void textInto(Row &row, const QString &field);
    std::optional<QString> date(Row &row, const QString &field);
    std::optional<QString> dateTime(Row &row, const QString &field);
    std::optional<qint64> money(Row &row, const QString &field, const QString &currency);
    std::optional<qint64> percent(Row &row, const QString &field);
    std::optional<bool> boolean(Row &row, const QString &field);
    QString choice(Row &row, const QString &field);
    QString currency(Row &row);
    std::optional<qint64> reference(Row &row, const QString &field, std::optional<qint64> customer = std::nullopt);
    std::optional<qint64> resolve(Row &row, const QString &field, const QString &table, const QString &value,
                                  std::optional<qint64> customer);
    Result<std::optional<qint64>> create(Row &row, const QString &table, const QString &value, std::optional<qint64> customer);
    QStringList suggestions(const QString &table, const QString &value, std::optional<qint64> customer);
    bool required(Row &row, const QString &field);

    // Writing.
    Result<std::optional<qint64>> save(Row &row, std::optional<qint64> existing, const QString &label, bool sameUid = false);
    Result<qint64> own(qint64 id);
    void collectRefusals();
    void duplicate(Row &row, const QString &label);
    Result<QString> nextNumber(const QString &kind, int year);

    // One adder per kind.
    Result<void> addUser(Row &row);
    Result<void> addCustomer(Row &row);
    Result<void> addContact(Row &row);
    Result<void> addLead(Row &row);
    Result<void> addOpportunity(Row &row);
    Result<void> addProduct(Row &row);
    Result<void> addActivity(Row &row);

    // Loading what rows are matched against.
    Result<void> loadUsers();
    Result<void> loadTeams();
    Result<void> loadCustomers();
    Result<void> loadContacts();
    Result<void> loadStages();
    Result<void> loadProducts();
    Result<void> loadOpportunities();
    Result<void> loadLeads();
    Result<void> loadActivities();
    void indexContact(qint64 id, std::optional<qint64> customer, const QString &name);
    static QString leadKey(const QString &company, const QString &person, const QString &phone, const QString &email);
    static QString activityKey(const QVariantList &values);

    Database &m_db;
    RecordStore m_records;
    ImportStore m_store;
    QString m_kind;
    const ImportOptions &m_options;
    ImportReport &m_report;
    KindColumns m_columns;
    QVariantList m_defaults; // the default of each of m_columns.columns
    QHash<QString, const ImportField *> m_fields;
    std::optional<ImportStore::Writer> m_writer;
    std::optional<ImportStore::Writer> m_historyWriter;
    std::optional<ImportStore::Writer> m_interestWriter;
    QString m_baseCurrency;
    qint64 m_defaultTaxRate = 0;

    NameIndex m_userNames, m_userEmails{false}, m_teamNames, m_customerNames, m_customerCodes{false}, m_customerTaxIds{false},
        m_contactNames, m_stageNames, m_productNames, m_productSkus{false}, m_opportunityCodes{false}, m_opportunityNames,
        m_leadNames;
    QHash<qint64, QString> m_customerNameById;
    QHash<QPair<qint64, QString>, qint64> m_contactsByCustomer;
    QHash<qint64, qint64> m_contactCustomer;
    QHash<qint64, StageInfo> m_stages;
    QHash<QString, qint64> m_leadKeys;
    QHash<QString, qint64> m_activityKeys;
    QHash<QString, qint64> m_contactUids;
    QHash<QString, qint64> m_activityUids;
    // A contact's details and photo are written once its id is known.
    struct PendingDetails {
        qint64 contact; // id, or the writer's ticket
        std::vector<ContactDetail> details;
        QByteArray photo;
        QString photoType;
    };
    std::vector<PendingDetails> m_pendingDetails;
    QHash<QString, qint64> m_opportunityKeys;
    QSet<QString> m_fileUserNames;
    struct PendingManager {
        qint64 userId;
        ImportCell cell;
        int row;
    };
    std::vector<PendingManager> m_pendingManagers;
    QSet<QString> m_created;
    QHash<QString, QStringList> m_suggestionCache;
    int m_suggestionRuns = 0;
    int m_duplicates = 0;
    int m_nextSku = 1;
    struct NumberBlock {
        QString kind;
        int yearKey = 0;
        qint64 next = 0;
        qint64 end = 0;
    };
    QHash<QString, QString> m_numberPatterns;
    QHash<QString, NumberBlock> m_numberBlocks;
    struct NumberShape {
        QString prefix;
        QString suffix;
        int width = 0;
        bool valid = false;
        QString shaped(qint64 sequence) const { return prefix + QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0')) + suffix; }
    };
    QHash<QString, NumberShape> m_numberShapes;
};

// ---------------------------------------------------------------- reading cells

QString Session::text(const Row &row, const QString &field) const
{
    const auto cell = row.source.cells.constFind(field);
    if (cell == row.source.cells.constEnd())
        return {};
    QString value = cell->text.trimmed();
    const auto mapped = m_options.values.constFind(field);
    if (mapped != m_options.values.constEnd()) {
        if (const auto to = mapped->constFind(ImportSchema::key(value)); to != mapped->constEnd())
            value = to.value();
    }
    return value;
}

void Session::problem(Row &row, const QString &field, const QString &message)
{
    row.bad = true;
    const auto cell = row.source.cells.constFind(field);
    if (cell == row.source.cells.constEnd())
        m_report.problem(row.source.row, 0, RecordImporter::tr("%1: %2").arg(field, message));
    else
        m_report.problem(cell->row, cell->column, RecordImporter::tr("%1: %2").arg(field, message));
}

void Session::rowProblem(Row &row, const QString &message)
{
    row.bad = true;
    m_report.problem(row.source.row, 0, message);
}

bool Session::required(Row &row, const QString &field)
{
    if (!text(row, field).isEmpty())
        return true;
    problem(row, field, RecordImporter::tr("a value is required."));
    return false;
}

void Session::textInto(Row &row, const QString &field)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return;
    // The same limits RecordStore keeps: no endless texts, no control characters.
    if (auto valid = RecordStore::checkText(field, value); !valid) {
        problem(row, field, valid.error().message);
        return;
    }
    row.given.insert(spec(field)->column, value);
}

std::optional<QString> Session::date(Row &row, const QString &field)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    auto parsed = ImportValues::date(value, m_options.locale);
    if (!parsed) {
        problem(row, field, parsed.error().message);
        return std::nullopt;
    }
    return parsed->toString(Qt::ISODate);
}

std::optional<QString> Session::dateTime(Row &row, const QString &field)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    auto parsed = ImportValues::dateTime(value, m_options.timeZone, m_options.locale);
    if (!parsed) {
        problem(row, field, parsed.error().message);
        return std::nullopt;
    }
    return utcText(*parsed);
}

std::optional<qint64> Session::money(Row &row, const QString &field, const QString &currencyCode)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    auto parsed = ImportValues::money(value, currencyCode);
    if (!parsed) {
        problem(row, field, parsed.error().message);
        return std::nullopt;
    }
    if (parsed->isNegative()) {
        problem(row, field, RecordImporter::tr("'%1' is negative; the amount must be 0 or more.").arg(value));
        return std::nullopt;
    }
    return parsed->minor();
}

std::optional<qint64> Session::percent(Row &row, const QString &field)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    auto parsed = ImportValues::percent(value, true);
    if (!parsed) {
        problem(row, field, parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

std::optional<bool> Session::boolean(Row &row, const QString &field)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    const auto parsed = ImportValues::boolean(value);
    if (!parsed)
        problem(row, field, RecordImporter::tr("'%1' is neither yes nor no (是/否, 1/0, true/false).").arg(value));
    return parsed;
}

QString Session::choice(Row &row, const QString &field)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return {};
    const ImportField *choices = spec(field);
    const QString code = ImportSchema::choiceValue(choices->target, value);
    if (code.isEmpty()) {
        QStringList allowed;
        for (const ImportChoice &option : ImportSchema::choices(choices->target))
            allowed << QStringLiteral("%1 (%2, %3)").arg(option.value, option.chinese, option.english);
        problem(row, field,
                RecordImporter::tr("'%1' is not one of %2; map other values with --values %3:%1=VALUE.")
                    .arg(value, allowed.join(QStringLiteral(", ")), field));
    }
    return code;
}

QString Session::currency(Row &row)
{
    const QString value = text(row, QStringLiteral("currency")).toUpper();
    if (value.isEmpty())
        return m_baseCurrency;
    // People write the yuan as RMB; its ISO code is CNY.
    const QString code = (value == u"RMB" || value == QString::fromUtf16(u"人民币") || value == QString::fromUtf16(u"元"))
                             ? QStringLiteral("CNY")
                             : value;
    if (auto valid = Money::validateCurrency(code); !valid) {
        problem(row, QStringLiteral("currency"), valid.error().message);
        return m_baseCurrency;
    }
    return code;
}

std::optional<qint64> Session::reference(Row &row, const QString &field, std::optional<qint64> customer)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return std::nullopt;
    return resolve(row, field, spec(field)->target, value, customer);
}

std::optional<qint64> Session::resolve(Row &row, const QString &field, const QString &table, const QString &value,
                                       std::optional<qint64> customer)
{
    std::optional<qint64> found;
    const NameIndex *ambiguousIn = nullptr;
    if (table == u"users") {
        found = m_userNames.find(value);
        if (!found)
            found = m_userEmails.find(value);
    } else if (table == u"teams") {
        found = m_teamNames.find(value);
    } else if (table == u"customers") {
        found = m_customerCodes.find(value);
        if (!found) {
            found = m_customerNames.find(value);
            ambiguousIn = &m_customerNames;
        }
        if (!found) {
            // "name (code)" picks one of several customers of the same name, as exports write it.
            static const QRegularExpression withCode(QStringLiteral("^(.+?)\\s*[(（]\\s*([^()（）]+?)\\s*[)）]$"));
            if (const auto match = withCode.match(value); match.hasMatch()) {
                const auto byCode = m_customerCodes.find(match.captured(2));
                if (byCode && norm(m_customerNameById.value(*byCode)) == norm(match.captured(1))) {
                    found = byCode;
                    ambiguousIn = nullptr;
                }
            }
        }
    } else if (table == u"contacts") {
        if (customer) {
            found = m_contactsByCustomer.contains({*customer, norm(value)})
                        ? std::optional<qint64>(m_contactsByCustomer.value({*customer, norm(value)}))
                        : std::nullopt;
        } else {
            found = m_contactNames.find(value);
            ambiguousIn = &m_contactNames;
        }
    } else if (table == u"pipeline_stages") {
        found = m_stageNames.find(value);
    } else if (table == u"products") {
        found = m_productSkus.find(value);
        if (!found)
            found = m_productNames.find(value);
    } else if (table == u"opportunities") {
        found = m_opportunityCodes.find(value);
        if (!found) {
            found = m_opportunityNames.find(value);
            ambiguousIn = &m_opportunityNames;
        }
    } else if (table == u"leads") {
        found = m_leadNames.find(value);
        ambiguousIn = &m_leadNames;
    }
    if (found) {
        if (ambiguousIn && ambiguousIn->ambiguous(value)) {
            problem(row, field,
                    table == u"customers"
                        ? RecordImporter::tr("several customers are called '%1'; write it as '%1 (CODE)' with the customer code.")
                              .arg(value)
                        : RecordImporter::tr("several records are called '%1'; use a unique name or code.").arg(value));
            return std::nullopt;
        }
        return found;
    }

    static const QStringList creatable = {QStringLiteral("users"), QStringLiteral("teams"), QStringLiteral("customers"),
                                          QStringLiteral("contacts"), QStringLiteral("pipeline_stages"),
                                          QStringLiteral("products")};
    const bool mayCreate = creatable.contains(table) && (table != u"contacts" || customer.has_value());
    if (mayCreate && (m_options.createMissing || (table == u"customers" && m_options.createCustomers))) {
        auto created = create(row, table, value, customer);
        if (!created) {
            problem(row, field, created.error().message);
            return std::nullopt;
        }
        return *created;
    }

    const QStringList near = suggestions(table, value, customer);
    QString message = near.isEmpty()
                          ? RecordImporter::tr("'%1' not found: no %2 has that name.").arg(value, RecordStore::kindName(table))
                          : RecordImporter::tr("'%1' not found; did you mean %2?").arg(value, quotedList(near));
    if (mayCreate)
        message += QLatin1Char(' ') + RecordImporter::tr("Or add --create-missing to create it.");
    problem(row, field, message);
    return std::nullopt;
}

QStringList Session::suggestions(const QString &table, const QString &value, std::optional<qint64> customer)
{
    const QString cacheKey = table + QLatin1Char('\n') + QString::number(customer.value_or(0)) + QLatin1Char('\n') + norm(value);
    if (const auto it = m_suggestionCache.constFind(cacheKey); it != m_suggestionCache.constEnd())
        return it.value();
    if (++m_suggestionRuns > kSuggestionRuns)
        return {};
    QStringList names;
    if (table == u"users")
        names = m_userNames.names;
    else if (table == u"teams")
        names = m_teamNames.names;
    else if (table == u"customers")
        names = m_customerNames.names;
    else if (table == u"contacts") {
        if (customer) {
            for (auto it = m_contactsByCustomer.constBegin(); it != m_contactsByCustomer.constEnd(); ++it) {
                if (it.key().first == *customer)
                    names << it.key().second;
            }
        } else {
            names = m_contactNames.names;
        }
    } else if (table == u"pipeline_stages")
        names = m_stageNames.names;
    else if (table == u"products")
        names = m_productNames.names;
    else if (table == u"opportunities")
        names = m_opportunityNames.names;
    else if (table == u"leads")
        names = m_leadNames.names;
    const QStringList near = ImportValues::closest(value, names);
    m_suggestionCache.insert(cacheKey, near);
    return near;
}

Result<QString> Session::nextNumber(const QString &kind, int year)
{
    auto pattern = m_numberPatterns.constFind(kind);
    if (pattern == m_numberPatterns.constEnd()) {
        auto stored = SettingsStore(m_db).value(QStringLiteral("number_pattern.") + kind);
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->isEmpty())
            return fail(ErrorKind::Invalid, RecordImporter::tr("No numbering pattern is set for %1.").arg(kind));
        if (auto valid = DocumentNumber::validatePattern(*stored); !valid)
            return std::unexpected(valid.error());
        pattern = m_numberPatterns.insert(kind, *stored);
    }
    // Like NumberSequence: a pattern without a year counts on across years.
    const bool yearly = pattern->contains(QStringLiteral("{YYYY}")) || pattern->contains(QStringLiteral("{YY}"));
    const QString key = kind + QLatin1Char('\n') + QString::number(yearly ? year : 0);
    NumberBlock &block = m_numberBlocks[key];
    if (block.next >= block.end) {
        // Taken in blocks, one statement per block; finish() hands back what was not used, so no number is skipped.
        auto first = m_store.reserveNumbers(kind, yearly ? year : 0, kNumberBlock);
        if (!first)
            return std::unexpected(first.error());
        block = {kind, yearly ? year : 0, *first, *first + kNumberBlock};
    }
    const qint64 sequence = block.next++;
    // Formatting parses the pattern each time; for one pattern and year the
    // number is a fixed text around the zero-padded sequence, found once.
    const QString shapeKey = *pattern + QLatin1Char('\n') + QString::number(year);
    auto shape = m_numberShapes.constFind(shapeKey);
    if (shape == m_numberShapes.constEnd()) {
        constexpr qint64 kMarker = 987654321987;
        const QString marked = DocumentNumber::format(*pattern, year, kMarker);
        const qsizetype at = marked.indexOf(QString::number(kMarker));
        NumberShape found;
        if (at >= 0 && marked.indexOf(QString::number(kMarker), at + 1) < 0) {
            found.prefix = marked.left(at);
            found.suffix = marked.mid(at + QString::number(kMarker).size());
            found.width = int(DocumentNumber::format(*pattern, year, 1).size() - found.prefix.size() - found.suffix.size());
            found.valid = found.shaped(12345) == DocumentNumber::format(*pattern, year, 12345);
        }
        shape = m_numberShapes.insert(shapeKey, found);
    }
    return shape->valid ? shape->shaped(sequence) : DocumentNumber::format(*pattern, year, sequence);
}

Result<std::optional<qint64>> Session::create(Row &row, const QString &table, const QString &value,
                                              std::optional<qint64> customer)
{
    Result<qint64> id = fail(ErrorKind::Invalid, {});
    if (table == u"users") {
        const bool isEmail = value.contains(QLatin1Char('@'));
        id = m_records.insert(table, {{QStringLiteral("name"), isEmail ? value.section(QLatin1Char('@'), 0, 0) : value},
                                      {QStringLiteral("email"), isEmail ? value : QString()},
                                      {QStringLiteral("role"), QStringLiteral("rep")}});
        if (id) {
            m_userNames.add(isEmail ? value.section(QLatin1Char('@'), 0, 0) : value, *id);
            if (isEmail)
                m_userEmails.add(value, *id);
        }
    } else if (table == u"teams") {
        id = m_records.insert(table, {{QStringLiteral("name"), value}});
        if (id)
            m_teamNames.add(value, *id);
    } else if (table == u"customers") {
        auto code = nextNumber(QStringLiteral("customer"), m_options.today.year());
        if (!code)
            return std::unexpected(code.error());
        id = m_records.insert(table, {{QStringLiteral("code"), *code},
                                      {QStringLiteral("name"), value},
                                      {QStringLiteral("kind"), QStringLiteral("company")},
                                      {QStringLiteral("status"), QStringLiteral("prospect")}});
        if (id) {
            m_customerNames.add(value, *id);
            m_customerCodes.add(*code, *id);
            m_customerNameById.insert(*id, value);
        }
    } else if (table == u"contacts") {
        id = m_records.insert(table, {{QStringLiteral("customer_id"), *customer}, {QStringLiteral("name"), value}});
        if (id)
            indexContact(*id, customer, value);
    } else if (table == u"products") {
        QString sku;
        do {
            sku = QStringLiteral("P-%1").arg(m_nextSku++, 5, 10, QLatin1Char('0'));
        } while (m_productSkus.find(sku));
        id = m_records.insert(table, {{QStringLiteral("sku"), sku},
                                      {QStringLiteral("name"), value},
                                      {QStringLiteral("currency"), m_baseCurrency},
                                      {QStringLiteral("tax_rate_ppm"), m_defaultTaxRate}});
        if (id) {
            m_productNames.add(value, *id);
            m_productSkus.add(sku, *id);
        }
    } else if (table == u"pipeline_stages") {
        // A new stage goes after the last open stage, so before won and lost.
        int position = 1;
        qint64 probability = 0;
        for (const StageInfo &stage : std::as_const(m_stages)) {
            if (stage.outcome == u"open" && stage.position + 1 > position) {
                position = stage.position + 1;
                probability = stage.probability;
            }
        }
        for (auto it = m_stages.begin(); it != m_stages.end(); ++it) {
            if (it->outcome != u"open" && it->position >= position) {
                if (auto moved = m_records.update(table, it.key(), {{QStringLiteral("position"), it->position + 1}}); !moved)
                    return std::unexpected(moved.error());
                it->position += 1;
            }
        }
        const bool latin = std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x80; });
        id = m_records.insert(table, {{QStringLiteral("name"), value},
                                      {QStringLiteral("name_en"), latin ? value : QString()},
                                      {QStringLiteral("position"), position},
                                      {QStringLiteral("probability_ppm"), probability},
                                      {QStringLiteral("outcome"), QStringLiteral("open")}});
        if (id) {
            m_stages.insert(*id, {value, QStringLiteral("open"), probability, position});
            m_stageNames.add(value, *id);
        }
    }
    if (!id)
        return std::unexpected(id.error());
    const QString what = RecordStore::kindName(table);
    const QString key = table + QLatin1Char('\n') + norm(value);
    if (!m_created.contains(key)) {
        m_created.insert(key);
        m_report.notes << (m_report.dryRun ? RecordImporter::tr("Would create the %1 '%2' (first needed in row %3).")
                                           : RecordImporter::tr("Created the %1 '%2' (first needed in row %3)."))
                              .arg(what, value)
                              .arg(row.source.row);
    }
    return std::optional<qint64>(*id);
}

// ---------------------------------------------------------------- writing

void Session::duplicate(Row &row, const QString &label)
{
    ++m_report.skipped;
    if (++m_duplicates <= kDuplicateNotes)
        m_report.notes << RecordImporter::tr("Row %1: '%2' is already stored; skipped (--update-existing updates it).")
                              .arg(row.source.row)
                              .arg(label);
}

void Session::collectRefusals()
{
    for (const auto &[row, message] : m_writer->takeRefusals()) {
        m_report.problem(row, 0, message);
        --m_report.created;
    }
}

Result<qint64> Session::own(qint64 id)
{
    if (id >= 0)
        return id;
    if (m_writer->isQueued(id)) {
        if (auto written = m_writer->flush(); !written)
            return std::unexpected(written.error());
        collectRefusals();
    }
    return m_writer->idOf(id);
}

Result<std::optional<qint64>> Session::save(Row &row, std::optional<qint64> existing, const QString &label, bool sameUid)
{
    if (row.bad)
        return std::optional<qint64>();
    if (existing) {
        // A record with the file's UID is the same record, newer: it is updated without being asked.
        if (!m_options.updateExisting && !sameUid) {
            duplicate(row, label);
            return std::optional<qint64>();
        }
        auto id = own(*existing);
        if (!id)
            return std::unexpected(id.error());
        if (*id == 0)
            return std::optional<qint64>();
        Fields changes;
        for (auto it = row.given.constBegin(); it != row.given.constEnd(); ++it)
            changes.insert(it.key(), it.value());
        if (auto updated = m_records.update(m_kind, *id, changes); !updated) {
            if (updated.error().kind == ErrorKind::Storage)
                return std::unexpected(updated.error());
            rowProblem(row, updated.error().message);
            return std::optional<qint64>();
        }
        ++m_report.updated;
        return existing;
    }
    QVariantList values;
    values.reserve(m_columns.columns.size());
    for (qsizetype i = 0; i < m_columns.columns.size(); ++i) {
        const QString &column = m_columns.columns.at(i);
        if (const auto given = row.given.constFind(column); given != row.given.constEnd())
            values << given.value();
        else if (const auto derived = row.derived.constFind(column); derived != row.derived.constEnd())
            values << derived.value();
        else
            values << m_defaults.at(i);
    }
    // Counted now; a row the database refuses when its batch is written is taken off again.
    ++m_report.created;
    auto ticket = m_writer->add(values, row.source.row);
    if (!ticket)
        return std::unexpected(ticket.error());
    collectRefusals();
    return std::optional<qint64>(*ticket);
}

// ---------------------------------------------------------------- kinds

Result<void> Session::addUser(Row &row)
{
    required(row, QStringLiteral("name"));
    textInto(row, QStringLiteral("name"));
    textInto(row, QStringLiteral("email"));
    if (const auto team = reference(row, QStringLiteral("team")))
        row.given.insert(QStringLiteral("team_id"), *team);
    // A manager further down the same file is linked once every row is in.
    const QString managerName = text(row, QStringLiteral("manager"));
    bool deferManager = false;
    if (!managerName.isEmpty()) {
        if (!m_userNames.find(managerName) && !m_userEmails.find(managerName) && m_fileUserNames.contains(norm(managerName)))
            deferManager = true;
        else if (const auto manager = reference(row, QStringLiteral("manager"))) {
            auto id = own(*manager);
            if (!id)
                return std::unexpected(id.error());
            if (*id > 0)
                row.given.insert(QStringLiteral("manager_id"), *id);
        }
    }
    const QString role = choice(row, QStringLiteral("role"));
    if (!role.isEmpty())
        row.given.insert(QStringLiteral("role"), role);
    if (const auto active = boolean(row, QStringLiteral("active")))
        row.given.insert(QStringLiteral("active"), *active ? 1 : 0);

    const QString name = text(row, QStringLiteral("name"));
    const QString email = text(row, QStringLiteral("email"));
    std::optional<qint64> existing = email.isEmpty() ? std::nullopt : m_userEmails.find(email);
    if (!existing)
        existing = m_userNames.find(name);
    auto saved = save(row, existing, name);
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved && !existing) {
        m_userNames.add(name, **saved);
        m_userEmails.add(email, **saved);
    }
    if (*saved && deferManager)
        m_pendingManagers.push_back({**saved, row.source.cells.value(QStringLiteral("manager")), row.source.row});
    return {};
}

Result<void> Session::addCustomer(Row &row)
{
    required(row, QStringLiteral("name"));
    for (const char *field : {"code", "name", "industry", "tax_id", "phone", "email", "website", "province", "city",
                              "address", "notes"})
        textInto(row, QLatin1String(field));
    for (const char *field : {"kind", "source", "status"}) {
        const QString value = choice(row, QLatin1String(field));
        if (!value.isEmpty())
            row.given.insert(QLatin1String(field), value);
    }
    if (const auto consent = boolean(row, QStringLiteral("marketing_consent")))
        row.given.insert(QStringLiteral("marketing_consent"), *consent ? 1 : 0);
    if (const auto day = date(row, QStringLiteral("consent_date")))
        row.given.insert(QStringLiteral("consent_date"), *day);
    if (const auto owner = reference(row, QStringLiteral("owner")))
        row.given.insert(QStringLiteral("owner_id"), *owner);

    const QString code = text(row, QStringLiteral("code"));
    const QString name = text(row, QStringLiteral("name"));
    const QString taxId = text(row, QStringLiteral("tax_id"));
    // A code names one customer and a tax id one company; a name alone only when
    // nothing better is given, as two branches may share it.
    std::optional<qint64> existing = code.isEmpty() ? std::nullopt : m_customerCodes.find(code);
    if (!existing && !taxId.isEmpty())
        existing = m_customerTaxIds.find(taxId);
    if (!existing && code.isEmpty())
        existing = m_customerNames.find(name);
    if (!existing && !row.bad && code.isEmpty()) {
        auto number = nextNumber(QStringLiteral("customer"), m_options.today.year());
        if (!number)
            return std::unexpected(number.error());
        row.derived.insert(QStringLiteral("code"), *number);
    }
    auto saved = save(row, existing, name);
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved && !existing) {
        m_customerNames.add(name, **saved);
        m_customerCodes.add(code.isEmpty() ? row.derived.value(QStringLiteral("code")).toString() : code, **saved);
        m_customerTaxIds.add(taxId, **saved);
    }
    return {};
}

Result<void> Session::addContact(Row &row)
{
    required(row, QStringLiteral("name"));
    for (const char *field : {"name", "title", "phone", "mobile", "email", "im_id", "address", "notes"})
        textInto(row, QLatin1String(field));
    const QString uid = row.source.uid.trimmed();
    if (!uid.isEmpty())
        row.given.insert(QStringLiteral("uid"), uid);
    if (!row.source.photo.isEmpty()) {
        row.derived.insert(QStringLiteral("photo"), row.source.photo);
        row.derived.insert(QStringLiteral("photo_type"), row.source.photoType);
    }
    const auto customer = reference(row, QStringLiteral("customer"));
    if (customer)
        row.given.insert(QStringLiteral("customer_id"), *customer);
    if (const auto primary = boolean(row, QStringLiteral("is_primary")))
        row.given.insert(QStringLiteral("is_primary"), *primary ? 1 : 0);
    if (const auto owner = reference(row, QStringLiteral("owner")))
        row.given.insert(QStringLiteral("owner_id"), *owner);

    const QString name = text(row, QStringLiteral("name"));
    const QPair<qint64, QString> key{customer.value_or(0), norm(name)};
    const auto byUid = uid.isEmpty() ? m_contactUids.constEnd() : m_contactUids.constFind(uid);
    std::optional<qint64> existing;
    if (byUid != m_contactUids.constEnd())
        existing = byUid.value();
    else if (m_contactsByCustomer.contains(key))
        existing = m_contactsByCustomer.value(key);
    auto saved = save(row, existing, name, byUid != m_contactUids.constEnd());
    if (!saved)
        return std::unexpected(saved.error());
    if (!*saved)
        return {};
    if (!existing) {
        indexContact(**saved, customer, name);
        if (!uid.isEmpty())
            m_contactUids.insert(uid, **saved);
    }
    // New contacts got their photo with the insert; stored ones get a new one here.
    const QByteArray photo = existing ? row.source.photo : QByteArray();
    if (!row.source.details.empty() || !photo.isEmpty())
        m_pendingDetails.push_back({**saved, row.source.details, photo, row.source.photoType});
    return {};
}

Result<void> Session::addLead(Row &row)
{
    for (const char *field : {"company", "contact_name", "phone", "email", "interest", "result", "disqualify_reason"})
        textInto(row, QLatin1String(field));
    const QString company = text(row, QStringLiteral("company"));
    const QString person = text(row, QStringLiteral("contact_name"));
    if (company.isEmpty() && person.isEmpty())
        rowProblem(row, RecordImporter::tr("A lead needs a company or a contact name."));
    const QString source = choice(row, QStringLiteral("source"));
    if (!source.isEmpty())
        row.given.insert(QStringLiteral("source"), source);
    if (const auto customer = reference(row, QStringLiteral("customer")))
        row.given.insert(QStringLiteral("customer_id"), *customer);
    if (const auto owner = reference(row, QStringLiteral("owner")))
        row.given.insert(QStringLiteral("owner_id"), *owner);
    const bool hasOwner = !text(row, QStringLiteral("owner")).isEmpty();
    // Like LeadWorkflow::create: a lead with an owner is assigned, one without waits in the pool.
    QString status = choice(row, QStringLiteral("status"));
    if (!status.isEmpty())
        row.given.insert(QStringLiteral("status"), status);
    else
        row.derived.insert(QStringLiteral("status"), status = hasOwner ? QStringLiteral("assigned") : QStringLiteral("unassigned"));
    if (status == u"assigned" && !hasOwner)
        problem(row, QStringLiteral("status"), RecordImporter::tr("an assigned lead needs an owner."));
    if (const auto created = date(row, QStringLiteral("created_on")))
        row.given.insert(QStringLiteral("created_on"), *created);
    else
        row.derived.insert(QStringLiteral("created_on"), m_options.today.toString(Qt::ISODate));
    if (const auto closed = date(row, QStringLiteral("closed_on")))
        row.given.insert(QStringLiteral("closed_on"), *closed);
    else if (status == u"converted" || status == u"disqualified")
        row.derived.insert(QStringLiteral("closed_on"), m_options.today.toString(Qt::ISODate));

    const QString label = company.isEmpty() ? person : company;
    const QString key = leadKey(company, person, text(row, QStringLiteral("phone")), text(row, QStringLiteral("email")));
    const std::optional<qint64> existing =
        m_leadKeys.contains(key) ? std::optional<qint64>(m_leadKeys.value(key)) : std::nullopt;
    auto saved = save(row, existing, label);
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved && !existing) {
        m_leadKeys.insert(key, **saved);
        m_leadNames.add(label, **saved);
    }
    return {};
}

Result<void> Session::addOpportunity(Row &row)
{
    required(row, QStringLiteral("name"));
    for (const char *field : {"code", "name", "sales_method", "lost_reason", "notes"})
        textInto(row, QLatin1String(field));
    std::optional<qint64> customer = reference(row, QStringLiteral("customer"));
    const bool customerFailed = !customer && !text(row, QStringLiteral("customer")).isEmpty();
    std::optional<qint64> contact;
    if (!customerFailed)
        contact = reference(row, QStringLiteral("contact"), customer);
    // A contact named without its customer brings the customer along.
    if (contact && !customer && m_contactCustomer.value(*contact) > 0) {
        customer = m_contactCustomer.value(*contact);
        row.given.insert(QStringLiteral("customer_id"), *customer);
    }
    if (customer)
        row.given.insert(QStringLiteral("customer_id"), *customer);
    if (contact)
        row.given.insert(QStringLiteral("contact_id"), *contact);
    if (const auto owner = reference(row, QStringLiteral("owner")))
        row.given.insert(QStringLiteral("owner_id"), *owner);
    const QString source = choice(row, QStringLiteral("source"));
    if (!source.isEmpty())
        row.given.insert(QStringLiteral("source"), source);

    // The stage decides the status: a won or lost stage closes the opportunity.
    const bool stageGiven = !text(row, QStringLiteral("stage")).isEmpty();
    std::optional<qint64> stage = reference(row, QStringLiteral("stage"));
    const QString status = choice(row, QStringLiteral("status"));
    if (!stage && !stageGiven) {
        const QString wanted = status.isEmpty() ? QStringLiteral("open") : status;
        int best = 0;
        for (auto it = m_stages.constBegin(); it != m_stages.constEnd(); ++it) {
            if (it->outcome == wanted && (!stage || it->position < best)) {
                stage = it.key();
                best = it->position;
            }
        }
        if (!stage)
            rowProblem(row, RecordImporter::tr("The pipeline has no '%1' stage.").arg(wanted));
    }
    QString outcome = QStringLiteral("open");
    if (stage) {
        const StageInfo info = m_stages.value(*stage);
        outcome = info.outcome;
        if (!status.isEmpty() && status != outcome)
            problem(row, QStringLiteral("status"),
                    RecordImporter::tr("'%1' does not fit the stage '%2', which is %3.")
                        .arg(text(row, QStringLiteral("status")), info.name, outcome));
        QHash<QString, QVariant> &target = (stageGiven || !status.isEmpty()) ? row.given : row.derived;
        target.insert(QStringLiteral("stage_id"), *stage);
        target.insert(QStringLiteral("status"), outcome);
        if (text(row, QStringLiteral("probability")).isEmpty())
            target.insert(QStringLiteral("probability_ppm"), info.probability);
    }

    const QString currencyCode = currency(row);
    (text(row, QStringLiteral("currency")).isEmpty() ? row.derived : row.given).insert(QStringLiteral("currency"), currencyCode);
    if (const auto amount = money(row, QStringLiteral("amount"), currencyCode))
        row.given.insert(QStringLiteral("amount"), *amount);
    if (const auto probability = percent(row, QStringLiteral("probability")))
        row.given.insert(QStringLiteral("probability_ppm"), *probability);

    const auto createdOn = date(row, QStringLiteral("created_on"));
    const QString created = createdOn.value_or(m_options.today.toString(Qt::ISODate));
    (createdOn ? row.given : row.derived).insert(QStringLiteral("created_on"), created);
    const auto expected = date(row, QStringLiteral("expected_close_date"));
    if (expected)
        row.given.insert(QStringLiteral("expected_close_date"), *expected);
    if (const auto closed = date(row, QStringLiteral("closed_on")))
        row.given.insert(QStringLiteral("closed_on"), *closed);
    else if (outcome != u"open")
        row.derived.insert(QStringLiteral("closed_on"), expected.value_or(m_options.today.toString(Qt::ISODate)));

    QList<qint64> products;
    const auto productValues = m_options.values.constFind(QStringLiteral("product"));
    for (const QString &part : text(row, QStringLiteral("product")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        // --values maps each product of a list, not only the whole cell.
        QString name = part.trimmed();
        if (productValues != m_options.values.constEnd())
            name = productValues->value(ImportSchema::key(name), name);
        if (const auto product = resolve(row, QStringLiteral("product"), QStringLiteral("products"), name, std::nullopt))
            products << *product;
    }

    const QString code = text(row, QStringLiteral("code"));
    const QString name = text(row, QStringLiteral("name"));
    const QString key = norm(name) + QLatin1Char('\n') + QString::number(customer.value_or(0));
    std::optional<qint64> existing = code.isEmpty() ? std::nullopt : m_opportunityCodes.find(code);
    if (!existing && code.isEmpty() && m_opportunityKeys.contains(key))
        existing = m_opportunityKeys.value(key);
    std::optional<qint64> stageBefore;
    if (existing && m_options.updateExisting && !row.bad) {
        auto before = m_records.get(m_kind, *existing);
        if (!before)
            return std::unexpected(before.error());
        stageBefore = before->value(QStringLiteral("stage_id")).toLongLong();
    }
    if (!existing && !row.bad && code.isEmpty()) {
        auto number = nextNumber(QStringLiteral("opportunity"), QDate::fromString(created, Qt::ISODate).year());
        if (!number)
            return std::unexpected(number.error());
        row.derived.insert(QStringLiteral("code"), *number);
    }
    auto saved = save(row, existing, name);
    if (!saved)
        return std::unexpected(saved.error());
    if (!*saved)
        return {};
    // The stage history and products of interest need the id now.
    auto written = own(**saved);
    if (!written)
        return std::unexpected(written.error());
    if (*written == 0)
        return {};
    const qint64 id = *written;
    if (!existing) {
        m_opportunityCodes.add(code.isEmpty() ? row.derived.value(QStringLiteral("code")).toString() : code, id);
        m_opportunityNames.add(name, id);
        m_opportunityKeys.insert(key, id);
    }
    // The stage history starts where the file puts the opportunity, on the day it reached that stage.
    const bool moved = existing ? (row.given.contains(QStringLiteral("stage_id")) && stageBefore && *stageBefore != *stage)
                                : stage.has_value();
    if (moved) {
        const QVariant closedOn = row.given.value(QStringLiteral("closed_on"), row.derived.value(QStringLiteral("closed_on")));
        const QString day = existing ? m_options.today.toString(Qt::ISODate)
                                     : (outcome == u"open" || closedOn.isNull() ? created : closedOn.toString());
        auto history = m_historyWriter->insert({id, existing ? QVariant(*stageBefore) : QVariant(), *stage, day,
                                                m_db.actor() ? QVariant(*m_db.actor()) : QVariant()});
        if (!history)
            return std::unexpected(history.error());
    }
    if (!existing) {
        for (const qint64 product : std::as_const(products)) {
            auto linked = m_interestWriter->insert({id, product, 1000});
            if (!linked)
                return std::unexpected(linked.error());
        }
    }
    return {};
}

Result<void> Session::addProduct(Row &row)
{
    required(row, QStringLiteral("name"));
    for (const char *field : {"sku", "name", "specification", "unit"})
        textInto(row, QLatin1String(field));
    const QString currencyCode = currency(row);
    (text(row, QStringLiteral("currency")).isEmpty() ? row.derived : row.given).insert(QStringLiteral("currency"), currencyCode);
    if (const auto price = money(row, QStringLiteral("list_price"), currencyCode))
        row.given.insert(QStringLiteral("list_price"), *price);
    if (const auto rate = percent(row, QStringLiteral("tax_rate")))
        row.given.insert(QStringLiteral("tax_rate_ppm"), *rate);
    else
        row.derived.insert(QStringLiteral("tax_rate_ppm"), m_defaultTaxRate);
    if (const auto active = boolean(row, QStringLiteral("active")))
        row.given.insert(QStringLiteral("active"), *active ? 1 : 0);

    const QString sku = text(row, QStringLiteral("sku"));
    const QString name = text(row, QStringLiteral("name"));
    std::optional<qint64> existing = sku.isEmpty() ? m_productNames.find(name) : m_productSkus.find(sku);
    if (!existing && !row.bad && sku.isEmpty()) {
        QString generated;
        do {
            generated = QStringLiteral("P-%1").arg(m_nextSku++, 5, 10, QLatin1Char('0'));
        } while (m_productSkus.find(generated));
        row.derived.insert(QStringLiteral("sku"), generated);
    }
    auto saved = save(row, existing, name);
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved && !existing) {
        m_productNames.add(name, **saved);
        m_productSkus.add(sku.isEmpty() ? row.derived.value(QStringLiteral("sku")).toString() : sku, **saved);
    }
    return {};
}

Result<void> Session::addActivity(Row &row)
{
    required(row, QStringLiteral("kind"));
    required(row, QStringLiteral("subject"));
    const QString kind = choice(row, QStringLiteral("kind"));
    if (!kind.isEmpty())
        row.given.insert(QStringLiteral("kind"), kind);
    for (const char *field : {"subject", "notes", "outcome"})
        textInto(row, QLatin1String(field));

    std::optional<qint64> customer = reference(row, QStringLiteral("customer"));
    std::optional<qint64> contact;
    if (customer || text(row, QStringLiteral("customer")).isEmpty())
        contact = reference(row, QStringLiteral("contact"), customer);
    const auto lead = reference(row, QStringLiteral("lead"));
    const auto opportunity = reference(row, QStringLiteral("opportunity"));
    if (customer)
        row.given.insert(QStringLiteral("customer_id"), *customer);
    if (contact)
        row.given.insert(QStringLiteral("contact_id"), *contact);
    if (lead)
        row.given.insert(QStringLiteral("lead_id"), *lead);
    if (opportunity)
        row.given.insert(QStringLiteral("opportunity_id"), *opportunity);
    if (const auto owner = reference(row, QStringLiteral("owner")))
        row.given.insert(QStringLiteral("owner_id"), *owner);
    else if (text(row, QStringLiteral("owner")).isEmpty() && m_db.actor())
        row.derived.insert(QStringLiteral("owner_id"), *m_db.actor());

    const auto due = dateTime(row, QStringLiteral("due_at"));
    const auto remind = dateTime(row, QStringLiteral("remind_at"));
    if (due)
        row.given.insert(QStringLiteral("due_at"), *due);
    if (remind)
        row.given.insert(QStringLiteral("remind_at"), *remind);
    if (due && remind && *remind > *due)
        problem(row, QStringLiteral("remind_at"),
                RecordImporter::tr("the reminder (%1) comes after the activity is due (%2).").arg(*remind, *due));
    const QString status = choice(row, QStringLiteral("status"));
    if (!status.isEmpty())
        row.given.insert(QStringLiteral("status"), status);
    const auto done = dateTime(row, QStringLiteral("done_at"));
    if (status == u"done")
        (done ? row.given : row.derived)
            .insert(QStringLiteral("done_at"), done.value_or(due.value_or(utcText(QDateTime::currentDateTimeUtc()))));

    const QString subject = text(row, QStringLiteral("subject"));
    const QString key = activityKey({kind, subject, due.value_or(QString()), customer ? QVariant(*customer) : QVariant(),
                                     contact ? QVariant(*contact) : QVariant(), lead ? QVariant(*lead) : QVariant(),
                                     opportunity ? QVariant(*opportunity) : QVariant()});
    const QString uid = row.source.uid.trimmed();
    if (!uid.isEmpty())
        row.given.insert(QStringLiteral("uid"), uid);
    const auto byUid = uid.isEmpty() ? m_activityUids.constEnd() : m_activityUids.constFind(uid);
    std::optional<qint64> existing;
    if (byUid != m_activityUids.constEnd())
        existing = byUid.value();
    else if (m_activityKeys.contains(key))
        existing = m_activityKeys.value(key);
    const bool linkNamed = !text(row, QStringLiteral("customer")).isEmpty() || !text(row, QStringLiteral("contact")).isEmpty()
                           || !text(row, QStringLiteral("lead")).isEmpty() || !text(row, QStringLiteral("opportunity")).isEmpty();
    // An activity nobody can find from a customer, contact, lead or opportunity would be lost.
    if (!linkNamed && !existing)
        rowProblem(row, RecordImporter::tr("The activity is linked to no customer, contact, lead or opportunity."));
    auto saved = save(row, existing, subject, byUid != m_activityUids.constEnd());
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved && !existing) {
        m_activityKeys.insert(key, **saved);
        if (!uid.isEmpty())
            m_activityUids.insert(uid, **saved);
    }
    return {};
}


// ---------------------------------------------------------------- loading

void Session::indexContact(qint64 id, std::optional<qint64> customer, const QString &name)
{
    m_contactNames.add(name, id);
    m_contactsByCustomer.insert({customer.value_or(0), norm(name)}, id);
    m_contactCustomer.insert(id, customer.value_or(0));
}

QString Session::leadKey(const QString &company, const QString &person, const QString &phone, const QString &email)
{
    return norm(company) + QLatin1Char('\n') + norm(person) + QLatin1Char('\n') + norm(phone) + QLatin1Char('\n') + norm(email);
}

QString Session::activityKey(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &value : values)
        parts << (value.isNull() ? QString() : norm(value.toString()));
    return parts.join(QLatin1Char('\n'));
}

Result<void> Session::loadUsers()
{
    auto rows = m_store.rows(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        m_userNames.add(row.at(1).toString(), row.at(0).toLongLong());
        m_userEmails.add(row.at(2).toString(), row.at(0).toLongLong());
    }
    return {};
}

Result<void> Session::loadTeams()
{
    auto rows = m_store.rows(QStringLiteral("teams"), {QStringLiteral("id"), QStringLiteral("name")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows)
        m_teamNames.add(row.at(1).toString(), row.at(0).toLongLong());
    return {};
}

Result<void> Session::loadCustomers()
{
    auto rows = m_store.rows(QStringLiteral("customers"),
                             {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("tax_id")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        const qint64 id = row.at(0).toLongLong();
        m_customerCodes.add(row.at(1).toString(), id);
        m_customerNames.add(row.at(2).toString(), id);
        m_customerNameById.insert(id, row.at(2).toString());
        m_customerTaxIds.add(row.at(3).toString(), id);
    }
    return {};
}

Result<void> Session::loadContacts()
{
    auto rows = m_store.rows(QStringLiteral("contacts"),
                             {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("uid")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        indexContact(row.at(0).toLongLong(), row.at(1).isNull() ? std::nullopt : std::optional<qint64>(row.at(1).toLongLong()),
                     row.at(2).toString());
        if (const QString uid = row.at(3).toString(); !uid.isEmpty())
            m_contactUids.insert(uid, row.at(0).toLongLong());
    }
    return {};
}

Result<void> Session::loadStages()
{
    auto rows = m_store.rows(QStringLiteral("pipeline_stages"),
                             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("position"),
                              QStringLiteral("probability_ppm"), QStringLiteral("outcome")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        const qint64 id = row.at(0).toLongLong();
        m_stageNames.add(row.at(1).toString(), id);
        m_stageNames.add(row.at(2).toString(), id);
        m_stages.insert(id, {row.at(1).toString(), row.at(5).toString(), row.at(4).toLongLong(), row.at(3).toInt()});
    }
    return {};
}

Result<void> Session::loadProducts()
{
    auto rows = m_store.rows(QStringLiteral("products"), {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("name")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        m_productSkus.add(row.at(1).toString(), row.at(0).toLongLong());
        m_productNames.add(row.at(2).toString(), row.at(0).toLongLong());
    }
    m_nextSku = int(rows->size()) + 1;
    return {};
}

Result<void> Session::loadOpportunities()
{
    auto rows = m_store.rows(QStringLiteral("opportunities"),
                             {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("customer_id")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        const qint64 id = row.at(0).toLongLong();
        m_opportunityCodes.add(row.at(1).toString(), id);
        m_opportunityNames.add(row.at(2).toString(), id);
        m_opportunityKeys.insert(norm(row.at(2).toString()) + QLatin1Char('\n') + QString::number(row.at(3).toLongLong()), id);
    }
    return {};
}

Result<void> Session::loadLeads()
{
    auto rows = m_store.rows(QStringLiteral("leads"), {QStringLiteral("id"), QStringLiteral("company"), QStringLiteral("contact_name"),
                                                       QStringLiteral("phone"), QStringLiteral("email")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        const QString company = row.at(1).toString();
        const QString person = row.at(2).toString();
        m_leadNames.add(company.isEmpty() ? person : company, row.at(0).toLongLong());
        m_leadKeys.insert(leadKey(company, person, row.at(3).toString(), row.at(4).toString()), row.at(0).toLongLong());
    }
    return {};
}

Result<void> Session::loadActivities()
{
    auto rows = m_store.rows(QStringLiteral("activities"),
                             {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("due_at"), QStringLiteral("customer_id"),
                              QStringLiteral("contact_id"), QStringLiteral("lead_id"), QStringLiteral("opportunity_id"), QStringLiteral("uid")});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : *rows) {
        m_activityKeys.insert(activityKey(row.mid(1, 7)), row.at(0).toLongLong());
        if (const QString uid = row.at(8).toString(); !uid.isEmpty())
            m_activityUids.insert(uid, row.at(0).toLongLong());
    }
    return {};
}

Result<void> Session::prepare(int count, const std::function<ImportRow(int)> &rowAt)
{
    m_columns = kindColumns(m_kind);
    if (m_columns.columns.isEmpty())
        return fail(ErrorKind::Invalid, RecordImporter::tr("'%1' cannot be imported.").arg(m_kind));
    for (const QString &column : std::as_const(m_columns.columns))
        m_defaults << m_columns.defaults.value(column);
    for (const ImportField &field : ImportSchema::fields(m_kind))
        m_fields.insert(field.name, &field);
    SettingsStore settings(m_db);
    auto base = settings.baseCurrency();
    if (!base)
        return std::unexpected(base.error());
    m_baseCurrency = *base;
    auto tax = settings.integer(QStringLiteral("default_tax_rate_ppm"), 0);
    if (!tax)
        return std::unexpected(tax.error());
    m_defaultTaxRate = *tax;

    const QString &k = m_kind;
    const bool people = k != u"products";
    for (const auto &[needed, load] : std::initializer_list<std::pair<bool, Result<void> (Session::*)()>>{
             {people, &Session::loadUsers},
             {k == u"users", &Session::loadTeams},
             {people && k != u"users", &Session::loadCustomers},
             {k == u"contacts" || k == u"opportunities" || k == u"activities", &Session::loadContacts},
             {k == u"opportunities", &Session::loadStages},
             {k == u"opportunities" || k == u"products", &Session::loadProducts},
             {k == u"opportunities" || k == u"activities", &Session::loadOpportunities},
             {k == u"leads" || k == u"activities", &Session::loadLeads},
             {k == u"activities", &Session::loadActivities}}) {
        if (!needed)
            continue;
        if (auto loaded = (this->*load)(); !loaded)
            return loaded;
    }
    if (k == u"users") {
        for (int i = 0; i < count; ++i)
            m_fileUserNames.insert(norm(rowAt(i).cells.value(QStringLiteral("name")).text));
    }

    // Many rows per statement make a large import several times faster; an
    // opportunity's history and products need its id at once.
    // Each statement that reaches the search index flushes it (an FTS5 savepoint), so fewer, larger statements pay off.
    const int batchRows = k == u"opportunities" ? 1 : std::max(1, kBatchValues / int(m_columns.columns.size()));
    auto writer = m_store.writer(m_kind, m_columns.columns, batchRows);
    if (!writer)
        return std::unexpected(writer.error());
    m_writer.emplace(std::move(*writer));
    // A dry run is rolled back: its audit entries would never be seen.
    m_writer->setAudited(!m_options.dryRun);
    if (k == u"opportunities") {
        auto history = m_store.writer(QStringLiteral("opportunity_stage_history"),
                                      {QStringLiteral("opportunity_id"), QStringLiteral("from_stage_id"), QStringLiteral("to_stage_id"),
                                       QStringLiteral("changed_on"), QStringLiteral("user_id")});
        if (!history)
            return std::unexpected(history.error());
        m_historyWriter.emplace(std::move(*history));
        auto interest = m_store.writer(QStringLiteral("opportunity_products"),
                                       {QStringLiteral("opportunity_id"), QStringLiteral("product_id"), QStringLiteral("quantity_milli")});
        if (!interest)
            return std::unexpected(interest.error());
        m_interestWriter.emplace(std::move(*interest));
    }
    return {};
}

Result<void> Session::add(const ImportRow &source)
{
    Row row{source, false, {}, {}};
    if (m_kind == u"users")
        return addUser(row);
    if (m_kind == u"customers")
        return addCustomer(row);
    if (m_kind == u"contacts")
        return addContact(row);
    if (m_kind == u"leads")
        return addLead(row);
    if (m_kind == u"opportunities")
        return addOpportunity(row);
    if (m_kind == u"products")
        return addProduct(row);
    return addActivity(row);
}

Result<void> Session::finish()
{
    if (auto written = m_writer->flush(); !written)
        return written;
    collectRefusals();
    for (const PendingDetails &pending : m_pendingDetails) {
        const qint64 contact = m_writer->idOf(pending.contact);
        if (contact <= 0)
            continue;
        if (!pending.details.empty()) {
            if (auto kept = m_store.replaceContactDetails(contact, pending.details); !kept)
                return kept;
        }
        if (!pending.photo.isEmpty()) {
            if (auto kept = m_store.setContactPhoto(contact, pending.photo, pending.photoType); !kept)
                return kept;
        }
    }
    for (const PendingManager &pending : m_pendingManagers) {
        ImportRow source;
        source.row = pending.row;
        source.cells.insert(QStringLiteral("manager"), pending.cell);
        Row row{source, false, {}, {}};
        const auto manager = reference(row, QStringLiteral("manager"));
        if (!manager)
            continue;
        const qint64 userId = m_writer->idOf(pending.userId);
        const qint64 managerId = m_writer->idOf(*manager);
        if (userId == 0 || managerId == 0)
            continue;
        if (auto linked = m_records.update(QStringLiteral("users"), userId, {{QStringLiteral("manager_id"), managerId}}); !linked)
            return linked;
    }
    for (const NumberBlock &block : std::as_const(m_numberBlocks)) {
        if (block.next < block.end) {
            if (auto returned = m_store.setLastNumber(block.kind, block.yearKey, block.next - 1); !returned)
                return returned;
        }
    }
    if (m_duplicates > kDuplicateNotes)
        m_report.notes << RecordImporter::tr("… and %1 more rows already stored were skipped.").arg(m_duplicates - kDuplicateNotes);
    // Prepared statements must be gone before the transaction ends.
    m_writer.reset();
    m_historyWriter.reset();
    m_interestWriter.reset();
    return {};
}

} // namespace

Result<void> RecordImporter::run(Database &database, const QString &kind, const std::vector<ImportRow> &rows,
                                 const ImportOptions &options, ImportReport &report)
{
    return run(database, kind, int(rows.size()), [&rows](int i) { return rows[std::size_t(i)]; }, options, report);
}

Result<void> RecordImporter::run(Database &database, const QString &kind, int count, const std::function<ImportRow(int)> &rowAt,
                                 const ImportOptions &options, ImportReport &report)
{
    report.kind = kind;
    report.dryRun = options.dryRun;
    report.written = false;
    bool reachedEnd = false;
    bool cancelled = false;
    ImportStore store(database);
    auto cache = store.enlargeCache();
    if (!cache)
        return std::unexpected(cache.error());
    auto outcome = database.transaction([&]() -> Result<void> {
        // The search index is brought up to date once, after the rows are in.
        auto deferred = store.deferSearchIndex(kind);
        if (!deferred)
            return std::unexpected(deferred.error());
        Session session(database, kind, options, report);
        if (auto ready = session.prepare(count, rowAt); !ready)
            return ready;
        const int total = count;
        for (int i = 0; i < total; ++i) {
            if (auto added = session.add(rowAt(i)); !added)
                return added;
            if (options.progress && (i % 500 == 499 || i == total - 1) && !options.progress(i + 1, total)) {
                cancelled = true;
                break;
            }
        }
        if (auto finished = session.finish(); !finished)
            return finished;
        reachedEnd = true;
        if (!report.problems.empty() || options.dryRun || cancelled) {
            // Rolled back: the trigger comes back with the rollback, and indexing would be wasted.
            return fail(ErrorKind::Invalid, tr("Nothing was written."));
        }
        if (*deferred) {
            if (auto indexed = store.catchUpSearchIndex(**deferred); !indexed)
                return indexed;
        }
        return {};
    });
    if (auto restored = store.restoreCache(*cache); !restored)
        return restored;
    if (cancelled)
        report.notes << tr("The import was cancelled; nothing was written.");
    if (outcome) {
        report.written = true;
        return {};
    }
    // The rollback asked for above is not a failure; anything else is.
    if (reachedEnd && (!report.problems.empty() || options.dryRun || cancelled))
        return {};
    return std::unexpected(outcome.error());
}

} // namespace qianyue
