#include "core/documents/DocumentRenderer.h"

#include "core/documents/AmountInWords.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentFormat.h"
#include "core/documents/PageLayout.h"
#include "core/store/SettingsStore.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace qianyue {

namespace {

// Device pixels per inch of the PDF: fine enough that no position is rounded visibly.
constexpr int kResolution = 1200;

const QColor kInk(0x1d, 0x1d, 0x1f);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kRule(0xc8, 0xce, 0xd6);
const QColor kHeaderFill(0xe6, 0xec, 0xf2);
const QColor kZebra(0xf6, 0xf8, 0xfa);
const QColor kPanel(0xf3, 0xf5, 0xf8);
const QColor kDraft(0xb3, 0x26, 0x1e);

// Text wrapped once at a fixed width; measured while the pages are laid out
// and drawn when they are painted.
class TextBox
{
public:
    TextBox() = default;
    TextBox(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, const QColor &color,
            const QPaintDevice *device, const QList<QTextLayout::FormatRange> &formats = {})
        : m_layout(std::make_shared<QTextLayout>(text, font, device))
        , m_color(color)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        m_layout->setTextOption(option);
        if (!formats.isEmpty())
            m_layout->setFormats(formats);
        m_layout->beginLayout();
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
            m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        }
        m_layout->endLayout();
    }

    qreal height() const { return m_height; }
    qreal naturalWidth() const { return m_naturalWidth; }
    int lineCount() const { return m_layout ? m_layout->lineCount() : 0; }
    qreal lineHeight(int index) const { return m_layout->lineAt(index).height(); }

    void draw(QPainter &painter, const QPointF &topLeft) const
    {
        if (!m_layout)
            return;
        painter.setPen(m_color);
        m_layout->draw(&painter, topLeft);
    }

    /// Draws line `index` alone with its top at `topLeft`.
    void drawLine(QPainter &painter, const QPointF &topLeft, int index) const
    {
        painter.setPen(m_color);
        const QTextLine line = m_layout->lineAt(index);
        line.draw(&painter, topLeft - QPointF(0, line.y()));
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    QColor m_color;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
};

// One piece of the flow with the code that paints it at (content left, top).
struct Block {
    LayoutItem layout;
    QString kind;
    int row = -1;
    std::function<void(QPainter &, qreal left, qreal top)> paint;
};

struct InfoRow {
    Label label;
    QString value;
    bool strong = false;
};

// A label/value list: labels in one column, values wrapping beside them.
struct InfoColumn {
    std::vector<std::pair<TextBox, TextBox>> rows;
    std::vector<qreal> tops;
    qreal labelWidth = 0;
    qreal labelOffset = 0; ///< moves the smaller labels down onto the values' baseline
    qreal height = 0;
};

struct TableColumn {
    Label label;
    qreal widthMm; ///< 0: takes the width left over
    Qt::Alignment alignment;
};

// Builds the blocks of one document and paints the laid-out pages.
class Composer
{
public:
    Composer(const DocumentData &data, const PrintOptions &options, QPagedPaintDevice &device)
        : m_data(data)
        , m_language(options.language)
        , m_device(&device)
        , m_dpi(device.logicalDpiY())
        , m_fonts(DocumentFonts::instance())
    {
        const QPageSize size(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
        const QSizeF points = size.sizePoints();
        m_pageWidth = points.width() * m_dpi / 72.0;
        m_pageHeight = points.height() * m_dpi / 72.0;
        m_left = mm(options.marginsMm.left());
        m_width = m_pageWidth - m_left - mm(options.marginsMm.right());
        m_top = mm(options.marginsMm.top());
        m_footerTop = m_pageHeight - mm(options.marginsMm.bottom()) - mm(7);
        m_runningHeadHeight = mm(11);
    }

    void build()
    {
        addLetterhead();
        addTitle();
        addParties();
        addTable();
        addTotals();
        if (m_data.kind == DocumentKind::Quote)
            addQuoteTerms();
        else
            addContractTerms();
        addNotes();
        addSignatures();
    }

    RenderedDocument paint(QPainter &painter, QPagedPaintDevice &device)
    {
        std::vector<LayoutItem> items;
        items.reserve(m_blocks.size());
        for (const Block &block : m_blocks)
            items.push_back(block.layout);
        const auto pages = PageLayout::paginate(items, {m_tableHeaderHeight}, [this](int page) { return bodyHeight(page); });

        RenderedDocument rendered;
        const int pageCount = int(pages.size());
        for (int p = 0; p < pageCount; ++p) {
            if (p > 0)
                device.newPage();
            PageContents contents;
            if (p > 0)
                paintRunningHead(painter);
            const qreal top = bodyTop(p);
            for (const PlacedItem &placed : pages[std::size_t(p)].placed) {
                if (placed.item < 0) {
                    m_tableHeader(painter, m_left, top + placed.y);
                    contents.tableHeader = true;
                    contents.blocks << QStringLiteral("header");
                    continue;
                }
                const Block &block = m_blocks[std::size_t(placed.item)];
                block.paint(painter, m_left, top + placed.y);
                contents.blocks << block.kind;
                if (block.row >= 0) {
                    if (contents.firstRow < 0)
                        contents.firstRow = block.row;
                    contents.lastRow = block.row;
                }
            }
            paintFooter(painter, p + 1, pageCount);
            rendered.pages.push_back(contents);
        }
        return rendered;
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal bodyTop(int page) const { return page == 0 ? m_top : m_top + m_runningHeadHeight; }
    qreal bodyHeight(int page) const { return m_footerTop - mm(3) - bodyTop(page); }

    QString label(Label which) const { return DocumentLabels::text(which, m_language); }
    QString colon() const { return m_language == DocumentLanguage::Chinese ? QStringLiteral("：") : QStringLiteral(": "); }
    QString labelled(Label which, const QString &value) const { return label(which) + colon() + value; }
    QString date(const QDate &value) const { return DocumentLabels::date(value, m_language); }

    TextBox text(const QString &content, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
                 const QColor &color = kInk, const QList<QTextLayout::FormatRange> &formats = {}) const
    {
        return TextBox(content, font, width, alignment, color, m_device, formats);
    }

    QString documentTitle() const
    {
        return label(m_data.kind == DocumentKind::Quote ? Label::QuoteTitle : Label::ContractTitle);
    }

    // "报价单 Q-2026-0001 · 版本 2": what identifies the document on every page.
    QString documentReference() const
    {
        QString reference = documentTitle() + u' ' + m_data.number;
        if (m_data.kind == DocumentKind::Quote)
            reference += QStringLiteral(" · ") + label(Label::Revision) + u' ' + QString::number(m_data.revision);
        return reference;
    }

    void add(Block block) { m_blocks.push_back(std::move(block)); }

    // How far text in `smaller` must move down to share a baseline with text in `larger` set at the same top.
    qreal baselineOffset(const QFont &smaller, const QFont &larger) const
    {
        return std::max(0.0, QFontMetricsF(larger, m_device).ascent() - QFontMetricsF(smaller, m_device).ascent());
    }

    InfoColumn infoColumn(const std::vector<InfoRow> &rows, qreal width, const QFont &labelFont, const QFont &valueFont) const
    {
        InfoColumn column;
        const QFontMetricsF metrics(labelFont, m_device);
        for (const InfoRow &row : rows)
            column.labelWidth = std::max(column.labelWidth, metrics.horizontalAdvance(label(row.label)));
        column.labelWidth = std::min(column.labelWidth + mm(2.5), width * 0.45);
        column.labelOffset = baselineOffset(labelFont, valueFont);
        const QFont strongFont = m_fonts.sans(valueFont.pointSizeF(), true);
        for (const InfoRow &row : rows) {
            TextBox name = text(label(row.label), labelFont, column.labelWidth - mm(1.5), Qt::AlignLeft, kMuted);
            TextBox value = text(row.value, row.strong ? strongFont : valueFont, width - column.labelWidth);
            column.tops.push_back(column.height);
            column.height += std::max(name.height(), value.height()) + mm(0.8);
            column.rows.emplace_back(std::move(name), std::move(value));
        }
        return column;
    }

    static void paintInfoColumn(const InfoColumn &column, QPainter &painter, qreal left, qreal top)
    {
        for (std::size_t i = 0; i < column.rows.size(); ++i) {
            column.rows[i].first.draw(painter, QPointF(left, top + column.tops[i] + column.labelOffset));
            column.rows[i].second.draw(painter, QPointF(left + column.labelWidth, top + column.tops[i]));
        }
    }

    void addLetterhead()
    {
        const DocumentParty &company = m_data.company;
        QImage logo = QImage::fromData(company.logo);
        QStringList details;
        const auto detail = [&](Label which, const QString &value) {
            if (!value.trimmed().isEmpty())
                details << labelled(which, value.trimmed());
        };
        detail(Label::Address, company.address);
        detail(Label::Phone, company.phone);
        detail(Label::TaxId, company.taxId);
        detail(Label::BankAccount, company.bankAccount);
        if (company.name.trimmed().isEmpty() && details.isEmpty() && logo.isNull())
            return;

        qreal logoWidth = 0;
        const qreal logoHeight = mm(16);
        if (!logo.isNull()) {
            logoWidth = std::min(mm(42), logoHeight * logo.width() / std::max(1, logo.height()));
            // Enough pixels for print, without carrying a camera-sized image into every PDF.
            if (logo.height() > 600)
                logo = logo.scaledToHeight(600, Qt::SmoothTransformation);
        }
        const qreal textLeft = logoWidth > 0 ? logoWidth + mm(5) : 0;
        const qreal textWidth = m_width - textLeft;
        TextBox name = text(company.name, m_fonts.serif(15), textWidth, Qt::AlignLeft, kAccent);
        // Two details to a line; the separator keeps them apart in every language.
        QStringList lines;
        for (qsizetype i = 0; i < details.size(); i += 2)
            lines << details.mid(i, 2).join(QStringLiteral("    "));
        TextBox info = text(lines.join(QChar::LineSeparator), m_fonts.sans(7.8), textWidth, Qt::AlignLeft, kMuted);
        const qreal textHeight = name.height() + mm(1) + info.height();
        const qreal height = std::max(textHeight, logo.isNull() ? 0.0 : logoHeight) + mm(3);
        const qreal nameGap = mm(1);
        const qreal rule = pt(1.2);
        add({{height + rule, 0, false, -1}, QStringLiteral("letterhead"), -1,
             [=, this](QPainter &painter, qreal left, qreal top) {
                 if (!logo.isNull())
                     painter.drawImage(QRectF(left, top, logoWidth, std::min(logoHeight, logoWidth * logo.height() / logo.width())), logo);
                 name.draw(painter, QPointF(left + textLeft, top));
                 info.draw(painter, QPointF(left + textLeft, top + name.height() + nameGap));
                 painter.fillRect(QRectF(left, top + height, m_width, rule), kAccent);
             }});
    }

    void addTitle()
    {
        QFont titleFont = m_fonts.serif(m_language == DocumentLanguage::English ? 17 : 19);
        // Spaced out like a printed form's title; the space after the last letter is given back when centring.
        // Qt takes absolute letter spacing in points and scales it to the device itself.
        const qreal spacingPoints = m_language == DocumentLanguage::English ? 1.5 : 5;
        titleFont.setLetterSpacing(QFont::AbsoluteSpacing, spacingPoints);
        const qreal spacing = pt(spacingPoints);
        const QString main = m_language == DocumentLanguage::English ? DocumentLabels::english(m_data.kind == DocumentKind::Quote ? Label::QuoteTitle : Label::ContractTitle)
                                                                     : DocumentLabels::chinese(m_data.kind == DocumentKind::Quote ? Label::QuoteTitle : Label::ContractTitle);
        TextBox title = text(main, titleFont, m_width, Qt::AlignHCenter, kAccent);
        QStringList subtitleLines;
        if (m_language == DocumentLanguage::Bilingual)
            subtitleLines << DocumentLabels::english(m_data.kind == DocumentKind::Quote ? Label::QuoteTitle : Label::ContractTitle);
        if (!m_data.title.trimmed().isEmpty())
            subtitleLines << m_data.title.trimmed();
        TextBox subtitle = text(subtitleLines.join(QChar::LineSeparator), m_fonts.sans(9.5), m_width, Qt::AlignHCenter, kMuted);
        const bool hasSubtitle = !subtitleLines.isEmpty();
        TextBox draft;
        if (m_data.isDraft())
            draft = text(label(Label::Draft), m_fonts.sans(9, true), mm(40), Qt::AlignRight, kDraft);
        const qreal height = title.height() + (hasSubtitle ? subtitle.height() : 0);
        add({{height, mm(4), false, -1}, QStringLiteral("title"), -1,
             [=, this](QPainter &painter, qreal left, qreal top) {
                 title.draw(painter, QPointF(left + spacing / 2, top));
                 if (hasSubtitle)
                     subtitle.draw(painter, QPointF(left, top + title.height()));
                 if (draft.lineCount() > 0) {
                     const QRectF box(left + m_width - mm(40), top + mm(1), mm(40), draft.height());
                     draft.draw(painter, box.topLeft());
                 }
             }});
    }

    void addParties()
    {
        const DocumentParty &customer = m_data.customer;
        const bool quote = m_data.kind == DocumentKind::Quote;
        std::vector<InfoRow> left{{quote ? Label::Customer : Label::PartyA, customer.name, true}};
        const auto optional = [](std::vector<InfoRow> &rows, Label which, const QString &value) {
            if (!value.trimmed().isEmpty())
                rows.push_back({which, value.trimmed()});
        };
        optional(left, Label::Address, customer.address);
        QString contact = customer.contactName;
        if (!customer.contactPhone.isEmpty())
            contact += (contact.isEmpty() ? QString() : QStringLiteral("  ")) + customer.contactPhone;
        optional(left, Label::Contact, contact);
        optional(left, Label::Phone, customer.phone);
        optional(left, Label::TaxId, customer.taxId);

        std::vector<InfoRow> right{{quote ? Label::QuoteNumber : Label::ContractNumber, m_data.number, true}};
        if (quote) {
            right.push_back({Label::Revision, QString::number(m_data.revision)});
            right.push_back({Label::Date, date(m_data.date)});
            optional(right, Label::ValidUntil, date(m_data.validUntil));
        } else {
            optional(right, Label::Date, date(m_data.date));
            optional(right, Label::SignedOn, date(m_data.signedOn));
            optional(right, Label::Term, termText());
        }
        QString salesperson = m_data.salesperson;
        if (!m_data.salespersonEmail.isEmpty())
            salesperson += QStringLiteral("  ") + m_data.salespersonEmail;
        optional(right, Label::Salesperson, salesperson);
        right.push_back({Label::Currency, m_data.currency});

        const qreal gap = mm(6);
        const qreal padding = mm(2.5);
        const qreal leftWidth = (m_width - gap) * 0.54;
        const qreal rightWidth = m_width - gap - leftWidth;
        const QFont labelFont = m_fonts.sans(8);
        const QFont valueFont = m_fonts.sans(9);
        const InfoColumn customerColumn = infoColumn(left, leftWidth - 2 * padding, labelFont, valueFont);
        const InfoColumn documentColumn = infoColumn(right, rightWidth - 2 * padding, labelFont, valueFont);
        const qreal height = std::max(customerColumn.height, documentColumn.height) + 2 * padding;
        add({{height, mm(4), false, -1}, QStringLiteral("parties"), -1,
             [=](QPainter &painter, qreal x, qreal top) {
                 painter.fillRect(QRectF(x, top, leftWidth, height), kPanel);
                 painter.fillRect(QRectF(x + leftWidth + gap, top, rightWidth, height), kPanel);
                 paintInfoColumn(customerColumn, painter, x + padding, top + padding);
                 paintInfoColumn(documentColumn, painter, x + leftWidth + gap + padding, top + padding);
             }});
    }

    QString termText() const
    {
        if (!m_data.startOn.isValid() && !m_data.endOn.isValid())
            return {};
        const QString from = m_data.startOn.isValid() ? date(m_data.startOn) : label(Label::SigningDay);
        const QString to = m_data.endOn.isValid() ? date(m_data.endOn) : label(Label::UntilFulfilled);
        return label(Label::TermRange).arg(from, to);
    }

    std::vector<TableColumn> tableColumns() const
    {
        return {
            {Label::Position, 8, Qt::AlignHCenter},  {Label::Product, 0, Qt::AlignLeft},
            {Label::Specification, 25, Qt::AlignLeft}, {Label::Unit, 11, Qt::AlignHCenter},
            {Label::Quantity, 15, Qt::AlignRight},   {Label::UnitPrice, 21, Qt::AlignRight},
            {Label::Discount, 15, Qt::AlignRight},   {Label::TaxRate, 13, Qt::AlignRight},
            {Label::Amount, 25, Qt::AlignRight},
        };
    }

    void addTable()
    {
        const std::vector<TableColumn> columns = tableColumns();
        const qreal cellPadding = mm(1);
        const qreal rowPadding = mm(1.2);
        auto lefts = std::make_shared<std::vector<qreal>>();
        auto widths = std::make_shared<std::vector<qreal>>();
        qreal fixed = 0;
        for (const TableColumn &column : columns)
            fixed += mm(column.widthMm);
        qreal x = 0;
        for (const TableColumn &column : columns) {
            const qreal width = column.widthMm > 0 ? mm(column.widthMm) : m_width - fixed;
            lefts->push_back(x + cellPadding);
            widths->push_back(width - 2 * cellPadding);
            x += width;
        }

        // The header row, painted again on every page the rows continue on.
        const QFont headerFont = m_fonts.sans(7.5, true);
        std::vector<TextBox> headerCells;
        qreal headerHeight = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            headerCells.push_back(text(DocumentLabels::stacked(columns[c].label, m_language), headerFont, (*widths)[c],
                                       columns[c].alignment, kAccent));
            headerHeight = std::max(headerHeight, headerCells.back().height());
        }
        headerHeight += 2 * mm(1.6);
        m_tableHeaderHeight = headerHeight;
        m_tableHeader = [=, this](QPainter &painter, qreal left, qreal top) {
            painter.fillRect(QRectF(left, top, m_width, headerHeight), kHeaderFill);
            painter.fillRect(QRectF(left, top + headerHeight - pt(0.8), m_width, pt(0.8)), kAccent);
            for (std::size_t c = 0; c < headerCells.size(); ++c) {
                const qreal cellTop = top + (headerHeight - headerCells[c].height()) / 2;
                headerCells[c].draw(painter, QPointF(left + (*lefts)[c], cellTop));
            }
        };

        const QFont cellFont = m_fonts.sans(8.5);
        const QFont skuFont = m_fonts.sans(7);
        // A row taller than an empty page (a pasted essay as description) is cut short rather than split.
        const qreal tallest = bodyHeight(1) - headerHeight - mm(2);
        const int count = int(m_data.items.size());
        for (int i = 0; i < count; ++i) {
            const DocumentItem &item = m_data.items[std::size_t(i)];
            const DocumentLine &line = item.line;
            const QStringList values{QString::number(line.position),
                                     line.description,
                                     line.specification,
                                     line.unit,
                                     DocumentFormat::quantity(line.quantity),
                                     DocumentFormat::money(line.unitPrice),
                                     line.discount.isZero() ? QStringLiteral("—") : DocumentFormat::percent(line.discount),
                                     DocumentFormat::percent(line.taxRate),
                                     DocumentFormat::money(line.lineTotal)};
            std::vector<TextBox> cells;
            qreal contentHeight = 0;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                cells.push_back(text(values[qsizetype(c)], cellFont, (*widths)[c], columns[c].alignment));
                contentHeight = std::max(contentHeight, cells.back().height());
            }
            TextBox sku;
            if (!item.sku.isEmpty())
                sku = text(item.sku, skuFont, (*widths)[1], Qt::AlignLeft, kMuted);
            const auto productHeight = [&] { return cells[1].height() + sku.height(); };
            QString description = line.description;
            while (productHeight() + 2 * rowPadding > tallest && description.size() > 8) {
                description = description.left(description.size() * 3 / 4) + QStringLiteral("…");
                cells[1] = text(description, cellFont, (*widths)[1], Qt::AlignLeft);
            }
            contentHeight = std::max(contentHeight, productHeight());
            for (std::size_t c = 0; c < cells.size(); ++c) {
                if (c != 1)
                    contentHeight = std::max(contentHeight, cells[c].height());
            }
            const qreal height = contentHeight + 2 * rowPadding;
            const bool striped = i % 2 == 1;
            // The last row goes with the totals, so the totals never open a page on their own.
            const bool last = i == count - 1;
            add({{height, i == 0 ? mm(5) : 0, last, 0}, QStringLiteral("row"), i,
                 [=, this](QPainter &painter, qreal left, qreal top) {
                     if (striped)
                         painter.fillRect(QRectF(left, top, m_width, height), kZebra);
                     for (std::size_t c = 0; c < cells.size(); ++c)
                         cells[c].draw(painter, QPointF(left + (*lefts)[c], top + rowPadding));
                     sku.draw(painter, QPointF(left + (*lefts)[1], top + rowPadding + cells[1].height()));
                     painter.fillRect(QRectF(left, top + height - pt(0.4), m_width, pt(0.4)), kRule);
                 }});
        }
    }

    // Total in words: 人民币 uppercase whenever the currency is CNY (the form
    // Chinese bills require), English words for other currencies and for English readers.
    QString totalInWords(DocumentLanguage language) const
    {
        const qint64 minor = m_data.total.minor();
        const bool cny = m_data.currency.compare(u"CNY", Qt::CaseInsensitive) == 0;
        QStringList words;
        if (cny && language != DocumentLanguage::English)
            words << QStringLiteral("人民币") + AmountInWords::chineseUppercase(minor);
        if (!cny || language != DocumentLanguage::Chinese)
            words << AmountInWords::englishWords(minor, m_data.currency);
        return words.join(QChar::LineSeparator);
    }

    void addTotals()
    {
        const qreal panelWidth = std::min(mm(105), m_width * 0.6);
        const qreal amountWidth = mm(40);
        const qreal labelWidth = panelWidth - amountWidth;
        const QFont font = m_fonts.sans(9);
        const QFont strong = m_fonts.sans(10, true);
        struct Line {
            TextBox name;
            TextBox amount;
            qreal top;
            bool total;
        };
        auto lines = std::make_shared<std::vector<Line>>();
        qreal y = 0;
        const auto addLine = [&](const QString &name, const QString &amount, bool total) {
            TextBox nameBox = text(name, total ? strong : font, labelWidth - mm(2), Qt::AlignRight, total ? kInk : kMuted);
            TextBox amountBox = text(amount, total ? strong : font, amountWidth, Qt::AlignRight);
            if (total)
                y += mm(1.2);
            lines->push_back({nameBox, amountBox, y, total});
            y += std::max(nameBox.height(), amountBox.height()) + mm(0.6);
        };
        addLine(label(Label::Subtotal), DocumentFormat::money(m_data.subtotal), false);
        for (const auto &[rate, tax] : m_data.taxByRate())
            addLine(label(Label::TaxAt).arg(DocumentFormat::percent(rate)), DocumentFormat::money(tax), false);
        addLine(label(Label::Total), DocumentFormat::moneyWithCode(m_data.total), true);
        const qreal panelHeight = y + mm(0.6);

        const QFont wordsFont = m_fonts.sans(9);
        const QString wordsLabel = label(Label::AmountInWords) + colon();
        const qreal wordsLabelWidth = QFontMetricsF(wordsFont, m_device).horizontalAdvance(wordsLabel) + mm(1);
        TextBox wordsName = text(wordsLabel, wordsFont, wordsLabelWidth, Qt::AlignLeft, kMuted);
        TextBox words = text(totalInWords(m_language), m_fonts.sans(9, true), m_width - wordsLabelWidth - mm(4));
        const qreal wordsTop = panelHeight + mm(2.5);
        const qreal wordsHeight = std::max(wordsName.height(), words.height()) + mm(3);
        const qreal height = wordsTop + wordsHeight;
        add({{height, mm(3), false, -1}, QStringLiteral("totals"), -1,
             [=, this](QPainter &painter, qreal left, qreal top) {
                 const qreal panelLeft = left + m_width - panelWidth;
                 for (const Line &line : *lines) {
                     if (line.total) {
                         painter.fillRect(QRectF(panelLeft, top + line.top - mm(0.8), panelWidth, pt(0.6)), kAccent);
                         const qreal bottom = top + line.top + line.amount.height() + mm(0.4);
                         painter.fillRect(QRectF(panelLeft, bottom, panelWidth, pt(0.6)), kAccent);
                         painter.fillRect(QRectF(panelLeft, bottom + pt(1.6), panelWidth, pt(0.6)), kAccent);
                     }
                     line.name.draw(painter, QPointF(panelLeft, top + line.top));
                     line.amount.draw(painter, QPointF(panelLeft + labelWidth, top + line.top));
                 }
                 const QRectF box(left, top + wordsTop, m_width, wordsHeight);
                 painter.fillRect(box, kPanel);
                 wordsName.draw(painter, QPointF(left + mm(2), box.top() + mm(1.5)));
                 words.draw(painter, QPointF(left + mm(2) + wordsLabelWidth, box.top() + mm(1.5)));
             }});
    }

    void addHeading(Label which)
    {
        TextBox heading = text(label(which), m_fonts.sans(10, true), m_width, Qt::AlignLeft, kAccent);
        const qreal height = heading.height() + mm(1.2);
        add({{height, mm(6), true, -1}, QStringLiteral("heading"), -1,
             [=, this](QPainter &painter, qreal left, qreal top) {
                 heading.draw(painter, QPointF(left, top));
                 painter.fillRect(QRectF(left, top + height - pt(0.6), m_width, pt(0.6)), kRule);
             }});
    }

    // A label/value pair of the terms: one block each, so a page may break between terms.
    void addTermRows(const std::vector<std::pair<Label, QString>> &terms)
    {
        const QFont labelFont = m_fonts.sans(8.5);
        const QFont valueFont = m_fonts.sans(9);
        qreal labelWidth = 0;
        const QFontMetricsF metrics(labelFont, m_device);
        for (const auto &term : terms)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label(term.first) + colon()));
        labelWidth = std::min(labelWidth + mm(2), m_width * 0.35);
        bool first = true;
        for (const auto &[which, value] : terms) {
            TextBox name = text(label(which) + colon(), labelFont, labelWidth, Qt::AlignLeft, kMuted);
            TextBox content = text(value, valueFont, m_width - labelWidth);
            const qreal height = std::max(name.height(), content.height());
            const qreal offset = baselineOffset(labelFont, valueFont);
            add({{height, first ? mm(2) : mm(1), false, -1}, QStringLiteral("text"), -1,
                 [=](QPainter &painter, qreal left, qreal top) {
                     name.draw(painter, QPointF(left, top + offset));
                     content.draw(painter, QPointF(left + labelWidth, top));
                 }});
            first = false;
        }
    }

    QString orAsAgreed(const QString &value, DocumentLanguage language) const
    {
        return value.trimmed().isEmpty() ? DocumentLabels::text(Label::AsAgreed, language) : value.trimmed();
    }

    void addQuoteTerms()
    {
        std::vector<std::pair<Label, QString>> terms{{Label::PaymentTerms, orAsAgreed(m_data.paymentTerms, m_language)},
                                                     {Label::DeliveryTerms, orAsAgreed(m_data.deliveryTerms, m_language)}};
        if (m_data.validUntil.isValid()) {
            QString validity;
            if (m_language == DocumentLanguage::Bilingual)
                validity = DocumentLabels::chinese(Label::ValidUntilSentence).arg(date(m_data.validUntil)) + u' '
                    + DocumentLabels::english(Label::ValidUntilSentence).arg(date(m_data.validUntil));
            else
                validity = label(Label::ValidUntilSentence).arg(date(m_data.validUntil));
            terms.emplace_back(Label::Validity, validity);
        }
        addHeading(Label::Terms);
        addTermRows(terms);
    }

    void addNotes()
    {
        if (m_data.notes.trimmed().isEmpty())
            return;
        addHeading(Label::Notes);
        addParagraph(text(m_data.notes.trimmed(), m_fonts.sans(9), m_width), mm(2));
    }

    // A paragraph as one block per line, so long clauses may continue on the
    // next page; its first line never stays behind alone, nor does its last
    // line go over alone.
    void addParagraph(const TextBox &paragraph, qreal spaceBefore)
    {
        const int lines = paragraph.lineCount();
        for (int i = 0; i < lines; ++i) {
            const bool keep = (i == 0 && lines > 1) || (i == lines - 2 && lines > 2);
            add({{paragraph.lineHeight(i), i == 0 ? spaceBefore : 0, keep, -1}, QStringLiteral("text"), -1,
                 [=](QPainter &painter, qreal left, qreal top) { paragraph.drawLine(painter, QPointF(left, top), i); }});
        }
    }

    // Fills the placeholders of a clause in `language` (Chinese or English).
    QString fillClause(QString body, DocumentLanguage language) const
    {
        const auto dateIn = [&](const QDate &value, Label missing) {
            return value.isValid() ? DocumentLabels::date(value, language) : DocumentLabels::text(missing, language);
        };
        const QString start = m_data.startOn.isValid() ? dateIn(m_data.startOn, Label::SigningDay)
                                                       : dateIn(m_data.signedOn, Label::SigningDay);
        const std::pair<const char *, QString> values[] = {
            {"{total}", DocumentFormat::moneyWithCode(m_data.total)},
            {"{total_in_words}", totalInWords(language)},
            {"{payment_terms}", orAsAgreed(m_data.paymentTerms, language)},
            {"{delivery_terms}", orAsAgreed(m_data.deliveryTerms, language)},
            {"{start_on}", start},
            {"{end_on}", dateIn(m_data.endOn, Label::UntilFulfilled)},
            {"{party_a}", m_data.customer.name},
            {"{party_b}", m_data.company.name},
            {"{currency}", m_data.currency},
        };
        for (const auto &[placeholder, value] : values)
            body.replace(QString::fromLatin1(placeholder), QString(value).replace(QChar::LineSeparator, u' '));
        return body;
    }

    bool clausesMention(const char *placeholder) const
    {
        const QString key = QString::fromLatin1(placeholder);
        const auto mentions = [&](const std::vector<ClauseText> &clauses) {
            return std::any_of(clauses.begin(), clauses.end(), [&](const ClauseText &clause) { return clause.body.contains(key); });
        };
        switch (m_language) {
        case DocumentLanguage::Chinese:
            return mentions(m_data.clausesChinese);
        case DocumentLanguage::English:
            return mentions(m_data.clausesEnglish);
        case DocumentLanguage::Bilingual:
            break;
        }
        return mentions(m_data.clausesChinese) && mentions(m_data.clausesEnglish);
    }

    TextBox clauseParagraph(int number, const ClauseText &clause, DocumentLanguage language, qreal size, const QColor &color) const
    {
        QString head;
        if (language == DocumentLanguage::Chinese) {
            head = QStringLiteral("第%1条").arg(DocumentLabels::chineseNumber(number));
            if (!clause.title.isEmpty())
                head += QStringLiteral("　") + clause.title;
            head += QStringLiteral("　");
        } else {
            head = QString::number(number) + QStringLiteral(". ");
            if (!clause.title.isEmpty())
                head += clause.title + (clause.title.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". "));
        }
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = int(head.size());
        bold.format.setFont(m_fonts.sans(size, true));
        return text(head + fillClause(clause.body, language), m_fonts.sans(size), m_width, Qt::AlignLeft, color, {bold});
    }

    void addContractTerms()
    {
        // What the clause template leaves out is still printed as a term of its own.
        std::vector<std::pair<Label, QString>> terms;
        if (!clausesMention("{payment_terms}"))
            terms.emplace_back(Label::PaymentTerms, orAsAgreed(m_data.paymentTerms, m_language));
        if (!clausesMention("{delivery_terms}"))
            terms.emplace_back(Label::DeliveryTerms, orAsAgreed(m_data.deliveryTerms, m_language));
        if (!clausesMention("{start_on}") && !termText().isEmpty())
            terms.emplace_back(Label::Term, termText());
        if (!terms.empty()) {
            addHeading(Label::Terms);
            addTermRows(terms);
        }

        const auto &chinese = m_data.clausesChinese;
        const auto &english = m_data.clausesEnglish;
        const bool useChinese = m_language != DocumentLanguage::English;
        const bool useEnglish = m_language != DocumentLanguage::Chinese;
        const std::size_t count = std::max(useChinese ? chinese.size() : 0, useEnglish ? english.size() : 0);
        if (count == 0)
            return;
        addHeading(Label::Clauses);
        for (std::size_t i = 0; i < count; ++i) {
            const int number = int(i) + 1;
            if (useChinese && i < chinese.size())
                addParagraph(clauseParagraph(number, chinese[i], DocumentLanguage::Chinese, 9, kInk), mm(2));
            if (useEnglish && i < english.size()) {
                const bool second = useChinese && i < chinese.size();
                addParagraph(clauseParagraph(number, english[i], DocumentLanguage::English, second ? 8 : 9,
                                             second ? kMuted : kInk),
                             second ? mm(0.6) : mm(2));
            }
        }
        // The customary end of a Chinese contract's text: it closes the last clause,
        // so it stays on that clause's page even when the signatures go to the next.
        m_blocks.back().layout.keepWithNext = true;
        TextBox end = text(m_language == DocumentLanguage::English ? QStringLiteral("(No further text below.)")
                               : m_language == DocumentLanguage::Chinese ? QStringLiteral("（以下无正文）")
                                                                         : QStringLiteral("（以下无正文）(No further text below.)"),
                           m_fonts.sans(8.5), m_width, Qt::AlignLeft, kMuted);
        add({{end.height(), mm(3), false, -1}, QStringLiteral("closing"), -1,
             [=](QPainter &painter, qreal left, qreal top) { end.draw(painter, QPointF(left, top)); }});
    }

    // One side of the signature block: who signs, then lines for signature, seal and date.
    struct SignatureSide {
        TextBox heading;
        InfoColumn info;
        TextBox signature;
        TextBox seal;
        TextBox signDate;
    };

    // Contracts name each party in full; a quote's acceptance block only needs the names.
    SignatureSide signatureSide(Label heading, const DocumentParty &party, qreal width, bool detailed) const
    {
        SignatureSide side;
        side.heading = text(label(heading), m_fonts.sans(9.5, true), width, Qt::AlignLeft, kAccent);
        std::vector<InfoRow> rows{{Label::Name, party.name, true}};
        if (detailed) {
            for (const auto &[which, value] :
                 {std::pair{Label::Address, party.address}, std::pair{Label::Phone, party.phone},
                  std::pair{Label::TaxId, party.taxId}, std::pair{Label::BankAccount, party.bankAccount}}) {
                if (!value.trimmed().isEmpty())
                    rows.push_back({which, value.trimmed()});
            }
        }
        side.info = infoColumn(rows, width, m_fonts.sans(8), m_fonts.sans(8.5));
        side.signature = text(label(Label::SignatureLine) + colon(), m_fonts.sans(8.5), width, Qt::AlignLeft, kMuted);
        side.seal = text(label(Label::SealLine) + colon(), m_fonts.sans(8.5), width, Qt::AlignLeft, kMuted);
        side.signDate = text(label(Label::SignDateLine) + colon(), m_fonts.sans(8.5), width, Qt::AlignLeft, kMuted);
        return side;
    }

    // The vertical rhythm both sides share, so their signature, seal and date lines line up.
    struct SignatureRhythm {
        qreal headingHeight = 0;
        qreal infoHeight = 0;
        qreal sealHeight = 0;
        qreal height() const { return headingHeight + infoHeight + sealHeight; }
    };

    void paintSignatureSide(const SignatureSide &side, const SignatureRhythm &rhythm, QPainter &painter, qreal left, qreal top,
                            qreal width) const
    {
        side.heading.draw(painter, QPointF(left, top));
        qreal y = top + rhythm.headingHeight;
        paintInfoColumn(side.info, painter, left, y);
        y += rhythm.infoHeight;
        const auto writeLine = [&](const TextBox &caption) {
            caption.draw(painter, QPointF(left, y));
            const qreal baseline = y + caption.height() - pt(2);
            const qreal start = left + caption.naturalWidth() + mm(2);
            painter.fillRect(QRectF(start, baseline, left + width - start, pt(0.5)), kInk);
        };
        writeLine(side.signature);
        y += side.signature.height() + mm(5);
        side.seal.draw(painter, QPointF(left, y));
        y += rhythm.sealHeight;
        writeLine(side.signDate);
    }

    void addSignatures()
    {
        const qreal gap = mm(10);
        const qreal width = (m_width - gap) / 2;
        const bool quote = m_data.kind == DocumentKind::Quote;
        // Contracts: Party A is the buyer, Party B the seller; quotes: issuer left, customer's acceptance right.
        const SignatureSide left = quote ? signatureSide(Label::IssuedBy, m_data.company, width, false)
                                         : signatureSide(Label::PartyA, m_data.customer, width, true);
        const SignatureSide right = quote ? signatureSide(Label::AcceptedBy, m_data.customer, width, false)
                                          : signatureSide(Label::PartyB, m_data.company, width, true);
        SignatureRhythm rhythm;
        rhythm.headingHeight = std::max(left.heading.height(), right.heading.height()) + mm(1.5);
        rhythm.infoHeight = std::max(left.info.height, right.info.height) + mm(quote ? 4 : 7);
        rhythm.sealHeight = mm(quote ? 14 : 20);
        const qreal height = rhythm.height() + left.signature.height() + mm(5) + left.signDate.height() + mm(1);
        add({{height, mm(quote ? 7 : 9), false, -1}, QStringLiteral("signatures"), -1,
             [=, this](QPainter &painter, qreal x, qreal top) {
                 paintSignatureSide(left, rhythm, painter, x, top, width);
                 paintSignatureSide(right, rhythm, painter, x + width + gap, top, width);
             }});
    }

    void paintRunningHead(QPainter &painter) const
    {
        const QFont font = m_fonts.sans(8, true);
        const qreal half = m_width / 2;
        TextBox company = text(m_data.company.name, font, half, Qt::AlignLeft, kAccent);
        TextBox reference = text(documentReference() + QStringLiteral(" (") + label(Label::Continued) + u')', m_fonts.sans(8),
                                 half, Qt::AlignRight, kMuted);
        company.draw(painter, QPointF(m_left, m_top));
        reference.draw(painter, QPointF(m_left + half, m_top));
        const qreal rule = m_top + std::max(company.height(), reference.height()) + mm(1.2);
        painter.fillRect(QRectF(m_left, rule, m_width, pt(0.8)), kAccent);
    }

    void paintFooter(QPainter &painter, int page, int pages) const
    {
        QString pageText;
        if (m_language == DocumentLanguage::Bilingual)
            pageText = DocumentLabels::chinese(Label::PageOf).arg(page).arg(pages) + QStringLiteral(" / ")
                + DocumentLabels::english(Label::PageOf).arg(page).arg(pages);
        else
            pageText = label(Label::PageOf).arg(page).arg(pages);
        const QFont font = m_fonts.sans(7.5);
        const qreal half = m_width / 2;
        TextBox reference = text(documentReference(), font, half + mm(20), Qt::AlignLeft, kMuted);
        TextBox number = text(pageText, font, half - mm(20), Qt::AlignRight, kMuted);
        painter.fillRect(QRectF(m_left, m_footerTop, m_width, pt(0.5)), kRule);
        reference.draw(painter, QPointF(m_left, m_footerTop + mm(1.5)));
        number.draw(painter, QPointF(m_left + half + mm(20), m_footerTop + mm(1.5)));
    }

    const DocumentData &m_data;
    DocumentLanguage m_language;
    QPaintDevice *m_device;
    qreal m_dpi;
    const DocumentFonts &m_fonts;
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_top = 0;
    qreal m_footerTop = 0;
    qreal m_runningHeadHeight = 0;
    std::vector<Block> m_blocks;
    qreal m_tableHeaderHeight = 0;
    std::function<void(QPainter &, qreal, qreal)> m_tableHeader;
};

} // namespace

QString PrintOptions::paperName(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<PaperSize> PrintOptions::parsePaper(const QString &name)
{
    if (name.trimmed().compare(u"A4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (name.trimmed().compare(u"Letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

Result<PrintOptions> PrintOptions::fromSettings(Database &database)
{
    SettingsStore settings(database);
    PrintOptions options;
    auto language = settings.value(QStringLiteral("document.language"), QStringLiteral("zh_CN"));
    if (!language)
        return std::unexpected(language.error());
    const auto parsedLanguage = DocumentLabels::parseLanguage(*language);
    if (!parsedLanguage)
        return fail(ErrorKind::Invalid, DocumentRenderer::tr("The setting document.language must be zh_CN, en or bilingual, not '%1'.")
                                            .arg(*language));
    options.language = *parsedLanguage;
    auto paper = settings.value(QStringLiteral("document.paper"), QStringLiteral("A4"));
    if (!paper)
        return std::unexpected(paper.error());
    const auto parsedPaper = parsePaper(*paper);
    if (!parsedPaper)
        return fail(ErrorKind::Invalid, DocumentRenderer::tr("The setting document.paper must be A4 or Letter, not '%1'.").arg(*paper));
    options.paper = *parsedPaper;

    const auto margin = [&](const char *side, qreal fallback) -> Result<qreal> {
        const QString key = QStringLiteral("document.margin_%1_mm").arg(QString::fromLatin1(side));
        auto value = settings.value(key);
        if (!value)
            return std::unexpected(value.error());
        if (value->trimmed().isEmpty())
            return fallback;
        bool ok = false;
        const qreal millimetres = value->trimmed().toDouble(&ok);
        if (!ok || millimetres < 0 || millimetres > 50)
            return fail(ErrorKind::Invalid,
                        DocumentRenderer::tr("The setting %1 must be a margin between 0 and 50 millimetres, not '%2'.").arg(key, *value));
        return millimetres;
    };
    auto left = margin("left", options.marginsMm.left());
    auto top = margin("top", options.marginsMm.top());
    auto right = margin("right", options.marginsMm.right());
    auto bottom = margin("bottom", options.marginsMm.bottom());
    for (const auto *side : {&left, &top, &right, &bottom}) {
        if (!*side)
            return std::unexpected(side->error());
    }
    options.marginsMm = QMarginsF(*left, *top, *right, *bottom);
    return options;
}

bool DocumentRenderer::canRender()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Result<RenderedDocument> DocumentRenderer::render(const DocumentData &data, const PrintOptions &options)
{
    if (!canRender())
        return fail(ErrorKind::Invalid, tr("Printing needs the graphical font system; this program started without it."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const QString title = DocumentLabels::text(data.kind == DocumentKind::Quote ? Label::QuoteTitle : Label::ContractTitle,
                                               options.language);
    writer.setTitle(title + u' ' + data.number);
    writer.setCreator(QStringLiteral("Qianyue " QIANYUE_VERSION));

    RenderedDocument rendered;
    if (auto painted = paintPages(data, options, writer, rendered); !painted)
        return std::unexpected(painted.error());
    rendered.pdf = buffer.data();
    return rendered;
}

Result<int> DocumentRenderer::renderTo(const DocumentData &data, const PrintOptions &options, QPagedPaintDevice &device)
{
    if (!canRender())
        return fail(ErrorKind::Invalid, tr("Printing needs the graphical font system; this program started without it."));
    // The layout is computed in the device's own units, so the page must be
    // exactly the paper with no margins of the device's own: the document
    // draws its margins itself, as it does in the PDF.
    device.setPageLayout(QPageLayout(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    RenderedDocument rendered;
    if (auto painted = paintPages(data, options, device, rendered); !painted)
        return std::unexpected(painted.error());
    return int(rendered.pages.size());
}

Result<void> DocumentRenderer::paintPages(const DocumentData &data, const PrintOptions &options, QPagedPaintDevice &device,
                                          RenderedDocument &rendered)
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorKind::Storage, tr("Printing %1 could not be started.").arg(data.number));
    painter.setRenderHint(QPainter::Antialiasing);
    Composer composer(data, options, device);
    composer.build();
    rendered = composer.paint(painter, device);
    painter.end();
    return {};
}

} // namespace qianyue
