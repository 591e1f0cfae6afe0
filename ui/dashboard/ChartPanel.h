#pragma once

#include "core/analytics/Report.h"
#include "core/domain/Error.h"

#include <QFrame>
#include <QHash>

#include <functional>

class QAction;
class QToolButton;
class QVBoxLayout;

namespace qianyue::ui {

/// One dashboard chart with its export menu: the chart as PNG or PDF and the
/// report rows behind it as CSV, from a small button in its corner or the
/// chart's context menu.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    /// Asks where to save, starting from `suggestedPath` with `filter`; empty when cancelled.
    using FileChooser = std::function<QString(const QString &suggestedPath, const QString &filter)>;

    /// A panel for the report `reportName` (used for file names).
    ChartPanel(const QString &reportName, QWidget *parent = nullptr);

    /// Shows `chart` (made by ChartFactory; the panel takes it) drawn from `table`.
    void setChart(QWidget *chart, const ReportTable &table);
    QWidget *chart() const { return m_chart; }
    const ReportTable &table() const { return m_table; }
    QString reportName() const { return m_report; }

    /// The chart as it is on screen, as a PNG picture.
    Result<void> exportPng(const QString &path) const;
    /// The chart as a one-page vector PDF the size of the chart.
    Result<void> exportPdf(const QString &path) const;
    /// The report rows as CSV (UTF-8 with a byte-order mark, for spreadsheets):
    /// the same columns and values as `qianyue-cli report NAME --format csv`.
    Result<void> exportCsv(const QString &path) const;

    /// The export actions by name: "png", "pdf", "csv".
    QAction *action(const QString &name) const { return m_actions.value(name); }
    /// The last problem shown, for tests.
    QString lastMessage() const { return m_lastMessage; }
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void exportInteractive(const QString &kind);

    QString m_report;
    ReportTable m_table;
    QWidget *m_chart = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QToolButton *m_menuButton = nullptr;
    QHash<QString, QAction *> m_actions;
    FileChooser m_choose;
    QString m_lastMessage;
};

} // namespace qianyue::ui
