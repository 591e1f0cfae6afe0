#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// File → Backups…: the automatic backups of the open database with their
/// date and size, how many are kept, and a button to make one now.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DateColumn, SizeColumn, FileColumn };

    explicit BackupsDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *backupTable() const { return m_table; }
    QSpinBox *keepBox() const { return m_keep; }
    /// Writes a backup now (checked, as on close) and lists it; false when it failed (the message says why).
    bool backUpNow();

    void accept() override;

private:
    void refresh();

    Database &m_database;
    QTableWidget *m_table;
    QSpinBox *m_keep;
    QLabel *m_message;
};

} // namespace qianyue::ui
