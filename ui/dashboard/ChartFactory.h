#pragma once

#include "core/analytics/Report.h"
#include "core/analytics/StageFunnel.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>
#include <vector>

namespace qianyue::ui {

/// The one place that knows the chart library. Qt Charts is deprecated from
/// Qt 6.10; the rest of the UI only asks this factory for chart widgets built
/// from plain report tables, so the library can be swapped here alone.
///
/// Every chart shows exact values in tooltips and on its axes numbers in the
/// locale's format; money is drawn in whole major units of the table's currency.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    /// Called with the row of the clicked bar and the key of its value column.
    using Clicked = std::function<void(int row, const QString &valueKey)>;

    /// Vertical bars of each of `valueKeys` per `categoryKey` (grouped side by
    /// side), with `lineKey` (may be empty) drawn as a line over them, e.g.
    /// last year's amounts.
    static QWidget *bars(const ReportTable &table, const QString &categoryKey, const QStringList &valueKeys,
                         const QString &lineKey, const QString &title, const Clicked &clicked, QWidget *parent);
    /// Horizontal bars of each of `valueKeys`, first row on top.
    static QWidget *horizontalBars(const ReportTable &table, const QString &categoryKey, const QStringList &valueKeys,
                                   const QString &title, const Clicked &clicked, QWidget *parent);
    /// A funnel: one centred bar per step, first step on top, each labelled
    /// with its count and the conversion into the next step. `clicked` gets
    /// the step's index and "count".
    static QWidget *funnel(const std::vector<FunnelStep> &steps, const QString &title, const Clicked &clicked, QWidget *parent);

    /// Draws every text of a chart made here in `font` (the printed dashboard
    /// uses the fonts documents embed, so its PDF holds real text).
    static void setFont(QWidget *chart, const QFont &font);

    /// Paints a chart made here into `target` of `painter` as lines, shapes
    /// and text (for printing; a widget rendered onto a printer becomes a bitmap).
    static void paint(QWidget *chart, QPainter &painter, const QRectF &target);

    /// A value in major units for an axis: minor units / 100 as an integer, so
    /// the axis never needs floating-point money (the chart itself draws doubles).
    static double axisValue(const ReportTable &table, const QString &key, const QVariant &value);
    /// The exact text of a value as a tooltip shows it: money with its currency
    /// and all minor digits, counts grouped, rates as percentages.
    static QString exactText(const ReportTable &table, qsizetype row, const QString &key);
    /// Where to click on step `step` of a funnel made by funnel(): the widget
    /// receiving the mouse and the point in it (for tests that click like a user).
    static std::pair<QWidget *, QPoint> funnelStepCentre(QWidget *chart, int step);
    /// The tooltip of the bar of `key` in `row`, for tests and the charts.
    static QString tooltip(const ReportTable &table, qsizetype row, const QString &categoryKey, const QString &key);
};

} // namespace qianyue::ui
