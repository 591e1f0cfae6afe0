#include "core/documents/OpenTypeFace.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFontDatabase>

#include <set>

using namespace qianyue;

namespace {

const QString kNotoSans = QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

} // namespace

TEST_CASE("Rebuilding Noto Sans CJK SC drops the radicals that mimic ideographs")
{
    QFile file(kNotoSans);
    if (!file.open(QIODevice::ReadOnly)) {
        WARN("fonts-noto-cjk is not installed; the font rebuild is not checked");
        return;
    }
    const QByteArray collection = file.readAll();
    auto rebuilt = OpenTypeFace::rebuild(collection, QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Qianyue Test Sans"),
                                         QStringLiteral("Regular"), QStringLiteral("QYTEST"));
    REQUIRE(rebuilt);
    CHECK(rebuilt->postscriptName == QStringLiteral("QYTEST+NotoSansCJKsc-Regular"));
    CHECK(rebuilt->droppedCodePoints > 200);

    auto map = OpenTypeFace::characterMap(rebuilt->font);
    REQUIRE(map);
    CHECK(map->size() > 40000);
    // No radical may share a glyph with an ideograph (radicals with glyphs of their own stay).
    std::set<quint32> ideographGlyphs;
    for (const auto &entry : *map) {
        if (entry.first >= 0x4E00 && entry.first <= 0x9FFF)
            ideographGlyphs.insert(entry.second);
    }
    int lookAlikes = 0;
    int controls = 0;
    for (const auto &entry : *map) {
        lookAlikes += entry.first >= 0x2E80 && entry.first <= 0x2FDF && ideographGlyphs.count(entry.second);
        controls += entry.first < 0x20;
    }
    CHECK(lookAlikes == 0);
    CHECK(controls == 0);
    // 人 keeps its glyph; ⼈ (U+2F08), which shares it, is gone.
    REQUIRE(map->count(U'人'));
    CHECK(map->count(char32_t(0x2F08)) == 0);
    CHECK(map->count(U'A'));
    CHECK(map->count(U'壹'));

    // Qt accepts the rebuilt face under its new name.
    const int id = QFontDatabase::addApplicationFontFromData(rebuilt->font);
    REQUIRE(id >= 0);
    CHECK(QFontDatabase::applicationFontFamilies(id).contains(QStringLiteral("Qianyue Test Sans")));
    QFontDatabase::removeApplicationFont(id);
}

TEST_CASE("A face that is not in the file and a file that is no font are refused")
{
    auto garbage = OpenTypeFace::rebuild(QByteArray("not a font at all"), QStringLiteral("Noto Sans CJK SC"),
                                         QStringLiteral("X"), QStringLiteral("Regular"));
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().kind == ErrorKind::Invalid);

    QFile file(kNotoSans);
    if (!file.open(QIODevice::ReadOnly)) {
        WARN("fonts-noto-cjk is not installed; the missing-face case is not checked");
        return;
    }
    auto missing = OpenTypeFace::rebuild(file.readAll(), QStringLiteral("Comic Sans CJK"), QStringLiteral("X"),
                                         QStringLiteral("Regular"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
}
