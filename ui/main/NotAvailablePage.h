#pragma once

#include "ui/main/Section.h"

#include <QWidget>

class QLabel;

namespace qianyue::ui {

/// The honest placeholder for a section that is not built yet: it says so
/// and shows no data.
class NotAvailablePage : public QWidget
{
    Q_OBJECT

public:
    explicit NotAvailablePage(Section section, QWidget *parent = nullptr);
    Section section() const { return m_section; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Section m_section;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace qianyue::ui
