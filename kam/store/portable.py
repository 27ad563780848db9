"""SQL whose spelling or meaning differs between SQLite (the laptop) and PostgreSQL (the
team server): the services write it once, each dialect gets its own form, and SQLite
keeps exactly the SQL it had (its speed is measured by the benchmarks).

Text order needs nothing here: a team server's database uses the C collation (``kam
team init`` checks), which orders text by code point as SQLite's BINARY does."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Float, String, asc, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.sql.visitors import InternalTraversal


class greatest(GenericFunction[Any]):
    """The larger of its arguments: ``greatest()`` on PostgreSQL, the scalar ``max()``
    on SQLite (which has no ``greatest``)."""

    name = "greatest"
    inherit_cache = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kwargs.get("type_") is None:
            self.type = next(iter(self.clauses)).type


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clause_expr.element, **kw)})"


class FilteredTotal(ColumnElement[float]):
    """Σ ``value`` over the rows meeting ``condition``; 0.0 when there are none.

    SQLite's ``total(x) FILTER (WHERE …)`` costs a third of ``sum(CASE …)`` per row there;
    PostgreSQL has no ``total`` and says ``coalesce(sum(x) FILTER (WHERE …), 0)``.
    """

    type = Float()
    inherit_cache = True
    # What SQLAlchemy compares for the cache key. Read from the class, never changed;
    # SQLAlchemy types it as an instance attribute, so it takes no ClassVar here.
    _traverse_internals = [  # noqa: RUF012
        ("value", InternalTraversal.dp_clauseelement),
        ("condition", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, value: ColumnElement[Any], condition: ColumnElement[bool]) -> None:
        self.value = value
        self.condition = condition


def filtered_total(value: Any, condition: Any) -> FilteredTotal:
    from sqlalchemy.sql import coercions, roles

    return FilteredTotal(
        coercions.expect(roles.ExpressionElementRole, value),
        coercions.expect(roles.WhereHavingRole, condition),
    )


@compiles(FilteredTotal, "sqlite")
def _total_sqlite(element: FilteredTotal, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.total(element.value).filter(element.condition), **kw)


@compiles(FilteredTotal)
def _total_default(element: FilteredTotal, compiler: SQLCompiler, **kw: Any) -> str:
    summed = func.sum(element.value).filter(element.condition)
    return compiler.process(func.coalesce(summed, 0.0), **kw)


class NullsAsSQLite(ColumnElement[Any]):
    """An ORDER BY term that puts NULLs where SQLite does: first when ascending, last
    when descending. PostgreSQL does the opposite unless told, so a visit without a
    start time would move to the end of its day on the server."""

    inherit_cache = True
    _traverse_internals = [("element", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, element: ColumnElement[Any]) -> None:
        self.element = element
        self.type = element.type


def nulls_as_sqlite(element: Any) -> NullsAsSQLite:
    from sqlalchemy.sql import coercions, roles

    return NullsAsSQLite(coercions.expect(roles.OrderByRole, element))


@compiles(NullsAsSQLite, "sqlite")
def _nulls_sqlite(element: NullsAsSQLite, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.element, **kw)


@compiles(NullsAsSQLite)
def _nulls_default(element: NullsAsSQLite, compiler: SQLCompiler, **kw: Any) -> str:
    inner = element.element
    if isinstance(inner, UnaryExpression) and inner.modifier is operators.desc_op:
        return compiler.process(inner.nulls_last(), **kw)
    if isinstance(inner, UnaryExpression) and inner.modifier is operators.asc_op:
        return compiler.process(inner.nulls_first(), **kw)
    return compiler.process(asc(inner).nulls_first(), **kw)


class LikeAnyCase(ColumnElement[bool]):
    """``value LIKE pattern`` ignoring the case of ASCII letters, as SQLite's LIKE does:
    plain LIKE on SQLite (same speed as before), ILIKE on PostgreSQL."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a comparison: no "= 1" after it on SQLite
    _traverse_internals = [  # noqa: RUF012
        ("value", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, value: ColumnElement[Any], pattern: ColumnElement[Any]) -> None:
        self.value = value
        self.pattern = pattern


def like_any_case(value: Any, pattern: str) -> LikeAnyCase:
    from sqlalchemy import literal
    from sqlalchemy.sql import coercions, roles

    return LikeAnyCase(
        coercions.expect(roles.ExpressionElementRole, value), literal(pattern, String())
    )


@compiles(LikeAnyCase, "sqlite")
def _like_sqlite(element: LikeAnyCase, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.value.like(element.pattern), **kw)


@compiles(LikeAnyCase)
def _like_default(element: LikeAnyCase, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.value, **kw)
    return f"{value} ILIKE {compiler.process(element.pattern, **kw)}"
