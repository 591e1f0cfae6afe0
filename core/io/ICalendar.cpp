#include "core/io/ICalendar.h"

#include "core/io/TextCodec.h"

#include <QRegularExpression>

#include <algorithm>

namespace qianyue {

namespace {

// Ends of a wall-clock time are compared as if they were UTC, which keeps
// the arithmetic free of the machine's own time zone.
QDateTime wallClock(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone::utc());
}

struct DateValue {
    QDate date;
    QTime time;
    bool isDate = false;
    bool utc = false;
};

std::optional<DateValue> dateValue(const QString &raw)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z?))?$"));
    const auto match = pattern.match(raw.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    DateValue value;
    value.date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!value.date.isValid())
        return std::nullopt;
    if (match.captured(4).isEmpty()) {
        value.isDate = true;
        value.time = QTime(0, 0);
        return value;
    }
    // RFC 5545 allows a leap second (60); Qt does not, so it counts as the last second.
    int second = match.captured(6).toInt();
    if (second == 60)
        second = 59;
    value.time = QTime(match.captured(4).toInt(), match.captured(5).toInt(), second);
    if (!value.time.isValid())
        return std::nullopt;
    value.utc = match.captured(7) == u"Z";
    return value;
}

std::optional<int> utcOffset(const QString &raw)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{2})(\\d{2})(\\d{2})?$"));
    const auto match = pattern.match(raw.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    const int seconds = match.captured(4).toInt();
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    const int total = hours * 3600 + minutes * 60 + seconds;
    return match.captured(1) == u"-" ? -total : total;
}

QString textOf(const ContentLine &property)
{
    return ContentLineCodec::unescape(QString::fromUtf8(property.value));
}

// ---------------------------------------------------------------- time zones

struct Observance {
    QDateTime start; // wall clock
    int offsetFrom = 0;
    int offsetTo = 0;
    int month = 0;
    int weekday = 0; // 1 = Monday
    int ordinal = 0; // 2 = second, -1 = last, 0 = any
    QList<int> monthDays;
    std::optional<QDateTime> until; // UTC
    QList<QDateTime> extraStarts;   // RDATE, wall clock
};

int weekdayNumber(const QString &code)
{
    static const QStringList days = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
                                     QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};
    return int(days.indexOf(code)) + 1;
}

std::optional<QDateTime> onsetIn(const Observance &rule, int year)
{
    if (rule.month < 1 || rule.month > 12)
        return std::nullopt;
    QList<QDate> matches;
    const QDate first(year, rule.month, 1);
    for (int day = 1; day <= first.daysInMonth(); ++day) {
        const QDate date(year, rule.month, day);
        if (rule.weekday && date.dayOfWeek() != rule.weekday)
            continue;
        if (!rule.monthDays.isEmpty() && !rule.monthDays.contains(day))
            continue;
        matches << date;
    }
    if (matches.isEmpty())
        return std::nullopt;
    qsizetype index = 0;
    if (rule.ordinal > 0)
        index = rule.ordinal - 1;
    else if (rule.ordinal < 0)
        index = matches.size() + rule.ordinal;
    if (index < 0 || index >= matches.size())
        return std::nullopt;
    return wallClock(matches.at(index), rule.start.time());
}

struct Zone {
    QList<Observance> observances;

    // The offset in force at a wall-clock time: that of the observance whose latest onset comes last.
    int offsetAt(const QDateTime &wall) const
    {
        std::optional<QDateTime> best;
        int offset = 0;
        const Observance *earliest = nullptr;
        for (const Observance &rule : observances) {
            if (!earliest || rule.start < earliest->start)
                earliest = &rule;
            QList<QDateTime> onsets = rule.extraStarts;
            onsets << rule.start;
            for (const int year : {wall.date().year(), wall.date().year() - 1}) {
                if (const auto onset = onsetIn(rule, year); onset && *onset >= rule.start
                                                              && (!rule.until || onset->addSecs(-rule.offsetFrom) <= *rule.until))
                    onsets << *onset;
            }
            for (const QDateTime &onset : std::as_const(onsets)) {
                if (onset <= wall && (!best || onset > *best)) {
                    best = onset;
                    offset = rule.offsetTo;
                }
            }
        }
        if (!best && earliest)
            return earliest->offsetFrom;
        return offset;
    }
};

Zone zoneFrom(const ICalComponent &timezone)
{
    Zone zone;
    for (const ICalComponent &part : timezone.children) {
        if (part.name != u"STANDARD" && part.name != u"DAYLIGHT")
            continue;
        Observance rule;
        if (const ContentLine *start = part.property(QStringLiteral("DTSTART"))) {
            if (const auto value = dateValue(QString::fromUtf8(start->value)))
                rule.start = wallClock(value->date, value->time);
        }
        if (const ContentLine *from = part.property(QStringLiteral("TZOFFSETFROM")))
            rule.offsetFrom = utcOffset(QString::fromUtf8(from->value)).value_or(0);
        if (const ContentLine *to = part.property(QStringLiteral("TZOFFSETTO")))
            rule.offsetTo = utcOffset(QString::fromUtf8(to->value)).value_or(0);
        if (const ContentLine *rrule = part.property(QStringLiteral("RRULE"))) {
            bool yearly = false;
            for (const QString &item : QString::fromUtf8(rrule->value).split(QLatin1Char(';'))) {
                const QString key = item.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
                const QString value = item.section(QLatin1Char('='), 1).trimmed().toUpper();
                if (key == u"FREQ")
                    yearly = value == u"YEARLY";
                else if (key == u"BYMONTH")
                    rule.month = value.section(QLatin1Char(','), 0, 0).toInt();
                else if (key == u"BYDAY") {
                    static const QRegularExpression day(QStringLiteral("^([+-]?\\d{0,2})(MO|TU|WE|TH|FR|SA|SU)$"));
                    if (const auto match = day.match(value.section(QLatin1Char(','), 0, 0).trimmed()); match.hasMatch()) {
                        rule.ordinal = match.captured(1).toInt();
                        rule.weekday = weekdayNumber(match.captured(2));
                    }
                } else if (key == u"BYMONTHDAY") {
                    for (const QString &day : value.split(QLatin1Char(',')))
                        rule.monthDays << day.toInt();
                } else if (key == u"UNTIL") {
                    if (const auto until = dateValue(value))
                        rule.until = wallClock(until->date, until->time);
                }
            }
            if (!yearly)
                rule.month = 0;
        }
        for (const ContentLine &property : part.properties) {
            if (property.name != u"RDATE")
                continue;
            for (const QString &item : QString::fromUtf8(property.value).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (const auto value = dateValue(item.section(QLatin1Char('/'), 0, 0)))
                    rule.extraStarts << wallClock(value->date, value->time);
            }
        }
        zone.observances << rule;
    }
    return zone;
}

class TimeResolver
{
public:
    TimeResolver(const ICalComponent &calendar, const QTimeZone &floating, QStringList &notes)
        : m_floating(floating)
        , m_notes(notes)
    {
        for (const ICalComponent &child : calendar.children) {
            if (child.name != u"VTIMEZONE")
                continue;
            if (const ContentLine *tzid = child.property(QStringLiteral("TZID")))
                m_zones.insert(textOf(*tzid).trimmed(), zoneFrom(child));
        }
    }

    std::optional<QDateTime> resolve(const ContentLine &property)
    {
        const auto value = dateValue(QString::fromUtf8(property.value));
        if (!value)
            return std::nullopt;
        if (value->utc)
            return QDateTime(value->date, value->time, QTimeZone::utc());
        const QString tzid = property.param(QStringLiteral("TZID")).trimmed();
        if (value->isDate || tzid.isEmpty())
            return QDateTime(value->date, value->time, m_floating).toUTC();
        if (const QTimeZone known(tzid.toUtf8()); known.isValid())
            return QDateTime(value->date, value->time, known).toUTC();
        if (const auto zone = m_zones.constFind(tzid); zone != m_zones.constEnd() && !zone->observances.isEmpty())
            return wallClock(value->date, value->time).addSecs(-zone->offsetAt(wallClock(value->date, value->time)));
        if (const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8()); !iana.isEmpty())
            return QDateTime(value->date, value->time, QTimeZone(iana)).toUTC();
        // Lightning writes "/mozilla.org/20070129_1/Europe/Berlin".
        const QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 2) {
            if (const QTimeZone tail(parts.mid(parts.size() - 2).join(QLatin1Char('/')).toUtf8()); tail.isValid())
                return QDateTime(value->date, value->time, tail).toUTC();
        }
        if (!m_unknown.contains(tzid)) {
            m_unknown << tzid;
            m_notes << ICalendarReader::tr("Line %1: the time zone '%2' is not described in the file; its times were read as local time.")
                           .arg(property.line)
                           .arg(tzid);
        }
        return QDateTime(value->date, value->time, m_floating).toUTC();
    }

private:
    QHash<QString, Zone> m_zones;
    QTimeZone m_floating;
    QStringList &m_notes;
    QStringList m_unknown;
};

// ---------------------------------------------------------------- checking

bool validDateList(const ContentLine &property, bool allowPeriod, bool allowEmpty)
{
    const QString text = QString::fromUtf8(property.value).trimmed();
    if (text.isEmpty())
        return allowEmpty;
    const QString type = property.param(QStringLiteral("VALUE")).toUpper();
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (allowPeriod && item.contains(QLatin1Char('/'))) {
            const auto start = dateValue(item.section(QLatin1Char('/'), 0, 0));
            const QString end = item.section(QLatin1Char('/'), 1);
            if (!start || (!dateValue(end) && !ICalendarReader::parseDuration(end)))
                return false;
            continue;
        }
        const auto value = dateValue(item);
        if (!value || (type == u"DATE" && !value->isDate) || (type == u"DATE-TIME" && value->isDate))
            return false;
    }
    return true;
}

bool validRule(const QString &text)
{
    static const QStringList frequencies = {QStringLiteral("SECONDLY"), QStringLiteral("MINUTELY"), QStringLiteral("HOURLY"),
                                            QStringLiteral("DAILY"),    QStringLiteral("WEEKLY"),   QStringLiteral("MONTHLY"),
                                            QStringLiteral("YEARLY")};
    bool frequency = false;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return false;
        const QString key = item.left(eq).trimmed().toUpper();
        const QString value = item.mid(eq + 1).trimmed().toUpper();
        bool number = false;
        if (key == u"FREQ") {
            if (!frequencies.contains(value))
                return false;
            frequency = true;
        } else if (key == u"UNTIL" && !dateValue(value)) {
            return false;
        } else if ((key == u"COUNT" || key == u"INTERVAL") && (value.toInt(&number) <= 0 || !number)) {
            return false;
        }
    }
    return frequency;
}

void check(const ICalComponent &component, const QString &file, std::vector<ImportProblem> &problems)
{
    static const QStringList singleDates = {QStringLiteral("DTSTART"),  QStringLiteral("DTEND"),   QStringLiteral("DUE"),
                                            QStringLiteral("DTSTAMP"),  QStringLiteral("COMPLETED"), QStringLiteral("CREATED"),
                                            QStringLiteral("LAST-MODIFIED"), QStringLiteral("RECURRENCE-ID")};
    static const QStringList checked = {QStringLiteral("VEVENT"),   QStringLiteral("VTODO"),    QStringLiteral("VJOURNAL"),
                                        QStringLiteral("VFREEBUSY"), QStringLiteral("VALARM"),  QStringLiteral("VTIMEZONE"),
                                        QStringLiteral("STANDARD"), QStringLiteral("DAYLIGHT")};
    if (checked.contains(component.name)) {
        for (const ContentLine &property : component.properties) {
            const QString value = QString::fromUtf8(property.value).trimmed();
            const auto bad = [&](const QString &what) {
                problems.push_back({file, property.line, 0,
                                    ICalendarReader::tr("%1 of %2 is not a valid %3: '%4'.")
                                        .arg(property.name, component.name, what, value.left(60))});
            };
            if (singleDates.contains(property.name)) {
                if (!validDateList(property, false, false) || value.contains(QLatin1Char(',')))
                    bad(ICalendarReader::tr("date or date-time"));
            } else if (property.name == u"EXDATE" || property.name == u"RDATE") {
                // iCal4j writes empty ones; they add or remove no date.
                if (!validDateList(property, property.name == u"RDATE", true))
                    bad(ICalendarReader::tr("list of dates"));
            } else if (property.name == u"DURATION") {
                if (!ICalendarReader::parseDuration(value))
                    bad(ICalendarReader::tr("duration"));
            } else if (property.name == u"TRIGGER") {
                const bool absolute = property.param(QStringLiteral("VALUE")).toUpper() == u"DATE-TIME";
                if (absolute ? !dateValue(value) : !ICalendarReader::parseDuration(value))
                    bad(ICalendarReader::tr("trigger"));
            } else if (property.name == u"RRULE") {
                // Some writers escape the rule's semicolons as if it were text.
                if (!validRule(QString(value).replace(QStringLiteral("\\;"), QStringLiteral(";"))))
                    bad(ICalendarReader::tr("recurrence rule"));
            } else if (property.name == u"TZOFFSETFROM" || property.name == u"TZOFFSETTO") {
                if (!utcOffset(value))
                    bad(ICalendarReader::tr("UTC offset"));
            }
        }
    }
    for (const ICalComponent &child : component.children)
        check(child, file, problems);
}

CalendarEntry entryFrom(const ICalComponent &component, TimeResolver &times)
{
    CalendarEntry entry;
    entry.line = component.line;
    entry.todo = component.name == u"VTODO";
    std::optional<qint64> duration;
    for (const ContentLine &property : component.properties) {
        const QString &name = property.name;
        if (name == u"UID")
            entry.uid = textOf(property).trimmed();
        else if (name == u"SUMMARY")
            entry.summary = textOf(property).trimmed();
        else if (name == u"DESCRIPTION")
            entry.description = textOf(property).trimmed();
        else if (name == u"LOCATION")
            entry.location = textOf(property).trimmed();
        else if (name == u"STATUS")
            entry.status = textOf(property).trimmed().toUpper();
        else if (name == u"CATEGORIES") {
            for (const QString &category : ContentLineCodec::splitUnescaped(QString::fromUtf8(property.value), QLatin1Char(',')))
                entry.categories << category.trimmed();
        } else if (name == u"DTSTART")
            entry.start = times.resolve(property);
        else if ((name == u"DTEND" && !entry.todo) || (name == u"DUE" && entry.todo))
            entry.due = times.resolve(property);
        else if (name == u"DURATION")
            duration = ICalendarReader::parseDuration(QString::fromUtf8(property.value));
        else if (name == u"COMPLETED")
            entry.completed = times.resolve(property);
        else if (name == u"RRULE" || name == u"RDATE")
            entry.recurring = true;
        else if (name == u"ATTENDEE" || name == u"ORGANIZER") {
            const QString address = QString::fromUtf8(property.value).trimmed();
            if (address.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
                entry.attendees << address.mid(7).trimmed();
        } else if (name.startsWith(QStringLiteral("X-QIANYUE-")))
            entry.qianyue.insert(name.mid(10), textOf(property).trimmed());
    }
    if (!entry.due && duration && entry.start)
        entry.due = entry.start->addSecs(*duration);
    for (const ICalComponent &alarm : component.children) {
        if (alarm.name != u"VALARM")
            continue;
        const ContentLine *trigger = alarm.property(QStringLiteral("TRIGGER"));
        if (!trigger)
            continue;
        std::optional<QDateTime> at;
        if (trigger->param(QStringLiteral("VALUE")).toUpper() == u"DATE-TIME") {
            at = times.resolve(*trigger);
        } else if (const auto offset = ICalendarReader::parseDuration(QString::fromUtf8(trigger->value))) {
            const bool fromEnd = trigger->param(QStringLiteral("RELATED")).toUpper() == u"END";
            const std::optional<QDateTime> anchor = fromEnd || !entry.start ? entry.due : entry.start;
            if (anchor)
                at = anchor->addSecs(*offset);
        }
        if (at && (!entry.alarm || *at < *entry.alarm))
            entry.alarm = at;
    }
    return entry;
}

QString utcStamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString durationText(qint64 seconds)
{
    QString out = seconds < 0 ? QStringLiteral("-P") : QStringLiteral("P");
    qint64 rest = std::abs(seconds);
    const qint64 days = rest / 86400;
    rest %= 86400;
    if (days > 0)
        out += QString::number(days) + QLatin1Char('D');
    if (rest > 0 || days == 0) {
        out += QLatin1Char('T');
        const qint64 hours = rest / 3600;
        const qint64 minutes = rest % 3600 / 60;
        const qint64 secs = rest % 60;
        if (hours > 0)
            out += QString::number(hours) + QLatin1Char('H');
        if (minutes > 0)
            out += QString::number(minutes) + QLatin1Char('M');
        if (secs > 0 || (hours == 0 && minutes == 0))
            out += QString::number(secs) + QLatin1Char('S');
    }
    return out;
}

} // namespace

const ContentLine *ICalComponent::property(const QString &wanted) const
{
    for (const ContentLine &candidate : properties) {
        if (candidate.name == wanted)
            return &candidate;
    }
    return nullptr;
}

std::optional<QDateTime> ICalendarReader::parseDateTime(const QString &text, bool *isDate)
{
    const auto value = dateValue(text);
    if (!value)
        return std::nullopt;
    if (isDate)
        *isDate = value->isDate;
    return value->utc ? QDateTime(value->date, value->time, QTimeZone::utc()) : QDateTime(value->date, value->time);
}

std::optional<qint64> ICalendarReader::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([+-])?P(?:(\\d{1,9})W|(?:(\\d{1,9})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9})S)?)?)$"));
    const QString trimmed = text.trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch() || trimmed.endsWith(QLatin1Char('P')) || trimmed.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const qint64 seconds = match.captured(2).toLongLong() * 604800 + match.captured(3).toLongLong() * 86400
                           + match.captured(4).toLongLong() * 3600 + match.captured(5).toLongLong() * 60
                           + match.captured(6).toLongLong();
    // Nothing Qianyue plans lasts a century; longer values are broken files.
    constexpr qint64 kCentury = qint64(100) * 366 * 86400;
    if (seconds > kCentury)
        return std::nullopt;
    return match.captured(1) == u"-" ? -seconds : seconds;
}

ICalendarReader::Parsed ICalendarReader::read(const QByteArray &bytes, const QString &file, const QTimeZone &zone)
{
    Parsed out;
    auto decoded = TextCodec::decode(bytes);
    if (!decoded) {
        out.problems.push_back({file, 0, 0, decoded.error().message});
        return out;
    }
    struct Logical {
        QString text;
        int line;
    };
    std::vector<Logical> lines;
    const QStringList physical = decoded->text.split(QLatin1Char('\n'));
    for (qsizetype k = 0; k < physical.size(); ++k) {
        QString line = physical.at(k);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) {
            if (lines.empty())
                out.problems.push_back({file, int(k) + 1, 0, tr("A continuation line comes before any property.")});
            else
                lines.back().text += line.mid(1);
            continue;
        }
        lines.push_back({line, int(k) + 1});
    }

    std::vector<ICalComponent> open;
    std::vector<ICalComponent> calendars;
    static const QRegularExpression componentName(QStringLiteral("^[A-Za-z0-9-]+$"));
    for (const Logical &logical : lines) {
        const auto control = std::find_if(logical.text.cbegin(), logical.text.cend(),
                                          [](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\t'); });
        if (control != logical.text.cend()) {
            out.problems.push_back({file, logical.line, 0,
                                    tr("The line holds a control character (U+%1).").arg(int(control->unicode()), 4, 16, QLatin1Char('0'))});
            continue;
        }
        auto property = ContentLineCodec::parse(logical.text.toUtf8(), logical.line, true);
        if (!property) {
            out.problems.push_back({file, logical.line, 0, property.error().message});
            continue;
        }
        if (property->name == u"BEGIN" || property->name == u"END") {
            const QString name = QString::fromUtf8(property->value).trimmed().toUpper();
            if (!componentName.match(name).hasMatch()) {
                out.problems.push_back({file, logical.line, 0, tr("'%1' is not a component name.").arg(name)});
                continue;
            }
            if (property->name == u"BEGIN") {
                if (open.empty() && name != u"VCALENDAR")
                    out.problems.push_back({file, logical.line, 0,
                                            tr("BEGIN:%1 outside a calendar; an iCalendar file starts with BEGIN:VCALENDAR.").arg(name)});
                open.push_back({name, logical.line, {}, {}});
                continue;
            }
            if (open.empty() || open.back().name != name) {
                out.problems.push_back({file, logical.line, 0,
                                        open.empty() ? tr("END:%1 without a BEGIN:%1.").arg(name)
                                                     : tr("END:%1 where BEGIN:%2 of line %3 should end first.")
                                                           .arg(name, open.back().name)
                                                           .arg(open.back().line)});
                continue;
            }
            ICalComponent done = std::move(open.back());
            open.pop_back();
            if (!open.empty())
                open.back().children.push_back(std::move(done));
            else if (done.name == u"VCALENDAR")
                calendars.push_back(std::move(done));
            continue;
        }
        if (open.empty()) {
            // Some servers append comments after the calendar; they hold no events.
            out.notes << tr("Line %1: the property %2 outside the calendar was ignored.").arg(logical.line).arg(property->name);
            continue;
        }
        open.back().properties.push_back(std::move(*property));
    }
    for (const ICalComponent &component : open)
        out.problems.push_back({file, component.line, 0, tr("BEGIN:%1 is never closed by END:%1.").arg(component.name)});
    if (calendars.empty() && out.problems.empty())
        out.problems.push_back({file, 0, 0, tr("The file holds no calendar (no BEGIN:VCALENDAR … END:VCALENDAR).")});
    for (const ICalComponent &calendar : calendars)
        check(calendar, file, out.problems);
    if (!out.problems.empty())
        return out;

    for (const ICalComponent &calendar : calendars) {
        TimeResolver times(calendar, zone, out.notes);
        for (const ICalComponent &child : calendar.children) {
            if (child.name == u"VEVENT" || child.name == u"VTODO")
                out.entries.push_back(entryFrom(child, times));
        }
    }
    return out;
}

QString ICalendarWriter::uid(qint64 activityId)
{
    return QStringLiteral("activity-%1@qianyue").arg(activityId);
}

QByteArray ICalendarWriter::write(const std::vector<CalendarActivity> &activities, const QDateTime &stamp)
{
    const auto line = [](const QString &text) { return ContentLineCodec::fold(text); };
    const auto textLine = [](const QString &name, const QString &value) {
        return ContentLineCodec::fold(name + QLatin1Char(':') + ContentLineCodec::escape(value));
    };
    QByteArray out;
    out += line(QStringLiteral("BEGIN:VCALENDAR"));
    out += line(QStringLiteral("VERSION:2.0"));
    out += line(QStringLiteral("PRODID:-//Qianyue//Qianyue CRM//EN"));
    out += line(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const CalendarActivity &activity : activities) {
        // Appointments belong in the calendar; calls, e-mails and tasks are things to do.
        const bool event = activity.due && (activity.kind == u"meeting" || activity.kind == u"visit" || activity.kind == u"demo");
        const QString component = event ? QStringLiteral("VEVENT") : QStringLiteral("VTODO");
        out += line(QStringLiteral("BEGIN:") + component);
        // An imported activity keeps the UID it came with, so the calendar it came from recognises it.
        out += textLine(QStringLiteral("UID"), activity.uid.isEmpty() ? uid(activity.id) : activity.uid);
        out += line(QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        out += textLine(QStringLiteral("SUMMARY"), activity.subject);
        if (!activity.notes.isEmpty())
            out += textLine(QStringLiteral("DESCRIPTION"), activity.notes);
        out += line(QStringLiteral("CATEGORIES:") + activity.kind.toUpper());
        if (event) {
            out += line(QStringLiteral("DTSTART:") + utcStamp(*activity.due));
            // Activities have no length; an hour shows as a block on phones.
            out += line(QStringLiteral("DTEND:") + utcStamp(activity.due->addSecs(3600)));
            out += line(QStringLiteral("STATUS:") + (activity.status == u"cancelled" ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        } else {
            if (activity.due)
                out += line(QStringLiteral("DUE:") + utcStamp(*activity.due));
            out += line(QStringLiteral("STATUS:") + (activity.status == u"cancelled" ? QStringLiteral("CANCELLED")
                                                     : activity.status == u"done"    ? QStringLiteral("COMPLETED")
                                                                                     : QStringLiteral("NEEDS-ACTION")));
            if (activity.status == u"done" && activity.done)
                out += line(QStringLiteral("COMPLETED:") + utcStamp(*activity.done));
        }
        out += textLine(QStringLiteral("X-QIANYUE-KIND"), activity.kind);
        out += textLine(QStringLiteral("X-QIANYUE-STATUS"), activity.status);
        if (activity.done)
            out += line(QStringLiteral("X-QIANYUE-DONE-AT:") + utcStamp(*activity.done));
        const QList<QPair<const char *, QString>> links = {{"X-QIANYUE-OUTCOME", activity.outcome},
                                                           {"X-QIANYUE-CUSTOMER", activity.customer},
                                                           {"X-QIANYUE-CONTACT", activity.contact},
                                                           {"X-QIANYUE-LEAD", activity.lead},
                                                           {"X-QIANYUE-OPPORTUNITY", activity.opportunity},
                                                           {"X-QIANYUE-OWNER", activity.owner}};
        for (const auto &[name, value] : links) {
            if (!value.isEmpty())
                out += textLine(QLatin1String(name), value);
        }
        if (activity.remind) {
            out += line(QStringLiteral("BEGIN:VALARM"));
            out += line(QStringLiteral("ACTION:DISPLAY"));
            out += textLine(QStringLiteral("DESCRIPTION"), activity.subject);
            if (activity.due) {
                const qint64 before = activity.due->secsTo(*activity.remind);
                out += line(QStringLiteral("TRIGGER") + (event ? QString() : QStringLiteral(";RELATED=END")) + QLatin1Char(':')
                            + durationText(before));
            } else {
                out += line(QStringLiteral("TRIGGER;VALUE=DATE-TIME:") + utcStamp(*activity.remind));
            }
            out += line(QStringLiteral("END:VALARM"));
        }
        out += line(QStringLiteral("END:") + component);
    }
    out += line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace qianyue
