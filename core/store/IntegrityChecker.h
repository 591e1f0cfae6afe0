#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QSqlQuery;

namespace qianyue {

class Database;

/// The outcome of one check: what was checked and each problem found.
struct CheckResult {
    QString name;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

/// Verifies a database: SQLite's own integrity and foreign keys, the schema
/// version, and the sales chain's invariants (allocations within receivables
/// and receipts, ordered within contracted, document totals equal to lines).
class IntegrityChecker
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    explicit IntegrityChecker(Database &database);

    /// Runs every check; an Error only when the checks themselves cannot run.
    Result<std::vector<CheckResult>> run();

private:
    /// Runs `sql`, whose rows are problems, and describes each with `describe`.
    Result<CheckResult> rows(const QString &name, const QString &sql,
                             const std::function<QString(const QSqlQuery &)> &describe);

    Database &m_db;
};

} // namespace qianyue
