"""Engine, sessions, SQLite pragmas, Alembic migrations, backups and encryption.

The only package that may speak SQLite-specific SQL; everything else goes through
SQLAlchemy so that a PostgreSQL URL can serve a team later.

- :mod:`.database` — :func:`open_database` (checks, upgrades; ``passphrase=``) and
  :class:`Database` (``session()``, ``take_backup(reason)``, ``backup_to(file)``, ``check()``)
- :mod:`.backup` / :mod:`.rotation` — automatic backups with the backup API, thinned out
- :mod:`.restore` — the backup list with record counts, checked restore, damaged files
- :mod:`.check` — integrity and foreign-key report
- :mod:`.crypto` — SQLCipher: encrypt, rekey, decrypt (:mod:`.raw` keys connections)
- :mod:`.instance` — file locks (one app window per file, exclusive replace)
- :mod:`.places` — sync-folder and network-share warning
"""

from kam.store.database import Database, open_database
from kam.store.errors import StoreError

__all__ = ["Database", "StoreError", "open_database"]
