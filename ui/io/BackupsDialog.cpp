#include "ui/io/BackupsDialog.h"

#include "core/store/Database.h"
#include "ui/io/BackupManager.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qianyue::ui {

BackupsDialog::BackupsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_table(new QTableWidget(this))
    , m_keep(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    m_table->setObjectName(QStringLiteral("backupList"));
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Written"), tr("Size"), tr("File")});
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keep->setRange(1, BackupManager::kMaxKeep);
    m_keep->setValue(BackupManager::keepCount(database));

    auto *intro = new QLabel(tr("Each time Qianyue closes it writes a checked backup of this database to %1.")
                                 .arg(QDir::toNativeSeparators(BackupManager::folderFor(database.path()))),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep the newest:"), m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *now = buttons->addButton(tr("Back up &now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backUpNow"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &BackupsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupsDialog::reject);
    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    resize(640, 400);
    refresh();
}

void BackupsDialog::refresh()
{
    const QList<BackupFile> all = BackupManager::backups(m_database.path());
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < int(all.size()); ++row) {
        const BackupFile &backup = all.at(row);
        m_table->setItem(row, DateColumn, new QTableWidgetItem(QLocale().toString(backup.written, QLocale::ShortFormat)));
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(backup.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, FileColumn, new QTableWidgetItem(QFileInfo(backup.path).fileName()));
    }
    m_table->resizeColumnsToContents();
    if (all.isEmpty())
        m_message->setText(tr("No automatic backup yet."));
}

bool BackupsDialog::backUpNow()
{
    auto written = BackupManager::writeAutomaticBackup(m_database);
    m_message->setText(written ? tr("Backup written to %1.").arg(QDir::toNativeSeparators(*written))
                               : tr("The backup failed: %1").arg(written.error().text()));
    refresh();
    return written.has_value();
}

void BackupsDialog::accept()
{
    if (auto saved = BackupManager::setKeepCount(m_database, m_keep->value()); !saved) {
        m_message->setText(saved.error().text());
        return;
    }
    QDialog::accept();
}

} // namespace qianyue::ui
