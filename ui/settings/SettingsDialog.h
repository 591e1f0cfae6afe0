#pragma once

#include <QMap>
#include <optional>

#include "core/store/SearchStore.h"
#include "ui/settings/ReminderSettings.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// The settings of the open database and of this computer: company profile,
/// base currency, numbering patterns, pipeline stages, default tax rate,
/// language and reminders. Edits are checked as they are typed; Save writes
/// every database change in one transaction, Revert shows the stored values again.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tab { Company, Currency, Numbering, Pipeline, Tax, Language, Reminders };
    Q_ENUM(Tab)

    /// Columns of the pipeline stage table.
    enum class StageColumn { Name, EnglishName, Probability, Outcome, Count };
    Q_ENUM(StageColumn)

    /// `language` is the interface language now in use ("zh_CN", "en").
    SettingsDialog(Database &database, const QString &language, QWidget *parent = nullptr);

    /// Numbering kinds in the order they are shown, as the settings keys name them ("quote").
    static QStringList numberingKinds();

    /// Whether the dialog shows something other than what is stored.
    bool isModified() const;
    /// Whether every field holds a value that can be saved.
    bool isValid() const;
    /// Writes every change; false, with the reason shown, when nothing was written.
    bool save();
    /// Shows the stored values again, dropping every unsaved edit.
    void revert();
    void showTab(Tab tab);
    /// The line under the tabs: what is wrong, unsaved or just saved.
    QString message() const;

    /// Takes this image file as the company logo (what "Choose…" does after its file dialog).
    bool setLogoFile(const QString &path);
    /// Adds an open stage after the selected open stage, or last before the won stage.
    void addStage();
    /// Deletes the selected stage when nothing uses it; otherwise says what does.
    bool removeSelectedStage();
    /// Moves the selected open stage up (-1) or down (+1) among the open stages.
    bool moveSelectedStage(int offset);

Q_SIGNALS:
    /// Another interface language was saved; the main window installs it.
    void languageChosen(const QString &language);
    /// Settings were written: views that show amounts, numbers or stages should re-read them.
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct StageRow {
        qint64 id = 0;
        QString name;
        QString nameEn;
        QString probability; ///< percent as typed ("60", "12.5")
        QString outcome;
        bool operator==(const StageRow &) const = default;
    };
    /// Everything the dialog edits, as text, so "modified" is a plain comparison.
    struct Snapshot {
        CompanyProfile company;
        QString baseCurrency;
        QString exchangeRates; ///< "USD=7.1234, EUR=7.85": one unit in the base currency
        QString taxRate;
        QStringList patterns; ///< in numberingKinds() order
        std::vector<StageRow> stages;
        QString language;
        ReminderSettings reminders;
        bool operator==(const Snapshot &) const = default;
    };
    struct NumberingRow {
        QLabel *label = nullptr;
        QLineEdit *pattern = nullptr;
        QLabel *preview = nullptr;
    };

    QWidget *buildCompanyTab();
    QWidget *buildCurrencyTab();
    /// Reads "USD=7.1234, EUR=7.85" as millionths of the base currency per unit;
    /// std::nullopt with `problem` set when an entry is wrong.
    static std::optional<QMap<QString, qint64>> parseRates(const QString &text, const QString &base, QString *problem);
    QWidget *buildNumberingTab();
    QWidget *buildPipelineTab();
    QWidget *buildTaxTab();
    QWidget *buildLanguageTab();
    QWidget *buildRemindersTab();
    void retranslate();

    bool load();
    void apply(const Snapshot &snapshot);
    Snapshot current() const;
    void edited();
    bool validate();
    void showLogo();
    void chooseLogo();
    void fillStageTable();
    void stageEdited(int row, int column);
    void updateStageButtons();
    bool isOpenStage(int row) const;
    int openStageCount() const;
    void showMessage(const QString &text, bool error);

    Database &m_db;
    Snapshot m_stored;
    std::vector<StageRow> m_stages;
    std::vector<qint64> m_removedStages;
    QByteArray m_logo;
    bool m_loading = false;
    bool m_valid = true;
    bool m_justSaved = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QLabel *m_companyNameLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_taxIdLabel = nullptr;
    QLabel *m_bankLabel = nullptr;
    QLabel *m_logoLabel = nullptr;
    QLineEdit *m_companyName = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_taxId = nullptr;
    QLabel *m_taxIdHint = nullptr;
    QLineEdit *m_bank = nullptr;
    QLabel *m_logoPreview = nullptr;
    QLabel *m_logoHint = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;

    QLabel *m_currencyLabel = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_currencyHint = nullptr;
    QLabel *m_currencyNote = nullptr;
    QLabel *m_ratesLabel = nullptr;
    QLineEdit *m_rates = nullptr;
    QLabel *m_ratesHint = nullptr;

    QLabel *m_numberingHelp = nullptr;
    std::vector<NumberingRow> m_numbering;

    QTableWidget *m_stageTable = nullptr;
    QPushButton *m_addStage = nullptr;
    QPushButton *m_removeStage = nullptr;
    QPushButton *m_stageUp = nullptr;
    QPushButton *m_stageDown = nullptr;
    QLabel *m_stageHint = nullptr;
    QLabel *m_pipelineNote = nullptr;
    QString m_stageRefusal;

    QLabel *m_taxRateLabel = nullptr;
    QLineEdit *m_taxRate = nullptr;
    QLabel *m_taxRateHint = nullptr;
    QLabel *m_taxNote = nullptr;

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;

    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_snoozeLabel = nullptr;
    QSpinBox *m_snooze = nullptr;
    QLabel *m_remindersNote = nullptr;
};

} // namespace qianyue::ui
