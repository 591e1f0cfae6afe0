#include "ui/io/ImportFilePage.h"

#include "core/io/DataTransfer.h"
#include "core/io/ImportSchema.h"
#include "ui/io/ImportSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace qianyue::ui {

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file from a spreadsheet or another CRM, vCard contacts (.vcf) or an iCalendar file (.ics)."));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_message->setObjectName(QStringLiteral("importFileMessage"));
    m_message->setWordWrap(true);
    for (const QString &kind : ImportSchema::kinds())
        m_kind->addItem(ImportSchema::kindLabel(kind), kind);
    if (const int customers = m_kind->findData(QStringLiteral("customers")); customers >= 0)
        m_kind->setCurrentIndex(customers);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Records in it:"), m_kind);
    form->addRow(m_message);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportFilePage::fileChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::completeChanged);
}

void ImportFilePage::browse()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import file"), start,
                                                      tr("Importable files (*.csv *.txt *.tsv *.vcf *.ics);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportFilePage::fileChanged()
{
    // vCard files carry contacts and iCalendar files activities: the kind follows the file.
    const QString path = m_file->text().trimmed();
    const FileFormat format = DataTransfer::formatOfFile(path);
    if (format == FileFormat::VCard)
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("contacts")));
    else if (format == FileFormat::ICalendar)
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("activities")));
    m_message->clear();
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_file->text().trimmed()).isFile() && m_kind->currentIndex() >= 0;
}

bool ImportFilePage::validatePage()
{
    const QString path = m_file->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    const FileFormat format = DataTransfer::formatOfFile(path);
    if (auto fits = DataTransfer::checkFormat(kind, format); !fits) {
        m_message->setText(fits.error().text());
        return false;
    }
    QFileInfo info(path);
    if (!info.isReadable()) {
        m_message->setText(tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const bool changed = m_session.path != info.absoluteFilePath() || m_session.kind != kind;
    m_session.path = info.absoluteFilePath();
    m_session.kind = kind;
    m_session.format = format;
    if (changed) {
        m_session.encoding.clear();
        m_session.delimiter = QChar();
        m_session.options.values.clear();
    }
    if (format == FileFormat::Csv)
        m_session.readTable();
    return true;
}

} // namespace qianyue::ui
