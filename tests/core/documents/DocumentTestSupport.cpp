#include "tests/core/documents/DocumentTestSupport.h"

#include "core/documents/DocumentFormat.h"
#include "core/workflow/QuoteWorkflow.h"

#include <QFile>
#include <QStandardPaths>

namespace qianyue::test {

bool Poppler::available()
{
    static const bool found = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
    return found;
}

Poppler::Poppler(const QByteArray &pdf)
    : m_path(m_dir.file(QStringLiteral("document.pdf")))
{
    QFile file(m_path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
}

QString Poppler::tool(const QString &name, const QStringList &arguments) const
{
    const ProcessResult result = runProcess(name, arguments);
    INFO(name.toStdString() << ": " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out;
}

QString Poppler::text(int page, bool layout) const
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << m_path << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), arguments);
}

int Poppler::pages() const
{
    const QString info = tool(QStringLiteral("pdfinfo"), {m_path});
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

QString Poppler::pageSize() const
{
    const QString info = tool(QStringLiteral("pdfinfo"), {m_path});
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Page size:")))
            return line.mid(10).trimmed();
    }
    return {};
}

QStringList Poppler::fonts() const
{
    QStringList rows = tool(QStringLiteral("pdffonts"), {m_path}).split(u'\n', Qt::SkipEmptyParts);
    return rows.mid(2);
}

QString withoutSpaces(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

QStringList radicalCodePoints(const QString &text)
{
    QStringList found;
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF)
            found << QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    return found;
}

QString lineToken(int index)
{
    return QStringLiteral("P%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

namespace {

qint64 linePrice(int index)
{
    return 100000 + qint64(index) * 731;
}

int lineQuantity(int index)
{
    return index % 3 + 1;
}

} // namespace

QString lineAmount(int index)
{
    return DocumentFormat::money(Money(linePrice(index) * lineQuantity(index), QStringLiteral("CNY")));
}

qint64 quoteWithLines(ChainFixture &f, int count)
{
    auto quote = QuoteWorkflow(*f.db).createFromOpportunity(f.openOpportunity(), QDate(2026, 3, 2));
    REQUIRE(quote);
    std::vector<DocumentLine> lines;
    for (int i = 0; i < count; ++i) {
        DocumentLine line;
        line.description = QStringLiteral("测试产品 %1").arg(lineToken(i));
        if (i % 7 == 3)
            line.description += QStringLiteral("，含安装调试、现场培训及三年原厂保修服务，适用于华东区各分支机构的统一部署与集中管理");
        line.specification = i % 2 ? QStringLiteral("标准版 %1 GB").arg(8 << (i % 4)) : QString();
        line.unit = QStringLiteral("套");
        line.quantity = Quantity::fromInt(lineQuantity(i));
        line.unitPrice = Money(linePrice(i), QStringLiteral("CNY"));
        line.taxRate = Rate::fromMillionths(i % 5 == 0 ? 60000 : 130000);
        lines.push_back(line);
    }
    REQUIRE(QuoteWorkflow(*f.db).setLines(*quote, lines));
    return *quote;
}

void fillCompanyProfile(Database &db, const QString &name)
{
    auto updated = db.query(QStringLiteral("UPDATE company SET name = ?, address = ?, phone = ?, tax_id = ?, bank_account = ?"
                                           " WHERE id = 1"),
                            {name, QStringLiteral("浙江省杭州市西湖区文三路 398 号 12 楼"), QStringLiteral("0571-8888 6666"),
                             QStringLiteral("91330106MA2H3K7X5Q"), QStringLiteral("招商银行杭州分行 5719 0823 4410 601")});
    REQUIRE(updated);
}

} // namespace qianyue::test
