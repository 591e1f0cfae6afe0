#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace qianyue::ui {

class ImportSession;

/// Third page: one drop-down per field of the kind choosing the column it is
/// read from, set beforehand where a header names the field (in English or
/// Chinese). Required fields must have a column.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The drop-down of `field`, or nullptr.
    QComboBox *columnBox(const QString &field) const { return m_boxes.value(field); }

private:
    void mappingChanged();

    ImportSession &m_session;
    QWidget *m_form = nullptr;
    QLabel *m_status;
    QHash<QString, QComboBox *> m_boxes;
};

} // namespace qianyue::ui
