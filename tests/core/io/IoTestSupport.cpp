#include "tests/core/io/IoTestSupport.h"

#include "core/store/ImportStore.h"

#include <QFileInfo>
#include <QHash>

namespace qianyue::test {

ImportReport importBytes(Database &db, const QString &kind, const QByteArray &bytes, const QString &name,
                         const ImportOptions &options, std::optional<FileFormat> format)
{
    auto report = DataTransfer::importBytes(db, kind, bytes, name, format.value_or(DataTransfer::formatOfFile(name)), options);
    if (!report)
        FAIL("the database failed: " << report.error().text().toStdString());
    return *report;
}

ImportReport importCsv(Database &db, const QString &kind, const QString &text, const ImportOptions &options)
{
    return importBytes(db, kind, text.toUtf8(), kind + QStringLiteral(".csv"), options, FileFormat::Csv);
}

std::string problemsOf(const ImportReport &report)
{
    std::string out;
    for (const ImportProblem &problem : report.problems)
        out += problem.text().toStdString() + '\n';
    return out;
}

std::vector<Fields> exported(Database &db, const QString &kind)
{
    auto rows = ImportStore(db).exportRows(kind);
    REQUIRE(rows);
    for (Fields &row : *rows)
        row.remove(QStringLiteral("id"));
    return *rows;
}

qint64 rowCount(Database &db, const QString &table)
{
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(count);
    return count->toLongLong();
}

std::optional<ProcessResult> python(const QStringList &modules, const QString &script, const QStringList &arguments)
{
    // Debian's Python modules live in the system interpreter's path, not in another python3 on PATH.
    static const QString interpreter = QStringLiteral("/usr/bin/python3");
    static QHash<QString, bool> available;
    const QString key = modules.join(QLatin1Char(','));
    if (!available.contains(key)) {
        bool ok = QFileInfo::exists(interpreter);
        if (ok) {
            const ProcessResult probe = runProcess(interpreter, {QStringLiteral("-c"), QStringLiteral("import ") + key});
            ok = probe.exitCode == 0;
        }
        available.insert(key, ok);
        if (!ok)
            WARN("skipping the check with " << key.toStdString() << ": /usr/bin/python3 cannot import it "
                                             "(install python3-vobject and python3-icalendar)");
    }
    if (!available.value(key))
        return std::nullopt;
    return runProcess(interpreter, QStringList{QStringLiteral("-c"), script} + arguments);
}

} // namespace qianyue::test
