#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace qianyue;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes with a raw connection, the way another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("A new database is created at the newest schema with foreign keys and WAL")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("new.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());

    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));

    const auto info = Database::inspect(tmp.file(QStringLiteral("new.db")));
    REQUIRE(info);
    CHECK(info->isSqlite);
    CHECK(info->applicationId == kApplicationId);
}

TEST_CASE("CreateNew refuses an existing file and OpenExisting a missing one")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("a.db"));
    REQUIRE(Database::open(path, Database::Mode::CreateNew));
    auto again = Database::open(path, Database::Mode::CreateNew);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Exists);

    auto missing = Database::open(tmp.file(QStringLiteral("missing.db")), Database::Mode::OpenExisting);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("A file that is not SQLite is refused and left byte-for-byte untouched")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("notes.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,phone\nZhang San,13800000000\n");
    file.close();
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == ErrorKind::NotQianyue);
    CHECK(db.error().where == path);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Another program's SQLite file is refused and left untouched")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                   QStringLiteral("INSERT INTO songs VALUES ('Mo Li Hua')")});
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == ErrorKind::NotQianyue);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database from a newer Qianyue is refused and left untouched")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("newer.db"));
    REQUIRE(Database::open(path, Database::Mode::CreateNew));
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)});
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == ErrorKind::TooNew);
    CHECK(db.error().message.contains(QString::number(latestSchemaVersion() + 1)));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A failed transaction leaves nothing behind, nested work rolls back to its savepoint")
{
    test::TempDir tmp;
    auto opened = Database::open(tmp.file(QStringLiteral("tx.db")));
    REQUIRE(opened);
    Database &db = **opened;
    auto setting = [&](const QString &key, const QString &value) -> Result<void> {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return fail(ErrorKind::Storage, query.lastError().text());
        return {};
    };
    auto count = [&] {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('a', 'kept', 'dropped')"));
        query.next();
        return query.value(0).toInt();
    };

    auto failed = db.transaction([&]() -> Result<void> {
        REQUIRE(setting(QStringLiteral("a"), QStringLiteral("1")));
        return fail(ErrorKind::Invalid, QStringLiteral("stop"));
    });
    CHECK_FALSE(failed);
    CHECK(count() == 0);

    auto outer = db.transaction([&]() -> Result<void> {
        REQUIRE(setting(QStringLiteral("kept"), QStringLiteral("1")));
        auto inner = db.transaction([&]() -> Result<void> {
            REQUIRE(setting(QStringLiteral("dropped"), QStringLiteral("1")));
            return fail(ErrorKind::Invalid, QStringLiteral("inner fails"));
        });
        CHECK_FALSE(inner);
        return {};
    });
    CHECK(outer);
    CHECK(count() == 1);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("Backup writes a readable copy and never overwrites a file")
{
    test::TempDir tmp;
    auto db = Database::open(tmp.file(QStringLiteral("live.db")));
    REQUIRE(db);
    const QString copy = tmp.file(QStringLiteral("copy.db"));
    REQUIRE((*db)->backupTo(copy));
    auto reopened = Database::open(copy, Database::Mode::OpenExisting);
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == latestSchemaVersion());

    auto again = (*db)->backupTo(copy);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Exists);
}

TEST_CASE("A new database and its backups are readable by their owner only")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("private.db"));
    auto db = Database::open(path, Database::Mode::CreateNew);
    REQUIRE(db);
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    CHECK((QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser)) == ownerOnly);
    const QString copy = tmp.file(QStringLiteral("private-backup.db"));
    REQUIRE((*db)->backupTo(copy));
    CHECK((QFile::permissions(copy) & ~(QFile::ReadUser | QFile::WriteUser)) == ownerOnly);
}

namespace {

// A closed database of a few hundred pages, its log folded into the file.
QString databaseWithData(test::TempDir &tmp, const QString &name)
{
    const QString path = tmp.file(name);
    auto db = Database::open(path, Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE((*db)->transaction([&]() -> Result<void> {
        for (int i = 0; i < 3000; ++i) {
            auto done = (*db)->query(QStringLiteral("INSERT INTO customers (code, name, address) VALUES (?, ?, ?)"),
                                     {QStringLiteral("C-%1").arg(i), QStringLiteral("客户 %1").arg(i),
                                      QStringLiteral("上海市浦东新区世纪大道 %1 号").arg(i)});
            if (!done)
                return std::unexpected(done.error());
        }
        return {};
    }));
    return path;
}

qint64 pageSizeOf(const QString &path)
{
    auto info = Database::inspect(path);
    REQUIRE(info);
    return info->pageSize;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A truncated database is refused as damaged and left byte-for-byte untouched")
{
    test::TempDir tmp;
    const QString path = databaseWithData(tmp, QStringLiteral("cut.db"));
    const qint64 page = pageSizeOf(path);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 20 * page);

    SECTION("cut at a page boundary")
    {
        REQUIRE(QFile::resize(path, (size / page / 2) * page));
    }
    SECTION("cut in the middle of a page")
    {
        REQUIRE(QFile::resize(path, size / 2 + 123));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == ErrorKind::Damaged);
    CHECK(db.error().message.contains(QStringLiteral("cut short")));
    CHECK(db.error().where == path);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A database failing SQLite's integrity check is refused as damaged and left untouched")
{
    test::TempDir tmp;
    const QString path = databaseWithData(tmp, QStringLiteral("broken.db"));
    const qint64 page = pageSizeOf(path);
    const qint64 pages = QFileInfo(path).size() / page;
    // Scribble over a page in the middle of the customers' b-tree.
    overwrite(path, (pages / 2) * page, QByteArray(int(page), '\xA5'));
    const QByteArray before = fileHash(path);

    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == ErrorKind::Damaged);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == before);
    auto verified = Database::verify(path);
    REQUIRE_FALSE(verified);
    CHECK(verified.error().kind == ErrorKind::Damaged);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A damaged header is refused and left untouched")
{
    test::TempDir tmp;
    const QString path = databaseWithData(tmp, QStringLiteral("header.db"));
    overwrite(path, 16, QByteArray("\x00\x03", 2)); // a page size of 3 bytes
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == ErrorKind::Damaged);
    CHECK(fileHash(path) == before);
}

TEST_CASE("An empty file - what a crash during creation leaves - becomes a new database")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("empty.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    auto info = Database::inspect(path);
    REQUIRE(info);
    CHECK(info->applicationId == kApplicationId);
}

TEST_CASE("A healthy database passes verify and opens with the check")
{
    test::TempDir tmp;
    const QString path = databaseWithData(tmp, QStringLiteral("good.db"));
    CHECK(Database::verify(path));
    CHECK(Database::verify(path, true));
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db);
    CHECK((*db)->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt() == 3000);
}
