<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="94" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="95" />
        <location filename="../../ui/dashboard/page.py" line="104" />
        <location filename="../../ui/dashboard/page.py" line="111" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="96" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="97" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="98" />
        <source>Planned visit</source>
        <translation>计划走访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="99" />
        <source>Visit due — none planned yet</source>
        <translation>该走访了——尚未安排</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="102" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="103" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="105" />
        <source>Action</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="106" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="109" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="110" />
        <source>Stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="112" />
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="113" />
        <source>Open warnings</source>
        <translation>未处理预警</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="114" />
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="123" />
        <source>Visits in the next 14 days</source>
        <translation>未来 14 天的走访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124" />
        <source>My follow-ups: overdue and next 14 days</source>
        <translation>我的跟进事项：逾期及未来 14 天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="214" />
        <source>Visits in the next 14 days (%1)</source>
        <translation>未来 14 天的走访（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="217" />
        <source>Follow-ups: %1 overdue, %2 in the next 14 days</source>
        <translation>跟进事项：逾期 %1 项，未来 14 天 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="235" />
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="237" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="238" />
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="126" />
        <source>Key accounts by grade and stage</source>
        <translation>重点客户（按等级和阶段）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="122" />
        <source>Needs me this week</source>
        <translation>本周需要我处理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="129" />
        <source>Accounts of</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="177" />
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="200" />
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
<context>
    <name>WarningShortList</name>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="53" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="55" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="56" />
        <source>Visit</source>
        <translation>拜访层面</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="57" />
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="59" />
        <source>What needs doing</source>
        <translation>需要处理的事</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="72" />
        <location filename="../../ui/dashboard/short_list.py" line="129" />
        <source>Plan visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="74" />
        <source>Plan the visit that deals with the selected account's worst warning</source>
        <translation>为所选客户最严重的预警安排拜访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="77" />
        <source>All warnings…</source>
        <translation>全部预警…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="94" />
        <source> (+%1 more)</source>
        <translation>（另有 %1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="103" />
        <source>Nothing needs you this week</source>
        <translation>本周没有需要您处理的客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="105" />
        <source>%1 accounts need you this week</source>
        <translation>本周有 %1 个客户需要您处理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="107" />
        <source>; %1 more accounts with milder warnings</source>
        <translation>；另有 %1 个客户的预警较轻</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="109" />
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/short_list.py" line="130" />
        <source>Open the dossier</source>
        <translation>打开档案</translation>
    </message>
</context>
</TS>