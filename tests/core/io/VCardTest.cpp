#include "core/io/ContentLine.h"
#include "core/io/VCard.h"
#include "tests/support/TestSupport.h"

#include <QStringEncoder>

using namespace qianyue;

namespace {

VCardReader::Parsed readOk(const QByteArray &bytes)
{
    VCardReader::Parsed parsed = VCardReader::read(bytes, QStringLiteral("test.vcf"));
    for (const ImportProblem &problem : parsed.problems)
        UNSCOPED_INFO(problem.text().toStdString());
    REQUIRE(parsed.problems.empty());
    return parsed;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("vCard 3.0 folded lines escapes and several phones and e-mails are read")
{
    const QByteArray card = "BEGIN:VCARD\r\n"
                            "VERSION:3.0\r\n"
                            "FN:Frank Dawson\\, Jr.\r\n"
                            "N:Dawson;Frank;;;Jr.\r\n"
                            "ORG:Lotus Development Corporation;Sales\r\n"
                            "TITLE:Sales\\; Marketing\r\n"
                            "ADR;TYPE=WORK,POSTAL:;;6544 Battleford Drive\r\n"
                            " ;Raleigh;NC;27613-3502;U.S.A.\r\n"
                            "TEL;TYPE=VOICE,MSG,WORK:+1-919-676-9515\r\n"
                            "TEL;TYPE=FAX,WORK:+1-919-676-9564\r\n"
                            "TEL;TYPE=CELL:+1-919-555-0100\r\n"
                            "EMAIL;TYPE=INTERNET:fdawson@earthlink.net\r\n"
                            "EMAIL;TYPE=INTERNET,PREF:Frank_Dawson@Lotus.com\r\n"
                            "NOTE:Line one\\nLine two\r\n"
                            "END:VCARD\r\n";
    const auto parsed = readOk(card);
    REQUIRE(parsed.cards.size() == 1);
    const ContactCard &c = parsed.cards[0];
    CHECK(c.version == QStringLiteral("3.0"));
    CHECK(c.displayName() == QStringLiteral("Frank Dawson, Jr."));
    CHECK(c.organization == QStringLiteral("Lotus Development Corporation"));
    CHECK(c.department == QStringLiteral("Sales"));
    CHECK(c.title == QStringLiteral("Sales; Marketing"));
    CHECK(c.phone() == QStringLiteral("+1-919-676-9515"));
    CHECK(c.mobile() == QStringLiteral("+1-919-555-0100"));
    CHECK(c.email() == QStringLiteral("Frank_Dawson@Lotus.com"));
    REQUIRE(c.phones.size() == 3);
    CHECK(c.phones[1].types.contains(QStringLiteral("FAX")));
    REQUIRE(c.emails.size() == 2);
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses[0].value == QStringLiteral("6544 Battleford Drive, Raleigh, NC, 27613-3502, U.S.A."));
    CHECK(c.note == QStringLiteral("Line one\nLine two"));
}

TEST_CASE("vCard 2.1 quoted-printable with soft line breaks and UTF-8 charset is read")
{
    const QByteArray card = "BEGIN:VCARD\r\n"
                            "VERSION:2.1\r\n"
                            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;\r\n"
                            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F\r\n"
                            "NOTE;ENCODING=QUOTED-PRINTABLE:first=0D=0A=\r\n"
                            "second\r\n"
                            "TEL;CELL;PREF:13800138000\r\n"
                            "TEL;WORK;VOICE:021-1234\r\n"
                            "EMAIL;PREF;INTERNET:\"Zhang\"\r\n"
                            "  <zhang@example.com>\r\n"
                            "# a comment line some phones write\r\n"
                            "END:VCARD\r\n";
    const auto parsed = readOk(card);
    REQUIRE(parsed.cards.size() == 1);
    const ContactCard &c = parsed.cards[0];
    CHECK(c.displayName() == QStringLiteral("张伟"));
    CHECK(c.structuredName.value(0) == QStringLiteral("张"));
    CHECK(c.note == QStringLiteral("first\nsecond"));
    CHECK(c.mobile() == QStringLiteral("13800138000"));
    CHECK(c.phone() == QStringLiteral("021-1234"));
    CHECK(c.email() == QStringLiteral("zhang@example.com"));
}

TEST_CASE("CHARSET parameters decode Shift_JIS and GB18030 bytes")
{
    QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:";
    card += encoded(QStringLiteral("山田 太郎"), "Shift_JIS");
    card += "\r\nORG;CHARSET=GB18030:";
    card += encoded(QStringLiteral("上海华信电子有限公司"), "GB18030");
    card += "\r\nTITLE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:";
    for (const char byte : encoded(QStringLiteral("部長"), "Shift_JIS"))
        card += QByteArray("=") + QByteArray::number(static_cast<unsigned char>(byte), 16).toUpper().rightJustified(2, '0');
    card += "\r\nEND:VCARD\r\n";
    const auto parsed = readOk(card);
    REQUIRE(parsed.cards.size() == 1);
    CHECK(parsed.cards[0].displayName() == QStringLiteral("山田 太郎"));
    CHECK(parsed.cards[0].organization == QStringLiteral("上海华信电子有限公司"));
    CHECK(parsed.cards[0].title == QStringLiteral("部長"));

    // Without a CHARSET, bytes that are not UTF-8 are read as GB18030, as Chinese phones write them.
    QByteArray chinese = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:";
    chinese += encoded(QStringLiteral("王;芳"), "GB18030");
    chinese += "\r\nEND:VCARD\r\n";
    const auto guessed = readOk(chinese);
    CHECK(guessed.cards.at(0).displayName() == QStringLiteral("王芳"));
}

TEST_CASE("Apple item groups lend their label to the value")
{
    const QByteArray card = "BEGIN:VCARD\nVERSION:3.0\nFN:Bob Smith\n"
                            "item1.TEL:555-0101\nitem1.X-ABLabel:_$!<Mobile>!$_\n"
                            "item2.EMAIL;type=INTERNET:bob@example.com\nitem2.X-ABLabel:Work\n"
                            "END:VCARD\n";
    const auto parsed = readOk(card);
    const ContactCard &c = parsed.cards.at(0);
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones[0].types.contains(QStringLiteral("MOBILE")));
    CHECK(c.mobile() == QStringLiteral("555-0101"));
    CHECK(c.emails.at(0).types.contains(QStringLiteral("WORK")));
}

TEST_CASE("Photos are decoded from folded base64 and from data URIs and bad ones are left out")
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, 'x');
    const QByteArray base64 = png.toBase64();
    QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Photo\r\nPHOTO;ENCODING=BASE64;TYPE=PNG:" + base64.left(20) + "\r\n"
                      + base64.mid(20) + "\r\n\r\nEND:VCARD\r\n";
    card += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Data\r\nPHOTO:data:image/png;base64," + base64 + "\r\nEND:VCARD\r\n";
    card += "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Broken\r\nPHOTO;ENCODING=BASE64:qg:ASDF==\r\nEND:VCARD\r\n";
    const auto parsed = readOk(card);
    REQUIRE(parsed.cards.size() == 3);
    CHECK(parsed.cards[0].photo == png);
    CHECK(parsed.cards[0].photoType == QStringLiteral("PNG"));
    CHECK(parsed.cards[1].photo == png);
    CHECK(parsed.cards[2].photo.isEmpty());
    REQUIRE(parsed.notes.size() == 1);
    CHECK(parsed.notes[0].contains(QStringLiteral("photo")));
}

TEST_CASE("Nested cards become contacts of their own")
{
    const auto parsed = readOk("BEGIN:VCARD\nVERSION:2.1\nN:parent\nBEGIN:VCARD\nVERSION:2.1\nN:nest1\nEND:VCARD\n"
                               "TEL:1\nEND:VCARD\n");
    REQUIRE(parsed.cards.size() == 2);
    CHECK(parsed.cards[0].displayName() == QStringLiteral("parent"));
    CHECK(parsed.cards[0].phones.size() == 1);
    CHECK(parsed.cards[1].displayName() == QStringLiteral("nest1"));
}

TEST_CASE("Broken vCard files are refused with the line of the fault")
{
    const auto unclosed = VCardReader::read("BEGIN:VCARD\nVERSION:3.0\nFN:A\n", QStringLiteral("a.vcf"));
    REQUIRE(unclosed.problems.size() == 1);
    CHECK(unclosed.problems[0].text() == QStringLiteral("a.vcf:1: ") + unclosed.problems[0].message);

    const auto outside = VCardReader::read("FN:Nobody\nBEGIN:VCARD\nFN:A\nEND:VCARD\n", QStringLiteral("b.vcf"));
    REQUIRE(outside.problems.size() == 1);
    CHECK(outside.problems[0].row == 1);

    const auto notCard = VCardReader::read("BEGIN:VCALENDAR\nEND:VCALENDAR\n", QStringLiteral("c.vcf"));
    CHECK_FALSE(notCard.problems.empty());

    const auto empty = VCardReader::read("hello\n", QStringLiteral("d.vcf"));
    CHECK_FALSE(empty.problems.empty());
}

TEST_CASE("What VCardWriter writes in 4.0 and 3.0 reads back the same")
{
    ContactCard card;
    card.uid = QStringLiteral("urn:uuid:11111111-2222-3333-4444-555555555555");
    card.formattedName = QStringLiteral("欧阳娜娜, Nana; \"the\" \\ best");
    card.organization = QStringLiteral("上海华信电子有限公司；研发部");
    card.title = QStringLiteral("采购经理");
    card.phones << CardValue{QStringLiteral("021-6888 1234"), {QStringLiteral("WORK"), QStringLiteral("VOICE")}, false}
                << CardValue{QStringLiteral("+86 138 0013 8000"), {QStringLiteral("CELL")}, false};
    card.emails << CardValue{QStringLiteral("nana@example.com"), {QStringLiteral("WORK")}, false};
    card.messaging << CardValue{QStringLiteral("wxid_nana"), {}, false};
    card.note = QString(60, QChar(u'长')) + QStringLiteral("\nsecond line");
    card.owner = QStringLiteral("李娜");
    card.primary = true;
    for (const QString &version : {QStringLiteral("4.0"), QStringLiteral("3.0")}) {
        INFO(version.toStdString());
        const QByteArray bytes = VCardWriter::write({card}, version);
        CHECK(bytes.contains(QByteArray("VERSION:" + version.toLatin1())));
        for (const QByteArray &line : bytes.split('\n')) {
            CHECK(line.size() <= 76); // 75 octets and the CR
            CHECK(QString::fromUtf8(line).toUtf8() == line);
        }
        const auto parsed = readOk(bytes);
        REQUIRE(parsed.cards.size() == 1);
        const ContactCard &back = parsed.cards[0];
        CHECK(back.displayName() == card.formattedName);
        CHECK(back.organization == card.organization);
        CHECK(back.title == card.title);
        CHECK(back.phone() == card.phones[0].value);
        CHECK(back.mobile() == card.phones[1].value);
        CHECK(back.email() == card.emails[0].value);
        CHECK(back.messagingId() == QStringLiteral("wxid_nana"));
        CHECK(back.note == card.note);
        CHECK(back.owner == card.owner);
        CHECK(back.primary);
        CHECK(back.uid == card.uid);
    }
}

TEST_CASE("Content lines fold at 75 octets without splitting a character")
{
    const QByteArray folded = ContentLineCodec::fold(QStringLiteral("SUMMARY:") + QString(100, QChar(u'销')));
    const QList<QByteArray> lines = folded.split('\n');
    REQUIRE(lines.size() >= 3);
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        CHECK(line.chopped(1).size() <= 75);
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(QString::fromUtf8(unfolded).trimmed() == QStringLiteral("SUMMARY:") + QString(100, QChar(u'销')));
}
