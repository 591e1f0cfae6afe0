#include "ui/records/RecordDialog.h"

#include "ui/common/Mnemonics.h"
#include "ui/documents/DocumentActions.h"

#include "core/documents/DocumentSnapshots.h"

#include "core/domain/Quantity.h"
#include "core/store/CustomerSummaryStore.h"
#include "core/store/ChainLinkStore.h"
#include "core/store/FulfilmentStore.h"
#include "core/store/LineStore.h"
#include "core/store/TimelineStore.h"
#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/PipelineStore.h"
#include "core/workflow/ActivityWorkflow.h"
#include "core/workflow/ContractWorkflow.h"
#include "core/workflow/CustomerCommissionWorkflow.h"
#include "core/workflow/LeadWorkflow.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "core/workflow/QuoteWorkflow.h"
#include "core/workflow/ReceivableWorkflow.h"
#include "core/workflow/SalesOrderWorkflow.h"
#include "core/workflow/StateMachine.h"
#include "ui/common/Formatting.h"
#include "ui/lists/RelatedListTab.h"
#include "ui/records/ChainBreadcrumb.h"
#include "ui/records/CustomerTimeline.h"
#include "ui/records/LineEditor.h"
#include "ui/records/OrderQuantitiesDialog.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordFormSpec.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QAbstractButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

const StateMachine *machineOf(const QString &table)
{
    if (table == u"leads")
        return &chain::leads();
    if (table == u"opportunities")
        return &chain::opportunities();
    if (table == u"quotes")
        return &chain::quotes();
    if (table == u"contracts")
        return &chain::contracts();
    if (table == u"sales_orders")
        return &chain::salesOrders();
    if (table == u"customer_commissions")
        return &chain::customerCommissions();
    if (table == u"activities")
        return &chain::activities();
    return nullptr;
}

// Money columns of every table share these names; the currency is the record's own.
bool isMoney(const QString &column)
{
    static const QStringList names = {QStringLiteral("amount"), QStringLiteral("total"), QStringLiteral("subtotal"),
                                      QStringLiteral("tax"), QStringLiteral("base_total"), QStringLiteral("received"),
                                      QStringLiteral("list_price"), QStringLiteral("unit_price"), QStringLiteral("line_total"),
                                      QStringLiteral("basis_amount"), QStringLiteral("accrued"), QStringLiteral("paid"),
                                      QStringLiteral("sales_amount"), QStringLiteral("target_amount"), QStringLiteral("commission")};
    return names.contains(column);
}

QString valueText(const QString &table, const QString &column, const QVariant &value, const QString &currency)
{
    if (value.isNull())
        return {};
    if (isMoney(column))
        return Formatting::money(value.toLongLong(), currency.isEmpty() ? QStringLiteral("CNY") : currency);
    if (column.endsWith(u"_ppm"))
        return Formatting::rate(value.toLongLong());
    if (column.endsWith(u"_milli"))
        return Quantity::fromThousandths(value.toLongLong()).toString();
    if (column == u"status" || column == u"kind" || column == u"source")
        return Formatting::state(table, value.toString());
    return value.toString();
}

// Actions that create the next record of the chain, offered next to the state steps.
QStringList creatingActions(const QString &table, const QString &status)
{
    if (table == u"opportunities" && status == u"open")
        return {QStringLiteral("create_quote")};
    if (table == u"quotes" && status == u"accepted")
        return {QStringLiteral("create_contract")};
    if (table == u"contracts" && (status == u"signed" || status == u"executing"))
        return {QStringLiteral("create_partial_order"), QStringLiteral("create_order")};
    if (table == u"sales_orders" && status != u"cancelled" && status != u"open")
        return {QStringLiteral("create_receivable")};
    if (table == u"receivables" && status == u"open")
        return {QStringLiteral("record_receipt")};
    return {};
}

QString actionLabel(const QString &action)
{
    if (action == u"create_quote")
        return RecordDialog::tr("Create quote");
    if (action == u"create_contract")
        return RecordDialog::tr("Create contract");
    if (action == u"create_order")
        return RecordDialog::tr("Create order for the rest");
    if (action == u"create_partial_order")
        return RecordDialog::tr("Order part…");
    if (action == u"create_receivable")
        return RecordDialog::tr("Create receivable");
    if (action == u"record_receipt")
        return RecordDialog::tr("Record receipt of the outstanding amount");
    QString name = ChainNames::action(action);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

RecordDialog::RecordDialog(Database &database, const QString &table, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_table(table)
    , m_id(id)
{
    setObjectName(QStringLiteral("recordDialog"));
    resize(720, 620);
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_actions = new QHBoxLayout;

    m_tabs = new QTabWidget(this);
    auto *fieldsPage = new QWidget;
    m_fields = new QFormLayout(fieldsPage);
    auto *scroll = new QScrollArea;
    scroll->setWidget(fieldsPage);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Details"));
    m_history = new QTableWidget(0, 4);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    addRelatedTabs();
    m_tabs->addTab(m_history, tr("History"));

    m_breadcrumb = new ChainBreadcrumb(database, table, id, this);
    connect(m_breadcrumb, &ChainBreadcrumb::openRequested, this, &RecordDialog::openRecord);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Extra actions (print, export) sit left of Close, apart from the chain steps above.
    m_extraButtons = new QHBoxLayout;
    m_extraButtons->setObjectName(QStringLiteral("extraButtons"));
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(m_extraButtons);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_summary);
    layout->addLayout(m_actions);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    reload();
}

void RecordDialog::addExtraButton(QAbstractButton *button)
{
    button->setParent(this);
    m_extraButtons->addWidget(button);
}

void RecordDialog::addRelatedList(ListKind kind, const QString &title, const ListFilter &filter)
{
    auto *tab = new RelatedListTab(m_db, kind, filter);
    connect(tab, &RelatedListTab::openRequested, this, &RecordDialog::openRecord);
    m_tabs->addTab(tab, title);
}

void RecordDialog::addRelatedTabs()
{
    // Each related list reads nothing until its tab is shown.
    if (m_table == u"customers") {
        ListFilter of;
        of.customerId = m_id;
        addRelatedList(ListKind::Contacts, tr("Contacts"), of);
        addRelatedList(ListKind::Leads, tr("Leads"), of);
        addRelatedList(ListKind::Opportunities, tr("Opportunities"), of);
        addRelatedList(ListKind::Quotes, tr("Quotes"), of);
        addRelatedList(ListKind::Contracts, tr("Contracts"), of);
        addRelatedList(ListKind::Orders, tr("Orders"), of);
        addRelatedList(ListKind::Receivables, tr("Receivables"), of);
        addRelatedList(ListKind::Receipts, tr("Receipts"), of);
        addRelatedList(ListKind::Activities, tr("Activities"), of);
        auto *timeline = new CustomerTimeline(m_db, m_id);
        connect(timeline, &CustomerTimeline::openRequested, this, &RecordDialog::openRecord);
        m_tabs->addTab(timeline, tr("Timeline"));
    } else if (m_table == u"opportunities") {
        m_stages = new QTableWidget(0, 4);
        m_stages->setObjectName(QStringLiteral("stageHistory"));
        m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_stages->horizontalHeader()->setStretchLastSection(true);
        m_stages->verticalHeader()->hide();
        m_tabs->addTab(m_stages, tr("Stage history"));
        ListFilter of;
        of.opportunityId = m_id;
        addRelatedList(ListKind::Quotes, tr("Quotes"), of);
        addRelatedList(ListKind::Contracts, tr("Contracts"), of);
        addRelatedList(ListKind::Activities, tr("Activities"), of);
    } else if (m_table == u"quotes" || m_table == u"contracts" || m_table == u"sales_orders") {
        m_lines = new QTableWidget(0, 0);
        m_lines->setObjectName(QStringLiteral("lines"));
        m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_lines->verticalHeader()->hide();
        m_tabs->addTab(m_lines, tr("Lines"));
        if (m_table == u"contracts") {
            ListFilter of;
            of.contractId = m_id;
            addRelatedList(ListKind::Orders, tr("Orders"), of);
            addRelatedList(ListKind::Receivables, tr("Receivables"), of);
            addRelatedList(ListKind::Commissions, tr("Commissions"), of);
        }
    }
}

void RecordDialog::reloadRelated()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *list = qobject_cast<RelatedListTab *>(m_tabs->widget(i)))
            list->reload();
        else if (auto *timeline = qobject_cast<CustomerTimeline *>(m_tabs->widget(i)); timeline && m_tabs->currentIndex() == i)
            timeline->reload();
    }
}

void RecordDialog::fillLines()
{
    if (!m_lines)
        return;
    const LineDocument document = m_table == u"quotes"      ? LineDocument::Quote
                                  : m_table == u"contracts" ? LineDocument::Contract
                                                            : LineDocument::SalesOrder;
    const bool contract = document == LineDocument::Contract;
    QStringList headers{tr("Product"), tr("Specification"), tr("Quantity"), tr("Unit"), tr("Unit price"), tr("Discount"),
                        tr("Tax rate"), tr("Amount"), tr("Tax")};
    if (contract)
        headers << tr("Ordered") << tr("Remaining");
    m_lines->setColumnCount(int(headers.size()));
    m_lines->setHorizontalHeaderLabels(headers);
    m_lines->setRowCount(0);
    auto lines = LineStore(m_db).lines(document, m_id);
    if (!lines)
        return;
    QHash<qint64, Quantity> ordered;
    if (contract)
        ordered = FulfilmentStore(m_db).orderedPerContractLine(m_id).value_or(QHash<qint64, Quantity>());
    for (const DocumentLine &line : *lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        QStringList cells{line.description,
                          line.specification,
                          line.quantity.toString(),
                          line.unit,
                          Formatting::money(line.unitPrice.minor(), line.unitPrice.currency()),
                          line.discount.toPercentString(),
                          line.taxRate.toPercentString(),
                          Formatting::money(line.lineTotal.minor(), line.lineTotal.currency()),
                          Formatting::money(line.tax.minor(), line.tax.currency())};
        if (contract) {
            const Quantity done = ordered.value(line.id);
            cells << done.toString() << Quantity::fromThousandths(line.quantity.thousandths() - done.thousandths()).toString();
        }
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 2 && column != 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, item);
        }
    }
    m_lines->resizeColumnsToContents();
}

void RecordDialog::fillStageHistory()
{
    if (!m_stages)
        return;
    m_stages->setHorizontalHeaderLabels({tr("Date"), tr("From"), tr("To"), tr("Who")});
    m_stages->setRowCount(0);
    auto changes = ChainLinkStore(m_db).stageHistory(m_id);
    if (!changes)
        return;
    for (const StageChange &change : *changes) {
        const int row = m_stages->rowCount();
        m_stages->insertRow(row);
        m_stages->setItem(row, 0, new QTableWidgetItem(Formatting::date(change.changedOn)));
        m_stages->setItem(row, 1, new QTableWidgetItem(change.fromStage));
        m_stages->setItem(row, 2, new QTableWidgetItem(change.toStage));
        m_stages->setItem(row, 3, new QTableWidgetItem(change.user));
    }
    m_stages->resizeColumnsToContents();
}

void RecordDialog::reload()
{
    auto record = RecordStore(m_db).get(m_table, m_id);
    if (!record) {
        m_heading->setText(record.error().text());
        return;
    }
    const QString number = record->value(QStringLiteral("number"), record->value(QStringLiteral("code"))).toString();
    const QString name = record->value(QStringLiteral("name"), record->value(QStringLiteral("company"),
                                                                          record->value(QStringLiteral("subject")))).toString();
    QString title = RecordStore::kindName(m_table);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    m_heading->setText(QStringList{title, number, name}.join(QStringLiteral("  ")).simplified());
    setWindowTitle(m_heading->text());
    fillFields(*record);
    fillHistory();
    fillSummary();
    fillActions(*record);
    fillLines();
    fillStageHistory();
    // The breadcrumb read the chain when it was made; later reloads follow chain steps.
    if (m_reloaded)
        m_breadcrumb->reload();
    m_reloaded = true;
}

void RecordDialog::fillFields(const Fields &record)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const QString currency = record.value(QStringLiteral("currency")).toString();
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        auto *value = new QLabel(valueText(m_table, it.key(), it.value(), currency));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        const QString label = ListStore::header(ListKind::Customers, it.key());
        m_fields->addRow(label == it.key() ? QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')) : label, value);
    }
}

void RecordDialog::fillHistory()
{
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    auto entries = TimelineStore(m_db).recordHistory(m_table, m_id);
    m_history->setRowCount(0);
    if (!entries)
        return;
    for (const AuditEntry &entry : *entries) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QJsonObject changes = QJsonDocument::fromJson(entry.changes.toUtf8()).object();
        QStringList lines;
        for (auto c = changes.constBegin(); c != changes.constEnd(); ++c) {
            const QJsonArray pair = c.value().toArray();
            lines << QStringLiteral("%1: %2 → %3").arg(c.key(), pair.at(0).toVariant().toString(), pair.at(1).toVariant().toString());
        }
        m_history->setItem(row, 0, new QTableWidgetItem(Formatting::dateTime(entry.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(entry.user));
        m_history->setItem(row, 2, new QTableWidgetItem(entry.action));
        m_history->setItem(row, 3, new QTableWidgetItem(lines.join(QStringLiteral("; "))));
    }
    m_history->resizeColumnsToContents();
}

void RecordDialog::fillSummary()
{
    if (m_table != u"customers") {
        m_summary->hide();
        return;
    }
    auto s = CustomerSummaryStore(m_db).summary(m_id);
    if (!s) {
        m_summary->setText(s.error().text());
        return;
    }
    const QString base = QStringLiteral("CNY");
    m_summary->setText(tr("Signed (12 months): %1 · all time: %2 in %3 contracts · outstanding: %4 · "
                          "open opportunities: %5 worth %6 (weighted %7) · segment %8%9 · last activity: %10 · next: %11")
                           .arg(Formatting::money(s->signedLast12Months, base), Formatting::money(s->signedAllTime, base))
                           .arg(s->contractCount)
                           .arg(Formatting::money(s->outstanding, base))
                           .arg(s->openOpportunities)
                           .arg(Formatting::money(s->openAmount, base), Formatting::money(s->weightedOpenAmount, base), s->segment,
                                s->churnRisk ? tr(" · churn risk") : QString(),
                                s->lastActivity.isEmpty() ? tr("none") : s->lastActivity,
                                s->nextActivity.isEmpty() ? tr("none") : s->nextActivity));
    m_summary->show();
}

void RecordDialog::fillActions(const Fields &record)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_offered.clear();
    const QString status = record.value(QStringLiteral("status")).toString();
    if (const StateMachine *machine = machineOf(m_table)) {
        for (const QString &action : machine->allowedActions(status)) {
            if (action != u"edit" && action != u"order")
                m_offered << action;
        }
    }
    m_offered << creatingActions(m_table, status);
    if (RecordFormSpec::editable(m_table)) {
        auto *edit = new QPushButton(tr("Edit…"), this);
        edit->setObjectName(QStringLiteral("editRecord"));
        connect(edit, &QPushButton::clicked, this, [this] {
            auto *editor = new RecordEditor(m_db, m_table, m_id, this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            connect(editor, &RecordEditor::saved, this, [this] {
                reload();
                Q_EMIT recordsChanged();
            });
            editor->show();
        });
        m_actions->addWidget(edit);
    }
    const bool draftingLines = (m_table == u"quotes" || m_table == u"contracts") && status == u"drafting";
    if (draftingLines) {
        auto *lines = new QPushButton(tr("Edit lines…"), this);
        lines->setObjectName(QStringLiteral("editLines"));
        connect(lines, &QPushButton::clicked, this, [this] {
            auto *editor = new LineEditor(m_db, m_table == u"quotes" ? LineDocument::Quote : LineDocument::Contract, m_id, this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            connect(editor, &LineEditor::saved, this, [this] {
                reload();
                Q_EMIT recordsChanged();
            });
            editor->show();
        });
        m_actions->addWidget(lines);
    }
    for (const QString &action : std::as_const(m_offered)) {
        auto *button = new QPushButton(actionLabel(action), this);
        button->setObjectName(QStringLiteral("action_") + action);
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_actions->addWidget(button);
    }
    // Quotes and contracts print: preview, print, PDF, e-mail (a frozen version once approved or signed).
    if (auto *print = DocumentActions::forRecord(m_db, m_table, m_id, this))
        m_actions->addWidget(print);
    m_actions->addStretch(1);
    // The steps change with the state: their Alt+key mnemonics are given here, distinct within the row.
    QList<QAbstractButton *> buttons;
    for (int i = 0; i < m_actions->count(); ++i) {
        if (auto *button = qobject_cast<QAbstractButton *>(m_actions->itemAt(i)->widget()))
            buttons << button;
    }
    Mnemonics::assign(buttons);
}

QStringList RecordDialog::offeredActions() const
{
    return m_offered;
}

QString RecordDialog::askText(const QString &title, const QString &label, bool interactive, const QString &fallback)
{
    if (!interactive)
        return fallback;
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text : QString();
}

std::optional<qint64> RecordDialog::askUser(const QString &title, bool managersOnly, bool interactive)
{
    auto users = ListStore(m_db).activeUsers();
    if (!users || users->empty())
        return std::nullopt;
    QStringList names;
    std::vector<qint64> ids;
    for (const auto &[id, name] : *users) {
        const QString role = RecordStore(m_db).get(QStringLiteral("users"), id).value_or(Fields()).value(QStringLiteral("role")).toString();
        if (managersOnly && role == u"rep")
            continue;
        names << name;
        ids.push_back(id);
    }
    if (ids.empty())
        return std::nullopt;
    if (!interactive)
        return ids.front();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Salesperson:"), names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return ids[std::size_t(names.indexOf(chosen))];
}

bool RecordDialog::trigger(const QString &action, bool interactive)
{
    auto outcome = run(action, interactive);
    if (!outcome) {
        if (interactive)
            QMessageBox::warning(this, actionLabel(action), outcome.error().text());
        return false;
    }
    freezePdfAfter(action, interactive);
    reload();
    reloadRelated();
    Q_EMIT recordsChanged();
    if (*outcome)
        Q_EMIT openRecord((*outcome)->first, (*outcome)->second);
    return true;
}

void RecordDialog::freezePdfAfter(const QString &action, bool interactive)
{
    // The step froze the document's data in its own transaction; the PDF is
    // made from that data now, after the commit, so the step itself stays quick.
    std::optional<DocumentKind> kind;
    if (m_table == u"quotes" && action == u"approve")
        kind = DocumentKind::Quote;
    else if (m_table == u"contracts" && action == u"sign")
        kind = DocumentKind::Contract;
    if (!kind)
        return;
    if (auto stored = DocumentSnapshots::storeFrozenPdf(m_db, *kind, m_id); !stored && interactive)
        QMessageBox::warning(this, actionLabel(action),
                             tr("The frozen version is saved, but its PDF could not be made yet; the first print will make it.\n%1")
                                 .arg(stored.error().text()));
}

Result<std::optional<std::pair<QString, qint64>>> RecordDialog::run(const QString &action, bool interactive)
{
    using Created = std::optional<std::pair<QString, qint64>>;
    const auto done = [](Result<void> result) -> Result<Created> {
        if (!result)
            return std::unexpected(result.error());
        return Created();
    };
    const auto created = [](const QString &table, Result<qint64> result) -> Result<Created> {
        if (!result)
            return std::unexpected(result.error());
        return Created(std::pair(table, *result));
    };
    const auto cancelled = [] { return fail(ErrorKind::Invalid, tr("Cancelled.")); };

    if (m_table == u"leads") {
        LeadWorkflow leads(m_db);
        if (action == u"assign") {
            const auto user = askUser(tr("Assign lead"), false, interactive);
            return user ? done(leads.assign(m_id, *user)) : cancelled();
        }
        if (action == u"disqualify") {
            const QString reason = askText(tr("Disqualify lead"), tr("Reason:"), interactive, tr("No budget"));
            return reason.isEmpty() ? cancelled() : done(leads.disqualify(m_id, reason));
        }
        if (action == u"convert") {
            auto result = leads.convert(m_id, {});
            if (!result)
                return std::unexpected(result.error());
            return Created(std::pair(QStringLiteral("opportunities"), result->opportunityId));
        }
    } else if (m_table == u"opportunities") {
        OpportunityWorkflow opportunities(m_db);
        if (action == u"change_stage") {
            auto stages = PipelineStore(m_db).stages();
            if (!stages)
                return std::unexpected(stages.error());
            QStringList names;
            std::vector<qint64> ids;
            for (const Fields &stage : *stages) {
                if (stage.value(QStringLiteral("outcome")).toString() == u"open") {
                    names << stage.value(QStringLiteral("name")).toString();
                    ids.push_back(stage.value(QStringLiteral("id")).toLongLong());
                }
            }
            int index = 0;
            if (interactive) {
                bool ok = false;
                const QString chosen = QInputDialog::getItem(this, tr("Change stage"), tr("Stage:"), names, 0, false, &ok);
                if (!ok)
                    return cancelled();
                index = int(names.indexOf(chosen));
            }
            return done(opportunities.changeStage(m_id, ids[std::size_t(index)]));
        }
        if (action == u"win")
            return done(opportunities.win(m_id));
        if (action == u"lose") {
            const QString reason = askText(tr("Lose opportunity"), tr("Reason:"), interactive, tr("Price"));
            return reason.isEmpty() ? cancelled() : done(opportunities.lose(m_id, reason));
        }
        if (action == u"reopen")
            return done(opportunities.reopen(m_id));
        if (action == u"create_quote")
            return created(QStringLiteral("quotes"), QuoteWorkflow(m_db).createFromOpportunity(m_id));
    } else if (m_table == u"quotes") {
        QuoteWorkflow quotes(m_db);
        if (action == u"submit")
            return done(quotes.submit(m_id));
        if (action == u"approve") {
            const auto approver = askUser(tr("Approve quote"), true, interactive);
            return approver ? done(quotes.approve(m_id, *approver)) : cancelled();
        }
        if (action == u"send_back")
            return done(quotes.sendBack(m_id));
        if (action == u"accept")
            return done(quotes.accept(m_id));
        if (action == u"reject") {
            const QString reason = askText(tr("Reject quote"), tr("Reason:"), interactive, tr("Price"));
            return reason.isEmpty() ? cancelled() : done(quotes.reject(m_id, reason));
        }
        if (action == u"revise")
            return created(QStringLiteral("quotes"), quotes.revise(m_id));
        if (action == u"create_contract")
            return created(QStringLiteral("contracts"), ContractWorkflow(m_db).createFromQuote(m_id));
    } else if (m_table == u"contracts") {
        ContractWorkflow contracts(m_db);
        if (action == u"submit")
            return done(contracts.submitForReview(m_id));
        if (action == u"send_back")
            return done(contracts.sendBack(m_id));
        if (action == u"sign")
            return done(contracts.sign(m_id, QDate::currentDate()));
        if (action == u"start")
            return done(contracts.start(m_id));
        if (action == u"complete")
            return done(contracts.complete(m_id));
        if (action == u"terminate") {
            const QString reason = askText(tr("Terminate contract"), tr("Reason:"), interactive, tr("Customer withdrew"));
            return reason.isEmpty() ? cancelled() : done(contracts.terminate(m_id, reason));
        }
        if (action == u"create_order")
            return created(QStringLiteral("sales_orders"), SalesOrderWorkflow(m_db).createFromContract(m_id, {}));
        if (action == u"create_partial_order") {
            orderPart();
            return Created();
        }
    } else if (m_table == u"sales_orders") {
        SalesOrderWorkflow orders(m_db);
        if (action == u"ship")
            return done(orders.ship(m_id));
        if (action == u"invoice")
            return done(orders.invoice(m_id));
        if (action == u"close")
            return done(orders.close(m_id));
        if (action == u"cancel")
            return done(orders.cancel(m_id));
        if (action == u"create_receivable")
            return created(QStringLiteral("receivables"), ReceivableWorkflow(m_db).createFromOrder(m_id, {}));
    } else if (m_table == u"receivables" && action == u"record_receipt") {
        ReceivableWorkflow receivables(m_db);
        auto receivable = RecordStore(m_db).get(m_table, m_id);
        auto outstanding = receivables.outstanding(m_id);
        if (!receivable || !outstanding)
            return std::unexpected(!receivable ? receivable.error() : outstanding.error());
        ReceiptInput input;
        input.customerId = receivable->value(QStringLiteral("customer_id")).toLongLong();
        input.date = QDate::currentDate();
        input.currency = outstanding->currency();
        input.exchangeRatePpm = receivable->value(QStringLiteral("exchange_rate_ppm")).toLongLong();
        input.amount = outstanding->minor();
        return created(QStringLiteral("receipts"), receivables.recordReceipt(input, {{m_id, input.amount}}));
    } else if (m_table == u"customer_commissions") {
        CustomerCommissionWorkflow rebates(m_db);
        if (action == u"submit")
            return done(rebates.submit(m_id));
        if (action == u"send_back")
            return done(rebates.sendBack(m_id));
        if (action == u"approve")
            return done(rebates.approve(m_id));
        if (action == u"close")
            return done(rebates.close(m_id));
    } else if (m_table == u"activities") {
        ActivityWorkflow activities(m_db);
        if (action == u"done") {
            const QString outcome = askText(tr("Mark as done"), tr("Outcome:"), interactive, QString());
            return done(activities.markDone(m_id, outcome, QDateTime::currentDateTimeUtc()));
        }
        if (action == u"cancel")
            return done(activities.cancel(m_id));
        if (action == u"reopen")
            return done(activities.reopen(m_id));
    }
    return fail(ErrorKind::Invalid, tr("This step is not available here."));
}

void RecordDialog::orderPart()
{
    // The quantities are typed in their own window; the order is made when it is confirmed there.
    auto *dialog = new OrderQuantitiesDialog(m_db, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderQuantitiesDialog::orderCreated, this, [this](qint64 orderId) {
        reload();
        reloadRelated();
        Q_EMIT recordsChanged();
        Q_EMIT openRecord(QStringLiteral("sales_orders"), orderId);
    });
    dialog->open();
}

} // namespace qianyue::ui
