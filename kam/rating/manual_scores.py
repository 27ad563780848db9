"""The yearly manual scores (industry influence, business reputation, 1–5) entered for
all accounts on one sheet before the rating is run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from kam.domain import Account, ManualScore
from kam.i18n import _
from kam.store import Database
from kam.validation import ValidationError

SCORE_FIELDS = ("industry_influence", "reputation")


@dataclass(frozen=True)
class ScoreRow:
    account_id: int
    code: str
    name: str
    industry_influence: int | None
    reputation: int | None
    grade: str = ""


def score_sheet(db: Database, year: int) -> list[ScoreRow]:
    """Every account with its scores for ``year`` (None where not yet scored), by code."""
    with db.session() as session:
        scores = {
            a: (i, r)
            for a, i, r in session.execute(
                select(
                    ManualScore.account_id, ManualScore.industry_influence, ManualScore.reputation
                ).where(ManualScore.year == year)
            )
        }
        accounts = session.execute(
            select(Account.id, Account.code, Account.name, Account.grade).order_by(Account.code)
        ).all()
    return [ScoreRow(a, c, n, *scores.get(a, (None, None)), grade=g) for a, c, n, g in accounts]


def save_scores(db: Database, year: int, rows: Sequence[ScoreRow]) -> int:
    """Stores the given accounts' scores for ``year``; both blank removes the entry.

    Returns the number of accounts written.

    Raises:
        ValidationError: keyed ``<code>.<field>`` for every score outside 1–5;
            nothing is stored.
    """
    problems: dict[str, str] = {}
    if not 1900 <= year <= 2200:
        problems["year"] = _("must be a year such as 2025")
    for row in rows:
        for name in SCORE_FIELDS:
            value = getattr(row, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5
            ):
                problems[f"{row.code}.{name}"] = _(
                    "{code}: {field} must be a whole number from 1 to 5"
                ).format(code=row.code, field=_(SCORE_LABELS[name]))
    if problems:
        raise ValidationError(problems)
    with db.session() as session:
        existing = {
            s.account_id: s
            for s in session.scalars(
                select(ManualScore).where(
                    ManualScore.year == year,
                    ManualScore.account_id.in_([r.account_id for r in rows]),
                )
            )
        }
        for row in rows:
            score = existing.get(row.account_id)
            if row.industry_influence is None and row.reputation is None:
                if score is not None:
                    session.delete(score)
                continue
            if score is None:
                score = ManualScore(account_id=row.account_id, year=year)
                session.add(score)
            score.industry_influence = row.industry_influence
            score.reputation = row.reputation
    return len(rows)


SCORE_LABELS = {"industry_influence": "Industry influence", "reputation": "Business reputation"}
