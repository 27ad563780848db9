"""Chinese messages of recovery, key changes, concurrent writers and hostile files (issue 16)."""

MESSAGES: dict[str, str] = {
    # lost or damaged files
    "is missing": "不见了",
    "is empty": "是空文件",
    "The database {path} {state}, but it has backups in {folder}": "数据库 {path} {state}，但 {folder} 中有它的备份",
    "The database {path} holds damaged text (not valid UTF-8) in the column {column}; `kam export` saves everything readable": "数据库 {path} 的 {column} 列中有损坏的文字（不是有效的 UTF-8）；`kam export` 可导出所有可读的内容",
    "warning: {n} damaged texts (not valid UTF-8) were exported with � in place of the unreadable characters": "警告：{n} 处损坏的文字（不是有效的 UTF-8）已导出，无法读取的字符以 � 代替",
    # concurrent writers
    "The database is busy (locked by another import, save or program); nothing was changed, try again when it is done": "数据库正忙（被另一个导入、保存或程序锁定）；本次未做任何更改，请在其完成后重试",
    "Another program added the same record at the same moment; nothing was changed, try again": "另一个程序同时添加了相同的记录；本次未做任何更改，请重试",
    # hostile and odd import files
    "{path} is larger than {n} MB; split it into smaller files": "{path} 超过 {n} MB；请拆分为较小的文件",
    "{path} is protected with a password (or is an old .xls file); remove the password and save it as .xlsx first": "{path} 设有密码保护（或是旧的 .xls 文件）；请先取消密码并另存为 .xlsx",
    "it is protected with a password": "文件设有密码保护",
    "the file is damaged ({error})": "文件已损坏（{error}）",
    "its text is not UTF-8 as a workbook's must be": "其文字不是工作簿应有的 UTF-8 编码",
    "a field is too long or malformed ({error})": "某个字段过长或格式错误（{error}）",
    "{path}, sheet {sheet} cannot be read: {reason}": "{path} 的工作表 {sheet} 无法读取：{reason}",
    "{path} is neither UTF-8 nor GBK text (Big5 or another encoding?); save it as CSV UTF-8 in Excel or WPS": "{path} 既不是 UTF-8 也不是 GBK 文本（可能是 Big5 或其他编码）；请在 Excel 或 WPS 中另存为“CSV UTF-8”",
    "is not a plausible date (1900–2100): {value}": "不是合理的日期（1900–2100）：{value}",
    "the columns KAM Desk does not know would make the notes longer than {n} characters; remove those columns or shorten them": "KAM Desk 不认识的列并入备注后将超过 {n} 个字符；请删除或缩短这些列",
    # read-only media
    "The database {path} is on read-only media and was written by an older KAM Desk; copy it to a writable folder to open it": "数据库 {path} 位于只读介质上，且由旧版 KAM Desk 写入；请先复制到可写的文件夹再打开",
    # key changes and backups
    "yes": "是",
    "no": "否",
    "Encrypted": "加密",
    "warning: the backup {path} is in another key and was left as it is": "警告：备份 {path} 使用另一个密码，已保持原样",
    # backups in another key (kam.safety.stray)
    "`kam backup --convert-stray` puts it in the database's key (with its passphrase); `kam backup --remove-stray` deletes it": "`kam backup --convert-stray` 可将其转换为数据库的密码（需输入该备份的密码）；`kam backup --remove-stray` 可将其删除",
    "[c]onvert with its passphrase, [r]emove, or [k]eep as it is? ": "用其密码转换（c）、删除（r）还是保持原样（k）？",
    "warning: {problem}": "警告：{problem}",
    "No backup of {path} is in another key": "{path} 没有使用另一个密码的备份",
    "The backup {path} is in another key: set {var} to its passphrase or run the command in a terminal": "备份 {path} 使用另一个密码：请将其密码设置在 {var} 中，或在终端中运行此命令",
    "Passphrase of the backup {path}: ": "备份 {path} 的密码：",
    "The backup {path} now uses the database's key": "备份 {path} 现已使用数据库的密码",
    "Removed the backup {path}": "已删除备份 {path}",
    "{n} backups were left as they are; the first: {problem}": "{n} 个备份保持原样；第一个：{problem}",
    "{path} is not a backup of {database} in another key": "{path} 不是 {database} 使用另一个密码的备份",
    "The backup {path} is encrypted; its passphrase is needed": "备份 {path} 已加密，需要其密码",
    "The passphrase does not open the backup {path}; it was left as it is": "该密码无法打开备份 {path}；备份已保持原样",
    "Cannot convert the backup {path}: {error}; it was left as it is": "无法转换备份 {path}：{error}；备份已保持原样",
    "Cannot remove the backup {path}: {error}": "无法删除备份 {path}：{error}",
    # lost updates
    "was changed meanwhile by an import or another window (now: {value}); your edit was not saved, check it and save again": "在此期间已被导入或另一个窗口修改（现为：{value}）；您的修改未保存，请核对后重新保存",
    "the import was cancelled; nothing was written": "导入已取消；未写入任何内容",
}
