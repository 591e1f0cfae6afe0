#include "core/io/ImportValues.h"

#include "core/domain/Rate.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace qianyue {

namespace {

// Chinese input methods type full-width digits and punctuation; they mean the ASCII ones.
QString halfWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

const QString kDatePattern = QStringLiteral("(\\d{4})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)");
const QString kTimePattern = QStringLiteral("(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?");
const QString kZonePattern = QStringLiteral("\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

Result<QDate> dateFromMatch(const QRegularExpressionMatch &match, const QString &text)
{
    const int year = match.captured(1).toInt();
    const int month = (match.captured(2).isEmpty() ? match.captured(4) : match.captured(2)).toInt();
    const int day = (match.captured(3).isEmpty() ? match.captured(5) : match.captured(3)).toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(ErrorKind::Invalid, ImportValues::tr("'%1' is not a day of the calendar.").arg(text));
    return date;
}

QDate localeDate(const QString &text, const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QDate date = locale.toDate(text, format);
    if (!date.isValid() && format.contains(QStringLiteral("yy")) && !format.contains(QStringLiteral("yyyy"))) {
        // "3/2/2026" in a locale whose short format has a two-digit year.
        QString longYear = format;
        longYear.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        date = locale.toDate(text, longYear);
    } else if (date.isValid() && date.year() < 1950) {
        // Qt reads two-digit years as 19xx; spreadsheets of sales data mean 20xx.
        date = date.addYears(100);
    }
    return date;
}

Error dateError(const QString &text)
{
    return Error{ErrorKind::Invalid,
                 ImportValues::tr("'%1' is not a date; write it as 2026-03-02, 2026/3/2 or 2026年3月2日.").arg(text), {}};
}

} // namespace

Result<QDate> ImportValues::date(const QString &raw, const QLocale &locale)
{
    const QString text = halfWidth(raw).trimmed();
    static const QRegularExpression full(QStringLiteral("^") + kDatePattern + kTimePattern + kZonePattern
                                         + QStringLiteral("$"));
    if (const auto match = full.match(text); match.hasMatch())
        return dateFromMatch(match, raw.trimmed());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto match = compact.match(text); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (date.isValid())
            return date;
    }
    if (const QDate date = localeDate(text, locale); date.isValid())
        return date;
    return std::unexpected(dateError(raw.trimmed()));
}

Result<QDateTime> ImportValues::dateTime(const QString &raw, const QTimeZone &zone, const QLocale &locale)
{
    const QString text = halfWidth(raw).trimmed();
    static const QRegularExpression full(QStringLiteral("^") + kDatePattern + kTimePattern + kZonePattern
                                         + QStringLiteral("$"));
    const auto match = full.match(text);
    if (!match.hasMatch()) {
        // The locale's own spelling, with or without a time.
        const QDateTime local = locale.toDateTime(text, QLocale::ShortFormat);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone);
        if (const QDate day = localeDate(text, locale); day.isValid())
            return QDateTime(day, QTime(0, 0), zone);
        return fail(ErrorKind::Invalid,
                    tr("'%1' is not a date and time; write it as 2026-03-02 09:30 or 2026-03-02T01:30:00Z.").arg(raw.trimmed()));
    }
    auto day = dateFromMatch(match, raw.trimmed());
    if (!day)
        return std::unexpected(day.error());
    QTime time(0, 0);
    if (!match.captured(6).isEmpty()) {
        time = QTime(match.captured(6).toInt(), match.captured(7).toInt(), match.captured(8).toInt());
        if (!time.isValid())
            return fail(ErrorKind::Invalid, tr("'%1' has no such time of day.").arg(raw.trimmed()));
    }
    const QString offset = match.captured(9);
    if (offset.isEmpty())
        return QDateTime(*day, time, zone);
    if (offset == u"Z")
        return QDateTime(*day, time, QTimeZone::utc());
    const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
    const QString digits = offset.mid(1).remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
    if (hours > 23 || minutes > 59)
        return fail(ErrorKind::Invalid, tr("'%1' has an impossible time zone offset.").arg(raw.trimmed()));
    return QDateTime(*day, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
}

Result<Money> ImportValues::money(const QString &raw, const QString &currency)
{
    QString text = halfWidth(raw).trimmed();
    if (text.isEmpty())
        return Money(0, currency);
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        // Accounting notation for a negative amount.
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    static const QRegularExpression signs(QStringLiteral("^[¥￥$€£]|^(?:RMB|CNY|USD|EUR|JPY|HKD|GBP)\\s*|\\s*(?:元|RMB|CNY|USD|EUR)$"));
    text.remove(signs);
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{2009}\\x{202F}]"));
    text.remove(spaces);
    if (negative)
        text.prepend(QLatin1Char('-'));
    auto amount = Money::parse(text, currency);
    if (!amount)
        return fail(ErrorKind::Invalid, tr("'%1' is not an amount: %2").arg(raw.trimmed(), amount.error().message));
    return amount;
}

Result<qint64> ImportValues::percent(const QString &raw, bool limitToOne)
{
    const QString text = halfWidth(raw).trimmed();
    auto rate = Rate::parse(text);
    if (!rate)
        return fail(ErrorKind::Invalid, tr("'%1' is not a percentage: %2").arg(raw.trimmed(), rate.error().message));
    qint64 value = rate->millionths();
    if (!text.contains(QLatin1Char('%')) && value > Rate::kScale) {
        // "60" in a probability or tax rate column means 60 %, not 6000 %.
        auto asPercent = Rate::parse(QString(text + QLatin1Char('%')));
        if (!asPercent)
            return fail(ErrorKind::Invalid, tr("'%1' is not a percentage: %2").arg(raw.trimmed(), asPercent.error().message));
        value = asPercent->millionths();
    }
    if (value < 0)
        return fail(ErrorKind::Invalid, tr("'%1' is negative; a percentage here must be 0 or more.").arg(raw.trimmed()));
    if (limitToOne && value > Rate::kScale)
        return fail(ErrorKind::Invalid, tr("'%1' is more than 100%.").arg(raw.trimmed()));
    return value;
}

std::optional<bool> ImportValues::boolean(const QString &raw)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("t"), QStringLiteral("on"), QStringLiteral("x"), QStringLiteral("active"),
                                    QString::fromUtf16(u"是"), QString::fromUtf16(u"是的"), QString::fromUtf16(u"对"),
                                    QString::fromUtf16(u"有"), QString::fromUtf16(u"启用"), QString::fromUtf16(u"在职"),
                                    QString::fromUtf16(u"√"), QString::fromUtf16(u"✓"), QString::fromUtf16(u"✔")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("f"), QStringLiteral("off"), QStringLiteral("inactive"),
                                   QString::fromUtf16(u"否"), QString::fromUtf16(u"不"), QString::fromUtf16(u"不是"),
                                   QString::fromUtf16(u"无"), QString::fromUtf16(u"停用"), QString::fromUtf16(u"禁用"),
                                   QString::fromUtf16(u"离职"), QString::fromUtf16(u"×"), QString::fromUtf16(u"✗")};
    const QString key = halfWidth(raw).trimmed().toLower();
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

int ImportValues::editDistance(const QString &aRaw, const QString &bRaw)
{
    const QString a = aRaw.toLower();
    const QString b = bRaw.toLower();
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QStringList ImportValues::closest(const QString &wantedRaw, const QStringList &names, int count)
{
    const QString wanted = wantedRaw.trimmed().toLower();
    if (wanted.isEmpty())
        return {};
    // A typo is a few edits; a third of the length allows for longer names.
    const int threshold = std::max<int>(2, int(wanted.size()) / 3);
    struct Candidate {
        int rank;
        int score;
        QString name;
    };
    std::vector<Candidate> found;
    for (const QString &name : names) {
        const QString lower = name.toLower();
        if (lower.isEmpty() || lower == wanted)
            continue;
        const qsizetype shorter = std::min(lower.size(), wanted.size());
        if (shorter >= 2 && (lower.contains(wanted) || wanted.contains(lower))) {
            found.push_back({0, int(std::abs(lower.size() - wanted.size())), name});
            continue;
        }
        if (std::abs(lower.size() - wanted.size()) > threshold)
            continue;
        const int distance = editDistance(wanted, lower);
        if (distance <= threshold)
            found.push_back({1, distance, name});
    }
    std::sort(found.begin(), found.end(), [](const Candidate &x, const Candidate &y) {
        return std::tie(x.rank, x.score, x.name) < std::tie(y.rank, y.score, y.name);
    });
    QStringList out;
    for (const Candidate &candidate : found) {
        if (out.size() >= count)
            break;
        if (!out.contains(candidate.name))
            out << candidate.name;
    }
    return out;
}

} // namespace qianyue
