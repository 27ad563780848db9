<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="38" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="43" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="48" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="53" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="58" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="63" />
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="68" />
        <source>Stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="73" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="78" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>AccountListPanel</name>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="56" />
        <source>Search by code, name or pinyin (e.g. hbgt)</source>
        <translation>按编码、名称或拼音搜索(如 hbgt)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="68" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="75" />
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="105" />
        <source>No accounts yet.
Create one with “New account”, or import a workbook with “kam import”.</source>
        <translation>还没有客户。
点击“新建客户”创建,或用“kam import”导入工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="113" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="150" />
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="152" />
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="176" />
        <source>%1 accounts</source>
        <translation>共 %1 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="179" />
        <source>%1 of %2 accounts</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="232" />
        <source>Shared with the team</source>
        <translation>与团队共享</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/list_panel.py" line="238" />
        <source>On a team server every member sees a shared account, not only its account manager and those who cover it</source>
        <translation>在团队服务器上，共享客户对所有成员可见，而不仅限于其客户经理和覆盖该客户的人员</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="122" />
        <source>The account and everything recorded under it (people, lines, plans, shares, records and visits) will be deleted. This cannot be undone.</source>
        <translation>该客户及其名下的全部记录(人员、生产线、规划、份额、业务记录和走访)都将被删除,且无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="148" />
        <source>Shared with the team</source>
        <translation>与团队共享</translation>
    </message>
</context>
</TS>