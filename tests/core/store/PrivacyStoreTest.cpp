#include "core/store/PrivacyStore.h"
#include "tests/support/ChainFixture.h"

#include <QJsonArray>
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
