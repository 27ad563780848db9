"""Chinese words of the annual rating: scheme messages, the CLI and the meeting pack."""

MESSAGES: dict[str, str] = {
    # scheme validation
    "year must be a year such as 2025": "year 必须是年份，例如 2025",
    "name must be text": "name 必须是文字",
    "key_account_min_grade must be one of A, B, C, D":
        "key_account_min_grade 必须是 A、B、C、D 之一",
    "[grades] is missing: give the lowest total for A, B and C":
        "缺少 [grades]：请给出 A、B、C 各等级的最低总分",
    "[grades] must be a table of A, B and C": "[grades] 必须是包含 A、B、C 的表",
    "the scheme has no [[criteria]]": "方案中没有任何评价指标 [[criteria]]",
    "measure is missing": "缺少 measure（指标）",
    "label must be text": "label 必须是文字",
    "weight is missing": "缺少权重 weight",
    "weight must be a number above 0": "权重 weight 必须是大于 0 的数字",
    "give either bands or linear": "请给出 bands（分档）或 linear（线性）二者之一",
    "bands must be a list such as [ {min = 100, points = 100}, {points = 0} ]":
        "bands 必须是列表，例如 [ {min = 100, points = 100}, {points = 0} ]",
    "linear must be a table such as {{zero_at = 60, full_at = 100}}":
        "linear 必须是表，例如 {{zero_at = 60, full_at = 100}}",
    "linear needs numbers zero_at and full_at": "linear 需要数字 zero_at 和 full_at",
    "linear: zero_at and full_at must differ": "linear：zero_at 与 full_at 不能相同",
    "TOML syntax error: {reason}": "TOML 语法错误：{reason}",
    "TOML syntax error on line {line}, column {column}: {reason}":
        "TOML 语法错误，第 {line} 行第 {column} 列：{reason}",
    "unknown setting {key}": "未知设置项 {key}",
    "grades: unknown grade {grade} (only A, B and C have bounds; below C is D)":
        "grades：未知等级 {grade}（只有 A、B、C 设分数线，低于 C 即为 D）",
    "grades: the bounds must descend, A above B above C (now A = {a}, B = {b}, C = {c})":
        "grades：分数线必须递减，A 高于 B，B 高于 C（现为 A = {a}，B = {b}，C = {c}）",
    "linear: unknown setting {key}": "linear：未知设置项 {key}",
    "grades: {grade} must be a number from 0 to 100": "grades：{grade} 必须是 0 到 100 之间的数字",
    "criterion {n} must be a table": "第 {n} 项指标必须是表",
    "criterion {n} ({name}): measure {measure} is used twice":
        "第 {n} 项指标（{name}）：指标 {measure} 重复使用",
    "criterion {n} ({name}): ": "第 {n} 项指标（{name}）：",
    "unknown measure {measure} (known: {known})": "未知指标 {measure}（可用指标：{known}）",
    "band {n} must be a table such as {{min = 100, points = 70}}":
        "第 {n} 档必须是表，例如 {{min = 100, points = 70}}",
    "band {n}: unknown setting {key}": "第 {n} 档：未知设置项 {key}",
    "band {n}: points must be a number from 0 to 100": "第 {n} 档：points 必须是 0 到 100 之间的数字",
    "band {n}: give min or max, not both": "第 {n} 档：min 与 max 只能给一个",
    "band {n}: the bound must be a number": "第 {n} 档：界限必须是数字",
    "bands out of order: band {n} matches every value, so the bands below it are never used; put it last":
        "分档顺序有误：第 {n} 档匹配任何值，其后的分档永远用不到，请把它放在最后",
    "bands out of order: min must go down from band to band (band {n} has min = {value} after min = {prev})":
        "分档顺序有误：min 必须逐档递减（第 {n} 档 min = {value} 排在 min = {prev} 之后）",
    "bands out of order: max must go up from band to band (band {n} has max = {value} after max = {prev})":
        "分档顺序有误：max 必须逐档递增（第 {n} 档 max = {value} 排在 max = {prev} 之后）",
    # running and deciding
    "{measure} score {value} for {year} is outside 1–5": "{year} 年的 {measure} 评分 {value} 超出 1–5",
    "must be one of A, B, C, D": "必须是 A、B、C、D 之一",
    "a finalised rating cannot be deleted": "已定稿的评级不能删除",
    "the scheme is written for {scheme_year}, not for {year}":
        "该方案适用于 {scheme_year} 年，不是 {year} 年",
    "the {year} rating is finalised; run the year again to make a new draft":
        "{year} 年评级已定稿；如需修改，请重新评级生成新草稿",
    "nothing is recorded for {year}: no contracts, payments, quality records or manual scores":
        "{year} 年没有任何记录：没有合同、回款、质量异议或人工评分",
    "the {year} rating is already finalised": "{year} 年评级已经定稿",
    "must be one of A, B, C, D or empty": "必须是 A、B、C、D 之一或留空",
    "grade {grade} is given twice": "等级 {grade} 重复出现",
    "{code}: {field} must be a whole number from 1 to 5": "{code}：{field} 必须是 1 到 5 的整数",
    "no data: 0 points": "无数据：0 分",
    "no band holds: 0 points": "不在任何分档内：0 分",
    "band {n}: any other value": "第 {n} 档：其余任何值",
    "linear: 0 points at {zero}, 100 at {full}": "线性：{zero} 为 0 分，{full} 为 100 分",
    "band {n}: at least {bound}": "第 {n} 档：不低于 {bound}",
    "band {n}: at most {bound}": "第 {n} 档：不高于 {bound}",
    # measures and units
    "Contract volume": "合同量",
    "Unit price": "单价",
    "Revenue": "销售收入",
    "Collection rate": "回款率",
    "Profit level": "利润水平",
    "Quality loss rate": "质量损失率",
    "Industry influence": "行业影响力",
    "Business reputation": "商业信誉",
    "Revenue growth": "收入增长率",
    "Share of wallet": "采购份额",
    "yuan": "元",
    "yuan/t": "元/吨",
    "New": "新进",
    "Dropped": "退出",
    "Up": "上升",
    "Down": "下降",
    "Same": "持平",
    # CLI
    "Key account": "大客户",
    "Change": "变化",
    "yes": "是",
    "default scheme": "默认方案",
    "The year is finalised; this new draft differs from it in {n} accounts":
        "该年度已定稿；新草稿与定稿相比有 {n} 个客户不同",
    "Rated {n} accounts for {year}: draft #{id}, {k} key accounts":
        "已完成 {year} 年 {n} 个客户的评级：草稿 #{id}，大客户 {k} 个",
    "there is no rating for {year}; run `kam rating run --year {year}` first":
        "{year} 年尚无评级；请先运行 `kam rating run --year {year}`",
    "scheme file {path} does not exist": "方案文件 {path} 不存在",
    "scheme file {path} is not UTF-8 text": "方案文件 {path} 不是 UTF-8 文本",
    "Wrote {path}": "已写入 {path}",
    # meeting pack
    "Draft for discussion (not finalised)": "讨论稿（未定稿）",
    "Finalised, later superseded by a re-run": "已定稿，后被重新评级取代",
    "Finalised on {date} by {who}": "{date} 由 {who} 定稿",
    "{year} annual key-account rating": "{year} 年度大客户评级",
    "{year} annual rating review": "{year} 年度评级评审",
    "Review meeting pack": "评审会材料",
    "Summary": "摘要",
    "Figure": "项目",
    "Value": "数值",
    "Accounts rated": "参评客户数",
    "Accounts that bought ({period})": "有采购的客户（{period}）",
    "Part year: the figures are {period}; the year is not over, so volumes, revenue and collection are not yet those of a whole year.":
        "非完整年度：数据为 {period}，本年尚未结束，采购量、销售额与回款尚非全年数字。",
    "Key accounts (grade {g} or better)": "大客户（{g} 级及以上）",
    "New in the key-account list or first rated": "新进大客户清单或首次评级",
    "Dropped out of the key-account list": "退出大客户清单",
    "Grade up / down / same": "等级上升 / 下降 / 持平",
    "Grades A / B / C / D": "A / B / C / D 级客户数",
    "Share of volume from the top 20 % of buyers": "前 20 % 客户的合同量占比",
    "Share of revenue from the top 20 % of buyers": "前 20 % 客户的收入占比",
    "Accounts giving 80 % of the volume": "贡献 80 % 合同量的客户数",
    "Decisions recorded / overrides": "已作决定 / 调整等级",
    "Key-account list": "大客户清单",
    "Rank": "排名",
    "Code": "编码",
    "Name": "名称",
    "Total": "总分",
    "Grade": "等级",
    "Last year": "上年",
    "Key": "大客户",
    "None.": "无。",
    "* grade set by the meeting (see Decisions and overrides).":
        "* 等级由评审会调整（见“评审决定与调整”）。",
    "Ranking: points per criterion": "排名：各指标得分",
    "Each criterion: its points 0–100 above, the year's value below; — means no data (0 points). Weights in brackets.":
        "每项指标上行为得分（0–100），下行为本年度数值；“—”表示无数据（计 0 分）。括号内为权重。",
    "Value pyramid (by revenue)": "价值金字塔（按销售收入）",
    "Layer": "层级",
    "Accounts": "客户数",
    "Share": "占比",
    "Volume (t)": "合同量（吨）",
    "Pareto curve": "帕累托曲线",
    "The top 20 % of buyers gave {v:.1f} % of the volume and {r:.1f} % of the revenue.":
        "前 20 % 的客户贡献了 {v:.1f} % 的合同量和 {r:.1f} % 的销售收入。",
    "Top N % of accounts": "前 N % 的客户",
    "Share of volume": "合同量占比",
    "Share of revenue": "收入占比",
    "{n} accounts · revenue {r:.1f} % · volume {v:.1f} %":
        "{n} 个客户 · 收入 {r:.1f} % · 合同量 {v:.1f} %",
    "Important (top 1 %)": "重要客户（前 1 %）",
    "Major (next 19 %)": "主要客户（其后 19 %）",
    "Ordinary (next 30 %)": "普通客户（其后 30 %）",
    "Small (bottom 50 %)": "小客户（后 50 %）",
    "The rating scheme": "评级方案",
    "Total = Σ(weight × points) ÷ Σ(weight), rounded half-up to one decimal. Grade A from {a}, B from {b}, C from {c}, below that D. Key accounts: grade {k} or better. A measure without data scores 0 points.":
        "总分 = Σ（权重 × 得分） ÷ Σ（权重），四舍五入保留一位小数。{a} 分及以上为 A 级，"
        "{b} 分及以上为 B 级，{c} 分及以上为 C 级，其余为 D 级。{k} 级及以上为大客户。"
        "无数据的指标计 0 分。",
    "Criterion": "指标",
    "Measure": "度量",
    "Weight": "权重",
    "Scoring": "评分规则",
    "linear: 0 points at {zero}, 100 points at {full}{unit}, straight in between":
        "线性：{zero} 为 0 分，{full}{unit} 为 100 分，其间按比例",
    "at least {bound}": "不低于 {bound}",
    "at most {bound}": "不高于 {bound}",
    "any other value": "其余",
    "{cond}: {points} points": "{cond}：{points} 分",
    "Decisions and overrides": "评审决定与调整",
    "No decisions recorded: every account keeps its computed grade.":
        "未记录任何决定：所有客户维持计算等级。",
    "Computed": "计算等级",
    "Final": "最终等级",
    "Decision": "决定",
    "Override": "调整",
    "Accepted": "确认",
    "Reason": "原因",
    "Decided by": "决定人",
    "Date": "日期",
    # the scheme editor's one-line rules
    "the rule is empty: write bands such as “≥300: 100; else: 0” or “linear 60 → 100”":
        "规则为空：请写分档，如“≥300：100；其余：0”，或线性，如“线性 60 → 100”",
    "cannot read the numbers of “{text}”": "无法识别“{text}”中的数字",
    "cannot read “{part}”: write “≥300: 100”, “≤0.5: 100” or “else: 0”":
        "无法识别“{part}”：请写成“≥300：100”“≤0.5：100”或“其余：0”",
    "cannot read the numbers of “{part}”": "无法识别“{part}”中的数字",
    # manual scores (kam.rating.manual_scores)
    "must be a year such as 2025": "必须是年份，例如 2025",
    # running a year (kam.rating.service)
    "Reading the year's figures": "正在读取全年数据",
    "Scoring {n} accounts": "正在为 {n} 个客户评分",
    "Saving the results": "正在保存评级结果",
    "Done": "完成",
    "the meeting set {grade}: {reason}": "评审会定为 {grade}：{reason}",
    "the meeting's override to {grade} was withdrawn": "评审会撤回了调整为 {grade} 的决定",
    "the scheme's grade bounds changed: {bounds}": "评级方案的等级分数线变了：{bounds}",
}
