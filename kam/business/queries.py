"""What the dossier's business tab shows for one account, read in one session: five
years of figures (:mod:`kam.rating.measures`), open arrears with their ageing
(:mod:`kam.business.arrears`) and the manual scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kam.business.arrears import Arrear, account_arrears, ageing
from kam.domain import Account, ManualScore
from kam.domain.service_base import get_or_raise
from kam.rating.measures import YearFigures, account_history
from kam.store import Database


@dataclass(frozen=True)
class BusinessOverview:
    account_id: int
    code: str
    name: str
    as_of: date
    years: list[YearFigures]  # oldest first
    arrears: list[Arrear]
    ageing: dict[str, float]
    scores: dict[int, tuple[int | None, int | None]]  # year → (influence, reputation)

    @property
    def total_arrears(self) -> float:
        return sum(self.ageing.values())


def business_overview(
    db: Database, account_id: int, *, as_of: date | None = None, years: int = 5
) -> BusinessOverview:
    as_of = as_of or date.today()
    with db.session() as session:
        account = get_or_raise(session, Account, account_id)
        code, name = account.code, account.name
        history = account_history(session, account_id, as_of.year, years, as_of=as_of)
        arrears = account_arrears(session, account_id, as_of)
        scores = {
            y: (i, r)
            for y, i, r in session.execute(
                select(
                    ManualScore.year, ManualScore.industry_influence, ManualScore.reputation
                ).where(ManualScore.account_id == account_id)
            )
        }
    return BusinessOverview(
        account_id, code, name, as_of, history, arrears, ageing(arrears), scores
    )
