#include "core/analytics/ReportSupport.h"

#include "core/domain/FixedPoint.h"
#include "core/domain/Rate.h"
#include "core/store/SettingsStore.h"

#include <QLocale>

#include <algorithm>

namespace qianyue {

namespace {

// A by-month report over an open-ended period lists at most this many months
// (fifty years); longer lists are cut to the months that hold data.
constexpr qsizetype kMaxMonths = 600;

// Month before quarter before year: the finer a target, the closer it is to the period asked for.
int kindRank(const QString &kind)
{
    if (kind == u"month")
        return 0;
    if (kind == u"quarter")
        return 1;
    return 2;
}

} // namespace

QString ReportLabels::unassigned()
{
    return tr("(unassigned)");
}

QString ReportLabels::owner(const std::map<qint64, UserInfo> &users, qint64 ownerKey)
{
    if (ownerKey == 0)
        return unassigned();
    const auto it = users.find(ownerKey);
    return it == users.end() ? tr("(salesperson %1)").arg(ownerKey) : it->second.name;
}

QString ReportLabels::source(const QString &key)
{
    if (key.isEmpty())
        return tr("(not recorded)");
    if (key == u"campaign")
        return tr("Campaign");
    if (key == u"employee_referral")
        return tr("Employee referral");
    if (key == u"hotline")
        return tr("800 hotline");
    if (key == u"ad_response")
        return tr("Ad response");
    if (key == u"customer_referral")
        return tr("Customer referral");
    if (key == u"web")
        return tr("Web");
    if (key == u"other")
        return tr("Other");
    return key;
}

QString ReportLabels::stage(const StageInfo &info)
{
    // Stage names are company data kept in both languages, not messages to translate.
    if (QLocale().language() == QLocale::Chinese || info.nameEn.isEmpty())
        return info.name;
    return info.nameEn;
}

QString ReportLabels::total()
{
    return tr("Total");
}

QString ReportLabels::otherCustomers()
{
    return tr("(all other customers)");
}

QString ReportLabels::noCloseDate()
{
    return tr("(no close date)");
}

namespace reports {

OwnerScope scopeOf(const ReportFilter &filter)
{
    if (filter.ownerId)
        return OwnerScope::user(*filter.ownerId);
    if (filter.teamId)
        return OwnerScope::team(*filter.teamId);
    return OwnerScope::all();
}

DayRange rangeOf(const ReportFilter &filter)
{
    DayRange range = DayRange::allTime();
    if (filter.from)
        range.from = *filter.from;
    if (filter.to)
        range.to = *filter.to;
    return range;
}

Result<QString> baseCurrency(Database &database)
{
    return SettingsStore(database).baseCurrency();
}

QVariant rate(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    const auto millionths = fixedpoint::roundHalfAwayFromZero(fixedpoint::Int128(part) * Rate::kScale, whole);
    if (!millionths)
        return {};
    return *millionths;
}

QString monthKey(const QDate &date)
{
    return QStringLiteral("%1-%2").arg(date.year(), 4, 10, QLatin1Char('0')).arg(date.month(), 2, 10, QLatin1Char('0'));
}

QStringList monthsBetween(const QString &first, const QString &last)
{
    QStringList months;
    QDate month = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    const QDate end = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid() || !end.isValid())
        return months;
    for (; month <= end; month = month.addMonths(1))
        months << monthKey(month);
    return months;
}

QStringList reportMonths(const ReportFilter &filter, const std::optional<std::pair<QString, QString>> &span)
{
    QString first = filter.from ? monthKey(*filter.from) : (span ? span->first : QString());
    QString last = filter.to ? monthKey(*filter.to) : (span ? span->second : QString());
    if (first.isEmpty() || last.isEmpty() || first > last)
        return {};
    const QDate a = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    const QDate b = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    const qsizetype count = qsizetype(b.year() - a.year()) * 12 + b.month() - a.month() + 1;
    if (count > kMaxMonths) {
        if (!span)
            return {};
        first = std::max(first, span->first);
        last = std::min(last, span->second);
    }
    return monthsBetween(first, last);
}

std::map<qint64, qint64> finestTargets(const std::vector<TargetSum> &targets)
{
    std::map<qint64, std::pair<int, qint64>> finest;
    for (const TargetSum &target : targets) {
        const int rank = kindRank(target.kind);
        const auto it = finest.find(target.ownerId);
        if (it == finest.end() || rank < it->second.first)
            finest[target.ownerId] = { rank, target.amount };
        else if (rank == it->second.first)
            it->second.second += target.amount;
    }
    std::map<qint64, qint64> amounts;
    for (const auto &[owner, ranked] : finest)
        amounts[owner] = ranked.second;
    return amounts;
}

Result<std::optional<qint64>> scopeTarget(
    AnalyticsStore &store, const OwnerScope &scope, const DayRange &range, const QString &currency)
{
    if (scope.kind == OwnerScope::Kind::Team) {
        auto own = store.teamTargets(scope.id, range, currency);
        if (!own)
            return std::unexpected(own.error());
        if (!own->empty())
            return std::optional<qint64>(finestTargets(*own).begin()->second);
    }
    auto targets = store.userTargets(range, scope, currency);
    if (!targets)
        return std::unexpected(targets.error());
    if (targets->empty())
        return std::optional<qint64>();
    qint64 sum = 0;
    for (const auto &[owner, amount] : finestTargets(*targets))
        sum += amount;
    return std::optional<qint64>(sum);
}

Result<std::vector<CustomerSums>> topCustomersByWalk(AnalyticsStore &store, const DayRange &range, int limit, int batch)
{
    std::vector<std::pair<qint64, qint64>> best; // (amount in the period, customer id)
    const auto better = [](const std::pair<qint64, qint64> &a, const std::pair<qint64, qint64> &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    };
    const int step = std::max(batch, 1);
    for (int offset = 0;; offset += step) {
        auto candidates = store.customersByAllTimeAmount(range, offset, step);
        if (!candidates)
            return std::unexpected(candidates.error());
        for (const CustomerCandidate &candidate : *candidates) {
            if (candidate.first > 0)
                best.emplace_back(candidate.first, candidate.customerId);
        }
        std::sort(best.begin(), best.end(), better);
        if (qsizetype(best.size()) > limit)
            best.resize(std::size_t(limit));
        if (qsizetype(candidates->size()) < step)
            break;
        // Strictly: a later customer whose bound equals the limit-th amount could still tie it.
        if (qsizetype(best.size()) == limit && best.back().first > candidates->back().bound)
            break;
    }
    std::vector<qint64> ids;
    for (const auto &entry : best)
        ids.push_back(entry.second);
    auto sums = store.signedForCustomers(ids, range);
    if (!sums)
        return std::unexpected(sums.error());
    std::vector<CustomerSums> top;
    for (const auto &[amount, id] : best)
        top.push_back({ id, sums->contains(id) ? sums->at(id) : Sums { 0, amount, 0 } });
    return top;
}

Result<std::vector<ChurnEntry>> churnByWalk(
    AnalyticsStore &store, const OwnerScope &scope, const QDate &asOf, qint64 sharePpm, int limit, int batch)
{
    const DayRange recent { asOf.addYears(-1).addDays(1), asOf };
    const DayRange earlier { asOf.addYears(-2).addDays(1), asOf.addYears(-1) };
    // CustomerInsights' rule in the same integer form: earlier > 0 and
    // earlier − recent > earlier × share / 10^6, with earlier split into
    // q·10^6 + r so that no product leaves 64 bits.
    const auto atRisk = [sharePpm](qint64 before, qint64 after) {
        if (before <= 0)
            return false;
        const qint64 drop = before - after;
        return drop - (before / Rate::kScale) * sharePpm > ((before % Rate::kScale) * sharePpm) / Rate::kScale;
    };
    const auto larger = [](const ChurnEntry &a, const ChurnEntry &b) {
        const qint64 da = a.earlier - a.recent;
        const qint64 db = b.earlier - b.recent;
        return da != db ? da > db : a.customerId > b.customerId;
    };
    std::vector<ChurnEntry> best;
    const int step = std::max(batch, 1);
    for (int offset = 0;; offset += step) {
        auto candidates = store.churnCandidates(scope, earlier, offset, step);
        if (!candidates)
            return std::unexpected(candidates.error());
        // A drop is at most the earlier amount, so only customers whose
        // earlier amount reaches the current limit-th drop need their recent one.
        const bool full = qsizetype(best.size()) == limit;
        const qint64 floor = full ? best.back().earlier - best.back().recent : 0;
        const auto worthAsking = [&](const CustomerCandidate &c) { return c.first > 0 && (!full || c.first >= floor); };
        std::vector<qint64> ids;
        for (const CustomerCandidate &c : *candidates) {
            if (worthAsking(c))
                ids.push_back(c.customerId);
        }
        auto recentSums = store.signedForCustomers(ids, recent);
        if (!recentSums)
            return std::unexpected(recentSums.error());
        for (const CustomerCandidate &c : *candidates) {
            if (!worthAsking(c))
                continue;
            const qint64 latest = recentSums->contains(c.customerId) ? recentSums->at(c.customerId).amount : 0;
            if (atRisk(c.first, latest))
                best.push_back({ c.customerId, c.first, latest });
        }
        std::sort(best.begin(), best.end(), larger);
        if (qsizetype(best.size()) > limit)
            best.resize(std::size_t(limit));
        if (qsizetype(candidates->size()) < step)
            break;
        // A drop never exceeds the customer's all-time amount, the bound of everyone further down.
        if (qsizetype(best.size()) == limit && best.back().earlier - best.back().recent > candidates->back().bound)
            break;
    }
    return best;
}

void sortDescending(std::vector<QVariantList> &rows, int column)
{
    std::stable_sort(rows.begin(), rows.end(), [column](const QVariantList &a, const QVariantList &b) {
        return a.value(column).toLongLong() > b.value(column).toLongLong();
    });
}

} // namespace reports

} // namespace qianyue
