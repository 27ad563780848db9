"""The decided conflicts on this laptop, and putting a set-aside value back.

A conflict is decided by the server (the later sync wins); the value that lost is kept
here. Restoring it is an ordinary local edit: the next sync sends it like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text, update

from kam.domain.base import utcnow
from kam.i18n import _
from kam.store.database import Database
from kam.sync.rows import Writer
from kam.sync.tables import by_name


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str  # "field" | "deletion" (a deletion set aside) | "restored" (an edit brought a deleted record back)
    table: str
    key: str
    label: str
    field: str
    kept: Any
    set_aside: Any
    kept_by: str
    set_aside_by: str
    decided_at: str
    restored_at: str | None


def list_conflicts(db: Database) -> list[Conflict]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, kind, table_name, row_key, label, field, kept, set_aside, kept_by, "
                "set_aside_by, decided_at, restored_at FROM sync_conflict ORDER BY id"
            )
        ).all()
    return [
        Conflict(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            json.loads(r[6] or "null"),
            json.loads(r[7] or "null"),
            r[8],
            r[9],
            r[10],
            r[11],
        )
        for r in rows
    ]


def restore(db: Database, conflict_id: int) -> Conflict:
    """Puts the set-aside side of conflict ``conflict_id`` back on this laptop.

    A field gets its set-aside value; a deletion that was set aside is done again; a
    record an edit brought back is deleted again. Raises LookupError for an unknown id.
    """
    chosen = next((c for c in list_conflicts(db) if c.id == conflict_id), None)
    if chosen is None:
        raise LookupError(_("There is no conflict {id}").format(id=conflict_id))
    spec = by_name().get(chosen.table)
    if spec is None or spec.link:
        raise LookupError(_("There is no conflict {id}").format(id=conflict_id))
    t = spec.table
    with db.session() as session:
        conn = session.connection()
        exists = conn.execute(
            text(f"SELECT 1 FROM {t.name} WHERE uuid = :k"), {"k": chosen.key}
        ).scalar()
        if chosen.kind == "field":
            if not exists:
                raise LookupError(
                    _("The record {label} no longer exists here").format(label=chosen.label)
                )
            writer = Writer(conn)
            for fk in spec.foreign_keys:
                writer.load_ids(fk.target, [chosen.set_aside] if fk.column == chosen.field else [])
            values, missing = writer.values(spec, {chosen.field: chosen.set_aside})
            if missing is not None:
                raise LookupError(
                    _("The record {label} no longer exists here").format(label=missing)
                )
            values.update(updated_at=utcnow(), changed_by=db.user)
            conn.execute(update(t).where(t.c.uuid == chosen.key).values(**values))
        elif exists:
            conn.execute(text(f"DELETE FROM {t.name} WHERE uuid = :k"), {"k": chosen.key})
        conn.execute(
            text("UPDATE sync_conflict SET restored_at = :now WHERE id = :i"),
            {"now": utcnow().strftime("%Y-%m-%d %H:%M:%S"), "i": conflict_id},
        )
    return chosen
