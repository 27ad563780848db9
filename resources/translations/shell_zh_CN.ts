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
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/shell/database.py" line="29" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="31" />
        <source>You can open another database file or create a new one.</source>
        <translation>您可以打开其他数据库文件,或新建一个数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="32" />
        <source>Open another…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="33" />
        <source>Create new…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="34" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="34" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="46" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="52" />
        <location filename="../../ui/shell/database.py" line="57" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="58" />
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 已存在,请换一个文件名。</translation>
    </message>
</context>
</TS>