#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>

using namespace qianyue;

namespace {

// The CLI must work on a machine with no display at all.
const QStringList kNoDisplay = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")};

test::ProcessResult cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(QIANYUE_CLI), arguments, kNoDisplay);
}

} // namespace

TEST_CASE("qianyue-cli --version and --help work without a display")
{
    const auto version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("qianyue-cli ")));

    const auto help = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("--db FILE")));
}

TEST_CASE("qianyue-cli init creates a database and refuses to overwrite one")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    const auto created = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(created.exitCode == 0);
    CHECK(QFileInfo::exists(path));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto refused = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("qianyue-cli speaks Chinese with --lang zh_CN")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("crm.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    const auto refused = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("已存在")));
}

TEST_CASE("qianyue-cli rejects unknown commands and missing --db with exit code 2")
{
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
    const auto noDb = cli({QStringLiteral("init"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(noDb.exitCode == 2);
    CHECK(noDb.err.contains(QStringLiteral("--db")));
}
