"""A laptop's changes on a file, for a laptop that will not see the server for weeks.

``export_changes`` writes what the next sync would push (each record with its base and
change id) into a small SQLite file encrypted with a passphrase (SQLCipher, as an
encrypted database). Someone with access to the server — the director, with the USB
stick — applies it with ``import_changes``. The laptop's outbox is left as it is: when
it syncs itself later, the server recognises the change ids it already took and only
hands the merged records back. A file applied twice is applied once.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from kam.i18n import _
from kam.store import raw
from kam.store.database import Database
from kam.store.location import resolve_url
from kam.sync.client import read_outbox
from kam.sync.link import (
    SyncError,
    check_schema,
    current_revision_of,
    first_line,
    read_state,
    server_engine,
)
from kam.sync.rows import Refusal
from kam.sync.server import Change, SyncRefused, exchange, server_revision

FORMAT = "kam-changes-1"


@dataclass
class Imported:
    applied: int
    refused: list[Refusal]
    conflicts: int
    laptop_user: str
    written_at: str


def export_changes(db: Database, path: Path, passphrase: str) -> int:
    """Writes this laptop's unsynced changes to ``path``; returns how many records."""
    with db.engine.connect() as conn:
        state = read_state(conn)
        if not state.get("team_id"):
            raise SyncError(_("This database has not joined a team server: kam team join URL"))
        changes, _sources, _last = read_outbox(conn)
        revision = current_revision_of(conn)
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = raw.connect(partial, passphrase)
    try:
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE change (table_name TEXT, row_key TEXT, op TEXT, "
            "data TEXT, base TEXT, change_id INTEGER)"
        )
        meta = {
            "format": FORMAT,
            "team_id": state["team_id"],
            "laptop_id": state["laptop_id"],
            "revision": revision or "",
            "user": db.user,
            "written_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),
        }
        connection.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
        connection.executemany(
            "INSERT INTO change VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    c.table,
                    c.key,
                    c.op,
                    json.dumps(c.data, ensure_ascii=False),
                    json.dumps(c.base, ensure_ascii=False),
                    c.change_id,
                )
                for c in changes
            ],
        )
        connection.commit()
    finally:
        connection.close()
    os.replace(partial, path)
    return len(changes)


def _read(path: Path, passphrase: str) -> tuple[dict[str, str], list[Change]]:
    if not path.is_file():
        raise SyncError(_("{path} does not exist").format(path=path))
    try:
        connection = raw.connect(path, passphrase, readonly=True)
    except raw.DBAPI_ERRORS as exc:
        raise SyncError(
            _("{path} cannot be read: wrong passphrase, or not a changes file").format(path=path)
        ) from exc
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        rows = connection.execute(
            "SELECT table_name, row_key, op, data, base, change_id FROM change"
        ).fetchall()
    except raw.DBAPI_ERRORS as exc:
        raise SyncError(
            _("{path} cannot be read: wrong passphrase, or not a changes file").format(path=path)
        ) from exc
    finally:
        connection.close()
    if meta.get("format") != FORMAT:
        raise SyncError(
            _("{path} cannot be read: wrong passphrase, or not a changes file").format(path=path)
        )
    changes = [Change(t, k, op, json.loads(d), json.loads(b), cid) for t, k, op, d, b, cid in rows]
    return meta, changes


def import_changes(db: Database, path: Path, passphrase: str) -> Imported:
    """Applies a changes file to the team server (``db`` is the server, or a laptop
    joined to it)."""
    meta, changes = _read(Path(path), passphrase)
    if db.engine.dialect.name == "postgresql":
        engine, own = db.engine, False
    else:
        with db.engine.connect() as conn:
            url = read_state(conn).get("server_url")
        if not url:
            raise SyncError(_("This database has not joined a team server: kam team join URL"))
        engine, own = server_engine(resolve_url(url)), True
    try:
        with engine.begin() as remote:
            check_schema(meta["revision"], server_revision(remote))
            result = exchange(
                remote,
                laptop_id=meta["laptop_id"],
                team_id=meta["team_id"],
                user=meta["user"],
                changes=changes,
                since_seq=0,
                since_conflict=0,
                refetch=[],
                pull=False,
            )
            conflicts = remote.execute(
                text("SELECT count(*) FROM sync_conflict WHERE decided_at = now()")
            ).scalar_one()
    except SyncRefused as exc:
        raise SyncError(str(exc)) from exc
    except Exception as exc:
        if isinstance(exc, SyncError):
            raise
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            raise SyncError(
                _(
                    "The team server refused the sync; nothing was changed on either side: {error}"
                ).format(error=first_line(exc))
            ) from exc
        raise
    finally:
        if own:
            engine.dispose()
    return Imported(
        len({(t, k) for t, k in result.applied}),
        result.refused,
        conflicts,
        meta["user"],
        meta["written_at"],
    )
