#pragma once

#include "core/io/ContentLine.h"
#include "core/io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace qianyue {

/// One component of an iCalendar object (VCALENDAR, VEVENT, VTODO, VALARM,
/// VTIMEZONE, …) with its properties and the components inside it.
struct ICalComponent {
    QString name;
    int line = 0;
    std::vector<ContentLine> properties;
    std::vector<ICalComponent> children;

    /// The first property called `name`, or nullptr.
    const ContentLine *property(const QString &name) const;
};

/// A VEVENT or VTODO as Qianyue reads it, times already resolved to UTC.
struct CalendarEntry {
    int line = 0;
    bool todo = false;
    QString uid;
    QString summary;
    QString description;
    QString location;
    QString status; ///< STATUS, upper case
    QStringList categories;
    std::optional<QDateTime> start;
    std::optional<QDateTime> due; ///< VTODO's DUE, or VEVENT's end
    std::optional<QDateTime> completed;
    std::optional<QDateTime> alarm; ///< the earliest reminder
    bool recurring = false;
    QStringList attendees; ///< e-mail addresses of ATTENDEE and ORGANIZER
    /// Qianyue's own X-QIANYUE-* properties (KIND, STATUS, OUTCOME, CUSTOMER, …) by the part after the prefix.
    QHash<QString, QString> qianyue;
};

/// Reads iCalendar (RFC 5545) files strictly enough that broken files are
/// refused with the line of the fault: components must nest and close,
/// parameters must be well-formed, and the dates, durations, offsets and
/// recurrence rules Qianyue relies on must be valid. Unknown components and
/// properties are skipped. Times in a TZID are resolved with the file's
/// VTIMEZONE (yearly rules), IANA or Windows zone names; floating times use `zone`.
class ICalendarReader
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarReader)

public:
    struct Parsed {
        std::vector<CalendarEntry> entries;
        std::vector<ImportProblem> problems; ///< a file with problems is refused as a whole
        QStringList notes;
    };
    static Parsed read(const QByteArray &bytes, const QString &file, const QTimeZone &zone = QTimeZone::systemTimeZone());

    /// Parses a DATE ("20260302") or DATE-TIME ("20260302T093000", "…Z") value;
    /// `isDate` tells which. Invalid text gives nullopt.
    static std::optional<QDateTime> parseDateTime(const QString &text, bool *isDate = nullptr);
    /// Parses a DURATION ("PT15M", "-P1DT2H", "P2W") into seconds; nullopt when invalid or beyond 100 years.
    static std::optional<qint64> parseDuration(const QString &text);
};

/// One activity to write as a VEVENT or VTODO.
struct CalendarActivity {
    qint64 id = 0;
    QString uid; ///< the UID it was imported with; empty: one made from the id
    QString kind;
    QString subject;
    QString notes;
    QString status; ///< planned, done, cancelled
    QString outcome;
    std::optional<QDateTime> due;
    std::optional<QDateTime> remind;
    std::optional<QDateTime> done;
    QString customer;
    QString contact;
    QString lead;
    QString opportunity;
    QString owner;
};

/// Writes activities as iCalendar: meetings, visits and demos with a due
/// time as VEVENT, calls, e-mails and tasks (and anything without a time) as
/// VTODO; UID "activity-<id>@qianyue" stays the same across exports; times
/// in UTC; the reminder as a VALARM; lines folded at 75 octets.
class ICalendarWriter
{
public:
    static QByteArray write(const std::vector<CalendarActivity> &activities, const QDateTime &stamp);
    /// The UID an activity keeps across exports.
    static QString uid(qint64 activityId);
};

} // namespace qianyue
