#include "ui/records/OrderQuantitiesDialog.h"

#include "core/domain/Quantity.h"
#include "core/store/FulfilmentStore.h"
#include "core/store/LineStore.h"
#include "core/workflow/SalesOrderWorkflow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

constexpr int kLineIdRole = Qt::UserRole + 1;

QTableWidgetItem *readOnly(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrderQuantitiesDialog::OrderQuantitiesDialog(Database &database, qint64 contractId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_contractId(contractId)
    , m_table(new QTableWidget(0, Count, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("orderQuantities"));
    setWindowTitle(tr("Order part of the contract"));
    resize(640, 360);
    m_table->setObjectName(QStringLiteral("orderLines"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Contracted"), tr("Ordered"), tr("Remaining"), tr("Order now")});
    m_table->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create order"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOrder"));
    connect(m_create, &QPushButton::clicked, this, &OrderQuantitiesDialog::createOrder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Type how much of each line to order now; 0 leaves a line out."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Enter finishes the quantity being typed; it must not press a button of the dialog.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    load();
}

void OrderQuantitiesDialog::load()
{
    auto lines = LineStore(m_db).lines(LineDocument::Contract, m_contractId);
    auto ordered = FulfilmentStore(m_db).orderedPerContractLine(m_contractId);
    if (!lines || !ordered) {
        m_message->setText(!lines ? lines.error().text() : ordered.error().text());
        m_create->setEnabled(false);
        return;
    }
    for (const DocumentLine &line : *lines) {
        const Quantity done = ordered->value(line.id);
        const Quantity left = Quantity::fromThousandths(line.quantity.thousandths() - done.thousandths());
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *product = readOnly(line.description, false);
        product->setData(kLineIdRole, line.id);
        m_table->setItem(row, Product, product);
        m_table->setItem(row, Contracted, readOnly(line.quantity.toString() + QLatin1Char(' ') + line.unit, true));
        m_table->setItem(row, Ordered, readOnly(done.toString(), true));
        m_table->setItem(row, Remaining, readOnly(left.toString(), true));
        auto *now = new QTableWidgetItem(left.toString());
        now->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, OrderNow, now);
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, OrderNow);
}

bool OrderQuantitiesDialog::createOrder()
{
    OrderQuantities quantities;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, OrderNow)->text().trimmed();
        auto quantity = Quantity::parse(text.isEmpty() ? QStringLiteral("0") : text);
        if (!quantity) {
            m_message->setText(tr("Line %1 (%2): %3").arg(row + 1).arg(m_table->item(row, Product)->text(), quantity.error().message));
            m_table->setCurrentCell(row, OrderNow);
            return false;
        }
        if (!quantity->isZero())
            quantities.emplace_back(m_table->item(row, Product)->data(kLineIdRole).toLongLong(), *quantity);
    }
    if (quantities.empty()) {
        m_message->setText(tr("Nothing to order: every quantity is 0."));
        return false;
    }
    auto created = SalesOrderWorkflow(m_db).createFromContract(m_contractId, quantities);
    if (!created) {
        m_message->setText(created.error().text());
        return false;
    }
    m_orderId = *created;
    Q_EMIT orderCreated(m_orderId);
    accept();
    return true;
}

void OrderQuantitiesDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter finishes the cell (or adds the product typed); the dialog must not
    // turn it into a click on its default button.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace qianyue::ui
