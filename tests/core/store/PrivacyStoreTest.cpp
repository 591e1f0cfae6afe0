#include "core/store/PrivacyStore.h"
#include "core/store/DraftStore.h"
#include "tests/support/ChainFixture.h"

#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>

using namespace qianyue;

TEST_CASE("Exporting a contact's personal data gathers the record its activities and its history")
{
    test::ChainFixture f;
    REQUIRE(f.records().update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("email"), QStringLiteral("zhangwei@huaxin.example")}}));
    REQUIRE(f.records().insert(QStringLiteral("activities"), {{QStringLiteral("kind"), QStringLiteral("call")},
                                                              {QStringLiteral("subject"), QStringLiteral("回访张伟")},
                                                              {QStringLiteral("contact_id"), f.contactId}}));
    auto data = PrivacyStore(*f.db).exportPerson(QStringLiteral("contacts"), f.contactId);
    REQUIRE(data);
    CHECK(data->value(QStringLiteral("record")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("张伟"));
    CHECK(data->value(QStringLiteral("activities")).toArray().size() == 1);
    CHECK(data->value(QStringLiteral("audit_log")).toArray().size() == 2);
}

TEST_CASE("Erasing a contact anonymises it keeps the business and leaves no trace of the data in the audit log")
{
    test::ChainFixture f;
    const qint64 quote = f.acceptedQuote(); // the contact is on the quote
    REQUIRE(f.records().update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("mobile"), QStringLiteral("13912345678")}}));
    REQUIRE(PrivacyStore(*f.db).erasePerson(QStringLiteral("contacts"), f.contactId));
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("name")).toString().contains(QString::number(f.contactId)));
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("mobile")) == QString());
    CHECK(f.field(QStringLiteral("quotes"), quote, QStringLiteral("contact_id")).toLongLong() == f.contactId);
    CHECK(f.field(QStringLiteral("quotes"), quote, QStringLiteral("total")).toLongLong() > 0);
    auto leaked = f.db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%张伟%' OR changes LIKE '%13912345678%'"));
    REQUIRE(leaked);
    CHECK(leaked->toLongLong() == 0);
    auto erasure = f.db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND changes LIKE '%erasure%'"));
    CHECK(erasure.value_or(QVariant()).toLongLong() == 1);
}

TEST_CASE("A company customer is not a person and is refused")
{
    test::ChainFixture f;
    auto refused = PrivacyStore(*f.db).erasePerson(QStringLiteral("customers"), f.customerId);
    REQUIRE_FALSE(refused);
    CHECK(f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("name")) == QStringLiteral("上海华信电子有限公司"));
}

namespace {

// A contact with everything a vCard can bring: address, notes, photo, consent
// and extra details, each holding the unique text `mark`.
void fillContact(test::ChainFixture &f, const QString &mark)
{
    REQUIRE(f.records().update(QStringLiteral("contacts"), f.contactId,
                               {{QStringLiteral("name"), QString(QStringLiteral("张伟 ") + mark)},
                                {QStringLiteral("address"), QString(QStringLiteral("上海市浦东新区 ") + mark + QStringLiteral(" 路 8 号"))},
                                {QStringLiteral("notes"), QString(QStringLiteral("喜欢喝茶 ") + mark)},
                                {QStringLiteral("photo"), QByteArray(QByteArray("\x89PNG\r\n\x1a\n") + mark.toUtf8())},
                                {QStringLiteral("photo_type"), QStringLiteral("image/png")},
                                {QStringLiteral("marketing_consent"), 1},
                                {QStringLiteral("consent_date"), QStringLiteral("2026-01-05")},
                                {QStringLiteral("consent_source"), QStringLiteral("展会登记表")}}));
    REQUIRE(f.records().insert(QStringLiteral("contact_details"), {{QStringLiteral("contact_id"), f.contactId},
                                                                   {QStringLiteral("kind"), QStringLiteral("email")},
                                                                   {QStringLiteral("label"), QStringLiteral("home")},
                                                                   {QStringLiteral("value"), QString(mark + QStringLiteral("@home.example"))}}));
    REQUIRE(f.records().insert(QStringLiteral("contact_details"), {{QStringLiteral("contact_id"), f.contactId},
                                                                   {QStringLiteral("kind"), QStringLiteral("phone")},
                                                                   {QStringLiteral("value"), QString(QStringLiteral("139 0000 ") + mark)}}));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A contact's export holds its address notes photo consent and every extra detail")
{
    test::ChainFixture f;
    fillContact(f, QStringLiteral("Qzxv"));
    auto data = PrivacyStore(*f.db).exportPerson(QStringLiteral("contacts"), f.contactId);
    REQUIRE(data);
    const QJsonObject record = data->value(QStringLiteral("record")).toObject();
    CHECK(record.value(QStringLiteral("address")).toString().contains(QStringLiteral("Qzxv")));
    CHECK(record.value(QStringLiteral("notes")).toString().contains(QStringLiteral("Qzxv")));
    CHECK(QByteArray::fromBase64(record.value(QStringLiteral("photo")).toString().toLatin1()).endsWith("Qzxv"));
    CHECK(record.value(QStringLiteral("marketing_consent")).toInt() == 1);
    CHECK(record.value(QStringLiteral("consent_source")).toString() == QStringLiteral("展会登记表"));
    const QJsonArray details = data->value(QStringLiteral("contact_details")).toArray();
    REQUIRE(details.size() == 2);
    CHECK(QJsonDocument(details).toJson().contains("Qzxv@home.example"));
}

TEST_CASE("Erasing a contact removes its address notes photo consent and details - nothing of it stays in the file")
{
    test::ChainFixture f;
    const QString mark = QStringLiteral("Qzxvkjw");
    fillContact(f, mark);
    // A form left open on the contact had kept what was typed as a draft.
    FormDraft draft;
    draft.table = QStringLiteral("contacts");
    draft.recordId = f.contactId;
    draft.texts.insert(QStringLiteral("notes"), mark + QStringLiteral(" typed in a form"));
    REQUIRE(DraftStore(*f.db).save(draft));
    REQUIRE(PrivacyStore(*f.db).erasePerson(QStringLiteral("contacts"), f.contactId));
    auto drafts = DraftStore(*f.db).all();
    REQUIRE(drafts);
    CHECK(drafts->empty());
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("address")) == QString());
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("notes")) == QString());
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("photo")).isNull());
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("marketing_consent")).toInt() == 0);
    CHECK(f.field(QStringLiteral("contacts"), f.contactId, QStringLiteral("consent_source")) == QString());
    auto details = f.db->scalar(QStringLiteral("SELECT count(*) FROM contact_details WHERE contact_id = ?"), {f.contactId});
    REQUIRE(details);
    CHECK(details->toInt() == 0);
    auto leaked = f.db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE ?"),
                               {QString(QStringLiteral("%") + mark + QStringLiteral("%"))});
    REQUIRE(leaked);
    CHECK(leaked->toInt() == 0);
    // Not in free pages, the search index's old segments or the log either.
    const QString path = f.db->path();
    f.db.reset();
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    REQUIRE(bytes.size() > 0);
    CHECK_FALSE(bytes.contains(mark.toUtf8()));
}

TEST_CASE("Erasing a person-customer clears consent and its personal columns and keeps its contracts")
{
    test::ChainFixture f;
    REQUIRE(f.records().update(QStringLiteral("customers"), f.customerId,
                               {{QStringLiteral("kind"), QStringLiteral("person")},
                                {QStringLiteral("address"), QStringLiteral("北京市海淀区某路 1 号")},
                                {QStringLiteral("marketing_consent"), 1},
                                {QStringLiteral("consent_source"), QStringLiteral("网站表单")}}));
    const qint64 quote = f.acceptedQuote();
    REQUIRE(PrivacyStore(*f.db).erasePerson(QStringLiteral("customers"), f.customerId));
    CHECK(f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("address")) == QString());
    CHECK(f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("marketing_consent")).toInt() == 0);
    CHECK(f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("consent_source")) == QString());
    CHECK(f.field(QStringLiteral("quotes"), quote, QStringLiteral("total")).toLongLong() > 0);
}

TEST_CASE("The marketing audience is exactly those who consented")
{
    test::ChainFixture f;
    auto other = f.records().insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), f.customerId},
                                                                 {QStringLiteral("name"), QStringLiteral("李雷")},
                                                                 {QStringLiteral("marketing_consent"), 1}});
    REQUIRE(other);
    auto audience = PrivacyStore(*f.db).marketingAudience(QStringLiteral("contacts"));
    REQUIRE(audience);
    CHECK(*audience == QSet<qint64>{*other});
    REQUIRE(PrivacyStore(*f.db).erasePerson(QStringLiteral("contacts"), *other));
    CHECK(PrivacyStore(*f.db).marketingAudience(QStringLiteral("contacts"))->isEmpty());
    CHECK_FALSE(PrivacyStore(*f.db).marketingAudience(QStringLiteral("leads")));
}
