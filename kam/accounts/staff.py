"""Our own people (Staff) and their layer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kam.domain import Staff
from kam.domain.enums import Layer
from kam.domain.service_base import copy_into, get_or_raise, to_data
from kam.i18n import _
from kam.store import Database
from kam.text.pinyin import sort_key
from kam.validation import Checker


@dataclass
class StaffData:
    name: str = ""
    layer: str = Layer.BUSINESS.value
    title: str = ""
    department: str = ""
    phone: str = ""
    email: str = ""
    active: bool = True
    notes: str = ""
    id: int | None = None


def list_staff(db: Database, *, active_only: bool = False) -> list[StaffData]:
    with db.session() as session:
        stmt = select(Staff)
        if active_only:
            stmt = stmt.where(Staff.active.is_(True))
        rows = [to_data(StaffData, s) for s in session.scalars(stmt)]
    rows.sort(key=lambda s: sort_key(s.name))
    return rows


def save_staff(db: Database, data: StaffData) -> int:
    with db.session() as session:
        check = Checker()
        check.required("name", data.name)
        check.text("name", data.name, 80)
        if data.layer not in {e.value for e in Layer}:
            check.add("layer", _("is not one of the allowed values"))
        clash = session.scalar(select(Staff.id).where(Staff.name == data.name.strip()))
        if clash is not None and clash != data.id:
            check.add("name", _("this name is already used"))
        check.raise_if_any()
        row = Staff() if data.id is None else get_or_raise(session, Staff, data.id)
        data.name = data.name.strip()
        copy_into(row, data)
        if data.id is None:
            session.add(row)
        session.flush()
        return row.id
