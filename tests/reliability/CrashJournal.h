#pragma once

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace qianyue::test {

/// Row counts of every ordinary table, by table name.
using RowCounts = QMap<QString, qint64>;

/// The side file a crash-test worker keeps: before each unit of work the
/// rows it is about to add ("B"), after its commit the row counts it left
/// ("C"). Every line is flushed to disk before the worker goes on, so what the
/// journal says was committed must be in the database after any crash.
class CrashJournal
{
public:
    struct Entry {
        char type = 'C';   ///< 'B' begin (intent) or 'C' committed
        qint64 unit = 0;   ///< the unit's id, 0 for the setup
        QString kind;      ///< "setup", "import:N", "chain", "commission"
        RowCounts counts;  ///< B: rows the unit adds; C: rows after the commit
    };

    explicit CrashJournal(QString path);

    /// Appends one line and waits until it is on disk.
    bool append(const Entry &entry);

    /// Every complete line of the journal at `path` (a torn last line is ignored).
    static std::vector<Entry> read(const QString &path);

    /// What the journal says: the last commit, the begin entries after it
    /// (units killed before their commit line; the last one was in flight
    /// at the latest kill) and every commit.
    struct State {
        std::optional<Entry> lastCommit;
        std::optional<Entry> pending;
        std::vector<Entry> beginsAfterCommit;
        std::vector<Entry> commits;
    };
    static State state(const std::vector<Entry> &entries);

    static QString format(const RowCounts &counts);
    static RowCounts parse(const QString &text);

private:
    QString m_path;
};

} // namespace qianyue::test
