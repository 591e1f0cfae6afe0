#include "ui/settings/SettingsDialog.h"

#include "core/domain/DocumentNumber.h"
#include "core/domain/FixedPoint.h"
#include "core/domain/Money.h"
#include "core/domain/Rate.h"
#include "core/i18n/Localization.h"
#include "core/store/Database.h"
#include "core/store/PipelineStore.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"

#include <QBuffer>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace qianyue::ui {

namespace {

const QString kOpen = QStringLiteral("open");
// A printed logo seldom needs more; larger pictures only make the database heavier.
constexpr int kLogoMaxSide = 1024;

enum class Severity { None, Warning, Error };

void setHint(QLabel *label, const QString &text, Severity severity)
{
    if (severity == Severity::None || text.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    label->setText(text);
    label->setStyleSheet(severity == Severity::Error ? QStringLiteral("color: #c0392b;")
                                                     : QStringLiteral("color: #a0620a;"));
    label->show();
}

QLabel *hintLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A form at the top of its page; extra height goes below it, not between its rows.
QFormLayout *topForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    return form;
}

QString percentText(qint64 ppm)
{
    return Rate::fromMillionths(ppm).toPercentString().chopped(1);
}

// A percentage from 0 to 100 as typed ("13", "12.5", "13 %"), in millionths.
std::optional<qint64> parsePercent(const QString &text)
{
    QString number = text.trimmed();
    if (number.endsWith(u'%'))
        number.chop(1);
    const auto rate = Rate::parse(QString(number + QLatin1Char('%')));
    if (!rate || rate->millionths() < 0 || rate->millionths() > Rate::kScale)
        return std::nullopt;
    return rate->millionths();
}

// 统一社会信用代码 (GB 32100-2015): 18 characters from this set, the last a check character.
const QString kCreditCodeCharacters = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

std::optional<QChar> creditCodeCheck(const QString &code)
{
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (code.size() != 18)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 18; ++i) {
        const qsizetype value = kCreditCodeCharacters.indexOf(code[i]);
        if (value < 0)
            return std::nullopt;
        if (i < 17)
            sum += int(value) * weights[i];
    }
    return kCreditCodeCharacters[(31 - sum % 31) % 31];
}

QString tableOfNumbering(const QString &kind)
{
    static const QHash<QString, QString> tables = {
        {QStringLiteral("quote"), QStringLiteral("quotes")},
        {QStringLiteral("contract"), QStringLiteral("contracts")},
        {QStringLiteral("sales_order"), QStringLiteral("sales_orders")},
        {QStringLiteral("receivable"), QStringLiteral("receivables")},
        {QStringLiteral("receipt"), QStringLiteral("receipts")},
        {QStringLiteral("opportunity"), QStringLiteral("opportunities")},
        {QStringLiteral("customer"), QStringLiteral("customers")},
    };
    return tables.value(kind);
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QTableWidgetItem *cell(const QString &text, bool editable)
{
    auto *item = new QTableWidgetItem(text);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable)
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    return item;
}

} // namespace

SettingsDialog::SettingsDialog(Database &database, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
{
    setObjectName(QStringLiteral("settingsDialog"));
    resize(720, 560);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildCompanyTab(), QString());
    m_tabs->addTab(buildCurrencyTab(), QString());
    m_tabs->addTab(buildNumberingTab(), QString());
    m_tabs->addTab(buildPipelineTab(), QString());
    m_tabs->addTab(buildTaxTab(), QString());
    m_tabs->addTab(buildLanguageTab(), QString());
    m_tabs->addTab(buildRemindersTab(), QString());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettings"));
    m_buttons->button(QDialogButtonBox::Reset)->setObjectName(QStringLiteral("revertSettings"));
    // Enter in a field must not close the dialog behind the user's back.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &SettingsDialog::revert);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const QStringList languages = Localization::availableLanguages();
    m_stored.language = languages.contains(language) ? language : Localization::systemLanguage();
    retranslate();
    load();
}

QStringList SettingsDialog::numberingKinds()
{
    return {QStringLiteral("quote"),      QStringLiteral("contract"), QStringLiteral("sales_order"),
            QStringLiteral("receivable"), QStringLiteral("receipt"),  QStringLiteral("opportunity"),
            QStringLiteral("customer")};
}

QWidget *SettingsDialog::buildCompanyTab()
{
    auto *page = new QWidget;
    auto *form = topForm(page);
    const auto line = [&](QLineEdit *&edit, QLabel *&label, const QString &name) {
        edit = new QLineEdit(page);
        edit->setObjectName(name);
        label = new QLabel(page);
        label->setBuddy(edit);
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::edited);
    };
    line(m_companyName, m_companyNameLabel, QStringLiteral("companyName"));
    line(m_address, m_addressLabel, QStringLiteral("companyAddress"));
    line(m_phone, m_phoneLabel, QStringLiteral("companyPhone"));
    line(m_taxId, m_taxIdLabel, QStringLiteral("companyTaxId"));
    line(m_bank, m_bankLabel, QStringLiteral("companyBank"));
    m_taxId->setMaxLength(18);
    m_taxIdHint = hintLabel(QStringLiteral("companyTaxIdHint"), page);

    m_logoPreview = new QLabel(page);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(220, 90);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_chooseLogo = new QPushButton(page);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo = new QPushButton(page);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        setHint(m_logoHint, {}, Severity::None);
        showLogo();
        edited();
    });
    m_logoHint = hintLabel(QStringLiteral("logoHint"), page);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 0, Qt::AlignTop);
    logoRow->addLayout(logoButtons);
    logoRow->setAlignment(logoButtons, Qt::AlignTop);
    logoRow->addStretch();
    m_logoLabel = new QLabel(page);

    form->addRow(m_companyNameLabel, m_companyName);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_taxIdLabel, m_taxId);
    form->addRow(QString(), m_taxIdHint);
    form->addRow(m_bankLabel, m_bank);
    form->addRow(m_logoLabel, logoRow);
    form->addRow(QString(), m_logoHint);
    return page;
}

QWidget *SettingsDialog::buildCurrencyTab()
{
    auto *page = new QWidget;
    auto *form = topForm(page);
    m_currency = new QLineEdit(page);
    m_currency->setObjectName(QStringLiteral("baseCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(80);
    connect(m_currency, &QLineEdit::textChanged, this, &SettingsDialog::edited);
    m_currencyLabel = new QLabel(page);
    m_currencyLabel->setBuddy(m_currency);
    m_currencyHint = hintLabel(QStringLiteral("baseCurrencyHint"), page);
    m_currencyNote = noteLabel(page);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(QString(), m_currencyHint);
    m_rates = new QLineEdit(page);
    m_rates->setObjectName(QStringLiteral("exchangeRates"));
    connect(m_rates, &QLineEdit::textChanged, this, &SettingsDialog::edited);
    m_ratesLabel = new QLabel(page);
    m_ratesLabel->setBuddy(m_rates);
    m_ratesHint = hintLabel(QStringLiteral("exchangeRatesHint"), page);
    form->addRow(m_ratesLabel, m_rates);
    form->addRow(QString(), m_ratesHint);
    form->addRow(m_currencyNote);
    return page;
}

std::optional<QMap<QString, qint64>> SettingsDialog::parseRates(const QString &text, const QString &base, QString *problem)
{
    QMap<QString, qint64> rates;
    static const QRegularExpression separators(QStringLiteral("[,;，；\\s]+"));
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString code = entry.left(equals).trimmed().toUpper();
        const QString amount = equals < 0 ? QString() : entry.mid(equals + 1).trimmed();
        if (equals < 0 || !Money::validateCurrency(code) || code == base) {
            *problem = tr("'%1' is not a rate: write each as CODE=rate, e.g. USD=7.1234, for currencies other than %2.")
                           .arg(entry, base);
            return std::nullopt;
        }
        const auto ppm = fixedpoint::parseScaledDecimal(amount, 6);
        if (!ppm || *ppm <= 0) {
            *problem = tr("The rate of %1 must be a number above zero with at most 6 decimals, not '%2'.").arg(code, amount);
            return std::nullopt;
        }
        rates.insert(code, *ppm);
    }
    return rates;
}

namespace {

// The settings keys OpportunityWorkflow reads a currency's rate from.
const QString kRatePrefix = QStringLiteral("exchange_rate_ppm.");

QString ratesText(const QMap<QString, qint64> &rates)
{
    QStringList entries;
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it)
        entries << it.key() + QLatin1Char('=') + fixedpoint::formatScaledDecimal(it.value(), 6, fixedpoint::TrailingZeros::Trim);
    return entries.join(QStringLiteral(", "));
}

} // namespace

QWidget *SettingsDialog::buildNumberingTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_numberingHelp = noteLabel(page);
    layout->addWidget(m_numberingHelp);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (const QString &kind : numberingKinds()) {
        NumberingRow line;
        line.pattern = new QLineEdit(page);
        line.pattern->setObjectName(QStringLiteral("pattern_") + kind);
        line.pattern->setMinimumWidth(180);
        line.label = new QLabel(page);
        line.label->setBuddy(line.pattern);
        line.preview = new QLabel(page);
        line.preview->setObjectName(QStringLiteral("preview_") + kind);
        line.preview->setWordWrap(true);
        connect(line.pattern, &QLineEdit::textChanged, this, &SettingsDialog::edited);
        grid->addWidget(line.label, row, 0);
        grid->addWidget(line.pattern, row, 1);
        grid->addWidget(line.preview, row, 2);
        m_numbering.push_back(line);
        ++row;
    }
    layout->addLayout(grid);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildPipelineTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_stageTable = new QTableWidget(0, int(StageColumn::Count), page);
    m_stageTable->setObjectName(QStringLiteral("stageTable"));
    m_stageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stageTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stageTable->verticalHeader()->hide();
    QHeaderView *header = m_stageTable->horizontalHeader();
    header->setSectionResizeMode(int(StageColumn::Name), QHeaderView::Stretch);
    header->setSectionResizeMode(int(StageColumn::EnglishName), QHeaderView::Stretch);
    header->setSectionResizeMode(int(StageColumn::Probability), QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(StageColumn::Outcome), QHeaderView::ResizeToContents);
    connect(m_stageTable, &QTableWidget::cellChanged, this, &SettingsDialog::stageEdited);
    connect(m_stageTable, &QTableWidget::currentCellChanged, this, [this] {
        m_stageRefusal.clear();
        updateStageButtons();
        validate();
    });

    const auto button = [&](QPushButton *&target, const QString &name) {
        target = new QPushButton(page);
        target->setObjectName(name);
        target->setAutoDefault(false);
    };
    button(m_addStage, QStringLiteral("addStage"));
    button(m_removeStage, QStringLiteral("removeStage"));
    button(m_stageUp, QStringLiteral("stageUp"));
    button(m_stageDown, QStringLiteral("stageDown"));
    connect(m_addStage, &QPushButton::clicked, this, &SettingsDialog::addStage);
    connect(m_removeStage, &QPushButton::clicked, this, &SettingsDialog::removeSelectedStage);
    connect(m_stageUp, &QPushButton::clicked, this, [this] { moveSelectedStage(-1); });
    connect(m_stageDown, &QPushButton::clicked, this, [this] { moveSelectedStage(1); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addStage);
    buttons->addWidget(m_removeStage);
    buttons->addSpacing(12);
    buttons->addWidget(m_stageUp);
    buttons->addWidget(m_stageDown);
    buttons->addStretch();

    m_stageHint = hintLabel(QStringLiteral("stageHint"), page);
    m_pipelineNote = noteLabel(page);
    layout->addWidget(m_stageTable, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_stageHint);
    layout->addWidget(m_pipelineNote);
    return page;
}

QWidget *SettingsDialog::buildTaxTab()
{
    auto *page = new QWidget;
    auto *form = topForm(page);
    m_taxRate = new QLineEdit(page);
    m_taxRate->setObjectName(QStringLiteral("taxRate"));
    m_taxRate->setMaximumWidth(100);
    m_taxRate->setAlignment(Qt::AlignRight);
    connect(m_taxRate, &QLineEdit::textChanged, this, &SettingsDialog::edited);
    m_taxRateLabel = new QLabel(page);
    m_taxRateLabel->setBuddy(m_taxRate);
    auto *row = new QHBoxLayout;
    row->addWidget(m_taxRate);
    row->addWidget(new QLabel(QStringLiteral("%"), page));
    row->addStretch();
    m_taxRateHint = hintLabel(QStringLiteral("taxRateHint"), page);
    m_taxNote = noteLabel(page);
    form->addRow(m_taxRateLabel, row);
    form->addRow(QString(), m_taxRateHint);
    form->addRow(m_taxNote);
    return page;
}

QWidget *SettingsDialog::buildLanguageTab()
{
    auto *page = new QWidget;
    auto *form = topForm(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is listed in its own name, so it can be found whatever is shown now.
    for (const QString &language : Localization::availableLanguages())
        m_language->addItem(Localization::nativeName(language), language);
    m_language->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::edited);
    m_languageLabel = new QLabel(page);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = noteLabel(page);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_languageNote);
    return page;
}

QWidget *SettingsDialog::buildRemindersTab()
{
    auto *page = new QWidget;
    auto *form = topForm(page);
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(QStringLiteral("reminderInterval"));
    m_interval->setRange(ReminderSettings::kMinInterval, ReminderSettings::kMaxInterval);
    m_snooze = new QSpinBox(page);
    m_snooze->setObjectName(QStringLiteral("reminderSnooze"));
    m_snooze->setRange(ReminderSettings::kMinSnooze, ReminderSettings::kMaxSnooze);
    // Short numbers in short fields: a spin box stretched across the page reads as a text field.
    for (QSpinBox *spin : {m_interval, m_snooze})
        spin->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_interval, &QSpinBox::valueChanged, this, &SettingsDialog::edited);
    connect(m_snooze, &QSpinBox::valueChanged, this, &SettingsDialog::edited);
    m_intervalLabel = new QLabel(page);
    m_intervalLabel->setBuddy(m_interval);
    m_snoozeLabel = new QLabel(page);
    m_snoozeLabel->setBuddy(m_snooze);
    m_remindersNote = noteLabel(page);
    form->addRow(m_intervalLabel, m_interval);
    form->addRow(m_snoozeLabel, m_snooze);
    form->addRow(m_remindersNote);
    return page;
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    // Tabs go without mnemonics (Ctrl+Tab switches them), leaving the letters to the fields of each page.
    m_tabs->setTabText(int(Tab::Company), tr("Company"));
    m_tabs->setTabText(int(Tab::Currency), tr("Currency"));
    m_tabs->setTabText(int(Tab::Numbering), tr("Numbering"));
    m_tabs->setTabText(int(Tab::Pipeline), tr("Pipeline stages"));
    m_tabs->setTabText(int(Tab::Tax), tr("Tax"));
    m_tabs->setTabText(int(Tab::Language), tr("Language"));
    m_tabs->setTabText(int(Tab::Reminders), tr("Reminders"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Reset)->setText(tr("Re&vert"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));

    m_companyNameLabel->setText(tr("Company &name:"));
    m_addressLabel->setText(tr("&Address:"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_taxIdLabel->setText(tr("Unified social credit code (&tax id):"));
    m_taxId->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    m_bankLabel->setText(tr("&Bank and account:"));
    m_logoLabel->setText(tr("Logo:"));
    m_chooseLogo->setText(tr("Ch&oose…"));
    m_removeLogo->setText(tr("Re&move"));
    showLogo();

    m_currencyLabel->setText(tr("&Base currency:"));
    m_currency->setPlaceholderText(QStringLiteral("CNY"));
    m_ratesLabel->setText(tr("E&xchange rates:"));
    m_rates->setPlaceholderText(QStringLiteral("USD=7.1234, EUR=7.85"));
    m_rates->setToolTip(tr("What one unit of each currency is worth in the base currency. New opportunities in that "
                           "currency take this rate."));
    m_currencyNote->setText(tr("Dashboards and reports add amounts up in the base currency. Every quote, contract, "
                               "order and receipt keeps its own currency and exchange rate, so amounts already saved "
                               "are not converted again."));

    m_numberingHelp->setText(tr("{YYYY} is the year, {YY} its last two digits, and {####} the running number, padded "
                                "to as many digits as there are #. With a year in the pattern the count starts again "
                                "at 1 every year."));
    for (std::size_t i = 0; i < m_numbering.size(); ++i) {
        const QString table = tableOfNumbering(numberingKinds().at(qsizetype(i)));
        const QString kind = capitalised(RecordStore::kindName(table));
        m_numbering[i].label->setText(tr("%1:", "a numbering pattern's label").arg(kind));
    }

    m_stageTable->setHorizontalHeaderLabels({tr("Name"), tr("English name"), tr("Probability %"), tr("Outcome")});
    m_addStage->setText(tr("&Add stage"));
    m_removeStage->setText(tr("&Delete"));
    m_stageUp->setText(tr("Move &up"));
    m_stageDown->setText(tr("Move do&wn"));
    m_pipelineNote->setText(tr("Double-click a name or probability to change it. The probability is what an "
                               "opportunity entering the stage starts with. A stage can be deleted only while no "
                               "opportunity is or was in it."));
    fillStageTable();

    m_taxRateLabel->setText(tr("&Default tax rate:"));
    m_taxNote->setText(tr("New products and document lines start with this rate; each line keeps its own."));

    m_languageLabel->setText(tr("&Interface language:"));
    m_languageNote->setText(tr("The interface switches to the chosen language when you save."));

    m_intervalLabel->setText(tr("&Look for due reminders every:"));
    m_snoozeLabel->setText(tr("S&nooze a reminder for:"));
    m_interval->setSuffix(tr(" min"));
    m_snooze->setSuffix(tr(" min"));
    m_remindersNote->setText(tr("These options belong to this computer, not to the database."));
    validate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool SettingsDialog::load()
{
    Snapshot stored;
    stored.language = m_stored.language;
    auto company = SearchStore(m_db).companyProfile();
    if (!company) {
        showMessage(company.error().text(), true);
        return false;
    }
    stored.company = *company;
    SettingsStore settings(m_db);
    auto currency = settings.baseCurrency();
    auto tax = settings.integer(QStringLiteral("default_tax_rate_ppm"), 0);
    if (!currency || !tax) {
        showMessage((currency ? tax.error() : currency.error()).text(), true);
        return false;
    }
    stored.baseCurrency = *currency;
    auto rates = settings.withPrefix(kRatePrefix);
    if (!rates) {
        showMessage(rates.error().text(), true);
        return false;
    }
    QMap<QString, qint64> known;
    for (const auto &[key, value] : *rates) {
        if (const qint64 ppm = value.toLongLong(); ppm > 0)
            known.insert(key.mid(kRatePrefix.size()), ppm);
    }
    stored.exchangeRates = ratesText(known);
    stored.taxRate = percentText(*tax);
    for (const QString &kind : numberingKinds()) {
        auto pattern = settings.value(QStringLiteral("number_pattern.") + kind);
        if (!pattern) {
            showMessage(pattern.error().text(), true);
            return false;
        }
        stored.patterns << *pattern;
    }
    auto stages = PipelineStore(m_db).stages();
    if (!stages) {
        showMessage(stages.error().text(), true);
        return false;
    }
    for (const Fields &stage : *stages) {
        stored.stages.push_back({stage.value(QStringLiteral("id")).toLongLong(),
                                 stage.value(QStringLiteral("name")).toString(),
                                 stage.value(QStringLiteral("name_en")).toString(),
                                 percentText(stage.value(QStringLiteral("probability_ppm")).toLongLong()),
                                 stage.value(QStringLiteral("outcome")).toString()});
    }
    stored.reminders = ReminderSettings::load();
    m_stored = stored;
    m_removedStages.clear();
    m_stageRefusal.clear();
    m_justSaved = false;
    setHint(m_logoHint, {}, Severity::None);
    apply(m_stored);
    return true;
}

void SettingsDialog::apply(const Snapshot &snapshot)
{
    m_loading = true;
    m_companyName->setText(snapshot.company.name);
    m_address->setText(snapshot.company.address);
    m_phone->setText(snapshot.company.phone);
    m_taxId->setText(snapshot.company.taxId);
    m_bank->setText(snapshot.company.bankAccount);
    m_logo = snapshot.company.logo;
    m_currency->setText(snapshot.baseCurrency);
    m_rates->setText(snapshot.exchangeRates);
    m_taxRate->setText(snapshot.taxRate);
    for (std::size_t i = 0; i < m_numbering.size(); ++i)
        m_numbering[i].pattern->setText(snapshot.patterns.value(qsizetype(i)));
    m_stages = snapshot.stages;
    m_language->setCurrentIndex(std::max(0, m_language->findData(snapshot.language)));
    m_interval->setValue(snapshot.reminders.checkIntervalMinutes);
    m_snooze->setValue(snapshot.reminders.snoozeMinutes);
    m_loading = false;
    fillStageTable();
    showLogo();
    validate();
}

SettingsDialog::Snapshot SettingsDialog::current() const
{
    Snapshot now;
    now.company.name = m_companyName->text();
    now.company.address = m_address->text();
    now.company.phone = m_phone->text();
    now.company.taxId = m_taxId->text().trimmed().toUpper();
    now.company.bankAccount = m_bank->text();
    now.company.logo = m_logo;
    now.baseCurrency = m_currency->text().trimmed().toUpper();
    now.exchangeRates = m_rates->text().trimmed();
    now.taxRate = m_taxRate->text().trimmed();
    for (const NumberingRow &row : m_numbering)
        now.patterns << row.pattern->text();
    now.stages = m_stages;
    now.language = m_language->currentData().toString();
    now.reminders.checkIntervalMinutes = m_interval->value();
    now.reminders.snoozeMinutes = m_snooze->value();
    return now;
}

bool SettingsDialog::isModified() const
{
    return !(current() == m_stored) || !m_removedStages.empty();
}

bool SettingsDialog::isValid() const
{
    return m_valid;
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

void SettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void SettingsDialog::edited()
{
    if (m_loading)
        return;
    m_justSaved = false;
    validate();
}

bool SettingsDialog::validate()
{
    if (m_loading || !m_stageTable)
        return m_valid;
    QSet<int> wrong;

    // Company: a malformed code is refused, a wrong check character only questioned,
    // because a typo there is likelier than a new rule.
    const QString taxId = m_taxId->text().trimmed().toUpper();
    const auto check = creditCodeCheck(taxId);
    if (taxId.isEmpty()) {
        setHint(m_taxIdHint, {}, Severity::None);
    } else if (!check) {
        setHint(m_taxIdHint, tr("A unified social credit code has 18 characters: digits and capital letters other than "
                                "I, O, S, V and Z."),
                Severity::Error);
        wrong.insert(int(Tab::Company));
    } else if (*check != taxId.back()) {
        setHint(m_taxIdHint,
                tr("The last character should be %1 by the check rule; please compare with the business licence.")
                    .arg(*check),
                Severity::Warning);
    } else {
        setHint(m_taxIdHint, {}, Severity::None);
    }

    const QString currency = m_currency->text().trimmed().toUpper();
    if (auto valid = Money::validateCurrency(currency); !valid) {
        setHint(m_currencyHint, valid.error().message, Severity::Error);
        wrong.insert(int(Tab::Currency));
    } else {
        setHint(m_currencyHint, {}, Severity::None);
    }
    QString rateProblem;
    if (!parseRates(m_rates->text(), currency, &rateProblem)) {
        setHint(m_ratesHint, rateProblem, Severity::Error);
        wrong.insert(int(Tab::Currency));
    } else {
        setHint(m_ratesHint, {}, Severity::None);
    }

    const int year = QDate::currentDate().year();
    SearchStore search(m_db);
    for (std::size_t i = 0; i < m_numbering.size(); ++i) {
        const NumberingRow &row = m_numbering[i];
        const QString kind = numberingKinds().at(qsizetype(i));
        const QString pattern = row.pattern->text().trimmed();
        QString problem;
        QString preview;
        if (auto valid = DocumentNumber::validatePattern(pattern); !valid) {
            problem = valid.error().message;
        } else {
            // The same year rule as NumberSequence: a pattern without a year counts on for ever.
            const bool yearly = pattern.contains(QStringLiteral("{YYYY}")) || pattern.contains(QStringLiteral("{YY}"));
            const auto last = search.lastSequence(kind, yearly ? year : 0);
            preview = DocumentNumber::format(pattern, year, last.value_or(0) + 1);
            if (search.numberTaken(kind, preview).value_or(false))
                problem = tr("The next number would be %1, which is already taken; change the pattern.").arg(preview);
        }
        if (problem.isEmpty()) {
            row.preview->setText(tr("Next: %1").arg(preview));
            row.preview->setStyleSheet(QString());
        } else {
            row.preview->setText(problem);
            row.preview->setStyleSheet(QStringLiteral("color: #c0392b;"));
            wrong.insert(int(Tab::Numbering));
        }
    }

    QString stageProblem;
    {
        const QSignalBlocker blocker(m_stageTable);
        QSet<QString> names;
        for (std::size_t i = 0; i < m_stages.size(); ++i) {
            const StageRow &stage = m_stages[i];
            const int row = int(i);
            const QString name = stage.name.trimmed();
            QString nameProblem;
            if (name.isEmpty())
                nameProblem = tr("Every stage needs a name.");
            else if (names.contains(name.toCaseFolded()))
                nameProblem = tr("Two stages are called “%1”.").arg(name);
            names.insert(name.toCaseFolded());
            const QString probabilityProblem = parsePercent(stage.probability)
                                                   ? QString()
                                                   : tr("Enter a probability from 0 to 100 for “%1”.").arg(name);
            const QBrush bad(QColor(0xf6, 0xd5, 0xd1));
            if (QTableWidgetItem *item = m_stageTable->item(row, int(StageColumn::Name)))
                item->setBackground(nameProblem.isEmpty() ? QBrush() : bad);
            if (QTableWidgetItem *item = m_stageTable->item(row, int(StageColumn::Probability)))
                item->setBackground(probabilityProblem.isEmpty() ? QBrush() : bad);
            if (stageProblem.isEmpty())
                stageProblem = nameProblem.isEmpty() ? probabilityProblem : nameProblem;
        }
    }
    if (!stageProblem.isEmpty()) {
        setHint(m_stageHint, stageProblem, Severity::Error);
        wrong.insert(int(Tab::Pipeline));
    } else {
        setHint(m_stageHint, m_stageRefusal, m_stageRefusal.isEmpty() ? Severity::None : Severity::Error);
    }

    if (parsePercent(m_taxRate->text())) {
        setHint(m_taxRateHint, {}, Severity::None);
    } else {
        setHint(m_taxRateHint, tr("Enter a percentage from 0 to 100, such as 13 or 6.5."), Severity::Error);
        wrong.insert(int(Tab::Tax));
    }

    m_valid = wrong.isEmpty();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, wrong.contains(tab) ? warning : QIcon());

    const bool modified = isModified();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid && modified);
    m_buttons->button(QDialogButtonBox::Reset)->setEnabled(modified);
    if (!m_valid)
        showMessage(tr("Correct the fields marked in red to save."), true);
    else if (m_justSaved)
        showMessage(tr("Settings saved."), false);
    else if (modified)
        showMessage(tr("Unsaved changes."), false);
    else
        showMessage(QString(), false);
    return m_valid;
}

void SettingsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

bool SettingsDialog::save()
{
    if (!validate())
        return false;
    const Snapshot now = current();
    SettingsChanges changes;
    changes.company = now.company;
    for (QString *text : {&changes.company.name, &changes.company.address, &changes.company.phone,
                          &changes.company.bankAccount})
        *text = text->trimmed();
    if (now.baseCurrency != m_stored.baseCurrency)
        changes.values.append(qMakePair(QStringLiteral("base_currency"), now.baseCurrency));
    if (now.exchangeRates != m_stored.exchangeRates) {
        QString problem;
        const auto wanted = parseRates(now.exchangeRates, now.baseCurrency, &problem).value_or(QMap<QString, qint64>());
        const auto before = parseRates(m_stored.exchangeRates, m_stored.baseCurrency, &problem).value_or(QMap<QString, qint64>());
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            if (before.value(it.key()) != it.value())
                changes.values.append(qMakePair(kRatePrefix + it.key(), QString::number(it.value())));
        }
        // A rate taken out is stored as 0, which reads as "not set".
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!wanted.contains(it.key()))
                changes.values.append(qMakePair(kRatePrefix + it.key(), QStringLiteral("0")));
        }
    }
    if (now.taxRate != m_stored.taxRate)
        changes.values.append(
            qMakePair(QStringLiteral("default_tax_rate_ppm"), QString::number(parsePercent(now.taxRate).value_or(0))));
    for (qsizetype i = 0; i < now.patterns.size(); ++i) {
        if (now.patterns.at(i) == m_stored.patterns.value(i))
            continue;
        const QString key = QStringLiteral("number_pattern.") + numberingKinds().at(i);
        changes.values.append(qMakePair(key, now.patterns.at(i).trimmed()));
    }
    // Untouched stages are not rewritten, so their audit history stays quiet.
    if (now.stages != m_stored.stages || !m_removedStages.empty()) {
        for (const StageRow &stage : now.stages) {
            const qint64 probability = parsePercent(stage.probability).value_or(0);
            changes.stages.push_back({stage.id, stage.name, stage.nameEn, probability, stage.outcome});
        }
        changes.removedStages = m_removedStages;
    }
    if (auto saved = SearchStore(m_db).saveSettings(changes); !saved) {
        showMessage(tr("Nothing was saved: %1").arg(saved.error().text()), true);
        return false;
    }
    now.reminders.save();
    const bool languageChanged = now.language != m_stored.language;
    m_stored.language = now.language;
    load();
    m_justSaved = true;
    validate();
    Q_EMIT settingsSaved();
    if (languageChanged)
        Q_EMIT languageChosen(now.language);
    return true;
}

void SettingsDialog::revert()
{
    load();
}

void SettingsDialog::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved settings"),
                                                  tr("Discard the changes you have not saved?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void SettingsDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the company logo"), QString(),
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setLogoFile(path);
}

bool SettingsDialog::setLogoFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        setHint(m_logoHint, tr("%1 cannot be read as an image: %2").arg(path, reader.errorString()), Severity::Error);
        return false;
    }
    if (std::max(image.width(), image.height()) > kLogoMaxSide)
        image = image.scaled(kLogoMaxSide, kLogoMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Stored as PNG whatever it came as: lossless, with transparency, and readable everywhere.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        setHint(m_logoHint, tr("%1 could not be converted for storing.").arg(path), Severity::Error);
        return false;
    }
    m_logo = bytes;
    setHint(m_logoHint, {}, Severity::None);
    showLogo();
    edited();
    return true;
}

void SettingsDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo)) {
        const QSize room = m_logoPreview->size() - QSize(8, 8);
        m_logoPreview->setPixmap(pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
}

void SettingsDialog::fillStageTable()
{
    if (!m_stageTable)
        return;
    const int current = m_stageTable->currentRow();
    {
        const QSignalBlocker blocker(m_stageTable);
        m_stageTable->setRowCount(int(m_stages.size()));
        for (std::size_t i = 0; i < m_stages.size(); ++i) {
            const StageRow &stage = m_stages[i];
            const int row = int(i);
            const bool open = stage.outcome == kOpen;
            m_stageTable->setItem(row, int(StageColumn::Name), cell(stage.name, true));
            m_stageTable->setItem(row, int(StageColumn::EnglishName), cell(stage.nameEn, true));
            // Won is 100 % and lost 0 % by their meaning; only open stages have a probability to choose.
            auto *probability = cell(stage.probability, open);
            probability->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stageTable->setItem(row, int(StageColumn::Probability), probability);
            const QString outcome = open ? tr("Open") : stage.outcome == u"won" ? tr("Won") : tr("Lost");
            m_stageTable->setItem(row, int(StageColumn::Outcome), cell(outcome, false));
        }
        if (current >= 0 && current < m_stageTable->rowCount())
            m_stageTable->setCurrentCell(current, std::max(0, m_stageTable->currentColumn()));
    }
    updateStageButtons();
}

void SettingsDialog::stageEdited(int row, int column)
{
    if (row < 0 || row >= int(m_stages.size()))
        return;
    const QString text = m_stageTable->item(row, column)->text();
    StageRow &stage = m_stages[std::size_t(row)];
    switch (StageColumn(column)) {
    case StageColumn::Name:
        stage.name = text;
        break;
    case StageColumn::EnglishName:
        stage.nameEn = text;
        break;
    case StageColumn::Probability:
        stage.probability = text;
        break;
    case StageColumn::Outcome:
    case StageColumn::Count:
        return;
    }
    m_stageRefusal.clear();
    edited();
}

void SettingsDialog::updateStageButtons()
{
    const int row = m_stageTable->currentRow();
    const bool open = isOpenStage(row);
    m_removeStage->setEnabled(open);
    m_stageUp->setEnabled(open && isOpenStage(row - 1));
    m_stageDown->setEnabled(open && isOpenStage(row + 1));
}

bool SettingsDialog::isOpenStage(int row) const
{
    return row >= 0 && row < int(m_stages.size()) && m_stages[std::size_t(row)].outcome == kOpen;
}

int SettingsDialog::openStageCount() const
{
    return int(std::count_if(m_stages.begin(), m_stages.end(), [](const StageRow &s) { return s.outcome == kOpen; }));
}

void SettingsDialog::addStage()
{
    const int openCount = openStageCount();
    const int row = m_stageTable->currentRow();
    const int at = row >= 0 && row < openCount ? row + 1 : openCount;
    const auto taken = [this](const QString &name) {
        return std::any_of(m_stages.begin(), m_stages.end(),
                           [&](const StageRow &s) { return s.name.trimmed().toCaseFolded() == name.toCaseFolded(); });
    };
    const QString base = tr("New stage");
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    // Between its neighbours in likelihood, the new stage starts with the one before it.
    const QString probability = at > 0 ? m_stages[std::size_t(at - 1)].probability : QStringLiteral("10");
    m_stages.insert(m_stages.begin() + at, StageRow{0, name, QString(), probability, kOpen});
    fillStageTable();
    m_stageTable->setCurrentCell(at, int(StageColumn::Name));
    m_stageRefusal.clear();
    edited();
    if (m_stageTable->isVisible())
        m_stageTable->editItem(m_stageTable->item(at, int(StageColumn::Name)));
}

bool SettingsDialog::removeSelectedStage()
{
    const int row = m_stageTable->currentRow();
    if (row < 0 || row >= int(m_stages.size()))
        return false;
    const StageRow stage = m_stages[std::size_t(row)];
    QString refusal;
    if (stage.id > 0) {
        // Asked now rather than at Save, so the user learns at once what still uses the stage.
        if (auto removable = SearchStore(m_db).checkStageRemovable(stage.id); !removable)
            refusal = removable.error().text();
    }
    if (refusal.isEmpty() && stage.outcome == kOpen && openStageCount() == 1)
        refusal = tr("The pipeline needs at least one open stage.");
    if (!refusal.isEmpty()) {
        m_stageRefusal = refusal;
        validate();
        return false;
    }
    if (stage.id > 0)
        m_removedStages.push_back(stage.id);
    m_stages.erase(m_stages.begin() + row);
    fillStageTable();
    m_stageTable->setCurrentCell(std::min(row, int(m_stages.size()) - 1), int(StageColumn::Name));
    m_stageRefusal.clear();
    edited();
    return true;
}

bool SettingsDialog::moveSelectedStage(int offset)
{
    const int row = m_stageTable->currentRow();
    const int target = row + offset;
    // The won and lost stages always close the pipeline; only open stages change places.
    if (offset == 0 || !isOpenStage(row) || !isOpenStage(target))
        return false;
    std::swap(m_stages[std::size_t(row)], m_stages[std::size_t(target)]);
    fillStageTable();
    m_stageTable->setCurrentCell(target, std::max(0, m_stageTable->currentColumn()));
    edited();
    return true;
}

} // namespace qianyue::ui
