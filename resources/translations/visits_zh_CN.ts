<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="38" />
        <source>Who is away</source>
        <translation>人员外出安排</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="44" />
        <location filename="../../ui/visits/absence_dialog.py" line="73" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="46" />
        <location filename="../../ui/visits/absence_dialog.py" line="74" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="49" />
        <location filename="../../ui/visits/absence_dialog.py" line="75" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="50" />
        <location filename="../../ui/visits/absence_dialog.py" line="76" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="71" />
        <source>leave, trade fair, training…</source>
        <translation>年假、展会、培训…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="77" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="80" />
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="83" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <location filename="../../ui/visits/titles.py" line="14" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../ui/visits/widgets.py" line="164" />
        <source>Add follow-up</source>
        <translation>添加跟进事项</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../ui/visits/widgets.py" line="99" />
        <source>What is to be done</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="102" />
        <source>— owner —</source>
        <translation>— 责任人 —</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="108" />
        <source>no due date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="111" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="118" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="65" />
        <source>Print the visit plan</source>
        <translation>打印拜访计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="66" />
        <source>Print visit briefs</source>
        <translation>打印拜访简报</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="67" />
        <source>Export visits to a calendar</source>
        <translation>导出拜访到日历</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="81" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="87" />
        <source>All layers</source>
        <translation>全部层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="92" />
        <source>Include cancelled visits</source>
        <translation>包括已取消的拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="98" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="107" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="108" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="109" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="111" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="114" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="120" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="120" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="134" />
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="134" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="143" />
        <source>The period is empty: “To” is before “From”.</source>
        <translation>期间无效:“到”早于“从”。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="146" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="163" />
        <source>Wrote the plan (%1 visits) to %2</source>
        <translation>已将拜访计划(%1 次拜访)写入 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="176" />
        <source>Exported %1 visits and %3 cancellations to %2</source>
        <translation>已导出 %1 次拜访和 %3 条取消通知到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="180" />
        <source>Exported %1 visits to %2</source>
        <translation>已导出 %1 次拜访到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="195" />
        <source>No planned visits in this period.</source>
        <translation>该期间没有计划中的拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="197" />
        <source>Wrote %1 briefs to %2</source>
        <translation>已将 %1 份简报写入 %2</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/visits/titles.py" line="10" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="69" />
        <source>Annual visit plan</source>
        <translation>年度拜访计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="79" />
        <source>&amp;Propose visits</source>
        <translation>生成建议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="84" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="34" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="40" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="44" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="45" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="46" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="48" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="54" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_model.py" line="56" />
        <source>catch-up: missed earlier this year</source>
        <translation>补访:今年早些时候未完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="108" />
        <source>Choose the year and press “Propose visits”.</source>
        <translation>选择年度后点击“生成建议”。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="111" />
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="113" />
        <source>Keep none</source>
        <translation>全部不保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="115" />
        <source>&amp;Create the kept visits</source>
        <translation>创建保留的拜访(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="119" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="152" />
        <source>Every account already has the visits its targets ask for in %1.</source>
        <translation>%1 年各客户的拜访已满足目标要求。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="160" />
        <source>%1 visits proposed for %2: %3.</source>
        <translation>%2 年建议安排 %1 次拜访:%3。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="166" />
        <source>%1 have nobody free: choose a person or drop them.</source>
        <translation>其中 %1 次无人有空:请指定人员或不保留。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="169" />
        <source>Double-click a date or a person to change it.</source>
        <translation>双击日期或人员可修改。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="186" />
        <source>%1 planned visits were created.</source>
        <translation>已创建 %1 次计划拜访。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visits/editor.py" line="89" />
        <source>Record a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="89" />
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="91" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="131" />
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="138" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="139" />
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="168" />
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="181" />
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="184" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="186" />
        <source>&amp;Layer</source>
        <translation>层面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="194" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="196" />
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="198" />
        <source>Our &amp;people</source>
        <translation>我方人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="199" />
        <source>&amp;Customer's people</source>
        <translation>客户人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="200" />
        <source>P&amp;urpose</source>
        <translation>目的(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="202" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="205" />
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="207" />
        <source>Problems raised</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="209" />
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="211" />
        <source>Quality issues touched</source>
        <translation>涉及的质量问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="214" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="215" />
        <source>&amp;Follow-ups</source>
        <translation>跟进事项(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="238" />
        <source>Save (Ctrl+Enter)</source>
        <translation>保存(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="240" />
        <source>Postpone…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="244" />
        <source>Move the visit to another day; the original date is kept</source>
        <translation>改到另一天；原定日期会保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="318" />
        <source>Quality</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="318" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="359" />
        <source>Originally planned for %1</source>
        <translation>原定于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="456" />
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="464" />
        <source>Please check</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="466" />
        <source>Save the visit anyway?</source>
        <translation>仍然保存这次拜访吗?</translation>
    </message>
</context>
<context>
    <name>VisitLists</name>
    <message>
        <location filename="../../ui/visits/lists.py" line="29" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="32" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="36" />
        <location filename="../../ui/visits/lists.py" line="63" />
        <location filename="../../ui/visits/lists.py" line="71" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="38" />
        <location filename="../../ui/visits/lists.py" line="73" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="40" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="44" />
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="46" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="53" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="54" />
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="56" />
        <location filename="../../ui/visits/lists.py" line="79" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="58" />
        <location filename="../../ui/visits/lists.py" line="83" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="65" />
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="72" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="75" />
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="76" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="80" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="88" />
        <source>Next planned</source>
        <translation>下次计划</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/visits/page.py" line="78" />
        <source>Previous (Page Up)</source>
        <translation>上一页(Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="80" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="85" />
        <source>Next (Page Down)</source>
        <translation>下一页(Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="89" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="90" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="111" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="126" />
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="129" />
        <source>Record a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="132" />
        <source>Plan the year…</source>
        <translation>年度计划…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="135" />
        <source>Who is away…</source>
        <translation>人员外出安排…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="141" />
        <source>Print plan…</source>
        <translation>打印计划…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="148" />
        <source>Print briefs…</source>
        <translation>打印简报…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="155" />
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="174" />
        <source>Mark done today</source>
        <translation>今天已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="189" />
        <location filename="../../ui/visits/page.py" line="283" />
        <source>My upcoming visits</source>
        <translation>我的近期拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="190" />
        <location filename="../../ui/visits/page.py" line="284" />
        <source>Overdue follow-ups</source>
        <translation>逾期跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="191" />
        <location filename="../../ui/visits/page.py" line="285" />
        <source>Due for a visit</source>
        <translation>应拜访客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="229" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="295" />
        <source>%1-%2</source>
        <translation>%1 年 %2 月</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="305" />
        <source>%1: no visits</source>
        <translation>%1：没有拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="315" />
        <source> and %1 more</source>
        <translation>,另有 %1 次</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="58" />
        <source>Customer's people</source>
        <translation>客户人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="61" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="63" />
        <source>(incomplete: no outcome)</source>
        <translation>(记录不完整:无结果)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="74" />
        <source>New visit…</source>
        <translation>新建拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="77" />
        <source>Record a visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="80" />
        <source>Print brief…</source>
        <translation>打印简报…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="126" />
        <source>no target</source>
        <translation>无要求</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="127" />
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="128" />
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="129" />
        <source>due</source>
        <translation>应拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="130" />
        <source>overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="135" />
        <source>%1 a year</source>
        <translation>每年 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="137" />
        <source>Last: %1</source>
        <translation>上次:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="138" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="140" />
        <source>Next planned: %1</source>
        <translation>下次计划:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="145" />
        <source>Due by: %1</source>
        <translation>应于:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="146" />
        <source>Done this year: %1</source>
        <translation>今年已完成:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="176" />
        <source>Print brief</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="178" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
</TS>