#pragma once

#include <QCoreApplication>

class QWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// After a crash: offers the forms that had unsaved changes (kept as drafts
/// by RecordEditor every few seconds) and reopens them with those changes.
class DraftRecovery
{
    Q_DECLARE_TR_FUNCTIONS(DraftRecovery)

public:
    /// Asks whether to restore the drafts left in `database`, if any. Restored
    /// forms open as windows of `parent` with the drafts' texts as unsaved
    /// edits; declined drafts are deleted. Returns the number of forms opened.
    static int offer(QWidget *parent, Database &database);
};

} // namespace qianyue::ui
