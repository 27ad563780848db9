"""Merging a record the server refused as a duplicate into the server's record.

Two laptops created the same customer (same code, or same name); the first sync won and
the second laptop's record is refused. On the user's word the refused record becomes
the server's: it takes the server's uuid and values, so every dependant (contacts,
visits, contracts …) now belongs to the server's record without being touched (they
point at it by this file's integer id). Where this laptop's values differed they are
kept as field conflicts, restorable with one click like any other. The refused uuid was
never on the server, so it simply disappears; the next sync sends the dependants.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select, text
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from kam.domain.base import utcnow
from kam.i18n import _
from kam.store.database import Database
from kam.store.location import resolve_url
from kam.sync.rows import Writer, read_rows
from kam.sync.server import label_of
from kam.sync.tables import AUDIT, DERIVED, by_name, table_label


@dataclass(frozen=True)
class Merged:
    table: str
    local_label: str
    server_label: str
    uuid: str  # the server's, now also this laptop's
    conflicts: int  # fields where this laptop's value was set aside


def _lookup(conn: Connection, table: str, word: str) -> list[str]:
    """uuids of the records ``word`` names: its uuid, code or name (accounts)."""
    t = by_name()[table].table
    columns = [t.c.uuid] + [t.c[n] for n in ("code", "name") if n in t.c]
    query = select(t.c.uuid).where(or_(*(c == word for c in columns)))
    return list(conn.execute(query).scalars())


def _one(found: list[str], word: str, where: str) -> str:
    if not found:
        raise LookupError(_("No customer {word} {where}").format(word=word, where=where))
    if len(found) > 1:
        raise LookupError(
            _("{word} names several customers {where}; give its code").format(
                word=word, where=where
            )
        )
    return found[0]


def merge_duplicate(db: Database, local: str, server: str, table: str = "account") -> Merged:
    """Makes this laptop's refused record ``local`` the server's record ``server``.

    Each is a uuid, or for a customer its code or name. Raises LookupError (a record not
    found, or ``local`` already on the server) and SyncError (the server unreachable).
    """
    from kam.sync.link import SyncError, first_line, read_state, server_engine

    spec = by_name()[table]
    with db.engine.connect() as conn:
        state = read_state(conn)
        local_uuid = _one(_lookup(conn, table, local), local, _("on this laptop"))
        synced = conn.execute(
            text("SELECT 1 FROM sync_base WHERE table_name = :t AND row_key = :k"),
            {"t": table, "k": local_uuid},
        ).scalar()
    if not state.get("server_url"):
        raise SyncError(_("This database has not joined a team server: kam team join URL"))
    if synced:
        raise LookupError(
            _(
                "{word} is already on the team server: only a record the server "
                "refused as a duplicate can be merged"
            ).format(word=local)
        )
    engine = server_engine(resolve_url(state["server_url"]))
    try:
        with engine.connect() as remote:
            server_uuid = _one(_lookup(remote, table, server), server, _("on the team server"))
            theirs = read_rows(remote, spec, [server_uuid])[server_uuid]
    except (OperationalError, InterfaceError) as exc:
        raise SyncError(
            _("Cannot reach the team server {url}; nothing was merged: {error}").format(
                url=state["server_url"], error=first_line(exc)
            ),
            3,
        ) from exc
    finally:
        engine.dispose()
    try:
        with db.engine.begin() as conn:
            return _merge_here(conn, db.user, table, local_uuid, theirs)
    except SQLAlchemyError as exc:
        raise LookupError(
            _("{table} {label} could not be merged here, nothing was changed: {error}").format(
                table=table_label(table), label=local, error=first_line(exc)
            )
        ) from exc


def _merge_here(
    conn: Connection, user: str, table: str, local_uuid: str, theirs: dict[str, Any]
) -> Merged:
    spec = by_name()[table]
    server_uuid = theirs["uuid"]
    if conn.execute(text(f"SELECT 1 FROM {table} WHERE uuid = :u"), {"u": server_uuid}).scalar():
        raise LookupError(
            _("The server's {table} {label} is already on this laptop").format(
                table=table_label(table), label=label_of(table, theirs, server_uuid)
            )
        )
    mine = read_rows(conn, spec, [local_uuid])[local_uuid]
    # The same row under the server's identity, then the server's values on it.
    conn.execute(
        text(f"UPDATE {table} SET uuid = :new WHERE uuid = :old"),
        {"new": server_uuid, "old": local_uuid},
    )
    writer = Writer(conn)
    refused = writer.upsert(spec, {server_uuid: theirs})
    if refused:
        raise LookupError(
            _(
                "The server's {table} {label} needs {parent}, which this laptop "
                "does not have yet: sync first"
            ).format(
                table=table_label(table),
                label=label_of(table, theirs, server_uuid),
                parent=refused[0].detail,
            )
        )
    label = label_of(table, theirs, server_uuid)
    decided = utcnow().strftime("%Y-%m-%d %H:%M:%S")
    set_aside = 0
    for name in spec.columns:
        if name in AUDIT or name in DERIVED or name == "uuid":
            continue
        if mine.get(name) == theirs.get(name):
            continue
        conn.execute(
            text(
                "INSERT INTO sync_conflict (kind, table_name, row_key, label, field, kept, "
                "set_aside, kept_by, set_aside_by, decided_at) VALUES ('field', :t, :k, :label, "
                ":f, :kept, :aside, :kept_by, :aside_by, :at)"
            ),
            {
                "t": table,
                "k": server_uuid,
                "label": label,
                "f": name,
                "kept": json.dumps(theirs.get(name), ensure_ascii=False),
                "aside": json.dumps(mine.get(name), ensure_ascii=False),
                "kept_by": theirs.get("changed_by") or "",
                "aside_by": user,
                "at": decided,
            },
        )
        set_aside += 1
    # The record now is the server's as last seen: its base, nothing of it to push, and
    # nothing held back any more.
    conn.execute(
        text("INSERT OR REPLACE INTO sync_base (table_name, row_key, data) VALUES (:t, :k, :d)"),
        {"t": table, "k": server_uuid, "d": json.dumps(theirs, ensure_ascii=False, sort_keys=True)},
    )
    conn.execute(
        text("DELETE FROM sync_held WHERE table_name = :t AND row_key = :k"),
        {"t": table, "k": server_uuid},
    )
    conn.execute(
        text("DELETE FROM sync_outbox WHERE table_name = :t AND row_key IN (:a, :b)"),
        {"t": table, "a": local_uuid, "b": server_uuid},
    )
    return Merged(table, label_of(table, mine, local_uuid), label, server_uuid, set_aside)
