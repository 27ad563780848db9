<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BusinessFigures</name>
    <message>
        <location filename="../../ui/business/figures.py" line="45" />
        <location filename="../../ui/business/figures.py" line="123" />
        <source>Volume (t)</source>
        <translation>合同量（吨）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="47" />
        <location filename="../../ui/business/figures.py" line="122" />
        <source>Revenue (10k CNY)</source>
        <translation>销售收入（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="51" />
        <source>Unit price (CNY/t)</source>
        <translation>单价（元/吨）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="55" />
        <source>Collected (10k CNY)</source>
        <translation>回款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="59" />
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="63" />
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="67" />
        <source>Quality loss (10k CNY)</source>
        <translation>质量损失（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="71" />
        <source>Quality loss rate</source>
        <translation>质量损失率</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="74" />
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="104" />
        <source>to {date}</source>
        <translation>至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/business/figures.py" line="125" />
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
        <location filename="../../ui/business/overview.py" line="44" />
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="49" />
        <source>Paid (10k CNY)</source>
        <translation>已回款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="52" />
        <source>Open (10k CNY)</source>
        <translation>欠款（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="56" />
        <source>Days</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="57" />
        <source>Ageing</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="59" />
        <source>Payment expected</source>
        <translation>预计回款日</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="62" />
        <source>Promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="69" />
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="72" />
        <source>Loss (10k CNY)</source>
        <translation>损失金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="76" />
        <source>Quality issue</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="83" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="85" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="86" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="100" />
        <source>Manual scores</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="110" />
        <source>Save scores</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="117" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="118" />
        <source>Industry influence</source>
        <translation>行业影响力</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="119" />
        <source>Business reputation</source>
        <translation>商业信誉</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="167" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="194" />
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="204" />
        <source>Open quality records</source>
        <translation>未解决的质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="209" />
        <source>Open complaints</source>
        <translation>未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="246" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/business/overview.py" line="249" />
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
        <location filename="../../ui/business/business_tab.py" line="45" />
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="46" />
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="47" />
        <source>Quality records</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/business_tab.py" line="48" />
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
        <location filename="../../ui/business/kinds.py" line="43" />
        <location filename="../../ui/business/kinds.py" line="121" />
        <source>%1 (10k CNY)</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="54" />
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="57" />
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="58" />
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="59" />
        <location filename="../../ui/business/kinds.py" line="84" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="61" />
        <location filename="../../ui/business/kinds.py" line="87" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="66" />
        <source>Unit price (CNY/t)</source>
        <translation>单价（元/吨）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="70" />
        <location filename="../../ui/business/kinds.py" line="92" />
        <location filename="../../ui/business/kinds.py" line="125" />
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="71" />
        <location filename="../../ui/business/kinds.py" line="96" />
        <source>Cost (10k CNY)</source>
        <translation>成本（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="72" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="74" />
        <source>Payment expected</source>
        <translation>预计回款日</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="77" />
        <source>Promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="80" />
        <source>Contract no. *</source>
        <translation>合同号 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="81" />
        <source>Signed on *</source>
        <translation>签订日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="85" />
        <source>e.g. high-speed steel roll</source>
        <translation>例如：高速钢轧辊</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="88" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="89" />
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="131" />
        <source>Amount (10k CNY) *</source>
        <translation>金额（万元） *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="94" />
        <source>empty: quantity × unit price</source>
        <translation>留空则按 数量 × 单价 计算</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="99" />
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="101" />
        <source>empty: the account's default terms</source>
        <translation>留空：按客户默认账期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="103" />
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="104" />
        <source>Payment expected on</source>
        <translation>预计回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="105" />
        <source>Payment promise</source>
        <translation>回款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="106" />
        <location filename="../../ui/business/kinds.py" line="127" />
        <location filename="../../ui/business/kinds.py" line="138" />
        <location filename="../../ui/business/kinds.py" line="168" />
        <location filename="../../ui/business/kinds.py" line="196" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="118" />
        <source>payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="124" />
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="126" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="130" />
        <source>Paid on *</source>
        <translation>回款日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="134" />
        <source>Against contract</source>
        <translation>对应合同</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="150" />
        <source>quality record</source>
        <translation>质量异议</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="153" />
        <source>Reported</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="154" />
        <location filename="../../ui/business/kinds.py" line="185" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="156" />
        <location filename="../../ui/business/kinds.py" line="164" />
        <source>Loss (10k CNY)</source>
        <translation>损失金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="158" />
        <location filename="../../ui/business/kinds.py" line="165" />
        <location filename="../../ui/business/kinds.py" line="186" />
        <location filename="../../ui/business/kinds.py" line="193" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="159" />
        <location filename="../../ui/business/kinds.py" line="166" />
        <location filename="../../ui/business/kinds.py" line="187" />
        <location filename="../../ui/business/kinds.py" line="194" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="162" />
        <source>Reported on *</source>
        <translation>提出日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="163" />
        <location filename="../../ui/business/kinds.py" line="192" />
        <source>Description *</source>
        <translation>描述 *</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="167" />
        <location filename="../../ui/business/kinds.py" line="195" />
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="180" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="183" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="184" />
        <location filename="../../ui/business/kinds.py" line="191" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/business/kinds.py" line="190" />
        <source>Received on *</source>
        <translation>收到日期 *</translation>
    </message>
</context>
</TS>