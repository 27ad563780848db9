"""Chinese for the workbook's uuids, links and every-record sheets (issue 11)."""

MESSAGES = {
    "… and {n} more problem": "……另有 {n} 个问题",
    "… and {n} more warning": "……另有 {n} 条提醒",
    "kam: nothing was imported: {n} problem in {file}": "kam：未导入任何数据，{file} 中有 {n} 个问题",
    "is not a valid uuid: {value}": "不是有效的 uuid：{value}",
    "is not a valid date and time: {value}": "不是有效的日期时间：{value}",
    "the uuid {uuid} appears twice in this sheet (row {row})": "uuid {uuid} 在本表中出现两次（第 {row} 行）",
    "the uuid {uuid} is that of row {row} of sheet {sheet}": "uuid {uuid} 属于工作表 {sheet} 第 {row} 行的记录",
    "the uuid {uuid} belongs to a record of another kind ({sheet})": "uuid {uuid} 属于另一类记录（{sheet}）",
    "belongs to another record than the one {columns} name": "与 {columns} 所指的不是同一条记录",
    "names the record that row {row} gives by its uuid": "所指的记录已由第 {row} 行按 uuid 指定",
    "no contact has the uuid {uuid}": "没有 uuid 为 {uuid} 的联系人",
    "is before the start": "早于开始日期",
    "no record of sheet {sheet} has the uuid {uuid}": "工作表 {sheet} 中没有 uuid 为 {uuid} 的记录",
    "not a column of this sheet, and the sheet has no notes to keep it in; "
    "its values are not imported": "不是本表的列，且本表没有备注列可保存；该列的值不会导入",
    "{path} is not a workbook (.xlsx, .xls or .ods)": "{path} 不是工作簿（.xlsx、.xls 或 .ods）",
    "{path} cannot be read: the spreadsheet reader took more than {n} s": "无法读取 {path}：读取该表格超过 {n} 秒",
    "{path} cannot be read: the spreadsheet reader stopped on it (exit code {code}); "
    "the file is damaged or not a spreadsheet": "无法读取 {path}：表格读取程序在该文件上中止（退出码 {code}）；文件已损坏或不是电子表格",
    "{path} cannot be read: {error}": "无法读取 {path}：{error}",
    "import a workbook (.xlsx, .xls or .ods) or a folder of CSV files": "导入工作簿（.xlsx、.xls 或 .ods）或 CSV 文件夹",
    # command-line help
    ".xlsx, .xls or .ods workbook, a SHEET.csv file or a folder of CSV files": ".xlsx、.xls 或 .ods 工作簿，一个“工作表名.csv”文件，或 CSV 文件夹",
    "report what would be added or updated; write nothing": "只报告将新增或更新的内容，不写入任何数据",
    "the .xlsx file to write": "要写入的 .xlsx 文件",
    "Chinese sheet names and column headers (re-importable too)": "使用中文工作表名、列标题和取值（同样可以再导入）",
}
