#pragma once

#include "core/store/BoardStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace qianyue::ui {

/// How activities read in the agenda, the week view and the reminders.
class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)

public:
    /// A stored UTC timestamp in local time (invalid when empty or malformed).
    static QDateTime local(const QString &utc);
    /// "Customer · Opportunity" (or the contact or lead) the activity belongs to.
    static QString linkedTo(const AgendaItem &item);
    /// The translated kind ("call", "visit", …).
    static QString kind(const AgendaItem &item);
    /// The due time in the locale's short format: the time alone when `timeOnly`, else date and time.
    static QString due(const AgendaItem &item, bool timeOnly);
};

} // namespace qianyue::ui
