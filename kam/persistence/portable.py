"""SQL functions whose spelling differs between SQLite (the laptop) and PostgreSQL (the
team server): the services write them once, each dialect gets its own fast form."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Float, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
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
def _greatest_sqlite(element: greatest, compiler: Any, **kw: Any) -> str:
    return f"max({compiler.process(element.clause_expr.element, **kw)})"


class FilteredTotal(ColumnElement[float]):
    """Σ ``value`` over the rows meeting ``condition``; 0.0 when there are none.

    SQLite's ``total(x) FILTER (WHERE …)`` costs a third of ``sum(CASE …)`` per row there;
    PostgreSQL has no ``total`` and says ``coalesce(sum(x) FILTER (WHERE …), 0)``.
    """

    type = Float()
    inherit_cache = True
    _traverse_internals: ClassVar = [
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
def _total_sqlite(element: FilteredTotal, compiler: Any, **kw: Any) -> str:
    return compiler.process(func.total(element.value).filter(element.condition), **kw)


@compiles(FilteredTotal)
def _total_default(element: FilteredTotal, compiler: Any, **kw: Any) -> str:
    summed = func.sum(element.value).filter(element.condition)
    return compiler.process(func.coalesce(summed, 0.0), **kw)
