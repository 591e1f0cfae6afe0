#include "core/analytics/ReportFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace qianyue {

namespace {

const QString kCurrencyKey = QStringLiteral("currency");

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// East Asian Wide and Fullwidth blocks (Unicode TR 11), the ones Chinese text uses.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x2FFFD)
        || (c >= 0x30000 && c <= 0x3FFFD);
}

bool rightAligned(ColumnKind kind)
{
    return kind == ColumnKind::Count || kind == ColumnKind::Money || kind == ColumnKind::Rate;
}

QString padded(const QString &text, int width, bool right)
{
    const QString fill(std::max(0, width - ReportFormat::displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

int ReportFormat::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString ReportFormat::toCsv(const ReportTable &table)
{
    QStringList header;
    for (const ReportColumn &column : table.columns)
        header << csvField(column.key);
    if (table.hasMoney())
        header << kCurrencyKey;
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype row = 0; row < qsizetype(table.rows.size()); ++row) {
        QStringList fields;
        for (int column = 0; column < int(table.columns.size()); ++column)
            fields << csvField(table.text(row, column));
        if (table.hasMoney())
            fields << csvField(table.currency);
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

QByteArray ReportFormat::toJson(const ReportTable &table)
{
    QJsonArray rows;
    for (qsizetype row = 0; row < qsizetype(table.rows.size()); ++row) {
        QJsonObject object;
        for (int column = 0; column < int(table.columns.size()); ++column) {
            const ReportColumn &c = table.columns[std::size_t(column)];
            const QVariant value = table.rows[std::size_t(row)].value(column);
            if (value.isNull())
                object.insert(c.key, QJsonValue());
            else if (c.kind == ColumnKind::Count)
                object.insert(c.key, value.toLongLong());
            else
                object.insert(c.key, table.text(row, column));
        }
        if (table.hasMoney())
            object.insert(kCurrencyKey, table.currency);
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QString ReportFormat::toText(const ReportTable &table)
{
    const int columns = int(table.columns.size());
    std::vector<int> widths(std::size_t(columns), 0);
    for (int column = 0; column < columns; ++column)
        widths[std::size_t(column)] = displayWidth(table.columns[std::size_t(column)].header);
    std::vector<QStringList> cells;
    for (qsizetype row = 0; row < qsizetype(table.rows.size()); ++row) {
        QStringList line;
        for (int column = 0; column < columns; ++column) {
            line << table.text(row, column);
            widths[std::size_t(column)] = std::max(widths[std::size_t(column)], displayWidth(line.last()));
        }
        cells.push_back(line);
    }
    const auto format = [&](const QStringList &line) -> QString {
        QStringList parts;
        for (int column = 0; column < columns; ++column)
            parts << padded(
                line.value(column), widths[std::size_t(column)], rightAligned(table.columns[std::size_t(column)].kind));
        // Trailing blanks of the last column only make lines wrap in narrow terminals.
        QString text = parts.join(QStringLiteral("  "));
        while (text.endsWith(u' '))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QStringList header;
    QStringList rule;
    for (int column = 0; column < columns; ++column) {
        header << table.columns[std::size_t(column)].header;
        rule << QString(widths[std::size_t(column)], QLatin1Char('-'));
    }
    QString text = format(header) + format(rule);
    for (const QStringList &line : cells)
        text += format(line);
    return text;
}

} // namespace qianyue
