"""The yearly business figures of each account — the one definition of volume, revenue,
collection, margin and quality loss (docs/rating-scheme.md), used by the rating, the dossier's
business tab, the profile PDF and the early warnings.

Figures are summed in SQL per account and year (portable SQL, no SQLite functions), so
rating 10,000 accounts over 300,000 contracts is a handful of grouped queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kam.domain import CompetitorShare, Contract, ManualScore, Payment, QualityRecord

MEASURES = (
    "contract_volume",
    "revenue",
    "unit_price",
    "collection_rate",
    "profit_margin",
    "quality_loss_rate",
    "industry_influence",
    "reputation",
    "revenue_growth",
    "share_of_wallet",
)


@dataclass(frozen=True)
class YearFigures:
    """What was recorded for one account in one year, and the measures derived from it."""

    account_id: int
    year: int
    volume: float = 0.0
    revenue: float = 0.0
    paid: float = 0.0
    due: float = 0.0  # Σ amount of the contracts falling due in the year (payment terms)
    costed_amount: float = 0.0  # Σ amount of the contracts that have a cost
    costed_margin: float = 0.0  # Σ (amount − cost) of those contracts
    quality_loss: float = 0.0
    contracts: int = 0
    industry_influence: int | None = None
    reputation: int | None = None
    share_of_wallet: float | None = None
    previous_revenue: float = 0.0

    def measure(self, name: str) -> float | None:
        """The value of measure ``name``; None where docs/rating-scheme.md says "missing"."""
        if name == "contract_volume":
            return self.volume
        if name == "revenue":
            return self.revenue
        if name == "unit_price":
            return self.revenue / self.volume if self.volume else None
        if name == "collection_rate":
            # Against what fell due in the year, not what was signed: a contract signed
            # in December on 90-day terms is collected next year (issue 14).
            return min(100.0, 100.0 * self.paid / self.due) if self.due else None
        if name == "profit_margin":
            return 100.0 * self.costed_margin / self.costed_amount if self.costed_amount else None
        if name == "quality_loss_rate":
            return 100.0 * self.quality_loss / self.revenue if self.revenue else None
        if name == "industry_influence":
            return None if self.industry_influence is None else float(self.industry_influence)
        if name == "reputation":
            return None if self.reputation is None else float(self.reputation)
        if name == "revenue_growth":
            if not self.previous_revenue:
                return None
            return 100.0 * (self.revenue - self.previous_revenue) / self.previous_revenue
        if name == "share_of_wallet":
            return self.share_of_wallet
        raise KeyError(name)


def year_figures(
    session: Session,
    years: Iterable[int],
    account_ids: Iterable[int] | None = None,
    *,
    previous_revenue: bool = True,
    as_of: date | None = None,
) -> dict[tuple[int, int], YearFigures]:
    """Figures keyed by (account_id, year) for every account with any record in ``years``.

    Accounts with nothing recorded in a year are absent; callers treat that as zeros.
    ``previous_revenue=False`` skips reading the years before (only revenue_growth
    needs them). ``as_of`` cuts a part year: only what fell due by then counts as due.
    """
    wanted = sorted(set(years))
    if not wanted:
        return {}
    ids = None if account_ids is None else list(account_ids)
    acc: dict[tuple[int, int], dict[str, float | int | None]] = {}

    def bucket(account_id: int, year: int) -> dict[str, float | int | None]:
        return acc.setdefault((account_id, int(year)), {})

    def scoped(stmt, column, year: int):  # type: ignore[no-untyped-def]
        # One plain date range per year (no year() function per row), so SQLite reads
        # the date index, and a covering one when present.
        stmt = stmt.where(column >= date(year, 1, 1), column < date(year + 1, 1, 1))
        return stmt if ids is None else stmt.where(stmt.selected_columns[0].in_(ids))

    costed = case((Contract.cost.is_not(None), Contract.amount))
    extra = {y - 1 for y in wanted} - set(wanted) if previous_revenue else set()
    for year in sorted(extra | set(wanted)):
        stmt = scoped(
            select(
                Contract.account_id,
                func.sum(Contract.quantity),
                func.sum(Contract.amount),
                func.count(),
                func.sum(costed),
                func.sum(Contract.amount - Contract.cost),
            ).group_by(Contract.account_id),
            Contract.signed_on,
            year,
        )
        for account_id, volume, revenue, n, costed_amount, margin in session.execute(stmt):
            b = bucket(account_id, year)
            b.update(volume=float(volume or 0), revenue=float(revenue or 0), contracts=int(n))
            if costed_amount is not None:
                b.update(costed_amount=float(costed_amount), costed_margin=float(margin or 0))
        if year not in wanted:
            continue
        stmt = scoped(
            select(Payment.account_id, func.sum(Payment.amount)).group_by(Payment.account_id),
            Payment.paid_on,
            year,
        )
        for account_id, paid in session.execute(stmt):
            bucket(account_id, year)["paid"] = float(paid or 0)
        stmt = scoped(
            select(Contract.account_id, func.sum(Contract.amount)).group_by(Contract.account_id),
            Contract.falls_due_on,
            year,
        )
        if as_of is not None:
            stmt = stmt.where(Contract.falls_due_on <= as_of)
        for account_id, due in session.execute(stmt):
            bucket(account_id, year)["due"] = float(due or 0)
        stmt = scoped(
            select(QualityRecord.account_id, func.sum(QualityRecord.loss_amount)).group_by(
                QualityRecord.account_id
            ),
            QualityRecord.reported_on,
            year,
        )
        for account_id, loss in session.execute(stmt):
            bucket(account_id, year)["quality_loss"] = float(loss or 0)

    stmt = select(
        ManualScore.account_id,
        ManualScore.year,
        ManualScore.industry_influence,
        ManualScore.reputation,
    ).where(ManualScore.year.in_(wanted))
    if ids is not None:
        stmt = stmt.where(ManualScore.account_id.in_(ids))
    for account_id, year, influence, reputation in session.execute(stmt):
        bucket(account_id, year).update(industry_influence=influence, reputation=reputation)

    stmt = (
        select(
            CompetitorShare.account_id, CompetitorShare.year, func.sum(CompetitorShare.share_pct)
        )
        .where(CompetitorShare.is_us.is_(True), CompetitorShare.year.in_(wanted))
        .group_by(CompetitorShare.account_id, CompetitorShare.year)
    )
    if ids is not None:
        stmt = stmt.where(CompetitorShare.account_id.in_(ids))
    for account_id, year, share in session.execute(stmt):
        bucket(account_id, year)["share_of_wallet"] = float(share)

    # A year with nothing recorded after a year with revenue still has a (negative) growth.
    for account_id, year in list(acc):
        if year + 1 in wanted and acc[(account_id, year)].get("revenue"):
            bucket(account_id, year + 1)
    result: dict[tuple[int, int], YearFigures] = {}
    for (account_id, year), values in acc.items():
        if year not in wanted:
            continue
        previous = acc.get((account_id, year - 1), {}).get("revenue") or 0.0
        result[(account_id, year)] = YearFigures(
            account_id=account_id,
            year=year,
            previous_revenue=float(previous),
            **values,  # type: ignore[arg-type]
        )
    return result


def account_history(
    session: Session, account_id: int, last_year: int, years: int = 5, as_of: date | None = None
) -> list[YearFigures]:
    """The account's figures for ``years`` years up to ``last_year``, oldest first,
    with empty figures for years that have no records (``as_of``: see year_figures)."""
    span = range(last_year - years + 1, last_year + 1)
    found = year_figures(session, span, [account_id], as_of=as_of)
    return [found.get((account_id, y), YearFigures(account_id, y)) for y in span]
