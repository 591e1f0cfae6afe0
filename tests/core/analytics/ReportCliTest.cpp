#include "core/analytics/ReportFormat.h"
#include "tests/core/analytics/AnalyticsFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qianyue;
using test::AnalyticsFixture;

namespace {

// The CLI must work on a machine with no display at all.
const QStringList kNoDisplay
    = { QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM") };

// A database file with a little business in it, closed again for the CLI to open.
struct CliDatabase {
    QString path;
    test::TempDir keep;

    CliDatabase()
    {
        AnalyticsFixture f;
        f.contract({ .signedOn = QStringLiteral("2026-03-01"), .baseTotal = 1000553400 }); // 10 005 534.00
        f.contract({ .signedOn = QStringLiteral("2026-03-31"), .baseTotal = 12345, .owner = f.otherRepId });
        const qint64 other = f.customer(QStringLiteral("C-0002"), QStringLiteral("Acme"));
        f.contract({ .signedOn = QStringLiteral("2026-03-15"), .baseTotal = 5000, .customer = other });
        f.opportunity({ .createdOn = QStringLiteral("2026-03-02"), .amount = 10000000, .stage = 2 });
        f.opportunity({ .createdOn = QStringLiteral("2026-03-03"),
            .amount = 5000,
            .stage = 5,
            .owner = test::kNobody,
            .customer = AnalyticsFixture::kNone,
            .closedOn = QStringLiteral("2026-03-20") });
        f.opportunity({ .createdOn = QStringLiteral("2026-03-04"),
            .amount = 7000,
            .stage = 6,
            .closedOn = QStringLiteral("2026-03-21") });
        path = keep.file(QStringLiteral("cli.db"));
        REQUIRE(f.db->backupTo(path));
    }

    test::ProcessResult report(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("report"));
        arguments << QStringLiteral("--db") << path << QStringLiteral("--lang") << QStringLiteral("en");
        return test::runProcess(QStringLiteral(QIANYUE_CLI), arguments, kNoDisplay);
    }
};

QJsonArray jsonOf(const test::ProcessResult &result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("qianyue-cli report --list names every report with its title")
{
    const CliDatabase db;
    const auto listed = db.report({ QStringLiteral("--list") });
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    for (const auto &report : ReportRegistry::all()) {
        CHECK(listed.out.contains(report->name()));
        CHECK(listed.out.contains(report->title()));
    }
    CHECK(listed.out.contains(QStringLiteral("pipeline-by-stage")));
}

TEST_CASE("qianyue-cli report writes JSON keyed by the column names")
{
    const CliDatabase db;
    QJsonArray rows = jsonOf(db.report({ QStringLiteral("pipeline-by-stage"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
        QStringLiteral("2026-03-31") }));
    REQUIRE(rows.size() == 6);
    const QJsonObject design = rows.at(1).toObject();
    CHECK(keysOf(design)
        == QStringList { QStringLiteral("amount"), QStringLiteral("count"), QStringLiteral("currency"),
            QStringLiteral("stage"), QStringLiteral("weighted_amount") });
    CHECK(design.value(QStringLiteral("stage")).toString() == QStringLiteral("Solution design"));
    CHECK(design.value(QStringLiteral("count")).toInteger() == 1);
    CHECK(design.value(QStringLiteral("amount")).toString() == QStringLiteral("100000.00"));
    CHECK(design.value(QStringLiteral("weighted_amount")).toString() == QStringLiteral("30000.00"));
    CHECK(design.value(QStringLiteral("currency")).toString() == QStringLiteral("CNY"));

    rows = jsonOf(
        db.report({ QStringLiteral("won-lost-by-owner"), QStringLiteral("--format"), QStringLiteral("json") }));
    REQUIRE(rows.size() == 2);
    for (const auto &row : rows) {
        CHECK(keysOf(row.toObject())
            == QStringList { QStringLiteral("currency"), QStringLiteral("lost_count"), QStringLiteral("owner"),
                QStringLiteral("win_rate"), QStringLiteral("won_amount"), QStringLiteral("won_count") });
    }
    const QJsonObject unassigned = rows.at(0).toObject();
    CHECK(unassigned.value(QStringLiteral("owner")).toString() == QStringLiteral("(unassigned)"));
    CHECK(unassigned.value(QStringLiteral("won_amount")).toString() == QStringLiteral("50.00"));
    CHECK(unassigned.value(QStringLiteral("win_rate")).toString() == QStringLiteral("1"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("win_rate")).toString() == QStringLiteral("0"));

    rows = jsonOf(db.report({ QStringLiteral("contract-amount-by-month"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--owner"), QStringLiteral("李娜") }));
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("amount")).toString() == QStringLiteral("10005584.00"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("growth")).isNull());
    rows = jsonOf(db.report({ QStringLiteral("contract-amount-by-month"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
        QStringLiteral("2026-03-01") }));
    CHECK(rows.at(0).toObject().value(QStringLiteral("amount")).toString() == QStringLiteral("10005534.00"));
}

TEST_CASE("qianyue-cli report writes CSV with a header of the keys")
{
    const CliDatabase db;
    const auto csv = db.report({ QStringLiteral("contract-amount-by-owner"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--team"), QStringLiteral("South") });
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == QStringLiteral("owner,amount,contracts,target,attainment,currency"));
    CHECK(lines.at(1) == QStringLiteral("Bob Chen,123.45,1,,,CNY"));
}

TEST_CASE("qianyue-cli report refuses bad input with exit code 2")
{
    const CliDatabase db;
    for (const QString &date :
        { QStringLiteral("2026-13-01"), QStringLiteral("2026-3-1"), QStringLiteral("yesterday") }) {
        const auto refused = db.report({ QStringLiteral("contract-amount-by-month"), QStringLiteral("--from"), date });
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--from")));
        CHECK(refused.err.contains(date));
    }
    auto refused = db.report(
        { QStringLiteral("contract-amount-by-month"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30") });
    CHECK(refused.exitCode == 2);
    refused = db.report({ QStringLiteral("contract-amount-by-month"), QStringLiteral("--from"),
        QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-03-01") });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("after its end")));
    refused = db.report({ QStringLiteral("contract-amount-by-quarter") });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("Unknown report 'contract-amount-by-quarter'")));
    refused
        = db.report({ QStringLiteral("pipeline-by-stage"), QStringLiteral("--owner"), QStringLiteral("Nobody Known") });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("no salesperson named 'Nobody Known'")));
    refused = db.report({ QStringLiteral("pipeline-by-stage"), QStringLiteral("--team"), QStringLiteral("North") });
    CHECK(refused.exitCode == 2);
    refused = db.report({ QStringLiteral("pipeline-by-stage"), QStringLiteral("--format"), QStringLiteral("xml") });
    CHECK(refused.exitCode == 2);
    refused = db.report({ QStringLiteral("pipeline-by-stage"), QStringLiteral("--limit"), QStringLiteral("0") });
    CHECK(refused.exitCode == 2);
    refused = db.report({});
    CHECK(refused.exitCode == 2);
}

TEST_CASE("qianyue-cli report aligns a table with Chinese names")
{
    const CliDatabase db;
    const auto table = db.report({ QStringLiteral("contract-amount-by-customer") });
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Title, currency note, header, rule and two customers.
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("Top customers by contract amount"));
    CHECK(lines.at(1) == QStringLiteral("Amounts in CNY."));
    lines = lines.mid(2);
    CHECK(lines.at(2).startsWith(QStringLiteral("上海华信电子有限公司")));
    // Every line ends in the right-aligned count column at the same terminal width.
    const int width = ReportFormat::displayWidth(lines.at(0));
    for (const QString &line : lines)
        CHECK(ReportFormat::displayWidth(line) == width);
    // The amount column starts at the same cell on every row: after the 20-cell customer name and two blanks.
    CHECK(lines.at(3).startsWith(QStringLiteral("Acme                ")));
}
