#include "ui/dashboard/DashboardPage.h"

#include "core/documents/DocumentFonts.h"
#include "core/store/AnalyticsStore.h"
#include "core/store/Database.h"
#include "core/store/PipelineStore.h"
#include "core/store/RecordStore.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/ChartFactory.h"
#include "ui/dashboard/ChartPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

const QStringList kTiles = {QStringLiteral("signed"), QStringLiteral("pipeline"), QStringLiteral("win_rate"),
                            QStringLiteral("outstanding"), QStringLiteral("attainment")};

const QString kByMonth = QStringLiteral("contract-amount-by-month");
const QString kByOwner = QStringLiteral("contract-amount-by-owner");
const QString kPipeline = QStringLiteral("pipeline-by-stage");
const QString kFlow = QStringLiteral("opportunity-flow-by-month");
const QString kForecast = QStringLiteral("forecast-by-month");
const QString kSources = QStringLiteral("lead-conversion-by-source");
const QString kAging = QStringLiteral("receivables-aging");

/// The charts in reading order with their place on the screen grid (row,
/// column, column span) and on the printed page (4 columns, 2 rows).
struct ChartPlace {
    QString report;
    int row;
    int column;
    int rowSpan;
    int columnSpan;
};
// The funnel stands two rows high: its steps need the height for their names and rates.
const std::vector<ChartPlace> kScreen = {{kByMonth, 0, 0, 1, 2}, {kPipeline, 0, 2, 2, 1}, {kByOwner, 1, 0, 1, 1}, {kFlow, 1, 1, 1, 1},
                                         {kForecast, 2, 0, 1, 1}, {kSources, 2, 1, 1, 1}, {kAging, 2, 2, 1, 1}};
const std::vector<ChartPlace> kPrinted = {{kByMonth, 0, 0, 1, 1}, {kPipeline, 0, 1, 2, 1}, {kByOwner, 0, 2, 1, 1}, {kFlow, 0, 3, 1, 1},
                                          {kForecast, 1, 0, 1, 1}, {kSources, 1, 2, 1, 1}, {kAging, 1, 3, 1, 1}};

/// Salespeople shown on the by-owner chart; the CSV has them all.
constexpr int kOwnersCharted = 8;

QString rateText(const std::optional<Rate> &rate)
{
    return rate ? Formatting::rate(rate->millionths()) : DashboardPage::tr("—");
}

ReportTable firstRows(const ReportTable &table, int count)
{
    ReportTable shown = table;
    if (int(shown.rows.size()) > count)
        shown.rows.resize(std::size_t(count));
    return shown;
}

// The aging report's total row turned into one bar per bucket.
ReportTable agingBuckets(const ReportTable &aging)
{
    ReportTable buckets;
    buckets.currency = aging.currency;
    buckets.columns = {{QStringLiteral("bucket"), DashboardPage::tr("Days past due"), ColumnKind::Text},
                       {QStringLiteral("amount"), DashboardPage::tr("Outstanding"), ColumnKind::Money}};
    if (aging.rows.empty())
        return buckets;
    const qsizetype total = qsizetype(aging.rows.size()) - 1;
    // Short labels: the chart's title says they are days past due.
    const std::vector<std::pair<QString, QString>> labels = {{QStringLiteral("not_due"), DashboardPage::tr("Not due")},
                                                            {QStringLiteral("days_0_30"), DashboardPage::tr("0–30")},
                                                            {QStringLiteral("days_31_60"), DashboardPage::tr("31–60")},
                                                            {QStringLiteral("days_61_90"), DashboardPage::tr("61–90")},
                                                            {QStringLiteral("days_over_90"), DashboardPage::tr("> 90")}};
    for (const auto &[key, label] : labels)
        buckets.rows.push_back({label, aging.value(total, key)});
    return buckets;
}

} // namespace

DashboardPage::DashboardPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_team(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_print(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_tiles(new QGridLayout)
    , m_charts(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboard"));
    buildFilters();

    for (int i = 0; i < kTiles.size(); ++i)
        addTile(kTiles.at(i), i);
    for (const ChartPlace &place : kScreen) {
        auto *panel = new ChartPanel(place.report, this);
        m_panels.insert(place.report, panel);
        m_charts->addWidget(panel, place.row, place.column, place.rowSpan, place.columnSpan);
    }
    for (int column = 0; column < 3; ++column)
        m_charts->setColumnStretch(column, 1);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_team);
    bar->addWidget(m_owner);
    bar->addStretch(1);
    bar->addWidget(m_print);

    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->addLayout(bar);
    inner->addLayout(m_tiles);
    inner->addWidget(m_error);
    inner->addLayout(m_charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
    // Nothing is computed until the page is first shown: opening a database
    // must not pay for a dashboard the user may not look at.
}

void DashboardPage::buildFilters()
{
    m_filling = true;
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_team->setObjectName(QStringLiteral("dashboardTeam"));
    m_owner->setObjectName(QStringLiteral("dashboardOwner"));
    m_print->setObjectName(QStringLiteral("dashboardPrint"));
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    for (int i = 0; i <= static_cast<int>(Period::Custom); ++i)
        m_period->addItem(QString(), i);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);

    // Salespeople and their teams; teams by name for the team filter.
    if (auto users = AnalyticsStore(m_db).users(); users) {
        for (const auto &[id, user] : *users) {
            if (user.active)
                m_people[id] = {user.name, user.teamId};
        }
    }
    std::map<QString, qint64> teams;
    RecordStore records(m_db);
    for (const auto &[id, person] : m_people) {
        if (!person.second || std::any_of(teams.begin(), teams.end(), [&](const auto &t) { return t.second == *person.second; }))
            continue;
        if (auto team = records.get(QStringLiteral("teams"), *person.second); team)
            teams[team->value(QStringLiteral("name")).toString()] = *person.second;
    }
    m_team->addItem(QString(), QVariant());
    for (const auto &[name, id] : teams)
        m_team->addItem(name, id);
    m_team->setVisible(!teams.empty());
    fillOwners();
    chooseDefaultScope();
    m_filling = false;

    const auto changed = [this] {
        if (!m_filling)
            refresh();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling)
            return;
        m_filling = true;
        fillOwners();
        m_filling = false;
        changed();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, changed);
    connect(m_print, &QPushButton::clicked, this, &DashboardPage::printPreview);
}

void DashboardPage::fillOwners()
{
    // The salespeople of the chosen team, or everyone; the choice is kept when still listed.
    const QVariant kept = m_owner->currentData();
    const QVariant team = m_team->currentData();
    m_owner->clear();
    m_owner->addItem(QString(), QVariant());
    std::vector<std::pair<QString, qint64>> names;
    for (const auto &[id, person] : m_people) {
        if (team.isNull() || (person.second && *person.second == team.toLongLong()))
            names.emplace_back(person.first, id);
    }
    std::sort(names.begin(), names.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, id] : names)
        m_owner->addItem(name, id);
    const int index = kept.isNull() ? 0 : m_owner->findData(kept);
    m_owner->setCurrentIndex(std::max(0, index));
    m_owner->setItemText(0, team.isNull() ? tr("Everyone") : tr("Everyone in the team"));
}

void DashboardPage::chooseDefaultScope()
{
    // Salespeople open the dashboard on their own figures, managers and
    // administrators on everyone's; the acting user is the database's actor.
    const auto actor = m_db.actor();
    if (!actor)
        return;
    auto users = AnalyticsStore(m_db).users();
    if (!users || !users->contains(*actor))
        return;
    if (users->at(*actor).role == u"rep")
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(*actor)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (!m_refreshed)
        refresh();
    QWidget::showEvent(event);
}

void DashboardPage::addTile(const QString &key, int column)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("tile_") + key);
    auto *title = new QLabel(frame);
    title->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto *value = new QLabel(frame);
    value->setObjectName(QStringLiteral("tileValue_") + key);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    value->setFont(font);
    value->setWordWrap(true);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(value);
    m_tiles->addWidget(frame, 0, column);
    m_tileTitles.insert(key, title);
    m_tileValues.insert(key, value);
}

void DashboardPage::retranslate()
{
    m_period->setItemText(0, tr("This month"));
    m_period->setItemText(1, tr("This quarter"));
    m_period->setItemText(2, tr("This year"));
    m_period->setItemText(3, tr("Last 12 months"));
    m_period->setItemText(4, tr("Custom period"));
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period"));
    m_team->setItemText(0, tr("All teams"));
    m_owner->setItemText(0, m_team->currentData().isNull() ? tr("Everyone") : tr("Everyone in the team"));
    m_print->setText(tr("Print dashboard…"));
    m_print->setToolTip(tr("Print the tiles and all charts on one A4 landscape page"));
    m_tileTitles.value(QStringLiteral("signed"))->setText(tr("Contract amount (签约金额)"));
    m_tileTitles.value(QStringLiteral("pipeline"))->setText(tr("Open opportunities (机会数)"));
    m_tileTitles.value(QStringLiteral("win_rate"))->setText(tr("Win rate"));
    m_tileTitles.value(QStringLiteral("outstanding"))->setText(tr("Outstanding receivables"));
    m_tileTitles.value(QStringLiteral("attainment"))->setText(tr("Target attainment"));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_refreshed)
            refresh();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::periodChanged()
{
    const bool custom = static_cast<Period>(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!m_filling)
        refresh();
}

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(static_cast<int>(period));
}

void DashboardPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    if (m_period->currentIndex() == static_cast<int>(Period::Custom))
        refresh();
    else
        setPeriod(Period::Custom);
}

void DashboardPage::setOwner(std::optional<qint64> userId)
{
    m_owner->setCurrentIndex(userId ? std::max(0, m_owner->findData(*userId)) : 0);
}

void DashboardPage::setTeam(std::optional<qint64> teamId)
{
    m_filling = true;
    m_owner->setCurrentIndex(0);
    m_filling = false;
    const int index = teamId ? m_team->findData(*teamId) : 0;
    if (index == m_team->currentIndex())
        refresh();
    else
        m_team->setCurrentIndex(std::max(0, index));
}

ReportFilter DashboardPage::filter() const
{
    ReportFilter filter;
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    filter.to = today;
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::ThisMonth: filter.from = monthStart; break;
    case Period::ThisQuarter: filter.from = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1); break;
    case Period::ThisYear: filter.from = QDate(today.year(), 1, 1); break;
    case Period::Last12Months: filter.from = monthStart.addMonths(-11); break;
    case Period::Custom:
        filter.from = std::min(m_from->date(), m_to->date());
        filter.to = std::max(m_from->date(), m_to->date());
        break;
    }
    filter.asOf = today;
    // A salesperson narrows more than a team: the filter names one or the other.
    if (!m_owner->currentData().isNull())
        filter.ownerId = m_owner->currentData().toLongLong();
    else if (!m_team->currentData().isNull())
        filter.teamId = m_team->currentData().toLongLong();
    return filter;
}

ChartPanel *DashboardPage::panel(const QString &report) const
{
    return m_panels.value(report);
}

void DashboardPage::fillTiles(const DashboardKpis &kpis)
{
    const QString currency = kpis.currency;
    m_tileValues.value(QStringLiteral("signed"))
        ->setText(tr("%1 in %2 contracts\nbefore: %3 (%4)")
                      .arg(Formatting::money(kpis.signedAmount, currency))
                      .arg(QLocale().toString(kpis.signedCount))
                      .arg(Formatting::money(kpis.previousSignedAmount, currency), rateText(kpis.signedChange)));
    m_tileValues.value(QStringLiteral("pipeline"))
        ->setText(tr("%1 open, %2 new\nweighted %3")
                      .arg(QLocale().toString(kpis.openOpportunities))
                      .arg(QLocale().toString(kpis.newOpportunities))
                      .arg(Formatting::money(kpis.weightedOpenAmount, currency)));
    m_tileValues.value(QStringLiteral("win_rate"))
        ->setText(tr("%1\n%2 won, %3 lost").arg(rateText(kpis.winRate)).arg(QLocale().toString(kpis.wonCount)).arg(QLocale().toString(kpis.lostCount)));
    m_tileValues.value(QStringLiteral("outstanding"))
        ->setText(tr("%1\noverdue %2").arg(Formatting::money(kpis.outstanding, currency), Formatting::money(kpis.overdue, currency)));
    m_tileValues.value(QStringLiteral("attainment"))
        ->setText(kpis.target ? tr("%1\nof %2").arg(rateText(kpis.attainment), Formatting::money(*kpis.target, currency))
                              : tr("no target set"));
}

void DashboardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    const ReportFilter current = filter();
    m_refreshed = true;
    m_error->clear();
    auto kpis = Dashboard::refresh(m_db, current);
    if (!kpis) {
        m_error->setText(kpis.error().text());
        return;
    }
    fillTiles(*kpis);

    QStringList problems;
    for (const ChartPlace &place : kScreen) {
        const Report *report = ReportRegistry::find(place.report);
        if (!report)
            continue;
        auto table = report->run(m_db, current);
        if (!table) {
            problems << table.error().text();
            m_tables.insert(place.report, ReportTable());
            continue;
        }
        m_tables.insert(place.report, *table);
    }
    auto funnel = StageFunnel::fromPipeline(m_db, m_tables.value(kPipeline));
    if (funnel)
        m_funnel = std::move(*funnel);
    else {
        m_funnel.clear();
        problems << funnel.error().text();
    }
    for (const ChartPlace &place : kScreen) {
        ChartPanel *panel = m_panels.value(place.report);
        QWidget *chart = makeChart(place.report, panel, true);
        chart->setObjectName(QStringLiteral("chart_") + place.report);
        panel->setChart(chart, m_tables.value(place.report));
    }
    m_error->setText(problems.join(u'\n'));
    m_lastRefreshMs = double(timer.nsecsElapsed()) / 1e6;
}

QWidget *DashboardPage::makeChart(const QString &name, QWidget *parent, bool interactive)
{
    const ReportTable table = m_tables.value(name);
    const Report *report = ReportRegistry::find(name);
    const QString title = report ? report->title() : name;
    const auto drill = [this, name](int row) {
        const auto [kind, listFilter] = drillDown(name, row);
        Q_EMIT drillDownRequested(kind, listFilter);
    };
    ChartFactory::Clicked clicked;
    if (name == kByMonth || name == kPipeline)
        clicked = [drill](int row, const QString &) { drill(row); };
    else if (name == kFlow)
        clicked = [drill](int row, const QString &key) {
            if (key == u"new_count")
                drill(row);
        };
    if (!interactive)
        clicked = nullptr;

    if (name == kByMonth)
        return ChartFactory::bars(table, QStringLiteral("month"), {QStringLiteral("amount")}, QStringLiteral("amount_last_year"), title,
                                  clicked, parent);
    if (name == kByOwner)
        return ChartFactory::horizontalBars(firstRows(table, kOwnersCharted), QStringLiteral("owner"),
                                            {QStringLiteral("amount"), QStringLiteral("target")}, tr("Contract amount by salesperson vs target"),
                                            clicked, parent);
    if (name == kPipeline)
        return ChartFactory::funnel(m_funnel, tr("Sales funnel (opportunities by stage)"), clicked, parent);
    if (name == kFlow)
        return ChartFactory::bars(table, QStringLiteral("month"),
                                  {QStringLiteral("new_count"), QStringLiteral("won_count"), QStringLiteral("lost_count")}, QString(),
                                  title, clicked, parent);
    if (name == kForecast)
        return ChartFactory::bars(table, QStringLiteral("month"), {QStringLiteral("weighted_amount")}, QStringLiteral("amount"), title,
                                  clicked, parent);
    if (name == kSources)
        return ChartFactory::horizontalBars(table, QStringLiteral("source"), {QStringLiteral("leads"), QStringLiteral("converted")},
                                            tr("Lead sources"), clicked, parent);
    return ChartFactory::bars(agingBuckets(table), QStringLiteral("bucket"), {QStringLiteral("amount")}, QString(),
                              tr("Receivables aging (days past due)"), clicked, parent);
}

std::pair<ListKind, ListFilter> DashboardPage::drillDown(const QString &report, int row) const
{
    ListFilter list;
    const ReportFilter current = filter();
    list.ownerId = current.ownerId;
    list.teamId = current.teamId;
    const ReportTable table = m_tables.value(report);
    if (report == kByMonth || report == kFlow) {
        // That month, within the period.
        const QDate month = QDate::fromString(table.value(row, QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
        list.from = std::max(month, current.from.value_or(month));
        list.to = std::min(month.addMonths(1).addDays(-1), current.to.value_or(month.addMonths(1).addDays(-1)));
        if (report == kFlow) // the opportunities created in that month, whatever became of them
            return {ListKind::Opportunities, list};
        // The contracts signed in that month, in the states that count as signed.
        list.anyState = {QStringLiteral("signed"), QStringLiteral("executing"), QStringLiteral("completed")};
        return {ListKind::Contracts, list};
    }
    // pipeline-by-stage: the opportunities of that stage created in the period.
    auto stages = PipelineStore(m_db).stages();
    if (stages && row >= 0 && row < int(stages->size()))
        list.stageId = stages->at(std::size_t(row)).value(QStringLiteral("id")).toLongLong();
    if (current.from)
        list.from = *current.from;
    if (current.to)
        list.to = *current.to;
    return {ListKind::Opportunities, list};
}

QString DashboardPage::tileText(const QString &key) const
{
    const QLabel *label = m_tileValues.value(key);
    return label ? label->text() : QString();
}

QString DashboardPage::periodText() const
{
    const ReportFilter current = filter();
    const QLocale locale;
    return tr("%1 to %2").arg(locale.toString(current.from.value_or(QDate()), QLocale::ShortFormat),
                              locale.toString(current.to.value_or(QDate()), QLocale::ShortFormat));
}

QString DashboardPage::scopeText() const
{
    if (!m_owner->currentData().isNull())
        return m_owner->currentText();
    if (!m_team->currentData().isNull())
        return m_team->currentText();
    return tr("Everyone");
}

bool DashboardPage::print(QPrinter &printer)
{
    if (!m_refreshed)
        refresh();
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    printer.setDocName(tr("Dashboard"));
    const QRectF paper = printer.pageLayout().paintRect(QPageLayout::Millimeter);

    // The page is laid out apart from the screen: a fixed landscape board
    // with the tiles in one row and the charts in two, drawn from the same
    // tables, so what is printed never depends on the window's shape.
    QWidget board;
    board.setAttribute(Qt::WA_DontShowOnScreen);
    // The fonts documents embed: the PDF then holds the text itself, Chinese
    // included, rather than outlines of every letter.
    // Sizes in pixels of the board: a picture replayed on a printer keeps
    // pixel sizes in proportion, point sizes would grow with the printer's dpi.
    QFont font = DocumentFonts::instance().sans(8);
    font.setPixelSize(13);
    board.setFont(font);
    board.setAutoFillBackground(true);
    QPalette palette = board.palette();
    palette.setColor(QPalette::Window, Qt::white);
    board.setPalette(palette);
    const int width = 1600;
    const int height = int(width * paper.height() / paper.width());
    board.resize(width, height);
    auto *layout = new QVBoxLayout(&board);
    auto *heading = new QLabel(tr("Qianyue dashboard — %1 — %2 — printed %3")
                                   .arg(periodText(), scopeText(), QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)),
                               &board);
    QFont headingFont = font;
    headingFont.setPixelSize(18);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto *tiles = new QHBoxLayout;
    for (const QString &key : kTiles) {
        auto *frame = new QFrame(&board);
        frame->setFrameShape(QFrame::Box);
        auto *inner = new QVBoxLayout(frame);
        inner->addWidget(new QLabel(m_tileTitles.value(key)->text(), frame));
        auto *value = new QLabel(m_tileValues.value(key)->text(), frame);
        QFont strong = font;
        strong.setPixelSize(16);
        strong.setBold(true);
        value->setFont(strong);
        inner->addWidget(value);
        tiles->addWidget(frame, 1);
    }
    layout->addLayout(tiles);
    auto *grid = new QGridLayout;
    std::vector<QWidget *> charts;
    for (const ChartPlace &place : kPrinted) {
        QWidget *chart = makeChart(place.report, &board, false);
        ChartFactory::setFont(chart, font);
        grid->addWidget(chart, place.row, place.column, place.rowSpan, place.columnSpan);
        charts.push_back(chart);
    }
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid, 1);
    board.show();
    layout->activate();
    // Charts lay out their legends and bar labels in posted events, some
    // posted while others are handled: let them all settle before painting.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);

    QPainter painter;
    if (!painter.begin(&printer)) {
        m_error->setText(tr("The dashboard could not be printed: the printer did not start."));
        return false;
    }
    // The board only places things; they are painted here one by one.
    // QWidget::render() would turn everything into one bitmap on a printer,
    // painted this way the PDF keeps text, lines and bars as they are.
    const QRect target = printer.pageLayout().paintRectPixels(printer.resolution());
    const double scale = std::min(double(target.width()) / width, double(target.height()) / height);
    painter.scale(scale, scale);
    painter.setPen(QPen(QColor(0x9a, 0xa3, 0xad), 1));
    for (const QFrame *frame : board.findChildren<QFrame *>()) {
        if (!qobject_cast<const QLabel *>(frame))
            painter.drawRect(QRect(frame->mapTo(&board, QPoint(0, 0)), frame->size()));
    }
    painter.setPen(Qt::black);
    for (const QLabel *label : board.findChildren<QLabel *>()) {
        painter.setFont(label->font());
        painter.drawText(QRect(label->mapTo(&board, QPoint(0, 0)), label->size()), int(label->alignment()) | Qt::TextWordWrap,
                         label->text());
    }
    for (QWidget *chart : charts)
        ChartFactory::paint(chart, painter, QRectF(chart->mapTo(&board, QPoint(0, 0)), chart->size()));
    painter.end();
    return true;
}

void DashboardPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, window());
    dialog.setObjectName(QStringLiteral("dashboardPreview"));
    dialog.setWindowTitle(tr("Print dashboard"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { print(*target); });
    dialog.resize(1100, 800);
    dialog.exec();
}

} // namespace qianyue::ui
