<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="95" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="96" />
        <location filename="../../ui/dashboard/page.py" line="106" />
        <location filename="../../ui/dashboard/page.py" line="113" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="97" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="98" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="99" />
        <source>Planned visit</source>
        <translation>计划走访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="100" />
        <source>Visit due — none planned yet</source>
        <translation>该走访了——尚未安排</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="103" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="104" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="107" />
        <source>Action</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="108" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="111" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="112" />
        <source>Stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="114" />
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="115" />
        <source>Open warnings</source>
        <translation>未处理预警</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="116" />
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124" />
        <source>Warnings on my accounts</source>
        <translation>我的客户预警</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="125" />
        <source>Visits this week</source>
        <translation>本周走访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="126" />
        <source>Follow-ups overdue</source>
        <translation>逾期的跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="127" />
        <source>Key accounts by grade and stage</source>
        <translation>重点客户（按等级和阶段）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="130" />
        <source>Accounts of</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="168" />
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="197" />
        <source>Visits this week (%1)</source>
        <translation>本周走访（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="199" />
        <source>Follow-ups overdue (%1)</source>
        <translation>逾期的跟进事项（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="211" />
        <source>Checking for warnings…</source>
        <translation>正在检查预警…</translation>
    </message>
</context>
<context>
    <name>DashboardTitles</name>
    <message>
        <location filename="../../ui/dashboard/titles.py" line="9" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
</TS>