<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/actions.py" line="63" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="68" />
        <source>Up to date: nothing to send or receive.</source>
        <translation>已是最新：没有需要发送或接收的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="69" />
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="70" />
        <source>Received: %1</source>
        <translation>已接收：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="72" />
        <source>Deleted here (deleted elsewhere): %1</source>
        <translation>本机已删除（他人删除）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="77" />
        <source>%1 conflicts decided (the later sync wins; the other value is kept and can be restored with kam sync restore).</source>
        <translation>裁决了 %1 个冲突（后同步者为准；另一方的值已保留，可用 kam sync restore 恢复）。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="93" />
        <location filename="../../ui/sync/actions.py" line="238" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="103" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="103" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="103" />
        <source>Kept</source>
        <translation>保留值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="103" />
        <source>Set aside</source>
        <translation>搁置值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="103" />
        <source>Kept from</source>
        <translation>保留方</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="104" />
        <source>Set aside from</source>
        <translation>搁置方</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="107" />
        <source>(record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="119" />
        <source>Merge %1 into the server's customer %2</source>
        <translation>把 %1 合并到服务器上的客户 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="123" />
        <source>This laptop's customer takes the server's code, name and values; its contacts, visits and contracts follow it; where its values differ they are kept as conflicts you can restore.</source>
        <translation>本机的客户改用服务器上的编码、名称和各项数据；其联系人、拜访和合同随之归入；数据不同之处作为冲突保留，可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="139" />
        <location filename="../../ui/sync/actions.py" line="149" />
        <source>Merge into the server's customer</source>
        <translation>合并到服务器上的客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="140" />
        <source>Merge this laptop's customer %1 into the server's customer %2?</source>
        <translation>把本机的客户 %1 合并到服务器上的客户 %2 吗？</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="141" />
        <source>%1 takes the server's code, name and values; its contacts, visits and contracts move to %2. Where this laptop's values differ they are kept as conflicts you can restore. The merge cannot be undone.</source>
        <translation>%1 将改用服务器上的编码、名称和各项数据；其联系人、拜访和合同归入 %2。本机数据不同之处作为冲突保留，可以恢复。合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="154" />
        <source>%1 merged into %2; it is sent with the next sync</source>
        <translation>%1 已合并到 %2；下次同步时发送</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="194" />
        <source>Last sync: %1 UTC</source>
        <translation>上次同步：%1（UTC）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="195" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="203" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="236" />
        <source>(server not reachable)</source>
        <translation>（连不上服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="236" />
        <source>(sync failed)</source>
        <translation>（同步失败）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="250" />
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="254" />
        <source>Send this laptop's changes to the team server and receive everyone else's</source>
        <translation>把本机的修改发送到团队服务器，并接收其他人的修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="256" />
        <source>This database has not joined a team server (kam team join URL)</source>
        <translation>本数据库尚未接入团队服务器（kam team join URL）</translation>
    </message>
</context>
</TS>