<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BusinessFigures</name>
    <message>
        <location filename="../../ui/records/figures.py" line="42" />
        <location filename="../../ui/records/figures.py" line="105" />
        <source>Volume (t)</source>
        <translation>合同量（吨）</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="43" />
        <location filename="../../ui/records/figures.py" line="104" />
        <source>Revenue (10k CNY)</source>
        <translation>销售收入（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="44" />
        <source>Unit price (CNY/t)</source>
        <translation>单价（元/吨）</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="45" />
        <source>Collected (10k CNY)</source>
        <translation>回款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="46" />
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="47" />
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="48" />
        <source>Quality loss (10k CNY)</source>
        <translation>质量损失（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="49" />
        <source>Quality loss rate</source>
        <translation>质量损失率</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="50" />
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures.py" line="107" />
        <source>Collection rate (%)</source>
        <translation>回款率（%）</translation>
    </message>
</context>
<context>
    <name>BusinessOverview</name>
    <message>
        <location filename="../../ui/records/overview.py" line="42" />
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="43" />
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="47" />
        <source>Days</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="48" />
        <source>Ageing</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="49" />
        <source>Payment expected</source>
        <translation>预计回款日</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="50" />
        <source>Promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="55" />
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="44" />
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="45" />
        <source>Paid (10k CNY)</source>
        <translation>已回款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="46" />
        <source>Open (10k CNY)</source>
        <translation>欠款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="56" />
        <source>Loss (10k CNY)</source>
        <translation>损失金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="57" />
        <source>Quality issue</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="61" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="62" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="63" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="76" />
        <source>Manual scores</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="86" />
        <source>Save scores</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="92" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="93" />
        <source>Industry influence</source>
        <translation>行业影响力</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="94" />
        <source>Business reputation</source>
        <translation>商业信誉</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="136" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="163" />
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="171" />
        <source>Open quality records</source>
        <translation>未解决的质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="172" />
        <source>Open complaints</source>
        <translation>未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="199" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/records/overview.py" line="201" />
        <source>Open: %1 (10k CNY)</source>
        <translation>欠款合计：%1 万元</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../../ui/records/business_tab.py" line="23" />
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../ui/records/business_tab.py" line="43" />
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../ui/records/business_tab.py" line="44" />
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/records/business_tab.py" line="44" />
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/records/business_tab.py" line="45" />
        <source>Quality records</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/records/business_tab.py" line="45" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/records/export_dialog.py" line="26" />
        <location filename="../../ui/records/export_dialog.py" line="47" />
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/records/export_dialog.py" line="27" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/records/export_dialog.py" line="48" />
        <source>Writing %1…</source>
        <translation>正在写入 %1……</translation>
    </message>
    <message>
        <location filename="../../ui/records/export_dialog.py" line="53" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/records/export_dialog.py" line="80" />
        <source>Exported %1 rows to:</source>
        <translation>已导出 %1 行到：</translation>
    </message>
    <message>
        <location filename="../../ui/records/export_dialog.py" line="89" />
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="40" />
        <location filename="../../ui/records/import_dialog.py" line="93" />
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="45" />
        <source>Choose an .xlsx workbook or a folder of CSV files.</source>
        <translation>请选择 .xlsx 工作簿或存放 CSV 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="47" />
        <source>Workbook…</source>
        <translation>工作簿……</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="49" />
        <source>CSV folder…</source>
        <translation>CSV 文件夹……</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="61" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="65" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="70" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="94" />
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="99" />
        <source>Folder of CSV files</source>
        <translation>CSV 文件所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="121" />
        <source>Checking the file…</source>
        <translation>正在检查文件……</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="121" />
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="149" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="152" />
        <source>%1: %2 of %3 rows</source>
        <translation>%1：第 %2 行，共 %3 行</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="173" />
        <source>Nothing can be imported until these problems are fixed.</source>
        <translation>请先改正以下问题，否则无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="174" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="177" />
        <source>Rows added or updated: %1</source>
        <translation>已新增或更新：%1 行</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="182" />
        <source>Rows to add or update: %1</source>
        <translation>将新增或更新：%1 行</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="176" />
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/records/import_dialog.py" line="181" />
        <source>The file is fine. Nothing has been written yet.</source>
        <translation>文件检查通过，尚未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/records/kinds.py" line="39" />
        <source>(none)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="41" />
        <location filename="../../ui/records/kinds.py" line="88" />
        <source>%1 (10k CNY)</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="48" />
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="51" />
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="52" />
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="53" />
        <location filename="../../ui/records/kinds.py" line="65" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="54" />
        <location filename="../../ui/records/kinds.py" line="66" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="55" />
        <source>Unit price (CNY/t)</source>
        <translation>单价（元/吨）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="56" />
        <location filename="../../ui/records/kinds.py" line="91" />
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="57" />
        <source>Cost (10k CNY)</source>
        <translation>成本（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="58" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="59" />
        <source>Payment expected</source>
        <translation>预计回款日</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="60" />
        <source>Promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="63" />
        <source>Contract no. *</source>
        <translation>合同号 *</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="64" />
        <source>Signed on *</source>
        <translation>签订日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="65" />
        <source>e.g. high-speed steel roll</source>
        <translation>例如：高速钢轧辊</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="67" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="68" />
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="69" />
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="70" />
        <source>empty: quantity × unit price</source>
        <translation>留空则按 数量 × 单价 计算</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="71" />
        <source>Cost (CNY)</source>
        <translation>成本（元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="72" />
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="73" />
        <source>empty: the account's default terms</source>
        <translation>留空：按客户默认账期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="74" />
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="75" />
        <source>Payment expected on</source>
        <translation>预计回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="76" />
        <source>Payment promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="77" />
        <location filename="../../ui/records/kinds.py" line="93" />
        <location filename="../../ui/records/kinds.py" line="100" />
        <location filename="../../ui/records/kinds.py" line="125" />
        <location filename="../../ui/records/kinds.py" line="150" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="86" />
        <source>payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="90" />
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="92" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="96" />
        <source>Paid on *</source>
        <translation>回款日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="97" />
        <source>Amount (CNY) *</source>
        <translation>金额（元） *</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="98" />
        <source>Against contract</source>
        <translation>对应合同</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="109" />
        <source>quality record</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="112" />
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="113" />
        <location filename="../../ui/records/kinds.py" line="139" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="114" />
        <source>Loss (10k CNY)</source>
        <translation>损失金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="115" />
        <location filename="../../ui/records/kinds.py" line="122" />
        <location filename="../../ui/records/kinds.py" line="140" />
        <location filename="../../ui/records/kinds.py" line="147" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="116" />
        <location filename="../../ui/records/kinds.py" line="123" />
        <location filename="../../ui/records/kinds.py" line="141" />
        <location filename="../../ui/records/kinds.py" line="148" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="119" />
        <source>Reported on *</source>
        <translation>提出日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="120" />
        <location filename="../../ui/records/kinds.py" line="146" />
        <source>Description *</source>
        <translation>描述 *</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="121" />
        <source>Loss (CNY)</source>
        <translation>损失金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="124" />
        <location filename="../../ui/records/kinds.py" line="149" />
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="134" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="137" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="138" />
        <location filename="../../ui/records/kinds.py" line="145" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="144" />
        <source>Received on *</source>
        <translation>收到日期 *</translation>
    </message>
</context>
<context>
    <name>RecordsMenu</name>
    <message>
        <location filename="../../ui/records/menu.py" line="16" />
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)……</translation>
    </message>
    <message>
        <location filename="../../ui/records/menu.py" line="19" />
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)……</translation>
    </message>
</context>
</TS>