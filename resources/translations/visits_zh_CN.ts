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
        <location filename="../../ui/visits/absence_dialog.py" line="43" />
        <location filename="../../ui/visits/absence_dialog.py" line="68" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="44" />
        <location filename="../../ui/visits/absence_dialog.py" line="69" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="46" />
        <location filename="../../ui/visits/absence_dialog.py" line="70" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="47" />
        <location filename="../../ui/visits/absence_dialog.py" line="71" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="66" />
        <source>leave, trade fair, training…</source>
        <translation>年假、展会、培训…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="72" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="75" />
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/visits/absence_dialog.py" line="78" />
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
        <location filename="../../ui/visits/widgets.py" line="149" />
        <source>Add follow-up</source>
        <translation>添加跟进事项</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../ui/visits/widgets.py" line="92" />
        <source>What is to be done</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="95" />
        <source>— owner —</source>
        <translation>— 责任人 —</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="100" />
        <source>no due date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="103" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/widgets.py" line="110" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="57" />
        <source>Print the visit plan</source>
        <translation>打印拜访计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="58" />
        <source>Print visit briefs</source>
        <translation>打印拜访简报</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="59" />
        <source>Export visits to a calendar</source>
        <translation>导出拜访到日历</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="71" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="77" />
        <source>All layers</source>
        <translation>全部层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="82" />
        <source>Include cancelled visits</source>
        <translation>包括已取消的拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="88" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="97" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="98" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="99" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="101" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="104" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="110" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="110" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="123" />
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="123" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="133" />
        <source>The period is empty: “To” is before “From”.</source>
        <translation>期间无效:“到”早于“从”。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="136" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="144" />
        <source>Wrote the plan (%1 visits) to %2</source>
        <translation>已将拜访计划(%1 次拜访)写入 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="149" />
        <source>Exported %1 visits and %3 cancellations to %2</source>
        <translation>已导出 %1 次拜访和 %3 条取消通知到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="151" />
        <source>Exported %1 visits to %2</source>
        <translation>已导出 %1 次拜访到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="157" />
        <source>No planned visits in this period.</source>
        <translation>该期间没有计划中的拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/output_dialog.py" line="160" />
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
        <location filename="../../ui/visits/plan_dialog.py" line="64" />
        <source>Annual visit plan</source>
        <translation>年度拜访计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="74" />
        <source>&amp;Propose visits</source>
        <translation>生成建议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="79" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="91" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="91" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="91" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="92" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="92" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="92" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="93" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="94" />
        <source>catch-up: missed earlier this year</source>
        <translation>补访:今年早些时候未完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="105" />
        <source>Choose the year and press “Propose visits”.</source>
        <translation>选择年度后点击“生成建议”。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="108" />
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="110" />
        <source>Keep none</source>
        <translation>全部不保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="112" />
        <source>&amp;Create the kept visits</source>
        <translation>创建保留的拜访(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="116" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="144" />
        <source>Every account already has the visits its targets ask for in %1.</source>
        <translation>%1 年各客户的拜访已满足目标要求。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="149" />
        <source>%1 visits proposed for %2: %3.</source>
        <translation>%2 年建议安排 %1 次拜访:%3。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="153" />
        <source>%1 have nobody free: choose a person or drop them.</source>
        <translation>其中 %1 次无人有空:请指定人员或不保留。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="155" />
        <source>Double-click a date or a person to change it.</source>
        <translation>双击日期或人员可修改。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="169" />
        <source>%1 planned visits were created.</source>
        <translation>已创建 %1 次计划拜访。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visits/editor.py" line="82" />
        <source>Record a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="82" />
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="84" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="120" />
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="127" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="128" />
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="154" />
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="167" />
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="170" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="172" />
        <source>&amp;Layer</source>
        <translation>层面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="180" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="182" />
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="184" />
        <source>Our &amp;people</source>
        <translation>我方人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="185" />
        <source>&amp;Customer's people</source>
        <translation>客户人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="186" />
        <source>P&amp;urpose</source>
        <translation>目的(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="188" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="191" />
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="193" />
        <source>Problems raised</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="195" />
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="197" />
        <source>Quality issues touched</source>
        <translation>涉及的质量问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="200" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="201" />
        <source>&amp;Follow-ups</source>
        <translation>跟进事项(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="223" />
        <source>Save (Ctrl+Enter)</source>
        <translation>保存(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="224" />
        <source>Postpone…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="228" />
        <source>Move the visit to another day; the original date is kept</source>
        <translation>改到另一天；原定日期会保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="289" />
        <source>Quality</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="289" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="318" />
        <source>Originally planned for %1</source>
        <translation>原定于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="391" />
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="405" />
        <source>Please check</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../ui/visits/editor.py" line="407" />
        <source>Save the visit anyway?</source>
        <translation>仍然保存这次拜访吗?</translation>
    </message>
</context>
<context>
    <name>VisitLists</name>
    <message>
        <location filename="../../ui/visits/lists.py" line="27" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="28" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="30" />
        <location filename="../../ui/visits/lists.py" line="43" />
        <location filename="../../ui/visits/lists.py" line="50" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="31" />
        <location filename="../../ui/visits/lists.py" line="52" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="32" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="33" />
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="34" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="40" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="40" />
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="41" />
        <location filename="../../ui/visits/lists.py" line="54" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="42" />
        <location filename="../../ui/visits/lists.py" line="55" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="44" />
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="51" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="53" />
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="53" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="54" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/visits/lists.py" line="56" />
        <source>Next planned</source>
        <translation>下次计划</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/visits/page.py" line="76" />
        <source>Previous (Page Up)</source>
        <translation>上一页(Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="78" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="83" />
        <source>Next (Page Down)</source>
        <translation>下一页(Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="87" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="88" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="109" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="122" />
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="124" />
        <source>Record a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="126" />
        <source>Plan the year…</source>
        <translation>年度计划…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="128" />
        <source>Who is away…</source>
        <translation>人员外出安排…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="131" />
        <source>Print plan…</source>
        <translation>打印计划…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="133" />
        <source>Print briefs…</source>
        <translation>打印简报…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="135" />
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="150" />
        <source>Mark done today</source>
        <translation>今天已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="165" />
        <location filename="../../ui/visits/page.py" line="245" />
        <source>My upcoming visits</source>
        <translation>我的近期拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="166" />
        <location filename="../../ui/visits/page.py" line="246" />
        <source>Overdue follow-ups</source>
        <translation>逾期跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="167" />
        <location filename="../../ui/visits/page.py" line="247" />
        <source>Due for a visit</source>
        <translation>应拜访客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="204" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="255" />
        <source>%1-%2</source>
        <translation>%1 年 %2 月</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="265" />
        <source>%1: no visits</source>
        <translation>%1:没有拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/page.py" line="272" />
        <source> and %1 more</source>
        <translation>,另有 %1 次</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="55" />
        <source>Customer's people</source>
        <translation>客户人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="56" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="57" />
        <source>(incomplete: no outcome)</source>
        <translation>(记录不完整:无结果)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="64" />
        <source>New visit…</source>
        <translation>新建拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="67" />
        <source>Record a visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="70" />
        <source>Print brief…</source>
        <translation>打印简报…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="111" />
        <source>no target</source>
        <translation>无要求</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="112" />
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="113" />
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="114" />
        <source>due</source>
        <translation>应拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="115" />
        <source>overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="119" />
        <source>%1 a year</source>
        <translation>每年 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="121" />
        <source>Last: %1</source>
        <translation>上次:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="122" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="123" />
        <source>Next planned: %1</source>
        <translation>下次计划:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="126" />
        <source>Due by: %1</source>
        <translation>应于:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="127" />
        <source>Done this year: %1</source>
        <translation>今年已完成:%1</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="150" />
        <source>Print brief</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dossier_tab.py" line="152" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
</TS>