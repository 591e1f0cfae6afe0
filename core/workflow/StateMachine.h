#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace qianyue {

/// One legal step: `action` moves a record from state `from` to state `to`.
struct Transition {
    QString action;
    QString from;
    QString to;
};

/// The legal states and steps of one kind of record. The workflow asks it
/// before every state change; the UI asks it which buttons to show.
class StateMachine
{
    Q_DECLARE_TR_FUNCTIONS(StateMachine)

public:
    StateMachine(QString table, std::vector<Transition> transitions);

    /// The state `action` leads to from `current`, or an IllegalTransition
    /// error that names what is allowed next.
    Result<QString> target(const QString &current, const QString &action) const;
    /// The actions allowed from `current`, in declaration order.
    QStringList allowedActions(const QString &current) const;
    QString table() const { return m_table; }

private:
    QString m_table;
    std::vector<Transition> m_transitions;
};

/// Translated names of the states and actions of the chain's records.
class ChainNames
{
    Q_DECLARE_TR_FUNCTIONS(ChainNames)

public:
    /// "已签订 signed" style name of a record state, in the current language.
    static QString state(const QString &table, const QString &state);
    /// The name of a workflow action ("sign", "approve") in the current language.
    static QString action(const QString &action);
};

/// The state machines of the chain (seed 003), one per record kind.
namespace chain {
const StateMachine &leads();
const StateMachine &opportunities();
const StateMachine &quotes();
const StateMachine &contracts();
const StateMachine &salesOrders();
const StateMachine &customerCommissions();
const StateMachine &activities();
} // namespace chain

} // namespace qianyue
