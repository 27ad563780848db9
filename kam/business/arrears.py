"""Arrears (欠款) and their ageing: what each customer still owes past the due date, for
how long, and what was promised (docs/domain.md, Daily maintenance: "know every arrear,
how much, when it will be paid").

A contract is in arrears once its due date (:mod:`kam.business.terms`) has passed with
money open; it ages from that day, not from the signing. A payment recorded against a
contract settles that contract first; payments without a contract (and any surplus)
settle the contracts that fall due first, the way a finance department applies an
unreferenced transfer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.domain import Contract, Payment

BUCKETS = ("0-30", "31-90", "91-180", ">180")
CENT = 0.005


def bucket_of(age_days: int) -> str:
    if age_days <= 30:
        return "0-30"
    if age_days <= 90:
        return "31-90"
    if age_days <= 180:
        return "91-180"
    return ">180"


@dataclass(frozen=True)
class Arrear:
    """The unpaid part of one contract on a given day."""

    account_id: int
    contract_id: int
    contract_no: str
    signed_on: date
    amount: float
    paid: float
    open_amount: float
    age_days: int  # days past the due date
    bucket: str
    expected_payment_on: date | None
    promise_notes: str
    due_on: date | None = None  # the day it fell due


@dataclass(frozen=True)
class _ContractLine:
    id: int
    account_id: int
    contract_no: str
    signed_on: date
    amount: float
    expected_payment_on: date | None
    promise_notes: str
    due_on: date | None = None

    @property
    def falls_due(self) -> date:
        return self.due_on or self.signed_on


def allocate(
    contracts: list[_ContractLine],
    paid_against: dict[int, float],
    unallocated: float,
    as_of: date,
) -> list[Arrear]:
    """Applies payments to one account's contracts (first due first) and ages what is
    open past its due date."""
    remaining: dict[int, float] = {}
    surplus = unallocated
    for c in contracts:
        direct = paid_against.get(c.id, 0.0)
        remaining[c.id] = c.amount - direct
        if remaining[c.id] < 0:
            surplus += -remaining[c.id]
            remaining[c.id] = 0.0
    for c in sorted(contracts, key=lambda c: (c.falls_due, c.signed_on, c.id)):
        if surplus <= 0:
            break
        take = min(surplus, remaining[c.id])
        remaining[c.id] -= take
        surplus -= take
    out = []
    for c in contracts:
        open_amount = remaining[c.id]
        # Not yet due is not owed: a contract signed last week on 90-day terms is no arrear.
        if open_amount > CENT and c.falls_due < as_of:
            age = (as_of - c.falls_due).days
            out.append(
                Arrear(
                    c.account_id,
                    c.id,
                    c.contract_no,
                    c.signed_on,
                    c.amount,
                    c.amount - open_amount,
                    round(open_amount, 2),
                    age,
                    bucket_of(age),
                    c.expected_payment_on,
                    c.promise_notes,
                    c.falls_due,
                )
            )
    out.sort(key=lambda a: (a.due_on or a.signed_on, a.signed_on, a.contract_no))
    return out


def arrears_by_account(
    session: Session, as_of: date, account_ids: Iterable[int] | None = None
) -> dict[int, list[Arrear]]:
    """Open arrears on ``as_of`` per account (accounts that owe nothing are absent)."""
    ids = None if account_ids is None else list(account_ids)
    cstmt = select(
        Contract.id,
        Contract.account_id,
        Contract.contract_no,
        Contract.signed_on,
        Contract.amount,
        Contract.expected_payment_on,
        Contract.promise_notes,
        Contract.falls_due_on,
    ).where(Contract.signed_on <= as_of)
    pstmt = (
        select(Payment.account_id, Payment.contract_id, func.sum(Payment.amount))
        .where(Payment.paid_on <= as_of)
        .group_by(Payment.account_id, Payment.contract_id)
    )
    if ids is not None:
        cstmt = cstmt.where(Contract.account_id.in_(ids))
        pstmt = pstmt.where(Payment.account_id.in_(ids))
    contracts: dict[int, list[_ContractLine]] = defaultdict(list)
    for row in session.execute(cstmt):
        contracts[row.account_id].append(
            _ContractLine(
                row.id,
                row.account_id,
                row.contract_no,
                row.signed_on,
                float(row.amount or 0),
                row.expected_payment_on,
                row.promise_notes or "",
                row.falls_due_on,
            )
        )
    paid_against: dict[int, dict[int, float]] = defaultdict(dict)
    unallocated: dict[int, float] = defaultdict(float)
    for account_id, contract_id, total in session.execute(pstmt):
        if contract_id is None:
            unallocated[account_id] += float(total or 0)
        else:
            paid_against[account_id][contract_id] = float(total or 0)
    result = {}
    for account_id, lines in contracts.items():
        open_items = allocate(lines, paid_against[account_id], unallocated[account_id], as_of)
        if open_items:
            result[account_id] = open_items
    return result


def account_arrears(session: Session, account_id: int, as_of: date) -> list[Arrear]:
    return arrears_by_account(session, as_of, [account_id]).get(account_id, [])


def ageing(arrears: Iterable[Arrear]) -> dict[str, float]:
    """Open amount per ageing bucket (0–30 / 31–90 / 91–180 / >180 days past due)."""
    totals = dict.fromkeys(BUCKETS, 0.0)
    for a in arrears:
        totals[a.bucket] += a.open_amount
    return totals
