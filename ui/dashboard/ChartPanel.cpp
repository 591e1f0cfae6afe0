#include "ui/dashboard/ChartPanel.h"

#include "core/analytics/ReportFormat.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace qianyue::ui {

namespace {

Result<void> writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorKind::Storage, ChartPanel::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

ChartPanel::ChartPanel(const QString &reportName, QWidget *parent)
    : QFrame(parent)
    , m_report(reportName)
    , m_layout(new QVBoxLayout(this))
    , m_menuButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("panel_") + reportName);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);

    auto *menu = new QMenu(this);
    for (const QString &kind : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("csv")}) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("chartExport_") + kind);
        connect(action, &QAction::triggered, this, [this, kind] { exportInteractive(kind); });
        m_actions.insert(kind, action);
    }
    m_menuButton->setObjectName(QStringLiteral("chartMenu"));
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setText(QStringLiteral("⋯"));
    // The button floats over the chart's top right corner (see resizeEvent):
    // a row of its own would take a line from every chart.
    // The same actions on a right click anywhere on the panel.
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions(menu->actions());

    m_choose = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(window(), tr("Export chart"), suggested, filter);
    };
    retranslate();
}

void ChartPanel::setChart(QWidget *chart, const ReportTable &table)
{
    if (m_chart) {
        m_layout->removeWidget(m_chart);
        m_chart->deleteLater();
    }
    m_chart = chart;
    m_table = table;
    chart->setParent(this);
    chart->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu, not the view's
    m_layout->addWidget(chart, 1);
    chart->show();
    m_menuButton->raise();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    const QSize size = m_menuButton->sizeHint();
    m_menuButton->setGeometry(width() - size.width() - 6, 6, size.width(), size.height());
    m_menuButton->raise();
}

void ChartPanel::retranslate()
{
    m_menuButton->setToolTip(tr("Export this chart"));
    m_actions.value(QStringLiteral("png"))->setText(tr("Save chart as PNG…"));
    m_actions.value(QStringLiteral("pdf"))->setText(tr("Save chart as PDF…"));
    m_actions.value(QStringLiteral("csv"))->setText(tr("Save data as CSV…"));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

Result<void> ChartPanel::exportPng(const QString &path) const
{
    if (!m_chart)
        return fail(ErrorKind::Invalid, tr("There is no chart to save yet."));
    // Twice the screen's pixels, so the picture stays sharp in a document.
    QImage image(m_chart->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(ErrorKind::Storage, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> ChartPanel::exportPdf(const QString &path) const
{
    if (!m_chart)
        return fail(ErrorKind::Invalid, tr("There is no chart to save yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Storage, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        // One page exactly the chart's size: a screen pixel is 1/96 inch.
        QPdfWriter writer(&file);
        writer.setResolution(96);
        const QSizeF points = QSizeF(m_chart->size()) * 72.0 / 96.0;
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(m_report);
        writer.setCreator(QStringLiteral("Qianyue " QIANYUE_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorKind::Storage, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("the PDF could not be started")));
        m_chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    }
    if (!file.commit())
        return fail(ErrorKind::Storage, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> ChartPanel::exportCsv(const QString &path) const
{
    return writeBytes(path, QByteArray("\xEF\xBB\xBF") + ReportFormat::toCsv(m_table).toUtf8());
}

void ChartPanel::exportInteractive(const QString &kind)
{
    QString filter;
    if (kind == u"png")
        filter = tr("PNG pictures (*.png)");
    else if (kind == u"pdf")
        filter = tr("PDF documents (*.pdf)");
    else
        filter = tr("CSV files (*.csv)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_report + u'-' + QDate::currentDate().toString(Qt::ISODate) + u'.' + kind;
    const QString path = m_choose(QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    Result<void> written = kind == u"png" ? exportPng(path) : kind == u"pdf" ? exportPdf(path) : exportCsv(path);
    if (written) {
        m_lastMessage.clear();
        return;
    }
    m_lastMessage = written.error().text();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export chart"), m_lastMessage, QMessageBox::Ok, window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace qianyue::ui
