"""Chinese for the command line's help and messages, the services' shared checks and
the demo step (the CLI, demo and services-tests area)."""

MESSAGES: dict[str, str] = {
    # validation shared by services
    "is not a valid date (YYYY-MM-DD)": "不是有效日期（格式 YYYY-MM-DD）",
    # kam (top level)
    "KAM Desk — key-account manager (大客户管理)": "KAM Desk 大客户管理",
    "database file or SQLAlchemy URL (default: KAM_DB or the user data folder)": "数据库文件或 SQLAlchemy URL（默认：环境变量 KAM_DB，或用户数据目录）",
    "language of messages and reports": "提示信息和报表的语言",
    "show tracebacks": "出错时显示完整的错误堆栈",
    "show the version and exit": "显示版本号并退出",
    "show this help and exit": "显示本帮助并退出",
    "options": "选项",
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    # argparse's own errors (kam/cli/parser.py routes them here)
    "the following arguments are required: %s": "缺少以下参数：%s",
    "one of the arguments %s is required": "参数 %s 必须给出其中之一",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效选项：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ambiguous option: %(option)s could match %(matches)s": "选项有歧义：%(option)s 可能是 %(matches)s",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "kam: {message}": "kam：{message}",
    "{prog}: {message} (usage: {prog} --help)": "{prog}：{message}（用法见 {prog} --help）",
    "{path}: {reason}": "{path}：{reason}",
    # kam init
    "create an empty database or the demo company": "新建空数据库或演示公司数据",
    "Creates a new database at --db, KAM_DB or the default location.": "在 --db、KAM_DB 指定的位置或默认位置新建数据库。",
    "fill it with the demo company (a roll maker and 93 steel mills)": "填入演示公司数据（一家轧辊厂和 93 家钢厂客户）",
    "replace an existing file (the old one is kept as a .replaced copy)": "替换已有文件（旧文件保留为 .replaced 副本）",
    "Created an empty database at {path}": "已在 {path} 创建空数据库",
    "The old database was kept as {path}": "旧数据库已保留为 {path}",
    "{path} is a folder, not a database file": "{path} 是文件夹，不是数据库文件",
    # kam accounts
    "list accounts": "列出客户",
    "Lists accounts in pinyin order of their names.": "按客户名称的拼音顺序列出客户。",
    "code, name, pinyin or initials (hbgt finds 河北钢铁)": "编码、名称、拼音或拼音首字母（输入 hbgt 可找到河北钢铁）",
    "only this account manager's": "只列出该客户经理负责的客户",
    "only this region": "只列出该地区的客户",
    "only this relationship stage": "只列出该关系阶段的客户",
    "output format (default: table)": "输出格式（默认：table 表格）",
    "Grade": "等级",
    # operating-system errors
    "permission denied": "没有访问权限",
    "no such file or folder": "文件或文件夹不存在",
    "the disk is full": "磁盘已满",
    "the disk is read-only": "磁盘为只读",
    "this is a folder, not a file": "这是文件夹，不是文件",
    "a part of the path is not a folder": "路径中有一部分不是文件夹",
    "the file already exists": "文件已存在",
}

MESSAGES.update(
    {
        # command summaries of the other areas' commands (kam --help)
        "open the desktop app": "打开桌面程序",
        "visit plans, calendar export, briefs, cadence": "拜访计划、日历导出、拜访简报、拜访频次",
        "print a visit plan (PDF)": "打印拜访计划（PDF）",
        "export visits as iCalendar (.ics)": "将拜访导出为 iCalendar 日历（.ics）",
        "print one-page briefs of planned visits (PDF)": "打印计划拜访的一页简报（PDF）",
        "list visits of a period": "列出一段时间内的拜访",
        "accounts due or overdue for a visit": "应拜访或拜访已逾期的客户",
        "overdue follow-ups per person": "各人逾期的跟进事项",
        "integrity and foreign-key check; exit 0 only when clean": "完整性与外键检查；无问题时返回 0",
        "a consistent copy of the database (SQLite backup API)": "数据库的一致性备份（SQLite 备份接口）",
        "restore a backup after checking it": "检查备份后恢复",
        "encrypt the database with a passphrase (SQLCipher)": "用口令加密数据库（SQLCipher）",
        "remove the encryption": "解除加密",
        "change the passphrase": "更改口令",
        "import a workbook (.xlsx) or a folder of CSV files": "导入工作簿（.xlsx）或 CSV 文件夹",
        "write every record to a workbook (.xlsx)": "将全部记录导出到工作簿（.xlsx）",
        "the annual rating (年度评级)": "年度评级",
        "rate every account for a year": "对全部客户进行某年度的评级",
        "one row per account of a year's rating": "某年度评级结果,每个客户一行",
        "the review-meeting pack (PDF)": "评审会材料（PDF）",
        "print account profiles (PDF)": "打印客户档案（PDF）",
    }
)
