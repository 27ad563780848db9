"""The team server's half of a sync: merge a laptop's pushed records, hand out the rest.

Everything happens in the caller's PostgreSQL transaction, under one advisory lock that
every write to a synced table also takes (the capture triggers of migrations 0007_sync
and 0015_bulk_capture), so pushes are applied one after the other and
``sync_change.seq`` is the commit order.
A pushed change is recognised by (laptop id, change id) and applied once, so a sync cut
off after the server committed can simply be repeated.

The merge is three-way per field against the base the laptop sends (the record as it
last synced it): a field changed only on one side takes that side's value; a field
changed on both sides takes the value of the sync that arrives later (this one) and
the other is logged in ``sync_conflict``. An edit beats a deletion made elsewhere.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import aliased

from kam.i18n import _
from kam.sync.rows import Refusal, Writer, chunks, link_parts, read_rows
from kam.sync.tables import AUDIT, DERIVED, by_name, order_of, synced_tables
from kam.sync.visibility import upsert_where_allowed

# The same number as migration 0007_sync's SERVER_LOCK (migrations are frozen copies).
SERVER_LOCK = 7_240_012
FROZEN = ("final", "superseded")


class SyncRefused(Exception):
    """The server will not take this laptop's sync at all (team, schema)."""


@dataclass
class Change:
    table: str
    key: str
    op: str  # "U" (the record as it is now) or "D" (deleted)
    data: dict[str, Any] | None
    base: dict[str, Any] | None
    change_id: int


@dataclass
class Pulled:
    table: str
    key: str
    op: str
    data: dict[str, Any] | None
    who: str


@dataclass
class Exchange:
    applied: list[tuple[str, str]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    pulled: list[Pulled] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    last_seq: int = 0
    # Records written exactly as the laptop sent them: not sent back (the laptop has
    # them), the laptop takes what it sent as their base.
    echoed: set[tuple[str, str]] = field(default_factory=set)


def prepare_server(connection: Connection) -> str:
    """Makes a migrated PostgreSQL database a team server; returns its team id.

    Idempotent: the second call returns the same id. The schema (head of the Alembic
    chain) must be in place: migration 0007_sync creates the change log and triggers.
    """
    team = connection.execute(text("SELECT team_id FROM sync_team")).scalar()
    if team is None:
        team = str(uuid.uuid4())
        connection.execute(text("INSERT INTO sync_team (team_id) VALUES (:t)"), {"t": team})
    return team


def team_of(connection: Connection) -> str | None:
    return connection.execute(text("SELECT team_id FROM sync_team")).scalar()


def server_revision(connection: Connection) -> str | None:
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def label_of(table: str, data: dict[str, Any] | None, key: str) -> str:
    if not data:
        return key
    for name in ("code", "name", "contract_no", "supplier", "description", "purpose"):
        value = data.get(name)
        if value:
            return str(value)[:60]
    return key


def exchange(
    conn: Connection,
    *,
    laptop_id: str,
    team_id: str,
    user: str,
    changes: list[Change],
    since_seq: int,
    since_conflict: int,
    refetch: list[tuple[str, str]],
    pull: bool = True,
) -> Exchange:
    """Applies ``changes`` and returns what the laptop must take back (one transaction).

    ``pull=False`` (changes brought on a file) applies them and hands nothing back.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SERVER_LOCK})
    if team_of(conn) != team_id:
        raise SyncRefused(
            _("This laptop was joined to another team server; join this one with kam team join")
        )
    conn.execute(
        text("SELECT set_config('kam.laptop', :l, true), set_config('kam.user', :u, true)"),
        {"l": laptop_id, "u": user},
    )
    note_laptop(conn, laptop_id, user)
    result = Exchange()
    seen = _receipts(conn, laptop_id, [c.change_id for c in changes])
    fresh = [c for c in changes if c.change_id not in seen]
    result.applied.extend((c.table, c.key) for c in changes if c.change_id in seen)
    again = _merge_and_write(conn, laptop_id, user, fresh, result)
    if pull:
        _pull(conn, result, since_seq, since_conflict, [*refetch, *again], result.echoed)
    return result


def note_laptop(conn: Connection, laptop_id: str, user: str) -> None:
    """Notes that ``laptop_id`` synced now as this role (``kam team members`` shows it)."""
    conn.execute(
        text(
            "INSERT INTO sync_laptop (laptop_id, role_name, user_name) VALUES (:l, session_user, :u) "
            "ON CONFLICT (laptop_id) DO UPDATE SET role_name = session_user, user_name = :u, "
            "last_sync_at = now()"
        ),
        {"l": laptop_id, "u": user},
    )


def _receipts(conn: Connection, laptop_id: str, ids: list[int]) -> set[int]:
    seen: set[int] = set()
    for batch in chunks(ids):
        rows = conn.execute(
            text(
                "SELECT change_id FROM sync_receipt WHERE laptop_id = :l AND change_id = ANY(:ids)"
            ),
            {"l": laptop_id, "ids": list(batch)},
        )
        seen.update(r[0] for r in rows)
    return seen


def _last_writers(
    conn: Connection, keys: list[tuple[str, str]]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(laptop id, who) of the latest logged change of each key."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for batch in chunks(keys):
        rows = conn.execute(
            text(
                "SELECT DISTINCT ON (table_name, row_key) table_name, row_key, laptop_id, changed_by "
                "FROM sync_change WHERE (table_name, row_key) IN (SELECT * FROM unnest(CAST(:t AS text[]), CAST(:k AS text[]))) "
                "ORDER BY table_name, row_key, seq DESC"
            ),
            {"t": [b[0] for b in batch], "k": [b[1] for b in batch]},
        )
        for table, key, laptop, who in rows:
            found[(table, key)] = (laptop or "", who or "")
    return found


def _differs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return any(a.get(k) != b.get(k) for k in a if k not in AUDIT)


def _merge_and_write(
    conn: Connection, laptop_id: str, user: str, changes: list[Change], result: Exchange
) -> list[tuple[str, str]]:
    """Decides every change, writes them in foreign-key order; returns keys to send back."""
    by_table: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_table[change.table].append(change)
    current: dict[str, dict[str, dict[str, Any]]] = {
        t: read_rows(conn, by_name()[t], [c.key for c in cs]) for t, cs in by_table.items()
    }
    known = [(c.table, c.key) for c in changes if c.key in current[c.table] or c.base is not None]
    writers = _last_writers(conn, known)
    writer = Writer(conn)
    upserts: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    natural: dict[str, list[str]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    receipts: list[int] = []
    conflicts: list[dict[str, Any]] = []
    again: list[tuple[str, str]] = []
    kept: list[tuple[str, str]] = []  # records whose deletion was set aside
    frozen = _frozen_runs(conn, by_table)
    sent = {(c.table, c.key): c.data for c in changes}
    for change in changes:
        spec = by_name()[change.table]
        now = current[change.table].get(change.key)
        last_laptop, last_who = writers.get((change.table, change.key), ("", ""))
        mine = last_laptop == laptop_id
        refusal = _frozen_refusal(change, now, frozen)
        if refusal is not None:
            result.refused.append(refusal)
            receipts.append(change.change_id)
            again.append((change.table, change.key))
            continue
        receipts.append(change.change_id)
        if change.op == "D":
            if now is None:
                result.applied.append((change.table, change.key))
                continue
            if (
                not spec.link
                and change.base is not None
                and not mine
                and _differs(now, change.base)
            ):
                conflicts.append(
                    _conflict("deletion", change, now, "", "record", "deletion", last_who, user)
                )
                again.append((change.table, change.key))
                kept.append((change.table, change.key))
                continue
            deletes[change.table].append(change.key)
            continue
        data = dict(change.data or {})
        if now is None:
            if change.base is None:
                natural[change.table].append(change.key)
            elif not spec.link:
                # Deleted on the server meanwhile: the edit brings the record back.
                deleted_by = _deleted_by(conn, change.table, change.key)
                conflicts.append(
                    _conflict("restored", change, data, "", "record", "deletion", user, deleted_by)
                )
            upserts[change.table][change.key] = data
            continue
        if spec.link:
            result.applied.append((change.table, change.key))
            continue
        merged = dict(now)
        base = change.base
        for name, value in data.items():
            local_changed = base is None or value != base.get(name)
            if not local_changed:
                continue
            server_changed = base is not None and now.get(name) != base.get(name)
            if (
                server_changed
                and now.get(name) != value
                and not mine
                and name not in AUDIT
                and name not in DERIVED
            ):
                conflicts.append(
                    _conflict("field", change, now, name, value, now.get(name), user, last_who)
                )
            merged[name] = value
        if merged == now:
            again.append((change.table, change.key))
            result.applied.append((change.table, change.key))
            continue
        upserts[change.table][change.key] = merged
    # A record kept against a deletion keeps what it belongs to: deleting its account
    # (or visit …) in the same push would take it along (ON DELETE CASCADE) while the
    # conflict says it stayed. Those deletions are set aside too.
    pushed = {(c.table, c.key): c for c in changes}
    queue = [(t, k, writers.get((t, k), ("", ""))[1]) for t, k in kept]
    while queue:
        table, key, who = queue.pop()
        row = current[table].get(key) or {}
        for column, parent in _owners(table):
            parent_key = row.get(column)
            if parent_key is None or parent_key not in deletes.get(parent, ()):
                continue
            deletes[parent].remove(parent_key)
            change = pushed[(parent, parent_key)]
            now = current[parent].get(parent_key)
            conflicts.append(
                _conflict("deletion", change, now, "", "record", "deletion", who, user)
            )
            again.append((parent, parent_key))
            kept.append((parent, parent_key))
            queue.append((parent, parent_key, who))
    # The laptop that deleted a record kept here deleted its link rows with it, and never
    # said so (a link whose record is gone has no uuids to name it by): send them back
    # with the record, or it returns without its people.
    again.extend(_links_of(conn, kept))
    pending: set[tuple[str, str]] = set()
    for name in sorted(upserts, key=order_of):
        refused = upsert_where_allowed(conn, writer, by_name()[name], upserts[name], natural[name])
        for refusal in refused:
            if refusal.reason == "duplicate":
                other = read_rows(conn, by_name()[name], [refusal.detail]).get(refusal.detail)
                refusal.other = refusal.detail
                refusal.detail = label_of(name, other, refusal.detail)
            pending.add((name, refusal.key))
        result.refused.extend(refused)
        result.applied.extend((name, k) for k in upserts[name] if (name, k) not in pending)
        result.echoed.update(
            (name, k)
            for k, v in upserts[name].items()
            if (name, k) not in pending and sent[(name, k)] == v
        )
    for name in sorted(deletes, key=order_of, reverse=True):
        writer.delete(by_name()[name], deletes[name])
        result.applied.extend((name, k) for k in deletes[name])
    ids = {(c.table, c.key): c.change_id for c in changes}
    keep = [r for r in receipts if not any(ids.get(p) == r for p in pending)]
    for batch in chunks(keep, 5000):
        conn.execute(
            text(
                "INSERT INTO sync_receipt (laptop_id, change_id) "
                "SELECT :l, unnest(CAST(:ids AS bigint[])) ON CONFLICT DO NOTHING"
            ),
            {"l": laptop_id, "ids": list(batch)},
        )
    # A record the server did not take decided nothing.
    conflicts = [c for c in conflicts if (c["table_name"], c["row_key"]) not in pending]
    for conflict in conflicts:
        conn.execute(
            text(
                "INSERT INTO sync_conflict (kind, table_name, row_key, label, field, kept, set_aside, "
                "kept_by, set_aside_by) VALUES (:kind, :table_name, :row_key, :label, :field, :kept, "
                ":set_aside, :kept_by, :set_aside_by)"
            ),
            conflict,
        )
    return again


def _owners(table: str) -> list[tuple[str, str]]:
    """(column, table) of the records whose deletion deletes a ``table`` row with them."""
    spec = by_name()[table]
    return [
        (fk.column, fk.target)
        for fk in spec.foreign_keys
        if any(f.ondelete == "CASCADE" for f in spec.table.c[fk.column].foreign_keys)
    ]


def _links_of(conn: Connection, records: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The link rows (table, "uuid|uuid") that join any of ``records`` to another."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for table, key in records:
        wanted[table].append(key)
    found: list[tuple[str, str]] = []
    if not wanted:
        return found
    for spec in synced_tables():
        if not spec.link:
            continue
        a_col, a_table, b_col, b_table = link_parts(spec)
        a, b = aliased(by_name()[a_table].table), aliased(by_name()[b_table].table)
        joined = spec.table.join(a, a.c.id == spec.table.c[a_col]).join(
            b, b.c.id == spec.table.c[b_col]
        )
        for side, table in ((a, a_table), (b, b_table)):
            for batch in chunks(wanted.get(table, [])):
                query = select(a.c.uuid, b.c.uuid).select_from(joined).where(side.c.uuid.in_(batch))
                found.extend((spec.name, f"{ua}|{ub}") for ua, ub in conn.execute(query))
    return found


def _conflict(
    kind: str,
    change: Change,
    row: dict[str, Any] | None,
    field_name: str,
    kept: Any,
    set_aside: Any,
    kept_by: str,
    set_aside_by: str,
) -> dict[str, Any]:
    import json

    return {
        "kind": kind,
        "table_name": change.table,
        "row_key": change.key,
        "label": label_of(change.table, row, change.key),
        "field": field_name,
        "kept": json.dumps(kept, ensure_ascii=False),
        "set_aside": json.dumps(set_aside, ensure_ascii=False),
        "kept_by": kept_by,
        "set_aside_by": set_aside_by,
    }


def _deleted_by(conn: Connection, table: str, key: str) -> str:
    return (
        conn.execute(
            text(
                "SELECT changed_by FROM sync_change WHERE table_name = :t AND row_key = :k AND op = 'D' "
                "ORDER BY seq DESC LIMIT 1"
            ),
            {"t": table, "k": key},
        ).scalar()
        or ""
    )


def _frozen_runs(conn: Connection, by_table: dict[str, list[Change]]) -> dict[str, tuple[int, str]]:
    """Year and status of the server's runs the pushed rating rows belong to, by uuid."""
    uuids: set[str] = set()
    for change in by_table.get("rating_run", []):
        uuids.add(change.key)
    results = by_table.get("rating_result", [])
    if results:
        rows = read_rows(conn, by_name()["rating_result"], [c.key for c in results])
        for change in results:
            for source in (change.data, rows.get(change.key)):
                if source and source.get("run_id"):
                    uuids.add(source["run_id"])
    found: dict[str, tuple[int, str]] = {}
    for batch in chunks(sorted(uuids)):
        for key, year, status in conn.execute(
            text("SELECT uuid, year, status FROM rating_run WHERE uuid = ANY(:u)"),
            {"u": list(batch)},
        ):
            found[key] = (year, status)
    return found


def _frozen_refusal(
    change: Change, now: dict[str, Any] | None, runs: dict[str, tuple[int, str]]
) -> Refusal | None:
    if change.table == "rating_run":
        if now is None or now.get("status") not in FROZEN:
            return None
        if change.op == "U" and change.data is not None:
            same = {k: v for k, v in change.data.items() if k not in AUDIT and k != "status"}
            was = {k: v for k, v in now.items() if k not in AUDIT and k != "status"}
            if same == was and (
                change.data.get("status") == now.get("status")
                or (now.get("status"), change.data.get("status")) == ("final", "superseded")
            ):
                return None
        year = now.get("year")
    elif change.table == "rating_result":
        run_uuid = (now or change.data or {}).get("run_id")
        if run_uuid not in runs or runs[run_uuid][1] not in FROZEN:
            return None
        if change.op == "U" and now is not None and change.data is not None:
            same = {k: v for k, v in change.data.items() if k not in AUDIT and k != "account_id"}
            was = {k: v for k, v in now.items() if k not in AUDIT and k != "account_id"}
            if same == was:
                return None
        year = runs[run_uuid][0]
    else:
        return None
    return Refusal(
        change.table,
        change.key,
        "frozen",
        _("the rating of {year} is finalised on the server and cannot be changed").format(
            year=year
        ),
    )


def _pull(
    conn: Connection,
    result: Exchange,
    since_seq: int,
    since_conflict: int,
    refetch: list[tuple[str, str]],
    echoed: set[tuple[str, str]],
) -> None:
    latest: dict[tuple[str, str], tuple[str, str]] = {}
    rows = conn.execute(
        text(
            "SELECT DISTINCT ON (table_name, row_key) table_name, row_key, op, changed_by "
            "FROM sync_change WHERE seq > :s ORDER BY table_name, row_key, seq DESC"
        ),
        {"s": since_seq},
    )
    for table, key, op, who in rows:
        if (table, key) not in echoed:
            latest[(table, key)] = (op, who)
    for key in refetch:
        latest.setdefault(key, ("U", ""))
    result.last_seq = conn.execute(
        text("SELECT coalesce(max(seq), :s) FROM sync_change"), {"s": since_seq}
    ).scalar_one()
    wanted: dict[str, list[str]] = defaultdict(list)
    for (table, key), (_op, _who) in latest.items():
        if table in by_name():
            wanted[table].append(key)
    for table, keys in wanted.items():
        present = read_rows(conn, by_name()[table], keys)
        for key in keys:
            op, who = latest[(table, key)]
            data = present.get(key)
            if data is not None:
                result.pulled.append(Pulled(table, key, "U", data, who))
            elif op == "D" or (table, key) in refetch:
                result.pulled.append(Pulled(table, key, "D", None, who))
            # else: a record this role may not read (row-level security): not a deletion
    columns = (
        "id",
        "kind",
        "table_name",
        "row_key",
        "label",
        "field",
        "kept",
        "set_aside",
        "kept_by",
        "set_aside_by",
        "decided_at",
    )
    for row in conn.execute(
        text(f"SELECT {', '.join(columns)} FROM sync_conflict WHERE id > :i ORDER BY id"),
        {"i": since_conflict},
    ):
        result.conflicts.append(dict(zip(columns, row, strict=True)))
