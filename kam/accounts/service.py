"""Accounts: list and search, read, save with validation, delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.accounts.fields import ACCOUNT_FIELDS, NOT_IN_EDITOR, RATED
from kam.accounts.search import match_rank, search_clause, search_terms
from kam.domain import Account, Contact, Staff
from kam.domain.enums import Lifecycle, RelationshipType, Stage
from kam.domain.service_base import check_fields, copy_into, get_or_raise, staff_id_by_name
from kam.i18n import _
from kam.store import Database
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
    shared: bool = False  # every member of a team server sees it


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


def validate_account(
    session: Session, data: AccountData, holders: Mapping[str, tuple[int, str]] | None = None
) -> Checker:
    """Every problem of ``data``, checked by the field list (kam.accounts.fields) and
    for a code another account already has; ``holders`` (code → id and name of the stored account
    with it), when the caller has read them all at once, replaces the query per call
    (the workbook import checks thousands of accounts)."""
    check = Checker()
    # The rating's; the team's; a staff name (resolved on save).
    check_fields(check, data, ACCOUNT_FIELDS, skip=(*RATED, *NOT_IN_EDITOR, "owner"))
    if data.code.strip():
        clash = (
            holders.get(data.code.strip())
            if holders is not None
            else session.execute(
                select(Account.id, Account.name).where(Account.code == data.code.strip())
            ).first()
        )
        if clash is not None and clash[0] != data.id:
            check.add(
                "code",
                _("code {code} is already used by {name}").format(
                    code=data.code.strip(), name=clash[1]
                ),
            )
    return check


def edited_fields(data: AccountData, original: AccountData) -> set[str]:
    return {
        name
        for name in AccountData.__dataclass_fields__
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
        account = Account() if data.id is None else get_or_raise(session, Account, data.id)
        data.code, data.name = data.code.strip(), data.name.strip()
        copy_into(account, data, skip=("id", "uuid", "owner", "grade", "key_account", "version"))
        account.owner_id = owner_id
        account.pinyin, account.pinyin_initials = search_keys(data.name, data.short_name)
        if data.id is None:
            session.add(account)
        session.flush()
        return account.id


def account_data(account: Account) -> AccountData:
    """The account row as plain data (its owner read by name)."""
    data = AccountData(
        id=account.id, uuid=account.uuid, owner=account.owner.name if account.owner else ""
    )
    for name in AccountData.__dataclass_fields__:
        if name not in ("id", "uuid", "owner"):
            setattr(data, name, getattr(account, name))
    return data


def _merge_with_current(session: Session, data: AccountData, original: AccountData) -> AccountData:
    """``data``'s edits applied to the record as it is now; refuses clashing edits."""
    account = get_or_raise(session, Account, data.id)
    current = account_data(account)
    edited = edited_fields(data, original)
    if current.version != original.version:
        clashes = {
            name: _(
                "was changed meanwhile by an import or another window (now: {value}); "
                "your edit was not saved, check it and save again"
            ).format(value=getattr(current, name))
            for name in edited
            if getattr(current, name) != getattr(original, name)
            and getattr(current, name) != getattr(data, name)
        }
        if clashes:
            raise ValidationError(clashes)
    merged = AccountData(
        **{name: getattr(current, name) for name in AccountData.__dataclass_fields__}
    )
    for name in edited:
        setattr(merged, name, getattr(data, name))
    return merged


def get_account(db: Database, account_id: int) -> AccountData:
    with db.session() as session:
        return account_data(get_or_raise(session, Account, account_id))


def delete_account(db: Database, account_id: int) -> None:
    """Deletes the account and everything recorded under it (cascade)."""
    with db.session() as session:
        session.delete(get_or_raise(session, Account, account_id))


def list_accounts(
    db: Database,
    *,
    query: str = "",
    owner: str | None = None,
    region: str | None = None,
    stage: str | None = None,
) -> list[AccountRow]:
    """Accounts matching the filters, sorted by pinyin of the name.

    ``query`` matches code, name, short name, full pinyin or pinyin initials
    (:mod:`kam.accounts.search`).
    """
    # A correlated count walks the contact.account_id index per account; grouping all
    # contacts first and joining the result cost more on 50,000 contacts.
    contacts = (
        select(func.count())
        .where(Contact.account_id == Account.id)
        .correlate(Account)
        .scalar_subquery()
    )
    stmt = select(
        Account.id,
        Account.code,
        Account.name,
        Account.short_name,
        Account.region,
        Account.industry,
        Staff.name,
        Account.stage,
        contacts,
        Account.pinyin,
        Account.pinyin_initials,
        Account.grade,
        Account.shared,
    ).outerjoin(Staff, Staff.id == Account.owner_id)
    terms = search_terms(query)
    if terms:
        stmt = stmt.where(search_clause(Account, terms))
    if owner:
        stmt = stmt.where(Staff.name == owner)
    if region:
        stmt = stmt.where(Account.region == region)
    if stage:
        stmt = stmt.where(Account.stage == stage)
    with db.session() as session:
        # Plain rows through the connection: no ORM entity processing is needed.
        result = session.connection().execute(stmt)
        rows = [
            AccountRow(
                i, code, name, short, reg, ind, manager or "", stg, n, py, ini, grade, shared
            )
            for i, code, name, short, reg, ind, manager, stg, n, py, ini, grade, shared in result
        ]
    # The stored pinyin key: sort_key() would convert 10,000 names on every call.
    if terms:
        q = terms[0]
        # What the user typed exactly (sg = 沙钢's initials, a code, a name) first, then
        # what starts with it, then the rest; each in pinyin order.
        rows.sort(key=lambda r: (match_rank(r, q), stored_sort_key(r.pinyin, r.name)))
    else:
        rows.sort(key=lambda r: stored_sort_key(r.pinyin, r.name))
    return rows
