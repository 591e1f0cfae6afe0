#include "core/io/CsvWriter.h"

namespace qianyue {

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter)
{
}

QString CsvWriter::quoted(const QString &field) const
{
    const bool needsQuotes = field.contains(m_delimiter) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                             || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRecord(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_delimiter;
        m_text += quoted(fields.at(i));
    }
    m_text += QStringLiteral("\r\n");
}

} // namespace qianyue
