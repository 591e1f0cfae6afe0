#include "ui/dashboard/DashboardPage.h"

#include "core/analytics/Dashboard.h"
#include "core/store/Database.h"
#include "core/store/PipelineStore.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/ChartFactory.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

const QStringList kTiles = {QStringLiteral("signed"), QStringLiteral("pipeline"), QStringLiteral("win_rate"),
                            QStringLiteral("outstanding"), QStringLiteral("attainment")};

QString rateText(const std::optional<Rate> &rate)
{
    return rate ? Formatting::rate(rate->millionths()) : DashboardPage::tr("—");
}

} // namespace

DashboardPage::DashboardPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_period(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_tiles(new QGridLayout)
    , m_charts(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboard"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_owner->setObjectName(QStringLiteral("dashboardOwner"));
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString(), i);
    m_owner->addItem(QString(), QVariant());
    if (auto users = ListStore(m_db).activeUsers(); users) {
        for (const auto &[id, name] : *users)
            m_owner->addItem(name, id);
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_owner);
    bar->addStretch(1);
    for (int i = 0; i < kTiles.size(); ++i)
        addTile(kTiles.at(i), i);
    for (int slot = 0; slot < 3; ++slot) {
        auto *placeholder = new QWidget(this);
        m_chartSlots.push_back(placeholder);
        m_charts->addWidget(placeholder, slot / 2, slot % 2);
    }

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
    m_owner->setItemText(0, tr("Everyone"));
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

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(static_cast<int>(period));
}

ReportFilter DashboardPage::filter() const
{
    ReportFilter filter;
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::ThisMonth: filter.from = monthStart; break;
    case Period::ThisQuarter: filter.from = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1); break;
    case Period::ThisYear: filter.from = QDate(today.year(), 1, 1); break;
    case Period::Last12Months: filter.from = monthStart.addMonths(-11); break;
    }
    filter.to = today;
    filter.asOf = today;
    if (!m_owner->currentData().isNull())
        filter.ownerId = m_owner->currentData().toLongLong();
    return filter;
}

void DashboardPage::replaceChart(int slot, QWidget *chart)
{
    QWidget *old = m_chartSlots[std::size_t(slot)];
    m_charts->replaceWidget(old, chart);
    old->deleteLater();
    m_chartSlots[std::size_t(slot)] = chart;
}

void DashboardPage::refresh()
{
    const ReportFilter current = filter();
    m_refreshed = true;
    m_error->clear();
    auto kpis = Dashboard::refresh(m_db, current);
    if (!kpis) {
        m_error->setText(kpis.error().text());
        return;
    }
    const QString currency = kpis->currency;
    m_tileValues.value(QStringLiteral("signed"))
        ->setText(tr("%1 in %2 contracts\nbefore: %3 (%4)")
                      .arg(Formatting::money(kpis->signedAmount, currency))
                      .arg(kpis->signedCount)
                      .arg(Formatting::money(kpis->previousSignedAmount, currency), rateText(kpis->signedChange)));
    m_tileValues.value(QStringLiteral("pipeline"))
        ->setText(tr("%1 open, %2 new\nweighted %3")
                      .arg(kpis->openOpportunities)
                      .arg(kpis->newOpportunities)
                      .arg(Formatting::money(kpis->weightedOpenAmount, currency)));
    m_tileValues.value(QStringLiteral("win_rate"))
        ->setText(tr("%1\n%2 won, %3 lost").arg(rateText(kpis->winRate)).arg(kpis->wonCount).arg(kpis->lostCount));
    m_tileValues.value(QStringLiteral("outstanding"))
        ->setText(tr("%1\noverdue %2").arg(Formatting::money(kpis->outstanding, currency), Formatting::money(kpis->overdue, currency)));
    m_tileValues.value(QStringLiteral("attainment"))
        ->setText(kpis->target ? tr("%1\nof %2").arg(rateText(kpis->attainment), Formatting::money(*kpis->target, currency))
                               : tr("no target set"));

    const std::vector<std::tuple<int, QString, bool>> charts = {
        {0, QStringLiteral("contract-amount-by-month"), false},
        {1, QStringLiteral("pipeline-by-stage"), true},
        {2, QStringLiteral("forecast-by-month"), false},
    };
    for (const auto &[slot, name, horizontal] : charts) {
        const Report *report = ReportRegistry::find(name);
        if (!report)
            continue;
        auto table = report->run(m_db, current);
        if (!table) {
            m_error->setText(table.error().text());
            continue;
        }
        m_tables.insert(name, *table);
        const QString reportName = name;
        const auto clicked = [this, reportName](int row) {
            const auto [kind, listFilter] = drillDown(reportName, row);
            Q_EMIT drillDownRequested(kind, listFilter);
        };
        QWidget *chart = nullptr;
        if (name == u"contract-amount-by-month")
            chart = ChartFactory::bars(*table, QStringLiteral("month"), QStringLiteral("amount"), QStringLiteral("amount_last_year"),
                                       report->title(), clicked, this);
        else if (horizontal)
            chart = ChartFactory::horizontalBars(*table, QStringLiteral("stage"), QStringLiteral("count"), report->title(), clicked, this);
        else
            chart = ChartFactory::bars(*table, table->columns.front().key, table->columns.at(std::min<std::size_t>(1, table->columns.size() - 1)).key,
                                       QString(), report->title(), nullptr, this);
        chart->setObjectName(QStringLiteral("chart_") + name);
        replaceChart(slot, chart);
    }
}

std::pair<ListKind, ListFilter> DashboardPage::drillDown(const QString &report, int row) const
{
    ListFilter list;
    list.ownerId = filter().ownerId;
    const ReportTable table = m_tables.value(report);
    if (report == u"contract-amount-by-month") {
        // The contracts signed in that month (and within the period), in the states that count as signed.
        const QDate month = QDate::fromString(table.value(row, QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
        const ReportFilter current = filter();
        list.from = std::max(month, current.from.value_or(month));
        list.to = std::min(month.addMonths(1).addDays(-1), current.to.value_or(month.addMonths(1).addDays(-1)));
        list.anyState = {QStringLiteral("signed"), QStringLiteral("executing"), QStringLiteral("completed")};
        return {ListKind::Contracts, list};
    }
    // pipeline-by-stage: the opportunities of that stage created in the period.
    auto stages = PipelineStore(m_db).stages();
    if (stages && row >= 0 && row < int(stages->size()))
        list.stageId = stages->at(std::size_t(row)).value(QStringLiteral("id")).toLongLong();
    const ReportFilter current = filter();
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

} // namespace qianyue::ui
