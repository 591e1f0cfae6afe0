#pragma once

#include "core/analytics/Report.h"
#include "tests/support/ChainFixture.h"

#include <QDate>
#include <QString>

#include <optional>

namespace qianyue::test {

/// Who owns a record made by the fixture: the chain's rep, nobody, or a user id.
inline constexpr qint64 kTheRep = -1;
inline constexpr qint64 kNobody = 0;

/// A contract as a test writes it; base_total is what reports count.
struct ContractSpec {
    QString signedOn = {};
    qint64 baseTotal = 0;
    QString status = QStringLiteral("signed");
    qint64 owner = kTheRep;
    qint64 customer = 0; ///< 0: the chain's customer
    QString currency = QStringLiteral("CNY");
    qint64 total = -1; ///< -1: the same as baseTotal
    qint64 ratePpm = 1'000'000;
};

/// An opportunity as a test writes it. Stage ids are the default pipeline's:
/// 1 needs analysis (10 %), 2 solution design (30 %), 3 quotation (60 %),
/// 4 contract negotiation (80 %), 5 won (100 %), 6 lost (0 %).
struct OpportunitySpec {
    QString createdOn = {};
    qint64 amount = 0;
    qint64 stage = 1;
    qint64 owner = kTheRep;
    qint64 customer = 0; ///< 0: the chain's customer; kNone: none
    QString currency = QStringLiteral("CNY");
    qint64 ratePpm = 1'000'000;
    qint64 probabilityPpm = -1; ///< -1: the stage's default
    QString expectedClose = {};
    QString closedOn = {};
    QString source = {};
};

/// A receivable as a test writes it.
struct ReceivableSpec {
    qint64 total = 0;
    qint64 received = 0;
    QString due = {}; ///< empty: none, so the invoice date counts
    QString date = QStringLiteral("2026-01-01");
    qint64 customer = 0;
    qint64 owner = kTheRep;
    QString currency = QStringLiteral("CNY");
    qint64 ratePpm = 1'000'000;
    QString status = QStringLiteral("open");
};

/// The chain fixture plus a second rep in a second team, English stage names,
/// and short ways to write the records reports read.
struct AnalyticsFixture : ChainFixture {
    AnalyticsFixture();

    /// customer = -1 in an OpportunitySpec means "no customer".
    static constexpr qint64 kNone = -1;

    qint64 otherTeamId = 0;
    qint64 otherRepId = 0; ///< "Bob Chen", rep of the second team

    qint64 contract(const ContractSpec &spec);
    qint64 opportunity(const OpportunitySpec &spec);
    qint64 lead(const QString &source, const QString &status, const QString &createdOn, qint64 owner = kTheRep);
    qint64 receivable(const ReceivableSpec &spec);
    qint64 customer(const QString &code, const QString &name, const QString &segment = QStringLiteral("C"),
        qint64 owner = kTheRep, bool churnRisk = false);
    qint64 target(qint64 userId, const QString &kind, const QString &start, const QString &end, qint64 amount);

    /// Runs a report and requires it to succeed.
    ReportTable run(const QString &name, const ReportFilter &filter = {});
    /// A filter for [from, to].
    static ReportFilter period(const QString &from, const QString &to);

private:
    QVariant ownerValue(qint64 owner) const;
    int m_numbers = 0;
};

/// The money of a row's column as minor units.
qint64 money(const ReportTable &table, qsizetype row, const QString &key);
/// The count of a row's column.
qint64 count(const ReportTable &table, qsizetype row, const QString &key);
/// The text of a row's column as ReportTable::text writes it.
QString text(const ReportTable &table, qsizetype row, const QString &key);

} // namespace qianyue::test
