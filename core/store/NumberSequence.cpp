#include "core/store/NumberSequence.h"

#include "core/domain/DocumentNumber.h"
#include "core/store/Database.h"
#include "core/store/SettingsStore.h"

namespace qianyue {

NumberSequence::NumberSequence(Database &database)
    : m_db(database)
{
}

Result<QString> NumberSequence::next(const QString &kind, int year)
{
    if (!m_db.inTransaction())
        return fail(ErrorKind::Storage, tr("A document number must be taken inside the transaction that saves the document."));
    const auto pattern = SettingsStore(m_db).value(QStringLiteral("number_pattern.") + kind);
    if (!pattern)
        return std::unexpected(pattern.error());
    if (pattern->isEmpty())
        return fail(ErrorKind::Invalid, tr("No numbering pattern is set for %1.").arg(kind));
    if (auto valid = DocumentNumber::validatePattern(*pattern); !valid)
        return std::unexpected(valid.error());

    // A pattern without a year counts on across years instead of repeating numbers.
    const bool yearly = pattern->contains(QStringLiteral("{YYYY}")) || pattern->contains(QStringLiteral("{YY}"));
    auto value = m_db.scalar(QStringLiteral("INSERT INTO number_sequences (kind, year, last_value) VALUES (?, ?, 1)"
                                            " ON CONFLICT (kind, year) DO UPDATE SET last_value = last_value + 1"
                                            " RETURNING last_value"),
                             {kind, yearly ? year : 0});
    if (!value)
        return std::unexpected(value.error());
    return DocumentNumber::format(*pattern, year, value->toLongLong());
}

} // namespace qianyue
