#include "ui/records/RecordEditor.h"

#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"
#include "core/store/Database.h"
#include "core/store/ListStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/RecordEditing.h"
#include "ui/common/Formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qianyue::ui {

/// One field's widget with uniform access to its text.
struct RecordEditor::Editor {
    FormField field;
    QWidget *widget = nullptr;
    QLabel *hint = nullptr;
    std::function<void(const QString &)> set;
};

/// One edit of one field; consecutive typing in the same field merges into one step.
class RecordEditor::FieldCommand : public QUndoCommand
{
public:
    FieldCommand(RecordEditor *editor, QString column, QString before, QString after)
        : m_editor(editor)
        , m_column(std::move(column))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(RecordFormSpec::label(m_column));
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FieldCommand *>(other);
        if (next->m_column != m_column)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_editor->applyText(m_column, m_before); }
    void redo() override { m_editor->applyText(m_column, m_after); }

private:
    RecordEditor *m_editor;
    QString m_column;
    QString m_before;
    QString m_after;
};

RecordEditor::RecordEditor(Database &database, const QString &table, std::optional<qint64> id, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_table(table)
    , m_id(id)
    , m_fields(RecordFormSpec::fields(table))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("recordEditor"));
    m_currency = SettingsStore(m_db).baseCurrency().value_or(QStringLiteral("CNY"));
    build();
    load();
    // Unsaved typing survives a crash: the next start offers it back (DraftRecovery).
    m_draftTimer = new QTimer(this);
    m_draftTimer->setInterval(kDraftIntervalMs);
    connect(m_draftTimer, &QTimer::timeout, this, &RecordEditor::keepDraft);
    m_draftTimer->start();
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::build()
{
    QString kind = RecordStore::kindName(m_table);
    setWindowTitle(m_id ? tr("Edit %1").arg(kind) : tr("New %1").arg(kind));
    auto *form = new QFormLayout;
    for (const FormField &field : m_fields) {
        auto editor = std::make_unique<Editor>();
        editor->field = field;
        const QString column = field.column;
        switch (field.kind) {
        case FieldKind::MultiLine: {
            auto *edit = new QPlainTextEdit(this);
            edit->setMaximumHeight(80);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, column] { onEdited(column, edit->toPlainText()); });
            editor->set = [edit](const QString &text) { edit->setPlainText(text); };
            editor->widget = edit;
            break;
        }
        case FieldKind::Choice: {
            auto *combo = new QComboBox(this);
            if (!field.required)
                combo->addItem(QString(), QString());
            for (const QString &choice : field.choices)
                combo->addItem(Formatting::state(m_table, choice), choice);
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, combo, column] { onEdited(column, combo->currentData().toString()); });
            editor->set = [combo](const QString &text) { combo->setCurrentIndex(std::max(0, combo->findData(text))); };
            editor->widget = combo;
            break;
        }
        case FieldKind::User: {
            auto *combo = new QComboBox(this);
            combo->addItem(QString(), QString());
            if (auto users = ListStore(m_db).activeUsers(); users) {
                for (const auto &[userId, name] : *users)
                    combo->addItem(name, name);
            }
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, combo, column] { onEdited(column, combo->currentData().toString()); });
            editor->set = [combo](const QString &text) {
                if (combo->findData(text) < 0 && !text.isEmpty())
                    combo->addItem(text, text); // an inactive owner stays visible
                combo->setCurrentIndex(std::max(0, combo->findData(text)));
            };
            editor->widget = combo;
            break;
        }
        case FieldKind::Flag: {
            auto *check = new QCheckBox(this);
            connect(check, &QCheckBox::toggled, this,
                    [this, column](bool on) { onEdited(column, on ? QStringLiteral("1") : QStringLiteral("0")); });
            editor->set = [check](const QString &text) { check->setChecked(text == u"1"); };
            editor->widget = check;
            break;
        }
        default: {
            auto *edit = new QLineEdit(this);
            if (field.kind == FieldKind::Customer) {
                // 100 000 customers cannot sit in a combo box: complete from SQL as the user types.
                auto *names = new QStringListModel(edit);
                auto *completer = new QCompleter(names, edit);
                completer->setCaseSensitivity(Qt::CaseInsensitive);
                completer->setFilterMode(Qt::MatchContains);
                edit->setCompleter(completer);
                connect(edit, &QLineEdit::textEdited, this, [this, names](const QString &text) {
                    ListFilter filter;
                    filter.text = text;
                    QStringList found;
                    if (auto page = ListStore(m_db).page(ListKind::Customers, filter, {}, 20); page) {
                        for (const QVariantList &row : *page)
                            found << row.at(2).toString();
                    }
                    names->setStringList(found);
                });
            }
            if (field.kind == FieldKind::Date)
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            if (field.kind == FieldKind::DateTime)
                edit->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
            if (field.kind == FieldKind::Money || field.kind == FieldKind::Rate || field.kind == FieldKind::Quantity)
                edit->setAlignment(Qt::AlignRight);
            connect(edit, &QLineEdit::textChanged, this, [this, column](const QString &text) { onEdited(column, text); });
            editor->set = [edit](const QString &text) { edit->setText(text); };
            editor->widget = edit;
            break;
        }
        }
        editor->widget->setObjectName(QStringLiteral("field_") + column);
        editor->hint = new QLabel(this);
        editor->hint->setStyleSheet(QStringLiteral("color: #c0392b"));
        editor->hint->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(1);
        cell->addWidget(editor->widget);
        cell->addWidget(editor->hint);
        form->addRow(RecordFormSpec::label(column) + (field.required ? QStringLiteral(" *") : QString()), cell);
        m_editors.push_back(std::move(editor));
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Reset)->setText(tr("Revert"));
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &RecordEditor::revert);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

QString RecordEditor::shownText(const FormField &field, const QVariant &value) const
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Money: return Money(value.toLongLong(), m_currency).toDecimalString();
    case FieldKind::Rate: return Rate::fromMillionths(value.toLongLong()).toPercentString();
    case FieldKind::Quantity: return Quantity::fromThousandths(value.toLongLong()).toString();
    case FieldKind::Flag: return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case FieldKind::Customer:
        return RecordStore(m_db).get(QStringLiteral("customers"), value.toLongLong()).value_or(Fields()).value(QStringLiteral("name")).toString();
    case FieldKind::User:
        return RecordStore(m_db).get(QStringLiteral("users"), value.toLongLong()).value_or(Fields()).value(QStringLiteral("name")).toString();
    case FieldKind::DateTime: {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : value.toString();
    }
    default: return value.toString();
    }
}

void RecordEditor::load()
{
    m_applying = true;
    Fields record;
    if (m_id) {
        auto stored = RecordStore(m_db).get(m_table, *m_id);
        if (!stored) {
            m_message->setText(stored.error().text());
            m_applying = false;
            return;
        }
        record = *stored;
        m_version = record.value(QStringLiteral("version")).toLongLong();
        if (record.contains(QStringLiteral("currency")))
            m_currency = record.value(QStringLiteral("currency")).toString();
    } else {
        // New records start with sensible defaults instead of empty choices.
        for (const FormField &field : m_fields) {
            if (field.kind == FieldKind::Choice && field.required && !field.choices.isEmpty())
                record.insert(field.column, field.choices.first());
            if (field.kind == FieldKind::Flag && field.column == u"active")
                record.insert(field.column, 1);
        }
    }
    m_texts.clear();
    for (const auto &editor : m_editors) {
        const QString text = shownText(editor->field, record.value(editor->field.column));
        m_texts.insert(editor->field.column, text);
        editor->set(text);
    }
    m_loaded = m_texts;
    m_undo->clear();
    m_applying = false;
    validate();
}

void RecordEditor::applyText(const QString &column, const QString &text)
{
    m_applying = true;
    for (const auto &editor : m_editors) {
        if (editor->field.column == column)
            editor->set(text);
    }
    m_texts.insert(column, text);
    m_applying = false;
    validate();
}

void RecordEditor::onEdited(const QString &column, const QString &text)
{
    if (m_applying)
        return;
    const QString before = m_texts.value(column);
    if (before == text)
        return;
    m_texts.insert(column, text);
    // The widget already shows the new text; the command records the step for undo.
    m_applying = true;
    m_undo->push(new FieldCommand(this, column, before, text));
    m_applying = false;
    validate();
}

Result<QVariant> RecordEditor::storedValue(const FormField &field, const QString &raw) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        if (field.kind == FieldKind::Money || field.kind == FieldKind::Rate || field.kind == FieldKind::Flag)
            return QVariant(qint64(0));
        if (field.kind == FieldKind::Customer || field.kind == FieldKind::User || field.kind == FieldKind::Date
            || field.kind == FieldKind::DateTime)
            return QVariant();
        return QVariant(QString());
    }
    switch (field.kind) {
    case FieldKind::Money: {
        auto money = Money::parse(text, m_currency);
        if (!money)
            return std::unexpected(money.error());
        if (money->isNegative())
            return fail(ErrorKind::Invalid, tr("The amount cannot be negative."));
        return QVariant(money->minor());
    }
    case FieldKind::Rate: {
        auto rate = Rate::parse(text.endsWith(QLatin1Char('%')) ? text : text + QLatin1Char('%'));
        if (!rate)
            return std::unexpected(rate.error());
        if (rate->isNegative() || rate->millionths() > 1000000)
            return fail(ErrorKind::Invalid, tr("Enter a percentage between 0 and 100."));
        return QVariant(rate->millionths());
    }
    case FieldKind::Quantity: {
        auto quantity = Quantity::parse(text);
        if (!quantity)
            return std::unexpected(quantity.error());
        return QVariant(quantity->thousandths());
    }
    case FieldKind::Flag: return QVariant(qint64(text == u"1" ? 1 : 0));
    case FieldKind::Customer:
    case FieldKind::User: {
        const QString table = field.kind == FieldKind::Customer ? QStringLiteral("customers") : QStringLiteral("users");
        auto found = RecordStore(m_db).findId(table, QStringLiteral("name"), text);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorKind::NotFound, tr("No %1 is called '%2'.").arg(RecordStore::kindName(table), text));
        return QVariant(**found);
    }
    case FieldKind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return fail(ErrorKind::Invalid, tr("Write the date as YYYY-MM-DD, e.g. 2026-03-02."));
        return QVariant(date.toString(Qt::ISODate));
    }
    case FieldKind::DateTime: {
        QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!at.isValid())
            return fail(ErrorKind::Invalid, tr("Write the time as YYYY-MM-DD HH:MM, e.g. 2026-03-02 09:30."));
        return QVariant(at.toUTC().toString(Qt::ISODate));
    }
    case FieldKind::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(text).hasMatch())
            return fail(ErrorKind::Invalid, tr("This is not an e-mail address."));
        return QVariant(text);
    }
    case FieldKind::Phone: {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()\\-]{4,24}(\\s*(ext|转)\\s*[0-9]{1,6})?$"));
        if (!phone.match(text).hasMatch())
            return fail(ErrorKind::Invalid, tr("A phone number has digits, spaces, dashes and brackets, e.g. 021-5050 1234."));
        return QVariant(text);
    }
    default: return QVariant(raw);
    }
}

QString RecordEditor::validateField(const FormField &field, const QString &text) const
{
    if (field.required && text.trimmed().isEmpty())
        return tr("Required.");
    if (text.size() > 10000)
        return tr("Too long: at most 10 000 characters.");
    auto value = storedValue(field, text);
    return value ? QString() : value.error().message;
}

void RecordEditor::validate()
{
    m_problems.clear();
    for (const auto &editor : m_editors) {
        const QString problem = validateField(editor->field, m_texts.value(editor->field.column));
        editor->hint->setText(problem);
        editor->hint->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            m_problems.insert(editor->field.column, problem);
    }
    // Due and reminder in order: a reminder after the due time would come too late.
    const QString due = m_texts.value(QStringLiteral("due_at"));
    const QString remind = m_texts.value(QStringLiteral("remind_at"));
    if (!due.isEmpty() && !remind.isEmpty() && remind > due && !m_problems.contains(QStringLiteral("remind_at")))
        m_problems.insert(QStringLiteral("remind_at"), tr("The reminder comes after the activity is due."));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty() && isDirty());
    m_buttons->button(QDialogButtonBox::Reset)->setEnabled(isDirty());
}

bool RecordEditor::isDirty() const
{
    return m_texts != m_loaded;
}

void RecordEditor::setFieldText(const QString &column, const QString &text)
{
    for (const auto &editor : m_editors) {
        if (editor->field.column == column)
            editor->set(text); // the widget's change signal records the edit
    }
}

QString RecordEditor::fieldText(const QString &column) const
{
    return m_texts.value(column);
}

bool RecordEditor::save(bool interactive)
{
    validate();
    if (!m_problems.isEmpty()) {
        m_message->setText(tr("Please correct the marked fields."));
        return false;
    }
    Fields fields;
    for (const FormField &field : m_fields) {
        const QString text = m_texts.value(field.column);
        if (m_id && text == m_loaded.value(field.column))
            continue;
        auto value = storedValue(field, text);
        if (!value)
            return false;
        fields.insert(field.column, *value);
    }
    RecordEditing editing(m_db);
    if (!m_id) {
        auto created = editing.create(m_table, fields);
        if (!created) {
            m_message->setText(created.error().text());
            return false;
        }
        m_id = *created;
    } else if (!fields.isEmpty()) {
        auto saved = editing.save(m_table, *m_id, fields, m_version);
        if (!saved && saved.error().kind == ErrorKind::Conflict) {
            // Someone else saved in between: the user chooses, nothing is overwritten silently.
            bool overwrite = false;
            if (interactive) {
                QMessageBox ask(QMessageBox::Question, tr("Changed by someone else"),
                                tr("%1\nKeep your version (overwrite theirs) or load theirs?").arg(saved.error().message),
                                QMessageBox::NoButton, this);
                QPushButton *mine = ask.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
                ask.addButton(tr("Load theirs"), QMessageBox::RejectRole);
                ask.exec();
                overwrite = ask.clickedButton() == mine;
            }
            if (!overwrite) {
                m_message->setText(saved.error().message);
                if (interactive)
                    load();
                return false;
            }
            saved = editing.save(m_table, *m_id, fields, std::nullopt);
        }
        if (!saved) {
            m_message->setText(saved.error().text());
            return false;
        }
    }
    m_message->setText(tr("Saved."));
    load();
    dropDraft();
    Q_EMIT saved(m_table, *m_id);
    return true;
}

void RecordEditor::revert()
{
    load();
    m_message->clear();
    dropDraft();
}

void RecordEditor::keepDraft()
{
    if (!isDirty()) {
        dropDraft();
        return;
    }
    if (m_draftId && m_texts == m_draftTexts)
        return;
    FormDraft draft;
    draft.id = m_draftId.value_or(0);
    draft.table = m_table;
    draft.recordId = m_id;
    draft.baseVersion = m_id ? m_version : std::nullopt;
    draft.texts = m_texts;
    // A draft that cannot be written (the file is busy) is tried again at the next tick.
    if (auto kept = DraftStore(m_db).save(draft); kept) {
        m_draftId = *kept;
        m_draftTexts = m_texts;
    }
}

void RecordEditor::dropDraft()
{
    if (!m_draftId)
        return;
    if (DraftStore(m_db).remove(*m_draftId)) {
        m_draftId.reset();
        m_draftTexts.clear();
    }
}

void RecordEditor::restoreDraft(const FormDraft &draft)
{
    for (auto it = draft.texts.constBegin(); it != draft.texts.constEnd(); ++it) {
        if (m_texts.contains(it.key()) && m_texts.value(it.key()) != it.value())
            setFieldText(it.key(), it.value());
    }
    // Saved against what the user had read: someone else's change since then is a conflict, not overwritten.
    if (draft.recordId && draft.baseVersion)
        m_version = draft.baseVersion;
    m_draftId = draft.id;
    m_draftTexts = m_texts;
    m_message->setText(tr("Restored the unsaved changes kept on %1.").arg(draft.savedAt));
}

void RecordEditor::done(int result)
{
    if (isDirty()) {
        const auto answer = QMessageBox::question(this, windowTitle(), tr("Save your changes before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    // Closed on purpose: what was not saved was discarded by choice.
    dropDraft();
    QDialog::done(result);
}

} // namespace qianyue::ui
