#include "ui/dashboard/ChartFactory.h"

#include "ui/common/Formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

namespace qianyue::ui {

double ChartFactory::axisValue(const ReportTable &table, const QString &key, const QVariant &value)
{
    const int column = table.columnIndex(key);
    if (column < 0 || value.isNull())
        return 0;
    // Drawing only: charts plot doubles. Money is shown in whole major units,
    // exact figures are in the tooltips and the exported CSV.
    if (table.columns[std::size_t(column)].kind == ColumnKind::Money)
        return double(value.toLongLong() / 100);
    return double(value.toLongLong());
}

namespace {

QChartView *viewOf(QChart *chart, QWidget *parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QString tooltip(const ReportTable &table, int row, const QString &key)
{
    const int column = table.columnIndex(key);
    if (column < 0)
        return {};
    const QVariant value = table.rows[std::size_t(row)].at(column);
    if (table.columns[std::size_t(column)].kind == ColumnKind::Money)
        return Formatting::money(value.toLongLong(), table.currency);
    return value.toString();
}

} // namespace

QWidget *ChartFactory::bars(const ReportTable &table, const QString &categoryKey, const QString &valueKey,
                            const QString &lineKey, const QString &title, const Clicked &clicked, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    const int valueColumn = table.columnIndex(valueKey);
    auto *set = new QBarSet(valueColumn >= 0 ? table.columns[std::size_t(valueColumn)].header : valueKey);
    QStringList categories;
    double top = 0;
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        categories << table.value(qsizetype(row), categoryKey).toString();
        const double value = axisValue(table, valueKey, table.value(qsizetype(row), valueKey));
        *set << value;
        top = std::max(top, value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (!lineKey.isEmpty() && table.columnIndex(lineKey) >= 0) {
        auto *line = new QLineSeries;
        line->setName(table.columns[std::size_t(table.columnIndex(lineKey))].header);
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const double value = axisValue(table, lineKey, table.value(qsizetype(row), lineKey));
            line->append(double(row), value);
            top = std::max(top, value);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    axisY->setRange(0, top > 0 ? top * 1.1 : 1);
    QObject::connect(set, &QBarSet::hovered, set, [set, table, valueKey](bool on, int index) {
        set->setLabel(on ? tooltip(table, index, valueKey) : table.columns[std::size_t(table.columnIndex(valueKey))].header);
    });
    if (clicked)
        QObject::connect(set, &QBarSet::clicked, set, [clicked](int index) { clicked(index); });
    return viewOf(chart, parent);
}

QWidget *ChartFactory::horizontalBars(const ReportTable &table, const QString &categoryKey, const QString &valueKey,
                                      const QString &title, const Clicked &clicked, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    const int valueColumn = table.columnIndex(valueKey);
    auto *set = new QBarSet(valueColumn >= 0 ? table.columns[std::size_t(valueColumn)].header : valueKey);
    QStringList categories;
    double top = 0;
    // Horizontal bar charts draw the first category at the bottom; a funnel reads from the top.
    for (std::size_t i = table.rows.size(); i-- > 0;) {
        categories << table.value(qsizetype(i), categoryKey).toString();
        const double value = axisValue(table, valueKey, table.value(qsizetype(i), valueKey));
        *set << value;
        top = std::max(top, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // stage names are short and must stay readable
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setRange(0, top > 0 ? top * 1.15 : 1);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const int rows = int(table.rows.size());
    if (clicked)
        QObject::connect(set, &QBarSet::clicked, set, [clicked, rows](int index) { clicked(rows - 1 - index); });
    return viewOf(chart, parent);
}

bool ChartFactory::savePng(QWidget *chart, const QString &path)
{
    return chart->grab().save(path, "PNG");
}

} // namespace qianyue::ui
