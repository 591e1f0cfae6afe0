#include "core/io/ImportOptions.h"

#include "core/io/ImportSchema.h"

namespace qianyue {

namespace {

Error unknownField(const QString &kind, const QString &name)
{
    QStringList known;
    for (const ImportField &field : ImportSchema::fields(kind))
        known << field.name;
    return Error{ErrorKind::Invalid,
                 ImportOptions::tr("'%1' is not a field of %2; the fields are: %3.")
                     .arg(name, ImportSchema::kindLabel(kind), known.join(QStringLiteral(", "))),
                 {}};
}

} // namespace

Result<QHash<QString, QString>> ImportOptions::parseColumns(const QString &kind, const QStringList &texts)
{
    QHash<QString, QString> columns;
    for (const QString &text : texts) {
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == item.size() - 1)
                return fail(ErrorKind::Invalid, tr("--map wants FIELD=COLUMN, not '%1'.").arg(item));
            const QString field = item.left(eq).trimmed();
            if (!ImportSchema::field(kind, field))
                return std::unexpected(unknownField(kind, field));
            columns.insert(field, item.mid(eq + 1).trimmed());
        }
    }
    return columns;
}

Result<QHash<QString, QHash<QString, QString>>> ImportOptions::parseValues(const QString &kind, const QStringList &texts)
{
    QHash<QString, QHash<QString, QString>> values;
    for (const QString &text : texts) {
        QString field;
        for (const QString &rawItem : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString item = rawItem.trimmed();
            const qsizetype colon = item.indexOf(QLatin1Char(':'));
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            // "FIELD:" only counts when it comes before the '=' ("stage:Closed Won=赢单").
            if (colon > 0 && (eq < 0 || colon < eq)) {
                field = item.left(colon).trimmed();
                if (!ImportSchema::field(kind, field))
                    return std::unexpected(unknownField(kind, field));
                item = item.mid(colon + 1);
            }
            const qsizetype at = item.indexOf(QLatin1Char('='));
            if (field.isEmpty() || at <= 0)
                return fail(ErrorKind::Invalid, tr("--values wants FIELD:FROM=TO, not '%1'.").arg(rawItem));
            values[field].insert(ImportSchema::key(item.left(at)), item.mid(at + 1).trimmed());
        }
    }
    return values;
}

} // namespace qianyue
