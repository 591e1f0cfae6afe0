#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// Orders part of a contract: each contract line with what was contracted,
/// what is already ordered and what remains, and a quantity to order now
/// (the rest by default). Creating the order goes through the workflow,
/// which refuses more than remains; the refusal is shown and the dialog stays.
class OrderQuantitiesDialog : public QDialog
{
    Q_OBJECT

public:
    OrderQuantitiesDialog(Database &database, qint64 contractId, QWidget *parent = nullptr);

    enum Column { Product, Contracted, Ordered, Remaining, OrderNow, Count };
    QTableWidget *table() const { return m_table; }
    /// Creates the order of the quantities typed; false with the message shown when refused.
    bool createOrder();
    /// The order created, 0 before.
    qint64 createdOrderId() const { return m_orderId; }

Q_SIGNALS:
    void orderCreated(qint64 orderId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load();

    Database &m_db;
    qint64 m_contractId;
    qint64 m_orderId = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace qianyue::ui
