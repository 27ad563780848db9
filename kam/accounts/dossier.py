"""The dossier's detail lists: production lines, product structure, development plans
and competitor shares. One generic read/save/delete serves the four, each with its
own checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.domain import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
from kam.domain.enums import LineStatus
from kam.domain.service_base import check_account_exists, copy_into, get_or_raise, to_data
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


def _check_line(_s: Session, d: ProductionLineData, c: Checker) -> None:
    c.required("name", d.name)
    c.text("name", d.name, 120)
    for name in ("line_type", "capacity"):
        c.text(name, getattr(d, name), 80)
    for name in ("our_product", "competitor"):
        c.text(name, getattr(d, name), 200)
    c.text("notes", d.notes, 20000)
    if d.status not in {e.value for e in LineStatus}:
        c.add("status", _("is not one of the allowed values"))


def _check_product(_s: Session, d: ProductItemData, c: Checker) -> None:
    c.required("product", d.product)
    c.text("product", d.product, 120)
    c.text("notes", d.notes, 20000)
    c.number_range("share_pct", d.share_pct, 0, 100)


def _check_plan(_s: Session, d: DevelopmentPlanData, c: Checker) -> None:
    c.required("item", d.item)
    c.text("item", d.item, 200)
    c.text("horizon", d.horizon, 40)
    c.text("opportunity", d.opportunity, 20000)


def _check_share(session: Session, d: CompetitorShareData, c: Checker) -> None:
    c.required("supplier", d.supplier)
    c.text("supplier", d.supplier, 120)
    c.number_range("year", d.year, 1990, 2100)
    c.number_range("share_pct", d.share_pct, 0, 100)
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


# The four detail tables: each row has its id and account_id.
_Model = ProductionLine | ProductItem | DevelopmentPlan | CompetitorShare

KINDS: dict[type, tuple[type[_Model], Callable[[Session, Any, Checker], None], Any]] = {
    ProductionLineData: (ProductionLine, _check_line, ProductionLine.name),
    ProductItemData: (ProductItem, _check_product, ProductItem.product),
    DevelopmentPlanData: (DevelopmentPlan, _check_plan, DevelopmentPlan.horizon),
    CompetitorShareData: (CompetitorShare, _check_share, CompetitorShare.year.desc()),
}


def save_item(db: Database, data: Any) -> int:
    """Creates or updates one dossier item; raises ValidationError, writing nothing."""
    model, check_fn, _order = KINDS[type(data)]
    with db.session() as session:
        check = Checker()
        check_account_exists(session, data.account_id, check)
        check_fn(session, data, check)
        check.raise_if_any()
        row = model() if data.id is None else get_or_raise(session, model, data.id)
        copy_into(row, data)
        if data.id is None:
            session.add(row)
        session.flush()
        return row.id


def list_items(db: Database, kind: type, account_id: int) -> list[Any]:
    model, _check, order = KINDS[kind]
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
