"""Chinese words of issue 14 (documents, payment terms, calendar)."""

MESSAGES: dict[str, str] = {
    "give the payment terms in days or a due date, not both": "账期天数与到期日只填一项",
    "Sales opportunities": "销售商机",
    "No sales opportunities recorded.": "未记录销售商机。",
    "Noted": "记录日期",
    "Opportunity": "商机",
    "Stage": "进展",
    "Next step": "下一步",
    "Open sales opportunities": "进行中的商机",
    "{amount} 10k CNY": "{amount} 万元",
    "10k CNY": "万元",
    "to {date}": "截至 {date}",
    "Revenue (10k CNY)": "销售收入（万元）",
    "Collected (10k CNY)": "回款（万元）",
    "Quality loss (10k CNY)": "质量损失（万元）",
    "Unit price (CNY/t)": "单价（元/吨）",
    "Volume (t)": "合同量（吨）",
    "Total open (10k CNY)": "欠款合计（万元）",
    "{bucket} days past due": "逾期 {bucket} 天",
    "Amount (10k CNY)": "金额（万元）",
    "Open (10k CNY)": "未付（万元）",
    "Days past due": "逾期天数",
    "Due": "到期日",
    "Loss (10k CNY)": "损失（万元）",
    "Volume in the contracts' units (mostly t); money in 10k CNY; rates as defined for the "
    "annual rating; the current year up to the print date.":
        "合同量按合同计量单位（多为吨）；金额单位为万元；比率口径与年度评级一致；本年度截至打印日。",
    "Owed: {total} 10k CNY ({buckets})": "欠款合计 {total} 万元（{buckets}）",
    " ({cause})": "（{cause}）",
    "No data": "无数据",
    " ({status})": "（{status}）",
    "Reports to {name}": "上级：{name}",
    "{n} people below: see the teams that follow": "下属 {n} 人，见后续分组",
    "Frame green: supporter; grey: neutral; red: opponent; heavy frame: decision maker; "
    "dashed: changed post; ★ rising star":
        "图例：绿框为支持，灰框为中立，红框为反对；粗框为决策者；虚线框为已调岗；★ 为明日之星",
    "; ": "；",
    ": ": "：",
    "Rates (%) ": "比率（%）",
    "Revenue, 10k CNY": "销售收入（万元）",
}
