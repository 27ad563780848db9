<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/profile/preview.py" line="39" />
        <source>Choose accounts and sections, then press Preview.</source>
        <translation>选择客户和章节后，点击“预览”。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/preview.py" line="87" />
        <source>The preview shows the first %1 of %2 pages; saving and printing include them all.</source>
        <translation>预览只显示共 %2 页中的前 %1 页；保存和打印包含全部页面。</translation>
    </message>
</context>
<context>
    <name>ProfileAction</name>
    <message>
        <location filename="../../ui/profile/menu.py" line="17" />
        <source>Print profile…</source>
        <translation>打印档案…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/menu.py" line="22" />
        <source>Print profiles…</source>
        <translation>打印档案…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/menu.py" line="36" />
        <source>Print account &amp;profiles…</source>
        <translation>打印客户档案(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/profile/dialog.py" line="97" />
        <source>Print account profiles</source>
        <translation>打印客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="121" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="122" />
        <source>All in one PDF</source>
        <translation>全部合成一个 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="125" />
        <source>One PDF per account</source>
        <translation>每个客户一个 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="130" />
        <source>Save as:</source>
        <translation>保存方式：</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="133" />
        <source>Two-sided: each account starts on an odd page</source>
        <translation>双面打印：每个客户从奇数页开始</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="137" />
        <source>Printing:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="149" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="150" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="151" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="152" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="154" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="175" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="181" />
        <source>Add key accounts</source>
        <translation>加入大客户清单</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="183" />
        <source>Add next week's visits</source>
        <translation>加入下周走访的客户</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="186" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="187" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="196" />
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="205" />
        <source>Leave out the personal notes when the profile goes to a colleague outside sales.</source>
        <translation>档案交给销售以外的同事时，请去掉“关键人物个人信息”。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="225" />
        <source>There are no key accounts yet.</source>
        <translation>目前还没有大客户。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="232" />
        <source>No visits are planned from %1 to %2.</source>
        <translation>%1 至 %2 没有计划走访。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="240" />
        <source>Accounts added: %1.</source>
        <translation>已加入 %1 个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="360" />
        <source>Pages: %1.</source>
        <translation>共 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="374" />
        <source>Profiles saved in %1: %2.</source>
        <translation>已在 %1 保存 %2 份档案。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="406" />
        <source>Pages sent to the printer: %1.</source>
        <translation>已发送 %1 页到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="261" />
        <source>Add at least one account to print.</source>
        <translation>请至少加入一个要打印的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="59" />
        <source>Save profiles as</source>
        <translation>客户档案另存为</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="60" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="68" />
        <source>Folder for the profiles</source>
        <translation>客户档案保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="265" />
        <source>Tick at least one section to print.</source>
        <translation>请至少勾选一个要打印的章节。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="303" />
        <source>Stopped; nothing was saved.</source>
        <translation>已停止，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="323" />
        <source>Printing %1 (%2 of %3)…</source>
        <translation>正在生成 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="377" />
        <source>account-profiles.pdf</source>
        <translation>客户档案.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/profile/dialog.py" line="388" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
</TS>