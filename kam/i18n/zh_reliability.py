"""Chinese messages of recovery, key changes, concurrent writers and hostile files (issue 16)."""

MESSAGES: dict[str, str] = {
    # lost or damaged files
    "is missing": "不见了",
    "is empty": "是空文件",
    "The database {path} {state}, but it has backups in {folder}": "数据库 {path} {state}，但 {folder} 中有它的备份",
}
