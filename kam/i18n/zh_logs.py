"""Chinese for the unexpected-error line of the CLI and the who-am-I messages (the
desktop-readiness area)."""

MESSAGES: dict[str, str] = {
    "{command} failed unexpectedly ({error}); nothing saved was lost. "
    "Details are in the log: {path}":
        "{command} 意外出错（{error}），已保存的数据没有丢失。详细信息见日志：{path}",
}
