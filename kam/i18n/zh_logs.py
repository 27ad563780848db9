"""Chinese for the unexpected-error line of the CLI and the who-am-I messages (the
desktop-readiness area)."""

MESSAGES: dict[str, str] = {
    "{command} failed unexpectedly ({error}); nothing saved was lost. "
    "Details are in the log: {path}": "{command} 意外出错（{error}），已保存的数据没有丢失。详细信息见日志：{path}",
    "who is working: changes are recorded under this name "
    "(default: KAM_USER or the person set for the database)": "当前使用者：修改记录在此姓名下（默认：环境变量 KAM_USER，或为该数据库设定的本人）",
    "is not a date: write 2025-03-05, 2025/3/5 or 2025年3月5日": "不是有效日期：请写成 2025-03-05、2025/3/5 或 2025年3月5日",
    # a scoring rule's words in the scheme editor (parse_rule reads both)
    "linear": "线性",
    "else": "其余",
}
