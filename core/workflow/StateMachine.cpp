#include "core/workflow/StateMachine.h"

#include "core/store/RecordStore.h"

#include <QHash>

namespace qianyue {

StateMachine::StateMachine(QString table, std::vector<Transition> transitions)
    : m_table(std::move(table))
    , m_transitions(std::move(transitions))
{
}

Result<QString> StateMachine::target(const QString &current, const QString &action) const
{
    for (const Transition &t : m_transitions) {
        if (t.from == current && t.action == action)
            return t.to;
    }
    QStringList allowed;
    for (const QString &next : allowedActions(current))
        allowed << ChainNames::action(next);
    const QString kind = RecordStore::kindName(m_table);
    const QString state = ChainNames::state(m_table, current);
    if (allowed.isEmpty())
        return fail(ErrorKind::IllegalTransition,
                    tr("Cannot %1 a %2 that is %3: no further steps are possible.")
                        .arg(ChainNames::action(action), kind, state));
    return fail(ErrorKind::IllegalTransition, tr("Cannot %1 a %2 that is %3. Allowed next: %4.")
                                                  .arg(ChainNames::action(action), kind, state,
                                                       allowed.join(tr(", "))));
}

QStringList StateMachine::allowedActions(const QString &current) const
{
    QStringList actions;
    for (const Transition &t : m_transitions) {
        if (t.from == current && !actions.contains(t.action))
            actions << t.action;
    }
    return actions;
}

QString ChainNames::state(const QString &table, const QString &state)
{
    static const QHash<QString, const char *> common = {
        {QStringLiteral("unassigned"), QT_TR_NOOP("unassigned (未分配)")},
        {QStringLiteral("assigned"), QT_TR_NOOP("assigned (已分配)")},
        {QStringLiteral("converted"), QT_TR_NOOP("converted (成功关闭)")},
        {QStringLiteral("disqualified"), QT_TR_NOOP("disqualified (失败关闭)")},
        {QStringLiteral("open"), QT_TR_NOOP("open")},
        {QStringLiteral("won"), QT_TR_NOOP("won")},
        {QStringLiteral("lost"), QT_TR_NOOP("lost")},
        {QStringLiteral("submitted"), QT_TR_NOOP("submitted for approval")},
        {QStringLiteral("approved"), QT_TR_NOOP("approved (已核准)")},
        {QStringLiteral("accepted"), QT_TR_NOOP("accepted (已接受)")},
        {QStringLiteral("rejected"), QT_TR_NOOP("rejected (已拒绝)")},
        {QStringLiteral("in_review"), QT_TR_NOOP("in review (审批中)")},
        {QStringLiteral("signed"), QT_TR_NOOP("signed (已签订)")},
        {QStringLiteral("executing"), QT_TR_NOOP("executing (履行中)")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed (已完成)")},
        {QStringLiteral("terminated"), QT_TR_NOOP("terminated (已终止)")},
        {QStringLiteral("shipped"), QT_TR_NOOP("shipped")},
        {QStringLiteral("invoiced"), QT_TR_NOOP("invoiced")},
        {QStringLiteral("closed"), QT_TR_NOOP("closed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
        {QStringLiteral("settled"), QT_TR_NOOP("settled (款已完)")},
        {QStringLiteral("in_approval"), QT_TR_NOOP("in approval (审批中)")},
        {QStringLiteral("planned"), QT_TR_NOOP("planned")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},
    };
    // The same word means different things on different records.
    if (table == u"quotes" && state == u"drafting")
        return tr("being drafted (报价中)");
    if (table == u"contracts" && state == u"drafting")
        return tr("being drafted (拟订)");
    if (table == u"customer_commissions" && state == u"drafting")
        return tr("being drafted (拟订中)");
    if (table == u"customer_commissions" && state == u"executing")
        return tr("in force (执行中)");
    if (table == u"receivables" && state == u"open")
        return tr("open (款未完)");
    const auto it = common.constFind(state);
    return it == common.constEnd() ? state : tr(it.value());
}

QString ChainNames::action(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("assign"), QT_TR_NOOP("assign")},
        {QStringLiteral("convert"), QT_TR_NOOP("convert")},
        {QStringLiteral("disqualify"), QT_TR_NOOP("disqualify")},
        {QStringLiteral("change_stage"), QT_TR_NOOP("change the stage of")},
        {QStringLiteral("win"), QT_TR_NOOP("win")},
        {QStringLiteral("lose"), QT_TR_NOOP("lose")},
        {QStringLiteral("reopen"), QT_TR_NOOP("reopen")},
        {QStringLiteral("edit"), QT_TR_NOOP("edit")},
        {QStringLiteral("revise"), QT_TR_NOOP("make a new version of")},
        {QStringLiteral("submit"), QT_TR_NOOP("submit")},
        {QStringLiteral("approve"), QT_TR_NOOP("approve")},
        {QStringLiteral("send_back"), QT_TR_NOOP("send back")},
        {QStringLiteral("accept"), QT_TR_NOOP("accept")},
        {QStringLiteral("reject"), QT_TR_NOOP("reject")},
        {QStringLiteral("sign"), QT_TR_NOOP("sign")},
        {QStringLiteral("start"), QT_TR_NOOP("start")},
        {QStringLiteral("complete"), QT_TR_NOOP("complete")},
        {QStringLiteral("terminate"), QT_TR_NOOP("terminate")},
        {QStringLiteral("order"), QT_TR_NOOP("create an order from")},
        {QStringLiteral("ship"), QT_TR_NOOP("ship")},
        {QStringLiteral("invoice"), QT_TR_NOOP("invoice")},
        {QStringLiteral("close"), QT_TR_NOOP("close")},
        {QStringLiteral("cancel"), QT_TR_NOOP("cancel")},
        {QStringLiteral("execute"), QT_TR_NOOP("put in force")},
        {QStringLiteral("done"), QT_TR_NOOP("mark as done")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

namespace chain {

const StateMachine &leads()
{
    static const StateMachine machine(QStringLiteral("leads"),
                                      {
                                          {QStringLiteral("assign"), QStringLiteral("unassigned"), QStringLiteral("assigned")},
                                          {QStringLiteral("assign"), QStringLiteral("assigned"), QStringLiteral("assigned")},
                                          {QStringLiteral("convert"), QStringLiteral("assigned"), QStringLiteral("converted")},
                                          {QStringLiteral("disqualify"), QStringLiteral("unassigned"), QStringLiteral("disqualified")},
                                          {QStringLiteral("disqualify"), QStringLiteral("assigned"), QStringLiteral("disqualified")},
                                      });
    return machine;
}

const StateMachine &opportunities()
{
    static const StateMachine machine(QStringLiteral("opportunities"),
                                      {
                                          {QStringLiteral("change_stage"), QStringLiteral("open"), QStringLiteral("open")},
                                          {QStringLiteral("win"), QStringLiteral("open"), QStringLiteral("won")},
                                          {QStringLiteral("lose"), QStringLiteral("open"), QStringLiteral("lost")},
                                          {QStringLiteral("reopen"), QStringLiteral("won"), QStringLiteral("open")},
                                          {QStringLiteral("reopen"), QStringLiteral("lost"), QStringLiteral("open")},
                                      });
    return machine;
}

const StateMachine &quotes()
{
    static const StateMachine machine(QStringLiteral("quotes"),
                                      {
                                          {QStringLiteral("edit"), QStringLiteral("drafting"), QStringLiteral("drafting")},
                                          {QStringLiteral("submit"), QStringLiteral("drafting"), QStringLiteral("submitted")},
                                          {QStringLiteral("approve"), QStringLiteral("submitted"), QStringLiteral("approved")},
                                          {QStringLiteral("send_back"), QStringLiteral("submitted"), QStringLiteral("drafting")},
                                          {QStringLiteral("accept"), QStringLiteral("approved"), QStringLiteral("accepted")},
                                          {QStringLiteral("reject"), QStringLiteral("approved"), QStringLiteral("rejected")},
                                          {QStringLiteral("revise"), QStringLiteral("drafting"), QStringLiteral("drafting")},
                                          {QStringLiteral("revise"), QStringLiteral("submitted"), QStringLiteral("submitted")},
                                          {QStringLiteral("revise"), QStringLiteral("approved"), QStringLiteral("approved")},
                                          {QStringLiteral("revise"), QStringLiteral("rejected"), QStringLiteral("rejected")},
                                      });
    return machine;
}

const StateMachine &contracts()
{
    static const StateMachine machine(QStringLiteral("contracts"),
                                      {
                                          {QStringLiteral("edit"), QStringLiteral("drafting"), QStringLiteral("drafting")},
                                          {QStringLiteral("submit"), QStringLiteral("drafting"), QStringLiteral("in_review")},
                                          {QStringLiteral("send_back"), QStringLiteral("in_review"), QStringLiteral("drafting")},
                                          {QStringLiteral("sign"), QStringLiteral("in_review"), QStringLiteral("signed")},
                                          {QStringLiteral("order"), QStringLiteral("signed"), QStringLiteral("signed")},
                                          {QStringLiteral("order"), QStringLiteral("executing"), QStringLiteral("executing")},
                                          {QStringLiteral("start"), QStringLiteral("signed"), QStringLiteral("executing")},
                                          {QStringLiteral("complete"), QStringLiteral("executing"), QStringLiteral("completed")},
                                          {QStringLiteral("terminate"), QStringLiteral("drafting"), QStringLiteral("terminated")},
                                          {QStringLiteral("terminate"), QStringLiteral("in_review"), QStringLiteral("terminated")},
                                          {QStringLiteral("terminate"), QStringLiteral("signed"), QStringLiteral("terminated")},
                                          {QStringLiteral("terminate"), QStringLiteral("executing"), QStringLiteral("terminated")},
                                      });
    return machine;
}

const StateMachine &salesOrders()
{
    static const StateMachine machine(QStringLiteral("sales_orders"),
                                      {
                                          {QStringLiteral("ship"), QStringLiteral("open"), QStringLiteral("shipped")},
                                          {QStringLiteral("invoice"), QStringLiteral("open"), QStringLiteral("invoiced")},
                                          {QStringLiteral("invoice"), QStringLiteral("shipped"), QStringLiteral("invoiced")},
                                          {QStringLiteral("close"), QStringLiteral("invoiced"), QStringLiteral("closed")},
                                          {QStringLiteral("cancel"), QStringLiteral("open"), QStringLiteral("cancelled")},
                                      });
    return machine;
}

const StateMachine &customerCommissions()
{
    static const StateMachine machine(QStringLiteral("customer_commissions"),
                                      {
                                          {QStringLiteral("submit"), QStringLiteral("drafting"), QStringLiteral("in_approval")},
                                          {QStringLiteral("send_back"), QStringLiteral("in_approval"), QStringLiteral("drafting")},
                                          {QStringLiteral("approve"), QStringLiteral("in_approval"), QStringLiteral("executing")},
                                          {QStringLiteral("close"), QStringLiteral("executing"), QStringLiteral("closed")},
                                      });
    return machine;
}

const StateMachine &activities()
{
    static const StateMachine machine(QStringLiteral("activities"),
                                      {
                                          {QStringLiteral("done"), QStringLiteral("planned"), QStringLiteral("done")},
                                          {QStringLiteral("cancel"), QStringLiteral("planned"), QStringLiteral("cancelled")},
                                          {QStringLiteral("reopen"), QStringLiteral("done"), QStringLiteral("planned")},
                                          {QStringLiteral("reopen"), QStringLiteral("cancelled"), QStringLiteral("planned")},
                                      });
    return machine;
}

} // namespace chain

} // namespace qianyue
