"""Chinese for the command line's help and messages, the services' shared checks and
the demo step (the CLI, demo and services-tests area)."""

MESSAGES: dict[str, str] = {
    # validation shared by services
    "unknown account": "客户不存在",
    "is not a valid date (YYYY-MM-DD)": "不是有效日期（格式 YYYY-MM-DD）",
}
