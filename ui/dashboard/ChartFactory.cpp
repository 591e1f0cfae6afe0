#include "ui/dashboard/ChartFactory.h"

#include "ui/common/Formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDate>
#include <QRegularExpression>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <set>

namespace qianyue::ui {

namespace {

// Bar colours in the order of a chart's value columns: this period, then
// comparisons, then losses.
const QList<QColor> kPalette = {QColor(0x2f, 0x6f, 0xb2), QColor(0x3f, 0xa3, 0x6b), QColor(0xd0, 0x5a, 0x4e),
                                QColor(0xe0, 0xa1, 0x3a), QColor(0x7a, 0x5c, 0xb8)};
const QColor kLine(0x8a, 0x94, 0xa3);

QChartView *viewOf(QChart *chart, QWidget *parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers in the locale's format: group separators, decimal mark.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    // The page's grid decides the size, not the chart's wish to be large.
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    return view;
}

QString header(const ReportTable &table, const QString &key)
{
    const int column = table.columnIndex(key);
    return column >= 0 ? table.columns[std::size_t(column)].header : key;
}

bool isMoney(const ReportTable &table, const QString &key)
{
    const int column = table.columnIndex(key);
    return column >= 0 && table.columns[std::size_t(column)].kind == ColumnKind::Money;
}

// How money is drawn on a value axis: large amounts in thousands (万 in a
// Chinese locale) so the labels stay short; exact amounts are in the tooltips.
struct AxisScale {
    double divisor = 1;
    QString title;
};

AxisScale axisScale(const ReportTable &table, const QStringList &keys)
{
    AxisScale scale;
    if (keys.isEmpty() || !isMoney(table, keys.front()))
        return scale;
    scale.title = table.currency;
    double top = 0;
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        for (const QString &key : keys)
            top = std::max(top, ChartFactory::axisValue(table, key, table.value(qsizetype(row), key)));
    if (top < 100000)
        return scale;
    if (QLocale().language() == QLocale::Chinese) {
        scale.divisor = 10000;
        scale.title = ChartFactory::tr("%1 (ten thousands)").arg(table.currency);
    } else {
        scale.divisor = 1000;
        scale.title = ChartFactory::tr("%1 (thousands)").arg(table.currency);
    }
    return scale;
}

// The value axis: whole numbers in the locale's format, money titled with its currency and scale.
QValueAxis *valueAxis(const AxisScale &scale, double top)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, top > 0 ? top * 1.12 : 1);
    axis->applyNiceNumbers();
    axis->setTitleText(scale.title);
    return axis;
}

// Axis labels for categories: "YYYY-MM" months shortened in the locale's
// way — "Mar"/"3月" when no month name repeats, otherwise "Mar 26"/"26年3月"
// (the axis needs unique labels) — and other categories as they are.
QStringList categoryTexts(const QStringList &categories)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    std::vector<QDate> months;
    for (const QString &category : categories) {
        const QDate first = month.match(category).hasMatch() ? QDate::fromString(category + QStringLiteral("-01"), Qt::ISODate) : QDate();
        if (!first.isValid())
            return categories;
        months.push_back(first);
    }
    const QLocale locale;
    const bool chinese = locale.language() == QLocale::Chinese;
    std::set<int> seen;
    for (const QDate &first : months)
        seen.insert(first.month());
    const bool monthAlone = seen.size() == months.size();
    QStringList texts;
    for (const QDate &first : months) {
        if (monthAlone)
            texts << locale.toString(first, chinese ? QStringLiteral("M月") : QStringLiteral("MMM"));
        else
            texts << locale.toString(first, chinese ? QStringLiteral("yy年M月") : QStringLiteral("MMM yy"));
    }
    return texts;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

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

QString ChartFactory::exactText(const ReportTable &table, qsizetype row, const QString &key)
{
    const int column = table.columnIndex(key);
    if (column < 0 || row < 0 || row >= qsizetype(table.rows.size()))
        return {};
    const QVariant value = table.rows[std::size_t(row)].at(column);
    if (value.isNull())
        return ChartFactory::tr("—");
    switch (table.columns[std::size_t(column)].kind) {
    case ColumnKind::Money: return Formatting::money(value.toLongLong(), table.currency);
    case ColumnKind::Rate: return Formatting::rate(value.toLongLong());
    case ColumnKind::Count: return QLocale().toString(value.toLongLong());
    case ColumnKind::Date: return Formatting::date(value);
    case ColumnKind::Text: break;
    }
    return value.toString();
}

QString ChartFactory::tooltip(const ReportTable &table, qsizetype row, const QString &categoryKey, const QString &key)
{
    return table.value(row, categoryKey).toString() + QStringLiteral("\n") + header(table, key) + QStringLiteral(": ")
        + exactText(table, row, key);
}

QWidget *ChartFactory::bars(const ReportTable &table, const QString &categoryKey, const QStringList &valueKeys,
                            const QString &lineKey, const QString &title, const Clicked &clicked, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QBarSeries;
    QStringList categories;
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        categories << table.value(qsizetype(row), categoryKey).toString();
    categories = categoryTexts(categories);
    const AxisScale scale = axisScale(table, lineKey.isEmpty() ? valueKeys : valueKeys + QStringList{lineKey});
    double top = 0;
    for (int k = 0; k < valueKeys.size(); ++k) {
        const QString key = valueKeys.at(k);
        auto *set = new QBarSet(header(table, key));
        set->setColor(kPalette.at(k % kPalette.size()));
        set->setBorderColor(Qt::transparent);
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const double value = axisValue(table, key, table.value(qsizetype(row), key)) / scale.divisor;
            *set << value;
            top = std::max(top, value);
        }
        series->append(set);
        QObject::connect(set, &QBarSet::hovered, set, [table, categoryKey, key](bool on, int index) {
            if (on)
                showTip(tooltip(table, index, categoryKey, key));
            else
                QToolTip::hideText();
        });
        if (clicked)
            QObject::connect(set, &QBarSet::clicked, set, [clicked, key](int index) { clicked(index, key); });
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTruncateLabels(false); // short labels, better whole than "J…"
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QLineSeries *line = nullptr;
    if (!lineKey.isEmpty() && table.columnIndex(lineKey) >= 0) {
        line = new QLineSeries;
        line->setName(header(table, lineKey));
        QPen pen(kLine, 2, Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const double value = axisValue(table, lineKey, table.value(qsizetype(row), lineKey)) / scale.divisor;
            line->append(double(row), value);
            top = std::max(top, value);
        }
        QObject::connect(line, &QLineSeries::hovered, line, [table, categoryKey, lineKey](const QPointF &point, bool on) {
            if (on)
                showTip(tooltip(table, qRound(point.x()), categoryKey, lineKey));
            else
                QToolTip::hideText();
        });
    }
    QValueAxis *axisY = valueAxis(scale, top);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (line) {
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    chart->legend()->setVisible(valueKeys.size() > 1 || line);
    return viewOf(chart, parent);
}

QWidget *ChartFactory::horizontalBars(const ReportTable &table, const QString &categoryKey, const QStringList &valueKeys,
                                      const QString &title, const Clicked &clicked, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QHorizontalBarSeries;
    const int rows = int(table.rows.size());
    QStringList categories;
    // Horizontal bar charts draw the first category at the bottom; the first row belongs on top.
    for (int i = rows; i-- > 0;)
        categories << table.value(i, categoryKey).toString();
    categories = categoryTexts(categories);
    const AxisScale scale = axisScale(table, valueKeys);
    double top = 0;
    for (int k = 0; k < valueKeys.size(); ++k) {
        const QString key = valueKeys.at(k);
        auto *set = new QBarSet(header(table, key));
        set->setColor(k == 0 ? kPalette.at(0) : QColor(0xc5, 0xd3, 0xe3));
        set->setBorderColor(Qt::transparent);
        for (int i = rows; i-- > 0;) {
            const double value = axisValue(table, key, table.value(i, key)) / scale.divisor;
            *set << value;
            top = std::max(top, value);
        }
        series->append(set);
        QObject::connect(set, &QBarSet::hovered, set, [table, categoryKey, key, rows](bool on, int index) {
            if (on)
                showTip(tooltip(table, rows - 1 - index, categoryKey, key));
            else
                QToolTip::hideText();
        });
        if (clicked)
            QObject::connect(set, &QBarSet::clicked, set, [clicked, key, rows](int index) { clicked(rows - 1 - index, key); });
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = valueAxis(scale, top);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(valueKeys.size() > 1);
    return viewOf(chart, parent);
}

QWidget *ChartFactory::funnel(const std::vector<FunnelStep> &steps, const QString &title, const Clicked &clicked, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    // A centred bar is an invisible spacer followed by the step's bar, both
    // stacked, the spacer half of what the step lacks to the widest one. Open
    // stages, won and lost are three sets so that each has its own colour;
    // a row has a value in one of them only.
    auto *spacer = new QBarSet(QString());
    spacer->setColor(Qt::transparent);
    spacer->setBorderColor(Qt::transparent);
    spacer->setLabelColor(Qt::transparent);
    const QStringList outcomes = {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
    const QList<QColor> colours = {kPalette.at(0), kPalette.at(1), QColor(0xb0, 0xb7, 0xc3)};
    std::vector<QBarSet *> sets;
    for (int o = 0; o < outcomes.size(); ++o) {
        auto *set = new QBarSet(ChartFactory::tr("Opportunities"));
        set->setColor(colours.at(o));
        set->setBorderColor(Qt::transparent);
        set->setLabelColor(Qt::white);
        sets.push_back(set);
    }
    qint64 widest = 0;
    for (const FunnelStep &step : steps)
        widest = std::max(widest, step.count);
    const int rows = int(steps.size());
    QStringList categories;
    for (int i = rows; i-- > 0;) {
        const FunnelStep &step = steps[std::size_t(i)];
        // Rich text: the conversion into the next step on a second line, in
        // whole percent (the tooltip has the exact rate), so the labels stay narrow.
        QString label = step.stage.toHtmlEscaped();
        if (!step.conversion.isNull()) {
            const qint64 ppm = step.conversion.toLongLong();
            label += QStringLiteral("<br><span style=\"color:#5f6b7a\">↓ ") + Formatting::rate((ppm + 5000) / 10000 * 10000)
                + QStringLiteral("</span>");
        }
        categories << label;
        *spacer << double(widest - step.count) / 2.0;
        const qsizetype outcome = std::max<qsizetype>(0, outcomes.indexOf(step.outcome));
        for (int o = 0; o < outcomes.size(); ++o)
            *sets[std::size_t(o)] << (o == outcome ? double(step.count) : 0.0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(spacer);
    for (QBarSet *set : sets)
        series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, widest > 0 ? double(widest) : 1);
    axisX->setVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    // Counts on the bars themselves.
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));

    for (QBarSet *set : sets) {
        QObject::connect(set, &QBarSet::hovered, set, [steps, rows](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const FunnelStep &step = steps[std::size_t(rows - 1 - index)];
            QString text = ChartFactory::tr("%1\n%2 opportunities in this stage").arg(step.stage, QLocale().toString(step.count));
            if (step.outcome == u"open")
                text += ChartFactory::tr("\n%1 reached it or went further").arg(QLocale().toString(step.reached));
            if (!step.conversion.isNull())
                text += ChartFactory::tr("\n%1 went on to the next stage").arg(Formatting::rate(step.conversion.toLongLong()));
            showTip(text);
        });
        if (clicked)
            QObject::connect(set, &QBarSet::clicked, set, [clicked, rows](int index) { clicked(rows - 1 - index, QStringLiteral("count")); });
    }
    return viewOf(chart, parent);
}

void ChartFactory::paint(QWidget *chartWidget, QPainter &painter, const QRectF &target)
{
    if (auto *view = qobject_cast<QChartView *>(chartWidget))
        view->render(&painter, target, view->viewport()->rect(), Qt::IgnoreAspectRatio);
}

void ChartFactory::setFont(QWidget *chartWidget, const QFont &font)
{
    auto *view = qobject_cast<QChartView *>(chartWidget);
    if (!view)
        return;
    QChart *chart = view->chart();
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(font);
        }
    }
}

std::pair<QWidget *, QPoint> ChartFactory::funnelStepCentre(QWidget *chart, int step)
{
    auto *view = qobject_cast<QChartView *>(chart);
    if (!view || view->chart()->series().isEmpty())
        return {nullptr, QPoint()};
    QChart *drawn = view->chart();
    QAbstractSeries *series = drawn->series().constLast();
    const auto axes = series->attachedAxes();
    QBarCategoryAxis *categories = nullptr;
    QValueAxis *values = nullptr;
    for (QAbstractAxis *axis : axes) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            categories = category;
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            values = value;
    }
    if (!categories || !values)
        return {nullptr, QPoint()};
    // Steps are drawn first on top, so step i is category count − 1 − i; the bars are centred.
    const QPointF value(values->max() / 2.0, double(categories->count() - 1 - step));
    const QPointF scene = drawn->mapToScene(drawn->mapToPosition(value, series));
    return {view->viewport(), view->mapFromScene(scene)};
}

} // namespace qianyue::ui
