#include "core/io/TextCodec.h"
#include "tests/support/TestSupport.h"

#include <QStringEncoder>

using namespace qianyue;

namespace {

const QString kChinese = QStringLiteral("客户名称,电话\n上海华信电子有限公司,021-1234\n");

QByteArray encoded(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("UTF-8 is read with and without a byte order mark")
{
    const auto plain = TextCodec::decode(kChinese.toUtf8());
    REQUIRE(plain);
    CHECK(plain->text == kChinese);
    CHECK(plain->encoding == QStringLiteral("UTF-8"));

    const auto marked = TextCodec::decode(QByteArray("\xEF\xBB\xBF") + kChinese.toUtf8());
    REQUIRE(marked);
    CHECK(marked->text == kChinese);
    CHECK(marked->encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("UTF-16 little and big endian are read by their byte order mark")
{
    for (const char *encoding : {"UTF-16LE", "UTF-16BE"}) {
        INFO(encoding);
        QByteArray bytes = encoded(kChinese, encoding);
        bytes.prepend(QByteArrayView(encoding) == "UTF-16LE" ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF"));
        const auto decoded = TextCodec::decode(bytes);
        REQUIRE(decoded);
        CHECK(decoded->text == kChinese);
        CHECK(decoded->encoding == QLatin1String(encoding));
    }
}

TEST_CASE("UTF-16 without a byte order mark is recognised by its zero bytes")
{
    const QString latin = QStringLiteral("name,phone\nAcme,555\n");
    const auto decoded = TextCodec::decode(encoded(latin, "UTF-16LE"));
    REQUIRE(decoded);
    CHECK(decoded->encoding == QStringLiteral("UTF-16LE"));
    CHECK(decoded->text == latin);
}

TEST_CASE("GB18030 as Chinese Excel writes it is detected")
{
    const QByteArray gb = encoded(kChinese, "GB18030");
    REQUIRE_FALSE(TextCodec::isUtf8(gb));
    const auto decoded = TextCodec::decode(gb);
    REQUIRE(decoded);
    CHECK(decoded->encoding == QStringLiteral("GB18030"));
    CHECK(decoded->text == kChinese);
    // A rare character outside GBK survives too: GB18030 covers all of Unicode.
    const QString rare = QStringLiteral("𠀀堃镕\n");
    const auto back = TextCodec::decode(encoded(rare, "GB18030"));
    REQUIRE(back);
    CHECK(back->text == rare);
}

TEST_CASE("A given encoding overrides detection and names are normalised")
{
    CHECK(TextCodec::canonicalName(QStringLiteral("gbk")).value_or(QString()) == QStringLiteral("GB18030"));
    CHECK(TextCodec::canonicalName(QStringLiteral("utf8")).value_or(QString()) == QStringLiteral("UTF-8"));
    CHECK(TextCodec::canonicalName(QStringLiteral("UTF-16be")).value_or(QString()) == QStringLiteral("UTF-16BE"));
    CHECK(TextCodec::canonicalName(QStringLiteral("Shift_JIS")).has_value());
    const auto unknown = TextCodec::canonicalName(QStringLiteral("klingon-8"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("klingon-8")));

    // Big5 bytes are valid GB18030 too; only the user knows which was meant.
    const QString traditional = QStringLiteral("客戶名稱\n");
    const auto big5 = TextCodec::decode(encoded(traditional, "Big5"), QStringLiteral("Big5"));
    REQUIRE(big5);
    CHECK(big5->text == traditional);
}

TEST_CASE("Bytes that are not text in the encoding are refused with their line and column")
{
    const QByteArray broken = QByteArray("name\nok\nbad ") + QByteArray("\xFF\xFF\xFF") + QByteArray("\n");
    const auto detected = TextCodec::decode(broken);
    REQUIRE_FALSE(detected);
    CHECK(detected.error().message.contains(QStringLiteral("line 3, column 5")));
    CHECK(detected.error().message.contains(QStringLiteral("--encoding")));

    const auto forced = TextCodec::decode(QByteArray("caf\xE9\n"), QStringLiteral("UTF-8"));
    REQUIRE_FALSE(forced);
    CHECK(forced.error().message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("Text is encoded with a byte order mark for UTF only")
{
    const auto utf8 = TextCodec::encode(QStringLiteral("客户"), QStringLiteral("utf-8"), true);
    REQUIRE(utf8);
    CHECK(utf8->startsWith("\xEF\xBB\xBF"));
    const auto gb = TextCodec::encode(QStringLiteral("客户"), QStringLiteral("gb18030"), true);
    REQUIRE(gb);
    CHECK(*gb == encoded(QStringLiteral("客户"), "GB18030"));
}
