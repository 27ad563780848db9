<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="19" />
        <location filename="../../ui/widgets/confirm.py" line="22" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="20" />
        <source>Delete {what}?</source>
        <translation>删除“{what}”?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="21" />
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="39" />
        <location filename="../../ui/widgets/confirm.py" line="60" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="40" />
        <source>{what} has unsaved changes.</source>
        <translation>“{what}”有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="41" />
        <source>Save them before leaving?</source>
        <translation>离开前要保存吗?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="42" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="43" />
        <location filename="../../ui/widgets/confirm.py" line="64" />
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="61" />
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容吗？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="62" />
        <source>The changes in this window have not been saved.</source>
        <translation>本窗口中的修改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="67" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="68" />
        <source>Not a date: write 2025-03-05, 2025/3/5, 2025年3月5日 or 3/5 (this year)</source>
        <translation>不是日期：请写作 2025-03-05、2025/3/5、2025年3月5日或 3/5（今年）</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <location filename="../../ui/widgets/editable_list.py" line="81" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editable_list.py" line="84" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editable_list.py" line="87" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editable_list.py" line="121" />
        <source>Records: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editable_list.py" line="134" />
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/editable_list.py" line="140" />
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/widgets/errors.py" line="28" />
        <source>The file could not be used: %1</source>
        <translation>无法使用该文件:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/errors.py" line="31" />
        <source>The database reported a problem: %1</source>
        <translation>数据库出现问题:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/errors.py" line="34" />
        <source>Something went wrong: %1</source>
        <translation>出了点问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/errors.py" line="36" />
        <source>Nothing saved was lost. Details are in the log: %1</source>
        <translation>已保存的数据没有丢失。详细信息见日志：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/errors.py" line="44" />
        <source>KAM Desk</source>
        <translation>KAM Desk 大客户管理</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/widgets/record_form.py" line="136" />
        <source>2025-03-05 or 2025/3/5</source>
        <translation>2025-03-05 或 2025/3/5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_form.py" line="138" />
        <source>1975/3/8, or 3月8日 without the year</source>
        <translation>1975/3/8，不知年份可写 3月8日</translation>
    </message>
</context>
</TS>