#include "ui/main/FirstStartDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qianyue::ui {

FirstStartDialog::FirstStartDialog(const QString &databasePath, bool demoAvailable, QWidget *parent)
    : QDialog(parent)
    , m_empty(new QRadioButton(tr("An &empty company: start entering my own customers"), this))
    , m_demo(new QRadioButton(tr("A &demo company full of sample data to explore"), this))
{
    setWindowTitle(tr("Welcome to Qianyue"));
    auto *intro = new QLabel(tr("<p><b>Welcome to Qianyue CRM.</b></p>"
                                "<p>Your data will be kept in:<br><tt>%1</tt></p>"
                                "<p>How would you like to start?</p>")
                                 .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_empty->setChecked(true);
    m_demo->setEnabled(demoAvailable);
    if (!demoAvailable)
        m_demo->setToolTip(tr("The demo data could not be prepared."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_demo);
    layout->addSpacing(12);
    layout->addWidget(buttons);
}

FirstStartDialog::Choice FirstStartDialog::choice() const
{
    return m_demo->isChecked() ? Choice::DemoCompany : Choice::EmptyCompany;
}

} // namespace qianyue::ui
