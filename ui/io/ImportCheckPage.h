#pragma once

#include "core/io/ImportReport.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QListWidget;

namespace qianyue::ui {

class ImportSession;

/// Fifth page: a dry run of the whole import. It tells what would be created,
/// updated and skipped, and lists every problem row by row as
/// "file:row:column: message"; the import can go on only without problems.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// The report of the last check (nullopt when the database failed).
    const std::optional<ImportReport> &report() const { return m_report; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *noteList() const { return m_notes; }

private:
    ImportSession &m_session;
    QLabel *m_summary;
    QListWidget *m_problems;
    QListWidget *m_notes;
    std::optional<ImportReport> m_report;
};

} // namespace qianyue::ui
