// Two processes on one database file: this test process runs the store code
// the forms use, the other is qianyue-cli or qianyue-peer (a second "window").
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/RecordEditing.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

using namespace qianyue;
using namespace qianyue::test;

namespace {

const QString kName = QStringLiteral("上海华信电子有限公司");

struct OneFile {
    OneFile()
    {
        auto opened = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(opened);
        db = std::move(*opened);
        auto id = RecordEditing(*db).create(QStringLiteral("customers"), {{QStringLiteral("name"), kName},
                                                                          {QStringLiteral("phone"), QStringLiteral("021-6000 0001")}});
        REQUIRE(id);
        customer = *id;
    }

    qint64 version() { return field(QStringLiteral("version")).toLongLong(); }
    QVariant field(const QString &name)
    {
        auto row = RecordStore(*db).get(QStringLiteral("customers"), customer);
        REQUIRE(row);
        return row->value(name);
    }
    qint64 customersNamed(const QString &name)
    {
        auto n = db->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name = ?"), {name});
        REQUIRE(n);
        return n->toLongLong();
    }
    QString csv(const QString &name, const QByteArray &text)
    {
        const QString file = tmp.file(name);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        return file;
    }

    TempDir tmp;
    QString path = tmp.file(QStringLiteral("shared.db"));
    std::unique_ptr<Database> db;
    qint64 customer = 0;
};

// Starts qianyue-peer hold-lock and returns once it holds the write lock.
void holdLock(QProcess &peer, const QString &path, int ms)
{
    peer.start(QStringLiteral(QIANYUE_PEER), {QStringLiteral("hold-lock"), QStringLiteral("--db"), path,
                                              QStringLiteral("--ms"), QString::number(ms)});
    REQUIRE(peer.waitForStarted());
    QByteArray said;
    while (!said.contains("locked") && peer.waitForReadyRead(10000))
        said += peer.readAllStandardOutput();
    REQUIRE(said.contains("locked"));
}

QStringList cliImport(const QString &db, const QString &file, bool update = false)
{
    QStringList args{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                     QStringLiteral("import"), QStringLiteral("customers"), file};
    if (update)
        args << QStringLiteral("--update-existing");
    return args;
}

} // namespace

TEST_CASE("A save meeting another process's write lock waits for it and then succeeds", "[reliability][concurrency]")
{
    OneFile f;
    QProcess peer;
    holdLock(peer, f.path, 1500);
    QElapsedTimer waited;
    waited.start();
    auto saved = RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer,
                                           {{QStringLiteral("phone"), QStringLiteral("021-6000 0002")}}, f.version());
    REQUIRE(saved);
    CHECK(waited.elapsed() >= 1000);
    REQUIRE(peer.waitForFinished());
    REQUIRE(peer.exitCode() == 0);
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-6000 0002"));
    CHECK(f.customersNamed(QStringLiteral("另一窗口的客户")) == 1);
}

TEST_CASE("A save blocked beyond the busy timeout says so and changes nothing - the input can be saved later", "[reliability][concurrency]")
{
    OneFile f;
    const Fields input{{QStringLiteral("phone"), QStringLiteral("021-6000 0003")}, {QStringLiteral("notes"), QStringLiteral("回访")}};
    const qint64 version = f.version();
    QProcess peer;
    holdLock(peer, f.path, 6500);
    auto saved = RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer, input, version);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Storage);
    CHECK(saved.error().message.contains(QStringLiteral("busy")));
    CHECK(saved.error().message.contains(QStringLiteral("nothing was changed")));
    REQUIRE(peer.waitForFinished(15000));
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-6000 0001"));
    CHECK(f.version() == version);
    // The same input, kept by the caller, saves once the other process let go.
    REQUIRE(RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer, input, version));
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-6000 0003"));
}

TEST_CASE("qianyue-cli import waits for the app's write transaction and then imports", "[reliability][concurrency]")
{
    OneFile f;
    const QString file = f.csv(QStringLiteral("a.csv"), "name,phone\n北京星河科技有限公司,010-1\n广州南方贸易公司,020-2\n");
    QProcess cli;
    auto done = f.db->transaction([&]() -> Result<void> {
        if (auto id = RecordEditing(*f.db).create(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("应用里的客户")}}); !id)
            return std::unexpected(id.error());
        cli.start(QStringLiteral(QIANYUE_CLI), cliImport(f.path, file));
        REQUIRE(cli.waitForStarted());
        QThread::msleep(1500);
        CHECK(cli.state() == QProcess::Running); // waiting for the lock, not failed
        return {};
    });
    REQUIRE(done);
    REQUIRE(cli.waitForFinished(15000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    CHECK(f.customersNamed(QStringLiteral("北京星河科技有限公司")) == 1);
    CHECK(f.customersNamed(QStringLiteral("应用里的客户")) == 1);
}

TEST_CASE("qianyue-cli import blocked beyond the busy timeout says so and writes nothing", "[reliability][concurrency]")
{
    OneFile f;
    const QString file = f.csv(QStringLiteral("b.csv"), "name,phone\n深圳海岸电子有限公司,0755-1\n");
    QString said;
    int exitCode = -1;
    auto done = f.db->transaction([&]() -> Result<void> {
        if (auto id = RecordEditing(*f.db).create(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("长事务")}}); !id)
            return std::unexpected(id.error());
        QProcess cli;
        cli.start(QStringLiteral(QIANYUE_CLI), cliImport(f.path, file));
        REQUIRE(cli.waitForFinished(20000));
        exitCode = cli.exitCode();
        said = QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
        return {};
    });
    REQUIRE(done);
    INFO(said.toStdString());
    CHECK(exitCode == 1);
    CHECK(said.contains(QStringLiteral("busy")));
    CHECK(f.customersNamed(QStringLiteral("深圳海岸电子有限公司")) == 0);
    CHECK(f.customersNamed(QStringLiteral("长事务")) == 1);
}

TEST_CASE("A record changed by qianyue-cli after the form read it is refused on save - no silent overwrite", "[reliability][concurrency]")
{
    OneFile f;
    const qint64 readVersion = f.version(); // the form opens the record
    const QString file = f.csv(QStringLiteral("c.csv"), "name,phone\n" + kName.toUtf8() + ",021-7777 7777\n");
    const auto cli = runProcess(QStringLiteral(QIANYUE_CLI), cliImport(f.path, file, true));
    INFO(cli.out.toStdString() << cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    REQUIRE(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-7777 7777"));

    const Fields mine{{QStringLiteral("phone"), QStringLiteral("021-1111 1111")}};
    auto saved = RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer, mine, readVersion);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Conflict);
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-7777 7777"));
    // The user chooses to keep their version: saved against what is stored now.
    REQUIRE(RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer, mine, f.version()));
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-1111 1111"));
}

TEST_CASE("Two app processes editing one record - the later save with a stale version is refused", "[reliability][concurrency]")
{
    OneFile f;
    const qint64 readVersion = f.version(); // both windows open the record
    // This process saves first.
    REQUIRE(RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer,
                                      {{QStringLiteral("phone"), QStringLiteral("021-2222 2222")}}, readVersion));
    // The other window saves what it read before: refused, exit code 3 = conflict.
    const auto peer = runProcess(QStringLiteral(QIANYUE_PEER),
                                 {QStringLiteral("edit"), QStringLiteral("--db"), f.path, QStringLiteral("--table"),
                                  QStringLiteral("customers"), QStringLiteral("--id"), QString::number(f.customer),
                                  QStringLiteral("--field"), QStringLiteral("phone"), QStringLiteral("--value"),
                                  QStringLiteral("021-3333 3333"), QStringLiteral("--version"), QString::number(readVersion)});
    INFO(peer.err.toStdString());
    CHECK(peer.exitCode == 3);
    CHECK(peer.err.contains(QStringLiteral("changed by someone else")));
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-2222 2222"));
    // And the other way round: the peer saves, this process's stale save is refused.
    const qint64 now = f.version();
    const auto second = runProcess(QStringLiteral(QIANYUE_PEER),
                                   {QStringLiteral("edit"), QStringLiteral("--db"), f.path, QStringLiteral("--table"),
                                    QStringLiteral("customers"), QStringLiteral("--id"), QString::number(f.customer),
                                    QStringLiteral("--field"), QStringLiteral("phone"), QStringLiteral("--value"),
                                    QStringLiteral("021-4444 4444"), QStringLiteral("--version"), QString::number(now)});
    REQUIRE(second.exitCode == 0);
    auto stale = RecordEditing(*f.db).save(QStringLiteral("customers"), f.customer,
                                           {{QStringLiteral("phone"), QStringLiteral("021-5555 5555")}}, now);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(f.field(QStringLiteral("phone")).toString() == QStringLiteral("021-4444 4444"));
}

TEST_CASE("Reading goes on while another process holds the write lock", "[reliability][concurrency]")
{
    OneFile f;
    QProcess peer;
    holdLock(peer, f.path, 3000);
    QElapsedTimer clock;
    clock.start();
    CHECK(f.field(QStringLiteral("name")).toString() == kName);
    CHECK(f.customersNamed(QStringLiteral("另一窗口的客户")) == 0); // not committed yet
    CHECK(clock.elapsed() < 1000);
    // A second process can open the file meanwhile, too.
    auto second = Database::open(f.path, Database::Mode::OpenExisting);
    REQUIRE(second);
    REQUIRE(peer.waitForFinished(10000));
    CHECK(f.customersNamed(QStringLiteral("另一窗口的客户")) == 1);
}
