<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="69" />
        <source>was {grade}</source>
        <translation>上年 {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="52" />
        <source>now {grade}</source>
        <translation>今年 {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="106" />
        <source>Value pyramid (by revenue)</source>
        <translation>价值金字塔（按销售收入）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="109" />
        <source>Pareto curve</source>
        <translation>帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="112" />
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="123" />
        <source>Movement between grades against last year's final rating</source>
        <translation>与上年定稿评级相比的等级变动</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="142" />
        <source>No rating for this year yet.</source>
        <translation>本年度尚未评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="153" />
        <source>{buyers} of {n} accounts bought in {year}. The top 20 % of them gave {v:.1f} % of the volume and {r:.1f} % of the revenue; {k} accounts give 80 % of the volume.</source>
        <translation>{year} 年 {n} 个客户中有 {buyers} 个有采购。其中前 20 % 的客户贡献了 {v:.1f} % 的合同量和 {r:.1f} % 的销售收入；{k} 个客户贡献了 80 % 的合同量。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="174" />
        <source>Share of revenue %</source>
        <translation>收入占比 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="176" />
        <source>Share of volume %</source>
        <translation>合同量占比 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="212" />
        <source>Top N % of accounts</source>
        <translation>前 N % 的客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="217" />
        <source>Share of volume</source>
        <translation>合同量占比</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="222" />
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../ui/rating/analysis_view.py" line="236" />
        <source>Even spread</source>
        <translation>平均分布</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="41" />
        <source>Accept the computed grade</source>
        <translation>确认计算等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="45" />
        <source>Override the grade</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="58" />
        <source>Why the meeting sets another grade</source>
        <translation>评审会调整等级的原因</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="64" />
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="67" />
        <source>Take back</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="80" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="83" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="87" />
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location filename="../../ui/rating/decision_panel.py" line="129" />
        <source>This rating is finalised: decisions are frozen.</source>
        <translation>该评级已定稿，决定已冻结。</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="18" />
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="21" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="25" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="27" />
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="32" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="37" />
        <source>Weight × points</source>
        <translation>权重 × 得分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="83" />
        <source>Select an account to see how its total came about.</source>
        <translation>选择一个客户，查看其总分的计算过程。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="93" />
        <source>{code} {name}: total {total}, grade {grade}, rank {rank}</source>
        <translation>{code} {name}：总分 {total}，{grade} 级，排名第 {rank}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="105" />
        <source>Σ(weight × points) = {sum} ÷ Σ weight {weights} = {total} (rounded half-up) → grade {grade}</source>
        <translation>Σ(权重 × 得分) = {sum} ÷ 权重合计 {weights} = {total}（四舍五入）→ {grade} 级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="116" />
        <source>No data (0 points): {names}</source>
        <translation>无数据（计 0 分）：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="121" />
        <source>Last year: {grade} · change: {change}</source>
        <translation>上年：{grade} · 变化：{change}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="127" />
        <source>Meeting set grade {grade} (computed {computed}): {reason} — {who}</source>
        <translation>评审会定为 {grade} 级（计算为 {computed} 级）：{reason} —— {who}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/explain_view.py" line="139" />
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
        <location filename="../../ui/rating/meeting.py" line="70" />
        <source>Whole ranking</source>
        <translation>全部排名</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="71" />
        <source>Key accounts</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="72" />
        <source>Movements</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="73" />
        <source>Overrides</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="82" />
        <source>Criteria</source>
        <translation>各项指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="86" />
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="125" />
        <source>{year} annual key-account rating · {status}</source>
        <translation>{year} 年度大客户评级 · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="167" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="172" />
        <source>Key accounts: {n}</source>
        <translation>大客户：{n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="175" />
        <source>New in the list: {names}</source>
        <translation>新进清单：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="178" />
        <source>Dropped out: {names}</source>
        <translation>退出清单：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="181" />
        <source>Up: {names}</source>
        <translation>等级上升：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/meeting.py" line="184" />
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
        <location filename="../../ui/rating/policy_editor.py" line="43" />
        <source>Price allowance %</source>
        <translation>价格优惠 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="44" />
        <source>Credit days</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="45" />
        <source>Leader visits / year</source>
        <translation>领导层走访 次/年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="46" />
        <source>Technical visits / year</source>
        <translation>技术层走访 次/年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="47" />
        <source>Business visits / year</source>
        <translation>业务层走访 次/年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="48" />
        <source>Expense budget (10k CNY / year)</source>
        <translation>费用预算（万元/年）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="51" />
        <source>Commission %</source>
        <translation>提成比例 %</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="52" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="57" />
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="81" />
        <source>{grade}, {field}: “{text}” is not a number</source>
        <translation>{grade}，{field}：“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="138" />
        <source>What each grade of account gets. The visit targets are the visit cadence of the Visits screen; an account's grade comes from the last finalised rating.</source>
        <translation>各等级客户享受的销售政策。走访次数即“走访”页面的走访频次；客户等级来自最近一次定稿的评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="149" />
        <source>Save policy</source>
        <translation>保存政策</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="151" />
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="153" />
        <source>Start from the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="180" />
        <source>Not saved yet: these are the defaults.</source>
        <translation>尚未保存：当前为默认值。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/policy_editor.py" line="197" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../ui/rating/page.py" line="91" />
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="94" />
        <location filename="../../ui/rating/page.py" line="245" />
        <location filename="../../ui/rating/page.py" line="256" />
        <location filename="../../ui/rating/page.py" line="303" />
        <location filename="../../ui/rating/page.py" line="332" />
        <source>Run the year</source>
        <translation>年度评级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="97" />
        <source>Rate every account with the scheme below (Ctrl+R)</source>
        <translation>用下方方案为所有客户评级（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="101" />
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="103" />
        <source>Meeting mode</source>
        <translation>评审会模式</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="106" />
        <source>Large type for the projector (F11)</source>
        <translation>大字体，适合投影（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="109" />
        <source>Meeting pack PDF…</source>
        <translation>评审会材料 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="136" />
        <source>Results</source>
        <translation>评级结果</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="137" />
        <source>Manual scores</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="138" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="139" />
        <source>Scheme</source>
        <translation>评级方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="140" />
        <source>Sales policy</source>
        <translation>销售政策</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="188" />
        <source>Not rated yet: enter the manual scores, check the scheme, then run the year.</source>
        <translation>尚未评级：请先录入人工评分、检查评级方案，然后进行年度评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="195" />
        <source>{status} · finalised {date} by {who} · {n} accounts, {k} key accounts</source>
        <translation>{status} · {date} 由 {who} 定稿 · {n} 个客户，大客户 {k} 个</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="208" />
        <source> · re-run of the finalised rating</source>
        <translation> · 对已定稿评级的重新评级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="213" />
        <source>{status} · run {date} by {who} · {n} accounts, {k} key accounts</source>
        <translation>{status} · {date} 由 {who} 评级 · {n} 个客户，大客户 {k} 个</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="246" />
        <source>The scheme has problems; fix them first.</source>
        <translation>评级方案有错误，请先修正。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="257" />
        <source>{year} is finalised. Running it again makes a new draft beside the final rating, which stays as it is. Continue?</source>
        <translation>{year} 年已定稿。重新评级将另建一份草稿，定稿保持不变。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="277" />
        <source>Rating {year}…</source>
        <translation>正在评级 {year} 年…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="323" />
        <source> (same total: {why})</source>
        <translation>（总分未变：{why}）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="333" />
        <source>New draft: {n} accounts differ from the finalised rating.</source>
        <translation>新草稿：与定稿相比有 {n} 个客户不同。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="345" />
        <location filename="../../ui/rating/page.py" line="361" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="346" />
        <source>Finalising freezes the {year} results, scheme and decisions, and sets every account's grade. Who finalises?</source>
        <translation>定稿将冻结 {year} 年的评级结果、评级方案和评审决定，并更新每个客户的等级。定稿人是？</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="384" />
        <source>Meeting pack</source>
        <translation>评审会材料</translation>
    </message>
    <message>
        <location filename="../../ui/rating/page.py" line="402" />
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>RatingResults</name>
    <message>
        <location filename="../../ui/rating/results_model.py" line="94" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="101" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="107" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="113" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="120" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="127" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="140" />
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="55" />
        <source>{value} gives {points} points</source>
        <translation>{value}，得 {points} 分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="68" />
        <source>value → points</source>
        <translation>数值 → 得分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="133" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_model.py" line="146" />
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
        <location filename="../../ui/rating/dossier_tab.py" line="28" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="32" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="37" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="41" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="44" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="45" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="48" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="52" />
        <source>Meeting's reason</source>
        <translation>评审会理由</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="111" />
        <source>Grade {grade}{key} (from the last finalised rating).</source>
        <translation>{grade} 级{key}（来自最近一次定稿的评级）。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="115" />
        <source>, key account</source>
        <translation>，大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="120" />
        <source>Not rated yet.</source>
        <translation>尚未评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="122" />
        <source>The {year} draft puts it at {grade}.</source>
        <translation>{year} 年草稿评为 {grade} 级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="126" />
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/dossier_tab.py" line="131" />
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
        <location filename="../../ui/rating/titles.py" line="11" />
        <source>Dropped</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="12" />
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="13" />
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="14" />
        <source>Same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="20" />
        <source>Accepted</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="21" />
        <source>Overridden</source>
        <translation>已调整</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="27" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="28" />
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="29" />
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="35" />
        <source>Important (top 1 %)</source>
        <translation>重要客户（前 1 %）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="36" />
        <source>Major (next 19 %)</source>
        <translation>主要客户（其后 19 %）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="37" />
        <source>Ordinary (next 30 %)</source>
        <translation>普通客户（其后 30 %）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/titles.py" line="38" />
        <source>Small (bottom 50 %)</source>
        <translation>小客户（后 50 %）</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="52" />
        <source>Search code, name or pinyin</source>
        <translation>搜索编码、名称或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="65" />
        <source>Key accounts only</source>
        <translation>只看大客户</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="71" />
        <source>Any movement</source>
        <translation>全部变动</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="73" />
        <source>Moved (new, dropped, up, down)</source>
        <translation>有变动（新进、退出、上升、下降）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="258" />
        <source>No account matches this filter: change or clear it to see the {total} accounts.</source>
        <translation>没有符合筛选条件的客户。请修改或清除筛选条件，查看全部 {total} 个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="263" />
        <source>This year has not been rated yet.</source>
        <translation>本年度尚未评级。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/results_panel.py" line="268" />
        <source>{shown} of {total} accounts shown · {key} key accounts</source>
        <translation>显示 {shown} / {total} 个客户 · 大客户 {key} 个</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="93" />
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="98" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="100" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="104" />
        <source>Rule (≥300: 100; else: 0 · linear 60 → 100)</source>
        <translation>规则（≥300: 100; 其余: 0 · 线性 60 → 100）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="200" />
        <source>below C: D</source>
        <translation>低于 C：D 级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="203" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="204" />
        <source>Grade bounds (total)</source>
        <translation>等级分数线（总分）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="206" />
        <source>Key accounts from grade</source>
        <translation>大客户最低等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="216" />
        <source>Add criterion</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="219" />
        <source>Remove criterion</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="222" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="224" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="227" />
        <source>Default scheme</source>
        <translation>默认方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="304" />
        <source>Import a scheme</source>
        <translation>导入评级方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="306" />
        <location filename="../../ui/rating/scheme_editor.py" line="330" />
        <source>Rating scheme (*.toml)</source>
        <translation>评级方案 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="314" />
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="328" />
        <source>Export the scheme</source>
        <translation>导出评级方案</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="338" />
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="366" />
        <source>criterion {n}: weight “{w}” is not a number</source>
        <translation>第 {n} 项指标：权重“{w}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="375" />
        <source>criterion {n}: {error}</source>
        <translation>第 {n} 项指标：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="409" />
        <source>Run the year to see a preview of the grades.</source>
        <translation>先进行年度评级，才能预览等级变化。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="429" />
        <source>Preview with these settings (measures of the last run): </source>
        <translation>按当前设置预览（使用最近一次评级的指标数据）：</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="433" />
        <source>Key accounts {old} → {new}; {n} accounts change grade</source>
        <translation>大客户 {old} → {new} 个；{n} 个客户等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scheme_editor.py" line="443" />
        <source>Not in the last run, shown as no data: {m}</source>
        <translation>最近一次评级中没有这些指标，按无数据计：{m}</translation>
    </message>
</context>
<context>
    <name>ScoresSheet</name>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="68" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="69" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="71" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="59" />
        <source>Industry influence (1–5)</source>
        <translation>行业影响力（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="62" />
        <source>Business reputation (1–5)</source>
        <translation>商业信誉（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="38" />
        <source>{code}: a score is a whole number from 1 to 5, not “{text}”</source>
        <translation>{code}：评分须为 1 到 5 的整数，不能是“{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="185" />
        <source>Save scores</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="187" />
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="217" />
        <source>{year}: {n} accounts, {missing} still without both scores. Type a digit and Enter; Ctrl+V pastes a column.</source>
        <translation>{year} 年：共 {n} 个客户，其中 {missing} 个尚未评完两项。输入数字后按回车；Ctrl+V 可粘贴一整列。</translation>
    </message>
    <message>
        <location filename="../../ui/rating/scores_sheet.py" line="235" />
        <source>Saved the scores of {n} accounts. Run the year again to use them.</source>
        <translation>已保存 {n} 个客户的评分。重新进行年度评级后生效。</translation>
    </message>
</context>
</TS>