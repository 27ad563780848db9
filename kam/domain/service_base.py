"""What every service shares: copying between dataclasses and rows, finding rows (a row
asked for by id that is gone raises the store's :class:`NotFound`), and checking a
record by its declared fields."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kam.domain import Account, Staff
from kam.domain.fields import DATE, ENUM, FIRST_YEAR, TEXT, YEAR, Field
from kam.i18n import _
from kam.store.errors import NotFound
from kam.validation import Checker, ValidationError

T = TypeVar("T")


def get_or_raise(session: Session, model: type[T], key: Any, **options: Any) -> T:
    """The row of ``model`` with primary key ``key``.

    Raises:
        NotFound: naming the record's kind, when it is gone (deleted meanwhile).
    """
    row = session.get(model, key, **options)
    if row is None:
        raise NotFound(getattr(model, "__tablename__", ""), key)
    return row


def copy_into(row: Any, data: Any, skip: tuple[str, ...] = ("id",)) -> None:
    """Sets every dataclass field of ``data`` that the ORM row also has."""
    for f in fields(data):
        if f.name not in skip and hasattr(type(row), f.name):
            setattr(row, f.name, getattr(data, f.name))


def to_data(cls: type[T], row: Any, **extra: Any) -> T:
    """Builds dataclass ``cls`` from a row's same-named attributes plus ``extra``."""
    values = {
        f.name: getattr(row, f.name)
        for f in fields(cls)  # type: ignore[arg-type]
        if f.name not in extra and hasattr(row, f.name)
    }
    values.update(extra)
    return cls(**values)


def resolve_account(session: Session, ref: str) -> Account:
    """The account named by ``ref``: its code, or a unique name or short name.

    Raises:
        LookupError: with a message naming the reference when none or several match.
    """
    ref = ref.strip()
    account = session.scalar(select(Account).where(Account.code == ref))
    if account is not None:
        return account
    found = session.scalars(
        select(Account).where(or_(Account.name == ref, Account.short_name == ref))
    ).all()
    if len(found) == 1:
        return found[0]
    if not found:
        raise LookupError(_("unknown account: {name}").format(name=ref))
    codes = ", ".join(a.code for a in found)
    raise LookupError(_("account name {name} is ambiguous: {codes}").format(name=ref, codes=codes))


def check_account_exists(session: Session, account_id: int | None, check: Checker) -> None:
    """Adds an ``account_id`` problem when no such account exists (it may have been
    deleted in another window), instead of letting the foreign key fail on write."""
    if account_id is None or session.get(Account, account_id) is None:
        check.add("account_id", _("the account no longer exists"))


def staff_id_by_name(session: Session, name: str | None, field_name: str) -> int | None:
    """The id of the staff member called ``name`` (None for blank); unknown names fail."""
    if not name or not name.strip():
        return None
    staff_id = session.scalar(select(Staff.id).where(Staff.name == name.strip()))
    if staff_id is None:
        raise ValidationError({field_name: _("unknown staff member: {name}").format(name=name)})
    return staff_id


def check_fields(
    check: Checker, data: Any, declared: Iterable[Field], skip: Collection[str] = ()
) -> None:
    """Checks each declared field's value on ``data`` (kam.domain.fields) as the
    declaration says: required, length and symbols of text, an enum's values, a year's
    range, a number's range or sign, a date not in the future. ``skip`` names the fields
    checked elsewhere (a staff member's name, resolved on save)."""
    for f in declared:
        if f.key in skip:
            continue
        value = getattr(data, f.key)
        if f.required:
            check.required(f.key, value)
        if f.kind == TEXT:
            check.text(f.key, value, f.max_len)
        elif f.kind == ENUM and f.enum is not None:
            if (value or not f.allow_blank) and value not in {e.value for e in f.enum}:
                check.add(f.key, _("is not one of the allowed values"))
        elif value is not None and f.kind == YEAR:
            check.number_range(f.key, value, FIRST_YEAR, date.today().year)
        elif value is not None and f.kind == DATE:
            if f.not_future and value > date.today():
                check.add(f.key, _("is in the future"))
        elif value is not None and f.lo is not None and f.hi is not None:
            check.number_range(f.key, value, f.lo, f.hi)
        elif f.non_negative:
            check.not_negative(f.key, value)
