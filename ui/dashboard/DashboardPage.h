#pragma once

#include "core/analytics/Dashboard.h"
#include "core/analytics/Report.h"
#include "core/analytics/StageFunnel.h"
#include "core/store/ListStore.h"

#include <QWidget>

#include <map>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPrinter;
class QPushButton;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class ChartPanel;

/// The manager's morning page: KPI tiles for the chosen period and owner or
/// team, and charts of contract amount by month, by salesperson against
/// target, the pipeline as a funnel, the opportunity flow, the forecast, lead
/// sources and receivables aging, all refreshed together. Clicking a bar or a
/// funnel step opens the list of exactly those records; each chart exports
/// as PNG, PDF and CSV, and the whole page prints on one A4 landscape sheet.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { ThisMonth, ThisQuarter, ThisYear, Last12Months, Custom };

    DashboardPage(Database &database, QWidget *parent = nullptr);

    /// Recomputes tiles and charts for the current period and owner or team.
    void refresh();
    void setPeriod(Period period);
    /// Chooses the custom period from `from` to `to`.
    void setCustomPeriod(const QDate &from, const QDate &to);
    /// Shows one salesperson's figures, or everyone's (of the chosen team) with nullopt.
    void setOwner(std::optional<qint64> userId);
    /// Shows one team's figures, or every team's with nullopt; clears the salesperson.
    void setTeam(std::optional<qint64> teamId);
    /// The filter the tiles and charts use now.
    ReportFilter filter() const;
    /// The list behind one bar: kind and filter (used by clicks and tests).
    std::pair<ListKind, ListFilter> drillDown(const QString &report, int row) const;
    /// The text of a KPI tile by key ("signed", "pipeline", "win_rate", "outstanding", "attainment").
    QString tileText(const QString &key) const;
    /// The chart panel of a report ("pipeline-by-stage", …), or nullptr.
    ChartPanel *panel(const QString &report) const;
    /// The funnel steps drawn now.
    const std::vector<FunnelStep> &funnel() const { return m_funnel; }
    /// How long the last refresh took, in milliseconds (queries and charts).
    double lastRefreshMs() const { return m_lastRefreshMs; }

    /// Paints the whole dashboard on one A4 landscape page of `printer`.
    bool print(QPrinter &printer);
    /// Opens the print preview of the dashboard.
    void printPreview();

Q_SIGNALS:
    void drillDownRequested(qianyue::ListKind kind, const qianyue::ListFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void fillOwners();
    void chooseDefaultScope();
    void addTile(const QString &key, int column);
    void retranslate();
    void fillTiles(const DashboardKpis &kpis);
    QWidget *makeChart(const QString &report, QWidget *parent, bool interactive);
    QString scopeText() const;
    QString periodText() const;
    void periodChanged();

    Database &m_db;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_owner = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_error = nullptr;
    QGridLayout *m_tiles = nullptr;
    QGridLayout *m_charts = nullptr;
    QHash<QString, QLabel *> m_tileValues;
    QHash<QString, QLabel *> m_tileTitles;
    QHash<QString, ReportTable> m_tables;
    QHash<QString, ChartPanel *> m_panels;
    std::vector<FunnelStep> m_funnel;
    /// Active salespeople: id → (name, team).
    std::map<qint64, std::pair<QString, std::optional<qint64>>> m_people;
    bool m_refreshed = false;
    bool m_filling = false;
    double m_lastRefreshMs = 0;
};

} // namespace qianyue::ui
