"""Every table of a database in database-independent terms, for comparing two files
row by row: rows keyed by uuid, foreign keys shown as the uuid they point to, link
tables as pairs of uuids, and ids and audit timestamps left out."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from kam.domain import Base
from kam.store import Database

# Bookkeeping that any edit changes: audit times, a visit's revision (the calendar's
# SEQUENCE counter) and an account's version (a save's lost-update check), not data a
# round trip must carry.
SKIPPED = {"id", "created_at", "updated_at", "revision", "version"}
Snapshot = dict[str, Any]


def snapshot(db: Database) -> Snapshot:
    tables = Base.metadata.sorted_tables
    out: Snapshot = {}
    with db.session() as s:
        uuids = {
            t.name: {i: u for i, u in s.execute(select(t.c.id, t.c.uuid))}
            for t in tables
            if "uuid" in t.c
        }
        for table in tables:
            fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            rows = []
            for row in s.execute(select(table)).mappings():
                values = {}
                for key, value in row.items():
                    if key in SKIPPED:
                        continue
                    if key in fks and value is not None:
                        value = uuids[fks[key]][value]
                    values[key] = value
                if table.name == "warning_ack":
                    values["subject"] = re.sub(
                        r"^contact:(\d+)$",
                        lambda m: f"contact:{uuids['contact'][int(m[1])]}",
                        values["subject"],
                    )
                rows.append(values)
            if "uuid" in table.c:
                out[table.name] = {r["uuid"]: r for r in rows}
            else:  # a link table: the set of linked pairs
                out[table.name] = {tuple(sorted(r.items())) for r in rows}
    return out


def differences(a: Snapshot, b: Snapshot) -> list[str]:
    """What differs between two snapshots, one line per table, row or column."""
    lines = []
    for table in sorted(a.keys() | b.keys()):
        x, y = a.get(table, {}), b.get(table, {})
        if isinstance(x, set) or isinstance(y, set):
            if x != y:
                lines.append(f"{table}: {len(x - y)} links only before, {len(y - x)} only after")
            continue
        for u in x.keys() - y.keys():
            lines.append(f"{table} {u}: missing after")
        for u in y.keys() - x.keys():
            lines.append(f"{table} {u}: only after")
        for u in x.keys() & y.keys():
            for col in x[u]:
                if x[u][col] != y[u][col]:
                    lines.append(f"{table} {u} {col}: {x[u][col]!r} → {y[u][col]!r}")
    return lines
