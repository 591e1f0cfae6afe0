#pragma once

#include "core/domain/DocumentLine.h"
#include "core/store/LineStore.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// Edits the lines of a quote or contract being drafted: product picked by
/// typing (searched in SQL), quantity, unit, unit price, discount and tax
/// rate, with live line and document totals computed by the core's line math;
/// rows move up and down with Ctrl+Up / Ctrl+Down or by dragging, and everything works from
/// the keyboard. Saving goes through the workflow, which refuses it once the
/// document has left its draft state.
class LineEditor : public QDialog
{
    Q_OBJECT

public:
    LineEditor(Database &database, LineDocument document, qint64 documentId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Adds a line for a product found by SKU or name (the first match).
    bool addProduct(const QString &skuOrName);
    /// Moves a line up (-1) or down (+1).
    void moveLine(int row, int direction);
    /// Moves the line at `from` to position `to`, as dragging it there does.
    void moveLineTo(int from, int to);
    /// The lines as the table holds them; an error names the row and column that is wrong.
    Result<std::vector<DocumentLine>> lines() const;
    /// The totals shown under the table.
    QString totalsText() const;
    /// Saves through the workflow; false (with the message shown) when refused.
    bool save();

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum Column { Product, Description, Specification, Unit, QuantityColumn, Price, Discount, Tax, Amount, Count };

    void load();
    void appendLine(const DocumentLine &line);
    void recompute();

    Database &m_db;
    LineDocument m_document;
    qint64 m_documentId;
    QString m_currency;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    bool m_loading = false;
};

} // namespace qianyue::ui
