#pragma once

#include "core/analytics/Report.h"

#include <QString>
#include <QWidget>

#include <functional>

namespace qianyue::ui {

/// The one place that knows the chart library. Qt Charts is deprecated from
/// Qt 6.10; the rest of the UI only asks this factory for chart widgets built
/// from plain report tables, so the library can be swapped here alone.
class ChartFactory
{
public:
    /// Called with the row index of the clicked bar.
    using Clicked = std::function<void(int row)>;

    /// Vertical bars of `valueKey` per `categoryKey`, with `lineKey` (may be
    /// empty) drawn as a line over them, e.g. last year's amounts.
    static QWidget *bars(const ReportTable &table, const QString &categoryKey, const QString &valueKey,
                         const QString &lineKey, const QString &title, const Clicked &clicked, QWidget *parent);
    /// Horizontal bars, first row on top: a funnel when the rows are stages in order.
    static QWidget *horizontalBars(const ReportTable &table, const QString &categoryKey, const QString &valueKey,
                                   const QString &title, const Clicked &clicked, QWidget *parent);
    /// A value in major units for an axis: minor units / 100 as an integer, so
    /// the axis never needs floating-point money (the chart itself draws doubles).
    static double axisValue(const ReportTable &table, const QString &key, const QVariant &value);
    /// The chart inside a widget made by this factory, saved as a PNG.
    static bool savePng(QWidget *chart, const QString &path);
};

} // namespace qianyue::ui
