#include "core/analytics/ReportFormat.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qianyue;

namespace {

ReportTable sample()
{
    ReportTable table;
    table.currency = QStringLiteral("CNY");
    table.columns = { { QStringLiteral("owner"), QStringLiteral("Salesperson"), ColumnKind::Text },
        { QStringLiteral("amount"), QStringLiteral("Amount"), ColumnKind::Money },
        { QStringLiteral("count"), QStringLiteral("Count"), ColumnKind::Count },
        { QStringLiteral("win_rate"), QStringLiteral("Win rate"), ColumnKind::Rate },
        { QStringLiteral("day"), QStringLiteral("Day"), ColumnKind::Date } };
    table.rows.push_back({ QStringLiteral("李娜"), qint64(1000553400), qint64(3), qint64(250000), QDate(2026, 3, 31) });
    table.rows.push_back({ QStringLiteral("Smith, \"Jr\""), qint64(-5), qint64(0), QVariant(), QDate(2026, 1, 1) });
    return table;
}

} // namespace

TEST_CASE("Display width counts CJK characters as two cells")
{
    CHECK(ReportFormat::displayWidth(u"abc") == 3);
    CHECK(ReportFormat::displayWidth(u"中文") == 4);
    CHECK(ReportFormat::displayWidth(u"上海a") == 5);
    CHECK(ReportFormat::displayWidth(u"（全角）") == 8);
    CHECK(ReportFormat::displayWidth(u"e\u0301") == 1); // e with a combining acute accent
    CHECK(ReportFormat::displayWidth(u"") == 0);
}

TEST_CASE("Report values are written as plain decimals")
{
    const ReportTable table = sample();
    CHECK(table.text(0, 1) == QStringLiteral("10005534.00"));
    CHECK(table.text(0, 3) == QStringLiteral("0.25"));
    CHECK(table.text(0, 4) == QStringLiteral("2026-03-31"));
    CHECK(table.text(1, 1) == QStringLiteral("-0.05"));
    CHECK(table.text(1, 3).isEmpty());
    CHECK(table.columnIndex(QStringLiteral("count")) == 2);
    CHECK(table.columnIndex(QStringLiteral("nothing")) == -1);
    CHECK(table.hasMoney());
}

TEST_CASE("CSV quotes what needs quoting and adds the currency")
{
    const QString csv = ReportFormat::toCsv(sample());
    CHECK(csv
        == QStringLiteral("owner,amount,count,win_rate,day,currency\n"
                          "李娜,10005534.00,3,0.25,2026-03-31,CNY\n"
                          "\"Smith, \"\"Jr\"\"\",-0.05,0,,2026-01-01,CNY\n"));
}

TEST_CASE("JSON holds money and rates as decimal strings and counts as numbers")
{
    const QJsonArray rows = QJsonDocument::fromJson(ReportFormat::toJson(sample())).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject first = rows.at(0).toObject();
    CHECK(first.value(QStringLiteral("amount")).toString() == QStringLiteral("10005534.00"));
    CHECK(first.value(QStringLiteral("count")).isDouble());
    CHECK(first.value(QStringLiteral("count")).toInteger() == 3);
    CHECK(first.value(QStringLiteral("win_rate")).toString() == QStringLiteral("0.25"));
    CHECK(first.value(QStringLiteral("day")).toString() == QStringLiteral("2026-03-31"));
    CHECK(first.value(QStringLiteral("currency")).toString() == QStringLiteral("CNY"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("win_rate")).isNull());
}

TEST_CASE("The text table aligns columns and right-aligns numbers")
{
    const QStringList lines = ReportFormat::toText(sample()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("Salesperson       Amount  Count  Win rate  Day"));
    CHECK(lines.at(1) == QStringLiteral("-----------  -----------  -----  --------  ----------"));
    CHECK(lines.at(2) == QStringLiteral("李娜         10005534.00      3      0.25  2026-03-31"));
    CHECK(lines.at(3) == QStringLiteral("Smith, \"Jr\"        -0.05      0            2026-01-01"));
}
