#include "tests/support/TestSupport.h"

#include <QStandardPaths>

using namespace qianyue;

namespace {

const QString kPackaging = QStringLiteral(QIANYUE_SOURCE_DIR "/packaging/");

} // namespace

TEST_CASE("The desktop file is valid")
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty()) {
        WARN("desktop-file-validate is not installed; skipped");
        return;
    }
    const auto result = test::runProcess(tool, {kPackaging + QStringLiteral("io.github.qianyue.Qianyue.desktop")});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed().isEmpty());
}

TEST_CASE("The AppStream metainfo is valid")
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty()) {
        WARN("appstreamcli is not installed; skipped");
        return;
    }
    const auto result = test::runProcess(
        tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
               kPackaging + QStringLiteral("io.github.qianyue.Qianyue.metainfo.xml")});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 0);
}
