<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/safety/summary.py" line="24" />
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/safety/summary.py" line="25" />
        <source>Contacts</source>
        <translation>联系人数</translation>
    </message>
    <message>
        <location filename="../../ui/safety/summary.py" line="26" />
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <location filename="../../ui/safety/summary.py" line="27" />
        <source>Visits</source>
        <translation>走访数</translation>
    </message>
    <message>
        <location filename="../../ui/safety/summary.py" line="35" />
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/safety/summary.py" line="41" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="39" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="41" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="43" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="49" />
        <source>In another key: convert or remove it</source>
        <translation>使用另一个密码：请转换或删除</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="50" />
        <source>Good</source>
        <translation>完好</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="65" />
        <source>Backups in another key</source>
        <translation>使用另一个密码的备份</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="66" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="72" />
        <source>Automatic backups in %1</source>
        <translation>自动备份位于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="77" />
        <source>The key change is done. These backups are in another key and were left as they are: the database's key does not open them. Convert each to the database's key (its own passphrase is asked for) or remove it.</source>
        <translation>密码更改已完成。以下备份使用另一个密码，已保持原样：数据库的密码无法打开它们。请将其逐个转换为数据库的密码（需输入该备份自己的密码），或将其删除。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="89" />
        <source>There are no automatic backups of this database yet.</source>
        <translation>该数据库还没有自动备份。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="92" />
        <source>The backup is checked before it replaces the database, and the current version is backed up first, so a restore can itself be undone.</source>
        <translation>备份在替换数据库之前会先经过检查，当前版本也会先行备份，因此恢复操作本身也可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="102" />
        <source>&amp;Convert to this database's key…</source>
        <translation>转换为本数据库的密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="105" />
        <source>Remo&amp;ve this backup…</source>
        <translation>删除此备份(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="113" />
        <source>&amp;Restore selected</source>
        <translation>恢复所选备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="116" />
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="119" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="167" />
        <source>%1 now uses the database's key.</source>
        <translation>%1 现已使用数据库的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="180" />
        <source>%1 was removed.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="191" />
        <source>This backup cannot be restored: %1</source>
        <translation>该备份无法恢复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="200" />
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="201" />
        <source>KAM Desk backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>KAM Desk 备份 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/safety/check_dialog.py" line="23" />
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../ui/safety/check_dialog.py" line="27" />
        <source>The database is in good order.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/check_dialog.py" line="30" />
        <source>The database has problems. Stop entering data, and restore the newest good backup (File → Restore a backup…).</source>
        <translation>数据库存在问题。请暂停录入数据，并恢复最近的完好备份（文件 → 恢复备份…）。</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/safety/startup.py" line="60" />
        <source>No passphrase was entered; the encrypted database stays closed.</source>
        <translation>未输入密码，加密的数据库保持关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="92" />
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="31" />
        <source>New passphrase</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="31" />
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="35" />
        <source>Choose a passphrase of at least %1 characters. Without it nobody — not even KAM Desk's makers — can open this database or its backups again. Write it down and keep it somewhere safe.</source>
        <translation>请设置至少 %1 个字符的密码。一旦遗失，任何人（包括 KAM Desk 的开发者）都无法再打开这个数据库及其备份。请把密码记下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="40" />
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>%1 已加密，请输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="44" />
        <source>That passphrase does not open the database.</source>
        <translation>密码不正确，无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="53" />
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="58" />
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="80" />
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="82" />
        <source>The passphrase must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase.py" line="86" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/safety/recovery.py" line="27" />
        <location filename="../../ui/safety/recovery.py" line="44" />
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/safety/recovery.py" line="30" />
        <source>There is no good backup to restore. The file was left as it is; a specialist may still be able to rescue data from it.</source>
        <translation>没有可以恢复的完好备份。文件保持原样，专业人员或许仍能从中抢救出数据。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/recovery.py" line="35" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../ui/safety/recovery.py" line="48" />
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/safety/recovery.py" line="49" />
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>备份已恢复。损坏的文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/recovery.py" line="58" />
        <source>KAM Desk can move the damaged file aside (it is kept, renamed to .damaged) and restore the newest good backup, taken %1 (%2). Changes made after that time are not in the backup.</source>
        <translation>KAM Desk 可以把损坏的文件移到一旁（保留下来并改名为 .damaged），然后恢复最近的完好备份：备份时间 %1（%2）。该时间之后所做的修改不在备份中。</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../../ui/safety/actions.py" line="57" />
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="69" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="70" />
        <source>This works only for a database file on this computer.</source>
        <translation>此功能仅适用于本机上的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="117" />
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="124" />
        <source>Save a copy of the database</source>
        <translation>保存数据库副本</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="126" />
        <source>KAM Desk database (*.sqlite3)</source>
        <translation>KAM Desk 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="136" />
        <source> It is encrypted with the same passphrase.</source>
        <translation>副本使用相同的密码加密。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="137" />
        <source>Copy saved</source>
        <translation>副本已保存</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="138" />
        <source>A copy was saved to %1.</source>
        <translation>副本已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="150" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="151" />
        <source>Replace the open database with the backup %1? The current version is backed up first.</source>
        <translation>用备份 %1 替换当前打开的数据库吗？当前版本会先行备份。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="152" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="169" />
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="202" />
        <source>The database and its backups are now encrypted.</source>
        <translation>数据库及其备份现已加密。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="212" />
        <source>The passphrase was changed.</source>
        <translation>密码已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="216" />
        <location filename="../../ui/safety/actions.py" line="218" />
        <source>Remove encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="217" />
        <source>Anyone who gets hold of this computer will be able to read the database and its backups. Remove the encryption?</source>
        <translation>取消加密后，任何拿到这台电脑的人都能读取数据库及其备份。确定要取消加密吗？</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="223" />
        <source>The database is no longer encrypted.</source>
        <translation>数据库已取消加密。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="253" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="254" />
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="255" />
        <source>Res&amp;tore a backup…</source>
        <translation>恢复备份(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="256" />
        <source>Chec&amp;k database</source>
        <translation>检查数据库(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="264" />
        <source>&amp;Encryption</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="268" />
        <source>&amp;Encrypt database…</source>
        <translation>加密数据库(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="269" />
        <source>&amp;Change passphrase…</source>
        <translation>更改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/actions.py" line="270" />
        <source>&amp;Remove encryption…</source>
        <translation>取消加密(&amp;R)…</translation>
    </message>
</context>
</TS>