#pragma once

#include "core/store/BoardStore.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTimer;
class QToolButton;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class BoardColumn;
class BoardDropZone;

/// The pipeline board (销售漏斗看板): open opportunities as cards in one column
/// per open stage, with each column's count and total over everything the
/// filter matches. Dragging a card to another column changes its stage
/// through OpportunityWorkflow; dropping it on Won or Lost closes it.
/// Data is read when the board is first shown or on reload().
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    /// Cards shown per column by default: the rest are counted, not loaded.
    static constexpr int kDefaultCardLimit = 100;

    explicit PipelineBoard(Database &database, QWidget *parent = nullptr);

    /// How many cards a column shows at most (the soonest expected close first).
    void setCardLimit(int limit);
    int cardLimit() const { return m_cardLimit; }

    /// Shows one salesperson's opportunities only (nullopt: everyone) and re-reads.
    void setOwnerFilter(std::optional<qint64> ownerId);
    /// Narrows to opportunities whose name, code or customer contains `text`, and re-reads at once.
    void setTextFilter(const QString &text);
    /// The filter the board shows now.
    BoardFilter filter() const;

    /// The open stages shown, in column order, with their counts and totals.
    const std::vector<BoardStage> &stages() const { return m_stages; }
    /// The column of cards of a stage, or nullptr.
    BoardColumn *column(qint64 stageId) const;
    /// The header label of a stage's column, or nullptr.
    QLabel *header(qint64 stageId) const;
    /// How many matching opportunities of a stage are counted but not shown as cards.
    qint64 hiddenCards(qint64 stageId) const;
    /// The last load error, empty after a good load.
    QString lastError() const { return m_lastError; }

    /// Moves an open opportunity to another open stage through the workflow
    /// (stage history included) and re-reads the board. A refusal is returned, not shown.
    Result<void> moveCard(qint64 opportunityId, qint64 stageId);
    /// Marks the opportunity won through the workflow and re-reads the board.
    Result<void> winCard(qint64 opportunityId);
    /// Marks the opportunity lost with `reason` through the workflow and re-reads the board.
    Result<void> loseCard(qint64 opportunityId, const QString &reason);

    /// Marks what is shown as out of date (records changed elsewhere): re-read
    /// now when in view, else when next shown, so hidden boards cost nothing.
    void invalidate();

public Q_SLOTS:
    /// Re-reads stages, counts, totals and cards for the current filter.
    void reload();

Q_SIGNALS:
    /// The user asked to open a record (double-click or Enter on a card).
    void openRequested(const QString &table, qint64 id);
    /// Opportunities were changed from the board: lists showing them should re-read.
    void opportunitiesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Column {
        qint64 stageId = 0;
        QFrame *frame = nullptr;
        QLabel *header = nullptr;
        BoardColumn *cards = nullptr;
        QLabel *more = nullptr;
    };

    void retranslate();
    void fillOwners();
    void ensureColumns();
    void updateHeaders();
    QString stageName(const BoardStage &stage) const;
    QString cardName(qint64 opportunityId) const;
    const Column *columnOf(qint64 stageId) const;
    void showError(const QString &text);

    // The interactive paths: they ask what is needed and show refusals.
    void dropOnStage(qint64 opportunityId, qint64 stageId);
    void dropOnOutcome(qint64 opportunityId, const QString &outcome);
    void showCardMenu(qint64 opportunityId, const QPoint &globalPos);
    Result<void> afterChange(Result<void> done);

    Database &m_db;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_reload = nullptr;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    QHBoxLayout *m_strip = nullptr;
    BoardDropZone *m_won = nullptr;
    BoardDropZone *m_lost = nullptr;
    QTimer *m_textDelay = nullptr;
    std::vector<Column> m_columns;
    std::vector<BoardStage> m_stages;
    QString m_lastError;
    int m_cardLimit = kDefaultCardLimit;
    bool m_loaded = false;
};

} // namespace qianyue::ui
