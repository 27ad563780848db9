"""The laptop's half of a sync: push the outbox, pull the rest (joining a team server
and the link's state are in :mod:`kam.sync.link`).

A sync holds the laptop file's write lock (``BEGIN IMMEDIATE``) from reading the outbox
to the end, so nobody edits a record between being pushed and being overwritten by the
merged version. The server commits first; if the laptop dies before its own commit the
next sync sends the same change ids again, which the server recognises, and pulls from
the same point: nothing is applied twice and nothing is lost.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

from kam.accounts.identity import adopt_member_person
from kam.i18n import _
from kam.store.database import Database
from kam.store.location import resolve_url
from kam.sync.link import (
    SyncError,
    check_schema,
    current_revision_of,
    first_line,
    read_state,
    server_disk_full,
    server_engine,
    write_state,
)
from kam.sync.rows import KEY_BATCH, Refusal, Writer, chunks, link_parts, read_rows
from kam.sync.server import Change, Exchange, SyncRefused, exchange, server_revision
from kam.sync.tables import by_name, order_of, synced_tables

MAX_EXTRA_ROUNDS = 2


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=dict)
    pulled: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    refused: list[Refusal] = field(default_factory=list)
    held: list[Refusal] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    last_seq: int = 0
    # The staff member this laptop now records changes as, when the sync told it who its
    # member is (the first sync of a laptop whose user had not said who they are).
    adopted_person: str = ""
    # Records queued again for the server by this sync's outcome (see _apply): the sync
    # runs another round (at most MAX_EXTRA_ROUNDS) so they reach it now, not next time.
    requeued: int = 0

    @property
    def changed_nothing(self) -> bool:
        return not (self.pushed or self.pulled or self.deleted or self.conflicts)


# -- the outbox -----------------------------------------------------------------------


def _link_uuid_keys(conn: Connection, spec_name: str, keys: list[str]) -> dict[str, str]:
    """Outbox keys of a link table ("id:id") → wire keys ("uuid|uuid"), where both exist."""
    spec = by_name()[spec_name]
    _a_col, a_table, _b_col, b_table = link_parts(spec)
    writer_ids: dict[str, dict[int, str]] = {a_table: {}, b_table: {}}
    pairs = [tuple(int(p) for p in k.split(":")) for k in keys]
    for table, index in ((a_table, 0), (b_table, 1)):
        ids = sorted({p[index] for p in pairs})
        for batch in chunks(ids):
            rows = conn.execute(
                text(f"SELECT id, uuid FROM {table} WHERE id IN ({', '.join(map(str, batch))})")
            )
            writer_ids[table].update(dict(rows.all()))
    found: dict[str, str] = {}
    for key, (a, b) in zip(keys, pairs, strict=True):
        ua, ub = writer_ids[a_table].get(a), writer_ids[b_table].get(b)
        if ua and ub:
            found[key] = f"{ua}|{ub}"
    return found


def _bases(conn: Connection, table: str, keys: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for batch in chunks(keys, KEY_BATCH):
        rows = conn.execute(
            text(
                "SELECT row_key, data FROM sync_base WHERE table_name = :t "
                "AND row_key IN (SELECT value FROM json_each(:k))"
            ),
            {"t": table, "k": json.dumps(list(batch), ensure_ascii=False)},
        )
        found.update((k, json.loads(d)) for k, d in rows)
    return found


def read_outbox(conn: Connection) -> tuple[list[Change], dict[tuple[str, str], list[str]], int]:
    """The changes to push, the outbox keys behind each, and the outbox's last seq."""
    rows = conn.execute(
        text("SELECT table_name, row_key, max(seq) FROM sync_outbox GROUP BY table_name, row_key")
    ).all()
    last = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_outbox")).scalar_one()
    grouped: dict[str, dict[str, int]] = defaultdict(dict)
    for table, key, seq in rows:
        if table in by_name():
            grouped[table][key] = seq
    changes: list[Change] = []
    sources: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, entries in grouped.items():
        spec = by_name()[table]
        if spec.link:
            wire = _link_uuid_keys(conn, table, list(entries))
            keyed: dict[str, int] = {}
            for outbox_key, wire_key in wire.items():
                keyed[wire_key] = max(keyed.get(wire_key, 0), entries[outbox_key])
                sources[(table, wire_key)].append(outbox_key)
        else:
            keyed = entries
            for key in entries:
                sources[(table, key)].append(key)
        present = read_rows(conn, spec, list(keyed))
        bases = _bases(conn, table, list(keyed))
        for key, seq in keyed.items():
            data = present.get(key)
            base = bases.get(key)
            if data is None and base is None:
                continue  # created and deleted here between two syncs: nothing to tell
            if data is not None and base is not None and data == base:
                continue  # changed and changed back
            changes.append(Change(table, key, "U" if data is not None else "D", data, base, seq))
    return changes, sources, last


# -- the sync -------------------------------------------------------------------------


def sync(db: Database) -> SyncReport:
    """Pushes this laptop's changes and pulls everyone else's (see the module's doc)."""
    with db.engine.connect() as conn:
        state = read_state(conn)
    if not state.get("server_url"):
        raise SyncError(_("This database has not joined a team server: kam team join URL"))
    engine = server_engine(resolve_url(state["server_url"]))
    try:
        report, person = _sync(db, engine, state)
        # A record revived in one round is restored in the next, and its links, queued
        # then, go in a third.
        for _round in range(MAX_EXTRA_ROUNDS):
            if not report.requeued:
                break
            with db.engine.connect() as conn:
                state = read_state(conn)
            second, person = _sync(db, engine, state)
            _add_round(report, second)
    finally:
        engine.dispose()
    if adopt_member_person(db, person):
        report.adopted_person = person
    return report


def _add_round(report: SyncReport, second: SyncReport) -> None:
    """Adds a second round's report to the first's."""
    for mine, theirs in (
        (report.pushed, second.pushed),
        (report.pulled, second.pulled),
        (report.deleted, second.deleted),
    ):
        for table, count in theirs.items():
            mine[table] = mine.get(table, 0) + count
    report.refused, report.held = second.refused, second.held
    report.conflicts.extend(second.conflicts)
    report.last_seq, report.requeued = second.last_seq, second.requeued


def _sync(db: Database, server: Engine, state: dict[str, str]) -> tuple[SyncReport, str]:
    """The sync, and the person in the staff list the server links this login to ("" for
    the administrator, who is no member)."""
    report = SyncReport()
    with db.engine.connect() as local:
        local.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            changes, sources, outbox_last = read_outbox(local)
            held = list(local.execute(text("SELECT table_name, row_key FROM sync_held")).all())
            laptop_revision = current_revision_of(local)
            try:
                with server.begin() as remote:
                    check_schema(laptop_revision, server_revision(remote))
                    result = exchange(
                        remote,
                        laptop_id=state["laptop_id"],
                        team_id=state["team_id"],
                        user=db.user,
                        changes=changes,
                        since_seq=int(state.get("last_seq", 0)),
                        since_conflict=int(state.get("last_conflict", 0)),
                        refetch=[tuple(h) for h in held],
                    )
                    person = remote.execute(
                        text("SELECT staff_name FROM team_member WHERE role_name = current_user")
                    ).scalar()
            except SyncRefused as exc:
                raise SyncError(str(exc)) from exc
            except (OperationalError, InterfaceError) as exc:
                raise SyncError(
                    _(
                        "Cannot reach the team server {url}; nothing was changed "
                        "here and this laptop's changes wait for the next sync: "
                        "{error}"
                    ).format(url=state["server_url"], error=first_line(exc)),
                    3,
                ) from exc
            except DBAPIError as exc:
                if server_disk_full(exc):
                    raise SyncError(
                        _(
                            "The team server's disk is full; nothing was changed on "
                            "either side and this laptop's changes wait for the next "
                            "sync: {error}"
                        ).format(error=first_line(exc))
                    ) from exc
                raise SyncError(
                    _(
                        "The team server refused the sync; nothing was changed "
                        "on either side: {error}"
                    ).format(error=first_line(exc))
                ) from exc
            try:
                _apply(local, result, changes, sources, outbox_last, held, report, db.user)
                local.commit()
            except SQLAlchemyError as exc:
                # The server has the changes (a repeated sync is recognised): only this
                # file's bookkeeping is missing, and it was rolled back whole.
                if "disk is full" in first_line(exc).lower():
                    raise SyncError(
                        _(
                            "This laptop's disk is full: the server took its changes "
                            "but nothing changed here; free some space and sync "
                            "again to complete it"
                        )
                    ) from exc
                raise SyncError(
                    _(
                        "The server took the changes but this laptop could not "
                        "record the result, so nothing changed here; sync again to "
                        "complete it: {error}"
                    ).format(error=first_line(exc))
                ) from exc
        except BaseException:
            local.rollback()
            raise
    return report, person or ""


def _apply(
    local: Connection,
    result: Exchange,
    changes: list[Change],
    sources: dict[tuple[str, str], list[str]],
    outbox_last: int,
    held: list[Row[Any]],
    report: SyncReport,
    user: str,
) -> None:
    local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    pushed_keys = {(c.table, c.key) for c in changes}
    refused_keys = {(r.table, r.key) for r in result.refused if r.reason != "frozen"}
    for table, _key in pushed_keys - refused_keys:
        report.pushed[table] = report.pushed.get(table, 0) + 1
    report.refused = list(result.refused)
    _name_duplicates(local, report.refused)
    writer = Writer(local)
    upserts: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    deletes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in result.pulled:
        if item.op == "U":
            upserts[item.table][item.key] = item.data or {}
        else:
            deletes[item.table].append((item.key, item.who))
    revived = _revive(local, result.refused, deletes)
    local.execute(text("DELETE FROM sync_held"))
    held_now: set[tuple[str, str]] = set()
    sent = {(c.table, c.key): c.data for c in changes if c.op == "U"}
    # What the server wrote exactly as sent does not come back: its base is what we sent.
    echoed: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for table, key in result.echoed:
        data = sent.get((table, key))
        if data is not None and (table, key) not in refused_keys:
            echoed[table].append((key, data))
    for name, taken in echoed.items():
        _save_bases(local, name, taken)
    for name in sorted(upserts, key=order_of):
        spec = by_name()[name]
        rows = {k: v for k, v in upserts[name].items() if (name, k) not in refused_keys}
        # What came back exactly as this laptop sent it needs no write, only its base.
        same = [(k, v) for k, v in rows.items() if sent.get((name, k)) == v]
        _save_bases(local, name, same)
        rows = {k: v for k, v in rows.items() if sent.get((name, k)) != v}
        # A parent held back holds its children too.
        refused = writer.upsert(spec, rows, check_natural=list(rows))
        for refusal in refused:
            held_now.add((name, refusal.key))
            local.execute(
                text("INSERT OR REPLACE INTO sync_held VALUES (:t, :k, :r)"),
                {"t": name, "k": refusal.key, "r": refusal.reason},
            )
        report.held.extend(refused)
        applied = [(k, v) for k, v in rows.items() if (name, k) not in held_now]
        _save_bases(local, name, applied)
        fresh = [k for k, _v in applied if (name, k) not in pushed_keys]
        if fresh:
            report.pulled[name] = report.pulled.get(name, 0) + len(fresh)
    for name in sorted(deletes, key=order_of, reverse=True):
        spec = by_name()[name]
        keys = [k for k, _who in deletes[name]]
        before = local.execute(text("SELECT coalesce(max(id), 0) FROM sync_tombstone")).scalar()
        writer.delete(spec, keys)
        for key, who in deletes[name]:
            local.execute(
                text(
                    "UPDATE sync_tombstone SET deleted_by = :w WHERE id > :b "
                    "AND row_uuid = :k AND deleted_by IS NULL"
                ),
                {"w": who, "b": before, "k": key},
            )
        for batch in chunks(keys):
            marks = ", ".join(f":k{i}" for i in range(len(batch)))
            local.execute(
                text(f"DELETE FROM sync_base WHERE table_name = :t AND row_key IN ({marks})"),
                {"t": name, **{f"k{i}": k for i, k in enumerate(batch)}},
            )
        fresh = [k for k in keys if (name, k) not in pushed_keys]
        if fresh:
            report.deleted[name] = report.deleted.get(name, 0) + len(fresh)
    # What applying the pull wrote into the outbox is the server's, not ours; what we
    # pushed is done, except records the server refused to take (they wait here).
    local.execute(text("DELETE FROM sync_outbox WHERE seq > :s"), {"s": outbox_last})
    # (table, outbox key) pairs: a link's outbox key is its two ids ("5:3"), which
    # visit_staff and visit_contact rows can share, so a key alone names no table.
    waiting = [
        (table, outbox_key)
        for (table, key) in refused_keys
        for outbox_key in sources.get((table, key), [])
    ]
    if waiting:
        local.execute(
            text("CREATE TEMP TABLE IF NOT EXISTS sync_waiting (table_name TEXT, row_key TEXT)")
        )
        local.execute(text("DELETE FROM sync_waiting"))
        local.execute(
            text("INSERT INTO sync_waiting VALUES (:t, :k)"),
            [{"t": t, "k": k} for t, k in waiting],
        )
        local.execute(
            text(
                "DELETE FROM sync_outbox WHERE seq <= :s AND NOT EXISTS ("
                "SELECT 1 FROM sync_waiting w WHERE w.table_name = sync_outbox.table_name "
                "AND w.row_key = sync_outbox.row_key)"
            ),
            {"s": outbox_last},
        )
    else:
        local.execute(text("DELETE FROM sync_outbox WHERE seq <= :s"), {"s": outbox_last})
    # A record this laptop's edit brought back on the server came back there without
    # its link rows (visit_staff …): the deletion removed them with it, unlogged, since
    # the record's deletion carries them. This laptop still has them: send them again.
    restored = {
        (c["table_name"], c["row_key"])
        for c in result.conflicts
        if c["kind"] == "restored" and (c["table_name"], c["row_key"]) in pushed_keys - refused_keys
    }
    # A revived record's links went with it on the server too (seed 236 of test_random).
    _queue_links(local, restored | revived)
    report.requeued = len(restored) + len(revived)
    for table, key in sorted(revived):
        local.execute(
            text("INSERT INTO sync_outbox (table_name, row_key, op) VALUES (:t, :k, 'I')"),
            {"t": table, "k": key},
        )
        local.execute(
            text("DELETE FROM sync_base WHERE table_name = :t AND row_key = :k"),
            {"t": table, "k": key},
        )
    for conflict in result.conflicts:
        decided = conflict["decided_at"]
        local.execute(
            text(
                "INSERT OR IGNORE INTO sync_conflict (server_id, kind, table_name, row_key, label, "
                "field, kept, set_aside, kept_by, set_aside_by, decided_at) VALUES (:id, :kind, "
                ":table_name, :row_key, :label, :field, :kept, :set_aside, :kept_by, :set_aside_by, "
                ":decided_at)"
            ),
            {
                **conflict,
                "decided_at": decided.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
                if hasattr(decided, "astimezone")
                else str(decided),
            },
        )
    report.conflicts = list(result.conflicts)
    last_conflict = max([c["id"] for c in result.conflicts], default=None)
    values: dict[str, Any] = {
        "last_seq": result.last_seq,
        "last_sync_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),
        "last_sync_by": user,
    }
    if last_conflict is not None:
        values["last_conflict"] = last_conflict
    write_state(local, **values)
    report.last_seq = result.last_seq
    del held


def _revive(
    local: Connection, refused: list[Refusal], deletes: dict[str, list[tuple[str, str]]]
) -> set[tuple[str, str]]:
    """An edit beats a deletion made elsewhere, also when the deletion took the edited
    record's account (or visit, contract …) with it: the server refuses the edit for its
    missing parent and this pull would delete both here, losing the edit. The records
    the refused ones need are kept out of the pull's deletions (so are the refused
    ones) and returned, to be sent again as new."""
    refused_here = [(r.table, r.key) for r in refused if r.reason == "parent"]
    doomed = {(table, key) for table, items in deletes.items() for key, _who in items}
    spared = {r for r in refused_here if r in doomed}
    revived: set[tuple[str, str]] = set()
    queue = list(refused_here)
    while queue:
        table, key = queue.pop()
        spec = by_name()[table]
        row = read_rows(local, spec, [key]).get(key)
        if row is None:
            continue
        for fk in spec.foreign_keys:
            parent = (fk.target, row[fk.column])
            if parent in doomed and parent not in revived and not by_name()[fk.target].link:
                revived.add(parent)
                queue.append(parent)
    spared |= revived
    for table in deletes:
        deletes[table] = [(k, w) for k, w in deletes[table] if (table, k) not in spared]
    return revived


def _queue_links(local: Connection, records: set[tuple[str, str]]) -> None:
    """Queues for the next sync the link rows that join any of ``records`` to another,
    as new ones: the server no longer has them, whatever their base says."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for table, key in records:
        wanted[table].append(key)
    for spec in synced_tables() if wanted else ():
        if not spec.link:
            continue
        a_col, a_table, b_col, b_table = link_parts(spec)
        for column, table in ((a_col, a_table), (b_col, b_table)):
            for batch in chunks(wanted.get(table, []), KEY_BATCH):
                rows = local.execute(
                    text(
                        f"SELECT l.{a_col}, l.{b_col}, a.uuid, b.uuid FROM {spec.name} l "
                        f"JOIN {a_table} a ON a.id = l.{a_col} "
                        f"JOIN {b_table} b ON b.id = l.{b_col} "
                        f"WHERE {'a' if column == a_col else 'b'}.uuid IN "
                        f"(SELECT value FROM json_each(:k))"
                    ),
                    {"k": json.dumps(list(batch), ensure_ascii=False)},
                ).all()
                for a_id, b_id, a_uuid, b_uuid in rows:
                    local.execute(
                        text(
                            "INSERT INTO sync_outbox (table_name, row_key, op) VALUES (:t, :k, 'I')"
                        ),
                        {"t": spec.name, "k": f"{a_id}:{b_id}"},
                    )
                    local.execute(
                        text("DELETE FROM sync_base WHERE table_name = :t AND row_key = :k"),
                        {"t": spec.name, "k": f"{a_uuid}|{b_uuid}"},
                    )


def _name_duplicates(local: Connection, refused: list[Refusal]) -> None:
    """A refusal's message names this laptop's record as the user knows it (its code)."""
    from kam.sync.server import label_of

    for refusal in refused:
        if refusal.reason in ("duplicate", "hidden"):
            mine = read_rows(local, by_name()[refusal.table], [refusal.key]).get(refusal.key)
            refusal.label = label_of(refusal.table, mine, refusal.key)


def _save_bases(local: Connection, table: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
    if not rows:
        return
    # In key order: the first sync writes every record's base, and random keys would
    # touch the whole index for each (the file's page cache holds a small part of it).
    local.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_base (table_name, row_key, data) VALUES (?, ?, ?)",
        [
            (table, k, json.dumps(v, ensure_ascii=False, sort_keys=True))
            for k, v in sorted(rows, key=lambda row: row[0])
        ],
    )
