#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace qianyue {

/// Builds CSV text the way Excel and CsvReader read it back: CRLF line
/// ends, and quotes around any field holding the delimiter, a quote, a line
/// break or leading or trailing spaces (quotes inside are doubled).
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    /// Appends one record.
    void addRecord(const QStringList &fields);
    /// The CSV text written so far.
    const QString &text() const { return m_text; }

    /// One field, quoted when it needs to be.
    QString quoted(const QString &field) const;

private:
    QChar m_delimiter;
    QString m_text;
};

} // namespace qianyue
