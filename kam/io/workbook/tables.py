"""Where each sheet lives in the database: its model, the columns it maps one to one,
and reading the rows that are already there in the sheet's own terms (account code,
owner name, contract number) so the importer can compare like with like."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kam.domain import (
    Account,
    Complaint,
    Contact,
    Contract,
    ManualScore,
    Payment,
    QualityRecord,
    Staff,
    Visit,
)

from .specs import Sheet

MODELS: dict[str, Any] = {
    "Accounts": Account, "Contacts": Contact, "Contracts": Contract, "Payments": Payment,
    "Quality": QualityRecord, "Complaints": Complaint, "Visits": Visit, "Ratings": ManualScore,
}

# Sheet columns that are not a column of the model of the same name.
SPECIAL = {"account", "owner", "reports_to"}

# What a blank cell (or a missing column) means for a new row, where it is not "" / None.
DEFAULTS: dict[tuple[str, str], object] = {
    ("Accounts", "stage"): "development",
    ("Accounts", "relationship_type"): "buy_sell",
    ("Accounts", "lifecycle"): "potential",
    ("Accounts", "key_account"): False,
    ("Contacts", "attitude"): "neutral",
    ("Contacts", "status"): "active",
    ("Contacts", "rising_star"): False,
    ("Contracts", "quantity"): 0.0,
    ("Contracts", "unit"): "t",
    ("Quality", "loss_amount"): 0.0,
    ("Quality", "status"): "open",
    ("Complaints", "cause"): "product",
    ("Complaints", "status"): "open",
    ("Visits", "status"): "planned",
}

TEXT_KINDS = {"text", "enum"}


def default(sheet: Sheet, key: str) -> object:
    if (sheet.name, key) in DEFAULTS:
        return DEFAULTS[(sheet.name, key)]
    return "" if sheet.column(key).kind in TEXT_KINDS else None


@cache
def plain_columns(sheet: Sheet) -> list[str]:
    """Sheet columns stored under the same name on the model."""
    model = MODELS[sheet.name]
    return [k for k in sheet.keys if k not in SPECIAL and hasattr(model, k)]


def existing_rows(session: Session, sheet: Sheet) -> Iterator[tuple[int, dict[str, object]]]:
    """(id, {column key: value}) of every stored row of ``sheet``, oldest id first."""
    model = MODELS[sheet.name]
    plain = plain_columns(sheet)
    cols: list[Any] = [model.id, *(getattr(model, k) for k in plain)]
    names = ["id", *plain]
    stmt = select(*cols)
    if sheet.name != "Accounts":
        stmt = stmt.add_columns(Account.code).join(Account, Account.id == model.account_id)
        names.append("account")
    if sheet.name in ("Accounts", "Contacts"):
        stmt = stmt.add_columns(Staff.name).outerjoin(Staff, Staff.id == model.owner_id)
        names.append("owner")
    if sheet.name == "Contacts":
        boss = aliased(Contact)
        stmt = stmt.add_columns(boss.name).outerjoin(boss, boss.id == Contact.reports_to_id)
        names.append("reports_to")
    if sheet.name == "Payments":
        stmt = stmt.add_columns(Contract.contract_no).outerjoin(
            Contract, Contract.id == Payment.contract_id)
        names.append("contract_no")
    stmt = stmt.order_by(model.id)
    for row in session.execute(stmt):
        values = dict(zip(names, row, strict=True))
        yield int(values.pop("id")), values  # type: ignore[call-overload]
