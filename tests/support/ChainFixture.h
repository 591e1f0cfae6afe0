#pragma once

#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/support/TestSupport.h"

#include <QDate>

#include <memory>

namespace qianyue::test {

/// A fresh database on disk with a small cast: a rep, a manager, an admin,
/// a customer with a contact, and two products in CNY. Tests build the chain
/// on top through the workflow classes.
struct ChainFixture {
    ChainFixture();

    TempDir tmp;
    std::unique_ptr<Database> db;
    qint64 repId = 0;
    qint64 managerId = 0;
    qint64 adminId = 0;
    qint64 teamId = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 laptopId = 0;  ///< 5 999.00 CNY, 13 % VAT, unit 台
    qint64 serviceId = 0; ///< 1 200.50 CNY, 6 % VAT, unit 年

    RecordStore records() { return RecordStore(*db); }
    /// A field of a record, for short assertions.
    QVariant field(const QString &table, qint64 id, const QString &name);
    /// Rows of `table` (count(*)), through the store.
    qint64 count(const QString &table);

    /// An open opportunity for the customer, owned by the rep, with both products of interest.
    qint64 openOpportunity(const QDate &on = QDate(2026, 3, 2));
    /// An approved-and-accepted quote for a new opportunity (lines from its products of interest).
    qint64 acceptedQuote(const QDate &on = QDate(2026, 3, 2));
};

} // namespace qianyue::test
