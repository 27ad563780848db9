<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="26" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="33" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="38" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="39" />
        <source>The window switches language as soon as you press OK.</source>
        <translation>点击“确定”后界面立即切换语言。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="45" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="47" />
        <source>Recorded with every change (set KAM_USER to change it).</source>
        <translation>每次修改都会记录此名称(可通过环境变量 KAM_USER 更改)。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="48" />
        <source>Changes recorded as</source>
        <translation>修改记录人</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="52" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="53" />
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