"""Quality records (质量异议) and complaints (投诉): list, save with validation, delete.

An issue is open until it is resolved; resolving it needs the resolution and the date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import Complaint, QualityRecord
from kam.domain.enums import ComplaintCause, IssueStatus
from kam.domain.service_base import check_account_exists, copy_into, get_or_raise, to_data
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker


@dataclass
class QualityData:
    account_id: int
    reported_on: date | None = None
    description: str = ""
    loss_amount: float = 0.0
    status: str = IssueStatus.OPEN.value
    resolution: str = ""
    resolved_on: date | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class ComplaintData:
    account_id: int
    received_on: date | None = None
    cause: str = ComplaintCause.PRODUCT.value
    description: str = ""
    status: str = IssueStatus.OPEN.value
    resolution: str = ""
    resolved_on: date | None = None
    notes: str = ""
    id: int | None = None


def _check_issue(session: Session, data: QualityData | ComplaintData, opened: str) -> Checker:
    check = Checker()
    check_account_exists(session, data.account_id, check)
    raised = getattr(data, opened)
    if raised is None:
        check.add(opened, _("is required"))
    elif raised > date.today():
        check.add(opened, _("is in the future"))
    check.required("description", data.description)
    for name in ("description", "resolution", "notes"):
        check.text(name, getattr(data, name), 20000)
    if data.status not in {s.value for s in IssueStatus}:
        check.add("status", _("is not one of the allowed values"))
    if data.status == IssueStatus.RESOLVED.value:
        check.required("resolution", data.resolution)
        if data.resolved_on is None:
            check.add("resolved_on", _("is required"))
    if data.resolved_on and raised and data.resolved_on < raised:
        check.add("resolved_on", _("is before the date the issue was raised"))
    return check


def save_quality(db: Database, data: QualityData) -> int:
    """Creates or updates a quality record; raises ValidationError naming each field."""
    with db.session() as session:
        check = _check_issue(session, data, "reported_on")
        check.not_negative("loss_amount", data.loss_amount)
        check.raise_if_any()
        return _store(session, QualityRecord, data)


def save_complaint(db: Database, data: ComplaintData) -> int:
    with db.session() as session:
        check = _check_issue(session, data, "received_on")
        if data.cause not in {c.value for c in ComplaintCause}:
            check.add("cause", _("is not one of the allowed values"))
        check.raise_if_any()
        return _store(session, Complaint, data)


def _store(
    session: Session,
    model: type[QualityRecord] | type[Complaint],
    data: QualityData | ComplaintData,
) -> int:
    row = model() if data.id is None else get_or_raise(session, model, data.id)
    data.description = data.description.strip()
    copy_into(row, data)
    if data.id is None:
        session.add(row)
    session.flush()
    return row.id


def list_quality(db: Database, account_id: int, *, open_only: bool = False) -> list[QualityData]:
    """The account's quality records, newest first."""
    stmt = select(QualityRecord).where(QualityRecord.account_id == account_id)
    if open_only:
        stmt = stmt.where(QualityRecord.status == IssueStatus.OPEN.value)
    with db.session() as session:
        rows = session.scalars(stmt.order_by(QualityRecord.reported_on.desc()))
        return [to_data(QualityData, r) for r in rows]


def list_complaints(
    db: Database, account_id: int, *, open_only: bool = False
) -> list[ComplaintData]:
    stmt = select(Complaint).where(Complaint.account_id == account_id)
    if open_only:
        stmt = stmt.where(Complaint.status == IssueStatus.OPEN.value)
    with db.session() as session:
        rows = session.scalars(stmt.order_by(Complaint.received_on.desc()))
        return [to_data(ComplaintData, r) for r in rows]


def delete_quality(db: Database, record_id: int) -> None:
    with db.session() as session:
        session.delete(get_or_raise(session, QualityRecord, record_id))


def delete_complaint(db: Database, complaint_id: int) -> None:
    with db.session() as session:
        session.delete(get_or_raise(session, Complaint, complaint_id))
