#pragma once

#include "core/domain/DocumentLine.h"
#include "core/domain/Error.h"
#include "core/domain/LineMath.h"
#include "core/domain/Money.h"
#include "core/store/DocumentStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace qianyue {

class Database;

/// The two documents Qianyue prints.
enum class DocumentKind { Quote, Contract };

/// A company or person named on a document.
struct DocumentParty {
    QString name;
    QString address;
    QString phone;
    QString taxId;
    QString bankAccount;
    QString contactName;
    QString contactPhone;
    QString email;
    QByteArray logo; ///< image file bytes (PNG, JPEG, …); only the letterhead has one
};

/// One printed line: the stored line plus what the table shows about its product.
struct DocumentItem {
    DocumentLine line;
    QString sku;
};

/// Everything a quote or contract prints, independent of the database: the
/// renderer reads only this, and a snapshot stores exactly this as JSON, so
/// a frozen document prints the same whatever changes later.
struct DocumentData {
    DocumentKind kind = DocumentKind::Quote;
    qint64 recordId = 0;
    QString number;
    int revision = 1;
    QString status;
    QString title; ///< a contract's own title, shown under the document title
    QDate date;    ///< quote date or contract date
    QDate validUntil;
    QDate signedOn;
    QDate startOn;
    QDate endOn;
    QString currency;
    QString paymentTerms;
    QString deliveryTerms;
    QString notes;
    QString salesperson;
    QString salespersonEmail;
    DocumentParty company;
    DocumentParty customer;
    std::vector<DocumentItem> items;
    Money subtotal;
    Money tax;
    Money total;
    std::vector<ClauseText> clausesChinese; ///< contracts: the clause template as it was
    std::vector<ClauseText> clausesEnglish;

    /// Whether the record is still a draft (not yet approved or signed), which the print marks.
    bool isDraft() const;
    /// Tax per rate, lowest rate first, summed from the printed lines.
    std::vector<std::pair<Rate, Money>> taxByRate() const;

    /// The data as JSON, money as integer minor units.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; refuses anything else with a clear message.
    static Result<DocumentData> fromJson(const QByteArray &json);
};

/// Reads a quote or contract with everything its print needs from the database.
class DocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLoader)

public:
    /// The quote with its customer, contact, salesperson, company profile and lines.
    static Result<DocumentData> quote(Database &database, qint64 quoteId);
    /// The contract with the same, plus its quote's delivery terms and the clause templates.
    static Result<DocumentData> contract(Database &database, qint64 contractId);
};

} // namespace qianyue
