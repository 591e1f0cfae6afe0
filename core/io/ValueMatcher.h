#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

class Database;

/// Tells which values of a file's column an import would not recognise, for
/// fields that take one value of a list (a choice such as the lead source) or
/// name another record (owner, customer, stage, product): the import wizard
/// offers the user to map those values to known ones before importing, as
/// --values does on the command line.
class ValueMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ValueMatcher)

public:
    /// One value that can be chosen instead: what is written into the
    /// mapping, and how it is shown.
    struct Known {
        QString value;
        QString label;
    };

    /// Whether `field` of `kind` takes values from a list or names records.
    static bool isMatched(const QString &kind, const QString &field);
    /// The matcher of one field; fails for a field that is not matched or when the database fails.
    static Result<ValueMatcher> forField(Database &database, const QString &kind, const QString &field);

    /// Whether the import recognises `text` (ignoring case and spacing).
    bool matches(const QString &text) const;
    /// The distinct values of `texts` that are not recognised, in first-seen
    /// order; a product list ("A; B") is split into its names.
    QStringList unmatched(const QStringList &texts) const;
    /// What can be chosen instead (choices with both labels; record names).
    const std::vector<Known> &known() const { return m_known; }

private:
    ValueMatcher() = default;
    void addKey(const QString &text);

    QString m_choiceList; ///< set for a choice field
    bool m_splitList = false;
    QSet<QString> m_keys;
    std::vector<Known> m_known;
};

} // namespace qianyue
