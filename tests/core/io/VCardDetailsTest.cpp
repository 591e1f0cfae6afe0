#include "core/io/ICalendar.h"
#include "core/io/VCard.h"
#include "core/store/ImportStore.h"
#include "tests/core/io/IoTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace qianyue;
using test::problemsOf;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::unique_ptr<Database> memoryDatabase()
{
    auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateNew);
    REQUIRE(db);
    return std::move(*db);
}

QStringList valuesOf(const QList<CardValue> &values)
{
    QStringList out;
    for (const CardValue &value : values)
        out << value.value;
    return out;
}

QStringList detailValues(const std::vector<ContactDetail> &details, const QString &kind)
{
    QStringList out;
    for (const ContactDetail &detail : details) {
        if (detail.kind == kind)
            out << detail.value;
    }
    return out;
}

QByteArray exportCards(Database &db, const QString &version)
{
    DataTransfer::ExportOptions options;
    options.format = FileFormat::VCard;
    options.vcardVersion = version;
    auto bytes = DataTransfer::exportBytes(db, QStringLiteral("contacts"), options);
    REQUIRE(bytes);
    return *bytes;
}

// What the real parser sees on each card: UID, note, and every TEL, EMAIL, ADR and URL value, and whether a photo is there.
const QString kVobjectDetails = QStringLiteral(R"(
import sys, json, vobject
out = {}
for path in sys.argv[1:]:
    with open(path, encoding='utf-8', newline='') as f:
        cards = list(vobject.readComponents(f.read()))
    def values(c, name):
        return [p.value for p in c.contents.get(name, [])]
    out[path] = [{'fn': c.fn.value,
                  'uid': values(c, 'uid')[0] if 'uid' in c.contents else '',
                  'note': values(c, 'note')[0] if 'note' in c.contents else '',
                  'tel': values(c, 'tel'), 'email': values(c, 'email'), 'url': values(c, 'url'),
                  'adr': [p.value.street for p in c.contents.get('adr', [])],
                  'photo': 'photo' in c.contents} for c in cards]
print(json.dumps(out, ensure_ascii=False))
)");

struct ExpectedCard {
    QString name;
    ContactCard card;
};

} // namespace

TEST_CASE("Shared vCards keep every number address note photo and UID through import and export")
{
    const QString root = test::sharedPath(QStringLiteral("testdata/vcard"));
    if (root.isEmpty()) {
        WARN("../shared/testdata/vcard is absent; skipped");
        return;
    }
    test::TempDir tmp;
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.vcf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    REQUIRE(files.size() >= 30);

    int photos = 0, addresses = 0, notes = 0, multiplePhones = 0, uids = 0;
    QStringList exports;
    QHash<QString, std::vector<ExpectedCard>> expected;
    for (const QString &path : files) {
        INFO(path.toStdString());
        const QByteArray bytes = contentsOf(path);
        const VCardReader::Parsed parsed = VCardReader::read(bytes, path);
        REQUIRE(parsed.problems.empty());
        auto db = memoryDatabase();
        const ImportReport report = test::importBytes(*db, QStringLiteral("contacts"), bytes, path);
        INFO(problemsOf(report));
        REQUIRE(report.ok());

        // The cards stored: the first of each name and company (later ones are duplicates).
        std::vector<ExpectedCard> stored;
        QSet<QString> seen;
        QSet<QString> seenUids;
        for (const ContactCard &card : parsed.cards) {
            const QString name = card.displayName();
            const QString key = name.toLower() + QLatin1Char('\n') + card.organization.toLower();
            if (name.isEmpty() || seen.contains(key) || (!card.uid.isEmpty() && seenUids.contains(card.uid)))
                continue;
            seen.insert(key);
            if (!card.uid.isEmpty())
                seenUids.insert(card.uid);
            stored.push_back({name, card});
        }
        auto rows = ImportStore(*db).exportRows(QStringLiteral("contacts"));
        REQUIRE(rows);
        REQUIRE(rows->size() == stored.size());
        auto details = ImportStore(*db).contactDetails();
        REQUIRE(details);
        for (std::size_t i = 0; i < stored.size(); ++i) {
            const ContactCard &card = stored[i].card;
            const Fields &row = (*rows)[i];
            INFO(stored[i].name.toStdString());
            const std::vector<ContactDetail> kept = details->value(row.value(QStringLiteral("id")).toLongLong());
            CHECK(detailValues(kept, QStringLiteral("phone")) == valuesOf(card.phones));
            CHECK(detailValues(kept, QStringLiteral("email")) == valuesOf(card.emails));
            CHECK(detailValues(kept, QStringLiteral("address")) == valuesOf(card.addresses));
            CHECK(detailValues(kept, QStringLiteral("url")) == valuesOf(card.urls));
            CHECK(row.value(QStringLiteral("notes")).toString() == card.note.trimmed());
            CHECK(row.value(QStringLiteral("uid")).toString() == card.uid);
            CHECK(row.value(QStringLiteral("photo")).toByteArray() == card.photo);
            CHECK(row.value(QStringLiteral("address")).toString() == (card.addresses.isEmpty() ? QString() : card.addresses.front().value));
            photos += card.photo.isEmpty() ? 0 : 1;
            addresses += int(card.addresses.size());
            notes += card.note.isEmpty() ? 0 : 1;
            multiplePhones += card.phones.size() > 1 ? 1 : 0;
            uids += card.uid.isEmpty() ? 0 : 1;
        }

        if (stored.empty())
            continue;
        for (const QString &version : {QStringLiteral("4.0"), QStringLiteral("3.0")}) {
            INFO(version.toStdString());
            const QByteArray written = exportCards(*db, version);
            const VCardReader::Parsed back = VCardReader::read(written, QStringLiteral("back.vcf"));
            REQUIRE(back.problems.empty());
            REQUIRE(back.cards.size() == stored.size());
            for (std::size_t i = 0; i < stored.size(); ++i) {
                const ContactCard &card = stored[i].card;
                const ContactCard &again = back.cards[i];
                INFO(stored[i].name.toStdString());
                CHECK(valuesOf(again.phones) == valuesOf(card.phones));
                CHECK(valuesOf(again.emails) == valuesOf(card.emails));
                CHECK(valuesOf(again.addresses) == valuesOf(card.addresses));
                CHECK(valuesOf(again.urls) == valuesOf(card.urls));
                CHECK(again.note == card.note.trimmed());
                CHECK(again.photo == card.photo);
                if (!card.uid.isEmpty())
                    CHECK(again.uid == card.uid);
                CHECK_FALSE(again.uid.isEmpty());
                // The preferred number stays preferred.
                CHECK(again.phone() == card.phone());
                CHECK(again.mobile() == card.mobile());
                CHECK(again.email() == card.email());
            }
            QFile out(tmp.file(QStringLiteral("details%1-%2.vcf").arg(exports.size()).arg(version)));
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(written);
            exports << out.fileName();
            expected.insert(out.fileName(), stored);
        }
    }
    // The shared files do exercise what is checked.
    CHECK(photos >= 5);
    CHECK(addresses >= 10);
    CHECK(notes >= 5);
    CHECK(multiplePhones >= 10);
    CHECK(uids >= 3);
    WARN(photos << " photos, " << addresses << " addresses, " << notes << " notes, " << uids << " UIDs round-tripped");

    const auto result = test::python({QStringLiteral("vobject")}, kVobjectDetails, exports);
    if (!result)
        return;
    INFO(result->err.toStdString());
    REQUIRE(result->exitCode == 0);
    const QJsonObject parsed = QJsonDocument::fromJson(result->out.toUtf8()).object();
    for (const QString &path : exports) {
        INFO(path.toStdString());
        const QJsonArray cards = parsed.value(path).toArray();
        const std::vector<ExpectedCard> &wanted = expected.value(path);
        REQUIRE(std::size_t(cards.size()) == wanted.size());
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            const QJsonObject card = cards.at(qsizetype(i)).toObject();
            const ContactCard &original = wanted[i].card;
            INFO(wanted[i].name.toStdString());
            QStringList tel, email, url, adr;
            for (const QJsonValue &value : card.value(QStringLiteral("tel")).toArray())
                tel << value.toString();
            for (const QJsonValue &value : card.value(QStringLiteral("email")).toArray())
                email << value.toString();
            for (const QJsonValue &value : card.value(QStringLiteral("url")).toArray())
                url << value.toString();
            for (const QJsonValue &value : card.value(QStringLiteral("adr")).toArray())
                adr << value.toString();
            CHECK(tel == valuesOf(original.phones));
            CHECK(email == valuesOf(original.emails));
            CHECK(url == valuesOf(original.urls));
            CHECK(adr == valuesOf(original.addresses));
            CHECK(card.value(QStringLiteral("note")).toString() == original.note.trimmed());
            CHECK(card.value(QStringLiteral("photo")).toBool() == !original.photo.isEmpty());
            if (!original.uid.isEmpty())
                CHECK(card.value(QStringLiteral("uid")).toString() == original.uid);
        }
    }
}

TEST_CASE("Importing a vCard again updates the contact with that UID instead of adding one")
{
    auto db = memoryDatabase();
    const QByteArray first = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-contact-42\r\nFN:李娜\r\nORG:上海华信电子有限公司\r\n"
                             "TEL;TYPE=WORK,VOICE:021-5555 1234\r\nTEL;TYPE=CELL:138 0000 1111\r\nTEL;TYPE=HOME:021-6666 0000\r\n"
                             "EMAIL;TYPE=INTERNET,WORK:lina@example.cn\r\nNOTE:第一次见面在展会\r\nEND:VCARD\r\n";
    const ImportReport report = test::importBytes(*db, QStringLiteral("contacts"), first, QStringLiteral("phone.vcf"));
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    REQUIRE(report.created == 1);
    CHECK(test::rowCount(*db, QStringLiteral("contact_details")) == 4);

    // The phone renamed the card and changed its numbers; the UID is the same.
    const QByteArray second = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-contact-42\r\nFN:李娜 (销售总监)\r\nORG:上海华信电子有限公司\r\n"
                              "TEL;TYPE=CELL:139 1111 2222\r\nEMAIL;TYPE=INTERNET,WORK:lina@example.cn\r\n"
                              "ADR;TYPE=WORK:;;淮海中路 1 号;上海;;200000;中国\r\nNOTE:已签约\r\nEND:VCARD\r\n";
    const ImportReport again = test::importBytes(*db, QStringLiteral("contacts"), second, QStringLiteral("phone.vcf"));
    INFO(problemsOf(again));
    REQUIRE(again.ok());
    CHECK(again.created == 0);
    CHECK(again.updated == 1);
    CHECK(test::rowCount(*db, QStringLiteral("contacts")) == 1);
    auto row = db->query(QStringLiteral("SELECT name, mobile, notes, address FROM contacts"));
    REQUIRE(row);
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == QStringLiteral("李娜 (销售总监)"));
    CHECK(row->value(1).toString() == QStringLiteral("139 1111 2222"));
    CHECK(row->value(2).toString() == QStringLiteral("已签约"));
    CHECK(row->value(3).toString() == QStringLiteral("淮海中路 1 号, 上海, 200000, 中国"));
    // The details are the new card's, not both cards' together.
    auto details = ImportStore(*db).contactDetails();
    REQUIRE(details);
    REQUIRE(details->size() == 1);
    const std::vector<ContactDetail> kept = details->begin().value();
    CHECK(detailValues(kept, QStringLiteral("phone")) == QStringList{QStringLiteral("139 1111 2222")});
    CHECK(detailValues(kept, QStringLiteral("address")).size() == 1);
    // The exported card keeps the phone's UID.
    CHECK(exportCards(*db, QStringLiteral("4.0")).contains("UID:phone-contact-42\r\n"));
}

TEST_CASE("Importing a calendar again updates the activities with its UIDs and exports keep them")
{
    auto db = memoryDatabase();
    REQUIRE(RecordStore(*db).insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-1")},
                                                                  {QStringLiteral("name"), QStringLiteral("华信")}}));
    const auto calendar = [](const char *summary) -> QByteArray {
        return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\nUID:meeting-7@example.com\r\n"
                          "DTSTAMP:20260301T080000Z\r\nDTSTART:20260305T020000Z\r\nSUMMARY:")
               + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    };
    ImportOptions options;
    options.defaultCustomer = QStringLiteral("华信");
    const ImportReport first = test::importBytes(*db, QStringLiteral("activities"), calendar("方案讨论"),
                                                 QStringLiteral("work.ics"), options);
    INFO(problemsOf(first));
    REQUIRE(first.created == 1);
    // The meeting was renamed in the calendar; its UID says it is the same one.
    const ImportReport second = test::importBytes(*db, QStringLiteral("activities"), calendar("方案讨论（改期）"),
                                                  QStringLiteral("work.ics"), options);
    INFO(problemsOf(second));
    CHECK(second.created == 0);
    CHECK(second.updated == 1);
    CHECK(test::rowCount(*db, QStringLiteral("activities")) == 1);
    auto subject = db->scalar(QStringLiteral("SELECT subject FROM activities WHERE uid = 'meeting-7@example.com'"));
    REQUIRE(subject);
    CHECK(subject->toString() == QStringLiteral("方案讨论（改期）"));
    DataTransfer::ExportOptions out;
    out.format = FileFormat::ICalendar;
    auto bytes = DataTransfer::exportBytes(*db, QStringLiteral("activities"), out);
    REQUIRE(bytes);
    CHECK(bytes->contains("UID:meeting-7@example.com\r\n"));
}
