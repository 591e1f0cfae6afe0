<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Print this help, or a command's help after its name.</source>
        <translation>显示本帮助；放在命令名之后则显示该命令的帮助。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command '%1'. Run 'qianyue-cli --help' for the list of commands.</source>
        <translation>未知命令“%1”。运行“qianyue-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Show this command's help.</source>
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
        <source>The demo data set is not part of this version yet.</source>
        <translation>此版本尚未包含演示数据。</translation>
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
</TS>