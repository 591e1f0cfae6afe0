#pragma once

#include "core/documents/DocumentPrinter.h"
#include "core/documents/DocumentRenderer.h"

#include <QStringList>
#include <QToolButton>

#include <functional>

class QAction;
class QActionGroup;
class QPrinter;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// The "Print" button of a quote or contract: a menu with Print preview,
/// Print, Export PDF and Send by e-mail, and the document's language and
/// paper, chosen per document and independent of the UI language.
///
/// Export and e-mail write the PDF exactly as DocumentPrinter makes it (so an
/// approved quote version or a signed contract gives its frozen file); preview
/// and print paint the same data (the snapshot when frozen) onto the printer.
class DocumentActions : public QToolButton
{
    Q_OBJECT

public:
    /// Starts `program` with `arguments` detached; true when it started.
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;
    /// The full path of an installed program, or empty (QStandardPaths::findExecutable by default).
    using ProgramFinder = std::function<QString(const QString &program)>;
    /// Asks where to save a PDF, starting from `suggestedPath`; empty when cancelled.
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    DocumentActions(Database &database, DocumentKind kind, qint64 recordId, QWidget *parent = nullptr);

    /// The button for a record of `table` ("quotes" or "contracts"); nullptr for any other table.
    static DocumentActions *forRecord(Database &database, const QString &table, qint64 recordId, QWidget *parent);

    DocumentLanguage language() const { return m_language; }
    void setLanguage(DocumentLanguage language);
    PaperSize paper() const { return m_paper; }
    void setPaper(PaperSize paper);

    /// The PDF as Export and e-mail write it.
    Result<PrintedDocument> printed();
    /// "Q-2026-0001.pdf": the name a saved or mailed file gets.
    QString fileName();
    /// Writes the PDF to `path`, replacing it.
    Result<void> exportPdf(const QString &path);
    /// Writes the PDF to the cache folder and opens the mail client with it
    /// attached; returns the attached file.
    Result<QString> sendByEmail();
    /// Paints the document onto `printer` (preview and print); returns the page count.
    Result<int> paint(QPrinter &printer);

    /// The menu entries by their stable names: "preview", "print", "pdf", "email".
    QAction *action(const QString &name) const;
    /// The last error or notice shown to the user, for tests.
    QString lastMessage() const { return m_lastMessage; }
    /// The page count of the last painted document (preview or print), for tests.
    int lastPageCount() const { return m_lastPageCount; }

    void setLauncher(Launcher launcher) { m_launch = std::move(launcher); }
    void setProgramFinder(ProgramFinder finder) { m_find = std::move(finder); }
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenu();
    void retranslate();
    Result<PrintOptions> options();
    Result<DocumentData> data();
    void preparePrinter(QPrinter &printer);
    void showPreview();
    void printDocument();
    void exportInteractive();
    void emailInteractive();
    void report(const QString &message);

    Database &m_db;
    DocumentKind m_kind;
    qint64 m_id;
    DocumentLanguage m_language = DocumentLanguage::Chinese;
    PaperSize m_paper = PaperSize::A4;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_languages = nullptr;
    QActionGroup *m_papers = nullptr;
    QAction *m_languageMenu = nullptr;
    QAction *m_paperMenu = nullptr;
    Launcher m_launch;
    ProgramFinder m_find;
    FileChooser m_choose;
    QString m_lastMessage;
    int m_lastPageCount = 0;
};

} // namespace qianyue::ui
