#include "ui/io/ImportValuesPage.h"

#include "core/io/ImportSchema.h"
#include "core/io/ValueMatcher.h"
#include "ui/io/ImportSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

constexpr int kFieldRole = Qt::UserRole + 1;

} // namespace

ImportValuesPage::ImportValuesPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_values(new QTableWidget(this))
    , m_createMissing(new QCheckBox(tr("&Create missing salespeople, customers, products and stages"), this))
    , m_updateExisting(new QCheckBox(tr("&Update records already stored (same code, tax id or name) instead of skipping them"), this))
{
    setTitle(tr("Map the values"));
    m_intro->setObjectName(QStringLiteral("importValuesIntro"));
    m_intro->setWordWrap(true);
    m_values->setObjectName(QStringLiteral("importValues"));
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    m_updateExisting->setObjectName(QStringLiteral("updateExisting"));
    m_values->setColumnCount(3);
    m_values->setHorizontalHeaderLabels({tr("Field"), tr("Value in the file"), tr("Import as")});
    m_values->horizontalHeader()->setSectionResizeMode(ReplacementColumn, QHeaderView::Stretch);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_createMissing);
    layout->addWidget(m_updateExisting);
}

void ImportValuesPage::initializePage()
{
    m_createMissing->setChecked(m_session.options.createMissing);
    m_updateExisting->setChecked(m_session.options.updateExisting);
    m_values->setRowCount(0);
    if (m_session.format != FileFormat::Csv) {
        m_intro->setText(tr("Names in vCard and iCalendar files are matched as they are written."));
        m_values->hide();
        return;
    }
    m_values->show();
    QStringList errors;
    for (const ImportField &field : ImportSchema::fields(m_session.kind)) {
        if (!m_session.mapping.contains(field.name) || !ValueMatcher::isMatched(m_session.kind, field.name))
            continue;
        auto matcher = ValueMatcher::forField(m_session.database(), m_session.kind, field.name);
        if (!matcher) {
            errors << matcher.error().text();
            continue;
        }
        const QStringList unmatched = matcher->unmatched(m_session.columnValues(field.name)).mid(0, kValuesPerField);
        const QHash<QString, QString> chosen = m_session.options.values.value(field.name);
        for (const QString &value : unmatched) {
            const int row = m_values->rowCount();
            m_values->insertRow(row);
            auto *fieldItem = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(field.chinese, field.english));
            fieldItem->setData(kFieldRole, field.name);
            m_values->setItem(row, FieldColumn, fieldItem);
            m_values->setItem(row, ValueColumn, new QTableWidgetItem(value));
            auto *box = new QComboBox(m_values);
            box->addItem(field.type == FieldType::Reference ? tr("(as written: not found)") : tr("(as written: not valid)"),
                         QString());
            int offered = 0;
            for (const ValueMatcher::Known &known : matcher->known()) {
                if (++offered > kNamesOffered)
                    break;
                box->addItem(known.label, known.value);
            }
            if (field.type == FieldType::Reference) {
                // More names than a list can show: any stored name can be typed.
                box->setEditable(true);
                box->completer()->setCompletionMode(QCompleter::PopupCompletion);
                box->completer()->setFilterMode(Qt::MatchContains);
            }
            const QString previous = chosen.value(ImportSchema::key(value));
            if (!previous.isEmpty()) {
                const int index = box->findData(previous);
                if (index >= 0)
                    box->setCurrentIndex(index);
                else
                    box->setEditText(previous);
            }
            m_values->setCellWidget(row, ReplacementColumn, box);
        }
    }
    m_values->resizeColumnsToContents();
    QString intro = m_values->rowCount() == 0
                        ? tr("Every value of the mapped list and name columns is known.")
                        : tr("%n value(s) are not known. Choose what each stands for, create the missing records below, "
                             "or leave them: the check on the next page lists every row they are in.",
                             nullptr, m_values->rowCount());
    if (!errors.isEmpty())
        intro += QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
    m_intro->setText(intro);
}

int ImportValuesPage::rowOf(const QString &field, const QString &value) const
{
    for (int row = 0; row < m_values->rowCount(); ++row) {
        if (m_values->item(row, FieldColumn)->data(kFieldRole).toString() == field
            && m_values->item(row, ValueColumn)->text() == value)
            return row;
    }
    return -1;
}

bool ImportValuesPage::setReplacement(const QString &field, const QString &value, const QString &replacement)
{
    const int row = rowOf(field, value);
    if (row < 0)
        return false;
    auto *box = static_cast<QComboBox *>(m_values->cellWidget(row, ReplacementColumn));
    const int index = box->findData(replacement);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (box->isEditable())
        box->setEditText(replacement);
    else
        return false;
    return true;
}

bool ImportValuesPage::validatePage()
{
    m_session.options.createMissing = m_createMissing->isChecked();
    m_session.options.updateExisting = m_updateExisting->isChecked();
    m_session.options.values.clear();
    for (int row = 0; row < m_values->rowCount(); ++row) {
        const auto *box = static_cast<QComboBox *>(m_values->cellWidget(row, ReplacementColumn));
        // A typed name is the edit text; a picked entry carries its value.
        QString replacement = box->currentData().toString();
        if (box->isEditable() && box->currentText() != box->itemText(box->currentIndex()))
            replacement = box->currentText().trimmed();
        if (box->isEditable() && box->currentIndex() == 0 && box->currentText() == box->itemText(0))
            replacement.clear();
        if (replacement.isEmpty())
            continue;
        const QString field = m_values->item(row, FieldColumn)->data(kFieldRole).toString();
        m_session.options.values[field].insert(ImportSchema::key(m_values->item(row, ValueColumn)->text()), replacement);
    }
    return true;
}

} // namespace qianyue::ui
