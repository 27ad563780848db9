"""Chinese words shared by every PDF."""

MESSAGES: dict[str, str] = {
    "Printed {date}": "打印日期 {date}",
    "Page {n} of {m}": "第 {n} 页 / 共 {m} 页",
    "Confidential": "商业秘密",
}
