"""Chinese messages of the team server: PostgreSQL connections, `kam team`, server roles."""

MESSAGES: dict[str, str] = {
    # opening a team server
    "The team server {url} refused the login: {error}. Give the password in the URL, "
    "PGPASSWORD or the pgpass file":
        "团队服务器 {url} 拒绝登录：{error}。请在网址、PGPASSWORD 环境变量或 pgpass 文件中提供密码",
    "The team server {url} does not know this user: {error}":
        "团队服务器 {url} 上没有这个用户：{error}",
    "There is no such database on the team server {url}: {error}":
        "团队服务器 {url} 上没有这个数据库：{error}",
    "The team server {url} cannot be reached: {error}": "无法连接团队服务器 {url}：{error}",
    # file operations that do not apply to a server
    "`{operation}` works on a database file and does not apply to a team server: {meaning}":
        "`{operation}` 只适用于数据库文件，不适用于团队服务器：{meaning}",
    "the server's administrator backs it up with pg_dump": "服务器由其管理员用 pg_dump 备份",
    "PostgreSQL checks its own pages; the server's administrator runs amcheck":
        "PostgreSQL 自行校验数据页；服务器管理员可运行 amcheck",
    "the server protects it with roles and passwords (and TLS on the network)":
        "服务器以角色和密码（以及网络上的 TLS）保护数据",
    "the server's administrator restores it with pg_restore": "服务器由其管理员用 pg_restore 恢复",
}
