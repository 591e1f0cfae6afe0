#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace qianyue::ui {

class ImportSession;

/// Fourth page: values of list fields (source, status, …) and names of other
/// records (owner, customer, stage, product) that Qianyue does not recognise,
/// each with a drop-down to say what it means; and whether missing records
/// are created and existing ones updated.
class ImportValuesPage : public QWizardPage
{
    Q_OBJECT

public:
    /// Unrecognised values listed per field; past it the file needs another look anyway.
    static constexpr int kValuesPerField = 200;
    /// Names offered in one drop-down; more can be typed (with completion).
    static constexpr int kNamesOffered = 1000;
    /// Table columns.
    enum Column { FieldColumn, ValueColumn, ReplacementColumn };

    ImportValuesPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    QTableWidget *valuesTable() const { return m_values; }
    /// The row of `value` of `field` in the table, or -1.
    int rowOf(const QString &field, const QString &value) const;
    /// Chooses what `value` of `field` stands for; false when it is not listed.
    bool setReplacement(const QString &field, const QString &value, const QString &replacement);

private:
    ImportSession &m_session;
    QLabel *m_intro;
    QTableWidget *m_values;
    QCheckBox *m_createMissing;
    QCheckBox *m_updateExisting;
};

} // namespace qianyue::ui
