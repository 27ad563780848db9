"""Deletions remembered (issue 11): which record of which table was deleted, when, by whom.

The laptop's triggers (migration 0007_sync) write a tombstone for every deleted record,
whoever deletes it; the session names the author (:func:`name_deleters`, run after each
flush by ``Database.session``), a sync names the colleague whose deletion it brings.
The calendar export uses :func:`deleted_since` to send cancellations for deleted visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

if TYPE_CHECKING:  # kam.store.database imports this module
    from kam.store.database import Database


@dataclass(frozen=True)
class Tombstone:
    table: str
    uuid: str
    deleted_at: datetime  # UTC
    deleted_by: str


def name_deleters(session: Session, _context: object = None) -> None:
    """Stamps the session's user on the tombstones its statements just left."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.connection().execute(
        text("UPDATE sync_tombstone SET deleted_by = :u WHERE deleted_by IS NULL"),
        {"u": session.info.get("user", "")},
    )


def deleted_since(
    db: Database, table: str | None = None, since: datetime | None = None
) -> list[Tombstone]:
    """The records deleted (of ``table``, after ``since`` in UTC), oldest first."""
    query = "SELECT table_name, row_uuid, deleted_at, coalesce(deleted_by, '') FROM sync_tombstone"
    clauses, params = [], {}
    if table:
        clauses.append("table_name = :t")
        params["t"] = table
    if since is not None:
        clauses.append("deleted_at > :s")
        params["s"] = since.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    query += " ORDER BY id"
    with db.engine.connect() as conn:
        rows = conn.execute(text(query), params).all()
    return [Tombstone(t, u, datetime.fromisoformat(at), who) for t, u, at, who in rows]


def was_deleted(db: Database, table: str, uuid: str) -> Tombstone | None:
    """The latest tombstone of one record, if it was deleted."""
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT table_name, row_uuid, deleted_at, coalesce(deleted_by, '') FROM sync_tombstone "
                "WHERE row_uuid = :u AND table_name = :t ORDER BY id DESC LIMIT 1"
            ),
            {"u": uuid, "t": table},
        ).first()
    return Tombstone(row[0], row[1], datetime.fromisoformat(row[2]), row[3]) if row else None
