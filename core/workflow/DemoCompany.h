#pragma once

#include "core/domain/DemoVocabulary.h"
#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>

namespace qianyue {

class Database;

/// The small demo company: a few dozen customers with realistic history, plus
/// deals walked through the real workflow so that every record kind and every
/// state is present — including one chain from a lead to a settled receipt.
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(DemoCompany)

public:
    /// Fills an empty database; `today` anchors every date.
    static Result<void> fill(Database &database, DemoVocabulary::Language language, std::uint64_t seed,
                             const QDate &today = QDate::currentDate());
};

} // namespace qianyue
