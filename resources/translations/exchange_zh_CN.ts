<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="26" />
        <location filename="../../ui/exchange/export_dialog.py" line="47" />
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="27" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="48" />
        <source>Writing %1…</source>
        <translation>正在写入 %1……</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="53" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="80" />
        <source>Exported %1 rows to:</source>
        <translation>已导出 %1 行到：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="89" />
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="40" />
        <location filename="../../ui/exchange/import_dialog.py" line="94" />
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48" />
        <source>Workbook…</source>
        <translation>工作簿……</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="50" />
        <source>CSV folder…</source>
        <translation>CSV 文件夹……</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="62" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="66" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="71" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="46" />
        <source>Choose a workbook (.xlsx, .xls or .ods) or a folder of CSV files.</source>
        <translation>请选择工作簿（.xlsx、.xls 或 .ods）或存放 CSV 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="95" />
        <source>Workbooks (*.xlsx *.xls *.ods);;Excel workbooks (*.xlsx *.xls);;OpenDocument spreadsheets (*.ods);;CSV files (*.csv)</source>
        <translation>工作簿 (*.xlsx *.xls *.ods);;Excel 工作簿 (*.xlsx *.xls);;OpenDocument 电子表格 (*.ods);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="101" />
        <source>Folder of CSV files</source>
        <translation>CSV 文件所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="123" />
        <source>Checking the file…</source>
        <translation>正在检查文件……</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="123" />
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="151" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="154" />
        <source>%1: %2 of %3 rows</source>
        <translation>%1：第 %2 行，共 %3 行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="175" />
        <source>Nothing can be imported until these problems are fixed.</source>
        <translation>请先改正以下问题，否则无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="176" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="178" />
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="179" />
        <source>Rows added or updated: %1</source>
        <translation>已新增或更新：%1 行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="183" />
        <source>The file is fine. Nothing has been written yet.</source>
        <translation>文件检查通过，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="184" />
        <source>Rows to add or update: %1</source>
        <translation>将新增或更新：%1 行</translation>
    </message>
</context>
<context>
    <name>RecordsMenu</name>
    <message>
        <location filename="../../ui/exchange/menu.py" line="16" />
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)……</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="19" />
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)……</translation>
    </message>
</context>
</TS>