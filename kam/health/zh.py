"""Chinese for relationship health: stages and their guide, coverage, early warnings,
opportunities and the ``kam warnings`` command."""

MESSAGES: dict[str, str] = {
    # stages (kam.health.stages)
    "our share of {share:g} % is not between 0 and 100 %": "我方份额 {share:g}% 不在 0–100% 之间",
    "the suppliers' shares add up to {total:g} %, more than 100 %": "各供应商份额合计 {total:g}%，超过 100%",
    "our share is {share:g} % but no contract with us was signed that year": "我方份额为 {share:g}%，但当年没有与我方签订任何合同",
    # stage guide (kam.health.guide, docs/domain.md)
    "0 % — not yet a supplier": "0%——尚未成为供应商",
    "Turn the prospect into a customer: find the entry point and the key person.": "把潜在客户发展为正式客户：找准切入点，找到关键人。",
    "Wait for the right opening: a new product, the annual supplier evaluation, a change of "
    "people, quality or service problems or a strained relationship with the current "
    "supplier, cost-down pressure.": "等待时机，寻找最佳切入点：新产品上市、年度供应商评估、客户人员变动、现有供应商的质量或服务问题、"
    "与现有供应商关系恶化、降低成本的需求。",
    "Find the key people: win a coach inside, learn the organisation chart and who does "
    "what, know who weighs most in the purchase, and stay on good terms with everyone who "
    "influences it.": "找到关键人：在客户内部发展内线，摸清组织结构和职能分工，弄清谁在采购决策中分量最重，"
    "与关键人建立良好关系，也不冷落其他影响决策的人。",
    "Build trust and offer value, to the organisation and to the people in it.": "建立关系：建立个人信任和组织信任，兼顾客户的组织利益与个人利益。",
    "Make a technical breakthrough: show the value through demonstrations, technical "
    "exchanges and site visits, and help shape the customer's purchasing standards in our "
    "favour.": "技术突破：通过方案演示、技术交流、参观考察展示价值；影响客户的采购标准，构筑技术壁垒，阻截竞争对手。",
    "below 50 % — a secondary supplier": "50% 以下——次要供应商",
    "Grow from a secondary supplier into the main supplier.": "从次要供应商发展为主要供应商。",
    "Weave a relationship net: move from one salesperson and one buyer to contacts on every "
    "layer and in every department, so that no single departure puts the account at risk.": "完善客户关系，编织关系网：从销售与采购的点对点接触，发展为多层面、多部门的组织关系，"
    "任何一人离开都不致丢掉客户。",
    "Raise the customer's expectations: better service than the current supplier, a more "
    "competitive product or solution, needs the current supplier cannot meet.": "提升客户期望，让客户对现状不满：提供比现有供应商更好的服务、更有竞争力的产品或方案，"
    "满足现有供应商满足不了的需求。",
    "Make chances to succeed: watch for the eight opportunities and create them — shift the "
    "internal balance, let the using departments voice the incumbent's problems, create new "
    "needs.": "制造成功机会：把握八大机会，更要主动创造机会——打破客户内部现有平衡，由使用部门反映现有供应商的问题，"
    "发现新市场、新产品，为客户创造需求。",
    "50–80 % — the main supplier": "50%–80%——主要供应商",
    "Keep the largest share and become the long-term supplier: staying is a pleasure, "
    "leaving is painful.": "在保持最大份额的前提下成为长期供应商：让客户留下来很快乐，离开很痛苦。",
    "Sell at the top: regular high-level mutual visits, so the relationship does not rest "
    "on middle management.": "高层销售：定期高层互访，不让关系只停留在客户的中低层。",
    "Keep communication open: a counterpart for the account, a fixed rhythm of meetings, "
    "open channels between the leaders.": "保持沟通畅通：有对口的客户管理部门，有定期沟通制度，双方高层沟通渠道畅通。",
    "Make the customer happy to stay: tailored service, strong technical support, better "
    "terms, advanced solutions.": "让客户留下来很快乐：个性化服务、强有力的技术支持、优惠的交易条件、领先的解决方案。",
    "Make leaving costly: differentiated products, technical barriers and year-end rebates "
    "raise the cost of switching; brand, reputation and scale raise its risk.": "让客户离开很痛苦：以差异化产品、技术壁垒、年终返利提高转换成本；以品牌、信誉和规模提高更换供应商的风险。",
    "80–100 % — the strategic supplier": "80%–100%——战略供应商",
    "Lock the partnership in: strategic complement, mutual lock-in, coordination at the top.": "巩固战略伙伴关系：战略互补、双边锁定、高层协调。",
    "Strategic complement: combine both companies' resources and capabilities into a joint "
    "strength.": "战略互补：把双方的资源和能力整合为共同的核心竞争力。",
    "Mutual lock-in: capital ties, joint ventures, shared gains.": "双边锁定：通过资本合作、股份合作、利益共享形成双边锁定。",
    "Coordination at the top: a standing rhythm of high-level visits and team selling; "
    "joint work on new products and quality improvement.": "高层协调：建立定期高层互访机制，开展团队销售；在新产品研发、质量改进上紧密合作。",
    "Stay watchful: even strategic relationships regress (cost pressure can force an open "
    "tender), so keep watching for warning signs and keep moving forward.": "保持警觉：战略合作同样可能倒退（成本压力下客户也会公开招标），要持续监控预警，不断推进关系。",
    # opportunities (kam.health.opportunity_catalogue)
    "New product launch": "新产品上市",
    "A new product puts every supplier back at zero technically: demonstrate, exchange "
    "know-how and build the lead.": "新产品意味着所有供应商在技术层面归零：通过方案演示和技术交流影响客户，建立竞争优势。",
    "Annual supplier evaluation": "年度供应商评估",
    "The customer's yearly evaluation of its suppliers is the time to enlarge the business.": "客户每年对供应商的年度评估，是扩大交易额的好时机。",
    "Personnel change": "人员变动",
    "A change of people at a competitor or among the customer's key influencers is a chance "
    "to deepen the relationship.": "竞争对手的人员变动或客户关键影响者的人事变动，都是加深关系的绝佳时机。",
    "Competitor quality problem": "竞争对手质量问题",
    "A competitor's product has a quality problem.": "竞争对手的产品出了质量问题。",
    "Service complaints": "服务抱怨",
    "The customer has begun to complain about its main supplier's service.": "客户开始抱怨主要供应商的服务质量。",
    "Competitor on a single contact": "竞争对手单线联系",
    "The main supplier's relationship is shallow and rests on one person.": "竞争对手虽是主要供应商，但关系不深不透，过分依赖某人单线联系。",
    "Relationship deterioration": "关系恶化",
    "Unresolved quality or service complaints, or unmet personal requests, have soured the "
    "customer's relationship with its supplier.": "供应商的质量和服务投诉没有妥善解决，或客户中某些个人的要求没有得到满足，双方关系恶化。",
    "Cost-down pressure": "降低成本",
    "Under competitive pressure the customer looks for suppliers with a cost advantage.": "客户市场竞争激烈，出于降低成本的需要，会转向有成本优势的供应商。",
    "Being pursued": "跟进中",
    "Seized": "已把握",
    "Missed": "已错过",
    "must not be before the date noted": "不能早于记录日期",
    "an opportunity still being pursued has no closing date": "仍在跟进的机会不应有结束日期",
    "no such opportunity": "机会不存在",
    # coverage (kam.health.coverage, docs/domain.md)
    "Company leaders": "公司领导",
    "Purchasing department": "采购部门",
    "Technical department": "技术部门",
    "Equipment department": "设备部门",
    "Production department": "生产部门",
    "Quality department": "质量部门",
    "Finance department": "财务部门",
    "Supply chain and logistics": "供应链/物流",
    "Engineering department": "工程部门",
    "Front office and assistants": "前台/秘书/司机",
    "Other departments": "其他部门",
    "Department not recorded": "未填写部门",
    "no contact in a key department": "关键部门无联系人",
    "single-threaded": "单线联系",
    "no supporter": "无支持者",
    # thresholds (kam.health.thresholds)
    "Orders: months compared": "订单：比较的月数",
    "Orders: warn below this share of a year before": "订单：低于上年同期的比例时预警",
    "Orders: severe below this share": "订单：低于此比例时为严重",
    "Arrears: warn when overdue by more than (days)": "欠款：逾期超过天数时预警",
    "Arrears: severe when overdue by more than (days)": "欠款：逾期超过天数时为严重",
    "Arrears: ignore overdue sums below (amount)": "欠款：超期金额低于此数不预警",
    "Arrears growing: compared with (days ago)": "欠款增长：与多少天前比较",
    "Arrears growing: count arrears overdue by more than (days)": "欠款增长：只计逾期超过天数的欠款",
    "Arrears growing: by at least (%)": "欠款增长：增幅至少（%）",
    "Arrears growing: by at least (amount)": "欠款增长：增加金额至少",
    "Collection: months compared": "回款：比较的月数",
    "Collection: drop of at least (points)": "回款：回款率下降至少（百分点）",
    "Collection: severe below (%)": "回款：回款率低于（%）时为严重",
    "Quality record open longer than (days)": "质量异议未处理超过（天）",
    "Complaint open longer than (days)": "投诉未处理超过（天）",
    "Key contact change shown for (days)": "关键人变动提示保留（天）",
    "Share of wallet down by at least (points)": "份额下降至少（百分点）",
    "Payment terms: company default (days)": "账期：公司默认（天）",
    "Visit overdue: severe after (days)": "走访逾期超过（天）为严重",
    "Visit overdue: settled by a visit planned within (days)": "走访逾期：已在多少天内安排拜访即视为已处理",
    "Grade dropped: shown for (days) after the rating": "评级下降：评审后提示保留（天）",
    "{layer} visit overdue by {days} days (due {due}); a visit is planned for {planned}": "{layer}走访已逾期 {days} 天（应于 {due} 前）；已安排 {planned} 拜访",
    "{name} must be between {lo:g} and {hi:g}": "{name}必须在 {lo:g} 到 {hi:g} 之间",
    "unknown threshold": "未知的阈值",
    # warnings (kam.health.rules)
    "Orders falling": "订单下滑",
    "Arrears overdue": "欠款超期",
    "Arrears growing": "欠款增加",
    "Collection rate dropping": "回款率下降",
    "Quality record open too long": "质量异议久拖未决",
    "Complaint open too long": "投诉久拖未决",
    "Visit overdue": "走访逾期",
    "Key contact left or moved": "关键人离职或调岗",
    "Share of wallet down": "份额下降",
    "Stage down": "关系阶段倒退",
    "Grade dropped": "评级下降",
    "High": "高",
    "Medium": "中",
    "Low": "低",
    "Orders in the last {months} months: {recent:,.1f}, {drop:.0f} % below the same months "
    "a year before ({before:,.1f})": "近 {months} 个月订货量 {recent:,.1f}，比上年同期（{before:,.1f}）下降 {drop:.0f}%",
    "{amount} (10k CNY) overdue by more than {days} days, {severe} of it for more than "
    "{severe_days} days": "逾期超过 {days} 天的欠款 {amount} 万元，其中逾期超过 {severe_days} 天的 {severe} 万元",
    "{amount} (10k CNY) overdue by more than {days} days": "逾期超过 {days} 天的欠款 {amount} 万元",
    "Arrears overdue by more than {age} days grew from {then} to {now} (10k CNY, +{pct:.0f} %) "
    "in {window} days": "逾期超过 {age} 天的欠款在 {window} 天内从 {then} 万元增至 {now} 万元（增加 {pct:.0f}%）",
    "Collection rate over the last {months} months: {recent:.0f} %, down from {before:.0f} % "
    "the {months} months before": "近 {months} 个月回款率 {recent:.0f}%，此前 {months} 个月为 {before:.0f}%",
    "Quality record open for {days} days since {since}: {what}": "质量异议自 {since} 起已 {days} 天未解决：{what}",
    "Complaint open for {days} days since {since}: {what}": "投诉自 {since} 起已 {days} 天未解决：{what}",
    "{layer} visit overdue by {days} days (due {due})": "{layer}走访已逾期 {days} 天（应于 {due} 前）",
    "{role} {name} ({department}) left on {since}": "{role}{name}（{department}）已于 {since} 离职",
    "{role} {name} ({department}) changed post on {since}": "{role}{name}（{department}）已于 {since} 调岗",
    "Stage fell from {before_stage} ({before_year}: {before_share:g} %) to {now_stage} "
    "({now_year}: {now_share:g} %)": "关系阶段从{before_stage}（{before_year} 年 {before_share:g}%）退到{now_stage}"
    "（{now_year} 年 {now_share:g}%）",
    "Share of wallet fell from {before_share:g} % ({before_year}) to {now_share:g} % "
    "({now_year})": "我方份额从 {before_share:g}%（{before_year} 年）降到 {now_share:g}%（{now_year} 年）",
    "Grade dropped from {before} to {now} in the {year} rating": "{year} 年评级从 {before} 级降为 {now} 级",
    "department not recorded": "未填部门",
    # services
    "no usable share-of-wallet entry to compute the stage from": "没有可用的份额记录，无法推算关系阶段",
    # kam warnings
    "list the open early warnings": "列出未处理的预警",
    "Lists the early warnings open on a day (today by default), most severe first; "
    "acknowledged warnings that have not worsened are left out.": "列出某日（默认今天）未处理的预警，严重的在前；已确认且没有恶化的预警不列出。",
    "the day to judge (YYYY-MM-DD, default today)": "判断的日期（YYYY-MM-DD，默认今天）",
    "only this account manager's accounts": "只看该客户经理的客户",
    "also list acknowledged warnings": "同时列出已确认的预警",
    "Warning": "预警",
    "Severity": "严重程度",
    "Since": "起始日期",
    "Reason": "原因",
    "Acknowledged": "已确认（说明）",
    "one line per account, ranked: the most severe warning and how many there are": "每个客户一行，按轻重排序：最严重的预警及预警条数",
    "only the short list of accounts that need someone this week (as on the home screen)": "只列出本周需要处理的客户短名单（与首页相同）",
    "Number of warnings": "预警条数",
    "Most severe": "最严重的预警",
}
