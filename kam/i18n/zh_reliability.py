"""Chinese messages of recovery, key changes, concurrent writers and hostile files (issue 16)."""

MESSAGES: dict[str, str] = {
    # lost or damaged files
    "is missing": "不见了",
    "is empty": "是空文件",
    "The database {path} {state}, but it has backups in {folder}": "数据库 {path} {state}，但 {folder} 中有它的备份",
    "The database {path} holds damaged text (not valid UTF-8) in the column {column}; `kam export` saves everything readable":
        "数据库 {path} 的 {column} 列中有损坏的文字（不是有效的 UTF-8）；`kam export` 可导出所有可读的内容",
    "warning: {n} damaged texts (not valid UTF-8) were exported with � in place of the unreadable characters":
        "警告：{n} 处损坏的文字（不是有效的 UTF-8）已导出，无法读取的字符以 � 代替",
    # concurrent writers
    "The database is busy: another import, save or program is writing to it; nothing was changed, try again when it is done":
        "数据库正忙：另一个导入、保存或程序正在写入；本次未做任何更改，请在其完成后重试",
    "Another program added the same record at the same moment; nothing was changed, try again":
        "另一个程序同时添加了相同的记录；本次未做任何更改，请重试",
}
