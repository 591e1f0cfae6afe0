#include "core/analytics/Report.h"
#include "core/analytics/ReportFormat.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/DemoCompany.h"
#include "tests/support/TestSupport.h"
#include "ui/dashboard/ChartFactory.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/lists/RecordListModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

std::unique_ptr<Database> demo(test::TempDir &tmp)
{
    auto db = Database::open(tmp.file(QStringLiteral("dash.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(DemoCompany::fill(**db, DemoVocabulary::Language::Chinese, 2026));
    return std::move(*db);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The output of a poppler tool, or empty when poppler-utils is missing.
QString poppler(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &path, const QString &field)
{
    for (const QString &line : poppler(QStringLiteral("pdfinfo"), {path}).split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

} // namespace

TEST_CASE("Each chart exports as PNG and PDF and its report rows as CSV")
{
    test::TempDir tmp;
    auto db = demo(tmp);
    DashboardPage page(*db);
    page.resize(1400, 1000);
    page.show();
    page.setPeriod(DashboardPage::Period::Last12Months);

    ChartPanel *panel = page.panel(QStringLiteral("contract-amount-by-month"));
    REQUIRE(panel);
    REQUIRE(panel->chart());
    QString target;
    panel->setFileChooser([&](const QString &suggested, const QString &) {
        CHECK(suggested.contains(QStringLiteral("contract-amount-by-month")));
        return target;
    });

    target = tmp.file(QStringLiteral("chart.png"));
    panel->action(QStringLiteral("png"))->trigger();
    CHECK(panel->lastMessage().isEmpty());
    QImage image(target);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == panel->chart()->width() * 2);
    CHECK(image.height() == panel->chart()->height() * 2);
    // Not a blank picture: the bars are there in their colour.
    bool barColour = false;
    for (int y = 0; y < image.height() && !barColour; y += 3)
        for (int x = 0; x < image.width() && !barColour; x += 3)
            barColour = image.pixelColor(x, y) == QColor(0x2f, 0x6f, 0xb2);
    CHECK(barColour);

    target = tmp.file(QStringLiteral("chart.pdf"));
    panel->action(QStringLiteral("pdf"))->trigger();
    CHECK(readAll(target).startsWith("%PDF-"));
    if (!pdfInfo(target, QStringLiteral("Pages")).isEmpty()) {
        CHECK(pdfInfo(target, QStringLiteral("Pages")) == QStringLiteral("1"));
        const QString text = poppler(QStringLiteral("pdftotext"), {target, QStringLiteral("-")});
        // The title and the month axis are text in the PDF, not a picture.
        CHECK(text.contains(ReportRegistry::find(QStringLiteral("contract-amount-by-month"))->title()));
        // Twelve different months: each labelled by its short name alone.
        const QLocale locale;
        CHECK(text.contains(locale.toString(QDate::currentDate(), locale.language() == QLocale::Chinese ? QStringLiteral("M月")
                                                                                                       : QStringLiteral("MMM"))));
    } else {
        WARN("poppler-utils not installed; the chart PDF is not read back");
    }

    // The CSV holds exactly the rows of the report for the dashboard's filter.
    for (const QString &name : {QStringLiteral("contract-amount-by-month"), QStringLiteral("receivables-aging"),
                                QStringLiteral("pipeline-by-stage"), QStringLiteral("lead-conversion-by-source")}) {
        ChartPanel *each = page.panel(name);
        REQUIRE(each);
        const QString csv = tmp.file(name + QStringLiteral(".csv"));
        each->setFileChooser([&](const QString &, const QString &) { return csv; });
        each->action(QStringLiteral("csv"))->trigger();
        const QByteArray bytes = readAll(csv);
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        auto report = ReportRegistry::find(name)->run(*db, page.filter());
        REQUIRE(report);
        INFO(name.toStdString());
        CHECK(QString::fromUtf8(bytes.mid(3)) == ReportFormat::toCsv(*report));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u'\n', Qt::SkipEmptyParts);
        CHECK(lines.size() == qsizetype(report->rows.size()) + 1);
        REQUIRE(lines.size() > 1);
        // First data row's first value, as the report has it.
        CHECK(lines.at(1).startsWith(report->text(0, 0)));
    }
}

TEST_CASE("The dashboard prints on one A4 landscape page")
{
    test::TempDir tmp;
    auto db = demo(tmp);
    DashboardPage page(*db);
    page.setPeriod(DashboardPage::Period::ThisYear);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = tmp.file(QStringLiteral("dashboard.pdf"));
    printer.setOutputFileName(path);
    REQUIRE(page.print(printer));
    CHECK(readAll(path).startsWith("%PDF-"));
    const QString pages = pdfInfo(path, QStringLiteral("Pages"));
    if (pages.isEmpty()) {
        WARN("poppler-utils not installed; the printed page is not checked");
        return;
    }
    if (const QString keep = qEnvironmentVariable("QIANYUE_DASHBOARD_DUMP"); !keep.isEmpty())
        QFile::copy(path, keep);
    CHECK(pages == QStringLiteral("1"));
    // A4 landscape: 297 × 210 mm is 842 × 595 points, wider than high.
    CHECK(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595")));
    const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("签约金额")));
    CHECK(text.contains(DashboardPage::tr("Lead sources")));
}

TEST_CASE("Choosing a team changes the figures to those of its members")
{
    test::TempDir tmp;
    auto db = demo(tmp);
    RecordStore records(*db);
    auto rep = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("rep"));
    REQUIRE(rep);
    REQUIRE(*rep);
    auto team = records.insert(QStringLiteral("teams"), {{QStringLiteral("name"), QStringLiteral("华东一组")}});
    REQUIRE(team);
    REQUIRE(records.update(QStringLiteral("users"), **rep, {{QStringLiteral("team_id"), *team}}));

    DashboardPage page(*db);
    page.setPeriod(DashboardPage::Period::Last12Months);
    const auto *teams = page.findChild<QComboBox *>(QStringLiteral("dashboardTeam"));
    REQUIRE(teams);
    CHECK(teams->findText(QStringLiteral("华东一组")) > 0);
    const std::vector<FunnelStep> everyone = page.funnel();
    const QString everyoneTile = page.tileText(QStringLiteral("pipeline"));

    page.setTeam(*team);
    CHECK(page.filter().teamId == *team);
    CHECK_FALSE(page.filter().ownerId);
    // The owner list now holds the team's members only.
    const auto *owners = page.findChild<QComboBox *>(QStringLiteral("dashboardOwner"));
    REQUIRE(owners);
    CHECK(owners->count() == 2);

    ReportFilter teamFilter = page.filter();
    auto pipeline = ReportRegistry::find(QStringLiteral("pipeline-by-stage"))->run(*db, teamFilter);
    REQUIRE(pipeline);
    ReportFilter allFilter = teamFilter;
    allFilter.teamId.reset();
    auto all = ReportRegistry::find(QStringLiteral("pipeline-by-stage"))->run(*db, allFilter);
    REQUIRE(all);
    qint64 teamTotal = 0;
    qint64 allTotal = 0;
    REQUIRE(page.funnel().size() == pipeline->rows.size());
    for (qsizetype row = 0; row < qsizetype(pipeline->rows.size()); ++row) {
        CHECK(page.funnel()[std::size_t(row)].count == pipeline->value(row, QStringLiteral("count")).toLongLong());
        teamTotal += pipeline->value(row, QStringLiteral("count")).toLongLong();
        allTotal += all->value(row, QStringLiteral("count")).toLongLong();
    }
    // The demo has more salespeople than the one in the team.
    CHECK(teamTotal < allTotal);
    CHECK(teamTotal > 0);
    CHECK(page.tileText(QStringLiteral("pipeline")) != everyoneTile);
    CHECK(page.panel(QStringLiteral("pipeline-by-stage"))->table().rows.size() == pipeline->rows.size());

    // The drilled-down list is narrowed to the team as well.
    for (qsizetype row = 0; row < qsizetype(pipeline->rows.size()); ++row) {
        const auto [kind, listFilter] = page.drillDown(QStringLiteral("pipeline-by-stage"), int(row));
        RecordListModel list(*db, kind);
        list.setFilter(listFilter);
        CHECK(list.totalCount() == pipeline->value(row, QStringLiteral("count")).toLongLong());
    }
    (void)everyone;
}

TEST_CASE("A salesperson opens the dashboard on their own figures and a manager on everyone's")
{
    test::TempDir tmp;
    auto db = demo(tmp);
    RecordStore records(*db);
    auto rep = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("rep"));
    auto manager = records.findId(QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("manager"));
    REQUIRE((rep && *rep && manager && *manager));

    db->setActor(**rep);
    DashboardPage repPage(*db);
    CHECK(repPage.filter().ownerId == **rep);

    db->setActor(**manager);
    DashboardPage managerPage(*db);
    CHECK_FALSE(managerPage.filter().ownerId);
    CHECK_FALSE(managerPage.filter().teamId);
}

TEST_CASE("Clicking a funnel step opens a list with as many opportunities as the step shows")
{
    test::TempDir tmp;
    auto db = demo(tmp);
    DashboardPage page(*db);
    page.resize(1400, 1000);
    page.show();
    page.setPeriod(DashboardPage::Period::Last12Months);
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    std::optional<std::pair<ListKind, ListFilter>> opened;
    QObject::connect(&page, &DashboardPage::drillDownRequested, &page,
                     [&](ListKind kind, const ListFilter &filter) { opened = std::pair(kind, filter); });
    QWidget *chart = page.panel(QStringLiteral("pipeline-by-stage"))->chart();
    REQUIRE(chart);
    int clicked = 0;
    for (int step = 0; step < int(page.funnel().size()); ++step) {
        const qint64 shown = page.funnel()[std::size_t(step)].count;
        if (shown == 0)
            continue;
        opened.reset();
        const auto [target, point] = ChartFactory::funnelStepCentre(chart, step);
        REQUIRE(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, point);
        INFO("step " << step << " " << page.funnel()[std::size_t(step)].stage.toStdString());
        REQUIRE(opened);
        CHECK(opened->first == ListKind::Opportunities);
        RecordListModel list(*db, opened->first);
        list.setFilter(opened->second);
        CHECK(list.totalCount() == shown);
        ++clicked;
    }
    CHECK(clicked > 1);
}

TEST_CASE("Chart tooltips give exact amounts with their currency and counts in the locale's format")
{
    ReportTable table;
    table.currency = QStringLiteral("CNY");
    table.columns = {{QStringLiteral("month"), QStringLiteral("Month"), ColumnKind::Text},
                     {QStringLiteral("amount"), QStringLiteral("Contract amount"), ColumnKind::Money},
                     {QStringLiteral("contracts"), QStringLiteral("Contracts"), ColumnKind::Count}};
    table.rows = {{QStringLiteral("2026-03"), qint64(123456789), qint64(12345)}};
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString money = ChartFactory::tooltip(table, 0, QStringLiteral("month"), QStringLiteral("amount"));
    const QString count = ChartFactory::tooltip(table, 0, QStringLiteral("month"), QStringLiteral("contracts"));
    QLocale::setDefault(before);
    CHECK(money.startsWith(QStringLiteral("2026-03\nContract amount: ")));
    CHECK(money.contains(QStringLiteral("1,234,567.89")));
    CHECK(count.endsWith(QStringLiteral("12,345")));
    // Axes draw money in whole major units.
    CHECK(ChartFactory::axisValue(table, QStringLiteral("amount"), table.rows[0][1]) == 1234567.0);
}

TEST_CASE("The dashboard refreshes within budget on the reference data set")
{
    // The reference set takes minutes to build; point QIANYUE_REFERENCE_DB at
    // a copy made by `qianyue-cli demo --scale reference` to run this.
    const QString path = qEnvironmentVariable("QIANYUE_REFERENCE_DB");
    if (path.isEmpty()) {
        WARN("QIANYUE_REFERENCE_DB not set; the reference timing is skipped");
        return;
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db);
    DashboardPage page(**db);
    page.resize(1400, 1000);
    for (const auto period : {DashboardPage::Period::ThisMonth, DashboardPage::Period::ThisQuarter, DashboardPage::Period::ThisYear,
                              DashboardPage::Period::Last12Months}) {
        page.setPeriod(period);
        std::vector<double> times;
        for (int run = 0; run < 7; ++run) {
            page.refresh();
            times.push_back(page.lastRefreshMs());
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        WARN("period " << int(period) << ": median refresh " << median << " ms (queries and charts)");
        CHECK(median < 50.0);
    }
    // What each part costs over the last 12 months, to see where time goes.
    page.setPeriod(DashboardPage::Period::Last12Months);
    for (const QString &name : {QStringLiteral("contract-amount-by-month"), QStringLiteral("contract-amount-by-owner"),
                                QStringLiteral("pipeline-by-stage"), QStringLiteral("opportunity-flow-by-month"),
                                QStringLiteral("forecast-by-month"), QStringLiteral("lead-conversion-by-source"),
                                QStringLiteral("receivables-aging")}) {
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            REQUIRE(ReportRegistry::find(name)->run(**db, page.filter()));
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        WARN(name.toStdString() << ": median " << times[2] << " ms");
    }
    {
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            REQUIRE(Dashboard::refresh(**db, page.filter()));
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        WARN("KPI tiles: median " << times[2] << " ms");
    }
    // One team, then one salesperson of it, over the last 12 months.
    const auto *teams = page.findChild<QComboBox *>(QStringLiteral("dashboardTeam"));
    const auto *owners = page.findChild<QComboBox *>(QStringLiteral("dashboardOwner"));
    REQUIRE((teams && owners));
    REQUIRE(teams->count() > 1);
    page.setTeam(teams->itemData(1).toLongLong());
    REQUIRE(owners->count() > 1);
    for (const bool person : {false, true}) {
        if (person)
            page.setOwner(owners->itemData(1).toLongLong());
        std::vector<double> times;
        for (int run = 0; run < 7; ++run) {
            page.refresh();
            times.push_back(page.lastRefreshMs());
        }
        std::sort(times.begin(), times.end());
        WARN((person ? "one salesperson" : "one team") << ": median refresh " << times[3] << " ms");
        CHECK(times[3] < 50.0);
    }
}

TEST_CASE("A month of the opportunity flow opens the opportunities created in it")
{
    test::TempDir tmp;
    auto db = demo(tmp);
    DashboardPage page(*db);
    page.setPeriod(DashboardPage::Period::Last12Months);
    auto flow = ReportRegistry::find(QStringLiteral("opportunity-flow-by-month"))->run(*db, page.filter());
    REQUIRE(flow);
    REQUIRE_FALSE(flow->rows.empty());
    qint64 seen = 0;
    for (qsizetype row = 0; row < qsizetype(flow->rows.size()); ++row) {
        const auto [kind, listFilter] = page.drillDown(QStringLiteral("opportunity-flow-by-month"), int(row));
        CHECK(kind == ListKind::Opportunities);
        RecordListModel list(*db, kind);
        list.setFilter(listFilter);
        INFO("month " << flow->value(row, QStringLiteral("month")).toString().toStdString());
        CHECK(list.totalCount() == flow->value(row, QStringLiteral("new_count")).toLongLong());
        seen += list.totalCount();
    }
    CHECK(seen > 0);
}

TEST_CASE("An empty database shows an empty dashboard and exports empty tables")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("empty.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    DashboardPage page(**db);
    page.resize(1200, 900);
    page.show();
    page.setPeriod(DashboardPage::Period::ThisYear);
    const auto *error = page.findChild<QLabel *>(QStringLiteral("dashboardError"));
    REQUIRE(error);
    CHECK(error->text().isEmpty());
    for (const FunnelStep &step : page.funnel()) {
        CHECK(step.count == 0);
        CHECK(step.conversion.isNull());
    }
    ChartPanel *aging = page.panel(QStringLiteral("receivables-aging"));
    REQUIRE(aging);
    const QString csv = tmp.file(QStringLiteral("aging.csv"));
    REQUIRE(aging->exportCsv(csv));
    // The header row alone.
    CHECK(QString::fromUtf8(readAll(csv).mid(3)).trimmed().split(u'\n').size() == 1);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(tmp.file(QStringLiteral("empty.pdf")));
    CHECK(page.print(printer));
}
