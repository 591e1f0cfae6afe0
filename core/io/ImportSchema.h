#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

/// How the text of a field is read.
enum class FieldType {
    Text,      ///< kept as it is (trimmed)
    Date,      ///< ISO, YYYY/MM/DD, YYYY年M月D日 or the locale's short format
    DateTime,  ///< a date with an optional time, stored as UTC
    Money,     ///< an amount in the row's currency (Money::parse)
    Percent,   ///< "13%", "0.13" or "13"
    Boolean,   ///< yes/no, 是/否, 1/0, true/false
    Choice,    ///< one value of a fixed list, by its code or either label
    Reference, ///< another record, by its name in either language
    Currency,  ///< an ISO 4217 code
};

/// One field of an importable record kind, with its labels in both
/// languages; a CSV header equal to the name, a label or an alias maps itself.
struct ImportField {
    QString name;        ///< snake_case, as in --map and exported headers
    QString english;     ///< English label
    QString chinese;     ///< Chinese label
    const char *meaning; ///< untranslated description for --fields
    FieldType type = FieldType::Text;
    QString column;      ///< the column it is stored in; empty when stored elsewhere (products of interest)
    QString target;      ///< referenced table (Reference) or choice list (Choice)
    bool required = false;
    QStringList aliases; ///< other headers seen in spreadsheets from other systems
};

/// One value of a choice list: the stored code and how people write it.
struct ImportChoice {
    QString value;
    QString english;
    QString chinese;
    QStringList aliases;
};

/// The record kinds that can be imported and exported, their fields and the
/// values of their choice lists. Kinds are named after their tables.
class ImportSchema
{
    Q_DECLARE_TR_FUNCTIONS(ImportSchema)

public:
    /// users, customers, contacts, leads, opportunities, products, activities.
    static QStringList kinds();
    static bool isKind(const QString &kind);
    /// The fields of `kind` in the order they are exported; empty for an unknown kind.
    static const std::vector<ImportField> &fields(const QString &kind);
    /// One field of `kind` by its snake_case name, or nullptr.
    static const ImportField *field(const QString &kind, const QString &name);
    /// The values of a choice list ("role", "source", …).
    static const std::vector<ImportChoice> &choices(const QString &list);
    /// The translated description of a field.
    static QString meaning(const ImportField &field);
    /// The translated name of a kind ("customers" → "客户" in Chinese).
    static QString kindLabel(const QString &kind);

    /// Text reduced for comparing headers and choice values: lower case, no
    /// spaces, '_' or '-', no trailing "(unit)" or required-marker '*'.
    static QString key(const QString &text);
    /// Field name → column index for every header cell that names a field of `kind`.
    static QHash<QString, int> autoMap(const QString &kind, const QStringList &header);
    /// The stored code of a choice by code, label or alias, or empty.
    static QString choiceValue(const QString &list, const QString &text);
};

} // namespace qianyue
