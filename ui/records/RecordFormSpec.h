#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue::ui {

/// How a form field is edited and checked.
enum class FieldKind {
    Text,
    MultiLine,
    Email,
    Phone,
    Url,
    Choice,     ///< one of `choices` (stored values)
    Customer,   ///< a customer, picked by name
    User,       ///< an active salesperson
    Money,      ///< minor units, entered in major units; never below zero
    Rate,       ///< millionths, entered as a percentage
    Quantity,   ///< thousandths
    Date,
    DateTime,
    Flag,
};

/// One editable field of a record form.
struct FormField {
    QString column;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    QStringList choices;
};

/// The fields a person edits on each kind of record; states are not among
/// them (they change only through the workflow).
class RecordFormSpec
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormSpec)

public:
    /// The editable fields of `table`, empty when the table has no form.
    static std::vector<FormField> fields(const QString &table);
    /// Whether records of `table` can be created and edited in a form.
    static bool editable(const QString &table);
    /// The translated label of a column.
    static QString label(const QString &column);
};

} // namespace qianyue::ui
