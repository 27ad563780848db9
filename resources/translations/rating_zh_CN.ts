<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="63" />
        <source>was {grade}</source>
        <translation>上年 {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="52" />
        <source>now {grade}</source>
        <translation>今年 {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="92" />
        <source>Value pyramid (by revenue)</source>
        <translation>价值金字塔（按销售收入）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="93" />
        <source>Pareto curve</source>
        <translation>帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="94" />
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="102" />
        <source>Movement between grades against last year's final rating</source>
        <translation>与上年定稿评级相比的等级变动</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="117" />
        <source>No rating for this year yet.</source>
        <translation>本年度尚未评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="126" />
        <source>{buyers} of {n} accounts bought in {year}. The top 20 % of them gave {v:.1f} % of the volume and {r:.1f} % of the revenue; {k} accounts give 80 % of the volume.</source>
        <translation>{year} 年 {n} 个客户中有 {buyers} 个有采购。其中前 20 % 的客户贡献了 {v:.1f} % 的合同量和 {r:.1f} % 的销售收入；{k} 个客户贡献了 80 % 的合同量。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="140" />
        <source>Share of revenue %</source>
        <translation>收入占比 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="142" />
        <source>Share of volume %</source>
        <translation>合同量占比 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="177" />
        <source>Top N % of accounts</source>
        <translation>前 N % 的客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="180" />
        <source>Share of volume</source>
        <translation>合同量占比</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="181" />
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="191" />
        <source>Even spread</source>
        <translation>平均分布</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="40" />
        <source>Accept the computed grade</source>
        <translation>确认计算等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="42" />
        <source>Override the grade</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="53" />
        <source>Why the meeting sets another grade</source>
        <translation>评审会调整等级的原因</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="57" />
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="59" />
        <source>Take back</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="71" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="72" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="73" />
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="106" />
        <source>This rating is finalised: decisions are frozen.</source>
        <translation>该评级已定稿，决定已冻结。</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="17" />
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="18" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="19" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="20" />
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="21" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="22" />
        <source>Weight × points</source>
        <translation>权重 × 得分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="65" />
        <source>Select an account to see how its total came about.</source>
        <translation>选择一个客户，查看其总分的计算过程。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="71" />
        <source>{code} {name}: total {total}, grade {grade}, rank {rank}</source>
        <translation>{code} {name}：总分 {total}，{grade} 级，排名第 {rank}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="76" />
        <source>Σ(weight × points) = {sum} ÷ Σ weight {weights} = {total} (rounded half-up) → grade {grade}</source>
        <translation>Σ(权重 × 得分) = {sum} ÷ 权重合计 {weights} = {total}（四舍五入）→ {grade} 级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="82" />
        <source>No data (0 points): {names}</source>
        <translation>无数据（计 0 分）：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="84" />
        <source>Last year: {grade} · change: {change}</source>
        <translation>上年：{grade} · 变化：{change}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="87" />
        <source>Meeting set grade {grade} (computed {computed}): {reason} — {who}</source>
        <translation>评审会定为 {grade} 级（计算为 {computed} 级）：{reason} —— {who}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="91" />
        <source>Accepted by {who}</source>
        <translation>由 {who} 确认</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../ui/rating/meeting.py" line="43" />
        <source>{year} rating review</source>
        <translation>{year} 年度评级评审</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="64" />
        <source>Whole ranking</source>
        <translation>全部排名</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="64" />
        <source>Key accounts</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="65" />
        <source>Movements</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="65" />
        <source>Overrides</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="73" />
        <source>Criteria</source>
        <translation>各项指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="77" />
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="115" />
        <source>{year} annual key-account rating · {status}</source>
        <translation>{year} 年度大客户评级 · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="153" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="156" />
        <source>Key accounts: {n}</source>
        <translation>大客户：{n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="157" />
        <source>New in the list: {names}</source>
        <translation>新进清单：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="158" />
        <source>Dropped out: {names}</source>
        <translation>退出清单：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="159" />
        <source>Up: {names}</source>
        <translation>等级上升：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="160" />
        <source>Down: {names}</source>
        <translation>等级下降：{names}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/rating/page.py" line="39" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="36" />
        <source>Price allowance %</source>
        <translation>价格优惠 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="37" />
        <source>Credit days</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="38" />
        <source>Leader visits / year</source>
        <translation>领导层走访 次/年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="39" />
        <source>Technical visits / year</source>
        <translation>技术层走访 次/年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="40" />
        <source>Business visits / year</source>
        <translation>业务层走访 次/年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="41" />
        <source>Expense budget (10k CNY / year)</source>
        <translation>费用预算（万元/年）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="42" />
        <source>Commission %</source>
        <translation>提成比例 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="43" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="48" />
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="71" />
        <source>{grade}, {field}: “{text}” is not a number</source>
        <translation>{grade}，{field}：“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="114" />
        <source>What each grade of account gets. The visit targets are the visit cadence of the Visits screen; an account's grade comes from the last finalised rating.</source>
        <translation>各等级客户享受的销售政策。走访次数即“走访”页面的走访频次；客户等级来自最近一次定稿的评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="121" />
        <source>Save policy</source>
        <translation>保存政策</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="123" />
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="124" />
        <source>Start from the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="147" />
        <source>Not saved yet: these are the defaults.</source>
        <translation>尚未保存：当前为默认值。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="161" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../ui/rating/page.py" line="90" />
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="93" />
        <location filename="../../ui/rating/page.py" line="205" />
        <location filename="../../ui/rating/page.py" line="209" />
        <location filename="../../ui/rating/page.py" line="250" />
        <location filename="../../ui/rating/page.py" line="272" />
        <source>Run the year</source>
        <translation>年度评级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="95" />
        <source>Rate every account with the scheme below (Ctrl+R)</source>
        <translation>用下方方案为所有客户评级（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="96" />
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="98" />
        <source>Meeting mode</source>
        <translation>评审会模式</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="100" />
        <source>Large type for the projector (F11)</source>
        <translation>大字体，适合投影（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="101" />
        <source>Meeting pack PDF…</source>
        <translation>评审会材料 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="123" />
        <source>Results</source>
        <translation>评级结果</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="124" />
        <source>Manual scores</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="125" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="126" />
        <source>Scheme</source>
        <translation>评级方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="127" />
        <source>Sales policy</source>
        <translation>销售政策</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="172" />
        <source>Not rated yet: enter the manual scores, check the scheme, then run the year.</source>
        <translation>尚未评级：请先录入人工评分、检查评级方案，然后进行年度评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="175" />
        <source>{status} · finalised {date} by {who} · {n} accounts, {k} key accounts</source>
        <translation>{status} · {date} 由 {who} 定稿 · {n} 个客户，大客户 {k} 个</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="181" />
        <source> · re-run of the finalised rating</source>
        <translation> · 对已定稿评级的重新评级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="182" />
        <source>{status} · run {date} by {who} · {n} accounts, {k} key accounts</source>
        <translation>{status} · {date} 由 {who} 评级 · {n} 个客户，大客户 {k} 个</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="206" />
        <source>The scheme has problems; fix them first.</source>
        <translation>评级方案有错误，请先修正。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="210" />
        <source>{year} is finalised. Running it again makes a new draft beside the final rating, which stays as it is. Continue?</source>
        <translation>{year} 年已定稿。重新评级将另建一份草稿，定稿保持不变。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="224" />
        <source>Rating {year}…</source>
        <translation>正在评级 {year} 年…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="268" />
        <source> (same total: {why})</source>
        <translation>（总分未变：{why}）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="273" />
        <source>New draft: {n} accounts differ from the finalised rating.</source>
        <translation>新草稿：与定稿相比有 {n} 个客户不同。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="281" />
        <location filename="../../ui/rating/page.py" line="289" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="282" />
        <source>Finalising freezes the {year} results, scheme and decisions, and sets every account's grade. Who finalises?</source>
        <translation>定稿将冻结 {year} 年的评级结果、评级方案和评审决定，并更新每个客户的等级。定稿人是？</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="307" />
        <source>Meeting pack</source>
        <translation>评审会材料</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="319" />
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>RatingResults</name>
    <message>
        <location filename="../../ui/rating/results_model.py" line="77" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="78" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="79" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="80" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="82" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="84" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="89" />
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="55" />
        <source>{value} gives {points} points</source>
        <translation>{value}，得 {points} 分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="64" />
        <source>value → points</source>
        <translation>数值 → 得分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="86" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="91" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="54" />
        <source>No data: 0 points</source>
        <translation>无数据：计 0 分</translation>
    </message>
</context>
<context>
    <name>RatingTab</name>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="21" />
        <source>Rating &amp; policy</source>
        <translation>评级与政策</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="26" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="27" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="28" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="29" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="31" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="32" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="32" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="33" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="34" />
        <source>Meeting's reason</source>
        <translation>评审会理由</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="88" />
        <source>Grade {grade}{key} (from the last finalised rating).</source>
        <translation>{grade} 级{key}（来自最近一次定稿的评级）。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="89" />
        <source>, key account</source>
        <translation>，大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="91" />
        <source>Not rated yet.</source>
        <translation>尚未评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="93" />
        <source>The {year} draft puts it at {grade}.</source>
        <translation>{year} 年草稿评为 {grade} 级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="96" />
        <source>Sales policy for grade {grade}</source>
        <translation>{grade} 级客户的销售政策</translation>
    </message>
</context>
<context>
    <name>RatingTitles</name>
    <message>
        <location filename="../../ui/rating/titles.py" line="10" />
        <source>New</source>
        <translation>新进</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="10" />
        <source>Dropped</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="10" />
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="10" />
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="11" />
        <source>Same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="16" />
        <source>Accepted</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="16" />
        <source>Overridden</source>
        <translation>已调整</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="20" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="20" />
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="21" />
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="25" />
        <source>Important (top 1 %)</source>
        <translation>重要客户（前 1 %）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="25" />
        <source>Major (next 19 %)</source>
        <translation>主要客户（其后 19 %）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="26" />
        <source>Ordinary (next 30 %)</source>
        <translation>普通客户（其后 30 %）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="27" />
        <source>Small (bottom 50 %)</source>
        <translation>小客户（后 50 %）</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="51" />
        <source>Search code, name or pinyin</source>
        <translation>搜索编码、名称或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="63" />
        <source>Key accounts only</source>
        <translation>只看大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="69" />
        <source>Any movement</source>
        <translation>全部变动</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="70" />
        <source>Moved (new, dropped, up, down)</source>
        <translation>有变动（新进、退出、上升、下降）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="242" />
        <source>No account matches this filter: change or clear it to see the {total} accounts.</source>
        <translation>没有符合筛选条件的客户。请修改或清除筛选条件，查看全部 {total} 个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="243" />
        <source>This year has not been rated yet.</source>
        <translation>本年度尚未评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="246" />
        <source>{shown} of {total} accounts shown · {key} key accounts</source>
        <translation>显示 {shown} / {total} 个客户 · 大客户 {key} 个</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="81" />
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="85" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="86" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="87" />
        <source>Rule (≥300: 100; else: 0 · linear 60 → 100)</source>
        <translation>规则（≥300: 100; 其余: 0 · 线性 60 → 100）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="172" />
        <source>below C: D</source>
        <translation>低于 C：D 级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="175" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="176" />
        <source>Grade bounds (total)</source>
        <translation>等级分数线（总分）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="177" />
        <source>Key accounts from grade</source>
        <translation>大客户最低等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="186" />
        <source>Add criterion</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="188" />
        <source>Remove criterion</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="190" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="192" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="194" />
        <source>Default scheme</source>
        <translation>默认方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="267" />
        <source>Import a scheme</source>
        <translation>导入评级方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="268" />
        <location filename="../../ui/rating/scheme_editor.py" line="286" />
        <source>Rating scheme (*.toml)</source>
        <translation>评级方案 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="274" />
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="284" />
        <source>Export the scheme</source>
        <translation>导出评级方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="292" />
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="317" />
        <source>criterion {n}: weight “{w}” is not a number</source>
        <translation>第 {n} 项指标：权重“{w}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="323" />
        <source>criterion {n}: {error}</source>
        <translation>第 {n} 项指标：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="354" />
        <source>Run the year to see a preview of the grades.</source>
        <translation>先进行年度评级，才能预览等级变化。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="365" />
        <source>Preview with these settings (measures of the last run): </source>
        <translation>按当前设置预览（使用最近一次评级的指标数据）：</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="367" />
        <source>Key accounts {old} → {new}; {n} accounts change grade</source>
        <translation>大客户 {old} → {new} 个；{n} 个客户等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="375" />
        <source>Not in the last run, shown as no data: {m}</source>
        <translation>最近一次评级中没有这些指标，按无数据计：{m}</translation>
    </message>
</context>
<context>
    <name>ScoresSheet</name>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="59" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="60" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="61" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="56" />
        <source>Industry influence (1–5)</source>
        <translation>行业影响力（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="57" />
        <source>Business reputation (1–5)</source>
        <translation>商业信誉（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="38" />
        <source>{code}: a score is a whole number from 1 to 5, not “{text}”</source>
        <translation>{code}：评分须为 1 到 5 的整数，不能是“{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="155" />
        <source>Save scores</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="157" />
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="186" />
        <source>{year}: {n} accounts, {missing} still without both scores. Type a digit and Enter; Ctrl+V pastes a column.</source>
        <translation>{year} 年：共 {n} 个客户，其中 {missing} 个尚未评完两项。输入数字后按回车；Ctrl+V 可粘贴一整列。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="197" />
        <source>Saved the scores of {n} accounts. Run the year again to use them.</source>
        <translation>已保存 {n} 个客户的评分。重新进行年度评级后生效。</translation>
    </message>
</context>
</TS>