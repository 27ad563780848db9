"""Follow-up actions: the open ones of an account or a person, the overdue list per
person, and marking one done."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kam.domain import Account, FollowUp, Staff, Visit
from kam.domain.service_base import get_or_raise
from kam.i18n import _
from kam.store import Database
from kam.text.pinyin import sort_key
from kam.validation import Checker


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    account_id: int
    account_name: str
    visit_id: int | None
    visit_date: date | None
    layer: str
    description: str
    owner: str
    due_on: date
    done_on: date | None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due_on).days) if self.done_on is None else 0


def list_follow_ups(
    db: Database,
    *,
    account_id: int | None = None,
    owner: str | int | None = None,
    open_only: bool = True,
    due_before: date | None = None,
) -> list[FollowUpRow]:
    """Follow-ups by due date; ``due_before`` keeps those due strictly before that day."""
    stmt = (
        select(
            FollowUp.id,
            FollowUp.account_id,
            Account.short_name,
            Account.name,
            FollowUp.visit_id,
            Visit.planned_on,
            Visit.layer,
            FollowUp.description,
            Staff.name,
            FollowUp.due_on,
            FollowUp.done_on,
        )
        .join(Account, Account.id == FollowUp.account_id)
        .outerjoin(Visit, Visit.id == FollowUp.visit_id)
        .outerjoin(Staff, Staff.id == FollowUp.owner_id)
    )
    if account_id is not None:
        stmt = stmt.where(FollowUp.account_id == account_id)
    if isinstance(owner, int):
        stmt = stmt.where(FollowUp.owner_id == owner)
    elif owner:
        stmt = stmt.where(Staff.name == owner)
    if open_only:
        stmt = stmt.where(FollowUp.done_on.is_(None))
    if due_before is not None:
        stmt = stmt.where(FollowUp.due_on < due_before)
    stmt = stmt.order_by(FollowUp.due_on, FollowUp.id)
    with db.session() as session:
        return [
            FollowUpRow(
                r[0], r[1], r[2] or r[3], r[4], r[5], r[6] or "", r[7], r[8] or "", r[9], r[10]
            )
            for r in session.execute(stmt)
        ]


def overdue_by_person(db: Database, today: date) -> dict[str, list[FollowUpRow]]:
    """Open follow-ups past their due date, grouped by owner (pinyin order; "" = nobody)."""
    grouped: dict[str, list[FollowUpRow]] = defaultdict(list)
    for row in list_follow_ups(db, due_before=today):
        grouped[row.owner].append(row)
    return {name: grouped[name] for name in sorted(grouped, key=sort_key)}


def mark_done(db: Database, follow_up_id: int, done_on: date, today: date | None = None) -> None:
    today = today or date.today()
    check = Checker()
    if done_on > today:
        check.add("done_on", _("the done date is in the future"))
    check.raise_if_any()
    with db.session() as session:
        get_or_raise(session, FollowUp, follow_up_id).done_on = done_on
