#pragma once

#include "core/store/DraftStore.h"
#include "core/store/RecordStore.h"
#include "ui/records/RecordFormSpec.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTimer;
class QUndoStack;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// Creates or edits one record in a form: validation as you type, explicit
/// Save and Revert, undo/redo of edits, a warning before unsaved changes are
/// lost, and detection of changes made by someone else since it was opened.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    /// Edits record `id` of `table`, or creates a new one when `id` is empty.
    RecordEditor(Database &database, const QString &table, std::optional<qint64> id, QWidget *parent = nullptr);
    ~RecordEditor() override;

    /// The id of the saved record (the new id after creating).
    std::optional<qint64> recordId() const { return m_id; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Whether the form differs from what is stored.
    bool isDirty() const;
    /// The messages of fields that are not valid now, by column.
    QHash<QString, QString> problems() const { return m_problems; }

    /// Sets a field as if typed (tests and callers that prefill a form).
    void setFieldText(const QString &column, const QString &text);
    QString fieldText(const QString &column) const;

    /// Saves; on a conflict with another user's change, `overwrite` decides
    /// (asked when interactive). Returns false when nothing was saved.
    bool save(bool interactive = true);
    /// Throws away unsaved edits and shows what is stored.
    void revert();

    /// How often a form with unsaved changes is kept as a draft in the database.
    static constexpr int kDraftIntervalMs = 5000;
    /// Keeps the form as a draft now if it has unsaved changes (what the timer does).
    void keepDraft();
    /// Shows a draft left by a crash: its texts as unsaved edits, saved
    /// against the version it was read at (so a change made since is detected).
    void restoreDraft(const FormDraft &draft);
    /// The id of this form's draft row, if one is kept.
    std::optional<qint64> draftId() const { return m_draftId; }

Q_SIGNALS:
    void saved(const QString &table, qint64 id);

protected:
    void done(int result) override;

private:
    class FieldCommand;
    struct Editor;

    void build();
    void load();
    void validate();
    QString validateField(const FormField &field, const QString &text) const;
    Result<QVariant> storedValue(const FormField &field, const QString &text) const;
    QString shownText(const FormField &field, const QVariant &value) const;
    void applyText(const QString &column, const QString &text);
    void onEdited(const QString &column, const QString &text);
    void dropDraft();

    Database &m_db;
    QString m_table;
    std::optional<qint64> m_id;
    std::vector<FormField> m_fields;
    std::vector<std::unique_ptr<Editor>> m_editors;
    QHash<QString, QString> m_texts;     ///< what the form shows now
    QHash<QString, QString> m_loaded;    ///< what was stored when loaded
    QHash<QString, QString> m_problems;
    std::optional<qint64> m_version;
    QString m_currency;
    QUndoStack *m_undo = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_applying = false;
    QTimer *m_draftTimer = nullptr;
    std::optional<qint64> m_draftId;
    QHash<QString, QString> m_draftTexts; ///< what the kept draft holds
};

} // namespace qianyue::ui
