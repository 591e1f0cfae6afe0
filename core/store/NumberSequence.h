#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>

namespace qianyue {

class Database;

/// Gapless document numbers per kind and year ("HT-2026-0001"). A number is
/// taken inside the caller's transaction, so a save that rolls back gives
/// its number back.
class NumberSequence
{
    Q_DECLARE_TR_FUNCTIONS(NumberSequence)

public:
    explicit NumberSequence(Database &database);

    /// Allocates the next number of `kind` ("quote", "contract", …) for `year`,
    /// formatted with the kind's pattern from the settings. Must run inside a transaction.
    Result<QString> next(const QString &kind, int year);

private:
    Database &m_db;
};

} // namespace qianyue
