#pragma once

#include "ui/io/ImportSession.h"

#include <QWizard>

namespace qianyue {
class Database;
}

namespace qianyue::ui {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportValuesPage;

/// File → Import…: brings records from a CSV, vCard or iCalendar file into
/// the database step by step — file and kind, how it reads, which column is
/// which field, what unknown values mean, a full check, then the import in
/// one transaction with progress and Cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, ValuesPage, CheckPage, RunPage };

    explicit ImportWizard(Database &database, QWidget *parent = nullptr);

    /// Shows the wizard modally; true when records were imported (lists should reload).
    static bool run(QWidget *parent, Database &database);

    int nextId() const override;

    ImportSession &session() { return m_session; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportValuesPage *valuesPage() const { return m_valuesPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    /// Whether the import was committed.
    bool imported() const;

protected:
    void reject() override;

private:
    ImportSession m_session;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportValuesPage *m_valuesPage;
    ImportCheckPage *m_checkPage;
    ImportRunPage *m_runPage;
};

} // namespace qianyue::ui
