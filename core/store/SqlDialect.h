#pragma once

#include <QString>

namespace qianyue {

/// The few places where SQLite and PostgreSQL spell SQL differently. Schema
/// text uses tokens ({pk}, {blob}, {now}) that this class expands, so the
/// rest of the store stays portable.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind)
    {
    }

    /// Replaces the dialect tokens in `sql`.
    QString expand(QString sql) const;
    /// Starts a write transaction that takes the write lock at once.
    QString beginWrite() const;
    /// Lists every foreign key as rows (child table, parent table, child column, on-delete action).
    QString foreignKeysQuery() const;
    /// The function building a JSON object from key/value arguments.
    QString jsonObjectFunction() const;
    /// The function building a JSON array from its arguments.
    QString jsonArrayFunction() const;
    /// `expression` (text) as a JSON string literal, as text.
    QString jsonQuoted(const QString &expression) const;
    /// The function filling a pattern with %s placeholders (printf / format).
    QString formatFunction() const;
    /// An expression for the current UTC time as ISO 8601 text.
    QString nowExpression() const;

private:
    Kind m_kind;
};

} // namespace qianyue
