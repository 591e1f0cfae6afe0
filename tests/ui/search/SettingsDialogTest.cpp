#include "core/domain/DocumentNumber.h"
#include "core/i18n/Localization.h"
#include "core/store/PipelineStore.h"
#include "core/store/RecordStore.h"
#include "core/store/SearchStore.h"
#include "core/store/SettingsStore.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "tests/support/ChainFixture.h"
#include "ui/search/SearchDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

QLineEdit *edit(const SettingsDialog &dialog, const QString &name)
{
    return child<QLineEdit>(dialog, name);
}

QPushButton *saveButton(const SettingsDialog &dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("saveSettings"));
}

QString setting(Database &db, const QString &key)
{
    auto value = SettingsStore(db).value(key);
    REQUIRE(value);
    return *value;
}

QStringList stageNames(Database &db)
{
    auto stages = PipelineStore(db).stages();
    REQUIRE(stages);
    QStringList names;
    for (const Fields &stage : *stages)
        names << stage.value(QStringLiteral("name")).toString();
    return names;
}

QStringList tableNames(const SettingsDialog &dialog)
{
    auto *table = child<QTableWidget>(dialog, QStringLiteral("stageTable"));
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, int(SettingsDialog::StageColumn::Name))->text();
    return names;
}

void selectStage(const SettingsDialog &dialog, int row)
{
    child<QTableWidget>(dialog, QStringLiteral("stageTable"))->setCurrentCell(row, 0);
}

const QStringList kDefaultStages = {QStringLiteral("需求跟踪"), QStringLiteral("方案设计"), QStringLiteral("销售报价"),
                                    QStringLiteral("合同签订"), QStringLiteral("赢单"), QStringLiteral("输单")};

} // namespace

TEST_CASE("The settings dialog saves the company profile and a numbering pattern the next quote uses")
{
    test::ChainFixture f;
    SettingsDialog dialog(*f.db, QStringLiteral("en"));
    CHECK_FALSE(dialog.isModified());
    CHECK_FALSE(saveButton(dialog)->isEnabled());

    edit(dialog, QStringLiteral("companyName"))->setText(QStringLiteral("杭州签约软件有限公司"));
    edit(dialog, QStringLiteral("companyAddress"))->setText(QStringLiteral("杭州市西湖区文三路 90 号"));
    edit(dialog, QStringLiteral("companyPhone"))->setText(QStringLiteral("0571-88886666"));
    edit(dialog, QStringLiteral("companyTaxId"))->setText(QStringLiteral("91350100m000100y43"));
    edit(dialog, QStringLiteral("companyBank"))->setText(QStringLiteral("招商银行杭州分行 5719 0000 1234"));
    QImage logo(640, 200, QImage::Format_ARGB32);
    logo.fill(QColor(0x1f, 0x6f, 0xb2));
    const QString logoPath = f.tmp.file(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    CHECK_FALSE(dialog.setLogoFile(f.tmp.file(QStringLiteral("missing.png"))));
    REQUIRE(dialog.setLogoFile(logoPath));

    QLineEdit *quote = edit(dialog, QStringLiteral("pattern_quote"));
    quote->setText(QStringLiteral("BJ{YY}-{#####}"));
    const int year = QDate::currentDate().year();
    CHECK(child<QLabel>(dialog, QStringLiteral("preview_quote"))->text()
          == QStringLiteral("Next: ") + DocumentNumber::format(QStringLiteral("BJ{YY}-{#####}"), year, 1));
    CHECK(dialog.isModified());
    CHECK(dialog.isValid());
    CHECK(saveButton(dialog)->isEnabled());

    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    REQUIRE(dialog.save());
    CHECK(saved.count() == 1);
    CHECK(dialog.message() == QStringLiteral("Settings saved."));
    CHECK_FALSE(dialog.isModified());

    auto company = SearchStore(*f.db).companyProfile();
    REQUIRE(company);
    CHECK(company->name == QStringLiteral("杭州签约软件有限公司"));
    CHECK(company->address == QStringLiteral("杭州市西湖区文三路 90 号"));
    CHECK(company->phone == QStringLiteral("0571-88886666"));
    CHECK(company->taxId == QStringLiteral("91350100M000100Y43"));
    CHECK(company->bankAccount == QStringLiteral("招商银行杭州分行 5719 0000 1234"));
    const QImage stored = QImage::fromData(company->logo);
    CHECK(stored.size() == QSize(640, 200));
    CHECK(stored.pixelColor(10, 10) == QColor(0x1f, 0x6f, 0xb2));
    CHECK(setting(*f.db, QStringLiteral("number_pattern.quote")) == QStringLiteral("BJ{YY}-{#####}"));
    // Untouched settings keep their values.
    CHECK(setting(*f.db, QStringLiteral("number_pattern.contract")) == QStringLiteral("HT-{YYYY}-{####}"));
    CHECK(stageNames(*f.db) == kDefaultStages);

    // The next quote made through the workflow is numbered by the new pattern.
    const qint64 quoteId = f.acceptedQuote(QDate(2026, 3, 2));
    CHECK(f.field(QStringLiteral("quotes"), quoteId, QStringLiteral("number")).toString() == QStringLiteral("BJ26-00001"));

    // Removing the logo stores no logo at all.
    child<QPushButton>(dialog, QStringLiteral("removeLogo"))->click();
    REQUIRE(dialog.save());
    auto withoutLogo = SearchStore(*f.db).companyProfile();
    REQUIRE(withoutLogo);
    CHECK(withoutLogo->logo.isEmpty());
    CHECK(f.db->scalar(QStringLiteral("SELECT logo IS NULL FROM company WHERE id = 1")).value().toBool());
}

TEST_CASE("The settings dialog refuses an invalid numbering pattern and other bad values as they are typed")
{
    test::ChainFixture f;
    SettingsDialog dialog(*f.db, QStringLiteral("en"));
    auto *tabs = child<QTabWidget>(dialog, QStringLiteral("settingsTabs"));
    QLineEdit *quote = edit(dialog, QStringLiteral("pattern_quote"));
    auto *preview = child<QLabel>(dialog, QStringLiteral("preview_quote"));

    quote->setText(QStringLiteral("Q-{YYYY}"));
    CHECK_FALSE(dialog.isValid());
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(preview->text().contains(QStringLiteral("no sequence")));
    CHECK_FALSE(tabs->tabIcon(int(SettingsDialog::Tab::Numbering)).isNull());
    CHECK(dialog.message() == QStringLiteral("Correct the fields marked in red to save."));
    CHECK_FALSE(dialog.save());
    CHECK(setting(*f.db, QStringLiteral("number_pattern.quote")) == QStringLiteral("Q-{YYYY}-{####}"));

    quote->setText(QStringLiteral("Q-{YYYY}-{####}-{##}"));
    CHECK_FALSE(dialog.isValid());
    quote->setText(QStringLiteral("Q-{YEAR}-{####}"));
    CHECK_FALSE(dialog.isValid());
    CHECK(preview->text().contains(QStringLiteral("{YEAR}")));
    quote->setText(QStringLiteral("Q{YYYY}{####}"));
    CHECK(dialog.isValid());
    CHECK(saveButton(dialog)->isEnabled());
    CHECK(tabs->tabIcon(int(SettingsDialog::Tab::Numbering)).isNull());

    // A pattern whose next number is already in use would make the next save fail.
    const int year = QDate::currentDate().year();
    REQUIRE(f.db->query(QStringLiteral("UPDATE customers SET code = ? WHERE id = ?"),
                        {DocumentNumber::format(QStringLiteral("K{YYYY}{####}"), year, 1), f.customerId}));
    edit(dialog, QStringLiteral("pattern_customer"))->setText(QStringLiteral("K{YYYY}{####}"));
    CHECK_FALSE(dialog.isValid());
    CHECK(child<QLabel>(dialog, QStringLiteral("preview_customer"))->text().contains(QStringLiteral("already taken")));
    edit(dialog, QStringLiteral("pattern_customer"))->setText(QStringLiteral("C-{YYYY}-{#####}"));
    CHECK(dialog.isValid());

    QLineEdit *currency = edit(dialog, QStringLiteral("baseCurrency"));
    currency->setText(QStringLiteral("RM"));
    CHECK_FALSE(dialog.isValid());
    CHECK(child<QLabel>(dialog, QStringLiteral("baseCurrencyHint"))->text().contains(QStringLiteral("currency code")));
    currency->setText(QStringLiteral("usd"));
    CHECK(dialog.isValid());

    QLineEdit *tax = edit(dialog, QStringLiteral("taxRate"));
    for (const QString &wrong : {QStringLiteral("150"), QStringLiteral("-1"), QStringLiteral("abc"), QString()}) {
        tax->setText(wrong);
        CHECK_FALSE(dialog.isValid());
    }
    tax->setText(QStringLiteral("6"));
    CHECK(dialog.isValid());

    QLineEdit *taxId = edit(dialog, QStringLiteral("companyTaxId"));
    auto *taxIdHint = child<QLabel>(dialog, QStringLiteral("companyTaxIdHint"));
    taxId->setText(QStringLiteral("12345"));
    CHECK_FALSE(dialog.isValid());
    // A wrong check character is questioned but not refused.
    taxId->setText(QStringLiteral("91350100M000100Y44"));
    CHECK(dialog.isValid());
    CHECK(taxIdHint->text().contains(QStringLiteral("should be 3")));
    taxId->setText(QStringLiteral("91350100M000100Y43"));
    CHECK(taxIdHint->text().isEmpty());

    REQUIRE(dialog.save());
    CHECK(setting(*f.db, QStringLiteral("number_pattern.quote")) == QStringLiteral("Q{YYYY}{####}"));
    CHECK(setting(*f.db, QStringLiteral("base_currency")) == QStringLiteral("USD"));
    CHECK(setting(*f.db, QStringLiteral("default_tax_rate_ppm")) == QStringLiteral("60000"));
}

TEST_CASE("The settings dialog renames reorders adds and deletes pipeline stages")
{
    test::ChainFixture f;
    f.openOpportunity(); // in the first open stage, which therefore stays
    SettingsDialog dialog(*f.db, QStringLiteral("en"));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("stageTable"));
    CHECK(tableNames(dialog) == kDefaultStages);

    // Stage 3 moves up; the won and lost stages stay last.
    selectStage(dialog, 2);
    REQUIRE(dialog.moveSelectedStage(-1));
    CHECK(tableNames(dialog).mid(0, 3) == QStringList{QStringLiteral("需求跟踪"), QStringLiteral("销售报价"), QStringLiteral("方案设计")});
    selectStage(dialog, 4);
    CHECK_FALSE(dialog.moveSelectedStage(-1));
    selectStage(dialog, 3);
    CHECK_FALSE(dialog.moveSelectedStage(1));

    // Renamed in place, with a new probability.
    table->item(2, int(SettingsDialog::StageColumn::Name))->setText(QStringLiteral("方案评审"));
    table->item(2, int(SettingsDialog::StageColumn::EnglishName))->setText(QStringLiteral("Solution review"));
    table->item(2, int(SettingsDialog::StageColumn::Probability))->setText(QStringLiteral("45"));
    CHECK(dialog.isValid());
    table->item(2, int(SettingsDialog::StageColumn::Probability))->setText(QStringLiteral("120"));
    CHECK_FALSE(dialog.isValid());
    table->item(2, int(SettingsDialog::StageColumn::Probability))->setText(QStringLiteral("45"));
    table->item(1, int(SettingsDialog::StageColumn::Name))->setText(QStringLiteral("方案评审"));
    CHECK_FALSE(dialog.isValid()); // two stages of one name
    table->item(1, int(SettingsDialog::StageColumn::Name))->setText(QStringLiteral("销售报价"));
    CHECK(dialog.isValid());

    // A new open stage goes in before the won stage when an outcome row is selected,
    // starting with the probability of the stage before it.
    selectStage(dialog, 4);
    dialog.addStage();
    CHECK(tableNames(dialog).at(4) == QStringLiteral("New stage"));
    table->item(4, int(SettingsDialog::StageColumn::Name))->setText(QStringLiteral("商务谈判"));

    // In use: refused with what uses it. Outcome stages: refused. Unused: gone.
    selectStage(dialog, 0);
    CHECK_FALSE(dialog.removeSelectedStage());
    CHECK(child<QLabel>(dialog, QStringLiteral("stageHint"))->text().contains(QStringLiteral("opportunity")));
    selectStage(dialog, 5);
    CHECK_FALSE(dialog.removeSelectedStage());
    selectStage(dialog, 3);
    REQUIRE(dialog.removeSelectedStage());
    CHECK(tableNames(dialog)
          == QStringList{QStringLiteral("需求跟踪"), QStringLiteral("销售报价"), QStringLiteral("方案评审"),
                         QStringLiteral("商务谈判"), QStringLiteral("赢单"), QStringLiteral("输单")});

    REQUIRE(dialog.save());
    CHECK(stageNames(*f.db)
          == QStringList{QStringLiteral("需求跟踪"), QStringLiteral("销售报价"), QStringLiteral("方案评审"),
                         QStringLiteral("商务谈判"), QStringLiteral("赢单"), QStringLiteral("输单")});
    auto positions = f.db->query(QStringLiteral("SELECT name, position, probability_ppm, name_en, outcome FROM pipeline_stages"
                                                " ORDER BY position"));
    REQUIRE(positions);
    QStringList rows;
    while (positions->next()) {
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(positions->value(0).toString(), positions->value(1).toString(), positions->value(2).toString(),
                         positions->value(3).toString(), positions->value(4).toString());
    }
    CHECK(rows
          == QStringList{QStringLiteral("需求跟踪 1 100000 Needs analysis open"), QStringLiteral("销售报价 2 600000 Quotation open"),
                         QStringLiteral("方案评审 3 450000 Solution review open"), QStringLiteral("商务谈判 4 800000  open"),
                         QStringLiteral("赢单 5 1000000 Won won"), QStringLiteral("输单 6 0 Lost lost")});
    // The dialog now shows what is stored, new ids included.
    CHECK_FALSE(dialog.isModified());
    CHECK(PipelineStore(*f.db).firstOpenStage().value().value(QStringLiteral("name")).toString() == QStringLiteral("需求跟踪"));
}

TEST_CASE("Revert restores the stored settings in every tab")
{
    test::ChainFixture f;
    SettingsDialog dialog(*f.db, QStringLiteral("en"));
    auto *revert = child<QPushButton>(dialog, QStringLiteral("revertSettings"));
    CHECK_FALSE(revert->isEnabled());

    edit(dialog, QStringLiteral("companyName"))->setText(QStringLiteral("改过的名字"));
    edit(dialog, QStringLiteral("pattern_contract"))->setText(QStringLiteral("C{####"));
    edit(dialog, QStringLiteral("taxRate"))->setText(QStringLiteral("9"));
    selectStage(dialog, 1);
    REQUIRE(dialog.moveSelectedStage(1));
    selectStage(dialog, 3);
    REQUIRE(dialog.removeSelectedStage());
    child<QSpinBox>(dialog, QStringLiteral("reminderInterval"))->setValue(30);
    CHECK(dialog.isModified());
    CHECK(revert->isEnabled());
    CHECK_FALSE(dialog.isValid());

    revert->click();
    CHECK_FALSE(dialog.isModified());
    CHECK(dialog.isValid());
    CHECK(edit(dialog, QStringLiteral("companyName"))->text().isEmpty());
    CHECK(edit(dialog, QStringLiteral("pattern_contract"))->text() == QStringLiteral("HT-{YYYY}-{####}"));
    CHECK(edit(dialog, QStringLiteral("taxRate"))->text() == QStringLiteral("13"));
    CHECK(tableNames(dialog) == kDefaultStages);
    CHECK(child<QSpinBox>(dialog, QStringLiteral("reminderInterval"))->value() == ReminderSettings::load().checkIntervalMinutes);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    // Nothing reached the database.
    CHECK(stageNames(*f.db) == kDefaultStages);
    CHECK(setting(*f.db, QStringLiteral("default_tax_rate_ppm")) == QStringLiteral("130000"));
}

TEST_CASE("Saving another language announces it and reminder options go to QSettings")
{
    test::ChainFixture f;
    ReminderSettings{}.save();
    SettingsDialog dialog(*f.db, QStringLiteral("en"));
    QSignalSpy language(&dialog, &SettingsDialog::languageChosen);
    auto *combo = child<QComboBox>(dialog, QStringLiteral("language"));
    CHECK(combo->currentData().toString() == QStringLiteral("en"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    child<QSpinBox>(dialog, QStringLiteral("reminderInterval"))->setValue(15);
    child<QSpinBox>(dialog, QStringLiteral("reminderSnooze"))->setValue(30);
    REQUIRE(dialog.save());
    REQUIRE(language.count() == 1);
    CHECK(language.at(0).at(0).toString() == QStringLiteral("zh_CN"));
    CHECK(ReminderSettings::load() == ReminderSettings{15, 30});

    // Saving again without a change of language says nothing more.
    edit(dialog, QStringLiteral("companyPhone"))->setText(QStringLiteral("021-1234"));
    REQUIRE(dialog.save());
    CHECK(language.count() == 1);
    ReminderSettings{}.save();
}

// Not run by default: renders the dialogs to PNG files in QIANYUE_SCREENSHOT_DIR
// (or the temporary folder), to look at them without a display.
TEST_CASE("Render the search and settings dialogs", "[.screenshots]")
{
    const QString folder = qEnvironmentVariableIsSet("QIANYUE_SCREENSHOT_DIR") ? qEnvironmentVariable("QIANYUE_SCREENSHOT_DIR")
                                                                               : QDir::tempPath();
    // QIANYUE_SCREENSHOT_LANGUAGE=zh_CN shows the layout with Chinese labels.
    Localization localization;
    localization.install(qEnvironmentVariable("QIANYUE_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    test::ChainFixture f;
    f.acceptedQuote();
    RecordStore store = f.records();
    for (const auto &[code, name] : {std::pair{"C-2026-00601", "杭州星河湾数码科技有限公司"}, std::pair{"C-2026-00602", "星河湾物业管理有限公司"}})
        REQUIRE(store.insert(QStringLiteral("customers"), {{QStringLiteral("code"), QString::fromLatin1(code)},
                                                           {QStringLiteral("name"), QString::fromUtf8(name)},
                                                           {QStringLiteral("phone"), QStringLiteral("0571-88886666")},
                                                           {QStringLiteral("email"), QStringLiteral("info@xinghewan.example")}}));
    REQUIRE(store.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), f.customerId},
                                                      {QStringLiteral("name"), QStringLiteral("星河湾 王经理")},
                                                      {QStringLiteral("mobile"), QStringLiteral("13912345678")}}));
    REQUIRE(store.insert(QStringLiteral("contracts"), {{QStringLiteral("number"), QStringLiteral("HT-2026-0077")},
                                                       {QStringLiteral("title"), QStringLiteral("星河湾智慧园区项目合同")},
                                                       {QStringLiteral("customer_id"), f.customerId},
                                                       {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                       {QStringLiteral("contract_date"), QStringLiteral("2026-04-01")}}));
    {
        SearchDialog search(*f.db);
        search.show();
        REQUIRE(QTest::qWaitForWindowExposed(&search));
        search.searchBox()->setText(QStringLiteral("星河湾"));
        search.grab().save(folder + QStringLiteral("/search-dialog.png"));
        search.searchBox()->setText(QStringLiteral("杭"));
        search.grab().save(folder + QStringLiteral("/search-dialog-short.png"));
    }
    SettingsDialog dialog(*f.db, localization.current());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog, QStringLiteral("companyName"))->setText(QStringLiteral("杭州签约软件有限公司"));
    edit(dialog, QStringLiteral("companyTaxId"))->setText(QStringLiteral("91350100M000100Y44"));
    QImage logo(480, 160, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x1f, 0x6f, 0xb2));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRect(0, 0, 160, 160), 24, 24);
        painter.setPen(QColor(0x1f, 0x6f, 0xb2));
        QFont font = painter.font();
        font.setPixelSize(90);
        painter.setFont(font);
        painter.drawText(QRect(180, 0, 300, 160), Qt::AlignVCenter, QStringLiteral("签约"));
    }
    REQUIRE(logo.save(f.tmp.file(QStringLiteral("logo.png"))));
    REQUIRE(dialog.setLogoFile(f.tmp.file(QStringLiteral("logo.png"))));
    edit(dialog, QStringLiteral("pattern_contract"))->setText(QStringLiteral("HT-{YYYY}-{####"));
    selectStage(dialog, 3);
    dialog.removeSelectedStage();
    const QStringList names = {QStringLiteral("company"), QStringLiteral("currency"), QStringLiteral("numbering"),
                               QStringLiteral("pipeline"), QStringLiteral("tax"), QStringLiteral("language"),
                               QStringLiteral("reminders")};
    for (int tab = 0; tab < names.size(); ++tab) {
        dialog.showTab(SettingsDialog::Tab(tab));
        dialog.grab().save(folder + QStringLiteral("/settings-") + names.at(tab) + QStringLiteral(".png"));
    }
}

TEST_CASE("Exchange rates typed in the settings are checked and a new opportunity in that currency takes its rate")
{
    test::ChainFixture f;
    {
        SettingsDialog dialog(*f.db, QStringLiteral("en"));
        QLineEdit *rates = edit(dialog, QStringLiteral("exchangeRates"));
        rates->setText(QStringLiteral("USD=seven"));
        CHECK_FALSE(dialog.isValid());
        CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("exchangeRatesHint"))->text().isEmpty());
        rates->setText(QStringLiteral("CNY=1"));
        CHECK_FALSE(dialog.isValid()); // the base currency has no rate to itself
        rates->setText(QStringLiteral("usd=7.1234, EUR=7.85"));
        CHECK(dialog.isValid());
        REQUIRE(dialog.save());
    }
    CHECK(setting(*f.db, QStringLiteral("exchange_rate_ppm.USD")) == QStringLiteral("7123400"));
    CHECK(setting(*f.db, QStringLiteral("exchange_rate_ppm.EUR")) == QStringLiteral("7850000"));
    auto opportunity = OpportunityWorkflow(*f.db).create({{QStringLiteral("name"), QStringLiteral("Export order")},
                                                          {QStringLiteral("customer_id"), f.customerId},
                                                          {QStringLiteral("currency"), QStringLiteral("USD")},
                                                          {QStringLiteral("amount"), 1000000}});
    REQUIRE(opportunity);
    CHECK(f.field(QStringLiteral("opportunities"), *opportunity, QStringLiteral("exchange_rate_ppm")).toLongLong() == 7123400);
    {
        // Shown again as typed (normalised), and a rate taken out is no longer set.
        SettingsDialog dialog(*f.db, QStringLiteral("en"));
        QLineEdit *rates = edit(dialog, QStringLiteral("exchangeRates"));
        CHECK(rates->text() == QStringLiteral("EUR=7.85, USD=7.1234"));
        rates->setText(QStringLiteral("USD=7.2"));
        REQUIRE(dialog.save());
    }
    CHECK(setting(*f.db, QStringLiteral("exchange_rate_ppm.EUR")) == QStringLiteral("0"));
    CHECK(setting(*f.db, QStringLiteral("exchange_rate_ppm.USD")) == QStringLiteral("7200000"));
}
