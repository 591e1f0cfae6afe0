#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// A record's fields by column name. Money columns hold minor units,
/// *_ppm columns millionths, *_milli columns thousandths (see the schema).
using Fields = QVariantMap;

/// Inserts, updates, deletes and reads rows of any record table, each in its
/// own transaction (or savepoint), with an audit log entry for every change
/// and a readable refusal when a deleted record is still referred to.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(Database &database);

    /// Inserts a row and returns its id. Unknown field names are refused.
    Result<qint64> insert(const QString &table, const Fields &fields);
    /// Changes the given fields. With `expectedVersion`, refuses when someone
    /// else changed the row since it was read. A change of `status` is logged as a state change.
    Result<void> update(const QString &table, qint64 id, const Fields &changes,
                        std::optional<qint64> expectedVersion = std::nullopt);
    /// Deletes a row, refusing (and naming them) while other records refer to it.
    Result<void> remove(const QString &table, qint64 id);
    /// One row, or NotFound naming the record kind.
    Result<Fields> get(const QString &table, qint64 id) const;
    /// Rows whose `column` equals `value`, ordered by `orderBy` (a column name).
    Result<std::vector<Fields>> where(const QString &table, const QString &column, const QVariant &value,
                                      const QString &orderBy = QStringLiteral("id")) const;

    /// The id of the first row whose `column` equals `value` ignoring case, if any.
    Result<std::optional<qint64>> findId(const QString &table, const QString &column, const QString &value) const;

    /// Longest text a field may hold (characters).
    static constexpr int kMaxTextLength = 10000;
    /// Refuses over-long text, control characters and bidirectional
    /// formatting characters (which can make a name display in a misleading order).
    static Result<void> checkText(const QString &column, const QVariant &value);
    /// checkText, plus: a whole number within 64 bits for INTEGER columns
    /// (`declaredType` as in the schema), a real date between years 1 and 9999 for date columns.
    static Result<void> checkValue(const QString &column, const QString &declaredType, const QVariant &value);
    /// Whether a column holds a date or a time stamp, judged by its name (…_date, …_on, …_at, …_until).
    static bool isDateColumn(const QString &column);

    /// The translated name of one record of `table` ("customer" / "客户").
    static QString kindName(const QString &table);
    /// "%n contacts" style count of records of `table`, translated.
    static QString countOf(const QString &table, int count);

private:
    struct Reference {
        QString table;
        QString column;
    };

    Result<QStringList> columns(const QString &table) const;
    /// Declared SQL type of each column of `table` ("INTEGER", "TEXT", …).
    Result<QHash<QString, QString>> columnTypes(const QString &table) const;
    Result<void> checkColumns(const QString &table, const Fields &fields) const;
    Result<std::vector<Reference>> referencesTo(const QString &table) const;
    Result<void> audit(const QString &table, qint64 id, const QString &action, const QJsonObject &changes);

    Database &m_db;
    mutable QHash<QString, QStringList> m_columns;
    mutable QHash<QString, QHash<QString, QString>> m_columnTypes;
    mutable std::optional<QHash<QString, std::vector<Reference>>> m_references;
};

} // namespace qianyue
