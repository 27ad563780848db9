"""When our people are away (leave, trade fairs, training): the annual plan generator
keeps their visits out of these days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kam.domain import Staff, StaffAbsence
from kam.domain.service_base import get_or_raise
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker


@dataclass
class AbsenceData:
    staff_id: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    reason: str = ""
    staff_name: str = ""  # filled when read
    id: int | None = None


def list_absences(db: Database, *, since: date | None = None) -> list[AbsenceData]:
    """Absences ending on or after ``since`` (all when None), by start date."""
    stmt = (
        select(StaffAbsence, Staff.name)
        .join(Staff, Staff.id == StaffAbsence.staff_id)
        .order_by(StaffAbsence.starts_on, Staff.name)
    )
    if since is not None:
        stmt = stmt.where(StaffAbsence.ends_on >= since)
    with db.session() as session:
        return [
            AbsenceData(a.staff_id, a.starts_on, a.ends_on, a.reason, name, a.id)
            for a, name in session.execute(stmt)
        ]


def save_absence(db: Database, data: AbsenceData) -> int:
    """Creates or updates an absence; raises ValidationError naming each bad field."""
    with db.session() as session:
        check = Checker()
        if data.staff_id is None or session.get(Staff, data.staff_id) is None:
            check.add("staff_id", _("choose who is away"))
        check.required("starts_on", data.starts_on)
        check.required("ends_on", data.ends_on)
        check.text("reason", data.reason, 200)
        if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
            check.add("ends_on", _("the last day is before the first"))
        check.raise_if_any()
        row = StaffAbsence() if data.id is None else get_or_raise(session, StaffAbsence, data.id)
        assert data.staff_id is not None and data.starts_on and data.ends_on
        row.staff_id, row.starts_on, row.ends_on = data.staff_id, data.starts_on, data.ends_on
        row.reason = data.reason.strip()
        if data.id is None:
            session.add(row)
        session.flush()
        return row.id


def delete_absence(db: Database, absence_id: int) -> None:
    with db.session() as session:
        session.delete(get_or_raise(session, StaffAbsence, absence_id))
