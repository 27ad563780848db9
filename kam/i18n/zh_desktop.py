"""Chinese for the core messages the desktop app's forms add (parsing typed input)."""

MESSAGES: dict[str, str] = {
    "must be a whole number": "必须是整数",
    "is not a valid date (YYYY-MM-DD)": "不是有效日期(格式 YYYY-MM-DD)",
}
