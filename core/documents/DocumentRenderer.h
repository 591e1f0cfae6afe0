#pragma once

#include "core/documents/DocumentData.h"
#include "core/documents/DocumentLabels.h"
#include "core/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <QPagedPaintDevice>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qianyue {

class Database;

/// Paper sizes documents are printed on.
enum class PaperSize { A4, Letter };

/// How a document is printed: language, paper and margins.
struct PrintOptions {
    DocumentLanguage language = DocumentLanguage::Chinese;
    PaperSize paper = PaperSize::A4;
    QMarginsF marginsMm{16, 15, 16, 15}; ///< left, top, right, bottom in millimetres

    /// "A4" or "Letter".
    static QString paperName(PaperSize paper);
    /// Reads "A4" or "Letter" in any case; empty for anything else.
    static std::optional<PaperSize> parsePaper(const QString &name);
    /// The office's defaults from the settings document.language,
    /// document.paper and document.margin_{top,bottom,left,right}_mm.
    static Result<PrintOptions> fromSettings(Database &database);
};

/// What one printed page holds, so the pagination rules can be checked
/// without reading the PDF back.
struct PageContents {
    bool tableHeader = false; ///< the line table's header row is on this page
    int firstRow = -1;        ///< first line of the table on this page (0-based), or -1
    int lastRow = -1;
    QStringList blocks; ///< kinds of the blocks in order: letterhead, title, parties, header, row, totals, heading, text, closing, signatures
};

/// A rendered document: the PDF and what went on each page.
struct RenderedDocument {
    QByteArray pdf;
    std::vector<PageContents> pages;
};

/// Lays out quotes and contracts page by page with QPainter on QPdfWriter.
/// Pagination is done here rather than by QTextDocument so that the rules
/// of PageLayout hold: table header on every page, no row split from its
/// amount, no heading at the foot of a page, signatures kept together.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// Whether documents can be rendered in this process: fonts need a QGuiApplication.
    static bool canRender();
    /// Renders `data` to a PDF.
    static Result<RenderedDocument> render(const DocumentData &data, const PrintOptions &options);
    /// Paints `data` onto a printer or another paged device with the same
    /// layout as the PDF; sets the device's page to the chosen paper without
    /// margins (a QPrinter must be in full-page mode). Returns the page count.
    static Result<int> renderTo(const DocumentData &data, const PrintOptions &options, QPagedPaintDevice &device);

private:
    static Result<void> paintPages(const DocumentData &data, const PrintOptions &options, QPagedPaintDevice &device,
                                   RenderedDocument &rendered);
};

} // namespace qianyue
