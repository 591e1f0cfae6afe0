#include "core/i18n/Localization.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace qianyue;

namespace {

struct Unfinished {
    QString context;
    QString source;
};

// Messages of a .ts file still waiting for a translation (vanished and
// obsolete ones are history, not work).
std::vector<Unfinished> unfinishedMessages(const QString &tsPath)
{
    QFile file(tsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<Unfinished> result;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            if (type == u"unfinished")
                result.push_back({context, source});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return result;
}

} // namespace

TEST_CASE("Every message in the sources has a finished zh_CN translation")
{
    // Run lupdate on a copy, so strings added to the code but not yet to the
    // .ts file show up as unfinished too.
    test::TempDir tmp;
    const QString source = QStringLiteral(QIANYUE_SOURCE_DIR);
    const QString copy = tmp.file(QStringLiteral("qianyue_zh_CN.ts"));
    REQUIRE(QFile::copy(source + QStringLiteral("/translations/qianyue_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const auto updated = test::runProcess(QStringLiteral(QIANYUE_LUPDATE),
                                          {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-I"), source,
                                           QStringLiteral("-locations"), QStringLiteral("none"),
                                           source + QStringLiteral("/core"), source + QStringLiteral("/ui"),
                                           source + QStringLiteral("/app"), QStringLiteral("-ts"), copy});
    REQUIRE(updated.exitCode == 0);

    const auto missing = unfinishedMessages(copy);
    for (const auto &message : missing)
        UNSCOPED_INFO("unfinished: [" << message.context.toStdString() << "] " << message.source.toStdString());
    CHECK(missing.empty());
}

TEST_CASE("The embedded Chinese translation is loaded and used")
{
    Localization localization;
    CHECK(localization.install(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(QCoreApplication::translate("SectionInfo", "Opportunities") == QStringLiteral("商机"));
    CHECK(localization.install(QStringLiteral("xx")) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("SectionInfo", "Opportunities") == QStringLiteral("Opportunities"));
}
