#pragma once

#include <QString>

#include <expected>

namespace qianyue {

/// What kind of failure an Error reports, so callers can react without parsing text.
enum class ErrorKind {
    Invalid,           ///< bad input: a value, a field, a file row
    NotFound,          ///< a referenced record does not exist
    Conflict,          ///< the change clashes with what is stored (duplicate, still referenced)
    IllegalTransition, ///< a workflow step that the record's state does not allow
    NotQianyue,        ///< a file that is not a Qianyue database
    TooNew,            ///< a database written by a newer Qianyue
    Exists,            ///< refusing to overwrite an existing file
    Storage,           ///< the database or file system failed
    Damaged,           ///< a database file that is truncated or fails SQLite's integrity check
};

/// A failure crossing layers as a value: a translated message for the user
/// and where it happened (file, row, field or record).
struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QString where;

    /// The message with its location, ready to show.
    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

template<typename T>
using Result = std::expected<T, Error>;

/// Shorthand for returning an error from a function returning Result<T>.
inline std::unexpected<Error> fail(ErrorKind kind, QString message, QString where = {})
{
    return std::unexpected(Error{kind, std::move(message), std::move(where)});
}

} // namespace qianyue
