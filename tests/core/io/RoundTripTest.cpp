#include "core/io/TextCodec.h"
#include "core/workflow/DemoCompany.h"
#include "tests/core/io/IoTestSupport.h"

using namespace qianyue;
using test::exported;
using test::problemsOf;

namespace {

const QStringList kOrder = {QStringLiteral("users"),    QStringLiteral("products"),      QStringLiteral("customers"),
                            QStringLiteral("contacts"), QStringLiteral("leads"),         QStringLiteral("opportunities"),
                            QStringLiteral("activities")};

std::unique_ptr<Database> demo(const test::TempDir &tmp, DemoVocabulary::Language language)
{
    auto db = Database::open(tmp.file(QStringLiteral("source.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(DemoCompany::fill(**db, language, 2026, QDate(2026, 3, 2)));
    return std::move(*db);
}

std::unique_ptr<Database> empty(const test::TempDir &tmp, const QString &name)
{
    auto db = Database::open(tmp.file(name), Database::Mode::CreateNew);
    REQUIRE(db);
    return std::move(*db);
}

QByteArray exportOf(Database &db, const QString &kind, FileFormat format, const QString &encoding = QStringLiteral("UTF-8"))
{
    DataTransfer::ExportOptions options;
    options.format = format;
    options.encoding = encoding;
    options.stamp = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
    auto bytes = DataTransfer::exportBytes(db, kind, options);
    REQUIRE(bytes);
    return *bytes;
}

// Copies `kinds` from one database to another through CSV, checking each arrives whole.
void copyThroughCsv(Database &from, Database &to, const QStringList &kinds)
{
    for (const QString &kind : kinds) {
        INFO(kind.toStdString());
        // Chinese Excel's encoding for some kinds, UTF-8 with a byte order mark for the rest.
        const bool gb = kind == u"customers" || kind == u"contacts";
        const QByteArray bytes = exportOf(from, kind, FileFormat::Csv, gb ? QStringLiteral("GB18030") : QStringLiteral("UTF-8"));
        CHECK(bytes.startsWith("\xEF\xBB\xBF") == !gb);
        ImportOptions options;
        // Teams travel only as the names on salespeople.
        options.createMissing = kind == u"users";
        const ImportReport report = test::importBytes(to, kind, bytes, kind + QStringLiteral(".csv"), options);
        INFO(problemsOf(report));
        for (const QString &note : report.notes)
            UNSCOPED_INFO(note.toStdString());
        REQUIRE(report.ok());
        CHECK(report.created == int(exported(from, kind).size()));
        // English names in GB18030 are plain ASCII, which reads as UTF-8.
        CHECK(report.encoding == (gb && !TextCodec::isUtf8(bytes) ? QStringLiteral("GB18030") : QStringLiteral("UTF-8")));
    }
}

void checkSame(Database &a, Database &b, const QString &kind)
{
    INFO(kind.toStdString());
    const std::vector<Fields> left = exported(a, kind);
    const std::vector<Fields> right = exported(b, kind);
    REQUIRE(left.size() == right.size());
    CHECK_FALSE(left.empty());
    for (std::size_t i = 0; i < left.size(); ++i) {
        for (auto it = left[i].constBegin(); it != left[i].constEnd(); ++it) {
            // Records made in Qianyue have no UID; a vCard or iCalendar file gives them one, which the copy keeps.
            if (it.key() == u"uid")
                continue;
            INFO("row " << i << " field " << it.key().toStdString());
            CHECK(it.value().toString() == right[i].value(it.key()).toString());
            CHECK(it.value().isNull() == right[i].value(it.key()).isNull());
        }
    }
}

} // namespace

TEST_CASE("Every kind exported to CSV imports back into an empty database unchanged")
{
    test::TempDir tmp;
    for (const auto language : {DemoVocabulary::Language::Chinese, DemoVocabulary::Language::English}) {
        test::TempDir inner;
        auto source = demo(inner, language);
        auto target = empty(inner, QStringLiteral("target.db"));
        copyThroughCsv(*source, *target, kOrder);
        for (const QString &kind : kOrder)
            checkSame(*source, *target, kind);
        // A second import of the same files finds every record already there.
        for (const QString &kind : kOrder) {
            const ImportReport again = test::importBytes(*target, kind, exportOf(*source, kind, FileFormat::Csv),
                                                         kind + QStringLiteral(".csv"));
            INFO(problemsOf(again));
            CHECK(again.ok());
            CHECK(again.created == 0);
        }
    }
}

TEST_CASE("Contacts exported as vCard and activities as iCalendar import back unchanged")
{
    test::TempDir tmp;
    auto source = demo(tmp, DemoVocabulary::Language::Chinese);

    for (const QString &version : {QStringLiteral("4.0"), QStringLiteral("3.0")}) {
        INFO(version.toStdString());
        auto target = empty(tmp, QStringLiteral("cards%1.db").arg(version));
        copyThroughCsv(*source, *target, {QStringLiteral("users"), QStringLiteral("customers")});
        DataTransfer::ExportOptions options;
        options.format = FileFormat::VCard;
        options.vcardVersion = version;
        auto cards = DataTransfer::exportBytes(*source, QStringLiteral("contacts"), options);
        REQUIRE(cards);
        const ImportReport report = test::importBytes(*target, QStringLiteral("contacts"), *cards, QStringLiteral("contacts.vcf"));
        INFO(problemsOf(report));
        REQUIRE(report.ok());
        checkSame(*source, *target, QStringLiteral("contacts"));
    }

    auto target = empty(tmp, QStringLiteral("calendar.db"));
    copyThroughCsv(*source, *target, kOrder.mid(0, 6));
    const QByteArray calendar = exportOf(*source, QStringLiteral("activities"), FileFormat::ICalendar);
    const ImportReport report = test::importBytes(*target, QStringLiteral("activities"), calendar, QStringLiteral("activities.ics"));
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    checkSame(*source, *target, QStringLiteral("activities"));
    // The UIDs stay the same from one export to the next.
    CHECK(exportOf(*source, QStringLiteral("activities"), FileFormat::ICalendar) == calendar);
    // Imported again, each event is recognised by its UID and updated, never duplicated.
    const ImportReport again = test::importBytes(*target, QStringLiteral("activities"), calendar, QStringLiteral("activities.ics"));
    CHECK(again.created == 0);
    CHECK(again.updated == report.created);
    checkSame(*source, *target, QStringLiteral("activities"));
    // The copy keeps the UIDs it was given: its own export names them the same.
    CHECK(exportOf(*target, QStringLiteral("activities"), FileFormat::ICalendar) == calendar);
}

TEST_CASE("A filtered list exports only its records")
{
    test::TempDir tmp;
    auto source = demo(tmp, DemoVocabulary::Language::Chinese);
    DataTransfer::ExportOptions options;
    options.ids = QSet<qint64>{1, 2};
    int count = 0;
    auto bytes = DataTransfer::exportBytes(*source, QStringLiteral("customers"), options, &count);
    REQUIRE(bytes);
    CHECK(count == 2);
    CHECK(bytes->count("\r\n") == 3);
}
