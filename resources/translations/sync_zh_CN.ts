<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync/actions.py" line="64" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="73" />
        <source>Up to date: nothing to send or receive.</source>
        <translation>已是最新：没有需要发送或接收的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="75" />
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="76" />
        <source>Received: %1</source>
        <translation>已接收：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="80" />
        <source>Deleted here (deleted elsewhere): %1</source>
        <translation>本机已删除（他人删除）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="89" />
        <source>%1 conflicts decided (the later sync wins; the other value is kept and can be restored with kam sync restore).</source>
        <translation>裁决了 %1 个冲突（后同步者为准；另一方的值已保留，可用 kam sync restore 恢复）。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="97" />
        <source>Changes on this laptop are now recorded as %1, the team member this login belongs to (Settings → Preferences changes it).</source>
        <translation>此后本机的修改记在 %1 名下，即此登录名对应的团队成员（可在“设置 → 偏好设置”中更改）。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="117" />
        <location filename="../../ui/sync/actions.py" line="309" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="128" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="129" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="130" />
        <source>Kept</source>
        <translation>保留值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="131" />
        <source>Set aside</source>
        <translation>搁置值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="132" />
        <source>Kept from</source>
        <translation>保留方</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="133" />
        <source>Set aside from</source>
        <translation>搁置方</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="139" />
        <source>(record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="160" />
        <source>Merge %1 into the server's customer %2</source>
        <translation>把 %1 合并到服务器上的客户 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="166" />
        <source>This laptop's customer takes the server's code, name and values; its contacts, visits and contracts follow it; where its values differ they are kept as conflicts you can restore.</source>
        <translation>本机的客户改用服务器上的编码、名称和各项数据；其联系人、拜访和合同随之归入；数据不同之处作为冲突保留，可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="187" />
        <location filename="../../ui/sync/actions.py" line="209" />
        <source>Merge into the server's customer</source>
        <translation>合并到服务器上的客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="189" />
        <source>Merge this laptop's customer %1 into the server's customer %2?</source>
        <translation>把本机的客户 %1 合并到服务器上的客户 %2 吗？</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="193" />
        <source>%1 takes the server's code, name and values; its contacts, visits and contracts move to %2. Where this laptop's values differ they are kept as conflicts you can restore. The merge cannot be undone.</source>
        <translation>%1 将改用服务器上的编码、名称和各项数据；其联系人、拜访和合同归入 %2。本机数据不同之处作为冲突保留，可以恢复。合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="216" />
        <source>%1 merged into %2; it is sent with the next sync</source>
        <translation>%1 已合并到 %2；下次同步时发送</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="259" />
        <source>Last sync: %1 UTC</source>
        <translation>上次同步：%1（UTC）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="261" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="270" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="304" />
        <source>(server not reachable)</source>
        <translation>（连不上服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="306" />
        <source>(sync failed)</source>
        <translation>（同步失败）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="321" />
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="326" />
        <source>Send this laptop's changes to the team server and receive everyone else's</source>
        <translation>把本机的修改发送到团队服务器，并接收其他人的修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/actions.py" line="330" />
        <source>This database has not joined a team server (kam team join URL)</source>
        <translation>本数据库尚未接入团队服务器（kam team join URL）</translation>
    </message>
</context>
</TS>