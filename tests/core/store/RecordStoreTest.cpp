#include "core/store/NumberSequence.h"
#include "core/store/RecordStore.h"
#include "tests/support/ChainFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

#include <limits>

using namespace qianyue;

namespace {

QJsonObject lastAudit(test::ChainFixture &f, const QString &table, qint64 id, QString *action = nullptr)
{
    auto rows = f.records().where(QStringLiteral("audit_log"), QStringLiteral("record_id"), id);
    REQUIRE(rows);
    for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
        if (it->value(QStringLiteral("table_name")).toString() == table) {
            if (action)
                *action = it->value(QStringLiteral("action")).toString();
            CHECK(it->value(QStringLiteral("user_id")).toLongLong() == f.repId);
            return QJsonDocument::fromJson(it->value(QStringLiteral("changes")).toString().toUtf8()).object();
        }
    }
    FAIL("no audit entry");
    return {};
}

} // namespace

TEST_CASE("Every insert update and delete is audited with old and new values")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    auto id = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-9")},
                                                        {QStringLiteral("name"), QStringLiteral("苏州瑞丰机械有限公司")}});
    REQUIRE(id);
    QString action;
    QJsonObject changes = lastAudit(f, QStringLiteral("customers"), *id, &action);
    CHECK(action == QStringLiteral("insert"));
    CHECK(changes.value(QStringLiteral("name")).toArray().at(1).toString() == QStringLiteral("苏州瑞丰机械有限公司"));

    REQUIRE(store.update(QStringLiteral("customers"), *id, {{QStringLiteral("phone"), QStringLiteral("0512-66668888")},
                                                            {QStringLiteral("name"), QStringLiteral("苏州瑞丰机械有限公司")}}));
    changes = lastAudit(f, QStringLiteral("customers"), *id, &action);
    CHECK(action == QStringLiteral("update"));
    CHECK(changes.keys() == QStringList{QStringLiteral("phone")}); // unchanged fields are not logged
    CHECK(changes.value(QStringLiteral("phone")).toArray().at(0).toString() == QString());
    CHECK(changes.value(QStringLiteral("phone")).toArray().at(1).toString() == QStringLiteral("0512-66668888"));
    CHECK(f.field(QStringLiteral("customers"), *id, QStringLiteral("version")).toInt() == 2);

    REQUIRE(store.update(QStringLiteral("customers"), *id, {{QStringLiteral("status"), QStringLiteral("active")}}));
    lastAudit(f, QStringLiteral("customers"), *id, &action);
    CHECK(action == QStringLiteral("state"));

    REQUIRE(store.remove(QStringLiteral("customers"), *id));
    changes = lastAudit(f, QStringLiteral("customers"), *id, &action);
    CHECK(action == QStringLiteral("delete"));
    CHECK(changes.value(QStringLiteral("code")).toArray().at(0).toString() == QStringLiteral("C-9"));
}

TEST_CASE("Deleting a record others refer to is refused with what still refers to it")
{
    test::ChainFixture f;
    f.openOpportunity();
    auto refused = f.records().remove(QStringLiteral("customers"), f.customerId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("contact")));
    CHECK(refused.error().message.contains(QStringLiteral("opportunity")));
    CHECK(f.count(QStringLiteral("customers")) == 1);
}

TEST_CASE("A stale version is refused so no edit is overwritten silently")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    const qint64 seen = f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("version")).toLongLong();
    REQUIRE(store.update(QStringLiteral("customers"), f.customerId, {{QStringLiteral("phone"), QStringLiteral("1")}}, seen));
    auto stale = store.update(QStringLiteral("customers"), f.customerId, {{QStringLiteral("phone"), QStringLiteral("2")}}, seen);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(f.field(QStringLiteral("customers"), f.customerId, QStringLiteral("phone")) == QStringLiteral("1"));
}

TEST_CASE("Unknown fields are refused by name")
{
    test::ChainFixture f;
    auto bad = f.records().insert(QStringLiteral("customers"), {{QStringLiteral("nmae"), QStringLiteral("x")}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("nmae")));
}

TEST_CASE("Document numbers are gapless under rollback and follow the configured pattern")
{
    test::ChainFixture f;
    NumberSequence numbers(*f.db);
    QString first;
    REQUIRE(f.db->transaction([&]() -> Result<void> {
        first = numbers.next(QStringLiteral("contract"), 2026).value_or(QString());
        return {};
    }));
    CHECK(first == QStringLiteral("HT-2026-0001"));
    auto rolledBack = f.db->transaction([&]() -> Result<void> {
        CHECK(numbers.next(QStringLiteral("contract"), 2026).value_or(QString()) == QStringLiteral("HT-2026-0002"));
        return fail(ErrorKind::Invalid, QStringLiteral("save failed"));
    });
    CHECK_FALSE(rolledBack);
    REQUIRE(f.db->transaction([&]() -> Result<void> {
        CHECK(numbers.next(QStringLiteral("contract"), 2026).value_or(QString()) == QStringLiteral("HT-2026-0002"));
        return {};
    }));
    auto outside = numbers.next(QStringLiteral("contract"), 2026);
    CHECK_FALSE(outside);

    REQUIRE(f.db->query(QStringLiteral("UPDATE settings SET value = 'QY{YY}/{######}' WHERE key = 'number_pattern.quote'")));
    REQUIRE(f.db->transaction([&]() -> Result<void> {
        CHECK(numbers.next(QStringLiteral("quote"), 2027).value_or(QString()) == QStringLiteral("QY27/000001"));
        return {};
    }));
}

TEST_CASE("Field limits are enforced with a message and SQL-looking text is stored verbatim")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    auto huge = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-HUGE")},
                                                          {QStringLiteral("name"), QString(10 * 1024 * 1024, QLatin1Char('x'))}});
    REQUIRE_FALSE(huge);
    CHECK(huge.error().message.contains(QStringLiteral("too long")));
    auto control = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-CTL")},
                                                             {QStringLiteral("name"), QStringLiteral("bad\u0007name")}});
    REQUIRE_FALSE(control);
    CHECK(control.error().message.contains(QStringLiteral("U+0007")));

    const QString hostile = QStringLiteral("Robert'); DROP TABLE customers;-- 100% a_b \\ evil");
    auto stored = store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-SQL")},
                                                            {QStringLiteral("name"), hostile},
                                                            {QStringLiteral("notes"), QStringLiteral("line one\nline two")}});
    REQUIRE(stored);
    CHECK(f.field(QStringLiteral("customers"), *stored, QStringLiteral("name")) == hostile);
    auto found = store.findId(QStringLiteral("customers"), QStringLiteral("name"), hostile);
    REQUIRE(found);
    CHECK(*found == std::optional<qint64>(*stored));
    CHECK(f.count(QStringLiteral("customers")) == 2);
}

TEST_CASE("Every field limit is enforced with a message naming the field")
{
    test::ChainFixture f;
    RecordStore store = f.records();
    struct Case {
        const char *what;
        Fields fields;
        QString expected; ///< part of the message
    };
    const QString name = QStringLiteral("name");
    const std::vector<Case> cases = {
        {"a 10 MB name", {{name, QString(10 * 1024 * 1024, QChar(u'名'))}}, QStringLiteral("too long")},
        {"a name of 10 001 characters", {{name, QString(RecordStore::kMaxTextLength + 1, QLatin1Char('x'))}}, QStringLiteral("at most 10000")},
        {"a bell character", {{name, QStringLiteral("张\u0007伟")}}, QStringLiteral("U+0007")},
        {"a NUL character", {{name, QString(QStringLiteral("张") + QChar(0) + QStringLiteral("伟"))}}, QStringLiteral("U+0000")},
        {"an escape sequence", {{QStringLiteral("specification"), QStringLiteral("\x1b[31mred")}}, QStringLiteral("U+001b")},
        {"a right-to-left override", {{name, QStringLiteral("moc.\u202Eknab")}}, QStringLiteral("U+202e")},
        {"a right-to-left mark", {{name, QStringLiteral("\u200F张伟")}}, QStringLiteral("U+200f")},
        {"a right-to-left isolate", {{name, QStringLiteral("\u2067张伟\u2069")}}, QStringLiteral("U+2067")},
        {"an Arabic letter mark", {{name, QStringLiteral("\u061C张伟")}}, QStringLiteral("U+061c")},
        {"a 30-digit amount", {{QStringLiteral("list_price"), QStringLiteral("123456789012345678901234567890")}}, QStringLiteral("whole number")},
        {"an amount beyond 64 bits", {{QStringLiteral("list_price"), QStringLiteral("9223372036854775808")}}, QStringLiteral("whole number")},
        {"an amount with decimals", {{QStringLiteral("list_price"), 12.5}}, QStringLiteral("whole number")},
        {"an amount that is text", {{QStringLiteral("list_price"), QStringLiteral("1,234.00")}}, QStringLiteral("whole number")},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        auto refused = store.update(QStringLiteral("products"), f.laptopId, c.fields);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK(refused.error().message.contains(c.expected));
        CHECK(refused.error().message.contains(c.fields.firstKey()));
    }
    // Dates: year 99999, a 13th month, text that is no date.
    for (const QVariant &date : {QVariant(QStringLiteral("99999-01-01")), QVariant(QDate(99999, 1, 1)),
                                 QVariant(QStringLiteral("2026-13-01")), QVariant(QStringLiteral("next week")),
                                 QVariant(QStringLiteral("2026-03-02; DROP TABLE leads"))}) {
        INFO(date.toString().toStdString());
        auto refused = store.update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("consent_date"), date}});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("consent_date")));
        CHECK(refused.error().message.contains(QStringLiteral("YYYY-MM-DD")));
    }
    // What stays allowed: the largest amount, dates and time stamps, line breaks, Chinese and Arabic names.
    CHECK(store.update(QStringLiteral("products"), f.laptopId, {{QStringLiteral("list_price"), QStringLiteral("9223372036854775807")}}));
    CHECK(store.update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("consent_date"), QDate(9999, 12, 31)}}));
    CHECK(store.update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("consent_date"), QStringLiteral("2026-03-02T09:30:00Z")}}));
    CHECK(store.update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("notes"), QStringLiteral("第一行\r\n第二行\t完")}}));
    CHECK(store.update(QStringLiteral("contacts"), f.contactId, {{QStringLiteral("name"), QStringLiteral("محمد 张伟")}}));
    CHECK(f.field(QStringLiteral("products"), f.laptopId, QStringLiteral("list_price")).toLongLong() == std::numeric_limits<qint64>::max());
}

TEST_CASE("Case-insensitive name lookups use their index instead of scanning the table")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("lookup.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    RecordStore records(**db);
    REQUIRE(records.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-1")},
                                                          {QStringLiteral("name"), QStringLiteral("Acme Trading")}}));
    auto found = records.findId(QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("ACME trading"));
    REQUIRE(found);
    CHECK(found->has_value());
    for (const auto &[table, column] : {std::pair{"customers", "name"}, {"contacts", "name"}, {"products", "name"},
                                        {"products", "sku"}, {"users", "name"}}) {
        INFO(table << "." << column);
        auto plan = (*db)->query(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM %1 WHERE lower(%2) = lower(?) ORDER BY id LIMIT 1")
                                     .arg(QString::fromLatin1(table), QString::fromLatin1(column)),
                                 {QStringLiteral("x")});
        REQUIRE(plan);
        QString detail;
        while (plan->next())
            detail += plan->value(3).toString() + QLatin1Char(' ');
        CHECK(detail.contains(QStringLiteral("%1_%2_lower").arg(QString::fromLatin1(table), QString::fromLatin1(column))));
    }
}
