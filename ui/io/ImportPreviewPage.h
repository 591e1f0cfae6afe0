#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace qianyue::ui {

class ImportSession;

/// Second page: the first rows of a CSV file as Qianyue reads them, with the
/// encoding and delimiter it detected, both of which the user can override.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    /// Records shown in the preview.
    static constexpr int kPreviewRows = 20;

    ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void reread();
    void showTable();

    ImportSession &m_session;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QLabel *m_problems;
    QTableWidget *m_preview;
    bool m_filling = false;
};

} // namespace qianyue::ui
