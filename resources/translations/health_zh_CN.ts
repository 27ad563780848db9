<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AckDialog</name>
    <message>
        <location filename="../../ui/health/ack_dialog.py" line="31" />
        <source>Acknowledge warning</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <location filename="../../ui/health/ack_dialog.py" line="36" />
        <source>The warning is hidden until it gets worse. Say what is being done about it.</source>
        <translation>确认后，预警在情况恶化之前不再显示。请写明正在采取的措施。</translation>
    </message>
    <message>
        <location filename="../../ui/health/ack_dialog.py" line="41" />
        <source>e.g. Met the purchasing manager on 12 May; payment promised by month end</source>
        <translation>例如：5 月 12 日已与采购部长面谈，对方承诺月底前付款</translation>
    </message>
    <message>
        <location filename="../../ui/health/ack_dialog.py" line="47" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/health/ack_dialog.py" line="50" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="52" />
        <source>Customer department</source>
        <translation>客户部门</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="55" />
        <source>Contacts</source>
        <translation>联系人数</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="57" />
        <source>Support / neutral / against</source>
        <translation>支持 / 中立 / 反对</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="63" />
        <source>Nobody owns</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="65" />
        <source>Last contact</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="68" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_model.py" line="33" />
        <source>key department</source>
        <translation>关键部门</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="35" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="36" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="38" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="39" />
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="40" />
        <source>Owner on our side</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="41" />
        <source>nobody — name an owner</source>
        <translation>无人负责——请指定负责人</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="48" />
        <source>Rising stars (明日之星)</source>
        <translation>明日之星</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="80" />
        <source>Key departments covered: %1 of %2 (★). Single-threaded departments: %3. Contacts who left or changed post: %4.</source>
        <translation>关键部门（★）已覆盖 %1 / %2；单线联系的部门 %3 个；已离职或调岗的联系人 %4 人。</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="88" />
        <source>Decision makers nobody on our side owns</source>
        <translation>无我方负责人的决策者</translation>
    </message>
    <message>
        <location filename="../../ui/health/coverage_panel.py" line="92" />
        <source>Every decision maker has an owner on our side.</source>
        <translation>每位决策者都有我方负责人。</translation>
    </message>
</context>
<context>
    <name>HealthTitles</name>
    <message>
        <location filename="../../ui/health/titles.py" line="10" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/health/titles.py" line="14" />
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="48" />
        <location filename="../../ui/health/opportunity_dialog.py" line="109" />
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="48" />
        <source>New opportunity</source>
        <translation>新建机会</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="66" />
        <source>What happened, and what it opens up</source>
        <translation>发生了什么，带来什么机会</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="77" />
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="81" />
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="95" />
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="111" />
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="112" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="113" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="115" />
        <source>Followed up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_dialog.py" line="116" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OpportunityPanel</name>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="36" />
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="38" />
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="39" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="40" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="41" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="42" />
        <source>Followed up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="51" />
        <source>New opportunity…</source>
        <translation>新建机会…</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="54" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/health/opportunity_panel.py" line="85" />
        <source>Use them as the stage asks</source>
        <translation>按当前阶段的策略把握机会</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../../ui/health/relationship_tab.py" line="38" />
        <source>Stage and tactics</source>
        <translation>阶段与策略</translation>
    </message>
    <message>
        <location filename="../../ui/health/relationship_tab.py" line="39" />
        <source>Coverage</source>
        <translation>部门覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/health/relationship_tab.py" line="40" />
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../ui/health/relationship_tab.py" line="41" />
        <location filename="../../ui/health/relationship_tab.py" line="61" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="52" />
        <source>Use the computed stage</source>
        <translation>采用推算的阶段</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="63" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="64" />
        <source>Our share</source>
        <translation>我方份额</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="66" />
        <source>Stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="67" />
        <source>not judged</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="68" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="83" />
        <source>Relationship type</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="87" />
        <source>Share of wallet and stage by year</source>
        <translation>历年份额与关系阶段</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="116" />
        <source>Stage by share of wallet: &lt;b&gt;%1&lt;/b&gt; (%2: our share %3 %)</source>
        <translation>按份额推算的关系阶段：&lt;b&gt;%1&lt;/b&gt;（%2 年我方份额 %3%）</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="120" />
        <source>No usable share-of-wallet entry yet; the recorded stage is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>尚无可用的份额记录，档案中记录的阶段为&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="123" />
        <source>Recorded on the account: %1</source>
        <translation>档案中记录的阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="131" />
        <source>Aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/health/stage_panel.py" line="131" />
        <source>Tactics</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../ui/health/thresholds_dialog.py" line="35" />
        <source>Warning thresholds</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../ui/health/thresholds_dialog.py" line="52" />
        <source> 10k CNY</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location filename="../../ui/health/thresholds_dialog.py" line="67" />
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>WarningModel</name>
    <message>
        <location filename="../../ui/health/warning_model.py" line="29" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/health/warning_model.py" line="32" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/health/warning_model.py" line="34" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/health/warning_model.py" line="35" />
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/health/warning_model.py" line="37" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/health/warning_model.py" line="39" />
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/health/warning_model.py" line="40" />
        <source>Acknowledged</source>
        <translation>确认情况</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="41" />
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="48" />
        <source>Account, warning or reason</source>
        <translation>客户、预警或原因</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="50" />
        <source>Show acknowledged</source>
        <translation>显示已确认的</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="52" />
        <source>By account</source>
        <translation>按客户</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="54" />
        <source>Each account's warnings together, the accounts that need attention most first</source>
        <translation>同一客户的预警放在一起，最需要关注的客户在前</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="58" />
        <source>Thresholds…</source>
        <translation>阈值…</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="87" />
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_page.py" line="118" />
        <source>%1 of %2 warnings</source>
        <translation>共 %2 条预警，显示 %1 条</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../ui/health/warnings_panel.py" line="62" />
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_panel.py" line="64" />
        <source>Show again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_panel.py" line="58" />
        <source>Plan visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_panel.py" line="59" />
        <source>Plan a visit that deals with this warning</source>
        <translation>安排拜访，处理这条预警</translation>
    </message>
    <message>
        <location filename="../../ui/health/warnings_panel.py" line="66" />
        <source>Open the dossier</source>
        <translation>打开档案</translation>
    </message>
</context>
</TS>