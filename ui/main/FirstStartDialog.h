#pragma once

#include <QDialog>

class QRadioButton;

namespace qianyue::ui {

/// Asked once, when the default database does not exist yet: start with an
/// empty company or with a demo company to look around in.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { EmptyCompany, DemoCompany };

    explicit FirstStartDialog(const QString &databasePath, bool demoAvailable, QWidget *parent = nullptr);
    Choice choice() const;

private:
    QRadioButton *m_empty = nullptr;
    QRadioButton *m_demo = nullptr;
};

} // namespace qianyue::ui
