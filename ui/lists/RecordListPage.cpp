#include "ui/lists/RecordListPage.h"

#include "core/domain/Money.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"
#include "ui/common/Formatting.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/SavedFilters.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordFormSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The currency of a money column is another column of the same row.
QString currencyOf(const std::vector<ListColumn> &columns, const ListColumn &column, const QVariantList &row)
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].key == column.currencyKey)
            return row.at(int(i) + 1).toString();
    }
    return {};
}

// Deleting a record that others refer to is refused by the store; the undo
// puts back exactly the row that was removed, id and history included.
class DeleteCommand : public QUndoCommand
{
public:
    DeleteCommand(Database &db, QString table, Fields record, RecordListModel *model)
        : m_db(db)
        , m_table(std::move(table))
        , m_record(std::move(record))
        , m_model(model)
    {
        setText(RecordListPage::tr("Delete %1").arg(RecordStore::kindName(m_table)));
    }
    void redo() override
    {
        m_ok = RecordStore(m_db).remove(m_table, m_record.value(QStringLiteral("id")).toLongLong()).has_value();
        m_model->reload();
    }
    void undo() override
    {
        if (m_ok)
            RecordStore(m_db).insert(m_table, m_record);
        m_model->reload();
    }

private:
    Database &m_db;
    QString m_table;
    Fields m_record;
    RecordListModel *m_model;
    bool m_ok = false;
};

// Tables whose rows have no children deleted with them, so an undo restores everything.
bool deletable(const QString &table)
{
    static const QStringList tables = {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("leads"),
                                       QStringLiteral("products"), QStringLiteral("activities")};
    return tables.contains(table);
}

QString settingsKey(ListKind kind)
{
    return QStringLiteral("lists/%1/header").arg(ListStore::table(kind));
}

} // namespace

RecordListPage::RecordListPage(Database &database, ListKind kind, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_kind(kind)
    , m_model(new RecordListModel(database, kind, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("list_") + ListStore::table(kind));
    buildFilterBar();
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    // No sort indicator before sorting is enabled: the header's default (column 0)
    // would sort the whole table once, only to be undone.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const auto &columns = ListStore::columns(kind);
    for (std::size_t i = 0; i < columns.size(); ++i)
        m_view->setColumnHidden(int(i), !columns[i].visibleByDefault);
    // Column order, sizes and visibility are remembered per list.
    if (!m_view->horizontalHeader()->restoreState(QSettings().value(settingsKey(kind)).toByteArray())) {
        // First visit: fit the columns to the first page, within reason.
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column), 60, 280));
    }
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &RecordListPage::rememberColumns);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, &RecordListPage::rememberColumns);
    // Right-click on the header chooses the columns.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RecordListPage::chooseColumns);
    connect(m_view, &QTableView::doubleClicked, this, &RecordListPage::openCurrent);
    m_undo = new QUndoStack(this);
    auto *undo = m_undo->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    auto *redo = m_undo->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] { m_search->setFocus(); m_search->selectAll(); },
                               Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(find);
    auto *openKey = new QShortcut(QKeySequence(Qt::Key_Return), m_view, [this] { openCurrent(); }, Qt::WidgetShortcut);
    Q_UNUSED(openKey);
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordListPage::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    // Two rows: what to look for, then ranges and the actions.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_owner, 1);
    bar->addWidget(m_consent, 1);
    bar->addWidget(m_saved, 1);
    bar->addWidget(m_saveFilter);
    auto *ranges = new QHBoxLayout;
    ranges->addWidget(m_useDates);
    ranges->addWidget(m_from);
    ranges->addWidget(m_to);
    ranges->addWidget(m_minAmount);
    ranges->addWidget(m_maxAmount);
    ranges->addStretch(1);
    ranges->addWidget(m_export);
    ranges->addWidget(m_new);
    ranges->addWidget(m_delete);
    layout->addLayout(bar);
    layout->addLayout(ranges);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    // Tab walks the filter bar left to right, then the list (the view was made first).
    QWidget *order[] = {m_search, m_state, m_owner, m_consent, m_useDates, m_from, m_to, m_minAmount, m_maxAmount,
                        m_saved, m_saveFilter, m_export, m_new, m_delete, m_view};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    retranslate();
    updateCount();
    showRepOwnRecords();
}

void RecordListPage::rememberColumns()
{
    QSettings().setValue(settingsKey(m_kind), m_view->horizontalHeader()->saveState());
}

void RecordListPage::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    int visible = 0;
    for (int i = 0; i < m_model->columnCount(); ++i)
        visible += m_view->isColumnHidden(i) ? 0 : 1;
    if (!shown && visible <= 1 && !m_view->isColumnHidden(column))
        return; // a list without any column could not be brought back
    m_view->setColumnHidden(column, !shown);
    rememberColumns();
}

void RecordListPage::chooseColumns(const QPoint &at)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

void RecordListPage::showRepOwnRecords()
{
    // A salesperson (role rep) opens every list on their own records, a
    // manager on everyone's; "Everyone" stays one click away.
    const auto me = m_db.actor();
    if (!me)
        return;
    auto user = RecordStore(m_db).get(QStringLiteral("users"), *me);
    if (user && user->value(QStringLiteral("role")).toString() == u"rep")
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(*me)));
}

void RecordListPage::buildFilterBar()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterText"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &RecordListPage::applyFilter);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("filterState"));
    m_state->setVisible(!ListStore::states(m_kind).isEmpty());
    connect(m_state, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("filterOwner"));
    m_owner->addItem(QString(), QVariant());
    if (auto owners = ListStore(m_db).activeUsers(); owners) {
        for (const auto &[id, name] : *owners)
            m_owner->addItem(name, id);
    }
    connect(m_owner, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);

    m_useDates = new QCheckBox(this);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &RecordListPage::applyFilter);
    }
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });

    m_minAmount = new QLineEdit(this);
    m_maxAmount = new QLineEdit(this);
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setMaximumWidth(110);
        connect(edit, &QLineEdit::editingFinished, this, &RecordListPage::applyFilter);
    }
    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("filterConsent"));
    m_consent->addItems({QString(), QString(), QString()});
    m_consent->setItemData(1, true);
    m_consent->setItemData(2, false);
    m_consent->setVisible(m_kind == ListKind::Customers || m_kind == ListKind::Contacts);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);

    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
    });
    m_saveFilter = new QToolButton(this);
    m_saveFilter->setObjectName(QStringLiteral("saveFilter"));
    m_saveFilter->setPopupMode(QToolButton::InstantPopup);
    auto *filterMenu = new QMenu(m_saveFilter);
    m_saveFilterAction = filterMenu->addAction(QString(), this, &RecordListPage::saveFilterDialog);
    m_deleteFilterAction = filterMenu->addAction(QString(), this, [this] {
        if (m_saved->currentIndex() > 0)
            deleteSavedFilter(m_saved->currentText());
    });
    m_saveFilter->setMenu(filterMenu);
    reloadSavedFilters();

    m_export = new QToolButton(this);
    connect(m_export, &QToolButton::clicked, this, &RecordListPage::exportDialog);
    m_new = new QToolButton(this);
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setVisible(canEdit());
    connect(m_new, &QToolButton::clicked, this, &RecordListPage::newRecord);
    m_delete = new QToolButton(this);
    m_delete->setObjectName(QStringLiteral("deleteRecord"));
    m_delete->setVisible(deletable(ListStore::table(m_kind)));
    connect(m_delete, &QToolButton::clicked, this, [this] {
        QString error;
        if (!deleteSelected(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot delete"), error);
    });
    const std::pair<QToolButton *, const char *> icons[] = {
        {m_new, "new"}, {m_delete, "delete"}, {m_export, "export"}, {m_saveFilter, "filter"}};
    for (const auto &[button, name] : icons) {
        button->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name))));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("listCount"));
}

void RecordListPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter by name, number, customer, phone or e-mail…"));
    const QString state = m_state->currentData().toString();
    m_state->blockSignals(true);
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    for (const QString &value : ListStore::states(m_kind))
        m_state->addItem(Formatting::state(ListStore::table(m_kind), value), value);
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_state->blockSignals(false);
    m_owner->setItemText(0, tr("Everyone"));
    m_consent->setItemText(0, tr("Any consent"));
    m_consent->setItemText(1, tr("Marketing consent given"));
    m_consent->setItemText(2, tr("No marketing consent"));
    m_saved->setItemText(0, tr("Saved filters"));
    m_saveFilter->setText(tr("Filters"));
    m_saveFilter->setToolTip(tr("Save the current filter under a name, or delete the chosen saved filter"));
    m_saveFilterAction->setText(tr("&Save current filter…"));
    m_deleteFilterAction->setText(tr("&Delete chosen saved filter"));
    m_useDates->setText(tr("Dates"));
    m_minAmount->setPlaceholderText(tr("Amount from"));
    m_maxAmount->setPlaceholderText(tr("Amount to"));
    m_export->setText(tr("Export CSV…"));
    m_new->setText(tr("New…"));
    // After setText, which replaces a button's shortcut with the text's mnemonic.
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("New record (Ctrl+N)"));
    m_delete->setText(tr("Delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected records (Del); Ctrl+Z brings them back"));
    updateCount();
}

void RecordListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordListPage::applyFilter()
{
    ListFilter filter = m_model->filter();
    filter.text = m_search->text();
    filter.state = m_state->currentData().toString();
    filter.ownerId = m_owner->currentData().isNull() ? std::nullopt : std::optional<qint64>(m_owner->currentData().toLongLong());
    filter.from = m_useDates->isChecked() ? m_from->date() : QDate();
    filter.to = m_useDates->isChecked() ? m_to->date() : QDate();
    const QString currency = SettingsStore(m_db).baseCurrency().value_or(QStringLiteral("CNY"));
    const auto amount = [&](QLineEdit *edit) -> std::optional<qint64> {
        if (edit->text().trimmed().isEmpty())
            return std::nullopt;
        auto parsed = Money::parse(edit->text(), currency);
        edit->setStyleSheet(parsed ? QString() : QStringLiteral("color: #c0392b"));
        edit->setToolTip(parsed ? QString() : parsed.error().message);
        return parsed ? std::optional<qint64>(parsed->minor()) : std::nullopt;
    };
    filter.minAmount = amount(m_minAmount);
    filter.maxAmount = amount(m_maxAmount);
    filter.marketingConsent = m_consent->currentData().isNull() ? std::nullopt : std::optional<bool>(m_consent->currentData().toBool());
    m_model->setFilter(filter);
}

void RecordListPage::showFiltered(const ListFilter &filter)
{
    // The model first: the sort indicator set by fillBar then matches it and reads nothing more.
    m_model->setFilter(filter);
    fillBar(filter);
}

// Shows `filter` in the filter bar without applying each part as it is set.
void RecordListPage::fillBar(const ListFilter &filter)
{
    const std::initializer_list<QObject *> inputs{m_search, m_state, m_owner, m_consent, m_useDates, m_from, m_to, m_minAmount, m_maxAmount};
    for (QObject *input : inputs)
        input->blockSignals(true);
    m_search->setText(filter.text);
    m_state->setCurrentIndex(std::max(0, m_state->findData(filter.state)));
    m_owner->setCurrentIndex(std::max(0, filter.ownerId ? m_owner->findData(*filter.ownerId) : 0));
    m_consent->setCurrentIndex(!filter.marketingConsent ? 0 : *filter.marketingConsent ? 1 : 2);
    m_useDates->setChecked(filter.from.isValid() || filter.to.isValid());
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    const QString currency = SettingsStore(m_db).baseCurrency().value_or(QStringLiteral("CNY"));
    m_minAmount->setText(filter.minAmount ? Money(*filter.minAmount, currency).toDecimalString() : QString());
    m_maxAmount->setText(filter.maxAmount ? Money(*filter.maxAmount, currency).toDecimalString() : QString());
    for (QObject *input : inputs)
        input->blockSignals(false);
    if (filter.sortColumn >= 0)
        m_view->horizontalHeader()->setSortIndicator(filter.sortColumn, filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void RecordListPage::reloadSavedFilters()
{
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    m_saved->blockSignals(true);
    while (m_saved->count() > 1)
        m_saved->removeItem(1);
    if (m_saved->count() == 0)
        m_saved->addItem(tr("Saved filters"));
    m_saved->addItems(savedFilterNames());
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(current)));
    m_saved->blockSignals(false);
}

QStringList RecordListPage::savedFilterNames() const
{
    QStringList names;
    if (auto filters = SavedFilters(m_db, m_kind).all(); filters) {
        for (const SavedFilter &saved : *filters)
            names << saved.name;
    }
    return names;
}

bool RecordListPage::saveFilter(const QString &name, QString *error)
{
    if (auto saved = SavedFilters(m_db, m_kind).save(name, m_model->filter()); !saved) {
        if (error)
            *error = saved.error().text();
        return false;
    }
    reloadSavedFilters();
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(name.simplified())));
    return true;
}

bool RecordListPage::applySavedFilter(const QString &name)
{
    auto filters = SavedFilters(m_db, m_kind).all();
    if (!filters)
        return false;
    for (const SavedFilter &saved : *filters) {
        if (saved.name == name) {
            showFiltered(saved.filter);
            m_saved->setCurrentIndex(std::max(0, m_saved->findText(name)));
            return true;
        }
    }
    return false;
}

bool RecordListPage::deleteSavedFilter(const QString &name)
{
    if (!SavedFilters(m_db, m_kind).remove(name))
        return false;
    reloadSavedFilters();
    return true;
}

void RecordListPage::saveFilterDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter:"), QLineEdit::Normal,
                                               m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveFilter(name, &error))
        QMessageBox::warning(this, tr("Save filter"), error);
}

void RecordListPage::reload()
{
    m_model->reload();
}

void RecordListPage::updateCount()
{
    QString text = m_model->lastError();
    if (text.isEmpty())
        text = m_model->countKnown() ? tr("%n record(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX)))
                                     : tr("Counting…");
    m_count->setText(text);
    Q_EMIT countChanged(text);
}

void RecordListPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        Q_EMIT openRequested(m_kind, m_model->recordId(index.row()));
}

bool RecordListPage::exportCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const auto &columns = ListStore::columns(m_kind);
    QStringList header;
    for (const ListColumn &column : columns)
        header << csvField(ListStore::header(m_kind, column.key));
    file.write("\xEF\xBB\xBF");
    file.write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    // Pages are read straight from the store, so the export never holds the whole list.
    ListStore store(m_db);
    QVariantList after;
    for (;;) {
        auto page = store.page(m_kind, m_model->filter(), after, 5000);
        if (!page) {
            if (error)
                *error = page.error().text();
            return false;
        }
        for (const QVariantList &row : *page) {
            QStringList fields;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const ListColumn &column = columns[i];
                QString value;
                if (column.kind == ListColumnKind::Money)
                    value = Money(row.at(int(i) + 1).toLongLong(), currencyOf(columns, column, row)).toDecimalString();
                else if (column.kind == ListColumnKind::State)
                    value = Formatting::state(ListStore::table(m_kind), row.at(int(i) + 1).toString());
                else
                    value = row.at(int(i) + 1).toString();
                fields << csvField(value);
            }
            file.write((fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
        }
        if (page->size() < 5000)
            break;
        after = page->back();
    }
    return true;
}

bool RecordListPage::canEdit() const
{
    return RecordFormSpec::editable(ListStore::table(m_kind));
}

void RecordListPage::newRecord()
{
    if (!canEdit())
        return;
    auto *editor = new RecordEditor(m_db, ListStore::table(m_kind), std::nullopt, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RecordEditor::saved, this, [this] { m_model->reload(); });
    editor->show();
}

bool RecordListPage::deleteSelected(QString *error)
{
    const QString table = ListStore::table(m_kind);
    if (!deletable(table))
        return false;
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    std::vector<Fields> records;
    for (const QModelIndex &index : rows) {
        auto record = RecordStore(m_db).get(table, m_model->recordId(index.row()));
        if (record)
            records.push_back(*record);
    }
    if (records.empty())
        return false;
    m_undo->beginMacro(tr("Delete %n record(s)", nullptr, int(records.size())));
    bool all = true;
    for (const Fields &record : records) {
        // Check first, so a refused delete is reported and not put on the undo stack.
        auto check = m_db.transaction([&]() -> Result<void> {
            if (auto removed = RecordStore(m_db).remove(table, record.value(QStringLiteral("id")).toLongLong()); !removed)
                return removed;
            return fail(ErrorKind::Invalid, QString()); // roll back: the command does the real delete
        });
        if (check.error().message.isEmpty()) {
            m_undo->push(new DeleteCommand(m_db, table, record, m_model));
        } else {
            all = false;
            if (error)
                *error = check.error().text();
        }
    }
    m_undo->endMacro();
    return all;
}

void RecordListPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export list as CSV"),
                                                      ListStore::table(m_kind) + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace qianyue::ui
