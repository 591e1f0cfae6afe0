#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/store/SettingsStore.h"
#include "tests/support/TestSupport.h"
#include "ui/io/BackupManager.h"
#include "ui/io/BackupsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

std::unique_ptr<Database> makeDatabase(const QString &path, int customers)
{
    auto db = Database::open(path, Database::Mode::CreateNew);
    REQUIRE(db);
    RecordStore records(**db);
    REQUIRE((*db)->transaction([&]() -> Result<void> {
        for (int i = 0; i < customers; ++i) {
            auto id = records.insert(QStringLiteral("customers"),
                                     {{QStringLiteral("code"), QStringLiteral("C-%1").arg(i)},
                                      {QStringLiteral("name"), QStringLiteral("备份客户%1").arg(i)},
                                      {QStringLiteral("notes"), QString(200, QLatin1Char('x'))}});
            if (!id)
                return std::unexpected(id.error());
        }
        return {};
    }));
    return std::move(*db);
}

qint64 customers(Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    REQUIRE(n);
    return n->toLongLong();
}

// Overwrites part of a file's middle with garbage, as a failing disk would.
void damage(const QString &path, qint64 from)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > from + 8192);
    file.seek(from);
    file.write(QByteArray(8192, char(0x5a)));
}

// Answers the next message box with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start(10);
}

} // namespace

TEST_CASE("Automatic backups are checked owner-only copies and only the newest N are kept")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    auto db = makeDatabase(path, 3);
    CHECK(BackupManager::keepCount(*db) == BackupManager::kDefaultKeep);
    REQUIRE(BackupManager::setKeepCount(*db, 2));
    CHECK(BackupManager::keepCount(*db) == 2);
    CHECK_FALSE(BackupManager::setKeepCount(*db, 0));

    QStringList written;
    for (int i = 0; i < 3; ++i) {
        auto backup = BackupManager::writeAutomaticBackup(*db);
        REQUIRE(backup);
        written << *backup;
        CHECK(QFileInfo(*backup).absolutePath() == QDir(tmp.file(QStringLiteral("crm-backups"))).absolutePath());
        CHECK(QFileInfo(*backup).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    }
    const QList<BackupFile> kept = BackupManager::backups(path);
    REQUIRE(kept.size() == 2);
    CHECK(kept.at(0).path == written.at(2));
    CHECK(kept.at(1).path == written.at(1));
    CHECK_FALSE(QFileInfo::exists(written.at(0)));
    CHECK(kept.at(0).size > 0);
    CHECK(kept.at(0).written.isValid());
    auto check = BackupManager::verify(kept.at(0).path);
    REQUIRE(check);
    CHECK(check->customers == 3);
}

TEST_CASE("A damaged backup is reported and deleted and cannot be restored")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    auto db = makeDatabase(path, 3000);
    auto backup = BackupManager::writeAutomaticBackup(*db);
    REQUIRE(backup);
    REQUIRE(BackupManager::keepIfSound(*backup));
    CHECK(QFileInfo::exists(*backup));

    damage(*backup, QFileInfo(*backup).size() / 2);
    CHECK_FALSE(BackupManager::verify(*backup));
    QFile::copy(*backup, tmp.file(QStringLiteral("damaged.db")));
    // Restoring the damaged copy changes nothing.
    CHECK_FALSE(BackupManager::restoreAndOpen(tmp.file(QStringLiteral("damaged.db")), path));
    auto kept = BackupManager::keepIfSound(*backup);
    REQUIRE_FALSE(kept);
    CHECK(kept.error().message.contains(QStringLiteral("deleted")));
    CHECK_FALSE(QFileInfo::exists(*backup));
    CHECK(BackupManager::backups(path).isEmpty());
    CHECK(customers(*db) == 3000);
}

TEST_CASE("Restore replaces the database with a chosen backup after confirmation")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    auto db = makeDatabase(path, 5);
    auto backup = BackupManager::writeAutomaticBackup(*db);
    REQUIRE(backup);
    REQUIRE(RecordStore(*db).insert(QStringLiteral("customers"), {{QStringLiteral("code"), QStringLiteral("C-new")},
                                                                  {QStringLiteral("name"), QStringLiteral("备份后的客户")}}));
    REQUIRE(customers(*db) == 6);

    // Declined: nothing happens and the database stays open.
    bool released = false;
    answerNextMessageBox(QMessageBox::Cancel);
    CHECK(BackupManager::restoreFrom(nullptr, *backup, *db, [&] { released = true; }) == nullptr);
    CHECK_FALSE(released);
    CHECK(customers(*db) == 6);

    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    auto restored = BackupManager::restoreFrom(nullptr, *backup, *db, [&] {
        released = true;
        db.reset();
    });
    CHECK(released);
    REQUIRE(restored);
    CHECK(question.contains(QStringLiteral("5")));
    CHECK(restored->path() == path);
    CHECK(customers(*restored) == 5);
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak")));
}

TEST_CASE("Opening a damaged database offers its newest backup")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    {
        auto db = makeDatabase(path, 4);
        REQUIRE(BackupManager::writeAutomaticBackup(*db));
    }
    // The file's header is destroyed: it no longer opens.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, char(0x5a)));
    }
    auto failed = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(failed);

    // Without backups there is nothing to offer.
    CHECK(BackupManager::offerRestoreAfterFailure(nullptr, tmp.file(QStringLiteral("other.db")), failed.error()) == nullptr);

    QString offer;
    answerNextMessageBox(QMessageBox::Yes, &offer);
    auto restored = BackupManager::offerRestoreAfterFailure(nullptr, path, failed.error());
    REQUIRE(restored);
    CHECK(offer.contains(QDir::toNativeSeparators(path)));
    CHECK(customers(*restored) == 4);
    // The damaged file is kept aside, not thrown away.
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak")));
}

TEST_CASE("The backups dialog lists backups with date and size and saves how many are kept")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    auto db = makeDatabase(path, 2);
    REQUIRE(BackupManager::writeAutomaticBackup(*db));
    BackupsDialog dialog(*db);
    CHECK(dialog.backupTable()->rowCount() == 1);
    CHECK_FALSE(dialog.backupTable()->item(0, BackupsDialog::DateColumn)->text().isEmpty());
    CHECK_FALSE(dialog.backupTable()->item(0, BackupsDialog::SizeColumn)->text().isEmpty());
    CHECK(dialog.keepBox()->value() == BackupManager::kDefaultKeep);
    REQUIRE(dialog.backUpNow());
    CHECK(dialog.backupTable()->rowCount() == 2);
    dialog.keepBox()->setValue(7);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto stored = SettingsStore(*db).integer(BackupManager::keepSetting(), 0);
    REQUIRE(stored);
    CHECK(*stored == 7);
}
