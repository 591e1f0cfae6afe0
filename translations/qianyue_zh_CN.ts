<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityText</name>
    <message>
        <source>Lead: %1</source>
        <translation>线索：%1</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>无计划时间</translation>
    </message>
</context>
<context>
    <name>ActivityWorkflow</name>
    <message>
        <source>%1 is not a date and time: &apos;%2&apos;. Write it as 2026-03-02T09:30.</source>
        <translation>%1“%2”不是有效的日期时间，请按 2026-03-02T09:30 的格式填写。</translation>
    </message>
    <message>
        <source>Choose the kind of activity: call, visit, demo, email, meeting or task.</source>
        <translation>请选择销售活动类型：电话、拜访、演示、邮件、会议或任务。</translation>
    </message>
    <message>
        <source>The subject of the activity</source>
        <translation>销售活动主题</translation>
    </message>
    <message>
        <source>Link the activity to a customer, a contact, a lead or an opportunity.</source>
        <translation>请将销售活动关联到客户、联系人、线索或商机。</translation>
    </message>
    <message>
        <source>The due time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>The reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>The reminder (%1) comes after the activity is due (%2).</source>
        <translation>提醒时间（%1）晚于销售活动的计划时间（%2），请把提醒设在计划时间之前。</translation>
    </message>
    <message>
        <source>%1 is not a contact of the chosen customer.</source>
        <translation>%1 不是所选客户的联系人。</translation>
    </message>
    <message>
        <source>Choose when the activity was done.</source>
        <translation>请选择销售活动的完成时间。</translation>
    </message>
    <message>
        <source>Choose the current time and the last day of the agenda.</source>
        <translation>请选择当前时间和日程的最后一天。</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Keep between 1 and %1 backups, not %2.</source>
        <translation>保留的备份数应在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <source>No temporary folder to check the backup in.</source>
        <translation>没有可用于检查备份的临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the backup file.</source>
        <translation>无法读取备份文件。</translation>
    </message>
    <message>
        <source>The backup is damaged: SQLite&apos;s integrity check reports %1</source>
        <translation>备份已损坏：SQLite 完整性检查报告 %1</translation>
    </message>
    <message>
        <source>The backup just written failed SQLite&apos;s integrity check and was deleted: %1</source>
        <translation>刚写入的备份未通过 SQLite 完整性检查，已被删除：%1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>无法创建备份文件夹。</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The automatic backup of %1 could not be made:
%2
Your data itself is unchanged.</source>
        <translation>无法为 %1 创建自动备份：
%2
您的数据本身没有变化。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Qianyue databases (*.db *.sqlite *.qianyue);;All files (*)</source>
        <translation>签约数据库 (*.db *.sqlite *.qianyue);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This is the open database itself, not a backup of it.</source>
        <translation>这是当前打开的数据库本身，而不是它的备份。</translation>
    </message>
    <message>
        <source>This backup cannot be restored:
%1</source>
        <translation>无法恢复此备份：
%1</translation>
    </message>
    <message>
        <source>Replace the open database %1 with the backup %2 of %3 (%4 customers, %5 contracts)?
The current database is kept as %1.bak.</source>
        <translation>用 %3 的备份 %2（%4 个客户，%5 份合同）替换当前打开的数据库 %1 吗？
当前数据库将保留为 %1.bak。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Nothing was restored:
%1</source>
        <translation>未恢复任何内容：
%1</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2

The newest automatic backup of it is from %3 (%4). Restore it? The damaged file is kept as %1.bak.</source>
        <translation>无法打开 %1：
%2

它最新的自动备份来自 %3（%4）。要恢复吗？损坏的文件将保留为 %1.bak。</translation>
    </message>
    <message>
        <source>No backup could be restored:
%1</source>
        <translation>没有可以恢复的备份：
%1</translation>
    </message>
</context>
<context>
    <name>ChainLinkStore</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>该%1已不存在。</translation>
    </message>
</context>
<context>
    <name>ChainNames</name>
    <message>
        <source>unassigned (未分配)</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>assigned (已分配)</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>converted (成功关闭)</source>
        <translation>成功关闭</translation>
    </message>
    <message>
        <source>disqualified (失败关闭)</source>
        <translation>失败关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>submitted for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved (已核准)</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>accepted (已接受)</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected (已拒绝)</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>in review (审批中)</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>signed (已签订)</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>executing (履行中)</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>completed (已完成)</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>terminated (已终止)</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>settled (款已完)</source>
        <translation>款已完</translation>
    </message>
    <message>
        <source>in approval (审批中)</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>being drafted (报价中)</source>
        <translation>报价中</translation>
    </message>
    <message>
        <source>being drafted (拟订)</source>
        <translation>拟订</translation>
    </message>
    <message>
        <source>being drafted (拟订中)</source>
        <translation>拟订中</translation>
    </message>
    <message>
        <source>in force (执行中)</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>open (款未完)</source>
        <translation>款未完</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>转为商机</translation>
    </message>
    <message>
        <source>disqualify</source>
        <translation>失败关闭</translation>
    </message>
    <message>
        <source>change the stage of</source>
        <translation>变更销售阶段</translation>
    </message>
    <message>
        <source>win</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>lose</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>make a new version of</source>
        <translation>创建新版本</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>send back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>签订</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始履行</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>create an order from</source>
        <translation>生成销售订单</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>put in force</source>
        <translation>开始执行</translation>
    </message>
    <message>
        <source>mark as done</source>
        <translation>标记为已完成</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>%1 (ten thousands)</source>
        <translation>%1（万）</translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation>%1（千）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>%1
%2 opportunities in this stage</source>
        <translation>%1
本阶段 %2 个机会</translation>
    </message>
    <message>
        <source>
%1 reached it or went further</source>
        <translation>
%1 个到达本阶段或更后</translation>
    </message>
    <message>
        <source>
%1 went on to the next stage</source>
        <translation>
%1 进入下一阶段</translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Previous 12 months</source>
        <translation>前12个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change rate</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>The setting churn_drop_share_ppm must lie between 0 and 1000000; it is %1.</source>
        <translation>设置 churn_drop_share_ppm 必须在 0 到 1000000 之间，当前为 %1。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The Qianyue database file.</source>
        <translation>签约数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>消息语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Create a new, empty database (refuses an existing file).</source>
        <translation>创建新的空数据库（不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli [--db FILE] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：qianyue-cli [--db 文件] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Print this help, or a command&apos;s help after its name.</source>
        <translation>显示本帮助；放在命令名之后则显示该命令的帮助。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;qianyue-cli --help&apos; for the list of commands.</source>
        <translation>未知命令“%1”。运行“qianyue-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>显示此命令的帮助。</translation>
    </message>
    <message>
        <source>This command needs a database: add --db FILE.</source>
        <translation>此命令需要数据库：请加上 --db 文件。</translation>
    </message>
    <message>
        <source>Created an empty Qianyue database at %1 (schema %2).</source>
        <translation>已在 %1 创建空的签约数据库（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Fill a new database with demo data.</source>
        <translation>向新数据库填充演示数据。</translation>
    </message>
    <message>
        <source>small (a few dozen customers, every state), reference (100 000 customers) or a number of customers.</source>
        <translation>small（几十个客户，涵盖所有状态）、reference（10 万个客户），或直接填写客户数量。</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>随机种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to OUT.</source>
        <translation>将数据库的一致性副本写入目标文件。</translation>
    </message>
    <message>
        <source>Replace the database with the backup IN, after checking it; keeps the old file as .bak.</source>
        <translation>检查备份文件后用它替换数据库；原数据库文件保留为 .bak。</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &apos;%1&apos;.</source>
        <translation>--seed 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scale must be small, reference or a number of customers between 1 and 10000000, not &apos;%1&apos;.</source>
        <translation>--scale 必须是 small、reference 或 1 到 10000000 之间的客户数量，而不是“%1”。</translation>
    </message>
    <message>
        <source>Demo company written to %1 in %2 s.</source>
        <translation>演示公司已写入 %1，用时 %2 秒。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 s)</source>
        <translation>%1：%2/%3（%4 秒）</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s.</source>
        <translation>演示数据已写入 %1，用时 %2 秒。</translation>
    </message>
    <message>
        <source>ok      </source>
        <translation>通过    </translation>
    </message>
    <message>
        <source>FAILED  </source>
        <translation>失败    </translation>
    </message>
    <message>
        <source>Clean: %1 checks passed.</source>
        <translation>全部正常：%1 项检查均已通过。</translation>
    </message>
    <message>
        <source>%1 problem(s) found.</source>
        <translation>发现 %1 个问题。</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE backup OUT</source>
        <translation>用法：qianyue-cli --db 文件 backup 目标文件</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1，并已通过检查。</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE restore IN</source>
        <translation>用法：qianyue-cli --db 文件 restore 备份文件</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Export (export) or erase (erase) what is held about one person: --contact ID or --customer ID.</source>
        <translation>导出（export）或删除（erase）某个人的个人信息：--contact 编号 或 --customer 编号。</translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation>联系人的编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The id of a customer who is a person.</source>
        <translation>个人客户的编号。</translation>
    </message>
    <message>
        <source>Write the export to FILE instead of the screen.</source>
        <translation>将导出内容写入指定文件，而不是显示在屏幕上。</translation>
    </message>
    <message>
        <source>Confirm an erasure, which cannot be undone.</source>
        <translation>确认删除（删除后无法撤销）。</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE privacy export|erase --contact ID|--customer ID [--out FILE] [--yes]</source>
        <translation>用法：qianyue-cli --db 文件 privacy export|erase --contact 编号|--customer 编号 [--out 文件] [--yes]</translation>
    </message>
    <message>
        <source>The id must be a whole number.</source>
        <translation>编号必须是整数。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Personal data written to %1.</source>
        <translation>个人信息已写入 %1。</translation>
    </message>
    <message>
        <source>Erasing personal data cannot be undone. Add --yes to confirm.</source>
        <translation>删除个人信息后无法撤销。如确认删除，请加上 --yes。</translation>
    </message>
    <message>
        <source>The personal data was erased; contracts and amounts were kept.</source>
        <translation>个人信息已删除，合同和金额均已保留。</translation>
    </message>
    <message>
        <source>Check integrity, foreign keys, schema version, the sales chain&apos;s invariants, the report roll-ups and the search index.</source>
        <translation>检查数据完整性、外键、数据库结构版本、销售链各环节的数据一致性、报表汇总表以及搜索索引。</translation>
    </message>
    <message>
        <source>Rebuild the report roll-ups and the search index when they differ from the records.</source>
        <translation>当报表汇总表和搜索索引与记录不一致时，重新生成它们。</translation>
    </message>
    <message>
        <source>Repaired: rebuilt the report roll-ups and the search index from the records.</source>
        <translation>已修复：已根据记录重新生成报表汇总表和搜索索引。</translation>
    </message>
    <message>
        <source>Report roll-ups and search index match the records</source>
        <translation>报表汇总表和搜索索引与记录一致</translation>
    </message>
    <message>
        <source>Run check --repair to rebuild the report roll-ups and the search index.</source>
        <translation>请运行 check --repair 重新生成报表汇总表和搜索索引。</translation>
    </message>
</context>
<context>
    <name>CommissionWorkflow</name>
    <message>
        <source>Choose both the first and the last day of the period.</source>
        <translation>请同时选择期间的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>期间的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A commission rate lies between 0 % and 100 %; %1 does not.</source>
        <translation>佣金比例必须在 0% 到 100% 之间，%1 超出了此范围。</translation>
    </message>
    <message>
        <source>Choose the date the commission is booked on.</source>
        <translation>请选择佣金的计提日期。</translation>
    </message>
    <message>
        <source>A payout must be more than zero.</source>
        <translation>发放金额必须大于零。</translation>
    </message>
    <message>
        <source>Choose the date the commission was paid.</source>
        <translation>请选择佣金的发放日期。</translation>
    </message>
    <message>
        <source>The commission is booked in %1; the payout is in %2.</source>
        <translation>佣金以 %1 计提，发放金额却是 %2；两者币种必须一致。</translation>
    </message>
    <message>
        <source>Paying %1 would bring this commission to %2 paid, more than the %3 accrued (%4 already paid).</source>
        <translation>再发放 %1 后，此笔佣金的已发放金额将达到 %2，超过已计提的 %3（已发放 %4）。</translation>
    </message>
</context>
<context>
    <name>ContentLineCodec</name>
    <message>
        <source>A property name is missing at the start of the line.</source>
        <translation>行首缺少属性名。</translation>
    </message>
    <message>
        <source>The property %1 has an empty parameter (&quot;;;&quot;).</source>
        <translation>属性 %1 有一个空参数（&quot;;;&quot;）。</translation>
    </message>
    <message>
        <source>A quoted parameter value of %1 is not closed.</source>
        <translation>%1 的一个带引号的参数值没有闭合。</translation>
    </message>
    <message>
        <source>A parameter of %1 has no name.</source>
        <translation>%1 的一个参数没有名称。</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; of %2 has no value.</source>
        <translation>%2 的参数“%1”没有值。</translation>
    </message>
    <message>
        <source>Unexpected text in the parameters of %1.</source>
        <translation>%1 的参数中有多余的文字。</translation>
    </message>
    <message>
        <source>The property %1 has no &apos;:&apos; before its value.</source>
        <translation>属性 %1 的值前缺少“:”。</translation>
    </message>
</context>
<context>
    <name>ContractAmountByCustomer</name>
    <message>
        <source>Top customers by contract amount</source>
        <translation>签约金额最高的客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
</context>
<context>
    <name>ContractAmountByMonth</name>
    <message>
        <source>Contract amount by month</source>
        <translation>按月签约金额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Amount a year earlier</source>
        <translation>去年同期金额</translation>
    </message>
    <message>
        <source>Contracts a year earlier</source>
        <translation>去年同期合同数</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>同比增长</translation>
    </message>
</context>
<context>
    <name>ContractAmountByOwner</name>
    <message>
        <source>Contract amount by salesperson</source>
        <translation>按销售人员签约金额</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>ContractWorkflow</name>
    <message>
        <source>The contract date is required.</source>
        <translation>请填写合同日期。</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 has been replaced by a newer revision; make the contract from the newest one.</source>
        <translation>报价单 %1 的第 %2 版已被新版本取代，请用最新版本生成合同。</translation>
    </message>
    <message>
        <source>Only a quote the customer accepted can become a contract; quote %1 is %2.</source>
        <translation>只有客户已接受的报价单才能生成合同；报价单 %1 当前为“%2”。</translation>
    </message>
    <message>
        <source>Quote %1 already became the contract %2; open that contract instead.</source>
        <translation>报价单 %1 已生成合同 %2，请直接打开该合同。</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the contract for review.</source>
        <translation>提交合同审批前，请至少添加一行明细。</translation>
    </message>
    <message>
        <source>The signing date is required.</source>
        <translation>请填写签订日期。</translation>
    </message>
    <message>
        <source>The start and end dates of the contract must be valid dates.</source>
        <translation>合同的开始日期和结束日期必须是有效日期。</translation>
    </message>
    <message>
        <source>The contract cannot end (%1) before it starts (%2).</source>
        <translation>合同的结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>请填写开始日期。</translation>
    </message>
    <message>
        <source>Contract %1 still has orders that are not invoiced: %2. Invoice or cancel them before completing it.</source>
        <translation>合同 %1 仍有未开票的销售订单：%2。请先为这些订单开票或将其取消，再完成合同。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The reason for the termination</source>
        <translation>终止原因</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>--map %1=%2: the file has no column &apos;%2&apos;; its columns are: %3.</source>
        <translation>--map %1=%2：文件中没有“%2”列；文件的列为：%3。</translation>
    </message>
    <message>
        <source>No column gives the required field &apos;%1&apos; (%2 / %3); name a column so or use --map %1=COLUMN.</source>
        <translation>没有任何列提供必填字段“%1”（%2 / %3）；请把某一列命名为它，或使用 --map %1=列。</translation>
    </message>
    <message>
        <source>Column %1 &apos;%2&apos; is not imported: it names no field of %3 (see --fields, or use --map).</source>
        <translation>第 %1 列“%2”未导入：它不是%3的任何字段（参见 --fields，或使用 --map）。</translation>
    </message>
    <message>
        <source>No column gives the required field &apos;%1&apos; (%2 / %3).</source>
        <translation>没有列提供必填字段“%1”（%2 / %3）。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is not closed: a &apos;&quot;&apos; is missing before the end of the file.</source>
        <translation>从第 %1 行开始的带引号字段没有闭合：文件结束前缺少一个双引号（&quot;）。</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>字段的结束引号之后出现了多余的文本；带引号的字段中如含有双引号，须连写两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has only %2; is a delimiter (%3) inside a value that is not quoted?</source>
        <translation>此行有 %1 个字段，但表头只有 %2 个；是否有未加引号的值中含有分隔符（%3）？</translation>
    </message>
    <message>
        <source>The file is empty: a header row naming the columns is needed.</source>
        <translation>文件为空：需要一行写明各列名称的表头。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>CustomerCommissionWorkflow</name>
    <message>
        <source>Contract %1 belongs to another customer.</source>
        <translation>合同 %1 属于其他客户。</translation>
    </message>
    <message>
        <source>A rebate is paid on signed business; contract %1 is %2.</source>
        <translation>返利只针对已签订的业务；合同 %1 当前为“%2”。</translation>
    </message>
    <message>
        <source>The name of the customer commission</source>
        <translation>客户佣金名称</translation>
    </message>
    <message>
        <source>A commission ratio lies between 0 % and 100 %; %1 does not.</source>
        <translation>佣金比例必须在 0% 到 100% 之间，%1 超出了此范围。</translation>
    </message>
    <message>
        <source>Base the customer commission either on one contract or on a period of signed contracts.</source>
        <translation>客户佣金须以一份合同为基础，或以某一期间内已签订的合同为基础，二者只能选其一。</translation>
    </message>
    <message>
        <source>Choose both the first and the last day of the period.</source>
        <translation>请同时选择期间的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>期间的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The commission amount is zero; check the ratio and the sales it is based on.</source>
        <translation>佣金金额为零，请检查佣金比例及其所依据的销售金额。</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>支付金额必须大于零。</translation>
    </message>
    <message>
        <source>Payments are recorded only while the customer commission is in force; this one is %1.</source>
        <translation>只有执行中的客户佣金才能登记支付；此客户佣金当前为“%1”。</translation>
    </message>
    <message>
        <source>The customer commission is in %1; the payment is in %2.</source>
        <translation>客户佣金以 %1 计价，支付金额却是 %2；两者币种必须一致。</translation>
    </message>
    <message>
        <source>Paying %1 would bring the customer commission to %2 paid, more than its amount of %3.</source>
        <translation>再支付 %1 后，此客户佣金的已支付金额将达到 %2，超过佣金金额 %3。</translation>
    </message>
    <message>
        <source>Only a customer commission being drafted can be recalculated; this one is %1.</source>
        <translation>只有拟订中的客户佣金才能重新计算；此客户佣金当前为“%1”。</translation>
    </message>
</context>
<context>
    <name>CustomerInsights</name>
    <message>
        <source>The setting %1 must lie between 0 and 1000000 (millionths); it is %2.</source>
        <translation>设置项 %1 必须在 0 到 1000000 之间（以百万分之一为单位），当前为 %2。</translation>
    </message>
    <message>
        <source>Choose the day the customer segments are computed for.</source>
        <translation>请选择计算客户分级所依据的日期。</translation>
    </message>
    <message>
        <source>The shares of segments A (%1) and B (%2) add up to more than 100 %.</source>
        <translation>A 级客户（%1）与 B 级客户（%2）的占比之和超过了 100%。</translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>Customer segments</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Churn risks</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Share of amount</source>
        <translation>金额占比</translation>
    </message>
</context>
<context>
    <name>CustomerSummaryStore</name>
    <message>
        <source>The customer with id %1 does not exist.</source>
        <translation>ID 为 %1 的客户不存在。</translation>
    </message>
</context>
<context>
    <name>DashboardKpisReport</name>
    <message>
        <source>Dashboard key figures</source>
        <translation>仪表盘关键指标</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>New opportunities</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Outstanding receivables</source>
        <translation>应收未收</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Line %1: the card has no name, phone number or e-mail address; skipped.</source>
        <translation>第 %1 行：该名片没有姓名、电话或邮箱，已跳过。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Line %1: the reminder of &apos;%2&apos; comes after its start and was left out.</source>
        <translation>第 %1 行：“%2”的提醒时间晚于开始时间，已忽略该提醒。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no customer, contact, lead or opportunity of Qianyue; choose a customer for the calendar&apos;s events (--customer NAME).</source>
        <translation>“%1”没有指明签约中的客户、联系人、线索或商机；请为日历中的事件指定一个客户（--customer 名称）。</translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; repeats; only its first occurrence was imported.</source>
        <translation>第 %1 行：“%2”是重复事件，只导入了第一次。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; use one of: %2.</source>
        <translation>未知的记录类型“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>vCard files carry contacts only, not %1.</source>
        <translation>vCard 文件只能承载联系人，不能承载%1。</translation>
    </message>
    <message>
        <source>iCalendar files carry activities only, not %1.</source>
        <translation>iCalendar 文件只能承载销售活动，不能承载%1。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) given only as a link were not fetched or kept.</source>
        <translation>
            <numerusform>有 %n 张照片只以链接形式给出，未下载也未保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file already exists; refusing to overwrite it.</source>
        <translation>文件已存在，拒绝覆盖。</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>This file is not a Qianyue database (it is not an SQLite file).</source>
        <translation>此文件不是签约数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>This SQLite file was not written by Qianyue.</source>
        <translation>此 SQLite 文件不是由签约创建的。</translation>
    </message>
    <message>
        <source>This database was written by a newer Qianyue (schema %1; this version reads up to %2). Please update Qianyue.</source>
        <translation>此数据库由更新版本的签约写入（结构版本 %1；本版本最高只能读取 %2）。请升级签约。</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>Reading the schema</source>
        <translation>读取数据库结构</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>Writing the backup failed: %1</source>
        <translation>写入备份失败：%1</translation>
    </message>
    <message>
        <source>The backup was written but cannot be read back: %1</source>
        <translation>备份已写入，但无法读回：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was changed. (%1)</source>
        <translation>数据库正忙或为只读，未做任何更改。（%1）</translation>
    </message>
    <message>
        <source>Preparing a query</source>
        <translation>准备查询</translation>
    </message>
    <message>
        <source>Running a query</source>
        <translation>执行查询</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the database.</source>
        <translation>无法将备份复制到数据库所在的文件夹。</translation>
    </message>
    <message>
        <source>The backup is damaged (SQLite&apos;s integrity check failed); nothing was restored.</source>
        <translation>备份已损坏（未通过 SQLite 完整性检查），未恢复任何数据。</translation>
    </message>
    <message>
        <source>Cannot keep the current database as %1.</source>
        <translation>无法将当前数据库保留为 %1。</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place.</source>
        <translation>无法用恢复的数据库替换当前数据库。</translation>
    </message>
    <message>
        <source>The database is damaged; SQLite cannot read it (%1). The file was left as it is.</source>
        <translation>数据库已损坏，SQLite 无法读取（%1）。文件保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>The database is damaged; SQLite&apos;s integrity check found: %1. The file was left as it is.</source>
        <translation>数据库已损坏，SQLite 完整性检查发现：%1。文件保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>The database is damaged: its header is unreadable. The file was left as it is.</source>
        <translation>数据库已损坏：文件头无法识别。文件保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>The database is damaged: the file is cut short (%1 bytes of %2). The file was left as it is.</source>
        <translation>数据库已损坏：文件被截断（只有 %1 字节，应为 %2 字节）。文件保持原样，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>The demo salespeople are missing.</source>
        <translation>缺少演示用的销售员。</translation>
    </message>
    <message>
        <source>The demo contract has no lines.</source>
        <translation>演示合同没有明细行。</translation>
    </message>
</context>
<context>
    <name>DerivedData</name>
    <message numerus="yes">
        <source>%n roll-up or search trigger(s) missing, so changes no longer reach the reports and the search: %1</source>
        <translation>
            <numerusform>缺少 %n 个汇总或搜索触发器，数据变更已不再反映到报表和搜索中：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>report roll-up %1: %n group(s) differ from the records</source>
        <translation>
            <numerusform>报表汇总表 %1：有 %n 组数据与记录不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search index: %n row(s) differ from the records</source>
        <translation>
            <numerusform>搜索索引：有 %n 行与记录不一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Write the PDF to OUT (replaced if it exists).</source>
        <translation>将 PDF 写入 OUT（已存在则覆盖）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>For quotes: print revision N instead of the newest one.</source>
        <translation>仅用于报价单：打印第 N 版，而不是最新版本。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A4 or Letter (default: the document.paper setting).</source>
        <translation>A4 或 Letter（默认：document.paper 设置）。</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE print quote|contract NUMBER --pdf OUT [--lang zh_CN|en|bilingual] [--version N] [--paper A4|Letter]</source>
        <translation>用法：qianyue-cli --db FILE print quote|contract NUMBER --pdf OUT [--lang zh_CN|en|bilingual] [--version N] [--paper A4|Letter]</translation>
    </message>
    <message>
        <source>Say where the PDF goes: add --pdf OUT.</source>
        <translation>请指定 PDF 的保存位置：添加 --pdf OUT。</translation>
    </message>
    <message>
        <source>--version must be a revision number (1, 2, …), not &apos;%1&apos;.</source>
        <translation>--version 必须是版本号（1、2、…），而不是“%1”。</translation>
    </message>
    <message>
        <source>Contracts have no revisions; --version is for quotes.</source>
        <translation>合同没有版本；--version 仅用于报价单。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN, en or bilingual, not &apos;%1&apos;.</source>
        <translation>--lang 必须是 zh_CN、en 或 bilingual，而不是“%1”。</translation>
    </message>
    <message>
        <source>--paper must be A4 or Letter, not &apos;%1&apos;.</source>
        <translation>--paper 必须是 A4 或 Letter，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>quote %1 revision %2</source>
        <translation>报价单 %1 第 %2 版</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Wrote %1 as frozen at approval or signing to %2.</source>
        <translation>已将%1（审批或签订时冻结的版本）写入 %2。</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将%1写入 %2。</translation>
    </message>
    <message>
        <source>ISO 4217 currency code (default CNY).</source>
        <translation>ISO 4217 币种代码（默认 CNY）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli amount-in-words AMOUNT [--currency CNY|USD|…]</source>
        <translation>用法：qianyue-cli amount-in-words AMOUNT [--currency CNY|USD|…]</translation>
    </message>
    <message>
        <source>print quote|contract NUMBER --pdf OUT: the PDF, frozen versions as approved or signed; --lang zh_CN, en or bilingual picks the document&apos;s language.</source>
        <translation>print quote|contract 编号 --pdf 输出文件：生成 PDF，已冻结的版本按审批或签订时的内容打印；--lang zh_CN、en 或 bilingual 选择单据语言。</translation>
    </message>
    <message>
        <source>amount-in-words AMOUNT [--currency CODE]: Chinese uppercase for CNY, English for other currencies (-- before a negative amount).</source>
        <translation>amount-in-words 金额 [--currency 币种]：人民币输出中文大写，其他币种输出英文（负数金额前加 --）。</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>The frozen copy of the document cannot be read: %1</source>
        <translation>无法读取单据的冻结副本：%1</translation>
    </message>
    <message>
        <source>The frozen copy of the document has an unknown format %1.</source>
        <translation>单据的冻结副本格式 %1 无法识别。</translation>
    </message>
    <message>
        <source>The frozen copy is neither a quote nor a contract.</source>
        <translation>冻结副本既不是报价单也不是合同。</translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>The number pattern is empty</source>
        <translation>编号规则为空</translation>
    </message>
    <message>
        <source>The number pattern &quot;%1&quot; contains a line break or another control character</source>
        <translation>编号规则“%1”含有换行符或其他控制字符</translation>
    </message>
    <message>
        <source>The number pattern &quot;%1&quot; has an unmatched &quot;%2&quot;</source>
        <translation>编号规则“%1”中的“%2”没有配对</translation>
    </message>
    <message>
        <source>The number pattern &quot;%1&quot; has the unknown placeholder %2; use {YYYY}, {YY} or {####}</source>
        <translation>编号规则“%1”含有未知的占位符 %2，请使用 {YYYY}、{YY} 或 {####}</translation>
    </message>
    <message>
        <source>The sequence placeholder %1 is too wide; use at most %2 &quot;#&quot;</source>
        <translation>流水号占位符 %1 过长，最多只能使用 %2 个“#”</translation>
    </message>
    <message>
        <source>The number pattern &quot;%1&quot; has no sequence; add a placeholder such as {####}</source>
        <translation>编号规则“%1”中没有流水号，请添加 {####} 这样的占位符</translation>
    </message>
    <message>
        <source>The number pattern &quot;%1&quot; has %2 sequence placeholders; keep exactly one</source>
        <translation>编号规则“%1”中有 %2 个流水号占位符，只能保留一个</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Quote %1 has no revision %2.</source>
        <translation>报价单 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>There is no quote numbered %1.</source>
        <translation>没有编号为 %1 的报价单。</translation>
    </message>
    <message>
        <source>There is no contract numbered %1.</source>
        <translation>没有编号为 %1 的合同。</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The setting document.language must be zh_CN, en or bilingual, not &apos;%1&apos;.</source>
        <translation>设置 document.language 必须是 zh_CN、en 或 bilingual，而不是“%1”。</translation>
    </message>
    <message>
        <source>The setting document.paper must be A4 or Letter, not &apos;%1&apos;.</source>
        <translation>设置 document.paper 必须是 A4 或 Letter，而不是“%1”。</translation>
    </message>
    <message>
        <source>The setting %1 must be a margin between 0 and 50 millimetres, not &apos;%2&apos;.</source>
        <translation>设置 %1 必须是 0 到 50 毫米之间的页边距，而不是“%2”。</translation>
    </message>
    <message>
        <source>Printing needs the graphical font system; this program started without it.</source>
        <translation>打印需要图形字体系统，但本程序启动时未加载它。</translation>
    </message>
    <message>
        <source>Printing %1 could not be started.</source>
        <translation>无法开始打印 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentSnapshots</name>
    <message>
        <source>Line %1 added: %2, quantity %3 at %4, amount %5.</source>
        <translation>新增第 %1 行：%2，数量 %3，单价 %4，金额 %5。</translation>
    </message>
    <message>
        <source>Line %1 removed: %2, quantity %3 at %4, amount %5.</source>
        <translation>删除第 %1 行：%2，数量 %3，单价 %4，金额 %5。</translation>
    </message>
    <message>
        <source>Line %1 %2: %3 %4 → %5.</source>
        <translation>第 %1 行 %2：%3 %4 → %5。</translation>
    </message>
    <message>
        <source>description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1：%2 → %3。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Quote %1 has no revision %2.</source>
        <translation>报价单 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; → &apos;%3&apos;.</source>
        <translation>%1：“%2” → “%3”。</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货方式</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>Clause templates exist in zh_CN and en, not in &apos;%1&apos;.</source>
        <translation>条款模板只有 zh_CN 和 en 两种语言，没有“%1”。</translation>
    </message>
    <message>
        <source>Clause %1 has no text.</source>
        <translation>第 %1 条没有内容。</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>new %1</source>
        <translation>新建的%1</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改吗？</translation>
    </message>
    <message>
        <source>Qianyue was closed while these forms had unsaved changes:
%1

Restore them? Discarded changes cannot be brought back.</source>
        <translation>签约上次关闭时，以下表单有未保存的更改：
%1

要恢复它们吗？放弃的更改无法找回。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ForecastByMonth</name>
    <message>
        <source>Forecast by expected close month</source>
        <translation>按预计成交月份预测</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>campaign (营销活动)</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>employee referral (员工推介)</source>
        <translation>员工推介</translation>
    </message>
    <message>
        <source>800 hotline (800电话)</source>
        <translation>800电话</translation>
    </message>
    <message>
        <source>ad response (广告反馈)</source>
        <translation>广告反馈</translation>
    </message>
    <message>
        <source>customer referral (老客户推介)</source>
        <translation>老客户推介</translation>
    </message>
    <message>
        <source>web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>bank draft</source>
        <translation>银行汇票</translation>
    </message>
    <message>
        <source>card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>lost customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ICalendarReader</name>
    <message>
        <source>Line %1: the time zone &apos;%2&apos; is not described in the file; its times were read as local time.</source>
        <translation>第 %1 行：文件中没有描述时区“%2”，其时间按本地时间读取。</translation>
    </message>
    <message>
        <source>%1 of %2 is not a valid %3: &apos;%4&apos;.</source>
        <translation>%2 的 %1 不是有效的%3：“%4”。</translation>
    </message>
    <message>
        <source>date or date-time</source>
        <translation>日期或日期时间</translation>
    </message>
    <message>
        <source>list of dates</source>
        <translation>日期列表</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>提醒触发时间</translation>
    </message>
    <message>
        <source>recurrence rule</source>
        <translation>重复规则</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC 偏移</translation>
    </message>
    <message>
        <source>A continuation line comes before any property.</source>
        <translation>续行出现在任何属性之前。</translation>
    </message>
    <message>
        <source>The line holds a control character (U+%1).</source>
        <translation>该行含有控制字符（U+%1）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component name.</source>
        <translation>“%1”不是组件名称。</translation>
    </message>
    <message>
        <source>BEGIN:%1 outside a calendar; an iCalendar file starts with BEGIN:VCALENDAR.</source>
        <translation>BEGIN:%1 位于日历之外；iCalendar 文件应以 BEGIN:VCALENDAR 开头。</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN:%1.</source>
        <translation>END:%1 之前没有对应的 BEGIN:%1。</translation>
    </message>
    <message>
        <source>END:%1 where BEGIN:%2 of line %3 should end first.</source>
        <translation>出现了 END:%1，但第 %3 行的 BEGIN:%2 应先结束。</translation>
    </message>
    <message>
        <source>Line %1: the property %2 outside the calendar was ignored.</source>
        <translation>第 %1 行：日历之外的属性 %2 已忽略。</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed by END:%1.</source>
        <translation>BEGIN:%1 始终没有被 END:%1 关闭。</translation>
    </message>
    <message>
        <source>The file holds no calendar (no BEGIN:VCALENDAR … END:VCALENDAR).</source>
        <translation>文件中没有日历（没有 BEGIN:VCALENDAR … END:VCALENDAR）。</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>&apos;%1&apos; is not a field of %2; the fields are: %3.</source>
        <translation>“%1”不是%2的字段；可用字段：%3。</translation>
    </message>
    <message>
        <source>--map wants FIELD=COLUMN, not &apos;%1&apos;.</source>
        <translation>--map 的格式应为 字段=列，而不是“%1”。</translation>
    </message>
    <message>
        <source>--values wants FIELD:FROM=TO, not &apos;%1&apos;.</source>
        <translation>--values 的格式应为 字段:原值=新值，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>The salesperson responsible, by name or e-mail.</source>
        <translation>负责的销售员，填写姓名或邮箱。</translation>
    </message>
    <message>
        <source>The customer, by name or customer code.</source>
        <translation>客户，填写客户名称或客户编号。</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>电子邮箱地址。</translation>
    </message>
    <message>
        <source>Free text notes.</source>
        <translation>备注，可填写任意文字。</translation>
    </message>
    <message>
        <source>ISO 4217 currency code (CNY, USD, …); the base currency when empty.</source>
        <translation>ISO 4217 币种代码（CNY、USD 等）；留空时使用本位币。</translation>
    </message>
    <message>
        <source>Where it came from: campaign, employee_referral, hotline, ad_response, customer_referral, web or other.</source>
        <translation>来源：营销活动（campaign）、员工推介（employee_referral）、800电话（hotline）、广告反馈（ad_response）、老客户推介（customer_referral）、网站（web）或其他（other）。</translation>
    </message>
    <message>
        <source>Date it was closed.</source>
        <translation>关闭日期。</translation>
    </message>
    <message>
        <source>Full name of the salesperson.</source>
        <translation>销售员姓名。</translation>
    </message>
    <message>
        <source>Sales team, by name.</source>
        <translation>销售团队，填写团队名称。</translation>
    </message>
    <message>
        <source>The salesperson&apos;s manager, by name.</source>
        <translation>销售员的上级，填写姓名。</translation>
    </message>
    <message>
        <source>rep, manager or admin.</source>
        <translation>销售代表（rep）、销售经理（manager）或管理员（admin）。</translation>
    </message>
    <message>
        <source>Whether the salesperson still works here (yes/no).</source>
        <translation>该销售员是否仍在职（是/否）。</translation>
    </message>
    <message>
        <source>Customer code; numbered automatically when empty.</source>
        <translation>客户编号；留空时自动编号。</translation>
    </message>
    <message>
        <source>Company or person name.</source>
        <translation>企业或个人名称。</translation>
    </message>
    <message>
        <source>company or person.</source>
        <translation>企业（company）或个人（person）。</translation>
    </message>
    <message>
        <source>Industry.</source>
        <translation>所属行业。</translation>
    </message>
    <message>
        <source>Tax number (统一社会信用代码); also used to find duplicates.</source>
        <translation>统一社会信用代码（税号）；也用于查找重复客户。</translation>
    </message>
    <message>
        <source>Main telephone number.</source>
        <translation>主要联系电话。</translation>
    </message>
    <message>
        <source>Web site.</source>
        <translation>网址。</translation>
    </message>
    <message>
        <source>Province or state.</source>
        <translation>省份（或州）。</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>城市。</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>详细地址。</translation>
    </message>
    <message>
        <source>prospect, active, dormant or lost.</source>
        <translation>潜在客户（prospect）、活跃客户（active）、休眠客户（dormant）或流失客户（lost）。</translation>
    </message>
    <message>
        <source>Whether the customer agreed to marketing messages (yes/no).</source>
        <translation>客户是否同意接收营销信息（是/否）。</translation>
    </message>
    <message>
        <source>Date of the marketing consent.</source>
        <translation>客户同意接收营销信息的日期。</translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation>联系人姓名。</translation>
    </message>
    <message>
        <source>Job title.</source>
        <translation>职务。</translation>
    </message>
    <message>
        <source>Office telephone number.</source>
        <translation>办公电话。</translation>
    </message>
    <message>
        <source>Mobile phone number.</source>
        <translation>手机号码。</translation>
    </message>
    <message>
        <source>Instant messaging id (WeChat, QQ, …).</source>
        <translation>即时通讯账号（微信、QQ 等）。</translation>
    </message>
    <message>
        <source>Whether this is the customer&apos;s main contact (yes/no).</source>
        <translation>是否为该客户的主要联系人（是/否）。</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>公司名称。</translation>
    </message>
    <message>
        <source>Name of the person (a company or a contact name is needed).</source>
        <translation>联系人姓名（公司名称与联系人姓名至少填写一项）。</translation>
    </message>
    <message>
        <source>Telephone number.</source>
        <translation>电话号码。</translation>
    </message>
    <message>
        <source>What the lead is interested in.</source>
        <translation>线索感兴趣的产品或需求。</translation>
    </message>
    <message>
        <source>unassigned, assigned, converted or disqualified; from the owner when empty.</source>
        <translation>未分配（unassigned）、已分配（assigned）、成功关闭（converted）或失败关闭（disqualified）；留空时根据是否有负责人确定。</translation>
    </message>
    <message>
        <source>What came of the lead.</source>
        <translation>线索的处理结果。</translation>
    </message>
    <message>
        <source>Why a disqualified lead was closed.</source>
        <translation>线索失败关闭的原因。</translation>
    </message>
    <message>
        <source>Date the lead came in; today when empty.</source>
        <translation>线索登记日期；留空时为当天。</translation>
    </message>
    <message>
        <source>Opportunity code; numbered automatically when empty.</source>
        <translation>商机编号；留空时自动编号。</translation>
    </message>
    <message>
        <source>Name of the opportunity.</source>
        <translation>商机名称。</translation>
    </message>
    <message>
        <source>A contact of the customer, by name.</source>
        <translation>该客户的联系人，填写姓名。</translation>
    </message>
    <message>
        <source>Pipeline stage by name in either language; a won or lost stage closes it.</source>
        <translation>销售阶段名称，中文或英文均可；填写赢单或输单阶段时，商机随即关闭。</translation>
    </message>
    <message>
        <source>open, won or lost; follows the stage when empty.</source>
        <translation>进行中（open）、赢单（won）或输单（lost）；留空时按销售阶段确定。</translation>
    </message>
    <message>
        <source>Expected amount in the currency; zero when empty.</source>
        <translation>以所填币种计的预计金额；留空时为零。</translation>
    </message>
    <message>
        <source>Chance of winning (60% or 0.6); the stage&apos;s default when empty.</source>
        <translation>赢率（60% 或 0.6）；留空时使用该销售阶段的默认赢率。</translation>
    </message>
    <message>
        <source>Products of interest by name or SKU, several separated by &apos;;&apos;.</source>
        <translation>意向产品，填写产品名称或产品编码，多个产品之间用英文分号（;）分隔。</translation>
    </message>
    <message>
        <source>Sales method; standard when empty.</source>
        <translation>销售方法；留空时为标准销售方法。</translation>
    </message>
    <message>
        <source>Date the opportunity was opened; today when empty.</source>
        <translation>商机创建日期；留空时为当天。</translation>
    </message>
    <message>
        <source>Date the deal is expected to close.</source>
        <translation>预计成交日期。</translation>
    </message>
    <message>
        <source>Why a lost opportunity was lost.</source>
        <translation>商机输单的原因。</translation>
    </message>
    <message>
        <source>Stock keeping unit; numbered automatically when empty.</source>
        <translation>产品编码（SKU）；留空时自动编号。</translation>
    </message>
    <message>
        <source>Product name.</source>
        <translation>产品名称。</translation>
    </message>
    <message>
        <source>Specification or model.</source>
        <translation>规格或型号。</translation>
    </message>
    <message>
        <source>Unit of measure (台, 年, kg).</source>
        <translation>计量单位（如 台、年、kg）。</translation>
    </message>
    <message>
        <source>List price in the currency; zero when empty.</source>
        <translation>以所填币种计的标准价格；留空时为零。</translation>
    </message>
    <message>
        <source>VAT rate (13% or 0.13).</source>
        <translation>增值税税率（13% 或 0.13）。</translation>
    </message>
    <message>
        <source>Whether the product is still sold (yes/no).</source>
        <translation>该产品是否仍在销售（是/否）。</translation>
    </message>
    <message>
        <source>call, visit, demo, email, meeting or task.</source>
        <translation>电话（call）、拜访（visit）、演示（demo）、邮件（email）、会议（meeting）或任务（task）。</translation>
    </message>
    <message>
        <source>What the activity is about.</source>
        <translation>销售活动的主题。</translation>
    </message>
    <message>
        <source>When it is due (date and time; local time unless a zone is given).</source>
        <translation>计划时间（日期和时间；未注明时区时按本地时间）。</translation>
    </message>
    <message>
        <source>When to remind (not after the due time).</source>
        <translation>提醒时间（不能晚于计划时间）。</translation>
    </message>
    <message>
        <source>planned, done or cancelled.</source>
        <translation>计划中（planned）、已完成（done）或已取消（cancelled）。</translation>
    </message>
    <message>
        <source>What came of a done activity.</source>
        <translation>已完成销售活动的结果。</translation>
    </message>
    <message>
        <source>When a done activity was done; the due time when empty.</source>
        <translation>已完成销售活动的完成时间；留空时取计划时间。</translation>
    </message>
    <message>
        <source>A contact, by name.</source>
        <translation>联系人，填写姓名。</translation>
    </message>
    <message>
        <source>A lead, by its company or contact name.</source>
        <translation>线索，填写其公司名称或联系人姓名。</translation>
    </message>
    <message>
        <source>An opportunity, by code or name.</source>
        <translation>商机，填写商机编号或名称。</translation>
    </message>
    <message>
        <source>salespeople</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>通讯地址。</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>数据表 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; of a %2.</source>
        <translation>%2没有字段“%1”。</translation>
    </message>
    <message>
        <source>Preparing an import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <source>Saving the %1 failed: %2</source>
        <translation>保存%1失败：%2</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>Numbers must be taken inside the transaction that uses them.</source>
        <translation>编号必须在使用它们的事务中获取。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported.</source>
        <translation>无法导出“%1”。</translation>
    </message>
    <message>
        <source>The search index can only be deferred inside the import&apos;s transaction.</source>
        <translation>只能在导入事务中推迟更新搜索索引。</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-03-02, 2026/3/2 or 2026年3月2日.</source>
        <translation>“%1”不是有效日期，请写成 2026-03-02、2026/3/2 或 2026年3月2日。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2026-03-02 09:30 or 2026-03-02T01:30:00Z.</source>
        <translation>“%1”不是有效的日期时间，请写成 2026-03-02 09:30 或 2026-03-02T01:30:00Z。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no such time of day.</source>
        <translation>“%1”中的时刻不存在。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an impossible time zone offset.</source>
        <translation>“%1”中的时区偏移无效。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage: %2</source>
        <translation>“%1”不是有效百分比：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a percentage here must be 0 or more.</source>
        <translation>“%1”是负数；此处的百分比不能小于 0。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is more than 100%.</source>
        <translation>“%1”超过了 100%。</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性检查</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1 表第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>schema %1, expected %2</source>
        <translation>结构版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>Receivables: received equals the allocated receipts</source>
        <translation>应收账款：已收金额等于冲款合计</translation>
    </message>
    <message>
        <source>receivable %1 records %2 received but %3 is allocated</source>
        <translation>应收账款 %1 记录的已收金额为 %2，但冲款合计为 %3</translation>
    </message>
    <message>
        <source>Receivables: allocations never exceed the receivable</source>
        <translation>应收账款：冲款合计不超过应收金额</translation>
    </message>
    <message>
        <source>receivable %1 of %2 has %3 allocated</source>
        <translation>应收账款 %1 金额为 %2，冲款合计却为 %3</translation>
    </message>
    <message>
        <source>Receivables: status matches what is outstanding</source>
        <translation>应收账款：状态与未收金额相符</translation>
    </message>
    <message>
        <source>receivable %1 is &apos;%2&apos; but its outstanding amount says otherwise</source>
        <translation>应收账款 %1 的状态为“%2”，与其未收金额不符</translation>
    </message>
    <message>
        <source>Receipts: allocations never exceed the receipt</source>
        <translation>收款单：冲款合计不超过收款金额</translation>
    </message>
    <message>
        <source>receipt %1 of %2 allocates %3</source>
        <translation>收款单 %1 金额为 %2，冲款合计却为 %3</translation>
    </message>
    <message>
        <source>Contracts: ordered quantity never exceeds the contracted quantity</source>
        <translation>合同：已下单数量不超过合同数量</translation>
    </message>
    <message>
        <source>contract %1 line %2: %3 contracted, %4 ordered (thousandths)</source>
        <translation>合同 %1 第 %2 行：合同数量 %3，已下单 %4（单位：千分之一）</translation>
    </message>
    <message>
        <source>Totals of %1 equal their lines</source>
        <translation>%1 的合计等于各明细行之和</translation>
    </message>
    <message>
        <source>%1: subtotal %2, tax %3, total %4, but the lines add up to %5 + %6</source>
        <translation>%1：小计 %2，税额 %3，合计 %4，但明细行合计为 %5 + %6</translation>
    </message>
</context>
<context>
    <name>IoCommands</name>
    <message>
        <source>Read FIELD from COLUMN (a header or a column number): FIELD=COLUMN,…</source>
        <translation>从指定列（列标题或列号）读取字段：字段=列,…</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>字段=列</translation>
    </message>
    <message>
        <source>Read a value of FIELD in the file as another: FIELD:FROM=TO,…</source>
        <translation>把文件中某字段的值读作另一个值：字段:原值=新值,…</translation>
    </message>
    <message>
        <source>FIELD:FROM=TO</source>
        <translation>字段:原值=新值</translation>
    </message>
    <message>
        <source>Create salespeople, teams, customers, contacts, products and stages that are not found.</source>
        <translation>创建找不到的销售员、团队、客户、联系人、产品和销售阶段。</translation>
    </message>
    <message>
        <source>Update records that are already stored instead of skipping them.</source>
        <translation>更新已存在的记录，而不是跳过它们。</translation>
    </message>
    <message>
        <source>Check everything and report what would happen, without writing.</source>
        <translation>检查全部内容并报告将会发生什么，但不写入。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (UTF-8, GB18030, UTF-16LE, …); detected when not given.</source>
        <translation>文件编码（UTF-8、GB18030、UTF-16LE 等）；未指定时自动检测。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The CSV delimiter: comma, semicolon, tab or one character; detected when not given.</source>
        <translation>CSV 分隔符：comma（逗号）、semicolon（分号）、tab（制表符）或单个字符；未指定时自动检测。</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>csv, vcf or ics; taken from the file name when not given.</source>
        <translation>csv、vcf 或 ics；未指定时根据文件名判断。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>iCalendar: the customer of events that name none.</source>
        <translation>iCalendar：未指明客户的事件所属的客户。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>List the fields of KIND with their meaning, and exit.</source>
        <translation>列出该记录类型的字段及其含义，然后退出。</translation>
    </message>
    <message>
        <source>csv, vcf (contacts) or ics (activities); taken from the file name when not given.</source>
        <translation>csv、vcf（联系人）或 ics（销售活动）；未指定时根据文件名判断。</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with a byte order mark, the default) or gb18030.</source>
        <translation>CSV 编码：utf-8（带字节顺序标记，默认）或 gb18030。</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (the default) or 3.0.</source>
        <translation>vCard 版本：4.0（默认）或 3.0。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Fields of %1 (%2). A CSV header may be the field name or either label; * marks required fields.</source>
        <translation>%1（%2）的字段。CSV 列标题可以是字段名或中英文标签；* 表示必填字段。</translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation>可选值：%1</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli import KIND --fields, where KIND is one of: %1.</source>
        <translation>用法：qianyue-cli import 类型 --fields，类型为以下之一：%1。</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE import KIND FILE [--map FIELD=COLUMN,…] [--values FIELD:FROM=TO,…] [--create-missing] [--update-existing] [--dry-run] [--encoding E] [--delimiter C]</source>
        <translation>用法：qianyue-cli --db 数据库文件 import 类型 文件 [--map 字段=列,…] [--values 字段:原值=新值,…] [--create-missing] [--update-existing] [--dry-run] [--encoding 编码] [--delimiter 分隔符]</translation>
    </message>
    <message>
        <source>--format must be csv, vcf or ics, not &apos;%1&apos;.</source>
        <translation>--format 必须是 csv、vcf 或 ics，而不是“%1”。</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or a single character, not &apos;%1&apos;.</source>
        <translation>--delimiter 必须是 comma、semicolon、tab 或单个字符，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>发现 %n 个问题；没有导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): would create %3, update %4 and skip %5 %6; nothing was written.</source>
        <translation>试运行 %1（%2）：将新建 %3 条、更新 %4 条、跳过 %5 条%6；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 (%2): created %3, updated %4, skipped %5 %6.</source>
        <translation>已导入 %1（%2）：新建 %3 条、更新 %4 条、跳过 %5 条%6。</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE export KIND FILE [--format csv|vcf|ics] [--encoding utf-8|gb18030]</source>
        <translation>用法：qianyue-cli --db 数据库文件 export 类型 文件 [--format csv|vcf|ics] [--encoding utf-8|gb18030]</translation>
    </message>
    <message>
        <source>vCard and iCalendar files are always written in UTF-8.</source>
        <translation>vCard 和 iCalendar 文件总是以 UTF-8 编码写出。</translation>
    </message>
    <message>
        <source>--vcard-version must be 4.0 or 3.0, not &apos;%1&apos;.</source>
        <translation>--vcard-version 必须是 4.0 或 3.0，而不是“%1”。</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3 (%4).</source>
        <translation>已将 %1 条%2导出到 %3（%4）。</translation>
    </message>
    <message>
        <source>Import records from a CSV, vCard or iCalendar file, all or nothing.</source>
        <translation>从 CSV、vCard 或 iCalendar 文件导入记录，要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <source>Export records to a CSV, vCard or iCalendar file.</source>
        <translation>将记录导出为 CSV、vCard 或 iCalendar 文件。</translation>
    </message>
    <message>
        <source>Customers and contacts: export only those who consented to marketing.</source>
        <translation>客户和联系人：只导出同意接收营销信息的人。</translation>
    </message>
</context>
<context>
    <name>LeadConversionBySource</name>
    <message>
        <source>Lead conversion by source</source>
        <translation>按来源线索转化</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>失败关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
</context>
<context>
    <name>LeadWorkflow</name>
    <message>
        <source>A lead needs a company or a contact name.</source>
        <translation>线索至少需要填写公司名称或联系人姓名。</translation>
    </message>
    <message>
        <source>The reason for disqualifying</source>
        <translation>失败关闭原因</translation>
    </message>
    <message>
        <source>Disqualified: %1</source>
        <translation>失败关闭：%1</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Converted to opportunity %1</source>
        <translation>已转为商机 %1</translation>
    </message>
</context>
<context>
    <name>LineMath</name>
    <message>
        <source>The line total is too large</source>
        <translation>行金额过大</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The discount %1 is outside 0% to 100%</source>
        <translation>折扣 %1 超出了 0% 到 100% 的范围</translation>
    </message>
    <message>
        <source>The tax rate %1 is negative</source>
        <translation>税率 %1 为负数</translation>
    </message>
    <message>
        <source>The line is priced in %1 but the document is in %2</source>
        <translation>此行以 %1 计价，但单据使用 %2</translation>
    </message>
</context>
<context>
    <name>LineStore</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The price is in %1 but the document is in %2.</source>
        <translation>单价的币种是 %1，但单据的币种是 %2。</translation>
    </message>
</context>
<context>
    <name>ListStore</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>基准金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>已计提</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>目标金额</translation>
    </message>
    <message>
        <source>Target count</source>
        <translation>目标合同数</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency code; expected three capital letters such as CNY</source>
        <translation>“%1”不是有效的币种代码，应为三个大写字母，例如 CNY</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write digits with an optional minus sign, &quot;,&quot; between thousands and &quot;.&quot; before the decimals</source>
        <translation>“%1”不是有效金额：请填写数字，可带负号，千位之间用“,”分隔，小数部分前用“.”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has decimals, but %2 amounts allow none</source>
        <translation>“%1”带有小数，但 %2 金额不允许有小数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: %2 amounts allow at most %3</source>
        <translation>“%1”的小数位数过多：%2 金额最多允许 %3 位小数</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large</source>
        <translation>金额“%1”过大</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>无币种</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2; convert them to one currency first</source>
        <translation>无法合并 %1 与 %2 的金额，请先换算为同一币种</translation>
    </message>
    <message>
        <source>The exchange rate %1 is not positive</source>
        <translation>汇率 %1 不是正数</translation>
    </message>
</context>
<context>
    <name>NumberSequence</name>
    <message>
        <source>A document number must be taken inside the transaction that saves the document.</source>
        <translation>单据编号必须在保存该单据的事务中分配。</translation>
    </message>
    <message>
        <source>No numbering pattern is set for %1.</source>
        <translation>尚未为 %1 设置编号规则。</translation>
    </message>
</context>
<context>
    <name>OpenTypeFace</name>
    <message>
        <source>This is not an OpenType font file.</source>
        <translation>这不是 OpenType 字体文件。</translation>
    </message>
    <message>
        <source>The font file is damaged: a table lies outside the file.</source>
        <translation>字体文件已损坏：有数据表超出文件范围。</translation>
    </message>
    <message>
        <source>The font file has no face of the family %1.</source>
        <translation>字体文件中没有 %1 字族。</translation>
    </message>
    <message>
        <source>The font %1 has no character map.</source>
        <translation>字体 %1 没有字符映射表。</translation>
    </message>
    <message>
        <source>The character map of the font %1 cannot be read.</source>
        <translation>无法读取字体 %1 的字符映射表。</translation>
    </message>
    <message>
        <source>The font has no character map.</source>
        <translation>字体没有字符映射表。</translation>
    </message>
    <message>
        <source>The character map of the font cannot be read.</source>
        <translation>无法读取字体的字符映射表。</translation>
    </message>
</context>
<context>
    <name>OpportunityCountByOwner</name>
    <message>
        <source>Opportunity count by salesperson</source>
        <translation>按销售人员机会数</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>OpportunityCountBySource</name>
    <message>
        <source>Opportunity count by lead source</source>
        <translation>按线索来源机会数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>OpportunityFlowByMonth</name>
    <message>
        <source>Opportunity flow by month</source>
        <translation>按月商机流转</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
</context>
<context>
    <name>OpportunityWorkflow</name>
    <message>
        <source>The opportunity name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>A new opportunity must start in an open stage.</source>
        <translation>新商机必须从未结束的销售阶段开始（不能是赢单或输单阶段）。</translation>
    </message>
    <message>
        <source>Use Win or Lose to move an opportunity to the stage &apos;%1&apos;.</source>
        <translation>要将商机移到“%1”阶段，请使用“赢单”或“输单”操作。</translation>
    </message>
    <message>
        <source>The reason for losing</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>The exchange rate of %1 to %2 must be above zero.</source>
        <translation>%1 对 %2 的汇率必须大于零。</translation>
    </message>
    <message>
        <source>No exchange rate of %1 to %2 is known: no contract in %1 yet and none in the settings. Enter the opportunity&apos;s rate, or store it in the settings as %3 (base-currency millionths per unit, e.g. 7123400 for 7.1234).</source>
        <translation>尚无 %1 对 %2 的汇率：还没有以 %1 签订的合同，设置中也没有。请填写该商机的汇率，或在设置中以 %3 保存（每单位折合本位币的百万分之一，例如 7.1234 填 7123400）。</translation>
    </message>
</context>
<context>
    <name>PipelineByStage</name>
    <message>
        <source>Pipeline by stage</source>
        <translation>按阶段销售漏斗</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>The pipeline has no open stage. Add one in the pipeline settings.</source>
        <translation>销售阶段中没有未结束的阶段（赢单、输单以外的阶段），请在销售阶段设置中添加一个。</translation>
    </message>
    <message>
        <source>The pipeline has no &apos;%1&apos; stage.</source>
        <translation>销售阶段中没有结果为“%1”的阶段。</translation>
    </message>
</context>
<context>
    <name>PrivacyStore</name>
    <message>
        <source>Personal data is kept for contacts and for customers who are persons.</source>
        <translation>只有联系人和个人客户才保存个人信息。</translation>
    </message>
    <message>
        <source>This customer is a company, not a person; export or erase its contacts instead.</source>
        <translation>此客户是企业而不是个人，请改为导出或删除其联系人的个人信息。</translation>
    </message>
    <message>
        <source>(erased person %1)</source>
        <translation>（已删除的个人 %1）</translation>
    </message>
    <message>
        <source>Marketing consent is kept for customers and contacts only.</source>
        <translation>只有客户和联系人记录营销同意。</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>The quantity is empty</source>
        <translation>数量为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; write digits with an optional minus sign and &quot;.&quot; before the decimals</source>
        <translation>“%1”不是有效数量：请填写数字，可带负号，小数部分前用“.”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: a quantity allows at most %2</source>
        <translation>“%1”的小数位数过多：数量最多允许 %2 位小数</translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is too large</source>
        <translation>数量“%1”过大</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>数量过大</translation>
    </message>
</context>
<context>
    <name>QuoteWorkflow</name>
    <message>
        <source>Quote %1 revision %2 has been replaced by a newer revision; work on the newest one.</source>
        <translation>报价单 %1 的第 %2 版已被新版本取代，请在最新版本上操作。</translation>
    </message>
    <message>
        <source>Quotes can only be made for open opportunities.</source>
        <translation>只能为进行中的商机创建报价单。</translation>
    </message>
    <message>
        <source>Choose a customer for the opportunity before quoting.</source>
        <translation>报价前，请先为商机选择客户。</translation>
    </message>
    <message>
        <source>The opportunity is in %1; set the exchange rate on the quote after creating it in %2.</source>
        <translation>商机以 %1 计价；请先以 %2 创建报价单，再在报价单上设置汇率。</translation>
    </message>
    <message>
        <source>The product %1 is priced in %2, the quote in %3.</source>
        <translation>产品 %1 以 %2 定价，而报价单使用 %3。</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the quote.</source>
        <translation>提交报价单前，请至少添加一行明细。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can approve quotes; %1 is a sales rep.</source>
        <translation>只有销售经理或管理员才能核准报价单；%1 是销售代表。</translation>
    </message>
    <message>
        <source>The reason for the rejection</source>
        <translation>拒绝原因</translation>
    </message>
</context>
<context>
    <name>Rate</name>
    <message>
        <source>The rate is empty</source>
        <translation>比率为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; write a decimal such as 0.13 or a percentage such as 13%</source>
        <translation>“%1”不是有效比率：请填写小数（如 0.13）或百分比（如 13%）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: a percentage allows at most %2</source>
        <translation>“%1”的小数位数过多：百分比最多允许 %2 位小数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimals: a rate allows at most %2</source>
        <translation>“%1”的小数位数过多：比率最多允许 %2 位小数</translation>
    </message>
    <message>
        <source>The rate &quot;%1&quot; is too large</source>
        <translation>比率“%1”过大</translation>
    </message>
</context>
<context>
    <name>ReceivableWorkflow</name>
    <message>
        <source>The date of the receivable is required.</source>
        <translation>请填写应收账款日期。</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the invoice date (%2).</source>
        <translation>到期日（%1）不能早于发票日期（%2）。</translation>
    </message>
    <message>
        <source>Order %1 is %2; there is nothing to bill.</source>
        <translation>销售订单 %1 当前为“%2”，无需生成应收账款。</translation>
    </message>
    <message>
        <source>Order %1 has a total of zero; there is nothing to bill.</source>
        <translation>销售订单 %1 的总金额为零，无需生成应收账款。</translation>
    </message>
    <message>
        <source>Order %1 is already fully billed by %2.</source>
        <translation>销售订单 %1 已全额生成应收账款：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The amount to bill must be greater than zero.</source>
        <translation>应收金额必须大于零。</translation>
    </message>
    <message>
        <source>Order %1 has only %2 %3 left to bill; %4 %3 cannot be billed.</source>
        <translation>销售订单 %1 仅剩 %2 %3 尚未生成应收账款，无法生成 %4 %3 的应收账款。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>销售订单 %1</translation>
    </message>
    <message>
        <source>The date of the receipt is required.</source>
        <translation>请填写收款日期。</translation>
    </message>
    <message>
        <source>The amount received must be greater than zero.</source>
        <translation>收款金额必须大于零。</translation>
    </message>
    <message>
        <source>The exchange rate must be greater than zero.</source>
        <translation>汇率必须大于零。</translation>
    </message>
    <message>
        <source>Unknown kind of receipt &apos;%1&apos;; use one of %2.</source>
        <translation>未知的收款方式“%1”，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>allocation %1</source>
        <translation>第 %1 笔冲款</translation>
    </message>
    <message>
        <source>An allocation must be greater than zero.</source>
        <translation>冲款金额必须大于零。</translation>
    </message>
    <message>
        <source>The allocations add up to %1 %3, but only %2 %3 of receipt %4 is unallocated.</source>
        <translation>冲款合计 %1 %3，但收款单 %4 仅剩 %2 %3 未冲款。</translation>
    </message>
    <message>
        <source>Receivable %1 is owed by %2; a receipt from %3 cannot settle it.</source>
        <translation>应收账款 %1 的付款方是 %2，不能用 %3 的收款冲销。</translation>
    </message>
    <message>
        <source>Receivable %1 is in %2 but receipt %3 is in %4.</source>
        <translation>应收账款 %1 的币种是 %2，而收款单 %3 的币种是 %4。</translation>
    </message>
    <message>
        <source>Receivable %1 is already settled; nothing is outstanding on it.</source>
        <translation>应收账款 %1 已结清（款已完），没有未收金额。</translation>
    </message>
    <message>
        <source>Over-allocation: receivable %1 has only %2 %3 outstanding; %4 %3 cannot be allocated to it.</source>
        <translation>冲款超额：应收账款 %1 仅有 %2 %3 未收，无法冲销 %4 %3。</translation>
    </message>
</context>
<context>
    <name>ReceivablesAging</name>
    <message>
        <source>Receivables aging</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90天以上</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>The state changes only through the steps of the sales chain.</source>
        <translation>状态只能通过销售流程中的操作来变更。</translation>
    </message>
</context>
<context>
    <name>RecordFormSpec</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>许可日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>IM id</source>
        <translation>即时通讯账号</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Consent obtained via</source>
        <translation>同意获取方式</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>必须填写。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; the amount must be 0 or more.</source>
        <translation>“%1”是负数；金额必须大于或等于 0。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither yes nor no (是/否, 1/0, true/false).</source>
        <translation>“%1”既不是“是”也不是“否”（是/否、1/0、true/false）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2; map other values with --values %3:%1=VALUE.</source>
        <translation>“%1”不是以下值之一：%2；其他值请用 --values %3:%1=值 映射。</translation>
    </message>
    <message>
        <source>several customers are called &apos;%1&apos;; write it as &apos;%1 (CODE)&apos; with the customer code.</source>
        <translation>有多个客户名为“%1”；请写成“%1 (客户编号)”。</translation>
    </message>
    <message>
        <source>several records are called &apos;%1&apos;; use a unique name or code.</source>
        <translation>有多条记录名为“%1”；请使用唯一的名称或编号。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found: no %2 has that name.</source>
        <translation>找不到“%1”：没有叫这个名字的%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found; did you mean %2?</source>
        <translation>找不到“%1”；您是指 %2 吗？</translation>
    </message>
    <message>
        <source>Or add --create-missing to create it.</source>
        <translation>或者加上 --create-missing 来创建它。</translation>
    </message>
    <message>
        <source>No numbering pattern is set for %1.</source>
        <translation>没有为 %1 设置编号规则。</translation>
    </message>
    <message>
        <source>Would create the %1 &apos;%2&apos; (first needed in row %3).</source>
        <translation>将创建%1“%2”（第 %3 行首次用到）。</translation>
    </message>
    <message>
        <source>Created the %1 &apos;%2&apos; (first needed in row %3).</source>
        <translation>已创建%1“%2”（第 %3 行首次用到）。</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is already stored; skipped (--update-existing updates it).</source>
        <translation>第 %1 行：“%2”已存在，已跳过（--update-existing 可更新它）。</translation>
    </message>
    <message>
        <source>A lead needs a company or a contact name.</source>
        <translation>线索需要公司名称或联系人姓名。</translation>
    </message>
    <message>
        <source>an assigned lead needs an owner.</source>
        <translation>已分配的线索需要负责人。</translation>
    </message>
    <message>
        <source>The pipeline has no &apos;%1&apos; stage.</source>
        <translation>销售漏斗中没有“%1”阶段。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit the stage &apos;%2&apos;, which is %3.</source>
        <translation>“%1”与阶段“%2”不符，该阶段为 %3。</translation>
    </message>
    <message>
        <source>the reminder (%1) comes after the activity is due (%2).</source>
        <translation>提醒时间（%1）晚于计划时间（%2）。</translation>
    </message>
    <message>
        <source>The activity is linked to no customer, contact, lead or opportunity.</source>
        <translation>该销售活动没有关联任何客户、联系人、线索或商机。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported.</source>
        <translation>无法导入“%1”。</translation>
    </message>
    <message>
        <source>… and %1 more rows already stored were skipped.</source>
        <translation>……另有 %1 行已存在，已跳过。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>pipeline stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>product of interest</source>
        <translation>意向产品</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>阶段变更记录</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>quote line</source>
        <translation>报价单明细</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>contract line</source>
        <translation>合同明细</translation>
    </message>
    <message>
        <source>sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>销售订单明细</translation>
    </message>
    <message>
        <source>receivable</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>收款单</translation>
    </message>
    <message>
        <source>receipt allocation</source>
        <translation>冲款记录</translation>
    </message>
    <message>
        <source>commission plan</source>
        <translation>佣金方案</translation>
    </message>
    <message>
        <source>salesperson commission</source>
        <translation>销售员佣金</translation>
    </message>
    <message>
        <source>commission payout</source>
        <translation>佣金发放记录</translation>
    </message>
    <message>
        <source>customer commission</source>
        <translation>客户佣金</translation>
    </message>
    <message>
        <source>sales target</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 条%2记录</translation>
    </message>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>数据表 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; of a %2.</source>
        <translation>%2没有名为“%1”的字段。</translation>
    </message>
    <message>
        <source>Saving the %1 failed: %2</source>
        <translation>保存%1失败：%2</translation>
    </message>
    <message>
        <source>The %1 with id %2 does not exist.</source>
        <translation>ID 为 %2 的%1不存在。</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else after you opened it.</source>
        <translation>此%1在您打开后已被他人修改，请重新打开后再操作。</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted: it is still referred to by %2.</source>
        <translation>无法删除此%1：仍被 %2引用。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The field %1 is too long: %2 characters, at most %3.</source>
        <translation>字段 %1 过长：共 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The field %1 contains a control character (U+%2).</source>
        <translation>字段 %1 含有控制字符（U+%2），请删除该字符。</translation>
    </message>
    <message>
        <source>The field %1 takes a whole number between −9 223 372 036 854 775 808 and 9 223 372 036 854 775 807 (amounts in fen/cents); &apos;%2&apos; is not one.</source>
        <translation>字段 %1 只接受 −9 223 372 036 854 775 808 到 9 223 372 036 854 775 807 之间的整数（金额以分计）；“%2”不符合。</translation>
    </message>
    <message>
        <source>The field %1 takes a date as YYYY-MM-DD in the years 1 to 9999; &apos;%2&apos; is not one.</source>
        <translation>字段 %1 只接受 1 至 9999 年之间、格式为 YYYY-MM-DD 的日期；“%2”不符合。</translation>
    </message>
    <message>
        <source>The field %1 contains a bidirectional formatting character (U+%2), which can make text display in a misleading order.</source>
        <translation>字段 %1 含有双向文字格式控制字符（U+%2），它会使文字以误导性的顺序显示。</translation>
    </message>
</context>
<context>
    <name>ReferenceDataBuilder</name>
    <message>
        <source>The database already holds customers; demo data goes into a new, empty database.</source>
        <translation>数据库中已有客户数据；演示数据只能写入新建的空数据库。</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>contracts and orders</source>
        <translation>合同和销售订单</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>report roll-ups and search index</source>
        <translation>报表汇总与搜索索引</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>List the reports with their titles.</source>
        <translation>列出所有报表及其标题。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>期间的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>期间的最后一天，含当天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s records (their name).</source>
        <translation>只看该销售人员的记录（填姓名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Only the records of this team&apos;s members (its name).</source>
        <translation>只看该团队成员的记录（填团队名称）。</translation>
    </message>
    <message>
        <source>The day aging, churn and the dashboard are computed for (YYYY-MM-DD; today by default).</source>
        <translation>账龄、流失和仪表盘的计算日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>Rows of a top list (top customers, debtors, churn risks).</source>
        <translation>排行榜的行数（重点客户、欠款客户、流失风险）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Usage: qianyue-cli --db FILE report NAME [--from DATE] [--to DATE] [--owner NAME] [--team NAME] [--as-of DATE] [--limit N] [--format table|csv|json], or report --list</source>
        <translation>用法：qianyue-cli --db 文件 report 报表名 [--from 日期] [--to 日期] [--owner 姓名] [--team 团队] [--as-of 日期] [--limit 数量] [--format table|csv|json]，或 report --list</translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos;. Run &apos;qianyue-cli report --list&apos; for the list of reports.</source>
        <translation>未知报表“%1”。运行“qianyue-cli report --list”查看报表列表。</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &apos;%1&apos;.</source>
        <translation>--format 必须是 table、csv 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation>--limit 必须是不小于 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give either --owner or --team, not both.</source>
        <translation>--owner 和 --team 只能给出其中一个。</translation>
    </message>
    <message>
        <source>There is no salesperson named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的销售人员。</translation>
    </message>
    <message>
        <source>There is no team named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的团队。</translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translation>金额单位：%1。</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>该期间没有记录。</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, such as 2026-03-31, not &apos;%2&apos;.</source>
        <translation>--%1 必须是 YYYY-MM-DD 格式的日期（例如 2026-03-31），而不是“%2”。</translation>
    </message>
    <message>
        <source>Print a report: contract amount, opportunities, pipeline, receivables, performance.</source>
        <translation>打印报表：签约金额、商机、销售漏斗、应收账款、业绩。</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>(salesperson %1)</source>
        <translation>（销售人员 %1）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Employee referral</source>
        <translation>员工推介</translation>
    </message>
    <message>
        <source>800 hotline</source>
        <translation>800电话</translation>
    </message>
    <message>
        <source>Ad response</source>
        <translation>广告反馈</translation>
    </message>
    <message>
        <source>Customer referral</source>
        <translation>老客户推介</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(all other customers)</source>
        <translation>（其余客户）</translation>
    </message>
    <message>
        <source>(no close date)</source>
        <translation>（无预计成交日期）</translation>
    </message>
</context>
<context>
    <name>ReportRegistry</name>
    <message>
        <source>The start of the period is not a valid date.</source>
        <translation>期间的开始日期无效。</translation>
    </message>
    <message>
        <source>The end of the period is not a valid date.</source>
        <translation>期间的结束日期无效。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>期间开始于 %1，晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>The day the report is computed for is not a valid date.</source>
        <translation>报表的计算日期无效。</translation>
    </message>
    <message>
        <source>Choose either a salesperson or a team, not both.</source>
        <translation>只能选择一个销售人员或一个团队，不能同时选择。</translation>
    </message>
    <message>
        <source>The number of rows must lie between 1 and %1.</source>
        <translation>行数必须在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>SalesOrderWorkflow</name>
    <message>
        <source>The order date is required.</source>
        <translation>请填写订单日期。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Everything on contract %1 has already been ordered; nothing remains to order.</source>
        <translation>合同 %1 的全部数量均已下单，没有剩余可下单的数量。</translation>
    </message>
    <message>
        <source>Contract %1 has no line with id %2.</source>
        <translation>合同 %1 中没有 ID 为 %2 的明细行。</translation>
    </message>
    <message>
        <source>Line %1 (%2) is listed twice; give its quantity once.</source>
        <translation>第 %1 行（%2）重复出现，请只填写一次数量。</translation>
    </message>
    <message>
        <source>Line %1 (%2): the quantity to order must be greater than zero.</source>
        <translation>第 %1 行（%2）：下单数量必须大于零。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot be ordered, only %4 remain on contract %5.</source>
        <translation>第 %1 行（%2）：无法下单 %3，合同 %5 仅剩 %4。</translation>
    </message>
    <message>
        <source>Order %1 has already been billed (%2) and cannot be cancelled.</source>
        <translation>销售订单 %1 已生成应收账款（%2），无法取消。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SalespersonPerformance</name>
    <message>
        <source>Salesperson performance</source>
        <translation>销售人员业绩</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数量</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Commission accrued</source>
        <translation>已计提佣金</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Give the filter a name.</source>
        <translation>请为筛选条件命名。</translation>
    </message>
    <message>
        <source>A filter name has at most 80 characters.</source>
        <translation>筛选条件名称最多 80 个字符。</translation>
    </message>
</context>
<context>
    <name>SearchStore</name>
    <message>
        <source>rev. %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>There is no numbering for &apos;%1&apos;.</source>
        <translation>没有“%1”的编号规则。</translation>
    </message>
    <message>
        <source>The won and lost stages close an opportunity; they can be renamed but not deleted.</source>
        <translation>赢单和输单阶段用于关闭商机，可以重命名，但不能删除。</translation>
    </message>
    <message>
        <source>The default tax rate must lie between 0 % and 100 %.</source>
        <translation>默认税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Every pipeline stage needs a name.</source>
        <translation>每个销售阶段都必须有名称。</translation>
    </message>
    <message>
        <source>Two pipeline stages are called &quot;%1&quot;.</source>
        <translation>有两个销售阶段都叫“%1”，请修改其中一个的名称。</translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>“%1”的赢率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage, one won stage and one lost stage.</source>
        <translation>销售阶段中至少需要一个未结束的阶段、一个赢单阶段和一个输单阶段。</translation>
    </message>
</context>
<context>
    <name>SectionInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收款单</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting %1 is not a whole number: &apos;%2&apos;.</source>
        <translation>设置项 %1 不是整数：“%2”。</translation>
    </message>
</context>
<context>
    <name>StageFunnel</name>
    <message>
        <source>The pipeline changed while the funnel was drawn; refresh to see it again.</source>
        <translation>漏斗绘制期间销售阶段发生了变化，请刷新后再看。</translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>Cannot %1 a %2 that is %3: no further steps are possible.</source>
        <translation>%2当前为“%3”，无法%1：已没有可执行的后续操作。</translation>
    </message>
    <message>
        <source>Cannot %1 a %2 that is %3. Allowed next: %4.</source>
        <translation>%2当前为“%3”，无法%1。当前可执行的操作：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TargetWorkflow</name>
    <message>
        <source>The attainment is too large to show as a rate.</source>
        <translation>完成率过大，无法以百分比显示。</translation>
    </message>
    <message>
        <source>A sales target belongs either to one salesperson or to one team.</source>
        <translation>销售计划只能属于一名销售员或一个团队，二者选其一。</translation>
    </message>
    <message>
        <source>Choose the first day of the target&apos;s period.</source>
        <translation>请选择销售计划期间的第一天。</translation>
    </message>
    <message>
        <source>A monthly target starts on the first day of a month, not on %1.</source>
        <translation>月度销售计划必须从每月 1 日开始，而不是 %1。</translation>
    </message>
    <message>
        <source>A quarterly target starts on 1 January, 1 April, 1 July or 1 October, not on %1.</source>
        <translation>季度销售计划必须从 1 月 1 日、4 月 1 日、7 月 1 日或 10 月 1 日开始，而不是 %1。</translation>
    </message>
    <message>
        <source>A yearly target starts on 1 January, not on %1.</source>
        <translation>年度销售计划必须从 1 月 1 日开始，而不是 %1。</translation>
    </message>
    <message>
        <source>The target amount cannot be negative.</source>
        <translation>目标金额不能为负数。</translation>
    </message>
    <message>
        <source>The target number of contracts cannot be negative.</source>
        <translation>目标合同数不能为负数。</translation>
    </message>
    <message>
        <source>Sales targets are set in the base currency %1, not in %2.</source>
        <translation>销售计划须以本位币 %1 制定，不能使用 %2。</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>No encoding was given.</source>
        <translation>未指定编码。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;. Use UTF-8, UTF-16LE, UTF-16BE, GB18030 (also for GBK), Big5, Shift_JIS or another name the ICU library knows.</source>
        <translation>未知编码“%1”。请使用 UTF-8、UTF-16LE、UTF-16BE、GB18030（也适用于 GBK）、Big5、Shift_JIS 或 ICU 库支持的其他编码名称。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text (the first unreadable byte is at %1). Give its encoding with --encoding.</source>
        <translation>此文件既不是 UTF-8 也不是 GB18030 编码的文本（第一个无法识别的字节位于%1）。请用 --encoding 指定文件编码。</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>未知位置</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (the first unreadable byte is at %2).</source>
        <translation>此文件不是有效的 %1 编码文本（第一个无法识别的字节位于%2）。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>Some characters cannot be written in %1; use UTF-8 instead.</source>
        <translation>部分字符无法用 %1 编码写出，请改用 UTF-8。</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line is not a vCard property.</source>
        <translation>该行不是 vCard 属性。</translation>
    </message>
    <message>
        <source>Line %1: the photo is not valid base64 and was left out.</source>
        <translation>第 %1 行：照片不是有效的 base64 数据，已忽略。</translation>
    </message>
    <message>
        <source>BEGIN:%1 is not a vCard; expected BEGIN:VCARD.</source>
        <translation>BEGIN:%1 不是 vCard；应为 BEGIN:VCARD。</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>END:VCARD 之前没有对应的 BEGIN:VCARD。</translation>
    </message>
    <message>
        <source>The property %1 is outside of any vCard.</source>
        <translation>属性 %1 不在任何 vCard 之内。</translation>
    </message>
    <message>
        <source>The vCard that starts here has no END:VCARD.</source>
        <translation>从此处开始的 vCard 没有 END:VCARD。</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>文件中没有 vCard（没有 BEGIN:VCARD 行）。</translation>
    </message>
</context>
<context>
    <name>ValueMatcher</name>
    <message>
        <source>The field &apos;%1&apos; takes no values from a list.</source>
        <translation>字段“%1”不从列表中取值。</translation>
    </message>
</context>
<context>
    <name>WonLostByOwner</name>
    <message>
        <source>Won and lost by salesperson</source>
        <translation>按销售人员赢单与输单</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
</context>
<context>
    <name>WorkflowSupport</name>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take new work.</source>
        <translation>%1 已停用，不能再为其分配新的业务。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ActivityAgenda</name>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>销售员(&amp;S)：</translation>
    </message>
    <message>
        <source>Reload the agenda</source>
        <translation>刷新日程</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联对象</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>日程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周视图(&amp;W)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>标记为已完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cancel activity…</source>
        <translation>取消销售活动(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>There is no active salesperson yet.</source>
        <translation>目前还没有在职的销售员。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>What came of “%1”?</source>
        <translation>“%1”的结果如何？</translation>
    </message>
    <message>
        <source>Cannot mark the activity done</source>
        <translation>无法将销售活动标记为已完成</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>取消销售活动</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>确定要取消“%1”吗？</translation>
    </message>
    <message>
        <source>Cannot cancel the activity</source>
        <translation>无法取消销售活动</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Each time Qianyue closes it writes a checked backup of this database to %1.</source>
        <translation>签约每次关闭时都会把此数据库的备份（已校验）写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>还没有自动备份。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ChainBreadcrumb</name>
    <message numerus="yes">
        <source> (+%n)</source>
        <translation>
            <numerusform>（另有 %n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n more at this step in the related tabs</source>
        <translation>
            <numerusform>%1 — 此环节另有 %n 条，见相关记录标签页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ChartPanel</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export this chart</source>
        <translation>导出此图表</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PDF…</source>
        <translation>将图表另存为 PDF…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>将数据另存为 CSV…</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>还没有可保存的图表。</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::CustomerTimeline</name>
    <message>
        <source>Show older</source>
        <translation>显示更早的</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::DashboardPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Contract amount (签约金额)</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Open opportunities (机会数)</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Outstanding receivables</source>
        <translation>应收账款未收金额</translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>%1 in %2 contracts
before: %3 (%4)</source>
        <translation>%1，共 %2 份合同
上期：%3（%4）</translation>
    </message>
    <message>
        <source>%1 open, %2 new
weighted %3</source>
        <translation>进行中 %1 个，新增 %2 个
加权金额 %3</translation>
    </message>
    <message>
        <source>%1
%2 won, %3 lost</source>
        <translation>%1
赢单 %2 个，输单 %3 个</translation>
    </message>
    <message>
        <source>%1
overdue %2</source>
        <translation>%1
逾期 %2</translation>
    </message>
    <message>
        <source>%1
of %2</source>
        <translation>%1
目标 %2</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>未设置销售计划</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>0–30</source>
        <translation>0–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>&gt; 90</source>
        <translation>&gt; 90</translation>
    </message>
    <message>
        <source>Everyone in the team</source>
        <translation>团队全部成员</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间最后一天</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Print dashboard…</source>
        <translation>打印仪表盘…</translation>
    </message>
    <message>
        <source>Print the tiles and all charts on one A4 landscape page</source>
        <translation>将指标卡和所有图表打印在一张 A4 横向纸上</translation>
    </message>
    <message>
        <source>Contract amount by salesperson vs target</source>
        <translation>各销售人员签约金额与目标</translation>
    </message>
    <message>
        <source>Sales funnel (opportunities by stage)</source>
        <translation>销售漏斗（各阶段机会数）</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Receivables aging (days past due)</source>
        <translation>应收账龄（逾期天数）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Qianyue dashboard — %1 — %2 — printed %3</source>
        <translation>签约仪表盘 — %1 — %2 — 打印于 %3</translation>
    </message>
    <message>
        <source>The dashboard could not be printed: the printer did not start.</source>
        <translation>无法打印仪表盘：打印机未能启动。</translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation>打印仪表盘</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::DocumentActions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print, export or e-mail this quote</source>
        <translation>打印、导出或通过电子邮件发送此报价单</translation>
    </message>
    <message>
        <source>Print, export or e-mail this contract</source>
        <translation>打印、导出或通过电子邮件发送此合同</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>通过电子邮件发送…</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文 (English)</translation>
    </message>
    <message>
        <source>Bilingual (中文 / English)</source>
        <translation>中英双语 (中文 / English)</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the attachment.</source>
        <translation>无法为附件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the mail client: the program xdg-email is not installed (Debian package xdg-utils). The PDF was saved as %1; attach it to a message yourself.</source>
        <translation>无法打开邮件程序：未安装 xdg-email（Debian 软件包 xdg-utils）。PDF 已保存为 %1，请自行将其附加到邮件中。</translation>
    </message>
    <message>
        <source>The mail client could not be started (%1). The PDF was saved as %2.</source>
        <translation>无法启动邮件程序（%1）。PDF 已保存为 %2。</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The mail client was opened with %1 attached.</source>
        <translation>已打开邮件程序并附上 %1。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::FirstStartDialog</name>
    <message>
        <source>An &amp;empty company: start entering my own customers</source>
        <translation>空白公司(&amp;E)：开始录入我自己的客户</translation>
    </message>
    <message>
        <source>A &amp;demo company full of sample data to explore</source>
        <translation>演示公司(&amp;D)：带有丰富示例数据，供浏览体验</translation>
    </message>
    <message>
        <source>Welcome to Qianyue</source>
        <translation>欢迎使用签约</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Qianyue CRM.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your data will be kept in:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;欢迎使用签约 CRM。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;您的数据将保存在：&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;您想如何开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The demo data could not be prepared.</source>
        <translation>无法准备演示数据。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportCheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The whole file was read and checked against the database.</source>
        <translation>尚未写入任何内容。已读取整个文件并与数据库核对。</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message>
        <source>Would create %1, update %2 and skip %3 record(s).</source>
        <translation>将新建 %1 条、更新 %2 条、跳过 %3 条记录。</translation>
    </message>
    <message>
        <source>No problems: press Import to write them in one go.</source>
        <translation>没有问题：点击“导入”一次性写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first; nothing will be imported while any is left. Go back to change the mapping, or correct the file and choose it again.</source>
        <translation>
            <numerusform>必须先解决 %n 个问题；只要还有问题，就不会导入任何内容。请返回修改对应关系，或修正文件后重新选择。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet or another CRM, vCard contacts (.vcf) or an iCalendar file (.ics).</source>
        <translation>来自电子表格或其他 CRM 的 CSV 文件、vCard 联系人文件（.vcf）或 iCalendar 日历文件（.ics）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Records in it:</source>
        <translation>其中的记录(&amp;R)：</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Importable files (*.csv *.txt *.tsv *.vcf *.ics);;All files (*)</source>
        <translation>可导入的文件 (*.csv *.txt *.tsv *.vcf *.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Choose the column each field is read from. Fields marked * are required; columns left unchosen are not imported.</source>
        <translation>为每个字段选择读取的列。标有 * 的字段为必填；未选择的列不会导入。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation>以下必填字段没有对应的列：%1。</translation>
    </message>
    <message>
        <source>Column %1 feeds several fields: %2.</source>
        <translation>第 %1 列对应了多个字段：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of the file will not be imported.</source>
        <translation>
            <numerusform>文件中有 %n 列不会导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportPreviewPage</name>
    <message>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <source>If the text looks garbled or everything sits in one column, choose the encoding or delimiter.</source>
        <translation>如果文字显示为乱码，或所有内容都挤在一列中，请选择编码或分隔符。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2: %n record(s) under a header of %3 column(s).</source>
        <translation>
            <numerusform>按 %1 读取，列以%2分隔：表头共 %3 列，其下 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancelling: everything imported so far is being rolled back…</source>
        <translation>正在取消：已导入的内容正在全部回滚…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%1 of %2 rows…</source>
        <translation>第 %1 / %2 行…</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>已导入：新建 %1 条，更新 %2 条，跳过 %3 条。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportValuesPage</name>
    <message>
        <source>&amp;Create missing salespeople, customers, products and stages</source>
        <translation>创建缺失的销售人员、客户、产品和阶段(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Update records already stored (same code, tax id or name) instead of skipping them</source>
        <translation>更新已存在的记录（编号、税号或名称相同），而不是跳过(&amp;U)</translation>
    </message>
    <message>
        <source>Map the values</source>
        <translation>对应取值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Names in vCard and iCalendar files are matched as they are written.</source>
        <translation>vCard 和 iCalendar 文件中的名称按原样匹配。</translation>
    </message>
    <message>
        <source>(as written: not found)</source>
        <translation>（按原样：未找到）</translation>
    </message>
    <message>
        <source>(as written: not valid)</source>
        <translation>（按原样：无效）</translation>
    </message>
    <message>
        <source>Every value of the mapped list and name columns is known.</source>
        <translation>已对应的选项列和名称列中的所有值均可识别。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not known. Choose what each stands for, create the missing records below, or leave them: the check on the next page lists every row they are in.</source>
        <translation>
            <numerusform>有 %n 个值无法识别。请选择每个值代表什么，或在下方选择创建缺失的记录，也可以不处理：下一页的检查会列出它们所在的每一行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::LineEditor</name>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU and press Enter</source>
        <translation>添加产品：输入产品名称或产品编码后按回车键</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>No product is called &apos;%1&apos;.</source>
        <translation>没有名为“%1”的产品。</translation>
    </message>
    <message>
        <source>%1 is priced in %2; this document is in %3.</source>
        <translation>%1 以 %2 定价，而此单据使用 %3。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The quantity must be a number above zero.</source>
        <translation>数量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The discount is a percentage between 0 and 100.</source>
        <translation>折扣须为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The tax rate is a percentage of 0 or more.</source>
        <translation>税率须为不小于 0 的百分比。</translation>
    </message>
    <message>
        <source>tax %1: %2</source>
        <translation>税额（%1）：%2</translation>
    </message>
    <message>
        <source>Subtotal %1 · %2 · Total %3</source>
        <translation>小计 %1 · %2 · 合计 %3</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::MainWindow</name>
    <message>
        <source>Qianyue databases (*.db *.qianyue);;All files (*)</source>
        <translation>签约数据库 (*.db *.qianyue);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Qianyue CRM</source>
        <translation>签约 CRM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Qianyue</source>
        <translation>关于签约(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Qianyue never overwrites a database.</source>
        <translation>%1 已存在。请选择新的文件名；签约从不覆盖数据库。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>About Qianyue</source>
        <translation>关于签约</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qianyue CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for salespeople: from the first lead to the last payment.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;签约 CRM %1&lt;/h3&gt;&lt;p&gt;为销售人员打造的桌面 CRM：从第一条线索到最后一笔收款。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>商机看板</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <source>Automatic bac&amp;kups…</source>
        <translation>自动备份(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::NotAvailablePage</name>
    <message>
        <source>This section is not available yet in this version of Qianyue.
Nothing is shown here until it is built.</source>
        <translation>此版本的签约尚未提供本模块。
在完成开发之前，这里不会显示任何数据。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::OpportunityCardDelegate</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::OrderQuantitiesDialog</name>
    <message>
        <source>Order part of the contract</source>
        <translation>订购合同的一部分</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>合同数量</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>本次订购</translation>
    </message>
    <message>
        <source>&amp;Create order</source>
        <translation>创建订单(&amp;C)</translation>
    </message>
    <message>
        <source>Type how much of each line to order now; 0 leaves a line out.</source>
        <translation>输入本次订购每行的数量；填 0 则不订购该行。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Nothing to order: every quantity is 0.</source>
        <translation>没有可订购的内容：所有数量均为 0。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::PipelineBoard</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Filter by opportunity, code or customer…</source>
        <translation>按商机名称、编号或客户筛选…</translation>
    </message>
    <message>
        <source>Reload the board (%1)</source>
        <translation>刷新看板（%1）</translation>
    </message>
    <message>
        <source>Won

Drop a card here to mark it won</source>
        <translation>赢单

将卡片拖放到此处即标记为赢单</translation>
    </message>
    <message>
        <source>Lost

Drop a card here to mark it lost</source>
        <translation>输单

将卡片拖放到此处即标记为输单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Open opportunities in this stage matching the filter, and their total amount.</source>
        <translation>此销售阶段中符合筛选条件的进行中商机数量及其总金额。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more…</source>
        <translation>
            <numerusform>还有 %Ln 个…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln by expected close date are shown. Filter by owner or text to see the others.</source>
        <translation>
            <numerusform>仅显示按预计成交日期排在前面的 %Ln 个商机。如需查看其余商机，请按负责人或文字筛选。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) on the board</source>
        <translation>
            <numerusform>看板上共有 %Ln 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move the opportunity</source>
        <translation>无法移动商机</translation>
    </message>
    <message>
        <source>Opportunity won</source>
        <translation>商机赢单</translation>
    </message>
    <message>
        <source>Mark “%1” as won?</source>
        <translation>确定将“%1”标记为赢单吗？</translation>
    </message>
    <message>
        <source>Opportunity lost</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>“%1”输单的原因是什么？</translation>
    </message>
    <message>
        <source>Cannot close the opportunity</source>
        <translation>无法关闭商机</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移至(&amp;M)</translation>
    </message>
    <message>
        <source>Mark &amp;won…</source>
        <translation>标记为赢单(&amp;W)…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>标记为输单(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::RecordDialog</name>
    <message>
        <source>Create quote</source>
        <translation>创建报价单</translation>
    </message>
    <message>
        <source>Create contract</source>
        <translation>生成合同</translation>
    </message>
    <message>
        <source>Create order for the rest</source>
        <translation>为剩余数量生成销售订单</translation>
    </message>
    <message>
        <source>Create receivable</source>
        <translation>生成应收账款</translation>
    </message>
    <message>
        <source>Record receipt of the outstanding amount</source>
        <translation>按未收金额登记收款</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Signed (12 months): %1 · all time: %2 in %3 contracts · outstanding: %4 · open opportunities: %5 worth %6 (weighted %7) · segment %8%9 · last activity: %10 · next: %11</source>
        <translation>近 12 个月签约：%1 · 累计签约：%2，共 %3 份合同 · 未收金额：%4 · 进行中商机：%5 个，金额 %6（加权金额 %7）· 客户分级：%8%9 · 最近一次销售活动：%10 · 下一次：%11</translation>
    </message>
    <message>
        <source> · churn risk</source>
        <translation> · 有流失风险</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit lines…</source>
        <translation>编辑明细…</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>销售员：</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消操作。</translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>失败关闭线索</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>变更销售阶段</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>销售阶段：</translation>
    </message>
    <message>
        <source>Lose opportunity</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Approve quote</source>
        <translation>核准报价单</translation>
    </message>
    <message>
        <source>Reject quote</source>
        <translation>拒绝报价单</translation>
    </message>
    <message>
        <source>Terminate contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>Customer withdrew</source>
        <translation>客户放弃合作</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>This step is not available here.</source>
        <translation>此处无法执行此操作。</translation>
    </message>
    <message>
        <source>Order part…</source>
        <translation>部分订购…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收款单</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>The frozen version is saved, but its PDF could not be made yet; the first print will make it.
%1</source>
        <translation>冻结版本已保存，但其 PDF 暂未生成；首次打印时将生成。
%1</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::RecordEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter a percentage between 0 and 100.</source>
        <translation>请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>No %1 is called &apos;%2&apos;.</source>
        <translation>没有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-03-02.</source>
        <translation>日期请按 YYYY-MM-DD 格式填写，例如 2026-03-02。</translation>
    </message>
    <message>
        <source>Write the time as YYYY-MM-DD HH:MM, e.g. 2026-03-02 09:30.</source>
        <translation>时间请按 YYYY-MM-DD HH:MM 格式填写，例如 2026-03-02 09:30。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, dashes and brackets, e.g. 021-5050 1234.</source>
        <translation>电话号码只能包含数字、空格、短横线和括号，例如 021-5050 1234。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: at most 10 000 characters.</source>
        <translation>内容过长：最多 10 000 个字符。</translation>
    </message>
    <message>
        <source>The reminder comes after the activity is due.</source>
        <translation>提醒时间晚于销售活动的计划时间。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标记出的字段。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1
Keep your version (overwrite theirs) or load theirs?</source>
        <translation>%1
保留您的版本（覆盖对方的修改），还是加载对方的版本？</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>加载对方的版本</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>关闭前是否保存更改？</translation>
    </message>
    <message>
        <source>Restored the unsaved changes kept on %1.</source>
        <translation>已恢复 %1 保存的未保存更改。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::RecordListPage</name>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Filter by name, number, customer, phone or e-mail…</source>
        <translation>按名称、编号、客户、电话或邮箱筛选…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected records (Del); Ctrl+Z brings them back</source>
        <translation>删除所选记录（Del）；按 Ctrl+Z 可恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>将列表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>不限营销同意</translation>
    </message>
    <message>
        <source>Marketing consent given</source>
        <translation>已同意营销</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>未同意营销</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Save the current filter under a name, or delete the chosen saved filter</source>
        <translation>以名称保存当前筛选条件，或删除所选的已保存筛选</translation>
    </message>
    <message>
        <source>&amp;Save current filter…</source>
        <translation>保存当前筛选(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete chosen saved filter</source>
        <translation>删除所选的已保存筛选(&amp;D)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::RelatedListTab</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联对象</translation>
    </message>
    <message>
        <source>Snooze &amp;10 min</source>
        <translation>稍后提醒 10 分钟(&amp;1)</translation>
    </message>
    <message>
        <source>Snooze 1 &amp;hour</source>
        <translation>稍后提醒 1 小时(&amp;H)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>标记为已完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s) due</source>
        <translation>
            <numerusform>%Ln 项销售活动已到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message numerus="yes">
        <source>What came of it? (%Ln activity(s))</source>
        <translation>
            <numerusform>结果如何？（%Ln 项销售活动）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qianyue::ui::ReminderNotifier</name>
    <message>
        <source>Cannot mark the activity done</source>
        <translation>无法将销售活动标记为已完成</translation>
    </message>
    <message>
        <source>Qianyue reminders</source>
        <translation>签约提醒</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qianyue::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Name, number, phone or e-mail…</source>
        <translation>名称、编号、电话或邮箱…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n</source>
        <translation>
            <numerusform>超过 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds customers, contacts, leads, opportunities, quotes, contracts and orders. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>可查找客户、联系人、线索、商机、报价单、合同和销售订单。按 ↑ ↓ 选择，按回车键打开，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>Showing names and numbers that start with “%1”; type a third character to search inside them.</source>
        <translation>当前显示以“%1”开头的名称和编号；输入第三个字符后，将搜索名称和编号中任意位置的内容。</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>按 ↑ ↓ 选择，按回车键打开，按 Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>qianyue::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Unified social credit code (&amp;tax id):</source>
        <translation>统一社会信用代码(&amp;T)：</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位字符，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>&amp;Bank and account:</source>
        <translation>开户行及账号(&amp;B)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>公司 Logo：</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>本位币(&amp;B)：</translation>
    </message>
    <message>
        <source>Dashboards and reports add amounts up in the base currency. Every quote, contract, order and receipt keeps its own currency and exchange rate, so amounts already saved are not converted again.</source>
        <translation>仪表盘和报表按本位币汇总金额。每份报价单、合同、销售订单和收款单都保留各自的币种和汇率，因此已保存的金额不会重新换算。</translation>
    </message>
    <message>
        <source>{YYYY} is the year, {YY} its last two digits, and {####} the running number, padded to as many digits as there are #. With a year in the pattern the count starts again at 1 every year.</source>
        <translation>{YYYY} 表示年份，{YY} 表示年份的后两位，{####} 表示流水号，位数与 # 的个数相同，不足时在前面补零。编号规则中含有年份时，流水号每年从 1 重新开始。</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a numbering pattern&apos;s label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>添加阶段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Double-click a name or probability to change it. The probability is what an opportunity entering the stage starts with. A stage can be deleted only while no opportunity is or was in it.</source>
        <translation>双击名称或赢率即可修改。赢率是商机进入该阶段时的初始赢率。只有当前没有、也从未有过商机处于某个阶段时，才能删除该阶段。</translation>
    </message>
    <message>
        <source>&amp;Default tax rate:</source>
        <translation>默认税率(&amp;D)：</translation>
    </message>
    <message>
        <source>New products and document lines start with this rate; each line keeps its own.</source>
        <translation>新建的产品和单据明细行以此税率为初始值；每一行都保留各自的税率。</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>The interface switches to the chosen language when you save.</source>
        <translation>保存后，界面将切换为所选语言。</translation>
    </message>
    <message>
        <source>&amp;Look for due reminders every:</source>
        <translation>检查到期提醒的间隔(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>These options belong to this computer, not to the database.</source>
        <translation>这些选项仅对本机有效，不保存在数据库中。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters: digits and capital letters other than I, O, S, V and Z.</source>
        <translation>统一社会信用代码共 18 位，由数字和大写字母组成（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The last character should be %1 by the check rule; please compare with the business licence.</source>
        <translation>按校验规则，最后一位应为 %1，请与营业执照核对。</translation>
    </message>
    <message>
        <source>The next number would be %1, which is already taken; change the pattern.</source>
        <translation>下一个编号将是 %1，但该编号已被占用，请修改编号规则。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个编号：%1</translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>每个阶段都必须有名称。</translation>
    </message>
    <message>
        <source>Two stages are called “%1”.</source>
        <translation>有两个阶段都叫“%1”。</translation>
    </message>
    <message>
        <source>Enter a probability from 0 to 100 for “%1”.</source>
        <translation>请为“%1”输入 0 到 100 之间的赢率。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100, such as 13 or 6.5.</source>
        <translation>请输入 0 到 100 之间的百分比，例如 13 或 6.5。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>请更正标红的字段后再保存。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>未保存的设置</translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>放弃尚未保存的更改吗？</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司 Logo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>无法将 %1 读取为图片：%2</translation>
    </message>
    <message>
        <source>%1 could not be converted for storing.</source>
        <translation>无法转换 %1 以便保存。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无 Logo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation>销售阶段中至少需要一个未结束的阶段。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>S&amp;nooze a reminder for:</source>
        <translation>稍后提醒时长(&amp;N)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate: write each as CODE=rate, e.g. USD=7.1234, for currencies other than %2.</source>
        <translation>“%1”不是汇率：请按“币种=汇率”填写，例如 USD=7.1234，且只填写 %2 以外的币种。</translation>
    </message>
    <message>
        <source>The rate of %1 must be a number above zero with at most 6 decimals, not &apos;%2&apos;.</source>
        <translation>%1 的汇率必须是大于零、最多 6 位小数的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <source>What one unit of each currency is worth in the base currency. New opportunities in that currency take this rate.</source>
        <translation>每种货币一个单位折合多少本位币。以该货币新建的商机将采用此汇率。</translation>
    </message>
</context>
</TS>
