#include "core/io/ImportOptions.h"
#include "core/io/ImportSchema.h"
#include "core/io/ImportValues.h"
#include "tests/support/TestSupport.h"

#include <QSet>

using namespace qianyue;

TEST_CASE("Dates are read in ISO, slashes, Chinese and the locale's short format")
{
    const QDate day(2026, 3, 2);
    for (const char16_t *text : {u"2026-03-02", u"2026/3/2", u"2026.03.02", u"2026年3月2日", u"2026 年 3 月 2 日", u"20260302",
                                 u"2026-03-02T09:30:00Z", u"2026/3/2 0:00", u"２０２６－０３－０２"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto parsed = ImportValues::date(QString::fromUtf16(text));
        REQUIRE(parsed);
        CHECK(*parsed == day);
    }
    CHECK(ImportValues::date(QStringLiteral("3/2/26"), QLocale(QLocale::English, QLocale::UnitedStates)).value_or(QDate()) == day);
    CHECK(ImportValues::date(QStringLiteral("3/2/2026"), QLocale(QLocale::English, QLocale::UnitedStates)).value_or(QDate()) == day);
    CHECK(ImportValues::date(QStringLiteral("02.03.26"), QLocale(QLocale::German, QLocale::Germany)).value_or(QDate()) == day);

    const auto impossible = ImportValues::date(QStringLiteral("2026-02-30"));
    REQUIRE_FALSE(impossible);
    CHECK(impossible.error().message.contains(QStringLiteral("2026-02-30")));
    CHECK_FALSE(ImportValues::date(QStringLiteral("next Tuesday")));
}

TEST_CASE("Date-times keep their zone or take the given one")
{
    const QTimeZone shanghai("Asia/Shanghai");
    const auto local = ImportValues::dateTime(QStringLiteral("2026-03-02 09:30"), shanghai);
    REQUIRE(local);
    CHECK(local->toUTC() == QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc()));
    const auto utc = ImportValues::dateTime(QStringLiteral("2026-03-02T01:30:00Z"), shanghai);
    REQUIRE(utc);
    CHECK(utc->toUTC() == local->toUTC());
    const auto offset = ImportValues::dateTime(QStringLiteral("2026/3/2 9:30:00 +08:00"), QTimeZone::utc());
    REQUIRE(offset);
    CHECK(offset->toUTC() == local->toUTC());
    const auto dayOnly = ImportValues::dateTime(QStringLiteral("2026年3月2日"), shanghai);
    REQUIRE(dayOnly);
    CHECK(dayOnly->toUTC() == QDateTime(QDate(2026, 3, 1), QTime(16, 0), QTimeZone::utc()));
    CHECK_FALSE(ImportValues::dateTime(QStringLiteral("2026-03-02 25:00"), shanghai));
}

TEST_CASE("Amounts are read without floating point and with currency signs")
{
    const auto check = [](const char16_t *text, qint64 minor) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto amount = ImportValues::money(QString::fromUtf16(text), QStringLiteral("CNY"));
        REQUIRE(amount);
        CHECK(amount->minor() == minor);
    };
    check(u"1234.56", 123456);
    check(u"1,234,567.89", 123456789);
    check(u"¥1,234.50", 123450);
    check(u"￥ 88", 8800);
    check(u"1234.5元", 123450);
    check(u"CNY 12", 1200);
    check(u"1 234.56", 123456);
    check(u"", 0);
    check(u"(12.00)", -1200);
    check(u"０.１", 10);
    CHECK_FALSE(ImportValues::money(QStringLiteral("12.345"), QStringLiteral("CNY")));
    CHECK_FALSE(ImportValues::money(QStringLiteral("1,5"), QStringLiteral("EUR")));
    CHECK(ImportValues::money(QStringLiteral("1000"), QStringLiteral("JPY")).value_or(Money()).minor() == 1000);
}

TEST_CASE("Percentages read 60% 0.6 and 60 alike")
{
    for (const char *text : {"60%", "0.6", "60", "60.0 %"})
        CHECK(ImportValues::percent(QLatin1String(text), true).value_or(-1) == 600000);
    CHECK(ImportValues::percent(QStringLiteral("13%"), false).value_or(-1) == 130000);
    CHECK(ImportValues::percent(QStringLiteral("1"), true).value_or(-1) == 1000000);
    CHECK_FALSE(ImportValues::percent(QStringLiteral("150%"), true));
    CHECK_FALSE(ImportValues::percent(QStringLiteral("-5%"), true));
    CHECK_FALSE(ImportValues::percent(QStringLiteral("high"), true));
}

TEST_CASE("Yes and no are understood in both languages")
{
    for (const char16_t *text : {u"yes", u"Y", u"1", u"true", u"是", u"√", u"启用"})
        CHECK(ImportValues::boolean(QString::fromUtf16(text)) == std::optional<bool>(true));
    for (const char16_t *text : {u"no", u"0", u"FALSE", u"否", u"停用", u"离职"})
        CHECK(ImportValues::boolean(QString::fromUtf16(text)) == std::optional<bool>(false));
    CHECK_FALSE(ImportValues::boolean(QStringLiteral("maybe")).has_value());
}

TEST_CASE("The closest names are suggested for a misspelt one")
{
    const QStringList products = {QStringLiteral("ThinkPad X1 Carbon"), QStringLiteral("ThinkPad T14"), QStringLiteral("MacBook Air"),
                                  QStringLiteral("笔记本电脑"), QStringLiteral("上门维保服务")};
    CHECK(ImportValues::closest(QStringLiteral("ThinkPad X1"), products).value(0) == QStringLiteral("ThinkPad X1 Carbon"));
    CHECK(ImportValues::closest(QStringLiteral("Macbook Ari"), products) == QStringList{QStringLiteral("MacBook Air")});
    CHECK(ImportValues::closest(QStringLiteral("笔记本"), products) == QStringList{QStringLiteral("笔记本电脑")});
    CHECK(ImportValues::closest(QStringLiteral("Printer"), products).isEmpty());
    CHECK(ImportValues::editDistance(QStringLiteral("kitten"), QStringLiteral("Sitting")) == 3);
}

TEST_CASE("Every field name and label maps to one field of its kind")
{
    for (const QString &kind : ImportSchema::kinds()) {
        INFO(kind.toStdString());
        QSet<QString> seen;
        for (const ImportField &field : ImportSchema::fields(kind)) {
            for (const QString &spelling : {field.name, field.english, field.chinese}) {
                const QString key = ImportSchema::key(spelling);
                if (key == ImportSchema::key(field.name) && spelling != field.name)
                    continue;
                INFO(spelling.toStdString());
                CHECK_FALSE(seen.contains(key));
                seen.insert(key);
            }
            CHECK(ImportSchema::autoMap(kind, {field.name}).value(field.name, -1) == 0);
            CHECK(ImportSchema::autoMap(kind, {field.chinese}).value(field.name, -1) == 0);
            CHECK(ImportSchema::autoMap(kind, {field.english.toUpper()}).value(field.name, -1) == 0);
            CHECK_FALSE(ImportSchema::meaning(field).isEmpty());
            if (field.type == FieldType::Choice)
                CHECK_FALSE(ImportSchema::choices(field.target).empty());
        }
    }
    CHECK(ImportSchema::autoMap(QStringLiteral("opportunities"), {QStringLiteral("金额(元)"), QStringLiteral("商机名称*")})
          == QHash<QString, int>{{QStringLiteral("amount"), 0}, {QStringLiteral("name"), 1}});
}

TEST_CASE("Choices are found by code label or alias")
{
    CHECK(ImportSchema::choiceValue(QStringLiteral("source"), QStringLiteral("员工推介")) == QStringLiteral("employee_referral"));
    CHECK(ImportSchema::choiceValue(QStringLiteral("source"), QStringLiteral("Employee Referral")) == QStringLiteral("employee_referral"));
    CHECK(ImportSchema::choiceValue(QStringLiteral("opportunity_status"), QStringLiteral("赢单")) == QStringLiteral("won"));
    CHECK(ImportSchema::choiceValue(QStringLiteral("activity_kind"), QStringLiteral("拜访")) == QStringLiteral("visit"));
    CHECK(ImportSchema::choiceValue(QStringLiteral("role"), QStringLiteral("Manager")) == QStringLiteral("manager"));
    CHECK(ImportSchema::choiceValue(QStringLiteral("source"), QStringLiteral("trade fair")).isEmpty());
}

TEST_CASE("Column and value mappings are read and checked against the kind's fields")
{
    const auto columns = ImportOptions::parseColumns(QStringLiteral("customers"), {QStringLiteral("name=公司,phone=3"),
                                                                                   QStringLiteral("owner=Sales Rep")});
    REQUIRE(columns);
    CHECK(columns->value(QStringLiteral("name")) == QStringLiteral("公司"));
    CHECK(columns->value(QStringLiteral("phone")) == QStringLiteral("3"));
    CHECK(columns->value(QStringLiteral("owner")) == QStringLiteral("Sales Rep"));
    const auto unknown = ImportOptions::parseColumns(QStringLiteral("customers"), {QStringLiteral("colour=3")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("tax_id")));
    CHECK_FALSE(ImportOptions::parseColumns(QStringLiteral("customers"), {QStringLiteral("name")}));

    const auto values = ImportOptions::parseValues(QStringLiteral("opportunities"),
                                                   {QStringLiteral("source:展会=campaign,朋友=customer_referral,stage:Closed Won=赢单")});
    REQUIRE(values);
    CHECK(values->value(QStringLiteral("source")).value(ImportSchema::key(QStringLiteral("展会"))) == QStringLiteral("campaign"));
    CHECK(values->value(QStringLiteral("source")).value(ImportSchema::key(QStringLiteral("朋友"))) == QStringLiteral("customer_referral"));
    CHECK(values->value(QStringLiteral("stage")).value(ImportSchema::key(QStringLiteral("closed won"))) == QStringLiteral("赢单"));
    CHECK_FALSE(ImportOptions::parseValues(QStringLiteral("opportunities"), {QStringLiteral("展会=campaign")}));
    CHECK_FALSE(ImportOptions::parseValues(QStringLiteral("opportunities"), {QStringLiteral("colour:red=blue")}));
}
