#pragma once

#include "core/domain/Error.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch print QStrings in failed assertions.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

// Failed REQUIRE(result) assertions print the error's message.
namespace Catch {
template<typename T>
struct StringMaker<qianyue::Result<T>> {
    static std::string convert(const qianyue::Result<T> &result)
    {
        return result ? std::string("ok") : "error: " + result.error().text().toStdString();
    }
};
} // namespace Catch

namespace qianyue::test {

/// A fresh temporary folder per test, removed afterwards.
struct TempDir {
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

/// Path of `relative` under the shared test data folder, or empty when absent
/// (tests then skip cleanly).
QString sharedPath(const QString &relative);

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs a program to completion with the given environment additions.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QStringList &environment = {});

} // namespace qianyue::test
