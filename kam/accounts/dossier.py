"""The dossier's detail lists: production lines, product structure, development plans
and competitor shares. One generic read/save/delete serves the four, each checked by
its field list (kam.accounts.dossier_fields) and shares also by the year's others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.accounts.dossier_fields import (
    LINE_FIELDS,
    PLAN_FIELDS,
    PRODUCT_FIELDS,
    SHARE_FIELDS,
    SHARE_YEARS,
)
from kam.domain import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
from kam.domain.enums import LineStatus
from kam.domain.fields import Field
from kam.domain.service_base import (
    check_account_exists,
    check_fields,
    copy_into,
    get_or_raise,
    to_data,
)
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker


@dataclass
class ProductionLineData:
    account_id: int
    name: str = ""
    line_type: str = ""
    capacity: str = ""
    status: str = LineStatus.RUNNING.value
    our_product: str = ""
    competitor: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class ProductItemData:
    account_id: int
    product: str = ""
    share_pct: float | None = None
    volume: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class DevelopmentPlanData:
    account_id: int
    item: str = ""
    horizon: str = ""
    opportunity: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class CompetitorShareData:
    account_id: int
    year: int = 0
    supplier: str = ""
    is_us: bool = False
    share_pct: float = 0.0
    strengths: str = ""
    weaknesses: str = ""
    id: int | None = None


def _check_share(session: Session, d: CompetitorShareData, c: Checker) -> None:
    """A year in the service's own range (kam.accounts.dossier_fields.SHARE_YEARS), and
    the year's shares: no more than 100 % in all, one share per supplier."""
    c.number_range("year", d.year, *SHARE_YEARS)
    if "share_pct" in c.errors or "year" in c.errors:
        return
    others = session.scalar(
        select(func.coalesce(func.sum(CompetitorShare.share_pct), 0.0)).where(
            CompetitorShare.account_id == d.account_id,
            CompetitorShare.year == d.year,
            CompetitorShare.id != (d.id or -1),
        )
    )
    total = float(others or 0) + d.share_pct
    if total > 100.0 + 1e-9:
        c.add(
            "share_pct",
            _("competitor shares for {year} add up to {total:.1f} % (over 100 %)").format(
                year=d.year, total=total
            ),
        )
    dup = session.scalar(
        select(CompetitorShare.id).where(
            CompetitorShare.account_id == d.account_id,
            CompetitorShare.year == d.year,
            CompetitorShare.supplier == d.supplier.strip(),
            CompetitorShare.id != (d.id or -1),
        )
    )
    if dup is not None:
        c.add("supplier", _("this supplier already has a share for that year"))


# The four detail tables: each row has its id and account_id. Each is checked by its
# field list (kam.accounts.dossier_fields) and, for shares, by the year's other shares.
_Model = ProductionLine | ProductItem | DevelopmentPlan | CompetitorShare
_Check = Callable[[Session, Any, Checker], None]
# A share's year is checked by _check_share in its own range, not the YEAR kind's.
_OWN_RANGE = ("year",)

KINDS: dict[type, tuple[type[_Model], tuple[Field, ...], _Check | None, Any]] = {
    ProductionLineData: (ProductionLine, LINE_FIELDS, None, ProductionLine.name),
    ProductItemData: (ProductItem, PRODUCT_FIELDS, None, ProductItem.product),
    DevelopmentPlanData: (DevelopmentPlan, PLAN_FIELDS, None, DevelopmentPlan.horizon),
    CompetitorShareData: (
        CompetitorShare,
        SHARE_FIELDS,
        _check_share,
        CompetitorShare.year.desc(),
    ),
}


def save_item(db: Database, data: Any) -> int:
    """Creates or updates one dossier item; raises ValidationError, writing nothing."""
    model, declared, check_more, _order = KINDS[type(data)]
    with db.session() as session:
        check = Checker()
        check_account_exists(session, data.account_id, check)
        check_fields(check, data, declared, skip=_OWN_RANGE)
        if check_more is not None:
            check_more(session, data, check)
        check.raise_if_any()
        row = model() if data.id is None else get_or_raise(session, model, data.id)
        copy_into(row, data)
        if data.id is None:
            session.add(row)
        session.flush()
        return row.id


def list_items(db: Database, kind: type, account_id: int) -> list[Any]:
    model, _declared, _check, order = KINDS[kind]
    with db.session() as session:
        rows = session.scalars(
            select(model).where(model.account_id == account_id).order_by(order, model.id)
        ).all()
        return [to_data(kind, r) for r in rows]


def delete_item(db: Database, kind: type, item_id: int) -> None:
    model = KINDS[kind][0]
    with db.session() as session:
        session.delete(get_or_raise(session, model, item_id))


def share_of_wallet(db: Database, account_id: int) -> dict[int, float]:
    """Our own share (%) per year, from the competitor-share entries marked as us."""
    with db.session() as session:
        rows = session.execute(
            select(CompetitorShare.year, func.sum(CompetitorShare.share_pct))
            .where(CompetitorShare.account_id == account_id, CompetitorShare.is_us.is_(True))
            .group_by(CompetitorShare.year)
        ).all()
    return {year: float(total) for year, total in rows}
