<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/actions.py" line="60" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="65" />
        <source>Up to date: nothing to send or receive.</source>
        <translation>已是最新：没有需要发送或接收的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="66" />
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="67" />
        <source>Received: %1</source>
        <translation>已接收：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="69" />
        <source>Deleted here (deleted elsewhere): %1</source>
        <translation>本机已删除（他人删除）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="74" />
        <source>%1 conflicts decided (the later sync wins; the other value is kept and can be restored with kam sync restore).</source>
        <translation>裁决了 %1 个冲突（后同步者为准；另一方的值已保留，可用 kam sync restore 恢复）。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="86" />
        <location filename="../../ui/sync/actions.py" line="189" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="96" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="96" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="96" />
        <source>Kept</source>
        <translation>保留值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="96" />
        <source>Set aside</source>
        <translation>搁置值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="96" />
        <source>Kept from</source>
        <translation>保留方</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="97" />
        <source>Set aside from</source>
        <translation>搁置方</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="100" />
        <source>(record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="150" />
        <source>Last sync: %1 UTC</source>
        <translation>上次同步：%1（UTC）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="151" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="159" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="187" />
        <source>(server not reachable)</source>
        <translation>（连不上服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="187" />
        <source>(sync failed)</source>
        <translation>（同步失败）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="201" />
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="205" />
        <source>Send this laptop's changes to the team server and receive everyone else's</source>
        <translation>把本机的修改发送到团队服务器，并接收其他人的修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="207" />
        <source>This database has not joined a team server (kam team join URL)</source>
        <translation>本数据库尚未接入团队服务器（kam team join URL）</translation>
    </message>
</context>
</TS>