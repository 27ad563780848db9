"""Holding a database row to its record's declared fields (kam.domain.fields)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Boolean, Date, Float, Integer, String, Text

from kam.domain.fields import BOOL, DATE, ENUM, FLOAT, INT, LONG_TEXT, TEXT, YEAR, Field


def assert_row_follows(model: type, declared: tuple[Field, ...], ids: Mapping[str, str]) -> None:
    """Every declared field of ``model``'s table is stored as declared: long text as
    Text, other text at its length, an enum long enough for its values and defaulting to
    one (or to blank where it may be), dates, yes/no, whole numbers and years, and
    numbers by their types. ``ids`` maps the
    fields the row keeps as another record's id (``owner`` → ``owner_id``)."""
    columns = model.__table__.columns  # type: ignore[attr-defined]
    for f in declared:
        if f.key in ids:
            assert ids[f.key] in columns, f.key
            continue
        column = columns[f.key]
        if f.kind == TEXT and f.max_len >= LONG_TEXT:
            assert isinstance(column.type, Text), f.key
        elif f.kind == TEXT:
            assert isinstance(column.type, String) and column.type.length == f.max_len, f.key
        elif f.kind == ENUM:
            assert f.enum is not None and isinstance(column.type, String), f.key
            assert max(len(e.value) for e in f.enum) <= (column.type.length or 0), f.key
            default = column.default.arg
            assert default in set(f.enum) or (f.allow_blank and default == ""), f.key
        elif f.kind == DATE:
            assert isinstance(column.type, Date), f.key
        elif f.kind == BOOL:
            assert isinstance(column.type, Boolean), f.key
        elif f.kind in (INT, YEAR):
            assert isinstance(column.type, Integer), f.key
        elif f.kind == FLOAT:
            assert isinstance(column.type, Float), f.key
