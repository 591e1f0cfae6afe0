#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace qianyue {

/// The language a printed document speaks, chosen per document and
/// independent of the language of the user interface.
enum class DocumentLanguage { Chinese, English, Bilingual };

/// Every fixed text printed on quotes and contracts.
enum class Label {
    QuoteTitle,
    ContractTitle,
    QuoteNumber,
    ContractNumber,
    Revision,
    Date,
    ValidUntil,
    SignedOn,
    Term,
    Salesperson,
    Currency,
    Customer,
    Address,
    Contact,
    Phone,
    TaxId,
    BankAccount,
    Position,
    Product,
    Specification,
    Unit,
    Quantity,
    UnitPrice,
    Discount,
    TaxRate,
    Amount,
    Subtotal,
    TaxAt,
    Total,
    AmountInWords,
    Terms,
    PaymentTerms,
    DeliveryTerms,
    Validity,
    ValidUntilSentence,
    Notes,
    Clauses,
    PartyA,
    PartyB,
    IssuedBy,
    AcceptedBy,
    Name,
    SignatureLine,
    SealLine,
    SignDateLine,
    PageOf,
    Draft,
    AsAgreed,
    TermRange,
    SigningDay,
    UntilFulfilled,
    Continued,
};

/// The printed texts of documents in Chinese and English, kept in one table
/// so that a document never depends on the translator the UI installed.
class DocumentLabels
{
public:
    /// "zh_CN", "en" or "bilingual" (also "zh"); empty for anything else.
    static std::optional<DocumentLanguage> parseLanguage(const QString &name);
    /// The name parseLanguage() reads back: "zh_CN", "en" or "bilingual".
    static QString languageName(DocumentLanguage language);

    /// The Chinese text of `label`.
    static QString chinese(Label label);
    /// The English text of `label`.
    static QString english(Label label);
    /// The label on one line: Chinese, English, or both separated by a space.
    static QString text(Label label, DocumentLanguage language);
    /// The label for narrow places such as table headers: bilingual labels
    /// put the English under the Chinese.
    static QString stacked(Label label, DocumentLanguage language);

    /// A date the way the document's language writes it (2026年3月2日, 2 March 2026, 2026-03-02).
    static QString date(const QDate &date, DocumentLanguage language);
    /// 1 → 一, 12 → 十二, 21 → 二十一: Chinese clause numbers (第一条).
    static QString chineseNumber(int number);
};

} // namespace qianyue
