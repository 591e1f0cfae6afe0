#include "core/io/DataTransfer.h"

#include "core/io/CsvExporter.h"
#include "core/io/CsvImporter.h"
#include "core/io/ICalendar.h"
#include "core/io/ImportSchema.h"
#include "core/io/RecordImporter.h"
#include "core/io/TextCodec.h"
#include "core/io/VCard.h"
#include "core/store/Database.h"
#include "core/store/ImportStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace qianyue {

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> storedTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.isValid() ? std::optional<QDateTime>(at.toUTC()) : std::nullopt;
}

// A vCard's TYPE values kept as one label ("WORK,VOICE"), PREF included, so an export writes them back.
QString typeLabel(const CardValue &value)
{
    QStringList types = value.types;
    if (value.preferred && !types.contains(QStringLiteral("PREF")))
        types << QStringLiteral("PREF");
    return types.join(QLatin1Char(','));
}

std::vector<ImportRow> rowsFromCards(const std::vector<ContactCard> &cards, ImportReport &report)
{
    std::vector<ImportRow> rows;
    int linkedPhotos = 0;
    for (const ContactCard &card : cards) {
        const QString name = card.displayName();
        if (name.isEmpty()) {
            ++report.skipped;
            report.notes << DataTransfer::tr("Line %1: the card has no name, phone number or e-mail address; skipped.").arg(card.line);
            continue;
        }
        ImportRow row;
        row.row = card.line;
        row.set(QStringLiteral("name"), name);
        row.set(QStringLiteral("title"), card.title);
        row.set(QStringLiteral("phone"), card.phone());
        row.set(QStringLiteral("mobile"), card.mobile());
        row.set(QStringLiteral("email"), card.email());
        row.set(QStringLiteral("im_id"), card.messagingId());
        row.set(QStringLiteral("customer"), card.customer.isEmpty() ? card.organization : card.customer);
        row.set(QStringLiteral("owner"), card.owner);
        row.set(QStringLiteral("address"), card.addresses.isEmpty() ? QString() : card.addresses.front().value);
        row.set(QStringLiteral("notes"), card.note);
        if (card.primary)
            row.set(QStringLiteral("is_primary"), QStringLiteral("yes"));
        row.uid = card.uid;
        row.photo = card.photo;
        row.photoType = card.photoType;
        // Every number, address and link with its type: the columns above hold only the first of each.
        for (const auto &[kind, values] : {std::pair{"phone", &card.phones}, std::pair{"email", &card.emails},
                                           std::pair{"address", &card.addresses}, std::pair{"url", &card.urls}}) {
            for (const CardValue &value : *values)
                row.details.push_back({QLatin1String(kind), typeLabel(value), value.value});
        }
        if (card.photo.isEmpty() && !card.photoUri.isEmpty())
            ++linkedPhotos;
        rows.push_back(std::move(row));
    }
    if (linkedPhotos > 0)
        report.notes << DataTransfer::tr("%n photo(s) given only as a link were not fetched or kept.", nullptr, linkedPhotos);
    return rows;
}

QString kindOf(const CalendarEntry &entry)
{
    if (const QString own = ImportSchema::choiceValue(QStringLiteral("activity_kind"), entry.qianyue.value(QStringLiteral("KIND")));
        !own.isEmpty())
        return own;
    for (const QString &category : entry.categories) {
        if (const QString kind = ImportSchema::choiceValue(QStringLiteral("activity_kind"), category); !kind.isEmpty())
            return kind;
    }
    return entry.todo ? QStringLiteral("task") : QStringLiteral("meeting");
}

Result<std::vector<ImportRow>> rowsFromEntries(Database &database, const std::vector<CalendarEntry> &entries,
                                               const ImportOptions &options, ImportReport &report)
{
    // Attendees are matched to contacts by e-mail address, which brings their customer along.
    QHash<QString, QPair<QString, QString>> contactsByEmail;
    bool contactsLoaded = false;
    const auto loadContacts = [&]() -> Result<void> {
        contactsLoaded = true;
        ImportStore store(database);
        auto customers = store.rows(QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
        if (!customers)
            return std::unexpected(customers.error());
        QHash<qint64, QString> customerNames;
        for (const QVariantList &customer : *customers)
            customerNames.insert(customer.at(0).toLongLong(), customer.at(1).toString());
        auto contacts = store.rows(QStringLiteral("contacts"),
                                   {QStringLiteral("name"), QStringLiteral("customer_id"), QStringLiteral("email")});
        if (!contacts)
            return std::unexpected(contacts.error());
        for (const QVariantList &contact : *contacts) {
            const QString email = contact.at(2).toString().trimmed().toLower();
            if (!email.isEmpty() && !contactsByEmail.contains(email))
                contactsByEmail.insert(email, {contact.at(0).toString(), customerNames.value(contact.at(1).toLongLong())});
        }
        return {};
    };

    std::vector<ImportRow> rows;
    for (const CalendarEntry &entry : entries) {
        ImportRow row;
        row.row = entry.line;
        row.uid = entry.uid;
        const bool own = !entry.qianyue.isEmpty();
        row.set(QStringLiteral("kind"), kindOf(entry));
        row.set(QStringLiteral("subject"), entry.summary.isEmpty() ? DataTransfer::tr("(no subject)") : entry.summary);
        QString notes = entry.description;
        if (!entry.location.isEmpty() && !own)
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + DataTransfer::tr("Location: %1").arg(entry.location);
        row.set(QStringLiteral("notes"), notes);
        const std::optional<QDateTime> due = entry.todo ? (entry.due ? entry.due : entry.start) : entry.start;
        if (due)
            row.set(QStringLiteral("due_at"), isoUtc(*due));
        if (entry.alarm && (!due || *entry.alarm <= *due))
            row.set(QStringLiteral("remind_at"), isoUtc(*entry.alarm));
        else if (entry.alarm)
            report.notes << DataTransfer::tr("Line %1: the reminder of '%2' comes after its start and was left out.")
                                .arg(entry.line)
                                .arg(entry.summary);

        QString status = ImportSchema::choiceValue(QStringLiteral("activity_status"), entry.qianyue.value(QStringLiteral("STATUS")));
        if (status.isEmpty()) {
            if (entry.status == u"CANCELLED")
                status = QStringLiteral("cancelled");
            else if (entry.status == u"COMPLETED" || entry.completed)
                status = QStringLiteral("done");
            else
                status = QStringLiteral("planned");
        }
        row.set(QStringLiteral("status"), status);
        if (const QString doneAt = entry.qianyue.value(QStringLiteral("DONE-AT")); !doneAt.isEmpty()) {
            if (const auto at = ICalendarReader::parseDateTime(doneAt))
                row.set(QStringLiteral("done_at"), isoUtc(*at));
        } else if (entry.completed) {
            row.set(QStringLiteral("done_at"), isoUtc(*entry.completed));
        }
        row.set(QStringLiteral("outcome"), entry.qianyue.value(QStringLiteral("OUTCOME")));
        for (const auto &[field, key] : {std::pair{"customer", "CUSTOMER"}, std::pair{"contact", "CONTACT"},
                                          std::pair{"lead", "LEAD"}, std::pair{"opportunity", "OPPORTUNITY"},
                                          std::pair{"owner", "OWNER"}})
            row.set(QLatin1String(field), entry.qianyue.value(QLatin1String(key)));

        const auto linked = [&row] {
            for (const char *field : {"customer", "contact", "lead", "opportunity"}) {
                if (!row.cells.value(QLatin1String(field)).text.isEmpty())
                    return true;
            }
            return false;
        };
        if (!linked() && !entry.attendees.isEmpty()) {
            if (!contactsLoaded) {
                if (auto loaded = loadContacts(); !loaded)
                    return std::unexpected(loaded.error());
            }
            for (const QString &email : entry.attendees) {
                const auto found = contactsByEmail.constFind(email.toLower());
                if (found == contactsByEmail.constEnd())
                    continue;
                row.set(QStringLiteral("contact"), found->first);
                row.set(QStringLiteral("customer"), found->second);
                break;
            }
        }
        if (!linked() && !options.defaultCustomer.isEmpty())
            row.set(QStringLiteral("customer"), options.defaultCustomer);
        if (!linked()) {
            report.problem(entry.line, 0,
                           DataTransfer::tr("'%1' names no customer, contact, lead or opportunity of Qianyue; "
                                            "choose a customer for the calendar's events (--customer NAME).")
                               .arg(entry.summary));
            continue;
        }
        if (entry.recurring)
            report.notes << DataTransfer::tr("Line %1: '%2' repeats; only its first occurrence was imported.")
                                .arg(entry.line)
                                .arg(entry.summary);
        rows.push_back(std::move(row));
    }
    return rows;
}

CardValue cardValue(const ContactDetail &detail)
{
    CardValue value{detail.value, {}, false};
    for (const QString &type : detail.label.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (type.trimmed().compare(QStringLiteral("PREF"), Qt::CaseInsensitive) == 0)
            value.preferred = true;
        else
            value.types << type.trimmed();
    }
    return value;
}

// The card's numbers, addresses and links: every one kept from the card it was
// imported from, else the contact's own columns (typed in Qianyue or from CSV).
void addDetails(ContactCard &card, const std::vector<ContactDetail> &details, const Fields &row)
{
    for (const ContactDetail &detail : details) {
        QList<CardValue> *list = detail.kind == u"phone"     ? &card.phones
                                 : detail.kind == u"email"   ? &card.emails
                                 : detail.kind == u"address" ? &card.addresses
                                                             : &card.urls;
        list->push_back(cardValue(detail));
    }
    const auto has = [](const QList<CardValue> &values, const QString &text, std::optional<bool> cell = std::nullopt) {
        return std::any_of(values.cbegin(), values.cend(), [&](const CardValue &value) {
            return value.value == text && (!cell || value.types.contains(QStringLiteral("CELL")) == *cell);
        });
    };
    // A number or address edited in Qianyue since the import is not in the details: it goes first.
    // The same number may be both the office phone and the mobile; each keeps its type.
    if (const QString phone = row.value(QStringLiteral("phone")).toString(); !phone.isEmpty() && !has(card.phones, phone, false))
        card.phones.prepend(CardValue{phone, {QStringLiteral("WORK"), QStringLiteral("VOICE")}, false});
    if (const QString mobile = row.value(QStringLiteral("mobile")).toString(); !mobile.isEmpty() && !has(card.phones, mobile, true))
        card.phones.push_back(CardValue{mobile, {QStringLiteral("CELL")}, false});
    if (const QString email = row.value(QStringLiteral("email")).toString(); !email.isEmpty() && !has(card.emails, email))
        card.emails.prepend(CardValue{email, {QStringLiteral("WORK")}, false});
    if (const QString address = row.value(QStringLiteral("address")).toString(); !address.isEmpty() && !has(card.addresses, address))
        card.addresses.prepend(CardValue{address, {QStringLiteral("WORK")}, false});
}

QString contactUid(qint64 id)
{
    // A name-based UUID: the same contact gets the same UID in every export.
    static const QUuid ns(QStringLiteral("{5b0ef3c8-1f6e-4d47-9a55-2d4f7c1b6a10}"));
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, QStringLiteral("qianyue-contact-%1").arg(id)).toString(QUuid::WithoutBraces);
}

} // namespace

std::optional<FileFormat> DataTransfer::formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"csv")
        return FileFormat::Csv;
    if (key == u"vcf" || key == u"vcard")
        return FileFormat::VCard;
    if (key == u"ics" || key == u"ical" || key == u"icalendar")
        return FileFormat::ICalendar;
    return std::nullopt;
}

FileFormat DataTransfer::formatOfFile(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix()).value_or(FileFormat::Csv);
}

QString DataTransfer::formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::VCard:
        return QStringLiteral("vcf");
    case FileFormat::ICalendar:
        return QStringLiteral("ics");
    case FileFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

Result<void> DataTransfer::checkFormat(const QString &kind, FileFormat format)
{
    if (!ImportSchema::isKind(kind))
        return fail(ErrorKind::Invalid, tr("Unknown kind '%1'; use one of: %2.").arg(kind, ImportSchema::kinds().join(QStringLiteral(", "))));
    if (format == FileFormat::VCard && kind != u"contacts")
        return fail(ErrorKind::Invalid, tr("vCard files carry contacts only, not %1.").arg(ImportSchema::kindLabel(kind)));
    if (format == FileFormat::ICalendar && kind != u"activities")
        return fail(ErrorKind::Invalid, tr("iCalendar files carry activities only, not %1.").arg(ImportSchema::kindLabel(kind)));
    return {};
}

Result<ImportReport> DataTransfer::importBytes(Database &database, const QString &kind, const QByteArray &bytes,
                                               const QString &fileName, FileFormat format, const ImportOptions &options)
{
    if (auto fits = checkFormat(kind, format); !fits)
        return std::unexpected(fits.error());
    if (format == FileFormat::Csv)
        return CsvImporter::importTable(database, kind, CsvReader::readBytes(bytes, fileName, {options.encoding, options.delimiter}),
                                        options);
    ImportReport report;
    report.file = fileName;
    report.kind = kind;
    report.format = formatName(format);
    report.dryRun = options.dryRun;
    std::vector<ImportRow> rows;
    ImportOptions effective = options;
    if (format == FileFormat::VCard) {
        VCardReader::Parsed parsed = VCardReader::read(bytes, fileName, options.encoding);
        report.encoding = parsed.encoding;
        report.problems = std::move(parsed.problems);
        report.notes << parsed.notes;
        if (!report.problems.empty())
            return report;
        rows = rowsFromCards(parsed.cards, report);
        // A card's ORG is its company: found by name, or created.
        effective.createCustomers = true;
    } else {
        ICalendarReader::Parsed parsed = ICalendarReader::read(bytes, fileName, options.timeZone);
        report.encoding = QStringLiteral("UTF-8");
        report.problems = std::move(parsed.problems);
        report.notes << parsed.notes;
        if (!report.problems.empty())
            return report;
        auto entries = rowsFromEntries(database, parsed.entries, options, report);
        if (!entries)
            return std::unexpected(entries.error());
        rows = std::move(*entries);
    }
    if (auto done = RecordImporter::run(database, kind, rows, effective, report); !done)
        return std::unexpected(done.error());
    return report;
}

Result<ImportReport> DataTransfer::importFile(Database &database, const QString &kind, const QString &path, FileFormat format,
                                              const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound, tr("Cannot read the file: %1").arg(file.errorString()), path);
    return importBytes(database, kind, file.readAll(), path, format, options);
}

Result<QByteArray> DataTransfer::exportBytes(Database &database, const QString &kind, const ExportOptions &options, int *count)
{
    QHash<qint64, std::vector<ContactDetail>> details;
    if (options.format == FileFormat::VCard) {
        auto stored = ImportStore(database).contactDetails();
        if (!stored)
            return std::unexpected(stored.error());
        details = std::move(*stored);
    }
    if (auto fits = checkFormat(kind, options.format); !fits)
        return std::unexpected(fits.error());
    auto all = ImportStore(database).exportRows(kind);
    if (!all)
        return std::unexpected(all.error());
    std::vector<Fields> rows;
    for (Fields &row : *all) {
        if (!options.ids || options.ids->contains(row.value(QStringLiteral("id")).toLongLong()))
            rows.push_back(std::move(row));
    }
    // Customers sharing a name are told apart by their code, "name (code)", which the import reads back.
    if (kind != u"customers" && !rows.empty() && rows.front().contains(QStringLiteral("customer_code"))) {
        auto customers = ImportStore(database).rows(QStringLiteral("customers"), {QStringLiteral("name")});
        if (!customers)
            return std::unexpected(customers.error());
        QHash<QString, int> names;
        for (const QVariantList &customer : *customers)
            names[customer.at(0).toString().simplified().toLower()] += 1;
        for (Fields &row : rows) {
            const QString name = row.value(QStringLiteral("customer")).toString();
            row.insert(QStringLiteral("customer_name"), name);
            if (names.value(name.simplified().toLower()) > 1)
                row.insert(QStringLiteral("customer"),
                           QStringLiteral("%1 (%2)").arg(name, row.value(QStringLiteral("customer_code")).toString()));
        }
    }
    if (count)
        *count = int(rows.size());

    if (options.format == FileFormat::VCard) {
        std::vector<ContactCard> cards;
        for (const Fields &row : rows) {
            ContactCard card;
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            // A contact that came from a phone keeps its UID, so the phone recognises it.
            card.uid = row.value(QStringLiteral("uid")).toString();
            if (card.uid.isEmpty())
                card.uid = contactUid(id);
            card.formattedName = row.value(QStringLiteral("name")).toString();
            card.organization = row.value(QStringLiteral("customer_name")).toString();
            if (row.value(QStringLiteral("customer")).toString() != card.organization)
                card.customer = row.value(QStringLiteral("customer")).toString();
            card.title = row.value(QStringLiteral("title")).toString();
            card.note = row.value(QStringLiteral("notes")).toString();
            card.photo = row.value(QStringLiteral("photo")).toByteArray();
            card.photoType = row.value(QStringLiteral("photo_type")).toString();
            addDetails(card, details.value(id), row);
            if (const QString im = row.value(QStringLiteral("im_id")).toString(); !im.isEmpty())
                card.messaging << CardValue{im, {}, false};
            card.primary = row.value(QStringLiteral("is_primary")).toLongLong() != 0;
            card.owner = row.value(QStringLiteral("owner")).toString();
            cards.push_back(std::move(card));
        }
        return VCardWriter::write(cards, options.vcardVersion);
    }
    if (options.format == FileFormat::ICalendar) {
        std::vector<CalendarActivity> activities;
        for (const Fields &row : rows) {
            CalendarActivity activity;
            activity.id = row.value(QStringLiteral("id")).toLongLong();
            activity.uid = row.value(QStringLiteral("uid")).toString();
            activity.kind = row.value(QStringLiteral("kind")).toString();
            activity.subject = row.value(QStringLiteral("subject")).toString();
            activity.notes = row.value(QStringLiteral("notes")).toString();
            activity.status = row.value(QStringLiteral("status")).toString();
            activity.outcome = row.value(QStringLiteral("outcome")).toString();
            activity.due = storedTime(row.value(QStringLiteral("due_at")));
            activity.remind = storedTime(row.value(QStringLiteral("remind_at")));
            activity.done = storedTime(row.value(QStringLiteral("done_at")));
            activity.customer = row.value(QStringLiteral("customer")).toString();
            activity.contact = row.value(QStringLiteral("contact")).toString();
            activity.lead = row.value(QStringLiteral("lead")).toString();
            activity.opportunity = row.value(QStringLiteral("opportunity")).toString();
            activity.owner = row.value(QStringLiteral("owner")).toString();
            activities.push_back(std::move(activity));
        }
        return ICalendarWriter::write(activities, options.stamp);
    }
    auto name = TextCodec::canonicalName(options.encoding);
    if (!name)
        return std::unexpected(name.error());
    // Excel takes UTF-8 for the local code page unless the file starts with a byte order mark.
    return TextCodec::encode(CsvExporter::text(kind, rows), *name, name->startsWith(QStringLiteral("UTF-")));
}

Result<int> DataTransfer::exportFile(Database &database, const QString &kind, const QString &path, const ExportOptions &options)
{
    int count = 0;
    auto bytes = exportBytes(database, kind, options, &count);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(ErrorKind::Storage, tr("Cannot write the file: %1").arg(file.errorString()), path);
    return count;
}

} // namespace qianyue
