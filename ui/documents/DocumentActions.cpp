#include "ui/documents/DocumentActions.h"

#include "core/documents/DocumentSnapshots.h"
#include "core/store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace qianyue::ui {

namespace {

const QString kMailProgram = QStringLiteral("xdg-email");

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorKind::Storage, DocumentActions::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

DocumentActions::DocumentActions(Database &database, DocumentKind kind, qint64 recordId, QWidget *parent)
    : QToolButton(parent)
    , m_db(database)
    , m_kind(kind)
    , m_id(recordId)
    , m_launch([](const QString &program, const QStringList &arguments) { return QProcess::startDetached(program, arguments); })
    , m_find([](const QString &program) { return QStandardPaths::findExecutable(program); })
{
    setObjectName(QStringLiteral("documentActions"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The office's defaults; a broken setting leaves the built-in ones, and
    // the user sees the problem when printing.
    if (auto defaults = PrintOptions::fromSettings(m_db); defaults) {
        m_language = defaults->language;
        m_paper = defaults->paper;
    }
    m_choose = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(window(), tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"));
    };
    buildMenu();
    retranslate();
}

DocumentActions *DocumentActions::forRecord(Database &database, const QString &table, qint64 recordId, QWidget *parent)
{
    if (table == u"quotes")
        return new DocumentActions(database, DocumentKind::Quote, recordId, parent);
    if (table == u"contracts")
        return new DocumentActions(database, DocumentKind::Contract, recordId, parent);
    return nullptr;
}

void DocumentActions::buildMenu()
{
    auto *menu = new QMenu(this);
    const auto add = [&](const QString &name, void (DocumentActions::*slot)()) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("document_") + name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
    };
    add(QStringLiteral("preview"), &DocumentActions::showPreview);
    add(QStringLiteral("print"), &DocumentActions::printDocument);
    add(QStringLiteral("pdf"), &DocumentActions::exportInteractive);
    add(QStringLiteral("email"), &DocumentActions::emailInteractive);
    menu->addSeparator();

    QMenu *languages = menu->addMenu(QString());
    m_languageMenu = languages->menuAction();
    m_languages = new QActionGroup(this);
    for (const DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English, DocumentLanguage::Bilingual}) {
        QAction *action = languages->addAction(QString());
        action->setCheckable(true);
        action->setChecked(language == m_language);
        action->setData(DocumentLabels::languageName(language));
        action->setObjectName(QStringLiteral("documentLanguage_") + DocumentLabels::languageName(language));
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_language = language; });
    }
    QMenu *papers = menu->addMenu(QString());
    m_paperMenu = papers->menuAction();
    m_papers = new QActionGroup(this);
    for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        QAction *action = papers->addAction(PrintOptions::paperName(paper));
        action->setCheckable(true);
        action->setChecked(paper == m_paper);
        action->setData(PrintOptions::paperName(paper));
        m_papers->addAction(action);
        connect(action, &QAction::triggered, this, [this, paper] { m_paper = paper; });
    }
    setMenu(menu);
}

void DocumentActions::retranslate()
{
    setText(tr("Print"));
    setToolTip(m_kind == DocumentKind::Quote ? tr("Print, export or e-mail this quote") : tr("Print, export or e-mail this contract"));
    m_actions.value(QStringLiteral("preview"))->setText(tr("Print preview…"));
    m_actions.value(QStringLiteral("print"))->setText(tr("Print…"));
    m_actions.value(QStringLiteral("pdf"))->setText(tr("Export PDF…"));
    m_actions.value(QStringLiteral("email"))->setText(tr("Send by e-mail…"));
    m_languageMenu->setText(tr("Document language"));
    m_paperMenu->setText(tr("Paper"));
    for (QAction *action : m_languages->actions()) {
        const auto language = DocumentLabels::parseLanguage(action->data().toString());
        if (language == DocumentLanguage::Chinese)
            action->setText(tr("Chinese (中文)"));
        else if (language == DocumentLanguage::English)
            action->setText(tr("English"));
        else
            action->setText(tr("Bilingual (中文 / English)"));
    }
}

void DocumentActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void DocumentActions::setLanguage(DocumentLanguage language)
{
    m_language = language;
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == DocumentLabels::languageName(language));
}

void DocumentActions::setPaper(PaperSize paper)
{
    m_paper = paper;
    for (QAction *action : m_papers->actions())
        action->setChecked(action->data().toString() == PrintOptions::paperName(paper));
}

QAction *DocumentActions::action(const QString &name) const
{
    return m_actions.value(name);
}

Result<PrintOptions> DocumentActions::options()
{
    auto options = PrintOptions::fromSettings(m_db);
    if (!options)
        return options;
    options->language = m_language;
    options->paper = m_paper;
    return options;
}

Result<DocumentData> DocumentActions::data()
{
    return DocumentSnapshots::documentData(m_db, m_kind, m_id);
}

Result<PrintedDocument> DocumentActions::printed()
{
    auto chosen = options();
    if (!chosen)
        return std::unexpected(chosen.error());
    return DocumentPrinter::print(m_db, m_kind, m_id, *chosen);
}

QString DocumentActions::fileName()
{
    auto document = data();
    QString name = document ? document->number : QString();
    // A number pattern may contain characters no file name can hold.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\s])"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty())
        name = m_kind == DocumentKind::Quote ? tr("quote") : tr("contract");
    return name + QStringLiteral(".pdf");
}

Result<void> DocumentActions::exportPdf(const QString &path)
{
    auto document = printed();
    if (!document)
        return std::unexpected(document.error());
    return writeFile(path, document->pdf);
}

Result<QString> DocumentActions::sendByEmail()
{
    auto document = printed();
    if (!document)
        return std::unexpected(document.error());
    auto content = data();
    if (!content)
        return std::unexpected(content.error());

    // The mail client reads the attachment after we return, so the file must
    // outlive this call: it stays in the cache folder, replaced by the next send.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/documents");
    if (!QDir().mkpath(folder))
        return fail(ErrorKind::Storage, tr("Cannot create the folder %1 for the attachment.").arg(QDir::toNativeSeparators(folder)));
    const QString path = folder + u'/' + fileName();
    if (auto written = writeFile(path, document->pdf); !written)
        return std::unexpected(written.error());

    const QString program = m_find(kMailProgram);
    if (program.isEmpty())
        return fail(ErrorKind::Invalid, tr("Cannot open the mail client: the program xdg-email is not installed (Debian package "
                                           "xdg-utils). The PDF was saved as %1; attach it to a message yourself.")
                                            .arg(QDir::toNativeSeparators(path)));

    // The subject speaks the document's language, like the attachment.
    QString subject = DocumentLabels::text(m_kind == DocumentKind::Quote ? Label::QuoteTitle : Label::ContractTitle, m_language)
        + u' ' + document->number;
    if (m_kind == DocumentKind::Quote && document->revision > 1)
        subject += u' ' + DocumentLabels::text(Label::Revision, m_language) + u' ' + QString::number(document->revision);
    QStringList arguments{QStringLiteral("--utf8"), QStringLiteral("--attach"), path, QStringLiteral("--subject"), subject};
    if (!content->customer.email.trimmed().isEmpty())
        arguments << content->customer.email.trimmed();
    if (!m_launch(program, arguments))
        return fail(ErrorKind::Invalid, tr("The mail client could not be started (%1). The PDF was saved as %2.")
                                            .arg(program, QDir::toNativeSeparators(path)));
    return path;
}

void DocumentActions::preparePrinter(QPrinter &printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(m_paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(fileName().chopped(4));
}

Result<int> DocumentActions::paint(QPrinter &printer)
{
    auto chosen = options();
    if (!chosen)
        return std::unexpected(chosen.error());
    auto content = data();
    if (!content)
        return std::unexpected(content.error());
    printer.setFullPage(true);
    auto pages = DocumentRenderer::renderTo(*content, *chosen, printer);
    if (pages)
        m_lastPageCount = *pages;
    return pages;
}

void DocumentActions::showPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, window());
    dialog.setObjectName(QStringLiteral("documentPreview"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(fileName().chopped(4)));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        if (auto painted = paint(*target); !painted)
            report(painted.error().text());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void DocumentActions::printDocument()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, window());
    dialog.setWindowTitle(tr("Print %1").arg(fileName().chopped(4)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = paint(printer); !painted)
        report(painted.error().text());
}

void DocumentActions::exportInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_choose(QDir(folder).filePath(fileName()));
    if (path.isEmpty())
        return;
    if (auto written = exportPdf(path); !written)
        report(written.error().text());
    else
        m_lastMessage = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
}

void DocumentActions::emailInteractive()
{
    if (auto sent = sendByEmail(); !sent)
        report(sent.error().text());
    else
        m_lastMessage = tr("The mail client was opened with %1 attached.").arg(QDir::toNativeSeparators(*sent));
}

void DocumentActions::report(const QString &message)
{
    m_lastMessage = message;
    // Not modal-blocking: the dialog stays usable and tests are never stuck.
    auto *box = new QMessageBox(QMessageBox::Warning, text(), message, QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("documentMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace qianyue::ui
