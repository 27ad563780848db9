"""Engine creation with the SQLite pragmas the app depends on.

WAL lets the UI read while a write commits; ``synchronous=FULL`` makes every commit
durable across a power loss (a laptop's battery); foreign keys are off by default in
SQLite and the schema relies on them for cascades. An encrypted file is opened through
SQLCipher with the key applied in the connect event, before any other statement, so
the passphrase never appears in the URL or in SQLAlchemy's logs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from kam.persistence.raw import apply_key

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def make_engine(url: str, passphrase: str | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; with ``passphrase`` the SQLite file is opened with SQLCipher."""
    if passphrase:
        import sqlcipher3.dbapi2 as sqlcipher

        kwargs["module"] = sqlcipher
    if url.startswith("postgresql"):
        # Text travels as UTF-8 whatever the server's own encoding (a SQL_ASCII database
        # would otherwise hand back bytes); the server lists us by name in pg_stat_activity.
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("client_encoding", "utf8")
        connect_args.setdefault("application_name", "kam")
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        if passphrase:
            key = passphrase

            def _key(dbapi_connection: Any, _record: Any) -> None:
                apply_key(dbapi_connection, key)

            event.listen(engine, "connect", _key, insert=True)
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine
