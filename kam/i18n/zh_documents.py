"""Chinese words of issue 14 (documents, payment terms, calendar)."""

MESSAGES: dict[str, str] = {
    "give the payment terms in days or a due date, not both": "账期天数与到期日只填一项",
}
