"""``insert_rows``: a plain DB-API executemany of already-converted rows.

SQLAlchemy's Core insert spends more time building and processing each row's
parameters than SQLite spends inserting it; at 100,000 rows the difference is seconds.
The caller converts values with the columns' bind processors (:func:`bind_processors`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def bind_processors(
    session: Session, table: Table, keys: Sequence[str]
) -> list[Callable[[Any], Any] | None]:
    """For each of ``keys``, what SQLAlchemy would do to a Python value before binding it."""
    dialect = session.get_bind().dialect
    return [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]


def insert_rows(
    session: Session, table: Table, keys: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Inserts ``rows`` (values in the order of ``keys``) in the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote
    # The driver's own placeholder: sqlite3 takes ?, psycopg (a team server) %s.
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
        f"VALUES ({', '.join(mark for _k in keys)})"
    )
    connection.exec_driver_sql(sql, list(rows))
