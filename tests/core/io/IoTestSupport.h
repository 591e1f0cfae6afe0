#pragma once

#include "core/io/DataTransfer.h"
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "tests/support/TestSupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qianyue::test {

/// Imports `bytes` as a file named `name`; the database itself must not fail.
ImportReport importBytes(Database &db, const QString &kind, const QByteArray &bytes, const QString &name,
                         const ImportOptions &options = {}, std::optional<FileFormat> format = std::nullopt);
/// The same for CSV text, written as UTF-8.
ImportReport importCsv(Database &db, const QString &kind, const QString &text, const ImportOptions &options = {});
/// Every problem of a report, one per line, for INFO().
std::string problemsOf(const ImportReport &report);

/// Rows of ImportStore::exportRows without their ids: what a round trip must keep.
std::vector<Fields> exported(Database &db, const QString &kind);
/// count(*) of a table.
qint64 rowCount(Database &db, const QString &table);

/// Runs Debian's /usr/bin/python3 with `script` after checking that `modules`
/// import; nullopt (after a WARN) when they are not installed, so the test skips that check.
std::optional<ProcessResult> python(const QStringList &modules, const QString &script, const QStringList &arguments);

} // namespace qianyue::test
