#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace qianyue::ui {

class ImportSession;

/// First page of the import wizard: the file and the kind of records in it.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void fileChanged();

    ImportSession &m_session;
    QLineEdit *m_file;
    QComboBox *m_kind;
    QLabel *m_message;
};

} // namespace qianyue::ui
