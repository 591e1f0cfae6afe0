#include "core/io/ICalendar.h"
#include "tests/support/TestSupport.h"

using namespace qianyue;

namespace {

ICalendarReader::Parsed readOk(const QByteArray &bytes)
{
    ICalendarReader::Parsed parsed = ICalendarReader::read(bytes, QStringLiteral("test.ics"), QTimeZone("Asia/Shanghai"));
    for (const ImportProblem &problem : parsed.problems)
        UNSCOPED_INFO(problem.text().toStdString());
    REQUIRE(parsed.problems.empty());
    return parsed;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

QByteArray calendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

} // namespace

TEST_CASE("Durations are read with their sign and absurd ones are refused")
{
    CHECK(ICalendarReader::parseDuration(QStringLiteral("PT15M")) == std::optional<qint64>(900));
    CHECK(ICalendarReader::parseDuration(QStringLiteral("-P0DT0H10M0S")) == std::optional<qint64>(-600));
    CHECK(ICalendarReader::parseDuration(QStringLiteral("P1DT2H")) == std::optional<qint64>(93600));
    CHECK(ICalendarReader::parseDuration(QStringLiteral("P2W")) == std::optional<qint64>(1209600));
    CHECK(ICalendarReader::parseDuration(QStringLiteral("+PT1S")) == std::optional<qint64>(1));
    for (const char *bad : {"P", "PT", "15M", "P1H", "P999999999999999999W", "P9999W", "PT1.5H", ""})
        CHECK_FALSE(ICalendarReader::parseDuration(QLatin1String(bad)));
}

TEST_CASE("Events and to-dos are read with UTC zone and floating times")
{
    const auto parsed = readOk(calendar("BEGIN:VEVENT\r\n"
                                        "UID:a@x\r\nDTSTAMP:20260301T000000Z\r\n"
                                        "DTSTART:20260302T013000Z\r\nDTEND:20260302T023000Z\r\n"
                                        "SUMMARY:拜访客户\\, 讨论报价\\; 带样品\r\n"
                                        "DESCRIPTION:第一行\\n第二行\r\n"
                                        "LOCATION:上海\r\n"
                                        "CATEGORIES:VISIT,Business\r\n"
                                        "END:VEVENT\r\n"
                                        "BEGIN:VTODO\r\n"
                                        "UID:b@x\r\nDTSTAMP:20260301T000000Z\r\n"
                                        "DUE;TZID=Europe/Berlin:20260715T100000\r\n"
                                        "STATUS:COMPLETED\r\nCOMPLETED:20260714T120000Z\r\n"
                                        "SUMMARY:Call back\r\n"
                                        "END:VTODO\r\n"
                                        "BEGIN:VEVENT\r\n"
                                        "UID:c@x\r\nDTSTAMP:20260301T000000Z\r\n"
                                        "DTSTART;VALUE=DATE:20260305\r\nSUMMARY:All day\r\n"
                                        "RRULE:FREQ=WEEKLY;COUNT=3\r\n"
                                        "END:VEVENT\r\n"
                                        "BEGIN:VEVENT\r\n"
                                        "UID:d@x\r\nDTSTAMP:20260301T000000Z\r\n"
                                        "DTSTART;TZID=W. Europe Standard Time:20260115T090000\r\nSUMMARY:Windows zone\r\n"
                                        "END:VEVENT\r\n"));
    REQUIRE(parsed.entries.size() == 4);
    const CalendarEntry &visit = parsed.entries[0];
    CHECK_FALSE(visit.todo);
    CHECK(visit.summary == QStringLiteral("拜访客户, 讨论报价; 带样品"));
    CHECK(visit.description == QStringLiteral("第一行\n第二行"));
    CHECK(visit.start == std::optional<QDateTime>(utc(2026, 3, 2, 1, 30)));
    CHECK(visit.due == std::optional<QDateTime>(utc(2026, 3, 2, 2, 30)));
    CHECK(visit.categories == QStringList{QStringLiteral("VISIT"), QStringLiteral("Business")});

    const CalendarEntry &call = parsed.entries[1];
    CHECK(call.todo);
    CHECK(call.due == std::optional<QDateTime>(utc(2026, 7, 15, 8, 0)));
    CHECK(call.completed == std::optional<QDateTime>(utc(2026, 7, 14, 12, 0)));
    CHECK(call.status == QStringLiteral("COMPLETED"));

    const CalendarEntry &allDay = parsed.entries[2];
    CHECK(allDay.start == std::optional<QDateTime>(utc(2026, 3, 4, 16, 0)));
    CHECK(allDay.recurring);

    CHECK(parsed.entries[3].start == std::optional<QDateTime>(utc(2026, 1, 15, 8, 0)));
}

TEST_CASE("A custom VTIMEZONE with yearly rules gives summer and winter offsets")
{
    const QByteArray zone = "BEGIN:VTIMEZONE\r\n"
                            "TZID:GMT +0100 (Standard) / GMT +0200 (Daylight)\r\n"
                            "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                            "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
                            "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                            "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
                            "END:VTIMEZONE\r\n";
    const auto parsed = readOk(calendar(zone
                                        + "BEGIN:VEVENT\r\nUID:s@x\r\nDTSTAMP:20150703T071009Z\r\n"
                                          "DTSTART;TZID=\"GMT +0100 (Standard) / GMT +0200 (Daylight)\":20150703T100000\r\n"
                                          "SUMMARY:Summer\r\nEND:VEVENT\r\n"
                                          "BEGIN:VEVENT\r\nUID:w@x\r\nDTSTAMP:20150703T071009Z\r\n"
                                          "DTSTART;TZID=\"GMT +0100 (Standard) / GMT +0200 (Daylight)\":20151201T100000\r\n"
                                          "SUMMARY:Winter\r\nEND:VEVENT\r\n"));
    REQUIRE(parsed.entries.size() == 2);
    CHECK(parsed.entries[0].start == std::optional<QDateTime>(utc(2015, 7, 3, 8, 0)));
    CHECK(parsed.entries[1].start == std::optional<QDateTime>(utc(2015, 12, 1, 9, 0)));
}

TEST_CASE("Alarms become one reminder: the earliest of relative and absolute triggers")
{
    const auto parsed = readOk(calendar("BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20260301T000000Z\r\n"
                                        "DTSTART:20260302T013000Z\r\nSUMMARY:Meet\r\n"
                                        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\n"
                                        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER;VALUE=DATE-TIME:20260302T003000Z\r\nEND:VALARM\r\n"
                                        "END:VEVENT\r\n"
                                        "BEGIN:VTODO\r\nUID:b@x\r\nDTSTAMP:20260301T000000Z\r\n"
                                        "DUE:20260302T100000Z\r\nSUMMARY:Do\r\n"
                                        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER;RELATED=END:-P1D\r\nEND:VALARM\r\n"
                                        "END:VTODO\r\n"));
    REQUIRE(parsed.entries.size() == 2);
    CHECK(parsed.entries[0].alarm == std::optional<QDateTime>(utc(2026, 3, 2, 0, 30)));
    CHECK(parsed.entries[1].alarm == std::optional<QDateTime>(utc(2026, 3, 1, 10, 0)));
}

TEST_CASE("Broken calendars are refused with the line of the fault")
{
    struct Case {
        const char *what;
        QByteArray text;
        int line;
    };
    const std::vector<Case> cases = {
        {"empty parameter", calendar("BEGIN:VEVENT\r\nDTSTART;;VALUE=DATE-TIME:20140409T093000\r\nEND:VEVENT\r\n"), 5},
        {"bad date", calendar("BEGIN:VEVENT\r\nDTSTART:INVALID-DATE\r\nEND:VEVENT\r\n"), 5},
        {"bad month", calendar("BEGIN:VEVENT\r\nDTSTART:20261301T000000Z\r\nEND:VEVENT\r\n"), 5},
        {"bad rule", calendar("BEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n"), 6},
        {"huge duration", calendar("BEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\nDURATION:P999999999999999999W\r\nEND:VEVENT\r\n"), 6},
        {"bad offset", calendar("BEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\nDTSTART:18500101T000000\r\n"
                                "TZOFFSETFROM:+5744\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"), 8},
        {"unclosed", QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\n"), 1},
        {"mismatched end", calendar("BEGIN:VEVENT\r\nEND:VTODO\r\n"), 5},
        {"no colon", calendar("BEGIN:VEVENT\r\nX\r\nEND:VEVENT\r\n"), 5},
        {"control character", calendar("BEGIN:VEVENT\r\nSUMMARY:a\x01" "b\r\nEND:VEVENT\r\n"), 5},
        {"not a calendar", QByteArray("BEGIN:VTIMEZONE\nTZID:S\nEND:VTIMEZONE\n"), 1},
        {"nul in name", QByteArray("BeGIN:\0\n", 8), 1},
        {"nothing", QByteArray(), 0},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto parsed = ICalendarReader::read(c.text, QStringLiteral("bad.ics"));
        REQUIRE_FALSE(parsed.problems.empty());
        CHECK(parsed.problems[0].row == c.line);
        CHECK(parsed.entries.empty());
    }
}

TEST_CASE("What ICalendarWriter writes folds escapes and reads back")
{
    CalendarActivity meeting;
    meeting.id = 42;
    meeting.kind = QStringLiteral("meeting");
    meeting.subject = QStringLiteral("季度回顾, 讨论; 续约") + QString(40, QChar(u'会'));
    meeting.notes = QStringLiteral("line one\nline two \\ back");
    meeting.status = QStringLiteral("planned");
    meeting.due = utc(2026, 3, 2, 1, 30);
    meeting.remind = utc(2026, 3, 2, 1, 15);
    meeting.customer = QStringLiteral("上海华信电子有限公司");
    meeting.contact = QStringLiteral("张伟");
    meeting.owner = QStringLiteral("李娜");
    CalendarActivity task;
    task.id = 43;
    task.kind = QStringLiteral("call");
    task.subject = QStringLiteral("Call back");
    task.status = QStringLiteral("done");
    task.due = utc(2026, 3, 3, 2, 0);
    task.done = utc(2026, 3, 3, 3, 0);
    task.remind = utc(2026, 3, 3, 1, 0);
    task.opportunity = QStringLiteral("OPP-2026-0001");
    CalendarActivity undated;
    undated.id = 44;
    undated.kind = QStringLiteral("visit");
    undated.subject = QStringLiteral("Visit some day");
    undated.status = QStringLiteral("cancelled");
    undated.remind = utc(2026, 4, 1, 0, 0);

    const QByteArray bytes = ICalendarWriter::write({meeting, task, undated}, utc(2026, 3, 1, 0, 0));
    for (const QByteArray &line : bytes.split('\n')) {
        CHECK(line.size() <= 76);
        CHECK(QString::fromUtf8(line).toUtf8() == line);
    }
    CHECK(bytes.contains("UID:activity-42@qianyue\r\n"));
    CHECK(bytes.contains("DTSTAMP:20260301T000000Z\r\n"));
    CHECK(bytes.contains("TRIGGER:-PT15M\r\n"));
    CHECK(bytes.contains("TRIGGER;RELATED=END:-PT1H\r\n"));
    CHECK(bytes.contains("TRIGGER;VALUE=DATE-TIME:20260401T000000Z\r\n"));

    const auto parsed = readOk(bytes);
    REQUIRE(parsed.entries.size() == 3);
    const CalendarEntry &m = parsed.entries[0];
    CHECK_FALSE(m.todo);
    CHECK(m.uid == ICalendarWriter::uid(42));
    CHECK(m.summary == meeting.subject);
    CHECK(m.description == meeting.notes);
    CHECK(m.start == meeting.due);
    CHECK(m.alarm == meeting.remind);
    CHECK(m.qianyue.value(QStringLiteral("CUSTOMER")) == meeting.customer);
    CHECK(m.qianyue.value(QStringLiteral("KIND")) == QStringLiteral("meeting"));
    const CalendarEntry &t = parsed.entries[1];
    CHECK(t.todo);
    CHECK(t.due == task.due);
    CHECK(t.completed == task.done);
    CHECK(t.alarm == task.remind);
    CHECK(t.status == QStringLiteral("COMPLETED"));
    const CalendarEntry &u = parsed.entries[2];
    CHECK(u.todo);
    CHECK_FALSE(u.due.has_value());
    CHECK(u.alarm == undated.remind);
    CHECK(u.status == QStringLiteral("CANCELLED"));
    CHECK(u.qianyue.value(QStringLiteral("KIND")) == QStringLiteral("visit"));
}
