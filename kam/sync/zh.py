"""Chinese messages of the team sync: kam sync, joining a team server, conflicts."""

MESSAGES: dict[str, str] = {
    # commands
    "push this laptop's changes to the team server and pull everyone else's": "把本机的修改上传到团队服务器，并取回其他人的修改",
    "Pushes the changes made here since the last sync and pulls everyone else's. Exit 3 when "
    "the server cannot be reached (nothing is changed here then).": "上传自上次同步以来本机所做的修改，并取回其他人的修改。连不上服务器时退出码为 3（本机不做任何改动）。",
    "list the decided conflicts": "列出已裁决的冲突",
    "put a conflict's set-aside value back": "恢复冲突中被搁置的值",
    "the conflict's number": "冲突编号",
    "link this laptop's database to a team server": "把本机数据库接入团队服务器",
    "the team server, postgresql://user@host/db": "团队服务器，如 postgresql://用户@主机/数据库",
    "Joined the team server {url}; kam sync sends this laptop's records": "已接入团队服务器 {url}；运行 kam sync 上传本机记录",
    # merging a refused duplicate
    "Refused: this {table} {key} duplicates {other} already on the server; change its code or "
    "name here, or delete it, then sync again; or merge it into the server's: {command}": "被拒绝：本机的{table} {key} 与服务器上已有的 {other} 重复；请在本机修改其编码或名称，或删除它，"
    "然后再次同步；也可以把它合并到服务器上的客户：{command}",
    "merge a customer the server refused as a duplicate into the server's": "把被服务器判为重复而拒绝的客户合并到服务器上的客户",
    "LOCAL is the refused customer on this laptop, SERVER the one already on the team server "
    "(each by code, name or uuid). LOCAL takes SERVER's identity and values; its contacts, "
    "visits, contracts … follow it; where its values differed they are kept as conflicts "
    "(kam sync conflicts). Then it syncs.": "LOCAL 是本机被拒绝的客户，SERVER 是团队服务器上已有的客户（均可用编码、名称或 uuid 指定）。"
    "LOCAL 改用 SERVER 的标识和数据；其联系人、走访、合同等随之归入；数据不同之处作为冲突保留"
    "（kam sync conflicts）。随后执行同步。",
    "e.g. C2=C1": "例如 C2=C1",
    "Give the two customers as LOCAL=SERVER, e.g. kam sync merge C2=C1": "请以 LOCAL=SERVER 的形式给出两个客户，例如 kam sync merge C2=C1",
    "{local} merged into the server's {server}; {n} fields of this laptop set aside as "
    "conflicts (kam sync conflicts)": "{local} 已合并到服务器上的 {server}；本机 {n} 个字段的值作为冲突保留（kam sync conflicts）",
    "No customer {word} {where}": "{where}没有客户 {word}",
    "{word} names several customers {where}; give its code": "{where}有多个客户与 {word} 相符；请给出编码",
    "on this laptop": "本机",
    "on the team server": "团队服务器上",
    "{word} is already on the team server: only a record the server refused as a duplicate "
    "can be merged": "{word} 已在团队服务器上：只有被服务器判为重复而拒绝的记录才能合并",
    "Cannot reach the team server {url}; nothing was merged: {error}": "无法连接团队服务器 {url}；未做任何合并：{error}",
    "{table} {label} could not be merged here, nothing was changed: {error}": "{table} {label} 无法在本机合并，未做任何改动：{error}",
    "The server's {table} {label} is already on this laptop": "服务器上的{table} {label} 已在本机",
    "The server's {table} {label} needs {parent}, which this laptop does not have yet: "
    "sync first": "服务器上的{table} {label} 需要 {parent}，本机尚无：请先同步",
    # row-level security
    "this login may not write it so on the team server (it would belong to an account you "
    "neither own nor cover, and that is not shared); a director can share the account or "
    "make you its owner": "您的登录无权在团队服务器上这样写入（它将属于一个您既不负责也不覆盖、且未共享的客户）；"
    "销售总监可以共享该客户或把您设为其负责人",
    "the team server holds it where this login may not see it (the account is no longer "
    "shared with you or yours to cover); a director can share it again": "团队服务器上有这条记录，但您的登录看不到它（该客户已不再与您共享或不再由您覆盖）；"
    "销售总监可以重新共享",
    "Refused: {table} {key}: {why}; it stays here, the rest was synced": "被拒绝：{table} {key}：{why}；它保留在本机，其余内容已同步",
    # report
    "Changes on this laptop are now recorded as {person}, the team member this login "
    "belongs to (Settings → Preferences changes it)": "此后本机的修改记在 {person} 名下，即此登录名对应的团队成员（可在“设置 → 偏好设置”中更改）",
    "Up to date: nothing to push or pull": "已是最新：没有需要上传或取回的内容",
    "{title}: {items}": "{title}：{items}",
    ", ": "，",
    "Pushed": "已上传",
    "Pulled": "已取回",
    "Deleted here (deleted elsewhere)": "本机已删除（他人删除）",
    "Not taken from the server yet: {table} {key} ({reason})": "暂未从服务器取回：{table} {key}（{reason}）",
    "Refused: this {table} {key} duplicates {other} already on the server; change its code or "
    "name here, or delete it, then sync again": "被拒绝：本机的{table} {key} 与服务器上已有的 {other} 重复；请在本机修改其编码或名称，或删除它，然后再次同步",
    "Refused: {table} {key}: {why}; the server's version was taken back": "被拒绝：{table} {key}：{why}；已改回服务器上的版本",
    "Waiting: {table} {key} needs {parent}, which the server does not have": "等待中：{table} {key} 依赖的 {parent} 不在服务器上",
    "Conflict #{id}: {table} {label}, {field}: kept {kept} ({kept_by}), set aside {set_aside} "
    "({set_aside_by}) — kam sync restore {id}": "冲突 #{id}：{table} {label} 的 {field}：保留 {kept}（{kept_by}），搁置 {set_aside}（{set_aside_by}）——可用 kam sync restore {id} 恢复",
    "Conflict #{id}: {table} {label} was edited by {kept_by}; the deletion by {set_aside_by} "
    "was set aside and the record kept": "冲突 #{id}：{table} {label} 已被 {kept_by} 修改；{set_aside_by} 的删除被搁置，记录保留",
    "Conflict #{id}: {table} {label} was deleted by {set_aside_by} but edited by {kept_by}; "
    "it is back": "冲突 #{id}：{table} {label} 被 {set_aside_by} 删除，但 {kept_by} 修改了它；记录已恢复",
    "Conflict #{id} restored on this laptop: {label}; kam sync sends it": "冲突 #{id} 已在本机恢复：{label}；运行 kam sync 发送",
    # conflicts table
    "No.": "编号",
    "Table": "类别",
    "Record": "记录",
    "Field": "字段",
    "Kept": "保留值",
    "Set aside": "搁置值",
    "Kept from": "保留方",
    "Set aside from": "搁置方",
    "Decided": "裁决时间",
    "Restored": "已恢复",
    "record": "整条记录",
    "There is no conflict {id}": "没有编号为 {id} 的冲突",
    "The record {label} no longer exists here": "本机已没有记录 {label}",
    # errors
    "This database has not joined a team server: kam team join URL": "本数据库尚未接入团队服务器：请运行 kam team join URL",
    "Only a laptop's database file joins a team server": "只有本机的数据库文件才能接入团队服务器",
    "Cannot reach the team server {url}: {error}": "无法连接团队服务器 {url}：{error}",
    "{url} is not a team server (run kam team init there first)": "{url} 不是团队服务器（请先在那里运行 kam team init）",
    "This laptop already belongs to another team server ({url})": "本机已接入另一个团队服务器（{url}）",
    "This laptop was joined to another team server; join this one with kam team join": "本机接入的是另一个团队服务器；请用 kam team join 接入这一个",
    "The team server is on an older schema ({server}) than this laptop ({laptop}): upgrade the "
    "server (kam --db URL check opens and upgrades it with this version)": "团队服务器的数据库结构（{server}）比本机（{laptop}）旧：请升级服务器（用本版本运行 kam --db URL check 即可打开并升级它）",
    "The team server is on a newer schema ({server}) than this laptop ({laptop}): upgrade KAM "
    "Desk on this laptop": "团队服务器的数据库结构（{server}）比本机（{laptop}）新：请升级本机的 KAM Desk",
    "Cannot reach the team server {url}; nothing was changed here and this laptop's changes "
    "wait for the next sync: {error}": "无法连接团队服务器 {url}；本机未做任何改动，本机的修改将在下次同步时上传：{error}",
    "The team server refused the sync; nothing was changed on either side: {error}": "团队服务器拒绝了本次同步；双方均未改动：{error}",
    "The server took the changes but this laptop could not record the result, so nothing "
    "changed here; sync again to complete it: {error}": "服务器已收到修改，但本机未能记录结果，因此本机未做改动；请再次同步以完成：{error}",
    "The team server's disk is full; nothing was changed on either side and this laptop's "
    "changes wait for the next sync: {error}": "团队服务器的磁盘已满；双方均未改动，本机的修改将在下次同步时上传：{error}",
    "This laptop's disk is full: the server took its changes but nothing changed here; free "
    "some space and sync again to complete it": "本机磁盘已满：服务器已收到本机的修改，但本机未做任何改动；请清理出空间后再次同步以完成",
    "the rating of {year} is finalised on the server and cannot be changed": "{year} 年的评级已在服务器上定稿，不能修改",
    # changes on a file
    "write this laptop's unsynced changes to FILE, encrypted with a passphrase "
    "(KAM_CHANGES_PASSPHRASE or a prompt), instead of syncing": "不联网同步，而是把本机未同步的修改写入 FILE，用口令加密（KAM_CHANGES_PASSPHRASE 或提示输入）",
    "apply a changes file to the team server (--db: the server, or a laptop joined to it)": "把修改文件应用到团队服务器（--db：服务器，或已接入服务器的本机数据库）",
    "the changes file": "修改文件",
    "{n} changed records written to {path} (encrypted); this laptop keeps them until its own "
    "sync": "已将 {n} 条修改的记录写入 {path}（已加密）；本机保留这些修改，直到本机自己同步",
    "{n} records from {user}'s file of {when} applied to the team server; {conflicts} "
    "conflicts decided": "{user} 于 {when} 导出的文件中的 {n} 条记录已应用到团队服务器；裁决了 {conflicts} 个冲突",
    "{path} does not exist": "{path} 不存在",
    "{path} cannot be read: wrong passphrase, or not a changes file": "无法读取 {path}：口令不对，或不是修改文件",
}
