"""Reading visits for the views: the calendar of a period, my upcoming visits, an
account's timeline. Rows are plain and light; people's names come in one extra query
per page of visits, not one per visit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from kam.domain import (
    Account,
    Complaint,
    Contact,
    QualityRecord,
    Staff,
    Visit,
    visit_contact,
    visit_staff,
)
from kam.domain.enums import VisitStatus
from kam.store import Database
from kam.store.portable import nulls_as_sqlite
from kam.visits.service import is_incomplete

OPEN_STATUSES = (VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value)
_CHUNK = 900  # stays under SQLite's bound-parameter limit


@dataclass(slots=True)
class VisitRow:
    id: int
    uuid: str
    account_id: int
    account_code: str
    account_name: str
    layer: str
    planned_on: date
    start_time: time | None
    duration_min: int | None
    status: str
    purpose: str
    outcome: str
    cancel_reason: str
    our_people: str
    counterparts: str
    updated_at: datetime
    address: str
    staff: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    revision: int = 0  # changes since the visit was made (the calendar's SEQUENCE)

    @property
    def incomplete(self) -> bool:
        return is_incomplete(self.status, self.outcome)

    @property
    def account_label(self) -> str:
        return self.account_name

    @property
    def our_side(self) -> str:
        return "、".join(self.staff) or self.our_people

    @property
    def their_side(self) -> str:
        return "、".join(self.contacts) or self.counterparts


def _base() -> Select:
    # Dates and times are read untyped and parsed with the C fromisoformat below: a month
    # of everyone's visits is ~10,000 rows and the typed processors would double the time.
    return select(
        Visit.id,
        Visit.uuid,
        Visit.account_id,
        Account.code,
        Account.short_name,
        Account.name,
        Visit.layer,
        type_coerce(Visit.planned_on, String),
        type_coerce(Visit.start_time, String),
        Visit.duration_min,
        Visit.status,
        Visit.purpose,
        Visit.outcome,
        Visit.cancel_reason,
        Visit.our_people,
        Visit.counterparts,
        type_coerce(Visit.updated_at, String),
        Account.address,
        Visit.revision,
    ).join(Account, Account.id == Visit.account_id)


def _parse(kind: type, value: object) -> object:
    if value is None or not isinstance(value, str):
        return value  # already typed (PostgreSQL) or empty
    if kind is time:
        return time.fromisoformat(value)
    return kind.fromisoformat(value)  # type: ignore[attr-defined]


def _names(
    session: Session, ids: Sequence[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    staff: dict[int, list[str]] = defaultdict(list)
    contacts: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for vid, name in session.execute(
            select(visit_staff.c.visit_id, Staff.name)
            .join(Staff, Staff.id == visit_staff.c.staff_id)
            .where(visit_staff.c.visit_id.in_(chunk))
            .order_by(Staff.name)
        ):
            staff[vid].append(name)
        for vid, name, title in session.execute(
            select(visit_contact.c.visit_id, Contact.name, Contact.title)
            .join(Contact, Contact.id == visit_contact.c.contact_id)
            .where(visit_contact.c.visit_id.in_(chunk))
            .order_by(Contact.name)
        ):
            contacts[vid].append(f"{name}({title})" if title else name)
    return staff, contacts


def _rows(session: Session, stmt: Select, with_people: bool) -> list[VisitRow]:
    raw = session.connection().execute(stmt).all()
    staff: dict[int, list[str]] = {}
    contacts: dict[int, list[str]] = {}
    if with_people and raw:
        staff, contacts = _names(session, [r[0] for r in raw])
    dates: dict[str, date] = {}  # a month has ~30 distinct days among thousands of rows
    out = []
    for r in raw:
        day = dates.get(r[7])
        if day is None:
            day = dates[r[7]] = _parse(date, r[7])  # type: ignore[assignment]
        out.append(
            VisitRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4] or r[5],
                r[6],
                day,  # type: ignore[arg-type]
                _parse(time, r[8]),  # type: ignore[arg-type]
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
                r[14],
                r[15],
                _parse(datetime, r[16]),  # type: ignore[arg-type]
                r[17],
                tuple(staff.get(r[0], ())),
                tuple(contacts.get(r[0], ())),
                r[18] or 0,
            )
        )
    return out


def _staff_filter(stmt: Select, staff: str | int | None) -> Select:
    if staff is None or staff == "":
        return stmt
    sub = select(visit_staff.c.visit_id).join(Staff, Staff.id == visit_staff.c.staff_id)
    sub = sub.where(Staff.id == staff) if isinstance(staff, int) else sub.where(Staff.name == staff)
    return stmt.where(Visit.id.in_(sub))


def list_visits(
    db: Database,
    *,
    start: date,
    end: date,
    layer: str | None = None,
    staff: str | int | None = None,
    account_id: int | None = None,
    statuses: Sequence[str] | None = None,
    with_people: bool = True,
) -> list[VisitRow]:
    """Visits dated ``start``..``end`` (inclusive), by date and time.

    ``staff`` (a name or an id) keeps the visits that person takes part in.
    """
    stmt = _base().where(Visit.planned_on >= start, Visit.planned_on <= end)
    if layer:
        stmt = stmt.where(Visit.layer == layer)
    if account_id is not None:
        stmt = stmt.where(Visit.account_id == account_id)
    if statuses:
        stmt = stmt.where(Visit.status.in_(list(statuses)))
    stmt = _staff_filter(stmt, staff).order_by(
        Visit.planned_on, nulls_as_sqlite(Visit.start_time), Visit.id
    )
    with db.session() as session:
        return _rows(session, stmt, with_people)


def upcoming_visits(
    db: Database, *, staff: str | int | None, today: date, days: int = 30
) -> list[VisitRow]:
    """Planned and postponed visits from ``today`` for ``days`` days (None/"" = everyone)."""
    return list_visits(
        db, start=today, end=today + timedelta(days=days), staff=staff, statuses=OPEN_STATUSES
    )


def account_timeline(db: Database, account_id: int) -> list[VisitRow]:
    """Every visit of the account, newest first."""
    stmt = (
        _base()
        .where(Visit.account_id == account_id)
        .order_by(
            Visit.planned_on.desc(), nulls_as_sqlite(Visit.start_time.desc()), Visit.id.desc()
        )
    )
    with db.session() as session:
        return _rows(session, stmt, True)


def last_visits_per_layer(
    db: Database, account_id: int, *, per_layer: int = 2, before: date | None = None
) -> dict[str, list[VisitRow]]:
    """The latest done visits of the account on each layer (newest first)."""
    out: dict[str, list[VisitRow]] = defaultdict(list)
    for row in account_timeline(db, account_id):
        if row.status != VisitStatus.DONE.value or (before and row.planned_on > before):
            continue
        if len(out[row.layer]) < per_layer:
            out[row.layer].append(row)
    return dict(out)


@dataclass(frozen=True)
class IssueChoice:
    """A quality record or complaint of the account that a visit may link to."""

    kind: str  # "quality" or "complaint"
    id: int
    reported_on: date
    description: str
    status: str


def issue_choices(db: Database, account_id: int) -> list[IssueChoice]:
    """The account's quality records and complaints, newest first."""
    with db.session() as session:
        out = [
            IssueChoice("quality", q.id, q.reported_on, q.description, q.status)
            for q in session.scalars(
                select(QualityRecord).where(QualityRecord.account_id == account_id)
            )
        ]
        out += [
            IssueChoice("complaint", c.id, c.received_on, c.description, c.status)
            for c in session.scalars(select(Complaint).where(Complaint.account_id == account_id))
        ]
    out.sort(key=lambda i: (i.reported_on, i.id), reverse=True)
    return out


@dataclass(slots=True)
class CalendarEntry:
    """What a calendar chip shows of a visit (a month of everyone's visits is
    ~10,000 of these, so it carries nothing more)."""

    id: int
    account_name: str
    layer: str
    planned_on: date
    start_time: time | None
    status: str
    incomplete: bool


def calendar_entries(
    db: Database,
    *,
    start: date,
    end: date,
    staff: str | int | None = None,
    layers: Sequence[str] | None = None,
) -> list[CalendarEntry]:
    """The visits of ``start``..``end`` for the calendar, by date and time."""
    done = VisitStatus.DONE.value
    stmt = (
        select(
            Visit.id,
            Account.short_name,
            Account.name,
            Visit.layer,
            type_coerce(Visit.planned_on, String),
            type_coerce(Visit.start_time, String),
            Visit.status,
            func.trim(Visit.outcome) == "",
        )
        .join(Account, Account.id == Visit.account_id)
        .where(Visit.planned_on >= start, Visit.planned_on <= end)
    )
    if layers is not None:
        stmt = stmt.where(Visit.layer.in_(list(layers)))
    stmt = _staff_filter(stmt, staff).order_by(
        Visit.planned_on, nulls_as_sqlite(Visit.start_time), Visit.id
    )
    dates: dict[str, date] = {}
    out = []
    with db.session() as session:
        for vid, short, name, layer, on, at, status, empty in (
            session.connection().execute(stmt).all()
        ):
            day = dates.get(on)
            if day is None:
                day = dates[on] = _parse(date, on)  # type: ignore[assignment]
            out.append(
                CalendarEntry(
                    vid,
                    short or name,
                    layer,
                    day,  # type: ignore[arg-type]
                    _parse(time, at),  # type: ignore[arg-type]
                    status,
                    bool(empty) and status == done,
                )
            )
    return out
