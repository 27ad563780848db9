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
}
