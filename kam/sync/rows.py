"""Reading and writing records in their wire form, on a laptop file or the server.

The same code runs on SQLite and PostgreSQL (SQLAlchemy Core on a Connection inside the
caller's transaction). Writes go table by table in bulk: the first sync of a big laptop
sends hundreds of thousands of rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    any_,
    bindparam,
    delete,
    func,
    literal_column,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased

from kam.sync.pg_update import update_many
from kam.sync.tables import Convert, SyncTable, by_name, decoder, encoder

CHUNK = 500
# Keys looked up by one statement: they travel as one parameter (an array on the
# server, a JSON list on a laptop), so a big batch costs no statement rendering.
KEY_BATCH = 5000
ANALYZE_AFTER = 1000
# Natural keys the schema does not enforce but the team does: one customer, one name.
EXTRA_NATURAL = {"account": (("name",),)}


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def matching(column: Any, values: Sequence[Any], dialect: str) -> ColumnElement[bool]:
    """``column IN values`` as one bound parameter (``= ANY(array)`` on PostgreSQL,
    ``json_each`` on SQLite) instead of one parameter per value, which SQLAlchemy
    renders anew for every batch."""
    clause: ColumnElement[bool]
    if dialect == "postgresql":
        clause = column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    elif dialect == "sqlite" and all(isinstance(v, str | int) for v in values):
        listed = func.json_each(bindparam(None, json.dumps(list(values), ensure_ascii=False)))
        clause = column.in_(select(literal_column("value")).select_from(listed))
    else:
        clause = column.in_(list(values))
    return clause


@cache
def _encoders(name: str) -> tuple[Convert, ...]:
    spec = by_name()[name]
    return tuple(encoder(spec.table.c[n]) for n in spec.columns)


@cache
def _write_plan(name: str) -> tuple[tuple[str, str | None, Convert], ...]:
    """(column, the table its foreign key points to or None, decoder) of each wire column."""
    spec = by_name()[name]
    targets = {fk.column: fk.target for fk in spec.foreign_keys}
    return tuple((n, targets.get(n), decoder(spec.table.c[n])) for n in spec.columns)


def _link_parts(spec: SyncTable) -> tuple[str, str, str, str]:
    first, second = spec.foreign_keys[0], spec.foreign_keys[1]
    ordered = [c.name for c in spec.table.c]
    if ordered.index(first.column) > ordered.index(second.column):
        first, second = second, first
    return first.column, first.target, second.column, second.target


def link_parts(spec: SyncTable) -> tuple[str, str, str, str]:
    """(first column, its table, second column, its table) in the table's column order."""
    return _link_parts(spec)


def read_rows(
    conn: Connection, spec: SyncTable, keys: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The wire form of the rows with ``keys`` (all rows when None), by key."""
    table = spec.table
    found: dict[str, dict[str, Any]] = {}
    if spec.link:
        a_col, a_table, b_col, b_table = _link_parts(spec)
        a = aliased(by_name()[a_table].table)
        b = aliased(by_name()[b_table].table)
        query = select(a.c.uuid, b.c.uuid).select_from(
            table.join(a, a.c.id == table.c[a_col]).join(b, b.c.id == table.c[b_col])
        )
        if keys is None:
            batches: Iterable[Any] = [None]
        else:
            pairs = [tuple(k.split("|", 1)) for k in keys]
            batches = chunks(pairs)
        for batch in batches:
            q = query if batch is None else query.where(tuple_(a.c.uuid, b.c.uuid).in_(batch))
            for ua, ub in conn.execute(q):
                found[f"{ua}|{ub}"] = {a_col: ua, b_col: ub}
        return found
    targets = {}
    columns: list[Any] = []
    joined: Any = table
    for column in spec.columns:
        fk = next((f for f in spec.foreign_keys if f.column == column), None)
        if fk is None:
            columns.append(table.c[column])
            continue
        target = aliased(by_name()[fk.target].table, name=f"t_{column}")
        targets[column] = target
        joined = joined.outerjoin(target, target.c.id == table.c[column])
        columns.append(target.c.uuid.label(column))
    query = select(*columns).select_from(joined)
    names = spec.columns
    encoders = _encoders(spec.name)
    converted = [(i, e) for i, e in enumerate(encoders) if e is not None]
    batches = [None] if keys is None else chunks(list(keys), KEY_BATCH)
    dialect = conn.dialect.name
    for batch in batches:
        q = query if batch is None else query.where(matching(table.c.uuid, batch, dialect))
        for row in conn.execute(q):
            values = list(row)
            for i, convert in converted:
                if values[i] is not None:
                    values[i] = convert(values[i])
            data = dict(zip(names, values, strict=True))
            found[data["uuid"]] = data
    return found


@dataclass
class Refusal:
    """A record that could not be written, and why (shown to the user)."""

    table: str
    key: str
    reason: str  # "parent" | "duplicate" | "frozen" | "hidden"
    detail: str
    # A duplicate: the uuid of the record it duplicates (what a merge joins it to), and
    # the refused record's own label on the laptop (code or name) for the message.
    other: str = ""
    label: str = ""


class Writer:
    """Writes wire rows into one database, resolving uuids to that database's ids."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._ids: dict[str, dict[str, int]] = defaultdict(dict)

    def load_ids(self, table: str, uuids: Iterable[str]) -> None:
        known = self._ids[table]
        wanted = sorted({u for u in uuids if u and u not in known})
        t = by_name()[table].table
        dialect = self.conn.dialect.name
        for batch in chunks(wanted, KEY_BATCH):
            query = select(t.c.uuid, t.c.id).where(matching(t.c.uuid, batch, dialect))
            known.update((uid, rid) for uid, rid in self.conn.execute(query))

    def id_of(self, table: str, uuid: str) -> int | None:
        if uuid not in self._ids[table]:
            self.load_ids(table, [uuid])
        return self._ids[table].get(uuid)

    def forget(self, table: str, uuid: str) -> None:
        self._ids[table].pop(uuid, None)

    def forget_table(self, table: str) -> None:
        """Drops the ids known of ``table`` (after a rolled-back write); reloaded on use."""
        self._ids[table].clear()

    def values(self, spec: SyncTable, data: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Column values for ``data``; the second item names a missing parent, if any."""
        out: dict[str, Any] = {}
        ids = self._ids
        for name, target, convert in _write_plan(spec.name):
            if name not in data:
                continue
            value = data[name]
            if value is None:
                out[name] = None
            elif target is not None:
                rid = ids[target].get(value)
                if rid is None:
                    return out, f"{target} {value}"
                out[name] = rid
            else:
                out[name] = value if convert is None else convert(value)
        return out, None

    def clashes_many(
        self, spec: SyncTable, candidates: dict[str, dict[str, Any]]
    ) -> dict[str, str]:
        """For each candidate (key → column values) whose natural key another record
        already holds, that record's uuid. One query per chunk, not one per record."""
        found: dict[str, str] = {}
        t = spec.table
        for names in (*spec.unique, *EXTRA_NATURAL.get(spec.name, ())):
            wanted = {
                k: tuple(v.get(n) for n in names)
                for k, v in candidates.items()
                if k not in found and all(v.get(n) is not None for n in names)
            }
            if not wanted:
                continue
            holders: dict[tuple[Any, ...], list[str]] = defaultdict(list)
            firsts = list({w[0] for w in wanted.values()})
            for batch in chunks(firsts, KEY_BATCH):
                query = select(t.c.uuid, *(t.c[n] for n in names)).where(
                    matching(t.c[names[0]], batch, self.conn.dialect.name)
                )
                for row in self.conn.execute(query):
                    holders[tuple(row[1:])].append(row[0])
            for key, natural in wanted.items():
                others = [u for u in holders.get(natural, ()) if u != key]
                if others:
                    found[key] = others[0]
        return found

    def upsert(
        self, spec: SyncTable, rows: dict[str, dict[str, Any]], *, check_natural: Iterable[str] = ()
    ) -> list[Refusal]:
        """Inserts or updates ``rows`` (key → wire data) of one table; returns refusals.

        ``check_natural``: keys whose natural key (code, name …) is checked for a clash
        with another record first.
        """
        refused: list[Refusal] = []
        if not rows:
            return refused
        for fk in spec.foreign_keys:
            self.load_ids(fk.target, [d[fk.column] for d in rows.values() if d.get(fk.column)])
        if spec.link:
            return self._link_upsert(spec, rows)
        self.load_ids(spec.name, rows)
        check = set(check_natural)
        inserts: list[dict[str, Any]] = []
        later: list[tuple[str, dict[str, Any]]] = []  # self-references within the batch
        t = spec.table
        existing = self._ids[spec.name]
        prepared: list[tuple[str, dict[str, Any]]] = []
        for key, data in rows.items():
            values, missing = self.values(spec, data)
            if missing is not None and not self._pending_self(spec, data, rows):
                refused.append(Refusal(spec.name, key, "parent", missing))
                continue
            if missing is not None:
                # It points at a record of this same batch: written first without it.
                later.append((key, data))
                values, _missing = self.values(
                    spec, {k: v for k, v in data.items() if k not in spec.self_keys}
                )
            prepared.append((key, values))
        clashing = self.clashes_many(spec, {k: v for k, v in prepared if k in check})
        changed: list[tuple[int, dict[str, Any]]] = []
        for key, values in prepared:
            if key in clashing:
                refused.append(Refusal(spec.name, key, "duplicate", clashing[key]))
                continue
            if key in existing:
                changed.append((existing[key], values))
            else:
                inserts.append(values)
        # Updates first: a record may give up a code that a new one takes.
        self._update(spec, changed)
        self._insert(spec, inserts)
        if len(inserts) > ANALYZE_AFTER and self.conn.dialect.name == "postgresql":
            # Rows inserted by this same transaction are not in the planner's statistics:
            # without them it scans the whole table for every lookup by uuid. Only the
            # columns lookups and joins use: the others (long texts) cost most to sample.
            keys = ["id", "uuid", *(fk.column for fk in spec.foreign_keys)]
            self.conn.execute(text(f"ANALYZE {t.name} ({', '.join(keys)})"))
        if inserts:
            self.load_ids(spec.name, [v["uuid"] for v in inserts])
        links: list[tuple[int, dict[str, Any]]] = []
        for key, data in later:
            if key not in existing:
                continue  # refused above (a duplicate)
            values, missing = self.values(spec, {k: data.get(k) for k in spec.self_keys})
            if missing is not None:
                refused.append(Refusal(spec.name, key, "parent", missing))
                continue
            links.append((existing[key], values))
        self._update(spec, links)
        return refused

    def _update(self, spec: SyncTable, rows: list[tuple[int, dict[str, Any]]]) -> None:
        """Updates rows (id, column values): per set of columns, one statement per batch
        on PostgreSQL (:mod:`kam.sync.pg_update`), one executemany on SQLite."""
        t = spec.table
        by_columns: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        for rid, values in rows:
            by_columns[tuple(values)].append((rid, values))
        together = self.conn.dialect.name == "postgresql"
        for names, group in by_columns.items():
            if not names:
                continue
            statement = (
                update(t)
                .where(t.c.id == bindparam("v__id"))
                .values({n: bindparam(f"v_{n}") for n in names})
            )
            for batch in chunks(group, 2000):
                if together and update_many(self.conn, t, names, batch):
                    continue
                params = [
                    {"v__id": rid, **{f"v_{n}": values[n] for n in names}} for rid, values in batch
                ]
                self.conn.execute(statement, params)

    def _insert(self, spec: SyncTable, rows: list[dict[str, Any]]) -> None:
        """Inserts rows; on PostgreSQL whole rows go by COPY (one stream, not a statement
        per row: the first sync of a big laptop inserts hundreds of thousands)."""
        if not rows:
            return
        t = spec.table
        whole = set(spec.columns)
        if self.conn.dialect.name == "postgresql" and not self._row_security(spec.name):
            complete = [r for r in rows if r.keys() == whole]
            rows = [r for r in rows if r.keys() != whole]
            if complete:
                self._copy(spec, complete)
        # One executemany per set of columns: its first row decides the statement's
        # columns, so a row written without its self-reference (reports_to_id, set once
        # the batch is in) would otherwise drop that column for the rows after it, or
        # fail on them.
        by_columns: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_columns[frozenset(row)].append(row)
        for group in by_columns.values():
            for batch in chunks(group, 2000):
                self.conn.execute(t.insert(), list(batch))

    def _row_security(self, table: str) -> bool:
        """Whether row-level security applies to this role on ``table``: PostgreSQL
        refuses COPY FROM there, so a salesperson's rows go by INSERT."""
        cache = self.conn.info.setdefault("kam_row_security", {})
        if table not in cache:
            cache[table] = bool(
                self.conn.execute(
                    text("SELECT row_security_active(to_regclass(:t))"), {"t": table}
                ).scalar()
            )
        return bool(cache[table])

    def _copy(self, spec: SyncTable, rows: list[dict[str, Any]]) -> None:
        import psycopg

        names = list(spec.columns)
        columns = ", ".join(f'"{n}"' for n in names)
        statement = f'COPY "{spec.name}" ({columns}) FROM STDIN'
        driver = self.conn.connection.driver_connection
        assert isinstance(driver, psycopg.Connection)
        try:
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row([row[n] for n in names])
        except psycopg.Error as exc:
            # As SQLAlchemy reports any other statement's failure (a lost connection is
            # an OperationalError, a full disk a DBAPIError), so callers see one kind.
            raise DBAPIError.instance(
                statement, None, exc, psycopg.Error, dialect=self.conn.dialect
            ) from exc

    def _pending_self(
        self, spec: SyncTable, data: dict[str, Any], rows: dict[str, dict[str, Any]]
    ) -> bool:
        """True when every missing parent is a record of this same batch."""
        for fk in spec.foreign_keys:
            value = data.get(fk.column)
            if value is None or self._ids[fk.target].get(value) is not None:
                continue
            if fk.target != spec.name or value not in rows:
                return False
        return True

    def _link_upsert(self, spec: SyncTable, rows: dict[str, dict[str, Any]]) -> list[Refusal]:
        a_col, a_table, b_col, b_table = _link_parts(spec)
        refused = []
        present = read_rows(self.conn, spec, rows)
        new = []
        for key, data in rows.items():
            if key in present:
                continue
            a = self._ids[a_table].get(data[a_col])
            b = self._ids[b_table].get(data[b_col])
            if a is None or b is None:
                missing = f"{a_table} {data[a_col]}" if a is None else f"{b_table} {data[b_col]}"
                refused.append(Refusal(spec.name, key, "parent", missing))
                continue
            new.append({a_col: a, b_col: b})
        for batch in chunks(new, 2000):
            self.conn.execute(spec.table.insert(), list(batch))
        return refused

    def delete(self, spec: SyncTable, keys: Iterable[str]) -> None:
        t = spec.table
        keys = list(keys)
        if spec.link:
            a_col, a_table, b_col, b_table = _link_parts(spec)
            pairs = [k.split("|", 1) for k in keys]
            self.load_ids(a_table, [p[0] for p in pairs])
            self.load_ids(b_table, [p[1] for p in pairs])
            for ua, ub in pairs:
                a, b = self._ids[a_table].get(ua), self._ids[b_table].get(ub)
                if a is not None and b is not None:
                    self.conn.execute(delete(t).where(t.c[a_col] == a, t.c[b_col] == b))
            return
        for batch in chunks(keys):
            self.conn.execute(delete(t).where(t.c.uuid.in_(batch)))
        for key in keys:
            self.forget(spec.name, key)
