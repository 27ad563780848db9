"""Chinese for the commercial records and the workbook import/export (issue 3)."""

MESSAGES: dict[str, str] = {
    # report lines
    "{sheet} row {row}, column {column}: {message}": "{sheet} 第 {row} 行，{column} 列：{message}",
    "{sheet} row {row}: {message}": "{sheet} 第 {row} 行：{message}",
    "{sheet}: {message}": "{sheet}：{message}",
    "{sheet}: {added} added, {updated} updated, {same} unchanged": "{sheet}：新增 {added} 条，更新 {updated} 条，未变 {same} 条",
    "{sheet}: {added} to add, {updated} to update, {same} unchanged": "{sheet}：将新增 {added} 条，将更新 {updated} 条，未变 {same} 条",
    "… and {n} more problems": "……另有 {n} 个问题",
    "… and {n} more warnings": "……另有 {n} 条提醒",
    "warning: {text}": "提醒：{text}",
    "Staff": "员工",
    # the file
    "{path} does not exist": "{path} 不存在",
    "{path} is empty": "{path} 是空文件",
    "{path} is an old .xls file; save it as .xlsx in Excel or WPS first": "{path} 是旧版 .xls 文件，请先在 Excel 或 WPS 中另存为 .xlsx",
    "{path} is not an Excel workbook (.xlsx)": "{path} 不是 Excel 工作簿（.xlsx）",
    "{path} is not an Excel workbook (.xlsx): {error}": "{path} 不是 Excel 工作簿（.xlsx）：{error}",
    "{path} is neither UTF-8 nor GBK text": "{path} 既不是 UTF-8 也不是 GBK 编码的文本",
    "{path} is not a CSV text file": "{path} 不是 CSV 文本文件",
    "contains none of the sheets {names}": "不含任何可导入的工作表（{names}）",
    "not a sheet KAM Desk knows; ignored (known: {names})": "不是本软件认识的工作表，已忽略（可导入：{names}）",
    "is the same sheet as {other}": "与 {other} 是同一种工作表，只能有一个",
    "no header row with known columns (e.g. {cols})": "找不到含已知列名的表头行（例如 {cols}）",
    "column {key} appears twice": "列 {key} 出现了两次",
    "the required column {key} ({label}) is missing": "缺少必需的列 {key}（{label}）",
    # cells
    "is not a valid date: {value}": "不是有效日期：{value}",
    "is not a valid time (HH:MM): {value}": "不是有效时间（时:分）：{value}",
    "must be a number, not {value}": "应为数字，而不是 {value}",
    "must be a whole number, not {value}": "应为整数，而不是 {value}",
    "must not be negative: {value}": "不能为负数：{value}",
    "must be yes or no (是/否), not {value}": "应为“是”或“否”，而不是 {value}",
    "is not a plausible year: {value}": "不是合理的年份：{value}",
    "{value} is not one of: {allowed}": "{value} 不是允许的取值：{allowed}",
    # rows
    "duplicates row {row} of this sheet": "与本表第 {row} 行重复",
    "{name} is not a contact of this account": "{name} 不是该客户的联系人",
    "no contract {no} for account {code}": "客户 {code} 没有合同 {no}",
    "is empty and cannot be computed without quantity and unit_price": "为空，且缺少数量或单价，无法计算",
    "{amount:,.2f} differs from quantity × unit_price = {computed:,.2f}; the given amount is kept": "{amount:,.2f} 与数量 × 单价 = {computed:,.2f} 不符；保留表中金额",
    "is before the date the issue was raised": "早于问题提出的日期",
    # CLI
    "kam: nothing was imported: {n} problems in {file}": "kam：未导入任何数据，{file} 中有 {n} 个问题",
    "Dry run: nothing was written.": "试运行：未写入任何数据。",
    "the export file name must end in .xlsx": "导出文件名必须以 .xlsx 结尾",
    "Exported {n} rows to {path}": "已导出 {n} 行到 {path}",
}
MESSAGES.update(
    {
        "the account no longer exists": "该客户已不存在",
        "enter the amount or the unit price": "请填写金额或单价",
        "is before the contract was signed": "早于合同签订日期",
        "this account already has a contract {no}": "该客户已有合同 {no}",
        "must be more than zero": "必须大于零",
        "must be a contract of the same account": "必须是同一客户的合同",
    }
)
MESSAGES.update(
    {
        "the database is encrypted, but the exported workbook is not: keep the file safe and "
        "delete it when it is no longer needed": "数据库已加密，但导出的工作簿未加密：请妥善保管该文件，不再需要时及时删除",
    }
)
