#include "ui/io/ImportRunPage.h"

#include "ui/io/ImportSession.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace qianyue::ui {

ImportRunPage::ImportRunPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Importing"));
    setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addWidget(m_result, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelling: everything imported so far is being rolled back…"));
    });
}

void ImportRunPage::initializePage()
{
    m_report.reset();
    m_cancelRequested = false;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_result->setText(tr("Reading the file…"));
    m_cancel->setEnabled(true);
    m_cancel->show();
    // Started once the page is on screen, so its progress can be seen.
    QTimer::singleShot(0, this, &ImportRunPage::start);
}

bool ImportRunPage::progress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_result->setText(tr("%1 of %2 rows…").arg(done).arg(total));
    // The import runs on this thread; events let Cancel be clicked meanwhile.
    QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
    return !m_cancelRequested;
}

void ImportRunPage::start()
{
    if (m_running || m_report)
        return;
    m_running = true;
    // Leaving or closing the wizard half-way would leave an open transaction behind.
    wizard()->button(QWizard::BackButton)->setEnabled(false);
    wizard()->button(QWizard::CancelButton)->setEnabled(false);
    Q_EMIT completeChanged();
    auto imported = m_session.run(false, [this](int done, int total) { return progress(done, total); });
    m_running = false;
    m_cancel->hide();
    wizard()->button(QWizard::CancelButton)->setEnabled(true);
    if (!imported) {
        m_result->setText(tr("The import failed and nothing was written: %1").arg(imported.error().text()));
    } else {
        m_report = std::move(*imported);
        if (m_report->written) {
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            m_result->setText(tr("Imported: %1 created, %2 updated, %3 skipped.")
                                  .arg(m_report->created)
                                  .arg(m_report->updated)
                                  .arg(m_report->skipped));
        } else if (m_cancelRequested) {
            m_result->setText(tr("The import was cancelled; nothing was written."));
        } else {
            QStringList problems;
            for (const ImportProblem &problem : m_report->problems)
                problems << problem.text();
            m_result->setText(tr("Nothing was written: %1").arg(problems.join(QLatin1Char('\n'))));
        }
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

bool ImportRunPage::isComplete() const
{
    return !m_running;
}

} // namespace qianyue::ui
