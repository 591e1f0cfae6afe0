#pragma once

#include "core/io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

/// A phone number, e-mail address, postal address or messaging id with its
/// TYPE values (upper case: WORK, HOME, CELL, FAX, PREF, or an Apple label).
struct CardValue {
    QString value;
    QStringList types;
    bool preferred = false;
};

/// What Qianyue reads from and writes to one vCard.
struct ContactCard {
    int line = 0;       ///< where BEGIN:VCARD is
    QString version;    ///< "2.1", "3.0" or "4.0"
    QString uid;
    QString formattedName;      ///< FN
    QStringList structuredName; ///< N: family, given, additional, prefixes, suffixes
    QString nickname;
    QString organization; ///< the first ORG component: the customer
    QString department;
    QString title;
    QString note;
    QList<CardValue> phones;
    QList<CardValue> emails;
    QList<CardValue> addresses; ///< components joined with ", "
    QList<CardValue> messaging;
    QList<CardValue> urls;
    QByteArray photo;  ///< decoded image bytes
    QString photoType; ///< "JPEG", "PNG", …
    QString photoUri;  ///< a photo given as a link instead
    QString owner;     ///< X-QIANYUE-OWNER: the salesperson, on Qianyue's own cards
    QString customer;  ///< X-QIANYUE-CUSTOMER: "name (code)" when the ORG name is shared by several customers
    bool primary = false; ///< X-QIANYUE-PRIMARY

    /// The name to store: FN, else N put together, else nickname, organization, e-mail, phone.
    QString displayName() const;
    /// The mobile number: the preferred CELL number, else the first.
    QString mobile() const;
    /// The office number: the preferred of the numbers that are neither mobile, fax nor pager.
    QString phone() const;
    /// The preferred e-mail address, else the first.
    QString email() const;
    /// The first messaging id.
    QString messagingId() const;
};

/// Reads vCard 2.1, 3.0 and 4.0 files as phones and mail clients write
/// them: folded lines, quoted-printable with soft line breaks, CHARSET
/// parameters (UTF-8, Shift_JIS, GB18030, …), base64 photos folded or not,
/// Apple's itemN. groups and labels, several cards (also nested) per file.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Parsed {
        std::vector<ContactCard> cards;
        std::vector<ImportProblem> problems; ///< a file with problems is refused as a whole
        QStringList notes;                   ///< what was read but dropped (a broken photo)
        QString encoding;
    };

    /// Reads `bytes` of a file named `file`. Values without a CHARSET are
    /// UTF-8 when valid, else GB18030; `encoding` overrides everything.
    static Parsed read(const QByteArray &bytes, const QString &file, const QString &encoding = {});
};

/// Writes contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426), UTF-8, CRLF,
/// folded at 75 octets.
class VCardWriter
{
public:
    static QByteArray write(const std::vector<ContactCard> &cards, const QString &version = QStringLiteral("4.0"));
};

} // namespace qianyue
