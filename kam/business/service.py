"""Contracts and payments (回款) of an account: list, save with validation, delete.

The checks are the ones the workbook import applies, so a record typed into the app
and one read from a spreadsheet obey the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.business.terms import MAX_DAYS
from kam.domain import Contract, Payment
from kam.domain.service_base import check_account_exists, copy_into, get_or_raise, to_data
from kam.i18n import _
from kam.store import Database
from kam.validation import Checker

CENT = 0.01


@dataclass
class ContractData:
    account_id: int
    contract_no: str = ""
    signed_on: date | None = None
    product: str = ""
    quantity: float = 0.0
    unit: str = "t"
    unit_price: float | None = None
    # None: computed as quantity × unit_price when saved.
    amount: float | None = None
    cost: float | None = None
    expected_payment_on: date | None = None
    promise_notes: str = ""
    notes: str = ""
    id: int | None = None
    # Payment terms: days after signing, or an agreed due date; neither: the account's
    # default, then the company's (kam.business.terms). falls_due_on is read-only here.
    payment_days: int | None = None
    due_on: date | None = None
    falls_due_on: date | None = None


@dataclass
class PaymentData:
    account_id: int
    paid_on: date | None = None
    amount: float | None = None
    contract_id: int | None = None
    notes: str = ""
    id: int | None = None
    contract_no: str = ""  # shown in lists; saving goes by contract_id


def amount_mismatch(data: ContractData) -> float | None:
    """quantity × unit_price when the given amount differs from it by more than a cent."""
    if data.amount is None or data.unit_price is None:
        return None
    computed = round(data.quantity * data.unit_price, 2)
    return computed if abs(data.amount - computed) > CENT else None


def validate_contract(session: Session, data: ContractData) -> Checker:
    check = Checker()
    check_account_exists(session, data.account_id, check)
    check.required("contract_no", data.contract_no)
    check.text("contract_no", data.contract_no, 60)
    check.text("product", data.product, 200)
    check.text("unit", data.unit, 20)
    check.text("promise_notes", data.promise_notes, 20000)
    check.text("notes", data.notes, 20000)
    if data.signed_on is None:
        check.add("signed_on", _("is required"))
    for name in ("quantity", "unit_price", "amount", "cost"):
        check.not_negative(name, getattr(data, name))
    if data.amount is None and data.unit_price is None:
        check.add("amount", _("enter the amount or the unit price"))
    if data.expected_payment_on and data.signed_on and data.expected_payment_on < data.signed_on:
        check.add("expected_payment_on", _("is before the contract was signed"))
    if data.payment_days is not None:
        check.number_range("payment_days", data.payment_days, 0, MAX_DAYS)
    if data.due_on and data.signed_on and data.due_on < data.signed_on:
        check.add("due_on", _("is before the contract was signed"))
    if data.due_on and data.payment_days is not None:
        check.add("due_on", _("give the payment terms in days or a due date, not both"))
    no = data.contract_no.strip()
    if no:
        clash = session.scalar(
            select(Contract.id).where(
                Contract.account_id == data.account_id, Contract.contract_no == no
            )
        )
        if clash is not None and clash != data.id:
            check.add("contract_no", _("this account already has a contract {no}").format(no=no))
    return check


def save_contract(db: Database, data: ContractData) -> int:
    """Creates or updates a contract; an empty amount becomes quantity × unit_price.

    Raises:
        ValidationError: every field problem at once; nothing is written.
    """
    with db.session() as session:
        validate_contract(session, data).raise_if_any()
        row = Contract() if data.id is None else get_or_raise(session, Contract, data.id)
        data.contract_no = data.contract_no.strip()
        if data.amount is None:
            data.amount = round(data.quantity * (data.unit_price or 0.0), 2)
        copy_into(row, data, skip=("id", "falls_due_on"))
        if data.id is None:
            session.add(row)
        session.flush()
        return row.id


def list_contracts(db: Database, account_id: int) -> list[ContractData]:
    """The account's contracts, newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(Contract)
            .where(Contract.account_id == account_id)
            .order_by(Contract.signed_on.desc(), Contract.id.desc())
        )
        return [to_data(ContractData, c) for c in rows]


def delete_contract(db: Database, contract_id: int) -> None:
    """Deletes a contract; its payments stay, no longer tied to it."""
    with db.session() as session:
        session.delete(get_or_raise(session, Contract, contract_id))


def validate_payment(session: Session, data: PaymentData) -> Checker:
    check = Checker()
    check_account_exists(session, data.account_id, check)
    if data.paid_on is None:
        check.add("paid_on", _("is required"))
    if data.amount is None:
        check.add("amount", _("is required"))
    elif data.amount <= 0:
        check.add("amount", _("must be more than zero"))
    check.text("notes", data.notes, 20000)
    if data.contract_id is not None:
        owner = session.scalar(select(Contract.account_id).where(Contract.id == data.contract_id))
        if owner != data.account_id:
            check.add("contract_id", _("must be a contract of the same account"))
    return check


def save_payment(db: Database, data: PaymentData) -> int:
    with db.session() as session:
        validate_payment(session, data).raise_if_any()
        row = Payment() if data.id is None else get_or_raise(session, Payment, data.id)
        copy_into(row, data, skip=("id", "contract_no"))
        if data.id is None:
            session.add(row)
        session.flush()
        return row.id


def list_payments(db: Database, account_id: int) -> list[PaymentData]:
    """The account's payments, newest first, with the contract number they settle."""
    with db.session() as session:
        rows = session.execute(
            select(Payment, Contract.contract_no)
            .outerjoin(Contract, Contract.id == Payment.contract_id)
            .where(Payment.account_id == account_id)
            .order_by(Payment.paid_on.desc(), Payment.id.desc())
        )
        return [to_data(PaymentData, p, contract_no=no or "") for p, no in rows]


def delete_payment(db: Database, payment_id: int) -> None:
    with db.session() as session:
        session.delete(get_or_raise(session, Payment, payment_id))
