#pragma once

#include "core/domain/Error.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace qianyue {

/// Reads the values people type into spreadsheets: dates in several
/// spellings, amounts with currency signs, percentages and yes/no; and
/// finds the names closest to a misspelt one.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    /// "2026-03-02", "2026/3/2", "2026.3.2", "2026年3月2日", "20260302", an ISO
    /// date-time (its date), or the short date format of `locale`.
    static Result<QDate> date(const QString &text, const QLocale &locale = QLocale());
    /// A date with an optional time ("2026-03-02 09:30", "2026/3/2 9:30:15",
    /// ISO 8601 with 'Z' or an offset). Without a zone the time is in `zone`.
    static Result<QDateTime> dateTime(const QString &text, const QTimeZone &zone, const QLocale &locale = QLocale());
    /// An amount: Money::parse after dropping currency signs (¥ ￥ $ € £), a
    /// trailing 元 and the grouping spaces some systems use. Empty text is zero.
    static Result<Money> money(const QString &text, const QString &currency);
    /// A ratio in millionths: "60%", "0.6" and "60" all give 600000 (plain
    /// numbers above 1 are read as per cent); `limitToOne` refuses more than 100 %.
    static Result<qint64> percent(const QString &text, bool limitToOne);
    /// yes/no in English or Chinese (是/否), 1/0, true/false, ✓; nullopt when not recognised.
    static std::optional<bool> boolean(const QString &text);

    /// Levenshtein distance between two texts, ignoring case.
    static int editDistance(const QString &a, const QString &b);
    /// Up to `count` of `names` closest to `wanted`: names that contain it or
    /// that it contains first, then those within a few edits, nearest first.
    static QStringList closest(const QString &wanted, const QStringList &names, int count = 3);
};

} // namespace qianyue
