#include "ui/records/ChainBreadcrumb.h"

#include "core/store/RecordStore.h"
#include "ui/common/Formatting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace qianyue::ui {

ChainBreadcrumb::ChainBreadcrumb(Database &database, const QString &table, qint64 id, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_table(table)
    , m_id(id)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("chainBreadcrumb"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    reload();
}

void ChainBreadcrumb::reload()
{
    auto trail = ChainLinkStore(m_db).trail(m_table, m_id);
    m_links = trail ? std::move(*trail) : std::vector<ChainLink>();
    rebuild();
}

QString ChainBreadcrumb::text(const ChainLink &link)
{
    QString kind = RecordStore::kindName(link.table);
    if (!kind.isEmpty())
        kind[0] = kind[0].toUpper();
    QString shown = QStringLiteral("%1 %2").arg(kind, link.label);
    if (link.siblings > 0)
        shown += tr(" (+%n)", nullptr, link.siblings);
    return shown;
}

void ChainBreadcrumb::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // A record alone is no chain: nothing to show.
    setVisible(m_links.size() > 1);
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        const ChainLink &link = m_links[i];
        if (i > 0)
            m_layout->addWidget(new QLabel(QStringLiteral("→"), this));
        const QString status = link.status.isEmpty() ? QString() : Formatting::state(link.table, link.status);
        if (link.table == m_table && link.id == m_id) {
            auto *self = new QLabel(QStringLiteral("<b>%1</b>").arg(text(link).toHtmlEscaped()), this);
            self->setObjectName(QStringLiteral("crumbSelf"));
            self->setToolTip(status);
            m_layout->addWidget(self);
            continue;
        }
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("crumb_") + link.table);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setText(text(link));
        button->setToolTip(link.siblings > 0 ? tr("%1 — %n more at this step in the related tabs", nullptr, link.siblings).arg(status)
                                             : status);
        const int index = int(i);
        connect(button, &QToolButton::clicked, this, [this, index] { activate(index); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

bool ChainBreadcrumb::activate(int index)
{
    if (index < 0 || index >= int(m_links.size()))
        return false;
    const ChainLink &link = m_links[std::size_t(index)];
    if (link.table == m_table && link.id == m_id)
        return false;
    Q_EMIT openRequested(link.table, link.id);
    return true;
}

void ChainBreadcrumb::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_layout)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace qianyue::ui
