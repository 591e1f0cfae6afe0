#include "core/io/ICalendar.h"
#include "core/io/VCard.h"
#include "tests/core/io/IoTestSupport.h"
#include "tests/support/ChainFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace qianyue;
using test::problemsOf;

namespace {

QStringList filesUnder(const QString &root, const QString &pattern)
{
    QStringList files;
    QDirIterator it(root, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeFile(const test::TempDir &tmp, const QString &name, const QByteArray &bytes)
{
    QFile file(tmp.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return file.fileName();
}

// The README's broken and fuzzed calendars, which must be refused.
bool mustRefuse(const QString &name)
{
    return name.startsWith(QStringLiteral("broken_")) || name.startsWith(QStringLiteral("fuzz_testcase_"))
           || name.startsWith(QStringLiteral("invalid_")) || name == u"big_bad_calendar.ics";
}

// Names, phones and e-mails of the contacts the parser reads back from what Qianyue wrote.
const QString kVobjectScript = QStringLiteral(R"(
import sys, json, vobject
out = {}
for path in sys.argv[1:]:
    with open(path, encoding='utf-8', newline='') as f:
        cards = list(vobject.readComponents(f.read()))
    out[path] = [[c.fn.value, sorted(t.value for t in c.contents.get('tel', [])),
                  sorted(e.value for e in c.contents.get('email', []))] for c in cards]
print(json.dumps(out, ensure_ascii=False))
)");

const QString kIcalendarScript = QStringLiteral(R"(
import sys, json, icalendar, vobject
out = {}
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    cal = icalendar.Calendar.from_ical(data)
    items = [[str(c.get('uid')), str(c.get('summary')), len(c.subcomponents)]
             for c in cal.walk() if c.name in ('VEVENT', 'VTODO')]
    other = vobject.readOne(data.decode('utf-8'))
    count = len(other.contents.get('vevent', [])) + len(other.contents.get('vtodo', []))
    out[path] = {'items': items, 'vobject': count}
print(json.dumps(out, ensure_ascii=False))
)");

QJsonObject runParser(const QStringList &modules, const QString &script, const QStringList &files)
{
    const auto result = test::python(modules, script, files);
    if (!result)
        return {};
    INFO(result->err.toStdString());
    REQUIRE(result->exitCode == 0);
    const QJsonDocument json = QJsonDocument::fromJson(result->out.toUtf8());
    REQUIRE(json.isObject());
    return json.object();
}

} // namespace

TEST_CASE("Every shared vCard file imports with its names phones and e-mails intact and round-trips")
{
    const QString root = test::sharedPath(QStringLiteral("testdata/vcard"));
    if (root.isEmpty()) {
        WARN("../shared/testdata/vcard is absent; skipped");
        return;
    }
    test::TempDir tmp;
    int files = 0;
    int contacts = 0;
    QStringList exports;
    QHash<QString, QStringList> expectedNames;
    for (const QString &path : filesUnder(root, QStringLiteral("*.vcf"))) {
        INFO(path.toStdString());
        const QByteArray bytes = contentsOf(path);
        const VCardReader::Parsed parsed = VCardReader::read(bytes, path);
        for (const ImportProblem &problem : parsed.problems)
            UNSCOPED_INFO(problem.text().toStdString());
        REQUIRE(parsed.problems.empty());
        REQUIRE_FALSE(parsed.cards.empty());

        // In memory: a database file per card file would spend the test's time waiting for the disk.
        auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateNew);
        REQUIRE(db);
        const ImportReport report = test::importBytes(**db, QStringLiteral("contacts"), bytes, path);
        INFO(problemsOf(report));
        REQUIRE(report.ok());
        ++files;

        // The first card of each name and company is what is stored; later ones are its duplicates.
        QSet<QString> seen;
        const std::vector<Fields> stored = test::exported(**db, QStringLiteral("contacts"));
        for (const ContactCard &card : parsed.cards) {
            const QString name = card.displayName();
            if (name.isEmpty())
                continue;
            const QString key = name.toLower() + QLatin1Char('\n') + card.organization.toLower();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            INFO(name.toStdString());
            const auto match = std::find_if(stored.begin(), stored.end(), [&](const Fields &row) {
                return row.value(QStringLiteral("name")).toString() == name
                       && row.value(QStringLiteral("customer")).toString() == card.organization;
            });
            REQUIRE(match != stored.end());
            CHECK(match->value(QStringLiteral("phone")).toString() == card.phone());
            CHECK(match->value(QStringLiteral("mobile")).toString() == card.mobile());
            CHECK(match->value(QStringLiteral("email")).toString() == card.email());
            CHECK(match->value(QStringLiteral("title")).toString() == card.title);
            ++contacts;
        }
        CHECK(int(stored.size()) == int(seen.size()));
        if (stored.empty())
            continue;

        // What Qianyue writes reads back into the same contacts, in both versions.
        for (const QString &version : {QStringLiteral("4.0"), QStringLiteral("3.0")}) {
            DataTransfer::ExportOptions options;
            options.format = FileFormat::VCard;
            options.vcardVersion = version;
            auto written = DataTransfer::exportBytes(**db, QStringLiteral("contacts"), options);
            REQUIRE(written);
            // Read back, the cards carry every stored contact field.
            const VCardReader::Parsed back = VCardReader::read(*written, QStringLiteral("back.vcf"));
            REQUIRE(back.problems.empty());
            REQUIRE(back.cards.size() == stored.size());
            for (std::size_t i = 0; i < stored.size(); ++i) {
                const ContactCard &card = back.cards[i];
                const Fields &row = stored[i];
                CHECK(card.displayName() == row.value(QStringLiteral("name")).toString());
                CHECK(card.organization == row.value(QStringLiteral("customer")).toString());
                CHECK(card.title == row.value(QStringLiteral("title")).toString());
                CHECK(card.phone() == row.value(QStringLiteral("phone")).toString());
                CHECK(card.mobile() == row.value(QStringLiteral("mobile")).toString());
                CHECK(card.email() == row.value(QStringLiteral("email")).toString());
                CHECK(card.messagingId() == row.value(QStringLiteral("im_id")).toString());
            }
            const QString exportPath = writeFile(tmp, QStringLiteral("export%1-%2.vcf").arg(files).arg(version), *written);
            exports << exportPath;
            for (const Fields &row : stored)
                expectedNames[exportPath] << row.value(QStringLiteral("name")).toString();
        }
    }
    CHECK(files >= 30);
    CHECK(contacts >= 50);
    WARN(files << " shared vCard files imported, " << contacts << " contacts checked");

    // A real parser reads what Qianyue wrote with the same names, phones and e-mails.
    const QJsonObject parsed = runParser({QStringLiteral("vobject")}, kVobjectScript, exports);
    if (parsed.isEmpty())
        return;
    for (const QString &path : exports) {
        INFO(path.toStdString());
        const QJsonArray cards = parsed.value(path).toArray();
        REQUIRE(cards.size() == expectedNames.value(path).size());
        for (qsizetype i = 0; i < cards.size(); ++i)
            CHECK(cards.at(i).toArray().at(0).toString() == expectedNames.value(path).at(i));
    }
}

TEST_CASE("Shared iCalendar files: broken ones are refused and the others import with their summaries")
{
    const QString root = test::sharedPath(QStringLiteral("testdata/ical"));
    if (root.isEmpty()) {
        WARN("../shared/testdata/ical is absent; skipped");
        return;
    }
    test::ChainFixture f;
    ImportOptions options;
    options.defaultCustomer = QStringLiteral("上海华信电子有限公司");
    options.timeZone = QTimeZone("Asia/Shanghai");
    int refusedAsRequired = 0;
    QStringList accepted;
    QStringList otherRefused;
    for (const QString &path : filesUnder(root, QStringLiteral("*.ics"))) {
        const QString name = QFileInfo(path).fileName();
        INFO(path.toStdString());
        const QByteArray bytes = contentsOf(path);
        const qint64 before = test::rowCount(*f.db, QStringLiteral("activities"));
        const ImportReport report = test::importBytes(*f.db, QStringLiteral("activities"), bytes, path, options, FileFormat::ICalendar);
        if (!report.ok()) {
            // Refused cleanly: a located message and nothing written.
            CHECK(test::rowCount(*f.db, QStringLiteral("activities")) == before);
            CHECK_FALSE(report.problems.front().message.isEmpty());
            CHECK(report.problems.front().file == path);
            if (mustRefuse(name))
                ++refusedAsRequired;
            else
                otherRefused << name + QStringLiteral(" (") + report.problems.front().text().mid(path.size() + 1) + QLatin1Char(')');
            continue;
        }
        INFO(problemsOf(report));
        CHECK_FALSE(mustRefuse(name));
        accepted << name;
        const ICalendarReader::Parsed parsed = ICalendarReader::read(bytes, path, options.timeZone);
        for (const CalendarEntry &entry : parsed.entries) {
            const QString subject = entry.summary.isEmpty() ? DataTransfer::tr("(no subject)") : entry.summary;
            auto found = f.db->scalar(QStringLiteral("SELECT count(*) FROM activities WHERE subject = ?"), {subject});
            REQUIRE(found);
            CHECK(found->toLongLong() >= 1);
        }
    }
    CHECK(refusedAsRequired == 7);
    for (const char *good : {"alarm_google_future.ics", "alarm_thunderbird_future.ics", "america_new_york.ics",
                             "calendar_with_unicode.ics", "example.ics", "issue_165_missing_event.ics",
                             "issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics", "issue_350.ics",
                             "multiple_calendar_components.ics", "pacific_fiji.ics", "period_with_timezone.ics",
                             "timezoned.ics", "x_location.ics", "ms_tzid.ics", "tzid_8bit.ics", "vtodo.ics",
                             "radicale-0816.ics", "rfc_5545_RDATE_example.ics"})
        CHECK(accepted.contains(QLatin1String(good)));
    WARN(accepted.size() << " shared calendars imported, " << refusedAsRequired << " broken ones refused as required; also refused: "
                         << otherRefused.join(QStringLiteral("; ")).toStdString());

    // A real parser reads the activities Qianyue writes.
    DataTransfer::ExportOptions exportOptions;
    exportOptions.format = FileFormat::ICalendar;
    int count = 0;
    auto written = DataTransfer::exportBytes(*f.db, QStringLiteral("activities"), exportOptions, &count);
    REQUIRE(written);
    CHECK(count > 20);
    test::TempDir tmp;
    const QString exportPath = writeFile(tmp, QStringLiteral("activities.ics"), *written);
    const QJsonObject parsed = runParser({QStringLiteral("icalendar"), QStringLiteral("vobject")}, kIcalendarScript, {exportPath});
    if (parsed.isEmpty())
        return;
    const QJsonObject result = parsed.value(exportPath).toObject();
    CHECK(result.value(QStringLiteral("items")).toArray().size() == count);
    CHECK(result.value(QStringLiteral("vobject")).toInt() == count);
    const auto activities = test::exported(*f.db, QStringLiteral("activities"));
    const QJsonArray items = result.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), qsizetype(activities.size())); ++i)
        CHECK(items.at(i).toArray().at(1).toString() == activities[std::size_t(i)].value(QStringLiteral("subject")).toString());
}
