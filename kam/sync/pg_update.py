"""Updating many rows of one table with one statement on PostgreSQL.

Each column's new values travel as one array, joined to the table by id::

    UPDATE contact SET notes = v.c1, … FROM unnest(%(c0)s::INTEGER[], %(c1)s::VARCHAR[], …)
        AS v(c0, c1, …) WHERE contact.id = v.c0

instead of one UPDATE per row: under row-level security every statement works out the
rows the role may see (``kam_visible_accounts()``, ~4 ms, once for the rows it changes
and once for the rows it writes, migration 0018_rls_speed), so a salesperson's push of
100 edits cost 100 times that. A row the policy refuses fails the statement as it
failed its own (``kam.sync.visibility`` then writes the batch record by record). Every
row is judged by what the role saw when the statement began: one UPDATE per row judged
each by what the rows before it had left, so handing over the only contact that made an
account visible silently dropped the edits to that account's other records after it.

Each value goes as it would on its own: through its column type's bind processing
(a TypeDecorator's too), and cast to the type SQLAlchemy casts a single value to
(``VARCHAR`` without a length, so a text too long for its column fails as before
instead of being cut by the cast). A column whose values psycopg cannot put in one
array (mixed Python types) is written row by row, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from typing import Any

from sqlalchemy import Connection, Float, Table, bindparam
from sqlalchemy.engine import Dialect

# (bind processor or None, the element type of the array cast, whether ints become floats)
_Plan = tuple[Callable[[Any], Any] | None, str, bool]
# By table, columns and driver: each engine has its own dialect object, all alike.
_PLANS: dict[tuple[str, tuple[str, ...], str, str], tuple[str, tuple[_Plan, ...]]] = {}


def _element_cast(table: Table, name: str, dialect: Dialect) -> str:
    """The type a single value of the column is cast to (as SQLAlchemy renders it for
    this dialect), or the column's own type where it renders none (BOOLEAN, FLOAT)."""
    column = table.c[name]
    rendered = str(bindparam("x", type_=column.type).compile(dialect=dialect))
    if "::" in rendered:
        return rendered.split("::", 1)[1]
    return dialect.type_compiler_instance.process(column.type)


def _plan(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[_Plan, ...]]:
    """The statement for these columns and how each column's values are prepared."""
    key = (table.name, names, dialect.name, dialect.driver)
    if key not in _PLANS:
        _PLANS[key] = _make_plan(table, names, dialect)
    return _PLANS[key]


def _make_plan(
    table: Table, names: tuple[str, ...], dialect: Dialect
) -> tuple[str, tuple[_Plan, ...]]:
    preparer = dialect.identifier_preparer
    plans: list[_Plan] = []
    arrays, sets = [], []
    for i, name in enumerate(("id", *names)):
        column = table.c[name]
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        floats = isinstance(column.type, Float)
        plans.append((processor, _element_cast(table, name, dialect), floats))
        arrays.append(f"%(c{i})s::{plans[-1][1]}[]")
        if i:
            sets.append(f"{preparer.quote(name)} = v.c{i}")
    target = preparer.format_table(table)
    statement = (
        f"UPDATE {target} SET {', '.join(sets)} FROM unnest({', '.join(arrays)}) "
        f"AS v({', '.join(f'c{i}' for i in range(len(plans)))}) "
        f"WHERE {target}.{preparer.quote('id')} = v.c0"
    )
    return statement, tuple(plans)


def _kind(value: Any) -> Any:
    """What psycopg chooses an array's type by: the Python type, and for a date-time
    whether it has a time zone (timestamptz or timestamp)."""
    if isinstance(value, datetime | time):
        return type(value), value.tzinfo is not None
    return type(value)


def _column(values: list[Any], plan: _Plan) -> list[Any] | None:
    """The column's values ready for one array, or None when they cannot share one."""
    processor, _cast, floats = plan
    if processor is not None:
        values = [None if v is None else processor(v) for v in values]
    if floats:
        # An int travels to a FLOAT column as the same number (the server would cast it).
        values = [float(v) if type(v) is int else v for v in values]
    kinds = {_kind(v) for v in values if v is not None}
    return values if len(kinds) <= 1 else None


def _stamps(table: Table, names: Sequence[str]) -> list[Any] | None:
    """The ``onupdate`` defaults (``updated_at``'s) of the columns the row-by-row UPDATE
    also sets, those left out of ``names``; None when one is SQL (none here): the caller
    then goes row by row."""
    stamps = []
    for column in table.c:
        default: Any = column.onupdate
        if default is None or column.name in names:
            continue
        if not (default.is_scalar or default.is_callable):
            return None
        stamps.append(default)
    return stamps


def _stamp(default: Any) -> Any:
    """One row's value of an ``onupdate`` (SQLAlchemy wraps a callable to take a context
    argument; a plain function as ``utcnow`` ignores it)."""
    return default.arg if default.is_scalar else default.arg(None)


def update_many(
    conn: Connection, table: Table, names: Sequence[str], rows: Sequence[tuple[int, dict[str, Any]]]
) -> bool:
    """Sets columns ``names`` of ``rows`` (id, {name: value}) in one statement.

    False (nothing written) when they cannot go together: a column's values that cannot
    travel as one array, an id twice (one statement changes a row once; row by row the
    last value wins) or an ``onupdate`` that is SQL. The caller then writes them one
    statement each.
    """
    stamps = _stamps(table, names)
    ids = [rid for rid, _values in rows]
    if stamps is None or len(set(ids)) != len(ids):
        return False
    columns = (*names, *(d.column.name for d in stamps))
    statement, plans = _plan(table, columns, conn.dialect)
    params: dict[str, Any] = {"c0": ids}
    for i, (name, plan) in enumerate(zip(names, plans[1:], strict=False), start=1):
        ready = _column([values[name] for _rid, values in rows], plan)
        if ready is None:
            return False
        params[f"c{i}"] = ready
    # Each row's own value, made per row as the row-by-row UPDATE makes it.
    for i, default in enumerate(stamps, start=len(names) + 1):
        ready = _column([_stamp(default) for _row in rows], plans[i])
        if ready is None:
            return False
        params[f"c{i}"] = ready
    conn.exec_driver_sql(statement, params)
    return True
