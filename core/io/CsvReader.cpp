#include "core/io/CsvReader.h"

#include "core/io/TextCodec.h"

#include <QFile>
#include <QFileInfo>

namespace qianyue {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

struct Parsed {
    std::vector<CsvRecord> records; // the header included
    std::vector<ImportProblem> problems;
};

// One pass over the text. `limit` stops after that many records, for the
// delimiter guess; 0 reads everything.
Parsed parseRecords(QStringView text, QChar delimiter, const QString &file, int limit)
{
    Parsed out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    int row = 0;
    while (i < n) {
        if (limit > 0 && int(out.records.size()) >= limit)
            break;
        CsvRecord record;
        record.row = ++row;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            const int column = int(record.fields.size()) + 1;
            // Spaces before an opening quote are what some writers put after a comma.
            qsizetype start = i;
            while (start < n && text[start] == QLatin1Char(' '))
                ++start;
            if (start < n && text[start] == kQuote) {
                QString field;
                qsizetype j = start + 1;
                bool closed = false;
                while (j < n) {
                    const QChar c = text[j];
                    if (c == kQuote) {
                        if (j + 1 < n && text[j + 1] == kQuote) {
                            field += kQuote;
                            j += 2;
                            continue;
                        }
                        closed = true;
                        ++j;
                        break;
                    }
                    if (c == kCr) {
                        // A line break inside a cell is kept as one '\n', however it was saved.
                        field += kLf;
                        ++line;
                        j += (j + 1 < n && text[j + 1] == kLf) ? 2 : 1;
                        continue;
                    }
                    if (c == kLf)
                        ++line;
                    field += c;
                    ++j;
                }
                if (!closed) {
                    out.problems.push_back({file, record.row, column,
                                            CsvReader::tr("The quoted field that starts on line %1 is not closed: "
                                                          "a '\"' is missing before the end of the file.")
                                                .arg(record.line)});
                    record.fields << field;
                    i = n;
                    break;
                }
                while (j < n && text[j] == QLatin1Char(' '))
                    ++j;
                if (j < n && text[j] != delimiter && text[j] != kCr && text[j] != kLf) {
                    out.problems.push_back(
                        {file, record.row, column,
                         CsvReader::tr("Unexpected text after the closing quote of a field; a quote inside a quoted "
                                       "field must be doubled (\"\").")});
                    // Keep reading the rest of the field as it stands so later rows are still checked.
                    while (j < n && text[j] != delimiter && text[j] != kCr && text[j] != kLf)
                        field += text[j++];
                }
                record.fields << field;
                i = j;
            } else {
                qsizetype j = i;
                while (j < n && text[j] != delimiter && text[j] != kCr && text[j] != kLf)
                    ++j;
                record.fields << text.mid(i, j - i).toString();
                i = j;
            }
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == delimiter) {
                ++i;
                // A delimiter at the very end of the text still opens an (empty) last field.
                if (i >= n) {
                    record.fields << QString();
                    endOfRecord = true;
                }
            } else {
                i += (text[i] == kCr && i + 1 < n && text[i + 1] == kLf) ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        out.records.push_back(std::move(record));
    }
    return out;
}

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QChar CsvReader::delimiterFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"tab" || key == u"\\t" || name == u"\t")
        return QLatin1Char('\t');
    if (key == u"comma")
        return QLatin1Char(',');
    if (key == u"semicolon")
        return QLatin1Char(';');
    if (key == u"pipe")
        return QLatin1Char('|');
    if (name.size() == 1 && name != u"\"" && name != u"\r" && name != u"\n")
        return name.at(0);
    return {};
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("comma");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return QStringLiteral("'%1'").arg(delimiter);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    constexpr int kSample = 30;
    QChar best = QLatin1Char(',');
    qsizetype bestScore = -1;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const Parsed sample = parseRecords(text, candidate, {}, kSample);
        if (sample.records.empty())
            continue;
        const qsizetype width = sample.records.front().fields.size();
        if (width < 2)
            continue;
        // Records that split into as many fields as the header are the evidence;
        // a wider header breaks ties (a comma inside text splits less evenly).
        qsizetype consistent = 0;
        for (const CsvRecord &record : sample.records)
            consistent += record.fields.size() == width || isBlank(record);
        const qsizetype score = consistent * 1000 + std::min<qsizetype>(width, 999);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvTable CsvReader::parse(QStringView text, QChar delimiter, const QString &fileName)
{
    CsvTable table;
    table.file = fileName;
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    Parsed parsed = parseRecords(text, table.delimiter, fileName, 0);
    table.problems = std::move(parsed.problems);
    bool haveHeader = false;
    for (CsvRecord &record : parsed.records) {
        // Blank rows (Excel leaves ",,,," behind) are not data.
        if (isBlank(record))
            continue;
        if (!haveHeader) {
            for (QString &name : record.fields)
                name = name.trimmed();
            table.header = record.fields;
            haveHeader = true;
            continue;
        }
        // Cells beyond the header are tolerated only when empty.
        for (qsizetype c = table.header.size(); c < record.fields.size(); ++c) {
            if (!record.fields.at(c).trimmed().isEmpty()) {
                table.problems.push_back({fileName, record.row, int(c) + 1,
                                          tr("This row has %1 fields but the header has only %2; is a delimiter "
                                             "(%3) inside a value that is not quoted?")
                                              .arg(record.fields.size())
                                              .arg(table.header.size())
                                              .arg(delimiterName(table.delimiter))});
                break;
            }
        }
        if (record.fields.size() > table.header.size())
            record.fields.resize(table.header.size());
        table.records.push_back(std::move(record));
    }
    if (!haveHeader && table.problems.empty())
        table.problems.push_back({fileName, 0, 0, tr("The file is empty: a header row naming the columns is needed.")});
    return table;
}

CsvTable CsvReader::readBytes(const QByteArray &bytes, const QString &fileName, const Options &options)
{
    auto decoded = TextCodec::decode(bytes, options.encoding);
    if (!decoded) {
        CsvTable table;
        table.file = fileName;
        table.problems.push_back({fileName, 0, 0, decoded.error().message});
        return table;
    }
    CsvTable table = parse(decoded->text, options.delimiter, fileName);
    table.encoding = decoded->encoding;
    return table;
}

CsvTable CsvReader::readFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.file = path;
        table.problems.push_back({path, 0, 0, tr("Cannot read the file: %1").arg(file.errorString())});
        return table;
    }
    return readBytes(file.readAll(), path, options);
}

} // namespace qianyue
