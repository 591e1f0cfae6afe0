#pragma once

#include "core/analytics/Report.h"
#include "core/store/ListStore.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// The manager's morning page: KPI tiles for the chosen period and owner, and
/// charts of contract amount by month, the pipeline by stage and the forecast,
/// all refreshed together; clicking a bar opens the list of exactly those records.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { ThisMonth, ThisQuarter, ThisYear, Last12Months };

    DashboardPage(Database &database, QWidget *parent = nullptr);

    /// Recomputes tiles and charts for the current period and owner.
    void refresh();
    void setPeriod(Period period);
    /// The filter the tiles and charts use now.
    ReportFilter filter() const;
    /// The list behind one bar: kind and filter (used by clicks and tests).
    std::pair<ListKind, ListFilter> drillDown(const QString &report, int row) const;
    /// The text of a KPI tile by key ("signed", "pipeline", "win_rate", "outstanding", "attainment").
    QString tileText(const QString &key) const;

Q_SIGNALS:
    void drillDownRequested(qianyue::ListKind kind, const qianyue::ListFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addTile(const QString &key, int column);
    void retranslate();
    void replaceChart(int slot, QWidget *chart);

    Database &m_db;
    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_error = nullptr;
    QGridLayout *m_tiles = nullptr;
    QGridLayout *m_charts = nullptr;
    QHash<QString, QLabel *> m_tileValues;
    QHash<QString, QLabel *> m_tileTitles;
    QHash<QString, ReportTable> m_tables;
    std::vector<QWidget *> m_chartSlots;
    bool m_refreshed = false;
};

} // namespace qianyue::ui
