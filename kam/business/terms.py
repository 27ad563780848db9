"""Payment terms (账期): when a contract falls due.

A contract's due date is, in this order: the due date agreed on the contract, else its
signing day plus its own terms in days, else plus the account's default terms, else
plus the company default (a setting stored as ``payment_days`` with the warning
thresholds, :data:`COMPANY_DEFAULT_DAYS` until the sales director changes it).

The result is kept on the contract (``falls_due_on``) so that arrears, their ageing, the
warnings and the rating's collection figures read one indexed column in plain SQL. It is
refreshed before every flush that changes a contract, an account's default terms or the
company default; bulk writers (the workbook import) call :func:`refresh_due_dates`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, inspect, select, update
from sqlalchemy.orm import Session

from kam.accounts.model import Account
from kam.business.model import Contract
from kam.health.model import WarningThreshold
from kam.health.thresholds import Thresholds

COMPANY_DEFAULT_DAYS: int = Thresholds.payment_days
COMPANY_SETTING = "payment_days"
MAX_DAYS = 3650


def due_date(signed_on: date, due_on: date | None, days: int | None) -> date:
    """The day a contract signed on ``signed_on`` falls due."""
    return due_on or signed_on + timedelta(days=int(days or 0))


def company_days(session: Session) -> int:
    value = session.scalar(
        select(WarningThreshold.value).where(WarningThreshold.name == COMPANY_SETTING)
    )
    return COMPANY_DEFAULT_DAYS if value is None else int(value)


def refresh_due_dates(session: Session, account_ids: Iterable[int] | None = None) -> int:
    """Recomputes ``falls_due_on`` of the contracts of ``account_ids`` (all when None)
    and stores the ones that changed; returns how many changed."""
    company = company_days(session)
    stmt = select(
        Contract.id,
        Contract.signed_on,
        Contract.due_on,
        Contract.payment_days,
        Contract.falls_due_on,
        Account.payment_days,
    ).join(Account, Account.id == Contract.account_id)
    if account_ids is not None:
        ids = list(account_ids)
        if not ids:
            return 0
        stmt = stmt.where(Contract.account_id.in_(ids))
    changes = []
    for cid, signed, due_on, own, stored, account_days in session.execute(stmt):
        if signed is None:
            continue
        days = own if own is not None else account_days if account_days is not None else company
        new = due_date(signed, due_on, days)
        if new != stored:
            changes.append({"cid": cid, "due": new})
    if changes:
        table = cast(Table, Contract.__table__)
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("cid"))
            .values(falls_due_on=bindparam("due")),
            changes,
        )
    return len(changes)


def _changed(obj: Any, *names: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[n].history.has_changes() for n in names)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    contracts = [o for o in (*session.new, *session.dirty) if isinstance(o, Contract)]
    accounts = [
        o.id for o in session.dirty if isinstance(o, Account) and _changed(o, "payment_days")
    ]
    company_changed = any(
        isinstance(o, WarningThreshold) and o.name == COMPANY_SETTING
        for o in (*session.new, *session.dirty, *session.deleted)
    )
    if not (contracts or accounts or company_changed):
        return
    with session.no_autoflush:
        company = company_days(session)
        wanted = {
            c.account_id
            for c in contracts
            if c.payment_days is None and c.due_on is None and c.account_id is not None
        }
        defaults = (
            dict(
                session.execute(
                    select(Account.id, Account.payment_days).where(Account.id.in_(wanted))
                ).all()
            )
            if wanted
            else {}
        )
        for c in contracts:
            if c.signed_on is None:
                continue
            days = c.payment_days
            if days is None:
                account_days = defaults.get(c.account_id)
                days = account_days if account_days is not None else company
            new = due_date(c.signed_on, c.due_on, days)
            if c.falls_due_on != new:
                c.falls_due_on = new
    if accounts or company_changed:
        session.info.setdefault("kam_refresh_terms", set()).update(
            accounts if not company_changed else {None}
        )


def _after_flush(session: Session, _context: Any) -> None:
    # After the flush the new account default or company default is in the database.
    pending = session.info.pop("kam_refresh_terms", None)
    if pending:
        refresh_due_dates(session, None if None in pending else pending)


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush", _after_flush)
