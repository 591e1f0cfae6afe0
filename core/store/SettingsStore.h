#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace qianyue {

class Database;

/// The company-wide settings (base currency, numbering patterns, default tax
/// rate, segment and churn thresholds) kept in the database itself.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(Database &database);

    /// The stored value, or `fallback` when the key was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    /// The stored value read as an integer (for *_ppm settings).
    Result<qint64> integer(const QString &key, qint64 fallback) const;
    Result<void> setValue(const QString &key, const QString &value);
    /// Every setting whose key starts with `prefix` (e.g. "exchange_rate_ppm."), by key.
    Result<QList<QPair<QString, QString>>> withPrefix(const QString &prefix) const;

    /// The currency every dashboard converts to.
    Result<QString> baseCurrency() const;

private:
    Database &m_db;
};

} // namespace qianyue
