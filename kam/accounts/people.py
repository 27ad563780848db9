"""The customer's people: read, save with validation (by the field list,
kam.accounts.people_fields, and reporting cycles), delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.accounts.people_fields import BY_ID, CONTACT_FIELDS, NOT_IN_EDITOR
from kam.domain import Contact, Staff
from kam.domain.enums import Attitude, ContactStatus
from kam.domain.service_base import (
    check_account_exists,
    check_fields,
    copy_into,
    get_or_raise,
    staff_id_by_name,
)
from kam.i18n import _
from kam.store import Database
from kam.text.pinyin import sort_key
from kam.validation import Checker, ValidationError


@dataclass
class ContactData:
    account_id: int
    name: str = ""
    department: str = ""
    title: str = ""
    decision_role: str = ""
    attitude: str = Attitude.NEUTRAL.value
    status: str = ContactStatus.ACTIVE.value
    phone: str = ""
    email: str = ""
    wechat: str = ""
    birthday: date | None = None
    education: str = ""
    career: str = ""
    family: str = ""
    hobbies: str = ""
    habits: str = ""
    taboos: str = ""
    notes: str = ""
    rising_star: bool = False
    reports_to_id: int | None = None
    owner: str = ""
    id: int | None = None
    uuid: str = ""


def _check_reporting(session: Session, data: ContactData, check: Checker) -> None:
    if data.reports_to_id is None:
        return
    if data.id is not None and data.reports_to_id == data.id:
        check.add("reports_to_id", _("a contact cannot report to themself"))
        return
    boss = session.get(Contact, data.reports_to_id)
    if boss is None or boss.account_id != data.account_id:
        check.add("reports_to_id", _("must be a person of the same account"))
        return
    seen: set[int] = set()
    current: int | None = data.reports_to_id
    while current is not None and current not in seen:
        if current == data.id:
            check.add("reports_to_id", _("reporting line would form a cycle"))
            return
        seen.add(current)
        current = session.scalar(select(Contact.reports_to_id).where(Contact.id == current))


def save_contact(db: Database, data: ContactData) -> int:
    """Creates or updates a contact; raises ValidationError listing every field problem."""
    with db.session() as session:
        check = Checker()
        check_account_exists(session, data.account_id, check)
        # The boss (by id) and our owner (a staff name) are checked below; the status's
        # date is stamped, not typed.
        check_fields(check, data, CONTACT_FIELDS, skip=(*BY_ID, *NOT_IN_EDITOR, "owner"))
        _check_reporting(session, data, check)
        try:
            owner_id = staff_id_by_name(session, data.owner, "owner")
        except ValidationError as exc:
            check.errors.update(exc.errors)
            owner_id = None
        check.raise_if_any()
        contact = Contact() if data.id is None else get_or_raise(session, Contact, data.id)
        data.name = data.name.strip()
        copy_into(contact, data, skip=("id", "uuid", "owner"))
        contact.owner_id = owner_id
        if data.id is None:
            session.add(contact)
        session.flush()
        return contact.id


def list_contacts(db: Database, account_id: int) -> list[ContactData]:
    with db.session() as session:
        rows = session.execute(
            select(Contact, Staff.name)
            .outerjoin(Staff, Staff.id == Contact.owner_id)
            .where(Contact.account_id == account_id)
        ).all()
        out = []
        for contact, owner in rows:
            data = ContactData(account_id=account_id, owner=owner or "")
            copy_into(data, _as_data(contact), skip=("owner",))
            out.append(data)
    out.sort(key=lambda c: (c.department, sort_key(c.name)))
    return out


def _as_data(contact: Contact) -> ContactData:
    data = ContactData(account_id=contact.account_id)
    for name in ContactData.__dataclass_fields__:
        if name != "owner":
            setattr(data, name, getattr(contact, name))
    return data


def delete_contact(db: Database, contact_id: int) -> None:
    """Deletes a contact; people who reported to them keep their place without a boss."""
    with db.session() as session:
        session.delete(get_or_raise(session, Contact, contact_id))


def known_departments(db: Database) -> list[str]:
    """Every department written for a contact, most used first (the editor suggests
    them, so 采购部 is not also typed 采购处 and 供应部)."""
    with db.session() as session:
        rows = session.execute(
            select(Contact.department, func.count())
            .where(Contact.department != "")
            .group_by(Contact.department)
            .order_by(func.count().desc(), Contact.department)
        )
        return [r[0] for r in rows]
