<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/shell/about.py" line="12" />
        <source>About KAM Desk</source>
        <translation>关于 KAM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="13" />
        <source>Key-account management for B2B field sales: the account dossier, visits on three layers, the annual rating and early warnings.</source>
        <translation>面向工业品销售的大客户管理:客户业务档案、三个层面的走访、年度评级与预警。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="16" />
        <source>Works offline; your data stays in one file on this computer.</source>
        <translation>离线可用;数据保存在本机的一个文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="18" />
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="78" />
        <source>KAM Desk</source>
        <translation>KAM Desk 大客户管理</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="79" />
        <source>Something went wrong: %1</source>
        <translation>出了点问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="81" />
        <source>Nothing saved was lost: every change is saved whole or not at all. You can carry on working; if it happens again, send the log to whoever looks after KAM Desk.

Log: %1</source>
        <translation>已保存的数据没有丢失：每次修改要么完整保存，要么完全不保存。您可以继续工作；如果问题再次出现，请把日志发给 KAM Desk 的维护人员。

日志：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="85" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/shell/database.py" line="30" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="32" />
        <source>You can open another database file or create a new one.</source>
        <translation>您可以打开其他数据库文件,或新建一个数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="33" />
        <source>Open another…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="34" />
        <source>Create new…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="35" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="47" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="53" />
        <location filename="../../ui/shell/database.py" line="58" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="59" />
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 已存在,请换一个文件名。</translation>
    </message>
</context>
</TS>