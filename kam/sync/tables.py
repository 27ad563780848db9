"""Which tables sync, in which order, and how a row travels (the wire form).

A row travels as a dict of its columns without the integer ``id``; a foreign key
travels as the uuid of the record it points to, so ids never leave a database. Dates
and times travel as ISO text. A link row (visit ↔ staff …) has no uuid: its key is its
two records' uuids, ``"a|b"``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Table, Time, UniqueConstraint

from kam.store.kinds import RECORD_KINDS, record_kind

# Columns that change with every edit: they follow the winning side but are never
# reported as a conflict. Besides the audit columns every record has, the counters some
# tables keep (account.version for a save's lost-update check, visit.revision for the
# calendar's SEQUENCE) are bumped on each laptop by its own edits.
AUDIT = frozenset({"created_at", "updated_at", "changed_by", "version", "revision"})
# Derived from the name: they follow it, a conflict on the name says it all.
DERIVED = frozenset({"pinyin", "pinyin_initials"})


# What a user calls the records of each table: the store's words (one place).
TABLE_LABELS = RECORD_KINDS
table_label = record_kind


@dataclass(frozen=True)
class ForeignKey:
    column: str
    target: str  # the referenced table


@dataclass(frozen=True)
class SyncTable:
    name: str
    table: Table
    link: bool
    columns: tuple[str, ...]  # wire columns (all but id)
    foreign_keys: tuple[ForeignKey, ...]
    unique: tuple[tuple[str, ...], ...]  # natural keys (uuid excluded)

    @property
    def self_keys(self) -> tuple[str, ...]:
        return tuple(fk.column for fk in self.foreign_keys if fk.target == self.name)


def _spec(table: Table) -> SyncTable:
    link = "uuid" not in table.c
    fks = []
    for column in table.c:
        for fk in column.foreign_keys:
            fks.append(ForeignKey(column.name, fk.column.table.name))
    unique = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = tuple(c.name for c in constraint.columns)
            if names != ("uuid",):
                unique.append(names)
    for column in table.c:
        if column.unique and column.name != "uuid" and (column.name,) not in unique:
            unique.append((column.name,))
    columns = tuple(c.name for c in table.c if c.name != "id")
    return SyncTable(table.name, table, link, columns, tuple(fks), tuple(unique))


# Tables that belong to one database and never travel: who "I" am on this laptop
# (kam.domain.setting) must not become a colleague's identity through a sync.
LOCAL_TABLES = frozenset({"local_setting"})


@cache
def synced_tables() -> tuple[SyncTable, ...]:
    """Every table of the domain, parents before children (the order inserts need)."""
    from kam.domain import Base  # through the package: every table registered

    # A table syncs when its rows have a uuid, or when it links two records (two
    # foreign keys and nothing else); anything else has no identity across databases.
    return tuple(
        _spec(t)
        for t in Base.metadata.sorted_tables
        if t.name not in LOCAL_TABLES
        and ("uuid" in t.c or (len(t.foreign_keys) == 2 and len(t.c) == 2))
    )


@cache
def by_name() -> dict[str, SyncTable]:
    return {t.name: t for t in synced_tables()}


def link_columns(spec: SyncTable) -> tuple[str, str]:
    """A link table's two columns in the table's own order."""
    names = [c.name for c in spec.table.c]
    first, second = sorted((fk.column for fk in spec.foreign_keys), key=names.index)
    return first, second


def order_of(name: str) -> int:
    return [t.name for t in synced_tables()].index(name)


# How a value read from the database travels (the wire form) and back, chosen once per
# column: the first sync of a big laptop converts millions of values. None stays None
# and needs no converter; a column without one travels as it is.
Convert = Callable[[Any], Any] | None


def encoder(column: Column) -> Convert:
    """A Python value read from the database → its wire (JSON) form."""
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: v.isoformat(sep=" ") if isinstance(v, datetime) else v
    if isinstance(kind, Date | Time):
        return lambda v: v.isoformat() if isinstance(v, date | time) else v
    if isinstance(kind, Boolean):
        return bool
    return None


def decoder(column: Column) -> Convert:
    """A wire value → what the column takes."""
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(kind, Date):
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(kind, Time):
        return lambda v: time.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(kind, Boolean):
        return bool
    return None
