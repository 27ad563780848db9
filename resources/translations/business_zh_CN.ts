<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BusinessFigures</name>
    <message>
        <location filename="../../ui/business/figures.py" line="45" />
        <location filename="../../ui/business/figures.py" line="90" />
        <source>Volume (t)</source>
        <translation>合同量（吨）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="46" />
        <location filename="../../ui/business/figures.py" line="89" />
        <source>Revenue (10k CNY)</source>
        <translation>销售收入（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="47" />
        <source>Unit price (CNY/t)</source>
        <translation>单价（元/吨）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="48" />
        <source>Collected (10k CNY)</source>
        <translation>回款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="49" />
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="50" />
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="51" />
        <source>Quality loss (10k CNY)</source>
        <translation>质量损失（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="52" />
        <source>Quality loss rate</source>
        <translation>质量损失率</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="53" />
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="92" />
        <source>Collection rate (%)</source>
        <translation>回款率（%）</translation>
    </message>
</context>
<context>
    <name>BusinessOverview</name>
    <message>
        <location filename="../../ui/business/overview.py" line="41" />
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="42" />
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="43" />
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="44" />
        <source>Paid (10k CNY)</source>
        <translation>已回款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="45" />
        <source>Open (10k CNY)</source>
        <translation>欠款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="46" />
        <source>Days</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="47" />
        <source>Ageing</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="48" />
        <source>Payment expected</source>
        <translation>预计回款日</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="49" />
        <source>Promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="54" />
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="55" />
        <source>Loss (10k CNY)</source>
        <translation>损失金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="56" />
        <source>Quality issue</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="60" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="61" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="62" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="75" />
        <source>Manual scores</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="85" />
        <source>Save scores</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="91" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="92" />
        <source>Industry influence</source>
        <translation>行业影响力</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="93" />
        <source>Business reputation</source>
        <translation>商业信誉</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="132" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="159" />
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="167" />
        <source>Open quality records</source>
        <translation>未解决的质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="168" />
        <source>Open complaints</source>
        <translation>未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="198" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="200" />
        <source>Open: %1 (10k CNY)</source>
        <translation>欠款合计：%1 万元</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../../ui/business/business_tab.py" line="23" />
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="43" />
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="44" />
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="44" />
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="45" />
        <source>Quality records</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="45" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/business/kinds.py" line="40" />
        <source>(none)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="42" />
        <location filename="../../ui/business/kinds.py" line="89" />
        <source>%1 (10k CNY)</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="49" />
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="52" />
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="53" />
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="54" />
        <location filename="../../ui/business/kinds.py" line="66" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="55" />
        <location filename="../../ui/business/kinds.py" line="67" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="56" />
        <source>Unit price (CNY/t)</source>
        <translation>单价（元/吨）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="57" />
        <location filename="../../ui/business/kinds.py" line="70" />
        <location filename="../../ui/business/kinds.py" line="92" />
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="58" />
        <location filename="../../ui/business/kinds.py" line="72" />
        <source>Cost (10k CNY)</source>
        <translation>成本（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="59" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="60" />
        <source>Payment expected</source>
        <translation>预计回款日</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="61" />
        <source>Promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="64" />
        <source>Contract no. *</source>
        <translation>合同号 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="65" />
        <source>Signed on *</source>
        <translation>签订日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="66" />
        <source>e.g. high-speed steel roll</source>
        <translation>例如：高速钢轧辊</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="68" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="69" />
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="98" />
        <source>Amount (10k CNY) *</source>
        <translation>金额（万元） *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="71" />
        <source>empty: quantity × unit price</source>
        <translation>留空则按 数量 × 单价 计算</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="73" />
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="74" />
        <source>empty: the account's default terms</source>
        <translation>留空：按客户默认账期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="75" />
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="76" />
        <source>Payment expected on</source>
        <translation>预计回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="77" />
        <source>Payment promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="78" />
        <location filename="../../ui/business/kinds.py" line="94" />
        <location filename="../../ui/business/kinds.py" line="101" />
        <location filename="../../ui/business/kinds.py" line="126" />
        <location filename="../../ui/business/kinds.py" line="151" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="87" />
        <source>payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="91" />
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="93" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="97" />
        <source>Paid on *</source>
        <translation>回款日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="99" />
        <source>Against contract</source>
        <translation>对应合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="110" />
        <source>quality record</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="113" />
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="114" />
        <location filename="../../ui/business/kinds.py" line="140" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="115" />
        <location filename="../../ui/business/kinds.py" line="122" />
        <source>Loss (10k CNY)</source>
        <translation>损失金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="116" />
        <location filename="../../ui/business/kinds.py" line="123" />
        <location filename="../../ui/business/kinds.py" line="141" />
        <location filename="../../ui/business/kinds.py" line="148" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="117" />
        <location filename="../../ui/business/kinds.py" line="124" />
        <location filename="../../ui/business/kinds.py" line="142" />
        <location filename="../../ui/business/kinds.py" line="149" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="120" />
        <source>Reported on *</source>
        <translation>提出日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="121" />
        <location filename="../../ui/business/kinds.py" line="147" />
        <source>Description *</source>
        <translation>描述 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="125" />
        <location filename="../../ui/business/kinds.py" line="150" />
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="135" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="138" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="139" />
        <location filename="../../ui/business/kinds.py" line="146" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="145" />
        <source>Received on *</source>
        <translation>收到日期 *</translation>
    </message>
</context>
</TS>