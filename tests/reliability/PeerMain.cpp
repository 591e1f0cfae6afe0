// qianyue-peer: "the other window" in the two-process tests, a test aid.
//
//   qianyue-peer hold-lock --db FILE --ms N   take the write lock (a real
//       transaction that inserts a customer), say "locked", hold it N ms, commit
//   qianyue-peer edit --db FILE --table T --id N --field F --value V [--version N]
//       save one field the way a form does (RecordEditing::save)
//   qianyue-peer read --db FILE --table T --id N --field F
//       print one field
#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/workflow/RecordEditing.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace qianyue;

namespace {

int report(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.text()));
    return error.kind == ErrorKind::Conflict ? 3 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name) {
        const auto at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    if (args.size() < 2) {
        std::fputs("usage: qianyue-peer hold-lock|edit|read --db FILE ...\n", stderr);
        return 2;
    }
    auto opened = Database::open(option(QStringLiteral("--db")), Database::Mode::OpenExisting);
    if (!opened)
        return report(opened.error());
    Database &db = **opened;
    const QString command = args.at(1);

    if (command == u"hold-lock") {
        const int ms = option(QStringLiteral("--ms")).toInt();
        auto held = db.transaction([&]() -> Result<void> {
            auto id = RecordEditing(db).create(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("另一窗口的客户")}});
            if (!id)
                return std::unexpected(id.error());
            std::fputs("locked\n", stdout);
            std::fflush(stdout);
            QThread::msleep(ms);
            return {};
        });
        return held ? 0 : report(held.error());
    }
    const QString table = option(QStringLiteral("--table"));
    const qint64 id = option(QStringLiteral("--id")).toLongLong();
    const QString field = option(QStringLiteral("--field"));
    if (command == u"edit") {
        const QString version = option(QStringLiteral("--version"));
        auto saved = RecordEditing(db).save(table, id, {{field, option(QStringLiteral("--value"))}},
                                            version.isEmpty() ? std::nullopt : std::optional<qint64>(version.toLongLong()));
        return saved ? 0 : report(saved.error());
    }
    if (command == u"read") {
        auto record = RecordStore(db).get(table, id);
        if (!record)
            return report(record.error());
        std::fprintf(stdout, "%s\n", qPrintable(record->value(field).toString()));
        return 0;
    }
    std::fputs("unknown command\n", stderr);
    return 2;
}
