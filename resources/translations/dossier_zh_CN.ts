<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="50" />
        <source>Code *</source>
        <translation>编码 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="50" />
        <source>e.g. HBGT</source>
        <translation>如 HBGT</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="51" />
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="51" />
        <source>full registered name</source>
        <translation>工商注册全称</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="52" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="53" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="54" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="55" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="56" />
        <source>Ownership</source>
        <translation>所有制</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="56" />
        <source>e.g. state-owned, private</source>
        <translation>如 国有、民营</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="57" />
        <source>Founded (year)</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="58" />
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="60" />
        <source>Shared with the team</source>
        <translation>团队共享</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="61" />
        <source>Relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="62" />
        <source>Relationship type</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="63" />
        <source>Customer class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="64" />
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="65" />
        <source>Business status</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="66" />
        <source>Payment terms</source>
        <translation>交易条件</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="67" />
        <source>Default terms (days)</source>
        <translation>默认账期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="68" />
        <source>empty: the company default</source>
        <translation>留空：按公司默认账期</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="69" />
        <source>Credit limit (10k CNY)</source>
        <translation>信用额度（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="70" />
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="71" />
        <source>Credit notes</source>
        <translation>信用情况</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="72" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="73" />
        <source>Output scale</source>
        <translation>产量规模</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="73" />
        <source>e.g. 8 million t steel a year</source>
        <translation>如 年产钢 800 万吨</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="74" />
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="75" />
        <source>Total assets (10k CNY)</source>
        <translation>资产总额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="84" />
        <source>every member of the team server sees it</source>
        <translation>团队服务器上所有成员都能看到</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/account_form.py" line="86" />
        <source>On a team server every member sees a shared account, not only its account manager and those who cover it</source>
        <translation>在团队服务器上，共享客户对所有成员可见，而不仅限于其客户经理和覆盖该客户的人员</translation>
    </message>
</context>
<context>
    <name>DecisionMap</name>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="41" />
        <source>D</source>
        <translation>决</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="42" />
        <source>I</source>
        <translation>影</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="43" />
        <source>U</source>
        <translation>用</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="44" />
        <source>G</source>
        <translation>把</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="45" />
        <source>C</source>
        <translation>内</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="115" />
        <source>Ours: %1</source>
        <translation>我方:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="115" />
        <source>No owner</source>
        <translation>我方未指定</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/decision_map.py" line="159" />
        <source>No people recorded yet.</source>
        <translation>尚未录入人员。</translation>
    </message>
</context>
<context>
    <name>DossierItems</name>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="52" />
        <source>production line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="55" />
        <source>Line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="56" />
        <location filename="../../ui/dossier/item_specs.py" line="65" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="57" />
        <location filename="../../ui/dossier/item_specs.py" line="66" />
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="58" />
        <location filename="../../ui/dossier/item_specs.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="59" />
        <location filename="../../ui/dossier/item_specs.py" line="68" />
        <source>Our product on it</source>
        <translation>我方产品</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="60" />
        <location filename="../../ui/dossier/item_specs.py" line="69" />
        <source>Competitor on it</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="61" />
        <location filename="../../ui/dossier/item_specs.py" line="70" />
        <location filename="../../ui/dossier/item_specs.py" line="83" />
        <location filename="../../ui/dossier/item_specs.py" line="90" />
        <location filename="../../ui/dossier/item_specs.py" line="103" />
        <location filename="../../ui/dossier/item_specs.py" line="109" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="64" />
        <source>Line *</source>
        <translation>生产线 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="64" />
        <source>e.g. 1780 mm hot strip mill</source>
        <translation>如 1780 热连轧</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="66" />
        <source>e.g. 4 million t/a</source>
        <translation>如 400 万吨/年</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="77" />
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="80" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="81" />
        <source>Share of output</source>
        <translation>产量占比</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="82" />
        <location filename="../../ui/dossier/item_specs.py" line="89" />
        <source>Volume</source>
        <translation>产量</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="86" />
        <source>Product *</source>
        <translation>产品 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="86" />
        <source>e.g. hot-rolled coil</source>
        <translation>如 热轧卷板</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="87" />
        <source>Share of output (%)</source>
        <translation>产量占比(%)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="88" />
        <location filename="../../ui/dossier/item_specs.py" line="131" />
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="89" />
        <source>e.g. 2 million t/a</source>
        <translation>如 200 万吨/年</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="97" />
        <source>development plan</source>
        <translation>发展规划</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="100" />
        <source>Plan</source>
        <translation>规划项目</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="101" />
        <location filename="../../ui/dossier/item_specs.py" line="107" />
        <source>Horizon</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="102" />
        <location filename="../../ui/dossier/item_specs.py" line="108" />
        <source>Opportunity for us</source>
        <translation>我方机会</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="106" />
        <source>Plan *</source>
        <translation>规划项目 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="106" />
        <source>e.g. new cold rolling line</source>
        <translation>如 新建冷轧线</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="107" />
        <source>e.g. 2026</source>
        <translation>如 2026 年</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="116" />
        <source>competitor share</source>
        <translation>供应商份额</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="119" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="120" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="121" />
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="122" />
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="123" />
        <location filename="../../ui/dossier/item_specs.py" line="132" />
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="124" />
        <location filename="../../ui/dossier/item_specs.py" line="133" />
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="127" />
        <source>Year *</source>
        <translation>年度 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="128" />
        <source>Supplier *</source>
        <translation>供应商 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="129" />
        <source>This is us</source>
        <translation>这是我方</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/item_specs.py" line="130" />
        <source>Share of purchases (%) *</source>
        <translation>采购份额(%) *</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../ui/dossier/form_pages.py" line="33" />
        <source>Basic facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/form_pages.py" line="34" />
        <source>Business, terms and credit</source>
        <translation>经营、交易与信用</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/form_pages.py" line="47" />
        <source>Output scale</source>
        <translation>产量规模</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/form_pages.py" line="50" />
        <source>Product structure</source>
        <translation>产品结构</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="79" />
        <location filename="../../ui/dossier/view.py" line="253" />
        <source>Company</source>
        <translation>企业概况</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="82" />
        <source>Scale &amp; products</source>
        <translation>规模与产品</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="83" />
        <source>Production lines</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="84" />
        <source>Development plans</source>
        <translation>发展规划</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="85" />
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="86" />
        <source>People</source>
        <translation>人员与决策</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="117" />
        <source>‹ All accounts</source>
        <translation>‹ 全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="125" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="130" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="135" />
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="204" />
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="212" />
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="214" />
        <location filename="../../ui/dossier/view.py" line="221" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="216" />
        <source>Manager: %1</source>
        <translation>客户经理:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="241" />
        <source>Our share of wallet — %1</source>
        <translation>我方份额 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="243" />
        <source>Mark our own line with “This is us” to see our share of wallet.</source>
        <translation>将我方所在行勾选“这是我方”,即可看到我方份额。</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="272" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="286" />
        <source>Please correct the fields marked in red.</source>
        <translation>请修改标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="303" />
        <source>The new account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/view.py" line="318" />
        <source>The account and everything recorded under it will be deleted. This cannot be undone.</source>
        <translation>该客户及其名下的全部记录都将被删除,且无法恢复。</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="19" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="20" />
        <location filename="../../ui/dossier/contact_specs.py" line="38" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="21" />
        <location filename="../../ui/dossier/contact_specs.py" line="40" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="22" />
        <location filename="../../ui/dossier/contact_specs.py" line="41" />
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="23" />
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="24" />
        <location filename="../../ui/dossier/contact_specs.py" line="44" />
        <source>Reports to</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="25" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="26" />
        <location filename="../../ui/dossier/contact_specs.py" line="49" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="27" />
        <location filename="../../ui/dossier/contact_specs.py" line="47" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="37" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="42" />
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="43" />
        <source>Attitude to us</source>
        <translation>对我方态度</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="45" />
        <source>Our owner of the relationship</source>
        <translation>我方关系负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="48" />
        <source>Rising star (明日之星)</source>
        <translation>明日之星</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="50" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="51" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="52" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="53" />
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="54" />
        <source>Career</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="55" />
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="56" />
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="57" />
        <source>Habits</source>
        <translation>习惯</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="58" />
        <source>Taboos</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/contact_specs.py" line="59" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="44" />
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="71" />
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="118" />
        <source>(nobody)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/people_tab.py" line="82" />
        <source>People who report to them will keep their place without a boss.</source>
        <translation>向其汇报的人员将保留,但不再有上级。</translation>
    </message>
</context>
</TS>