#pragma once

#include "core/io/ImportReport.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qianyue::ui {

class ImportSession;

/// Last page: the import itself, in one transaction, with a progress bar
/// and a Cancel button that rolls everything back.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool running() const { return m_running; }
    /// Whether the import was committed.
    bool written() const { return m_report && m_report->written; }
    const std::optional<ImportReport> &report() const { return m_report; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// The import ended: written, cancelled or refused.
    void finished();

private:
    void start();
    bool progress(int done, int total);

    ImportSession &m_session;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
    bool m_running = false;
    bool m_cancelRequested = false;
    std::optional<ImportReport> m_report;
};

} // namespace qianyue::ui
