#include "core/analytics/Report.h"
#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/workflow/DemoCompany.h"
#include "tests/support/TestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/lists/RecordListModel.h"

using namespace qianyue;
using namespace qianyue::ui;

TEST_CASE("Clicking a funnel step or a month bar opens a list with exactly the records the chart counted")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("dash.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(DemoCompany::fill(**db, DemoVocabulary::Language::Chinese, 2026));
    DashboardPage page(**db);
    page.setPeriod(DashboardPage::Period::Last12Months);
    CHECK_FALSE(page.tileText(QStringLiteral("signed")).isEmpty());

    const ReportFilter filter = page.filter();
    auto pipeline = ReportRegistry::find(QStringLiteral("pipeline-by-stage"))->run(**db, filter);
    REQUIRE(pipeline);
    int checked = 0;
    for (qsizetype row = 0; row < qsizetype(pipeline->rows.size()); ++row) {
        const qint64 shown = pipeline->value(row, QStringLiteral("count")).toLongLong();
        const auto [kind, listFilter] = page.drillDown(QStringLiteral("pipeline-by-stage"), int(row));
        CHECK(kind == ListKind::Opportunities);
        RecordListModel list(**db, kind);
        list.setFilter(listFilter);
        INFO("stage row " << row);
        CHECK(list.totalCount() == shown);
        checked += shown > 0 ? 1 : 0;
    }
    CHECK(checked > 0);

    auto months = ReportRegistry::find(QStringLiteral("contract-amount-by-month"))->run(**db, filter);
    REQUIRE(months);
    REQUIRE_FALSE(months->rows.empty());
    for (qsizetype row = 0; row < qsizetype(months->rows.size()); ++row) {
        const auto [kind, listFilter] = page.drillDown(QStringLiteral("contract-amount-by-month"), int(row));
        RecordListModel list(**db, kind);
        list.setFilter(listFilter);
        INFO("month " << months->value(row, QStringLiteral("month")).toString().toStdString());
        CHECK(list.totalCount() == months->value(row, QStringLiteral("contracts")).toLongLong());
    }
}
