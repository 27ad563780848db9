"""The laptop's capture triggers, put back where a migration lost them.

Migration 0007_sync creates the deletion triggers (tombstones are kept on every file);
the insert and update triggers are made when the laptop joins a team, so that a file
that never syncs pays nothing for them on an import. Alembic's ``batch_alter_table`` on
SQLite rebuilds a table (copy, drop, rename) and SQLite drops its triggers, so a later
migration that alters a synced table that way would silently stop its capture. After
every upgrade :func:`ensure_capture` re-creates whatever trigger is missing (or differs
from this module's, e.g. made by an older version), with the
same statements as 0007_sync (tests/sync/test_capture.py checks both agree). A synced
table added by a later migration gets its triggers the same way, on a laptop and on
the team server.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from kam.sync.tables import SyncTable, link_columns, synced_tables

_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_JOINED = "EXISTS (SELECT 1 FROM sync_state WHERE key = 'server_url')"
# Counters a trigger of their own bumps after every update (account_version, migration
# 0009_versions, for a save's lost-update check): that bump is a second UPDATE of the
# row, which changes nothing that travels, so capture skips an update of the counter alone.
COUNTERS = {"account": "version"}


def _update_condition(spec: SyncTable) -> str:
    counter = COUNTERS.get(spec.name)
    if counter is None:
        return ""
    same = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in spec.columns if c != counter)
    return f"WHEN NEW.{counter} IS OLD.{counter} OR NOT ({same}) "


def trigger_sql(joined: bool = True) -> dict[str, str]:
    """Every capture trigger of the current schema, by name (``joined=False``: only the
    deletion triggers a laptop has before it joins a team)."""
    out: dict[str, str] = {}
    for spec in synced_tables():
        t = spec.name
        if spec.link:
            first, second = link_columns(spec)
            for kind, when, row in (("ins", "INSERT", "NEW"), ("del", "DELETE", "OLD")):
                if not joined:
                    continue
                out[f"sync_{t}_{kind}"] = (
                    f"CREATE TRIGGER sync_{t}_{kind} AFTER {when} ON {t} BEGIN "
                    f"INSERT INTO sync_outbox (table_name, row_key, op) VALUES ('{t}', "
                    f"{row}.{first} || ':' || {row}.{second}, '{kind[0].upper()}'); END"
                )
            continue
        if joined:
            out[f"sync_{t}_ins"] = (
                f"CREATE TRIGGER sync_{t}_ins AFTER INSERT ON {t} BEGIN "
                f"INSERT INTO sync_outbox (table_name, row_key, op) VALUES ('{t}', NEW.uuid, 'I'); "
                f"END"
            )
            out[f"sync_{t}_upd"] = (
                f"CREATE TRIGGER sync_{t}_upd AFTER UPDATE ON {t} {_update_condition(spec)}BEGIN "
                f"INSERT INTO sync_outbox (table_name, row_key, op) VALUES ('{t}', NEW.uuid, 'U'); "
                f"INSERT INTO sync_outbox (table_name, row_key, op) "
                f"SELECT '{t}', OLD.uuid, 'D' WHERE OLD.uuid IS NOT NEW.uuid; END"
            )
        out[f"sync_{t}_del"] = (
            f"CREATE TRIGGER sync_{t}_del AFTER DELETE ON {t} BEGIN "
            f"INSERT INTO sync_outbox (table_name, row_key, op) SELECT '{t}', OLD.uuid, 'D' "
            f"WHERE {_JOINED}; "
            f"INSERT INTO sync_tombstone (table_name, row_uuid, deleted_at) "
            f"VALUES ('{t}', OLD.uuid, {_NOW}); END"
        )
    return out


def _ensure_server(connection: Connection) -> list[str]:
    """The same on a team server: every synced table logs into ``sync_change`` (inserts
    by a statement trigger from 0015_bulk_capture on, the rest row by row)."""
    if connection.execute(text("SELECT to_regproc('sync_capture')")).scalar() is None:
        return []  # not yet at 0007_sync
    bulk = (
        connection.execute(text("SELECT to_regproc('sync_capture_inserted')")).scalar() is not None
    )
    have: set[tuple[str, str]] = {
        (table, name)
        for table, name in connection.execute(
            text(
                "SELECT event_object_table, trigger_name FROM information_schema.triggers "
                "WHERE trigger_name IN ('sync_capture', 'sync_capture_insert')"
            )
        )
    }
    tables = set(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    made = []
    for spec in synced_tables():
        if spec.name not in tables:
            continue
        statements = []
        if spec.link:
            first, second = link_columns(spec)
            targets = {fk.column: fk.target for fk in spec.foreign_keys}
            call = (
                f"sync_capture_link('{first}', '{targets[first]}', '{second}', '{targets[second]}')"
            )
            when = "INSERT OR DELETE"
        else:
            call = "sync_capture()"
            when = "UPDATE OR DELETE" if bulk else "INSERT OR UPDATE OR DELETE"
            if bulk and (spec.name, "sync_capture_insert") not in have:
                statements.append(
                    f"CREATE TRIGGER sync_capture_insert AFTER INSERT ON {spec.name} "
                    f"REFERENCING NEW TABLE AS inserted "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_inserted()"
                )
        if (spec.name, "sync_capture") not in have:
            statements.append(
                f"CREATE TRIGGER sync_capture AFTER {when} ON {spec.name} "
                f"FOR EACH ROW EXECUTE FUNCTION {call}"
            )
        for statement in statements:
            connection.execute(text(statement))
        if statements:
            made.append(spec.name)
    return made


def ensure_capture(connection: Connection) -> list[str]:
    """Creates the missing capture triggers (of a laptop file or a team server); returns
    what it made."""
    if connection.dialect.name == "postgresql":
        return _ensure_server(connection)
    if connection.dialect.name != "sqlite":
        return []
    stored: dict[str, str] = {
        name: sql
        for name, sql in connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'table')")
        )
    }
    if "sync_outbox" not in stored:
        return []  # not yet at 0007_sync
    joined = (
        connection.execute(text("SELECT 1 FROM sync_state WHERE key = 'server_url'")).scalar()
        is not None
    )
    made = []
    for name, sql in trigger_sql(joined).items():
        table = sql.split(" ON ", 1)[1].split(" ", 1)[0]
        if table not in stored:
            continue
        if name in stored and flat(stored[name]) == flat(sql):
            continue
        if name in stored:  # made by an older version of this module
            connection.execute(text(f"DROP TRIGGER {name}"))
        connection.execute(text(sql))
        made.append(name)
    return made


def flat(sql: str) -> str:
    """A trigger's statement with its spacing normalised, to compare it with another."""
    return re.sub(r"\s+", " ", sql.replace("(", " ( ").replace(")", " ) ")).strip().rstrip(";")
