#pragma once

#include "core/store/ListStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace qianyue::ui {

/// Turns stored values into the text a person reads, in the UI's locale:
/// money with group separators and its currency, rates as percentages,
/// dates in the locale's short format, states by their translated names.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    /// "¥12,345.60" style text of an amount of minor units (no floating point on the way).
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    /// "13%" or "12.5%" from millionths.
    static QString rate(qint64 millionths, const QLocale &locale = QLocale());
    /// A stored 'YYYY-MM-DD' or ISO timestamp in the locale's short format.
    static QString date(const QVariant &value, const QLocale &locale = QLocale());
    static QString dateTime(const QVariant &value, const QLocale &locale = QLocale());
    /// The translated name of a stored state or enumeration value of `table`.
    static QString state(const QString &table, const QString &value);
    /// A column value of a list, formatted for display.
    static QString display(const QString &table, const ListColumn &column, const QVariant &value, const QString &currency);
};

} // namespace qianyue::ui
