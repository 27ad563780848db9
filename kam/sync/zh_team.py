"""Chinese messages of the team server: PostgreSQL connections, `kam team`, server roles."""

MESSAGES: dict[str, str] = {
    # opening a team server
    "The team server {url} refused the login: {error}. Give the password in the URL, "
    "PGPASSWORD or the pgpass file": "团队服务器 {url} 拒绝登录：{error}。请在网址、PGPASSWORD 环境变量或 pgpass 文件中提供密码",
    "The team server {url} does not know this user: {error}": "团队服务器 {url} 上没有这个用户：{error}",
    "There is no such database on the team server {url}: {error}": "团队服务器 {url} 上没有这个数据库：{error}",
    "The team server {url} cannot be reached: {error}": "无法连接团队服务器 {url}：{error}",
    # file operations that do not apply to a server
    "`{operation}` works on a database file and does not apply to a team server: {meaning}": "`{operation}` 只适用于数据库文件，不适用于团队服务器：{meaning}",
    "the server's administrator backs it up with pg_dump": "服务器由其管理员用 pg_dump 备份",
    "PostgreSQL checks its own pages; the server's administrator runs amcheck": "PostgreSQL 自行校验数据页；服务器管理员可运行 amcheck",
    "the server protects it with roles and passwords (and TLS on the network)": "服务器以角色和密码（以及网络上的 TLS）保护数据",
    "the server's administrator restores it with pg_restore": "服务器由其管理员用 pg_restore 恢复",
    # kam team
    "a team server on PostgreSQL: prepare it, add members": "PostgreSQL 团队服务器：准备服务器、添加成员",
    "prepare an empty PostgreSQL database as the team server": "把一个空的 PostgreSQL 数据库准备为团队服务器",
    "Creates the schema (the same migrations as a laptop) and a team id in an empty "
    "PostgreSQL database; refuses a database that holds anything else.": "在空的 PostgreSQL 数据库中建立数据结构（与笔记本电脑相同的迁移）和团队编号；"
    "数据库中已有其他内容时拒绝执行。",
    "the database, postgresql://admin@host:5432/kam": "数据库，例如 postgresql://admin@host:5432/kam",
    "create a member's PostgreSQL login and what it may see": "为成员创建 PostgreSQL 登录及其可见范围",
    "A salesperson sees the accounts they own or cover and the shared ones; a director sees "
    "every account. The password comes from {var} or a prompt.": "销售人员看到自己负责或覆盖的客户以及共享客户；销售总监看到全部客户。密码取自 {var} 或提示输入。",
    "the login name (lower-case letters, digits, _)": "登录名（小写字母、数字、_）",
    "what the member sees": "成员的可见范围",
    "the person in the staff list (default: NAME), e.g. 王强": "员工名单中的人员（默认为 NAME），例如 王强",
    "the team server as its administrator (default: --db)": "以管理员身份连接的团队服务器（默认为 --db）",
    "set no password (the server authenticates otherwise)": "不设密码（服务器用其他方式验证身份）",
    "A password for {name} is needed: set {var}, run in a terminal, or use --no-password": "需要 {name} 的密码：请设置 {var}、在终端中运行，或使用 --no-password",
    "Password for {name}: ": "{name} 的密码：",
    "Repeat the password: ": "再次输入密码：",
    "No password given; nothing was changed": "未输入密码；未做任何更改",
    "The two passwords differ; nothing was changed": "两次输入的密码不一致；未做任何更改",
    "{url} is now a team server (team {team})": "{url} 已成为团队服务器（团队 {team}）",
    "Next: kam --db {url} team add-member NAME --role salesperson": "下一步：kam --db {url} team add-member NAME --role salesperson",
    "{url} already is a team server (team {team}); nothing changed": "{url} 已经是团队服务器（团队 {team}）；未做任何更改",
    "Name the team server: kam --db URL team add-member … or --server URL": "请指定团队服务器：kam --db URL team add-member … 或 --server URL",
    "Added {name} as {role}": "已添加 {name}，角色：{role}",
    "Updated {name}: now {role}": "已更新 {name}，现在的角色：{role}",
    "salesperson": "销售人员",
    "director": "销售总监",
    "Nobody called {person} is in the staff list yet: {name} sees only the shared accounts "
    "until that person owns or covers some": "员工名单中还没有 {person}：在此人负责或覆盖客户之前，{name} 只能看到共享客户",
    # team server operations
    "A team server is a PostgreSQL database: give its URL, postgresql://user@host/dbname": "团队服务器是 PostgreSQL 数据库：请给出其网址，例如 postgresql://user@host/dbname",
    "Only an administrator of the server may do this: {error}": "只有服务器管理员可以执行此操作：{error}",
    "The member name {name} must be lower-case letters, digits or _ (at most 63, not "
    "starting with a digit)": "成员名 {name} 只能由小写字母、数字或 _ 组成（最多 63 个，不能以数字开头）",
    "The role must be salesperson or director, not {kind}": "角色必须是 salesperson 或 director，而不是 {kind}",
    "{url} is not empty (it holds {tables}); a team server needs an empty database": "{url} 不是空数据库（其中有 {tables}）；团队服务器需要一个空数据库",
    "{url} is not a team server yet: run kam team init first": "{url} 还不是团队服务器：请先运行 kam team init",
    "{url} stores text as {encoding}, not UTF8: Chinese names would be lost. Create the "
    "database with: {command}": "{url} 以 {encoding} 而非 UTF8 保存文字，中文名称会丢失。请这样创建数据库：{command}",
    "{url} sorts text by the rules of {collation}, not as the laptops do (by code point). "
    "Create the database with: {command}": "{url} 按 {collation} 的规则排序文字，与笔记本电脑（按码位）不同。请这样创建数据库：{command}",
    "The team server has an older schema ({revision}) than this app ({head}); its "
    "administrator upgrades it by running kam on it once": "团队服务器的数据结构（{revision}）比本程序（{head}）旧；请服务器管理员对它运行一次 kam 以完成升级",
    "{url} is not empty; kam init only fills a new, empty database": "{url} 不是空数据库；kam init 只填充新建的空数据库",
    # kam team members, remove-member
    "list the team's members: name, role, person, last sync": "列出团队成员：登录名、角色、人员、上次同步",
    "take a member out of the team: revoke and drop their login": "把成员移出团队：收回权限并删除其登录",
    "Revokes the member's rights on the team server and drops their PostgreSQL login; refuses "
    "the team's last director. Their records stay.": "收回该成员在团队服务器上的权限并删除其 PostgreSQL 登录；不能移除团队的最后一名销售总监。其记录保留。",
    "the member's login name": "成员的登录名",
    "Name the team server: kam --db URL team {action} … or --server URL": "请指定团队服务器：kam --db URL team {action} … 或 --server URL",
    "Login": "登录名",
    "Team role": "团队角色",
    "Person": "人员",
    "Added": "加入日期",
    "Last sync (UTC)": "上次同步（UTC）",
    "never": "从未",
    "Removed {name} ({role}) from the team; their login is dropped and their records stay": "已把 {name}（{role}）移出团队；其登录已删除，其记录保留",
    "Removed {name} ({role}) from the team; their login is disabled (the role still owns "
    "something elsewhere on this server) and their records stay": "已把 {name}（{role}）移出团队；其登录已停用（该角色在本服务器别处仍拥有对象），其记录保留",
    "{name} is not a member of this team (kam team members lists them)": "{name} 不是本团队的成员（kam team members 可列出成员）",
    "{name} is the team's last director: add another director first (kam team add-member "
    "NAME --role director)": "{name} 是团队的最后一名销售总监：请先添加另一名总监（kam team add-member NAME --role director）",
}
