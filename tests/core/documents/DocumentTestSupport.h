#pragma once

#include "core/documents/DocumentData.h"
#include "tests/support/ChainFixture.h"
#include "tests/support/TestSupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace qianyue::test {

/// poppler-utils (pdftotext, pdfinfo, pdffonts) run on PDFs written to a temporary folder.
class Poppler
{
public:
    /// Whether the tools are installed; tests skip with a warning when they are not.
    static bool available();

    explicit Poppler(const QByteArray &pdf);

    /// pdftotext of the whole document, or of one page (1-based); `layout` keeps columns apart.
    QString text(int page = 0, bool layout = false) const;
    /// "Pages:" of pdfinfo.
    int pages() const;
    /// The "Page size:" line of pdfinfo.
    QString pageSize() const;
    /// The font table rows of pdffonts (without its two header lines).
    QStringList fonts() const;
    QString path() const { return m_path; }

private:
    QString tool(const QString &name, const QStringList &arguments) const;

    TempDir m_dir;
    QString m_path;
};

/// `text` without any whitespace: pdftotext drops the narrow spaces next to
/// Chinese characters ("第 1 页" comes out as "第1页").
QString withoutSpaces(const QString &text);

/// Code points in the Kangxi radicals and CJK radicals supplement blocks (look-alikes of ideographs).
QStringList radicalCodePoints(const QString &text);

/// A quote in drafting for the fixture's customer with `count` lines: line i
/// is "测试产品 P0001" … at 1 000.00 + i × 7.31, quantity 1 to 3, every
/// seventh line with a long description that wraps.
qint64 quoteWithLines(ChainFixture &f, int count);

/// The fixture's company profile, as a sales office would fill it in.
void fillCompanyProfile(Database &db, const QString &name = QStringLiteral("杭州千岳信息技术有限公司"));

/// The amount printed for line `index` of quoteWithLines().
QString lineAmount(int index);
/// The token naming line `index` of quoteWithLines() ("P0007").
QString lineToken(int index);

} // namespace qianyue::test
