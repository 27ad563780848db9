"""Visits: validate and save a visit with its people, links and follow-ups; read one;
postpone, cancel or delete it.

A save is one unit of work: every problem is reported at once (``ValidationError``
keyed by field) and nothing is written. Doubtful but possible input (a date before the
account existed or far ahead, a visit done without an outcome) is not an error: it comes
back as warnings, which the editor shows before saving (:func:`visit_warnings`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Account, Complaint, Contact, FollowUp, QualityRecord, Staff, Visit
from kam.domain.enums import Layer, VisitStatus
from kam.domain.service_base import get_or_raise
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker

# Planning further ahead than this is almost always a typo in the year.
FAR_FUTURE_DAYS = 400


@dataclass
class FollowUpData:
    """A follow-up action raised by a visit: what, who, by when, and when it was done."""

    description: str = ""
    owner_id: int | None = None
    due_on: date | None = None
    done_on: date | None = None
    notes: str = ""
    owner_name: str = ""  # filled when read; ignored on save
    id: int | None = None


@dataclass
class VisitData:
    """Everything the editor shows of a visit; ``id`` is None for a new one."""

    account_id: int | None = None
    layer: str = Layer.BUSINESS.value
    planned_on: date | None = None
    start_time: time | None = None
    duration_min: int | None = None
    status: str = VisitStatus.PLANNED.value
    original_date: date | None = None
    cancel_reason: str = ""
    our_people: str = ""
    counterparts: str = ""
    purpose: str = ""
    agenda: str = ""
    outcome: str = ""
    problems: str = ""
    expenses: float | None = None
    notes: str = ""
    staff_ids: list[int] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    quality_ids: list[int] = field(default_factory=list)
    complaint_ids: list[int] = field(default_factory=list)
    follow_ups: list[FollowUpData] = field(default_factory=list)
    id: int | None = None
    uuid: str = ""


@dataclass(frozen=True)
class SavedVisit:
    id: int
    uuid: str
    warnings: tuple[str, ...]


TEXT_LIMITS = {
    "our_people": 300,
    "counterparts": 300,
    "purpose": 20000,
    "agenda": 20000,
    "outcome": 20000,
    "problems": 20000,
    "cancel_reason": 20000,
    "notes": 20000,
}


def is_incomplete(status: str, outcome: str) -> bool:
    """A visit marked done without an outcome is allowed but flagged as incomplete."""
    return status == VisitStatus.DONE.value and not outcome.strip()


def _check_links(session: Session, data: VisitData, check: Checker) -> None:
    """Participants and linked records must belong to the visited account."""
    for key, model, text, ids, message in (
        (
            "contact_ids",
            Contact,
            Contact.name,
            data.contact_ids,
            _("{name} is a contact of another account ({account})"),
        ),
        (
            "quality_ids",
            QualityRecord,
            QualityRecord.description,
            data.quality_ids,
            _("quality record {name} belongs to another account ({account})"),
        ),
        (
            "complaint_ids",
            Complaint,
            Complaint.description,
            data.complaint_ids,
            _("complaint {name} belongs to another account ({account})"),
        ),
    ):
        if not ids:
            continue
        rows = session.execute(
            select(model.id, model.account_id, text, Account.name)
            .join(Account, Account.id == model.account_id)
            .where(model.id.in_(ids))
        ).all()
        found = {r[0] for r in rows}
        for missing in sorted(set(ids) - found):
            check.add(key, _("record {id} does not exist").format(id=missing))
        for _id, account_id, name, account_name in rows:
            if account_id != data.account_id:
                check.add(key, message.format(name=name[:30], account=account_name))
    if data.staff_ids:
        known = set(session.scalars(select(Staff.id).where(Staff.id.in_(data.staff_ids))))
        for missing in sorted(set(data.staff_ids) - known):
            check.add("staff_ids", _("staff member {id} does not exist").format(id=missing))


def _check_follow_ups(session: Session, data: VisitData, check: Checker) -> None:
    for n, item in enumerate(data.follow_ups, start=1):
        key = f"follow_ups.{n}"
        if not item.description.strip():
            check.add(f"{key}.description", _("follow-up {n}: say what is to be done").format(n=n))
        check.text(f"{key}.description", item.description, 20000)
        if item.owner_id is None:
            check.add(f"{key}.owner", _("follow-up {n}: an owner is required").format(n=n))
        elif session.get(Staff, item.owner_id) is None:
            check.add(f"{key}.owner", _("follow-up {n}: unknown owner").format(n=n))
        if item.due_on is None:
            check.add(f"{key}.due_on", _("follow-up {n}: a due date is required").format(n=n))
        if item.done_on is not None and item.done_on > date.today():
            check.add(
                f"{key}.done_on", _("follow-up {n}: the done date is in the future").format(n=n)
            )


def validate_visit(session: Session, data: VisitData) -> Checker:
    """Every error of ``data``; warnings are separate (:func:`warnings_for`)."""
    check = Checker()
    account = session.get(Account, data.account_id) if data.account_id is not None else None
    if account is None:
        check.add("account_id", _("choose the account visited"))
    if data.layer not in {e.value for e in Layer}:
        check.add("layer", _("is not one of the allowed values"))
    if data.status not in {e.value for e in VisitStatus}:
        check.add("status", _("is not one of the allowed values"))
    check.required("planned_on", data.planned_on)
    if data.duration_min is not None:
        check.number_range("duration_min", data.duration_min, 1, 24 * 60)
    check.not_negative("expenses", data.expenses)
    for name, limit in TEXT_LIMITS.items():
        check.text(name, getattr(data, name), limit)
    if data.status == VisitStatus.CANCELLED.value and not data.cancel_reason.strip():
        check.add("cancel_reason", _("a cancelled visit needs a reason"))
    if (
        data.status == VisitStatus.DONE.value
        and data.planned_on is not None
        and data.planned_on > date.today()
    ):
        check.add("status", _("a visit in the future cannot be done yet"))
    if account is not None:
        _check_links(session, data, check)
    _check_follow_ups(session, data, check)
    return check


def warnings_for(session: Session, data: VisitData, today: date | None = None) -> list[str]:
    today = today or date.today()
    out: list[str] = []
    account = session.get(Account, data.account_id) if data.account_id is not None else None
    when = data.planned_on
    if account is not None and when is not None:
        if account.founded and when.year < account.founded:
            out.append(
                _("The visit date {date} is before {account} was founded ({year})").format(
                    date=when.isoformat(), account=account.name, year=account.founded
                )
            )
        elif account.created_at and when < account.created_at.date():
            out.append(
                _("The visit date {date} is before {account} was added ({added})").format(
                    date=when.isoformat(),
                    account=account.name,
                    added=account.created_at.date().isoformat(),
                )
            )
    if when is not None and when > today + timedelta(days=FAR_FUTURE_DAYS):
        out.append(
            _("The visit date {date} is more than a year ahead").format(date=when.isoformat())
        )
    if is_incomplete(data.status, data.outcome):
        out.append(_("The visit is marked done but has no outcome: it stays flagged as incomplete"))
    return out


def visit_warnings(db: Database, data: VisitData, today: date | None = None) -> list[str]:
    """What looks doubtful in ``data`` (nothing is written)."""
    with db.session() as session:
        return warnings_for(session, data, today)


def _apply(session: Session, visit: Visit, data: VisitData) -> None:
    for name in (
        "account_id",
        "layer",
        "planned_on",
        "start_time",
        "duration_min",
        "status",
        "original_date",
        "expenses",
    ):
        setattr(visit, name, getattr(data, name))
    for name in TEXT_LIMITS:
        setattr(visit, name, getattr(data, name).strip())
    visit.staff = list(session.scalars(select(Staff).where(Staff.id.in_(data.staff_ids))))
    visit.contacts = list(session.scalars(select(Contact).where(Contact.id.in_(data.contact_ids))))
    visit.quality_records = list(
        session.scalars(select(QualityRecord).where(QualityRecord.id.in_(data.quality_ids)))
    )
    visit.complaints = list(
        session.scalars(select(Complaint).where(Complaint.id.in_(data.complaint_ids)))
    )
    # Names typed beside the links keep what import brought; linked people are the truth.
    if visit.staff and not data.our_people.strip():
        visit.our_people = "、".join(s.name for s in visit.staff)
    if visit.contacts and not data.counterparts.strip():
        visit.counterparts = "、".join(c.name for c in visit.contacts)
    kept = {f.id for f in data.follow_ups if f.id is not None}
    for old in list(visit.follow_ups):
        if old.id not in kept:
            visit.follow_ups.remove(old)
    existing = {f.id: f for f in visit.follow_ups}
    for item in data.follow_ups:
        row = existing.get(item.id) if item.id is not None else None
        if row is None:
            row = FollowUp()
            visit.follow_ups.append(row)
        row.account_id = visit.account_id
        row.description = item.description.strip()
        row.owner_id = item.owner_id
        assert item.due_on is not None  # validated
        row.due_on = item.due_on
        row.done_on = item.done_on
        row.notes = item.notes


def save_visit(db: Database, data: VisitData, today: date | None = None) -> SavedVisit:
    """Creates or updates a visit with its links and follow-ups.

    Returns the id, uuid and the warnings (already shown by the editor, kept for the CLI).

    Raises:
        ValidationError: every problem at once; nothing is written.
    """
    with db.session() as session:
        validate_visit(session, data).raise_if_any()
        warnings = warnings_for(session, data, today)
        visit = Visit() if data.id is None else get_or_raise(session, Visit, data.id)
        if data.id is None:
            session.add(visit)
        _apply(session, visit, data)
        session.flush()
        return SavedVisit(visit.id, visit.uuid, tuple(warnings))


def get_visit(db: Database, visit_id: int) -> VisitData:
    with db.session() as session:
        visit = get_or_raise(session, Visit, visit_id)
        data = VisitData(id=visit.id, uuid=visit.uuid)
        for name in (
            "account_id",
            "layer",
            "planned_on",
            "start_time",
            "duration_min",
            "status",
            "original_date",
            "expenses",
            *TEXT_LIMITS,
        ):
            setattr(data, name, getattr(visit, name))
        data.staff_ids = [s.id for s in visit.staff]
        data.contact_ids = [c.id for c in visit.contacts]
        data.quality_ids = [q.id for q in visit.quality_records]
        data.complaint_ids = [c.id for c in visit.complaints]
        data.follow_ups = [
            FollowUpData(
                f.description,
                f.owner_id,
                f.due_on,
                f.done_on,
                f.notes,
                f.owner.name if f.owner else "",
                f.id,
            )
            for f in sorted(visit.follow_ups, key=lambda f: (f.due_on, f.id))
        ]
        return data


def postpone_visit(db: Database, visit_id: int, new_date: date) -> None:
    """Moves a planned visit to ``new_date``, remembering the date first planned."""
    with db.session() as session:
        visit = get_or_raise(session, Visit, visit_id)
        check = Checker()
        if visit.status in (VisitStatus.DONE.value, VisitStatus.CANCELLED.value):
            check.add("status", _("only a planned visit can be postponed"))
        if new_date <= visit.planned_on:
            check.add(
                "planned_on",
                _("the new date must be after {date}").format(date=visit.planned_on.isoformat()),
            )
        check.raise_if_any()
        if visit.original_date is None:
            visit.original_date = visit.planned_on
        visit.planned_on = new_date
        visit.status = VisitStatus.POSTPONED.value


def cancel_visit(db: Database, visit_id: int, reason: str) -> None:
    with db.session() as session:
        visit = get_or_raise(session, Visit, visit_id)
        check = Checker()
        check.required("cancel_reason", reason)
        check.text("cancel_reason", reason, 20000)
        if visit.status == VisitStatus.DONE.value:
            check.add("status", _("a visit already done cannot be cancelled"))
        check.raise_if_any()
        visit.status = VisitStatus.CANCELLED.value
        visit.cancel_reason = reason.strip()


def delete_visit(db: Database, visit_id: int) -> None:
    """Deletes the visit and the follow-ups it raised."""
    with db.session() as session:
        session.delete(get_or_raise(session, Visit, visit_id))
