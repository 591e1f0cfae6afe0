#pragma once

#include "core/store/ListStore.h"
#include "core/store/RecordStore.h"

#include <QDialog>

class QAbstractButton;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class ChainBreadcrumb;

/// One record, read from the store: its fields, its history from the audit
/// log, for customers the 360° summary, and the next steps of the sales
/// chain as buttons — only the steps the workflow allows from its state.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(Database &database, const QString &table, qint64 id, QWidget *parent = nullptr);

    QString table() const { return m_table; }
    qint64 recordId() const { return m_id; }
    /// The chain actions offered right now, by their stable names ("sign", "create_order").
    QStringList offeredActions() const;
    /// Runs a chain action as its button would (prompts use defaults when `interactive` is false).
    bool trigger(const QString &action, bool interactive = true);
    /// The tabs: Details, the related records of this kind of record, History.
    QTabWidget *tabs() const { return m_tabs; }
    /// Where it came from and what came of it along the sales chain.
    ChainBreadcrumb *breadcrumb() const { return m_breadcrumb; }
    /// Puts a button for an extra action (print, export…) in the bottom row, left of Close.
    void addExtraButton(QAbstractButton *button);

Q_SIGNALS:
    /// A step created or changed records: lists should re-read.
    void recordsChanged();
    /// A step created a new record the user should see next.
    void openRecord(const QString &table, qint64 id);

private:
    void reload();
    void fillFields(const Fields &record);
    void fillHistory();
    void fillSummary();
    void fillActions(const Fields &record);
    void addRelatedTabs();
    void addRelatedList(ListKind kind, const QString &title, const ListFilter &filter);
    void fillLines();
    void fillStageHistory();
    void reloadRelated();
    void orderPart();
    /// After approving a quote or signing a contract: stores the frozen version's PDF.
    void freezePdfAfter(const QString &action, bool interactive);
    Result<std::optional<std::pair<QString, qint64>>> run(const QString &action, bool interactive);
    QString askText(const QString &title, const QString &label, bool interactive, const QString &fallback);
    std::optional<qint64> askUser(const QString &title, bool managersOnly, bool interactive);

    Database &m_db;
    QString m_table;
    qint64 m_id;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QFormLayout *m_fields = nullptr;
    QTableWidget *m_history = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChainBreadcrumb *m_breadcrumb = nullptr;
    QHBoxLayout *m_extraButtons = nullptr;
    QTableWidget *m_lines = nullptr;  ///< quotes, contracts, orders
    QTableWidget *m_stages = nullptr; ///< opportunities
    QStringList m_offered;
    bool m_reloaded = false;
};

} // namespace qianyue::ui
