"""Opportunities noted per account (the eight of docs/domain.md, Opportunities): list, save with validation,
delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kam.domain import Account, Opportunity, Staff
from kam.domain.service_base import staff_id_by_name
from kam.health.opportunity_catalogue import OpportunityKind, OpportunityStatus
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker, ValidationError


@dataclass
class OpportunityData:
    account_id: int
    kind: str = OpportunityKind.NEW_PRODUCT.value
    noted_on: date | None = None
    description: str = ""
    status: str = OpportunityStatus.OPEN.value
    owner: str = ""
    next_step: str = ""
    closed_on: date | None = None
    id: int | None = None
    due_on: date | None = None  # by when the next step should be done


def _validate(data: OpportunityData) -> Checker:
    check = Checker()
    if data.kind not in {k.value for k in OpportunityKind}:
        check.add("kind", _("is not one of the allowed values"))
    if data.status not in {s.value for s in OpportunityStatus}:
        check.add("status", _("is not one of the allowed values"))
    check.required("noted_on", data.noted_on)
    check.text("description", data.description, 2000)
    check.text("next_step", data.next_step, 2000)
    if data.closed_on and data.noted_on and data.closed_on < data.noted_on:
        check.add("closed_on", _("must not be before the date noted"))
    if data.due_on and data.noted_on and data.due_on < data.noted_on:
        check.add("due_on", _("must not be before the date noted"))
    if data.closed_on and data.status == OpportunityStatus.OPEN.value:
        check.add("closed_on", _("an opportunity still being pursued has no closing date"))
    return check


def save_opportunity(db: Database, data: OpportunityData, today: date | None = None) -> int:
    """Creates or updates an opportunity; returns its id. Closing one (seized or missed)
    without a date closes it today.

    Raises:
        ValidationError: every field problem at once; nothing is written.
    """
    check = _validate(data)
    with db.session() as session:
        if session.get(Account, data.account_id) is None:
            check.add("account", _("unknown account: {name}").format(name=data.account_id))
        try:
            owner_id = staff_id_by_name(session, data.owner, "owner")
        except ValidationError as exc:
            check.errors.update(exc.errors)
            owner_id = None
        row = None
        if data.id is not None:
            row = session.get(Opportunity, data.id)
            if row is None or row.account_id != data.account_id:
                check.add("id", _("no such opportunity"))
        check.raise_if_any()
        assert data.noted_on is not None  # required: _validate() reported it missing
        if row is None:
            row = Opportunity(account_id=data.account_id)
            session.add(row)
        row.kind, row.noted_on, row.status = data.kind, data.noted_on, data.status
        row.description, row.next_step = data.description.strip(), data.next_step.strip()
        row.owner_id, row.due_on = owner_id, data.due_on
        closed = data.closed_on
        if closed is None and data.status != OpportunityStatus.OPEN.value:
            closed = today or date.today()
        row.closed_on = closed
        session.flush()
        return row.id


def list_opportunities(
    db: Database, account_id: int, *, open_only: bool = False
) -> list[OpportunityData]:
    """The account's opportunities, newest first."""
    stmt = (
        select(Opportunity, Staff.name)
        .outerjoin(Staff, Staff.id == Opportunity.owner_id)
        .where(Opportunity.account_id == account_id)
        .order_by(Opportunity.noted_on.desc(), Opportunity.id.desc())
    )
    if open_only:
        stmt = stmt.where(Opportunity.status == OpportunityStatus.OPEN.value)
    with db.session() as session:
        return [
            OpportunityData(
                o.account_id,
                o.kind,
                o.noted_on,
                o.description,
                o.status,
                owner or "",
                o.next_step,
                o.closed_on,
                o.id,
                o.due_on,
            )
            for o, owner in session.execute(stmt)
        ]


def delete_opportunity(db: Database, opportunity_id: int) -> None:
    with db.session() as session:
        row = session.get(Opportunity, opportunity_id)
        if row is not None:
            session.delete(row)
