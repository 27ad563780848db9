<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/shell/about.py" line="15" />
        <source>About KAM Desk</source>
        <translation>关于 KAM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="16" />
        <source>Key-account management for B2B field sales: the account dossier, visits on three layers, the annual rating and early warnings.</source>
        <translation>面向工业品销售的大客户管理:客户业务档案、三个层面的走访、年度评级与预警。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="19" />
        <source>Works offline; your data stays in one file on this computer.</source>
        <translation>离线可用;数据保存在本机的一个文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="21" />
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="22" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="24" />
        <source>Log folder: %1</source>
        <translation>日志文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="25" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="78" />
        <source>KAM Desk</source>
        <translation>KAM Desk 大客户管理</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="79" />
        <source>Something went wrong: %1</source>
        <translation>出了点问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="81" />
        <source>Nothing saved was lost: every change is saved whole or not at all. You can carry on working; if it happens again, send the log to whoever looks after KAM Desk.

Log: %1</source>
        <translation>已保存的数据没有丢失：每次修改要么完整保存，要么完全不保存。您可以继续工作；如果问题再次出现，请把日志发给 KAM Desk 的维护人员。

日志：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/error_handler.py" line="85" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/shell/database.py" line="30" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="32" />
        <source>You can open another database file or create a new one.</source>
        <translation>您可以打开其他数据库文件,或新建一个数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="33" />
        <source>Open another…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="34" />
        <source>Create new…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="35" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="47" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="53" />
        <location filename="../../ui/shell/database.py" line="58" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/database.py" line="59" />
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 已存在,请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/shell/guide.py" line="13" />
        <source>The account dossier</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="14" />
        <source>Accounts (Ctrl+2) lists every customer; type a name, a code or the pinyin initials (hbgt finds 河北钢铁). A double-click opens the dossier: company facts, people and the decision map, products, lines, plans, competitors' shares, business records, visits and the rating. Ctrl+N starts a new account.</source>
        <translation>“客户”（Ctrl+2）列出全部客户；输入名称、编码或拼音首字母即可查找（hbgt 找到河北钢铁）。双击打开客户档案：公司概况、人员与决策链、产品、生产线、发展规划、同行业份额、业务记录、拜访和评级。Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="20" />
        <source>A visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="21" />
        <source>Plan a visit from the Visits screen or the dossier's Visits tab: account, layer (leader, technical, business), date, our people and the customer's. Print the one-page brief before you go. Afterwards open the visit, set it to done and write the outcome, problems and follow-ups; follow-ups then appear on the home screen until they are done. Postpone… moves a visit and keeps the date it was planned for.</source>
        <translation>在“拜访”页面或客户档案的“拜访”标签中计划拜访：客户、层面（领导层、技术层、业务层）、日期、我方人员和客户方人员。出发前打印一页纸的拜访简报。拜访后打开该拜访，把状态改为“完成”，填写成果、问题和跟进事项；跟进事项会显示在首页，直到完成为止。“推迟…”可改期，并保留原定日期。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="28" />
        <source>The annual rating</source>
        <translation>年度评级</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="29" />
        <source>Rating runs the year's scheme over every account (Ctrl+R): each criterion's value, its points and the total give the grade A–D and the key-account list. In the review meeting (F11) the director may override a grade with a reason; Finalise freezes the year and sets every account's grade. Ctrl+P prints the meeting pack.</source>
        <translation>“评级”按当年方案为每个客户评分（Ctrl+R）：各项指标的数值、得分和总分决定 A–D 等级和大客户名单。在评审会上（F11），总监可以注明理由调整等级；“定稿”后当年结果冻结，并写入每个客户的等级。Ctrl+P 打印评审会材料。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="35" />
        <source>An account profile</source>
        <translation>客户档案 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="36" />
        <source>File → Print account profiles writes a PDF per account (or one for many): facts, people, business figures, visits and the rating, for a meeting with the customer or a colleague taking the account over.</source>
        <translation>“文件 → 打印客户档案”为每个客户（或多个客户合为一份）生成 PDF：概况、人员、业务数据、拜访和评级，用于拜访客户或交接客户。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="40" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="41" />
        <source>The home screen shows what needs you this week: warnings on your accounts, visits and follow-ups of the next 14 days. Acknowledge a warning with a note on what is being done; it returns if it gets worse.</source>
        <translation>首页显示本周需要您处理的事项：您的客户的预警，以及未来 14 天的拜访和跟进事项。确认预警时写明正在采取的措施；情况恶化时预警会再次出现。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="45" />
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="46" />
        <source>Everything is in one file on this computer and works offline. Every save is whole or not at all, backups are taken automatically and File → Restore a backup brings one back. Help → About shows where the file and the log are.</source>
        <translation>所有数据保存在本机的一个文件中，离线可用。每次保存要么完整写入，要么完全不写；系统会自动备份，“文件 → 恢复备份”可以找回。“帮助 → 关于”显示数据文件和日志的位置。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="51" />
        <source>Language and keys</source>
        <translation>语言与快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="52" />
        <source>Settings → Preferences → Language switches between 中文 and English (or start with --lang zh_CN, or set KAM_LANG). Alt+Left goes back to the previous screen, Ctrl+F finds an account, F5 refreshes, Esc leaves an editor (it asks before discarding what you typed).</source>
        <translation>“设置 → 偏好设置 → 界面语言”可在中文和 English 之间切换（也可用 --lang zh_CN 启动，或设置环境变量 KAM_LANG）。Alt+← 返回上一个页面，Ctrl+F 查找客户，F5 刷新，Esc 退出编辑窗口（放弃已输入内容前会先询问）。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="59" />
        <source>KAM Desk — user guide</source>
        <translation>KAM Desk 使用指南</translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide.py" line="66" />
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
</TS>