#include "ui/records/LineEditor.h"

#include "core/domain/LineMath.h"
#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/RecordStore.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "ui/common/Formatting.h"

#include <QCompleter>
#include <QDropEvent>
#include <QMimeData>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {
constexpr int kProductIdRole = Qt::UserRole + 1;
} // namespace

LineEditor::LineEditor(Database &database, LineDocument document, qint64 documentId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_document(document)
    , m_documentId(documentId)
    , m_table(new QTableWidget(0, Count, this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("lineEditor"));
    setWindowTitle(tr("Lines"));
    resize(1000, 520);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Description"), tr("Specification"), tr("Unit"), tr("Quantity"),
                                        tr("Unit price"), tr("Discount %"), tr("Tax %"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are dragged to a new place; the drop is handled here (see eventFilter) so
    // a line moves whole instead of the table copying cells over another line.
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDropIndicatorShown(true);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            recompute();
    });

    // The product box searches products in SQL as the user types: 100 000 products stay instant.
    auto *picker = new QLineEdit(this);
    picker->setObjectName(QStringLiteral("productPicker"));
    picker->setPlaceholderText(tr("Add a product: type its name or SKU and press Enter"));
    auto *names = new QStringListModel(picker);
    auto *completer = new QCompleter(names, picker);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    picker->setCompleter(completer);
    connect(picker, &QLineEdit::textEdited, this, [this, names](const QString &text) {
        ListFilter filter;
        filter.text = text;
        QStringList found;
        if (auto page = ListStore(m_db).page(ListKind::Products, filter, {}, 20); page) {
            for (const QVariantList &row : *page)
                found << row.at(2).toString();
        }
        names->setStringList(found);
    });
    connect(picker, &QLineEdit::returnPressed, this, [this, picker] {
        if (addProduct(picker->text()))
            picker->clear();
    });

    auto *remove = new QPushButton(tr("Remove line"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            recompute();
        }
    });
    auto *up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_table, [this] { moveLine(m_table->currentRow(), -1); });
    auto *down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_table, [this] { moveLine(m_table->currentRow(), 1); });
    Q_UNUSED(up);
    Q_UNUSED(down);
    auto *moveUp = new QPushButton(tr("Move up"), this);
    auto *moveDown = new QPushButton(tr("Move down"), this);
    connect(moveUp, &QPushButton::clicked, this, [this] { moveLine(m_table->currentRow(), -1); });
    connect(moveDown, &QPushButton::clicked, this, [this] { moveLine(m_table->currentRow(), 1); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_message->setWordWrap(true);
    m_totals->setAlignment(Qt::AlignRight);
    m_totals->setObjectName(QStringLiteral("totals"));

    // Enter finishes a cell or adds the product typed; it must never press a button
    // (a dialog's default button would move a line or save half-typed lines).
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(picker, 1);
    tools->addWidget(moveUp);
    tools->addWidget(moveDown);
    tools->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    load();
}

void LineEditor::load()
{
    auto header = RecordStore(m_db).get(LineStore::headerTable(m_document), m_documentId);
    m_currency = header ? header->value(QStringLiteral("currency")).toString() : QStringLiteral("CNY");
    auto stored = LineStore(m_db).lines(m_document, m_documentId);
    m_loading = true;
    m_table->setRowCount(0);
    if (stored) {
        for (const DocumentLine &line : *stored)
            appendLine(line);
    } else {
        m_message->setText(stored.error().text());
    }
    m_loading = false;
    recompute();
}

void LineEditor::appendLine(const DocumentLine &line)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *product = new QTableWidgetItem(line.description);
    product->setData(kProductIdRole, line.productId ? QVariant(*line.productId) : QVariant());
    product->setFlags(product->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Product, product);
    m_table->setItem(row, Description, new QTableWidgetItem(line.description));
    m_table->setItem(row, Specification, new QTableWidgetItem(line.specification));
    m_table->setItem(row, Unit, new QTableWidgetItem(line.unit));
    m_table->setItem(row, QuantityColumn, new QTableWidgetItem(line.quantity.toString()));
    m_table->setItem(row, Price, new QTableWidgetItem(line.unitPrice.toDecimalString()));
    m_table->setItem(row, Discount, new QTableWidgetItem(line.discount.toPercentString()));
    m_table->setItem(row, Tax, new QTableWidgetItem(line.taxRate.toPercentString()));
    auto *amount = new QTableWidgetItem;
    amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Amount, amount);
    for (int column : {QuantityColumn, Price, Discount, Tax, Amount})
        m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_loading = wasLoading;
}

bool LineEditor::addProduct(const QString &skuOrName)
{
    RecordStore records(m_db);
    auto id = records.findId(QStringLiteral("products"), QStringLiteral("sku"), skuOrName);
    if (id && !*id)
        id = records.findId(QStringLiteral("products"), QStringLiteral("name"), skuOrName);
    if (!id || !*id) {
        m_message->setText(tr("No product is called '%1'.").arg(skuOrName));
        return false;
    }
    auto product = records.get(QStringLiteral("products"), **id);
    if (!product)
        return false;
    if (product->value(QStringLiteral("currency")).toString() != m_currency) {
        m_message->setText(tr("%1 is priced in %2; this document is in %3.")
                               .arg(product->value(QStringLiteral("name")).toString(),
                                    product->value(QStringLiteral("currency")).toString(), m_currency));
        return false;
    }
    DocumentLine line;
    line.productId = **id;
    line.description = product->value(QStringLiteral("name")).toString();
    line.specification = product->value(QStringLiteral("specification")).toString();
    line.unit = product->value(QStringLiteral("unit")).toString();
    line.quantity = Quantity::fromInt(1);
    line.unitPrice = Money(product->value(QStringLiteral("list_price")).toLongLong(), m_currency);
    line.taxRate = Rate::fromMillionths(product->value(QStringLiteral("tax_rate_ppm")).toLongLong());
    appendLine(line);
    m_table->setCurrentCell(m_table->rowCount() - 1, QuantityColumn);
    m_message->clear();
    recompute();
    return true;
}

void LineEditor::moveLine(int row, int direction)
{
    const int target = row + direction;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    m_loading = true;
    for (int column = 0; column < Count; ++column) {
        QTableWidgetItem *a = m_table->takeItem(row, column);
        QTableWidgetItem *b = m_table->takeItem(target, column);
        m_table->setItem(row, column, b);
        m_table->setItem(target, column, a);
    }
    m_loading = false;
    m_table->setCurrentCell(target, m_table->currentColumn());
    recompute();
}

Result<std::vector<DocumentLine>> LineEditor::lines() const
{
    std::vector<DocumentLine> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString(); };
        const QString where = tr("line %1").arg(row + 1);
        DocumentLine line;
        const QVariant product = m_table->item(row, Product)->data(kProductIdRole);
        if (!product.isNull())
            line.productId = product.toLongLong();
        line.description = text(Description);
        line.specification = text(Specification);
        line.unit = text(Unit);
        auto quantity = Quantity::parse(text(QuantityColumn));
        if (!quantity || quantity->thousandths() <= 0)
            return fail(ErrorKind::Invalid, tr("The quantity must be a number above zero."), where);
        auto price = Money::parse(text(Price), m_currency);
        if (!price || price->isNegative())
            return fail(ErrorKind::Invalid, price ? tr("The unit price cannot be negative.") : price.error().message, where);
        const auto percent = [](QString value) { return value.endsWith(QLatin1Char('%')) ? value : value + QLatin1Char('%'); };
        auto discount = Rate::parse(percent(text(Discount).isEmpty() ? QStringLiteral("0") : text(Discount)));
        if (!discount || discount->isNegative() || discount->millionths() > 1000000)
            return fail(ErrorKind::Invalid, tr("The discount is a percentage between 0 and 100."), where);
        auto tax = Rate::parse(percent(text(Tax).isEmpty() ? QStringLiteral("0") : text(Tax)));
        if (!tax || tax->isNegative())
            return fail(ErrorKind::Invalid, tr("The tax rate is a percentage of 0 or more."), where);
        line.quantity = *quantity;
        line.unitPrice = *price;
        line.discount = *discount;
        line.taxRate = *tax;
        result.push_back(line);
    }
    return result;
}

void LineEditor::recompute()
{
    auto current = lines();
    if (!current) {
        m_message->setText(current.error().text());
        return;
    }
    m_message->clear();
    std::vector<LineInput> inputs;
    m_loading = true;
    for (std::size_t i = 0; i < current->size(); ++i) {
        const DocumentLine &line = (*current)[i];
        auto amount = lineTotal(line.quantity, line.unitPrice, line.discount);
        m_table->item(int(i), Amount)->setText(amount ? Formatting::money(amount->minor(), m_currency) : amount.error().message);
        inputs.push_back({line.quantity, line.unitPrice, line.discount, line.taxRate});
    }
    m_loading = false;
    auto totals = documentTotals(inputs, m_currency);
    if (!totals) {
        m_totals->setText(totals.error().text());
        return;
    }
    QStringList taxes;
    for (const auto &[rate, tax] : totals->taxByRate)
        taxes << tr("tax %1: %2").arg(Formatting::rate(rate.millionths()), Formatting::money(tax.minor(), m_currency));
    m_totals->setText(tr("Subtotal %1 · %2 · Total %3")
                          .arg(Formatting::money(totals->subtotal.minor(), m_currency), taxes.join(QStringLiteral(" · ")),
                               Formatting::money(totals->total.minor(), m_currency)));
}

QString LineEditor::totalsText() const
{
    return m_totals->text();
}

bool LineEditor::save()
{
    auto current = lines();
    if (!current) {
        m_message->setText(current.error().text());
        return false;
    }
    Result<void> saved = m_document == LineDocument::Quote ? QuoteWorkflow(m_db).setLines(m_documentId, *current)
                                                           : ContractWorkflow(m_db).setLines(m_documentId, *current);
    if (!saved) {
        m_message->setText(saved.error().text());
        return false;
    }
    load();
    Q_EMIT this->saved();
    return true;
}

void LineEditor::moveLineTo(int from, int to)
{
    if (from < 0 || from >= m_table->rowCount())
        return;
    to = std::clamp(to, 0, m_table->rowCount() - 1);
    const int step = to > from ? 1 : -1;
    for (int row = from; row != to; row += step)
        moveLine(row, step);
}

bool LineEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        // Only this table's own rows: the current row is the one being dragged.
        if (drop->source() == m_table) {
            const int target = m_table->rowAt(drop->position().toPoint().y());
            moveLineTo(m_table->currentRow(), target < 0 ? m_table->rowCount() - 1 : target);
            // Copy, not move: the view would otherwise remove the dragged row afterwards.
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LineEditor::keyPressEvent(QKeyEvent *event)
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
