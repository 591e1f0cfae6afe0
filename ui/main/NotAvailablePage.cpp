#include "ui/main/NotAvailablePage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace qianyue::ui {

NotAvailablePage::NotAvailablePage(Section section, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("notAvailable_") + SectionInfo::key(section));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(3);
    retranslate();
}

void NotAvailablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotAvailablePage::retranslate()
{
    m_title->setText(SectionInfo::title(m_section));
    m_text->setText(tr("This section is not available yet in this version of Qianyue.\n"
                       "Nothing is shown here until it is built."));
}

} // namespace qianyue::ui
