#include "ui/io/ImportPreviewPage.h"

#include "ui/io/ImportSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("If the text looks garbled or everything sits in one column, choose the encoding or delimiter."));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_problems->setObjectName(QStringLiteral("importReadProblems"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));

    m_encoding->addItem(tr("Detect"), QString());
    for (const char *name : {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "Big5", "Shift_JIS"})
        m_encoding->addItem(QLatin1String(name), QLatin1String(name));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Encoding:"), m_encoding);
    choices->addRow(tr("&Delimiter:"), m_delimiter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_detected);
    layout->addWidget(m_problems);
    layout->addWidget(m_preview, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reread);
}

void ImportPreviewPage::initializePage()
{
    m_filling = true;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(m_session.encoding)));
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(m_session.delimiter.isNull() ? QString() : QString(m_session.delimiter))));
    m_filling = false;
    showTable();
}

void ImportPreviewPage::reread()
{
    if (m_filling)
        return;
    m_session.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    m_session.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    m_session.readTable();
    showTable();
}

void ImportPreviewPage::showTable()
{
    const CsvTable &table = m_session.table;
    const QString how = tr("Read as %1, columns separated by %2: %n record(s) under a header of %3 column(s).", nullptr,
                           int(table.records.size()))
                            .arg(table.encoding.isEmpty() ? tr("unknown") : table.encoding,
                                 table.delimiter.isNull() ? tr("unknown") : CsvReader::delimiterName(table.delimiter))
                            .arg(table.header.size());
    m_detected->setText(how);
    QStringList problems;
    for (const ImportProblem &problem : table.problems)
        problems << problem.text();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    const int rows = int(std::min<std::size_t>(table.records.size(), kPreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(table.header.size()));
    m_preview->setHorizontalHeaderLabels(table.header);
    m_preview->setRowCount(rows);
    QStringList rowNumbers;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &record = table.records[std::size_t(r)];
        rowNumbers << QString::number(record.row);
        for (int c = 0; c < int(record.fields.size()) && c < int(table.header.size()); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_session.table.problems.empty() && !m_session.table.header.isEmpty();
}

} // namespace qianyue::ui
