"""The sales policy by grade (docs/domain.md, Sales policy): what each class of account gets — price
allowance, credit days, visits per layer, expense budget and commission rate.

Grades A–D plus "" (accounts never rated). While the table is empty the editor starts
from :data:`DEFAULT_POLICY`, whose visit targets are the cadence defaults of
:mod:`kam.visits.rules` (one home for those numbers).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from kam.domain import SalesPolicy
from kam.domain.service_base import copy_into
from kam.i18n import _
from kam.rating.policy_model import GRADES, UNRATED
from kam.store import Database
from kam.validation import Checker
from kam.visits.rules import DEFAULT_TARGETS

POLICY_GRADES: tuple[str, ...] = (*GRADES, UNRATED)


@dataclass(frozen=True)
class PolicyData:
    grade: str
    price_allowance_pct: float = 0.0
    credit_days: int = 30
    leader_visits: int = 0
    technical_visits: int = 0
    business_visits: int = 0
    expense_budget: float = 0.0  # 元 a year
    commission_rate_pct: float = 0.0
    notes: str = ""
    stored: bool = False  # False: a default not yet saved


def _default(
    grade: str, allowance: float, credit: int, budget: float, commission: float, notes: str
) -> PolicyData:
    visits = DEFAULT_TARGETS.get(grade, DEFAULT_TARGETS[UNRATED])
    return PolicyData(
        grade,
        allowance,
        credit,
        visits["leader"],
        visits["technical"],
        visits["business"],
        budget,
        commission,
        notes,
    )


# docs/domain.md, Sales policy: price allowances for big, well-paying accounts, looser terms for stable
# ones, more expense and visits where there are no quality disputes.
DEFAULT_POLICY: dict[str, PolicyData] = {
    "A": _default("A", 3.0, 90, 60000, 1.5, "价格优惠、放宽账期、高层定期互访"),
    "B": _default("B", 2.0, 60, 30000, 1.2, "适度优惠，技术服务重点覆盖"),
    "C": _default("C", 0.0, 30, 10000, 1.0, "标准价格与账期"),
    "D": _default("D", 0.0, 0, 3000, 0.8, "款到发货，控制费用"),
    UNRATED: _default(UNRATED, 0.0, 30, 5000, 1.0, "新客户：先评级再定政策"),
}


def list_policies(db: Database) -> list[PolicyData]:
    """The policy of every grade (A, B, C, D, unrated): stored rows, else defaults."""
    with db.session() as session:
        stored = {row.grade: row for row in session.scalars(select(SalesPolicy))}
    result = []
    for grade in POLICY_GRADES:
        row = stored.get(grade)
        if row is None:
            result.append(DEFAULT_POLICY[grade])
        else:
            result.append(
                PolicyData(
                    grade,
                    row.price_allowance_pct,
                    row.credit_days,
                    row.leader_visits,
                    row.technical_visits,
                    row.business_visits,
                    row.expense_budget,
                    row.commission_rate_pct,
                    row.notes,
                    stored=True,
                )
            )
    return result


def policy_for(db: Database, grade: str) -> PolicyData:
    """The policy that applies to an account of ``grade`` ("" when never rated)."""
    wanted = grade if grade in POLICY_GRADES else UNRATED
    return next(p for p in list_policies(db) if p.grade == wanted)


def validate_policies(policies: list[PolicyData]) -> Checker:
    """Problems keyed ``<grade or unrated>.<field>``."""
    check = Checker()
    seen: set[str] = set()
    for p in policies:
        key = p.grade or "unrated"
        if p.grade not in POLICY_GRADES:
            check.add(f"{key}.grade", _("must be one of A, B, C, D or empty"))
        if p.grade in seen:
            check.add(f"{key}.grade", _("grade {grade} is given twice").format(grade=key))
        seen.add(p.grade)
        check.number_range(f"{key}.price_allowance_pct", p.price_allowance_pct, 0, 50)
        check.number_range(f"{key}.credit_days", p.credit_days, 0, 720)
        for layer in ("leader_visits", "technical_visits", "business_visits"):
            check.number_range(f"{key}.{layer}", getattr(p, layer), 0, 365)
        check.not_negative(f"{key}.expense_budget", p.expense_budget)
        check.number_range(f"{key}.commission_rate_pct", p.commission_rate_pct, 0, 100)
        check.text(f"{key}.notes", p.notes, 2000)
    return check


def save_policies(db: Database, policies: list[PolicyData]) -> None:
    """Stores the given grades' policies (all or nothing).

    Raises:
        ValidationError: every problem, keyed ``<grade>.<field>``.
    """
    validate_policies(policies).raise_if_any()
    with db.session() as session:
        stored = {row.grade: row for row in session.scalars(select(SalesPolicy))}
        for p in policies:
            row = stored.get(p.grade)
            if row is None:
                row = SalesPolicy(grade=p.grade)
                session.add(row)
            copy_into(row, replace(p, notes=p.notes.strip()), skip=("grade", "stored"))
