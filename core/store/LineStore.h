#pragma once

#include "core/domain/DocumentLine.h"
#include "core/domain/Error.h"
#include "core/domain/LineMath.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace qianyue {

class Database;

/// The documents that carry lines.
enum class LineDocument { Quote, Contract, SalesOrder };

/// Reads and writes the lines of quotes, contracts and sales orders and
/// keeps each document's subtotal, tax and total equal to its rounded lines.
class LineStore
{
    Q_DECLARE_TR_FUNCTIONS(LineStore)

public:
    explicit LineStore(Database &database);

    /// The lines of a document in position order.
    Result<std::vector<DocumentLine>> lines(LineDocument document, qint64 documentId) const;
    /// Replaces all lines of a document: each line's total and tax are
    /// computed here (never taken from the caller), positions renumbered from
    /// 1, and the document's totals updated, all in one transaction.
    Result<DocumentTotals> replaceLines(LineDocument document, qint64 documentId, std::vector<DocumentLine> lines);

    static QString headerTable(LineDocument document);
    static QString lineTable(LineDocument document);
    static QString parentColumn(LineDocument document);

private:
    Database &m_db;
};

} // namespace qianyue
