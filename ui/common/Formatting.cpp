#include "ui/common/Formatting.h"

#include "core/domain/Money.h"
#include "core/workflow/StateMachine.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

namespace qianyue::ui {

namespace {

// Group the integer part with the locale's separator; the fraction is kept as text.
QString groupDigits(const QString &digits, const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    QString grouped;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        grouped += digits.at(i);
        const qsizetype left = n - i - 1;
        if (left > 0 && left % 3 == 0)
            grouped += separator;
    }
    return grouped;
}

QString currencySymbol(const QString &currency)
{
    if (currency == u"CNY")
        return QStringLiteral("¥");
    if (currency == u"USD")
        return QStringLiteral("US$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"JPY")
        return QStringLiteral("JP¥");
    if (currency == u"HKD")
        return QStringLiteral("HK$");
    return currency + QLatin1Char(' ');
}

} // namespace

QString Formatting::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString plain = Money(minor, currency).toDecimalString(); // "-1234.50"
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString body = negative ? plain.mid(1) : plain;
    const qsizetype dot = body.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? body : body.left(dot);
    const QString fraction = dot < 0 ? QString() : locale.decimalPoint() + body.mid(dot + 1);
    return (negative ? locale.negativeSign() : QString()) + currencySymbol(currency) + groupDigits(whole, locale) + fraction;
}

QString Formatting::rate(qint64 millionths, const QLocale &locale)
{
    // Percent with up to two decimals, exact in integers: 125000 → 12.5 %.
    const qint64 hundredths = (millionths + (millionths >= 0 ? 50 : -50)) / 100;
    QString text = QString::number(hundredths / 100);
    if (const qint64 rest = std::abs(hundredths % 100); rest != 0) {
        QString decimals = QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += locale.decimalPoint() + decimals;
    }
    return text + locale.percent();
}

QString Formatting::date(const QVariant &value, const QLocale &locale)
{
    const QDate parsed = QDate::fromString(value.toString().left(10), Qt::ISODate);
    return parsed.isValid() ? locale.toString(parsed, QLocale::ShortFormat) : value.toString();
}

QString Formatting::dateTime(const QVariant &value, const QLocale &locale)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!parsed.isValid())
        return value.toString();
    return locale.toString(parsed.toLocalTime(), QLocale::ShortFormat);
}

QString Formatting::state(const QString &table, const QString &value)
{
    static const QHash<QString, const char *> values = {
        {QStringLiteral("prospect"), QT_TR_NOOP("prospect")},
        {QStringLiteral("active"), QT_TR_NOOP("active")},
        {QStringLiteral("dormant"), QT_TR_NOOP("dormant")},
        {QStringLiteral("campaign"), QT_TR_NOOP("campaign (营销活动)")},
        {QStringLiteral("employee_referral"), QT_TR_NOOP("employee referral (员工推介)")},
        {QStringLiteral("hotline"), QT_TR_NOOP("800 hotline (800电话)")},
        {QStringLiteral("ad_response"), QT_TR_NOOP("ad response (广告反馈)")},
        {QStringLiteral("customer_referral"), QT_TR_NOOP("customer referral (老客户推介)")},
        {QStringLiteral("web"), QT_TR_NOOP("web")},
        {QStringLiteral("other"), QT_TR_NOOP("other")},
        {QStringLiteral("bank_transfer"), QT_TR_NOOP("bank transfer")},
        {QStringLiteral("cash"), QT_TR_NOOP("cash")},
        {QStringLiteral("cheque"), QT_TR_NOOP("cheque")},
        {QStringLiteral("draft"), QT_TR_NOOP("bank draft")},
        {QStringLiteral("card"), QT_TR_NOOP("card")},
        {QStringLiteral("call"), QT_TR_NOOP("call")},
        {QStringLiteral("visit"), QT_TR_NOOP("visit")},
        {QStringLiteral("demo"), QT_TR_NOOP("demo")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("meeting"), QT_TR_NOOP("meeting")},
        {QStringLiteral("task"), QT_TR_NOOP("task")},
        {QStringLiteral("basic"), QT_TR_NOOP("basic")},
        {QStringLiteral("monthly"), QT_TR_NOOP("monthly")},
        {QStringLiteral("quarterly"), QT_TR_NOOP("quarterly")},
        {QStringLiteral("half_year"), QT_TR_NOOP("half-year")},
        {QStringLiteral("annual"), QT_TR_NOOP("annual")},
        {QStringLiteral("month"), QT_TR_NOOP("month")},
        {QStringLiteral("quarter"), QT_TR_NOOP("quarter")},
        {QStringLiteral("year"), QT_TR_NOOP("year")},
    };
    // A lost customer has gone away; a lost opportunity is a deal not won.
    if (table == u"customers" && value == u"lost")
        return tr("lost customer");
    if (const auto it = values.constFind(value); it != values.constEnd())
        return tr(it.value());
    // Workflow states share their names with the state machines' messages.
    return ChainNames::state(table, value);
}

QString Formatting::display(const QString &table, const ListColumn &column, const QVariant &value, const QString &currency)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ListColumnKind::Money: return money(value.toLongLong(), currency);
    case ListColumnKind::Rate: return rate(value.toLongLong());
    case ListColumnKind::Quantity: return Quantity::fromThousandths(value.toLongLong()).toString();
    case ListColumnKind::Date: return date(value);
    case ListColumnKind::DateTime: return dateTime(value);
    case ListColumnKind::State: return state(table, value.toString());
    case ListColumnKind::Flag: return value.toBool() ? tr("yes") : QString();
    case ListColumnKind::Number:
    case ListColumnKind::Text: break;
    }
    return value.toString();
}

} // namespace qianyue::ui
