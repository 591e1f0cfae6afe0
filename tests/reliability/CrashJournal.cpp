#include "tests/reliability/CrashJournal.h"

#include <QFile>
#include <QStringList>

#include <fcntl.h>
#include <unistd.h>

namespace qianyue::test {

CrashJournal::CrashJournal(QString path)
    : m_path(std::move(path))
{
}

QString CrashJournal::format(const RowCounts &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(u',');
}

RowCounts CrashJournal::parse(const QString &text)
{
    RowCounts counts;
    if (text == u"-")
        return counts;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto eq = part.indexOf(u'=');
        if (eq > 0)
            counts.insert(part.left(eq), part.mid(eq + 1).toLongLong());
    }
    return counts;
}

bool CrashJournal::append(const Entry &entry)
{
    const QByteArray line = QStringLiteral("%1 %2 %3 %4\n")
                                .arg(QChar::fromLatin1(entry.type))
                                .arg(entry.unit)
                                .arg(entry.kind, format(entry.counts))
                                .toUtf8();
    // Plain POSIX calls: one write() per line and an fsync before returning,
    // so the line is on disk before the worker starts its next unit.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, line.constData(), size_t(line.size())) == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

std::vector<CrashJournal::Entry> CrashJournal::read(const QString &path)
{
    std::vector<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QByteArray all = file.readAll();
    const QList<QByteArray> lines = all.split('\n');
    // The last piece follows the last newline: empty, or a line torn by the kill.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringList words = QString::fromUtf8(lines.at(i)).split(u' ');
        if (words.size() != 4 || words.at(0).size() != 1)
            continue;
        entries.push_back({words.at(0).at(0).toLatin1(), words.at(1).toLongLong(), words.at(2), parse(words.at(3))});
    }
    return entries;
}

CrashJournal::State CrashJournal::state(const std::vector<Entry> &entries)
{
    State state;
    for (const Entry &entry : entries) {
        if (entry.type == 'C') {
            state.lastCommit = entry;
            state.pending.reset();
            state.beginsAfterCommit.clear();
            state.commits.push_back(entry);
        } else {
            state.pending = entry;
            state.beginsAfterCommit.push_back(entry);
        }
    }
    return state;
}

} // namespace qianyue::test
