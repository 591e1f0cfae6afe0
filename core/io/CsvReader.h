#pragma once

#include "core/io/ImportReport.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace qianyue {

/// One record of a CSV file. `row` counts records as a spreadsheet counts
/// rows (the header is row 1), `line` is the text line the record starts on.
struct CsvRecord {
    int row = 0;
    int line = 0;
    QStringList fields;
};

/// A CSV file read into memory: the header, the records, how it was read and
/// what was wrong with it (a table with problems must not be imported).
struct CsvTable {
    QString file;
    QString encoding;
    QChar delimiter;
    QStringList header;
    std::vector<CsvRecord> records;
    std::vector<ImportProblem> problems;
};

/// Reads CSV as spreadsheets write it (RFC 4180 and what Excel does beyond
/// it): fields separated by comma, semicolon or tab, quoted fields with
/// embedded delimiters, doubled quotes and line breaks, CRLF or LF line ends,
/// and a header row.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options {
        QString encoding; ///< empty: detect (see TextCodec::decode)
        QChar delimiter;  ///< null: detect
    };

    /// Reads and parses the file at `path`; its name is the `file` of every problem.
    static CsvTable readFile(const QString &path, const Options &options = {});
    /// Decodes and parses `bytes` as if read from a file named `fileName`.
    static CsvTable readBytes(const QByteArray &bytes, const QString &fileName, const Options &options = {});
    /// Parses already decoded text.
    static CsvTable parse(QStringView text, QChar delimiter, const QString &fileName = {});

    /// The delimiter that splits the first records of `text` most consistently: comma, semicolon or tab.
    static QChar detectDelimiter(QStringView text);
    /// Reads a delimiter as typed on a command line: ",", ";", "tab", "\t", "comma", "semicolon", "|".
    static QChar delimiterFromName(const QString &name);
    /// A delimiter as people name it ("comma", "tab").
    static QString delimiterName(QChar delimiter);
};

} // namespace qianyue
