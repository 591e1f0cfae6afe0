#include "ui/activities/ActivityText.h"

#include "ui/common/Formatting.h"

#include <QLocale>

namespace qianyue::ui {

QDateTime ActivityText::local(const QString &utc)
{
    if (utc.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODate);
    return at.isValid() ? at.toLocalTime() : QDateTime();
}

QString ActivityText::linkedTo(const AgendaItem &item)
{
    QStringList parts;
    if (!item.customer.isEmpty())
        parts << item.customer;
    if (!item.opportunity.isEmpty())
        parts << item.opportunity;
    if (parts.isEmpty() && !item.contact.isEmpty())
        parts << item.contact;
    if (parts.isEmpty() && !item.lead.isEmpty())
        parts << tr("Lead: %1").arg(item.lead);
    return parts.join(QStringLiteral(" · "));
}

QString ActivityText::kind(const AgendaItem &item)
{
    return Formatting::state(QStringLiteral("activities"), item.kind);
}

QString ActivityText::due(const AgendaItem &item, bool timeOnly)
{
    const QDateTime at = local(item.dueAt);
    if (!at.isValid())
        return tr("No due time");
    const QLocale locale;
    return timeOnly ? locale.toString(at.time(), QLocale::ShortFormat) : locale.toString(at, QLocale::ShortFormat);
}

} // namespace qianyue::ui
