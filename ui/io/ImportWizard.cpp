#include "ui/io/ImportWizard.h"

#include "ui/io/ImportCheckPage.h"
#include "ui/io/ImportFilePage.h"
#include "ui/io/ImportMappingPage.h"
#include "ui/io/ImportPreviewPage.h"
#include "ui/io/ImportRunPage.h"
#include "ui/io/ImportValuesPage.h"

namespace qianyue::ui {

ImportWizard::ImportWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_session(database)
    , m_filePage(new ImportFilePage(m_session, this))
    , m_previewPage(new ImportPreviewPage(m_session, this))
    , m_mappingPage(new ImportMappingPage(m_session, this))
    , m_valuesPage(new ImportValuesPage(m_session, this))
    , m_checkPage(new ImportCheckPage(m_session, this))
    , m_runPage(new ImportRunPage(m_session, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(MappingPage, m_mappingPage);
    setPage(ValuesPage, m_valuesPage);
    setPage(CheckPage, m_checkPage);
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    resize(820, 620);
}

int ImportWizard::nextId() const
{
    // vCard and iCalendar files have no columns to preview or map.
    if (currentId() == FilePage && m_session.format != FileFormat::Csv)
        return ValuesPage;
    return QWizard::nextId();
}

bool ImportWizard::imported() const
{
    return m_runPage->written();
}

void ImportWizard::reject()
{
    // The import cannot stop between two rows without its own Cancel, which rolls back.
    if (m_runPage->running())
        return;
    QWizard::reject();
}

bool ImportWizard::run(QWidget *parent, Database &database)
{
    ImportWizard wizard(database, parent);
    wizard.setWindowModality(Qt::WindowModal);
    wizard.exec();
    return wizard.imported();
}

} // namespace qianyue::ui
