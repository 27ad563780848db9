"""Filling every table of a database at some schema revision with plausible rows.

Used to build fixture databases of older schema versions and to check that upgrading
them to head keeps every row and value. Rows are generated from the reflected schema,
so the check covers tables that later migrations add without anyone editing it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Time,
    select,
)
from sqlalchemy.exc import IntegrityError

ROWS = 3


def _value(table: Table, column: Any, n: int, parents: dict[str, list[Any]]) -> Any:
    for fk in column.foreign_keys:
        ids = parents.get(fk.column.table.name) or []
        return ids[n % len(ids)] if ids else None
    kind = column.type
    if isinstance(kind, Boolean):
        return n % 2 == 0
    if isinstance(kind, Integer):
        return n + 1
    if isinstance(kind, Float | Numeric):
        return 1.5 + n
    if isinstance(kind, DateTime):
        return dt.datetime(2024, 3, 1 + n, 9, 30)
    if isinstance(kind, Date):
        return dt.date(2024, 3, 1 + n)
    if isinstance(kind, Time):
        return dt.time(9, 30)
    if isinstance(kind, String | Text):
        text = f"{table.name[:3]}{n}值"
        length = getattr(kind, "length", None)
        return text[-length:] if length else text
    return None


def seed(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Inserts ``ROWS`` rows into each table (parents first); returns what is stored.

    A table whose constraints the generic values cannot satisfy is left empty; the
    caller checks that the core tables were filled.
    """
    metadata = MetaData()
    metadata.reflect(engine)
    parents: dict[str, list[Any]] = {}
    with engine.begin() as conn:  # one commit; a savepoint per row skips what does not fit
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            for n in range(ROWS):
                row = {
                    c.name: _value(table, c, n, parents)
                    for c in table.columns
                    if not (c.primary_key and isinstance(c.type, Integer) and not c.foreign_keys)
                }
                try:
                    with conn.begin_nested():
                        result = conn.execute(table.insert().values(**row))
                except IntegrityError:
                    continue
                if result.inserted_primary_key:
                    parents.setdefault(table.name, []).append(result.inserted_primary_key[0])
    return snapshot(engine)


def snapshot(engine: Engine, tables: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    metadata = MetaData()
    metadata.reflect(engine)
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version" or (tables and table.name not in tables):
                continue
            rows = conn.execute(select(table)).mappings().all()
            out[table.name] = sorted((dict(r) for r in rows), key=repr)
    return out
