"""Accounts: list and search, read, save with validation, delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kam.business.terms import MAX_DAYS
from kam.domain import Account, Contact, Staff
from kam.domain.enums import Lifecycle, RelationshipType, Stage
from kam.domain.service_base import copy_into, staff_id_by_name
from kam.i18n import _
from kam.store import Database
from kam.store.portable import like_any_case
from kam.text.pinyin import search_keys, stored_sort_key
from kam.validation import Checker, ValidationError


@dataclass(frozen=True)
class AccountRow:
    """One line of the account list."""

    id: int
    code: str
    name: str
    short_name: str
    region: str
    industry: str
    owner: str
    stage: str
    contacts: int
    pinyin: str
    pinyin_initials: str
    grade: str = ""


@dataclass
class AccountData:
    """Every editable fact of an account; ``id`` is None for a new one."""

    code: str = ""
    name: str = ""
    short_name: str = ""
    industry: str = ""
    region: str = ""
    address: str = ""
    ownership: str = ""
    founded: int | None = None
    assets: float | None = None
    annual_output: str = ""
    employees: int | None = None
    service_area: str = ""
    business_status: str = ""
    payment_terms: str = ""
    payment_days: int | None = None  # default terms of its contracts (None: the company's)
    credit_limit: float | None = None
    credit_rating: str = ""
    credit_notes: str = ""
    stage: str = Stage.DEVELOPMENT.value
    relationship_type: str = RelationshipType.BUY_SELL.value
    lifecycle: str = Lifecycle.POTENTIAL.value
    owner: str = ""
    notes: str = ""
    # Every member of a team server sees it, not only its owner and those who cover it.
    shared: bool = False
    id: int | None = None
    uuid: str = ""
    # Decided by the rating (read here for display; save_account leaves them alone).
    grade: str = ""
    key_account: bool = False
    # The record's version when it was read (get_account); 0 for a new one.
    version: int = 0


# Fields a save never writes: identity, and what the rating decides.
_NOT_EDITED = ("id", "uuid", "grade", "key_account", "version")

TEXT_LIMITS = {
    "code": 40, "name": 200, "short_name": 80, "industry": 80, "region": 80,
    "address": 300, "ownership": 40, "annual_output": 120, "service_area": 200,
    "business_status": 20000, "payment_terms": 200, "credit_rating": 40,
    "credit_notes": 20000, "notes": 20000,
}


def validate_account(session: Session, data: AccountData) -> Checker:
    check = Checker()
    check.required("code", data.code)
    check.required("name", data.name)
    for name, limit in TEXT_LIMITS.items():
        check.text(name, getattr(data, name), limit)
    if data.founded is not None:
        check.number_range("founded", data.founded, 1800, date.today().year)
    check.not_negative("assets", data.assets)
    check.not_negative("credit_limit", data.credit_limit)
    check.not_negative("employees", data.employees)
    if data.payment_days is not None:
        check.number_range("payment_days", data.payment_days, 0, MAX_DAYS)
    for name, enum in (("stage", Stage), ("relationship_type", RelationshipType),
                       ("lifecycle", Lifecycle)):
        if getattr(data, name) not in {e.value for e in enum}:
            check.add(name, _("is not one of the allowed values"))
    if data.code.strip():
        clash = session.execute(
            select(Account.id, Account.name).where(Account.code == data.code.strip())
        ).first()
        if clash is not None and clash.id != data.id:
            check.add("code", _("code {code} is already used by {name}").format(
                code=data.code.strip(), name=clash.name))
    return check


def edited_fields(data: AccountData, original: AccountData) -> set[str]:
    return {
        name for name in AccountData.__dataclass_fields__
        if name not in _NOT_EDITED and getattr(data, name) != getattr(original, name)
    }


def save_account(db: Database, data: AccountData, original: AccountData | None = None) -> int:
    """Creates or updates an account; returns its id.

    With ``original`` (the record as the editor loaded it) only the fields edited since
    are written, so a change made meanwhile by an import or another window to other
    fields stays; a field changed both there and here is refused, naming the field.

    Raises:
        ValidationError: every field problem at once; nothing is written.
    """
    with db.session(write_lock=original is not None) as session:
        if original is not None and data.id is not None:
            data = _merge_with_current(session, data, original)
        check = validate_account(session, data)
        try:
            owner_id = staff_id_by_name(session, data.owner, "owner")
        except Exception as exc:  # a ValidationError naming the owner field
            check.errors.update(getattr(exc, "errors", {"owner": str(exc)}))
            owner_id = None
        check.raise_if_any()
        account = Account() if data.id is None else session.get_one(Account, data.id)
        data.code, data.name = data.code.strip(), data.name.strip()
        copy_into(account, data, skip=("id", "uuid", "owner", "grade", "key_account", "version"))
        account.owner_id = owner_id
        account.pinyin, account.pinyin_initials = search_keys(data.name, data.short_name)
        if data.id is None:
            session.add(account)
        session.flush()
        return account.id


def _read(session: Session, account: Account) -> AccountData:
    data = AccountData(id=account.id, uuid=account.uuid,
                       owner=account.owner.name if account.owner else "")
    for name in AccountData.__dataclass_fields__:
        if name not in ("id", "uuid", "owner"):
            setattr(data, name, getattr(account, name))
    return data


def _merge_with_current(session: Session, data: AccountData, original: AccountData) -> AccountData:
    """``data``'s edits applied to the record as it is now; refuses clashing edits."""
    account = session.get_one(Account, data.id)
    current = _read(session, account)
    edited = edited_fields(data, original)
    if current.version != original.version:
        clashes = {
            name: _("was changed meanwhile by an import or another window (now: {value}); "
                    "your edit was not saved, check it and save again").format(
                        value=getattr(current, name))
            for name in edited
            if getattr(current, name) != getattr(original, name)
            and getattr(current, name) != getattr(data, name)
        }
        if clashes:
            raise ValidationError(clashes)
    merged = AccountData(**{name: getattr(current, name) for name in AccountData.__dataclass_fields__})
    for name in edited:
        setattr(merged, name, getattr(data, name))
    return merged


def get_account(db: Database, account_id: int) -> AccountData:
    with db.session() as session:
        return _read(session, session.get_one(Account, account_id))


def delete_account(db: Database, account_id: int) -> None:
    """Deletes the account and everything recorded under it (cascade)."""
    with db.session() as session:
        session.delete(session.get_one(Account, account_id))


def list_accounts(
    db: Database,
    *,
    query: str = "",
    owner: str | None = None,
    region: str | None = None,
    stage: str | None = None,
) -> list[AccountRow]:
    """Accounts matching the filters, sorted by pinyin of the name.

    ``query`` matches code, name, short name, full pinyin or pinyin initials.
    """
    # A correlated count walks the contact.account_id index per account; grouping all
    # contacts first and joining the result cost more on 50,000 contacts.
    contacts = (
        select(func.count()).where(Contact.account_id == Account.id)
        .correlate(Account).scalar_subquery()
    )
    stmt = (
        select(
            Account.id, Account.code, Account.name, Account.short_name, Account.region,
            Account.industry, Staff.name, Account.stage,
            contacts, Account.pinyin, Account.pinyin_initials, Account.grade,
        )
        .outerjoin(Staff, Staff.id == Account.owner_id)
    )
    q = query.strip().lower()
    if q:
        like = f"%{q}%"
        compact = f"%{q.replace(' ', '')}%"
        stmt = stmt.where(
            or_(
                func.lower(Account.code).like(like),
                like_any_case(Account.name, like),
                like_any_case(Account.short_name, like),
                Account.pinyin.like(compact),
                Account.pinyin_initials.like(compact),
            )
        )
    if owner:
        stmt = stmt.where(Staff.name == owner)
    if region:
        stmt = stmt.where(Account.region == region)
    if stage:
        stmt = stmt.where(Account.stage == stage)
    with db.session() as session:
        # Plain rows through the connection: no ORM entity processing is needed.
        result = session.connection().execute(stmt)
        rows = [AccountRow(*r[:6], r[6] or "", *r[7:]) for r in result]
    # The stored pinyin key: sort_key() would convert 10,000 names on every call.
    if q:
        # What the user typed exactly (sg = 沙钢's initials, a code, a name) first, then
        # what starts with it, then the rest; each in pinyin order.
        rows.sort(key=lambda r: (match_rank(r, q), stored_sort_key(r.pinyin, r.name)))
    else:
        rows.sort(key=lambda r: stored_sort_key(r.pinyin, r.name))
    return rows


def match_rank(row: AccountRow, q: str) -> int:
    """0 when ``q`` (lower-case) is exactly a code, name, short name or initials of the
    account; 1 when one of them starts with it; 2 otherwise."""
    words = [row.code.lower(), row.name, row.short_name, *row.pinyin_initials.split()]
    if q in words:
        return 0
    if any(w.startswith(q) for w in words) or row.pinyin.replace(" ", "").startswith(q):
        return 1
    return 2
