#include "ui/io/ImportCheckPage.h"

#include "ui/io/ImportSession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace qianyue::ui {

ImportCheckPage::ImportCheckPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_notes(new QListWidget(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Nothing has been written yet. The whole file was read and checked against the database."));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_notes->setObjectName(QStringLiteral("importNotes"));
    // Messages name the file, row and column and what was expected: long, and read whole.
    for (QListWidget *list : {m_problems, m_notes}) {
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    layout->addWidget(m_problems, 2);
    layout->addWidget(new QLabel(tr("Notes:"), this));
    layout->addWidget(m_notes, 1);
    setButtonText(QWizard::NextButton, tr("&Import"));
}

void ImportCheckPage::initializePage()
{
    m_problems->clear();
    m_notes->clear();
    m_summary->setText(tr("Checking…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto checked = m_session.run(true);
    QGuiApplication::restoreOverrideCursor();
    if (!checked) {
        m_report.reset();
        m_summary->setText(tr("The file could not be checked: %1").arg(checked.error().text()));
        Q_EMIT completeChanged();
        return;
    }
    m_report = std::move(*checked);
    for (const ImportProblem &problem : m_report->problems)
        m_problems->addItem(problem.text());
    for (const QString &note : std::as_const(m_report->notes))
        m_notes->addItem(note);
    const QString counts = tr("Would create %1, update %2 and skip %3 record(s).")
                               .arg(m_report->created)
                               .arg(m_report->updated)
                               .arg(m_report->skipped);
    m_summary->setText(m_report->ok()
                           ? counts + QLatin1Char(' ') + tr("No problems: press Import to write them in one go.")
                           : tr("%n problem(s) must be fixed first; nothing will be imported while any is left. "
                                "Go back to change the mapping, or correct the file and choose it again.",
                                nullptr, int(m_report->problems.size())));
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_report && m_report->ok();
}

} // namespace qianyue::ui
