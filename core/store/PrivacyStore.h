#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace qianyue {

class Database;

/// What the law (PIPL, GDPR) asks of a CRM about one person: everything held
/// about them in one file, and erasure that keeps the accounting intact.
class PrivacyStore
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyStore)

public:
    explicit PrivacyStore(Database &database);

    /// The person's record (a contact, or a customer of kind 'person'; a photo
    /// as base64), the activities linked to it, a contact's extra details
    /// (contact_details) and every audit entry about it, as one JSON object.
    Result<QJsonObject> exportPerson(const QString &table, qint64 id) const;

    /// Anonymises the person: names, phones, e-mails, addresses and notes are
    /// replaced, earlier audit entries about the record lose their values, and
    /// one audit entry records that an erasure happened — without the erased
    /// data. Contracts, orders and amounts stay for accounting. Cannot be undone.
    Result<void> erasePerson(const QString &table, qint64 id);

    /// Ids of the customers or contacts (`table`) who consented to marketing:
    /// a list exported for marketing holds these and no one else.
    Result<QSet<qint64>> marketingAudience(const QString &table) const;

private:
    Result<void> checkPerson(const QString &table, qint64 id) const;
    /// Deletes the extra phones, e-mails and addresses of a contact and redacts their audit entries.
    Result<void> eraseDetails(qint64 contactId);

    Database &m_db;
};

} // namespace qianyue
