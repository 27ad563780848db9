"""Who "I" am in this database: the staff member who uses it.

Asked once at first start (or set in Settings); ``KAM_USER`` and ``kam --as NAME``
override it for one run. The name stamps ``changed_by``, fills the default owner, our
people and "decided by", and makes the home screen's 我的… lists mine. It is stored in
the database (by the staff member's uuid, so a rename follows) and never exchanged.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.accounts.staff import StaffData
from kam.domain import LocalSetting, Staff
from kam.domain.service_base import get_or_raise, to_data
from kam.store import Database
from kam.store.database import IDENTITY_SETTING, current_user, explicit_user

ASKED_SETTING = "identity.asked"


def _get(db: Database, name: str) -> str | None:
    with db.session() as session:
        return session.scalar(select(LocalSetting.value).where(LocalSetting.name == name))


def _put(session: Session, name: str, value: str) -> None:
    row = session.scalar(select(LocalSetting).where(LocalSetting.name == name))
    if row is None:
        session.add(LocalSetting(name=name, value=value))
    else:
        row.value = value


def me(db: Database) -> StaffData | None:
    """The staff member this database belongs to, or None when not (yet) said."""
    with db.session() as session:
        staff = session.scalar(
            select(Staff)
            .join(LocalSetting, LocalSetting.value == Staff.uuid)
            .where(LocalSetting.name == IDENTITY_SETTING)
        )
        return to_data(StaffData, staff) if staff is not None else None


def my_staff_id(db: Database) -> int | None:
    """The staff id of the current user: the stored person, or the staff member named
    like the user of this run (``KAM_USER`` / ``--as``)."""
    with db.session() as session:
        return session.scalar(select(Staff.id).where(Staff.name == db.user))


def set_me(db: Database, staff_id: int | None) -> str:
    """Makes ``staff_id`` this database's person (None forgets it); from now on changes
    are recorded under that name. Returns the name changes are recorded under."""
    with db.session() as session:
        uuid = ""
        name = ""
        if staff_id is not None:
            staff = get_or_raise(session, Staff, staff_id)
            uuid, name = staff.uuid, staff.name
        _put(session, IDENTITY_SETTING, uuid)
        _put(session, ASKED_SETTING, "1")
        session.info["user"] = name or db.user
    db.user = explicit_user() or name or current_user()
    return db.user


def needs_asking(db: Database) -> bool:
    """True the first time the app opens this database without knowing who uses it."""
    if explicit_user():
        return False
    return _get(db, ASKED_SETTING) != "1" and me(db) is None


def adopt_member_person(db: Database, staff_name: str) -> bool:
    """Makes the team member's person (the staff member the team server links this
    login to) this database's person, when its user has never said who they are and no
    ``KAM_USER`` / ``--as`` names someone for this run: a laptop that joined as wangqiang
    need not ask at first start whether it is 王强's. Returns whether it did."""
    if not staff_name or explicit_user() or _get(db, ASKED_SETTING) == "1" or me(db):
        return False
    with db.session() as session:
        staff_id = session.scalar(
            select(Staff.id).where(Staff.name == staff_name, Staff.active.is_(True))
        )
    if staff_id is None:  # not in the staff list (yet): the first start asks
        return False
    set_me(db, staff_id)
    return True


def mark_asked(db: Database) -> None:
    with db.session() as session:
        _put(session, ASKED_SETTING, "1")


def my_name(db: Database) -> str:
    """The current user's name when it is one of our active people (the default owner,
    participant and follow-up owner of what they add), else ""."""
    with db.session() as session:
        found = session.scalar(
            select(Staff.name).where(Staff.name == db.user, Staff.active.is_(True))
        )
    return found or ""
