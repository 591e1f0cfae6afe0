#include "core/io/ValueMatcher.h"

#include "core/io/ImportSchema.h"
#include "core/store/ImportStore.h"

namespace qianyue {

namespace {

// Matched as RecordImporter matches names: ignoring case and runs of white space.
QString nameKey(const QString &text)
{
    return text.simplified().toLower();
}

// The columns a reference is found by, the one shown first.
QStringList matchColumns(const QString &table)
{
    if (table == u"users")
        return {QStringLiteral("name"), QStringLiteral("email")};
    if (table == u"customers")
        return {QStringLiteral("name"), QStringLiteral("code")};
    if (table == u"pipeline_stages")
        return {QStringLiteral("name"), QStringLiteral("name_en")};
    if (table == u"products")
        return {QStringLiteral("name"), QStringLiteral("sku")};
    if (table == u"opportunities")
        return {QStringLiteral("name"), QStringLiteral("code")};
    if (table == u"leads")
        return {QStringLiteral("company"), QStringLiteral("contact_name")};
    return {QStringLiteral("name")};
}

} // namespace

bool ValueMatcher::isMatched(const QString &kind, const QString &field)
{
    const ImportField *spec = ImportSchema::field(kind, field);
    return spec && (spec->type == FieldType::Choice || spec->type == FieldType::Reference);
}

Result<ValueMatcher> ValueMatcher::forField(Database &database, const QString &kind, const QString &field)
{
    const ImportField *spec = ImportSchema::field(kind, field);
    if (!spec || !isMatched(kind, field))
        return fail(ErrorKind::Invalid, tr("The field '%1' takes no values from a list.").arg(field));
    ValueMatcher matcher;
    if (spec->type == FieldType::Choice) {
        matcher.m_choiceList = spec->target;
        for (const ImportChoice &choice : ImportSchema::choices(spec->target))
            matcher.m_known.push_back({choice.value, QStringLiteral("%1 (%2)").arg(choice.chinese, choice.english)});
        return matcher;
    }
    matcher.m_splitList = field == u"product";
    const QStringList columns = matchColumns(spec->target);
    auto rows = ImportStore(database).rows(spec->target, columns);
    if (!rows)
        return std::unexpected(rows.error());
    QSet<QString> shown;
    for (const QVariantList &row : *rows) {
        for (const QVariant &value : row)
            matcher.addKey(value.toString());
        const QString name = row.at(0).toString().trimmed();
        const QString label = name.isEmpty() ? row.at(1).toString().trimmed() : name;
        if (!label.isEmpty() && !shown.contains(label)) {
            shown.insert(label);
            matcher.m_known.push_back({label, label});
        }
    }
    return matcher;
}

void ValueMatcher::addKey(const QString &text)
{
    const QString key = nameKey(text);
    if (!key.isEmpty())
        m_keys.insert(key);
}

bool ValueMatcher::matches(const QString &text) const
{
    if (!m_choiceList.isEmpty())
        return !ImportSchema::choiceValue(m_choiceList, text).isEmpty();
    return m_keys.contains(nameKey(text));
}

QStringList ValueMatcher::unmatched(const QStringList &texts) const
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &text : texts) {
        const QStringList parts = m_splitList ? text.split(QLatin1Char(';'), Qt::SkipEmptyParts) : QStringList{text};
        for (const QString &part : parts) {
            const QString value = part.trimmed();
            if (value.isEmpty() || seen.contains(ImportSchema::key(value)))
                continue;
            seen.insert(ImportSchema::key(value));
            if (!matches(value))
                out << value;
        }
    }
    return out;
}

} // namespace qianyue
