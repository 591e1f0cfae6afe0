#pragma once

#include "core/domain/Error.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace qianyue {

/// How a file is to be imported; the same for CSV, vCard and iCalendar
/// files (options that do not apply to a format are ignored).
struct ImportOptions {
    Q_DECLARE_TR_FUNCTIONS(ImportOptions)

public:
    QString encoding; ///< the file's encoding; empty: detected
    QChar delimiter;  ///< the CSV delimiter; null: detected
    /// Field name → the column it is read from (header text, or its number counting from 1).
    QHash<QString, QString> columns;
    /// Field name → (ImportSchema::key of a value in the file → the value to use instead).
    QHash<QString, QHash<QString, QString>> values;
    bool createMissing = false;  ///< create salespeople, teams, customers, contacts, products and stages that are not found
    bool updateExisting = false; ///< update duplicates instead of skipping them
    bool dryRun = false;         ///< do everything, then roll back
    bool createCustomers = false; ///< create missing customers even without createMissing (vCard ORG)
    QString defaultCustomer;     ///< iCalendar: the customer for events that name no customer, contact, lead or opportunity
    QDate today = QDate::currentDate();
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< for times written without a zone
    QLocale locale;                                   ///< for dates in the locale's short format
    /// Called now and then with the rows done and the total; returning false cancels (and rolls back).
    std::function<bool(int done, int total)> progress;

    /// Reads --map texts ("name=客户名称,phone=3") for `kind`; unknown fields are refused.
    static Result<QHash<QString, QString>> parseColumns(const QString &kind, const QStringList &texts);
    /// Reads --values texts ("source:展会=campaign,网站=web,stage:Closed Won=赢单"); an item
    /// without "FIELD:" continues the field before it. Unknown fields are refused.
    static Result<QHash<QString, QHash<QString, QString>>> parseValues(const QString &kind, const QStringList &texts);
};

} // namespace qianyue
