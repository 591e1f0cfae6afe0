#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "tests/support/TestSupport.h"

#include <QStringEncoder>

using namespace qianyue;

namespace {

QStringList fields(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *item : items)
        out << QString::fromUtf16(item);
    return out;
}

} // namespace

TEST_CASE("Comma semicolon and tab delimiters are detected")
{
    struct Case {
        QChar delimiter;
        QString text;
    };
    const std::vector<Case> cases = {
        {QLatin1Char(','), QStringLiteral("name,phone,city\nAcme,555,\"Paris; France\"\nBeta,556,Rome\n")},
        {QLatin1Char(';'), QStringLiteral("name;amount;city\nAcme;1,5;Paris\nBeta;2,5;Rome\n")},
        {QLatin1Char('\t'), QStringLiteral("name\tnote\nAcme\tone, two; three\nBeta\tfour\n")},
    };
    for (const Case &c : cases) {
        INFO(c.text.toStdString());
        CHECK(CsvReader::detectDelimiter(c.text) == c.delimiter);
        const CsvTable table = CsvReader::parse(c.text, {});
        CHECK(table.problems.empty());
        CHECK(table.delimiter == c.delimiter);
        REQUIRE(table.records.size() == 2);
        CHECK(table.records[0].fields.size() == table.header.size());
    }
}

TEST_CASE("A given delimiter is used as it is")
{
    const CsvTable table = CsvReader::parse(QStringLiteral("a|b\n1|2\n"), QLatin1Char('|'));
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(CsvReader::delimiterFromName(QStringLiteral("tab")) == QLatin1Char('\t'));
    CHECK(CsvReader::delimiterFromName(QStringLiteral("semicolon")) == QLatin1Char(';'));
    CHECK(CsvReader::delimiterFromName(QStringLiteral("\"")).isNull());
}

TEST_CASE("Quoted fields keep delimiters doubled quotes and line breaks")
{
    const QString text = QStringLiteral("name,notes,phone\r\n"
                                        "\"Acme, Inc.\",\"He said \"\"hello\"\"\r\nsecond line\nthird\",555\r\n"
                                        "\"上海华信\",\"\",\"\"\r\n");
    const CsvTable table = CsvReader::parse(text, {});
    REQUIRE(table.problems.empty());
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].fields
          == fields({u"Acme, Inc.", u"He said \"hello\"\nsecond line\nthird", u"555"}));
    CHECK(table.records[0].row == 2);
    CHECK(table.records[1].row == 3);
    CHECK(table.records[1].line == 5);
    CHECK(table.records[1].fields == fields({u"上海华信", u"", u""}));
}

TEST_CASE("CRLF and LF line ends and a missing last line end read the same")
{
    const CsvTable crlf = CsvReader::parse(QStringLiteral("a,b\r\n1,2\r\n3,4"), {});
    const CsvTable lf = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,4\n"), {});
    REQUIRE(crlf.records.size() == 2);
    REQUIRE(lf.records.size() == 2);
    for (std::size_t i = 0; i < 2; ++i)
        CHECK(crlf.records[i].fields == lf.records[i].fields);
}

TEST_CASE("Blank rows are skipped but still counted as spreadsheet rows")
{
    const CsvTable table = CsvReader::parse(QStringLiteral(" name , phone \n\nAcme,1\n,,\nBeta,2\n"), {});
    REQUIRE(table.problems.empty());
    CHECK(table.header == QStringList{QStringLiteral("name"), QStringLiteral("phone")});
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].row == 3);
    CHECK(table.records[1].row == 5);
}

TEST_CASE("A quote that is never closed is reported with its row and column")
{
    const CsvTable table = CsvReader::parse(QStringLiteral("name,notes\nAcme,ok\nBeta,\"never closed\nGamma,1\n"), {}, QStringLiteral("f.csv"));
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].text().startsWith(QStringLiteral("f.csv:3:2: ")));
    CHECK(table.problems[0].message.contains(QStringLiteral("line 3")));
}

TEST_CASE("Text after a closing quote and rows wider than the header are problems")
{
    const CsvTable table = CsvReader::parse(QStringLiteral("a,b\n\"x\"y,1\n1,2,3\n1,2,,\n"), {}, QStringLiteral("f.csv"));
    REQUIRE(table.problems.size() == 2);
    CHECK(table.problems[0].row == 2);
    CHECK(table.problems[0].column == 1);
    CHECK(table.problems[1].row == 3);
    CHECK(table.problems[1].column == 3);
    CHECK(table.problems[1].message.contains(QStringLiteral("comma")));
}

TEST_CASE("An empty file is refused")
{
    const CsvTable table = CsvReader::parse(QString(), {}, QStringLiteral("empty.csv"));
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].message.contains(QStringLiteral("header")));
}

TEST_CASE("GB18030 and UTF-16 files are read from bytes with the encoding reported")
{
    const QString text = QStringLiteral("客户名称;电话\n上海华信电子有限公司;021-1234\n");
    QStringEncoder gb("GB18030");
    const CsvTable fromGb = CsvReader::readBytes(gb.encode(text), QStringLiteral("gb.csv"));
    REQUIRE(fromGb.problems.empty());
    CHECK(fromGb.encoding == QStringLiteral("GB18030"));
    CHECK(fromGb.delimiter == QLatin1Char(';'));
    CHECK(fromGb.records.at(0).fields.at(0) == QStringLiteral("上海华信电子有限公司"));

    QStringEncoder utf16(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const CsvTable fromUtf16 = CsvReader::readBytes(utf16.encode(text), QStringLiteral("u16.csv"));
    REQUIRE(fromUtf16.problems.empty());
    CHECK(fromUtf16.encoding == QStringLiteral("UTF-16BE"));
    CHECK(fromUtf16.header.at(0) == QStringLiteral("客户名称"));

    const CsvTable wrong = CsvReader::readBytes(QByteArray("a\n\xFF\xFE\xFD\n"), QStringLiteral("x.csv"), {QStringLiteral("UTF-8"), {}});
    REQUIRE(wrong.problems.size() == 1);
    CHECK(wrong.problems[0].text().startsWith(QStringLiteral("x.csv: ")));
}

TEST_CASE("What CsvWriter writes reads back field for field")
{
    const std::vector<QStringList> rows = {
        fields({u"name", u"notes", u"phone"}),
        fields({u"Acme, Inc.", u"quote \" inside", u" leading space"}),
        fields({u"多行\n文本", u"", u"=1+1"}),
        fields({u"semi;colon", u"tab\there", u"back\\slash"}),
    };
    CsvWriter writer;
    for (const QStringList &row : rows)
        writer.addRecord(row);
    CHECK(writer.text().contains(QStringLiteral("\r\n")));
    const CsvTable table = CsvReader::parse(writer.text(), QLatin1Char(','));
    REQUIRE(table.problems.empty());
    CHECK(table.header == rows[0]);
    REQUIRE(table.records.size() == rows.size() - 1);
    for (std::size_t i = 1; i < rows.size(); ++i)
        CHECK(table.records[i - 1].fields == rows[i]);
}
