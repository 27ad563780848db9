<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/settings/identity.py" line="107" />
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="110" />
        <source>Who works with this database? Your name is recorded with every change, is proposed as the owner of what you add, and picks your own lists on the home screen. You can change it later in Settings.</source>
        <translation>谁在使用这个数据库？您的姓名会记录在每一次修改上，作为您新增内容的默认负责人，并让首页显示您自己的清单。以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="116" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <location filename="../../ui/settings/identity.py" line="45" />
        <source>(not set)</source>
        <translation>（未设定）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="49" />
        <source>I am not in the list: add me…</source>
        <translation>列表里没有我：添加我…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="54" />
        <source>your name as colleagues write it</source>
        <translation>同事们写的您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="60" />
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="62" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings/identity.py" line="63" />
        <source>Visit layer</source>
        <translation>拜访层面</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="27" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="34" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="39" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="40" />
        <source>The window switches language as soon as you press OK.</source>
        <translation>点击“确定”后界面立即切换语言。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="46" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="49" />
        <source>Recorded with every change, proposed as owner, and the home screen's own lists. KAM_USER or kam --as NAME override it for one run.</source>
        <translation>记录在每一次修改上，作为默认负责人，并决定首页的“我的”清单。环境变量 KAM_USER 或 kam --as 姓名 可在单次运行中覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="51" />
        <source>Who I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="54" />
        <source>Changes recorded as</source>
        <translation>修改记录人</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="58" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="59" />
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="21" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="22" />
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="23" />
        <location filename="../../ui/settings/staff_panel.py" line="34" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="24" />
        <location filename="../../ui/settings/staff_panel.py" line="35" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="25" />
        <location filename="../../ui/settings/staff_panel.py" line="36" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="26" />
        <location filename="../../ui/settings/staff_panel.py" line="38" />
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="26" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="26" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="32" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="33" />
        <source>Visit layer</source>
        <translation>走访层面</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="37" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="39" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="56" />
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="59" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="79" />
        <source>New staff member</source>
        <translation>新增我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/staff_panel.py" line="84" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
</TS>