#include "ui/io/ImportMappingPage.h"

#include "core/io/ImportSchema.h"
#include "ui/io/ImportSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qianyue::ui {

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the column each field is read from. Fields marked * are required; columns left unchosen are not imported."));
    m_status->setObjectName(QStringLiteral("importMappingStatus"));
    m_status->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("importMappingArea"));
    scroll->setWidgetResizable(true);
    m_form = new QWidget(scroll);
    new QFormLayout(m_form);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
}

void ImportMappingPage::initializePage()
{
    // The fields depend on the kind and the choices on the header: built anew each time.
    auto *form = static_cast<QFormLayout *>(m_form->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_boxes.clear();
    const QStringList &header = m_session.table.header;
    for (const ImportField &field : ImportSchema::fields(m_session.kind)) {
        auto *box = new QComboBox(m_form);
        box->setObjectName(QStringLiteral("map_") + field.name);
        box->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < int(header.size()); ++i)
            box->addItem(tr("Column %1: %2").arg(i + 1).arg(header.at(i)), i);
        box->setCurrentIndex(std::max(0, box->findData(m_session.mapping.value(field.name, -1))));
        box->setToolTip(ImportSchema::meaning(field));
        const QString label = QStringLiteral("%1 / %2 (%3)%4")
                                  .arg(field.chinese, field.english, field.name, field.required ? QStringLiteral(" *") : QString());
        form->addRow(label, box);
        m_boxes.insert(field.name, box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingChanged);
    }
    mappingChanged();
}

void ImportMappingPage::mappingChanged()
{
    QStringList missing;
    QHash<int, QStringList> byColumn;
    for (const ImportField &field : ImportSchema::fields(m_session.kind)) {
        const QComboBox *box = m_boxes.value(field.name);
        const int column = box ? box->currentData().toInt() : -1;
        if (column >= 0)
            byColumn[column] << field.name;
        else if (field.required)
            missing << field.name;
    }
    QStringList lines;
    if (!missing.isEmpty())
        lines << tr("Required fields without a column: %1.").arg(missing.join(QStringLiteral(", ")));
    for (auto it = byColumn.constBegin(); it != byColumn.constEnd(); ++it) {
        if (it.value().size() > 1)
            lines << tr("Column %1 feeds several fields: %2.").arg(it.key() + 1).arg(it.value().join(QStringLiteral(", ")));
    }
    int unused = 0;
    for (int i = 0; i < int(m_session.table.header.size()); ++i)
        unused += byColumn.contains(i) ? 0 : 1;
    if (unused > 0)
        lines << tr("%n column(s) of the file will not be imported.", nullptr, unused);
    m_status->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    for (const ImportField &field : ImportSchema::fields(m_session.kind)) {
        const QComboBox *box = m_boxes.value(field.name);
        if (field.required && (!box || box->currentData().toInt() < 0))
            return false;
    }
    return true;
}

bool ImportMappingPage::validatePage()
{
    m_session.mapping.clear();
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            m_session.mapping.insert(it.key(), column);
    }
    return true;
}

} // namespace qianyue::ui
