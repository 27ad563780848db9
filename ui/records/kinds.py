"""What each record list of the business tab shows and edits: columns, form fields and
the service functions that list, save and delete it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from kam.domain.enums import ComplaintCause, IssueStatus
from kam.i18n import label
from kam.persistence import Database
from kam.services import issues, records
from ui.widgets.parsing import format_date, format_number
from ui.widgets.record_form import FieldSpec
from ui.widgets.table_model import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("Records", text)


def money(value: float | None) -> str:
    """An amount in 元 with thousands separators, as finance writes it."""
    return "" if value is None else f"{value:,.2f}"


@dataclass(frozen=True)
class RecordKind:
    """One editable record list of an account."""

    key: str
    noun: Callable[[], str]
    describe: Callable[[Any], str]
    columns: Callable[[], list[Column[Any]]]
    specs: Callable[[Database, int], list[FieldSpec]]
    new: Callable[[int], Any]
    list: Callable[[Database, int], Sequence[Any]]
    save: Callable[[Database, Any], int]
    delete: Callable[[Database, int], None]


def _contract_choices(db: Database, account_id: int) -> Callable[[], list[tuple[str, Any]]]:
    def choices() -> list[tuple[str, Any]]:
        rows = records.list_contracts(db, account_id)
        return [(_tr("(none)"), None)] + [
            (f"{c.contract_no}  {format_date(c.signed_on)}  {money(c.amount)}", c.id) for c in rows]
    return choices


CONTRACTS = RecordKind(
    "contracts",
    lambda: _tr("contract"),
    lambda c: c.contract_no,
    lambda: [
        Column(lambda: _tr("Contract no."), lambda c: c.contract_no),
        Column(lambda: _tr("Signed"), lambda c: format_date(c.signed_on)),
        Column(lambda: _tr("Product"), lambda c: c.product),
        Column(lambda: _tr("Quantity"), lambda c: f"{format_number(c.quantity)} {c.unit}", True),
        Column(lambda: _tr("Unit price"), lambda c: money(c.unit_price), True),
        Column(lambda: _tr("Amount"), lambda c: money(c.amount), True),
        Column(lambda: _tr("Cost"), lambda c: money(c.cost), True),
        Column(lambda: _tr("Payment expected"), lambda c: format_date(c.expected_payment_on)),
        Column(lambda: _tr("Promise"), lambda c: c.promise_notes),
    ],
    lambda db, account_id: [
        FieldSpec("contract_no", _tr("Contract no. *")),
        FieldSpec("signed_on", _tr("Signed on *"), kind="date", required=True),
        FieldSpec("product", _tr("Product"), placeholder=_tr("e.g. high-speed steel roll")),
        FieldSpec("quantity", _tr("Quantity"), kind="float"),
        FieldSpec("unit", _tr("Unit")),
        FieldSpec("unit_price", _tr("Unit price (CNY)"), kind="float"),
        FieldSpec("amount", _tr("Amount (CNY)"), kind="float",
                  placeholder=_tr("empty: quantity × unit price")),
        FieldSpec("cost", _tr("Cost (CNY)"), kind="float"),
        FieldSpec("expected_payment_on", _tr("Payment expected on"), kind="date"),
        FieldSpec("promise_notes", _tr("Payment promise"), kind="multiline"),
        FieldSpec("notes", _tr("Notes"), kind="multiline"),
    ],
    lambda account_id: records.ContractData(account_id),
    records.list_contracts, records.save_contract, records.delete_contract,
)

PAYMENTS = RecordKind(
    "payments",
    lambda: _tr("payment"),
    lambda p: f"{format_date(p.paid_on)} {money(p.amount)}",
    lambda: [
        Column(lambda: _tr("Paid on"), lambda p: format_date(p.paid_on)),
        Column(lambda: _tr("Amount"), lambda p: money(p.amount), True),
        Column(lambda: _tr("Contract"), lambda p: p.contract_no),
        Column(lambda: _tr("Notes"), lambda p: p.notes),
    ],
    lambda db, account_id: [
        FieldSpec("paid_on", _tr("Paid on *"), kind="date", required=True),
        FieldSpec("amount", _tr("Amount (CNY) *"), kind="float", required=True),
        FieldSpec("contract_id", _tr("Against contract"), kind="choice",
                  choices=_contract_choices(db, account_id)),
        FieldSpec("notes", _tr("Notes"), kind="multiline"),
    ],
    lambda account_id: records.PaymentData(account_id),
    records.list_payments, records.save_payment, records.delete_payment,
)

QUALITY = RecordKind(
    "quality",
    lambda: _tr("quality record"),
    lambda q: f"{format_date(q.reported_on)} {q.description[:20]}",
    lambda: [
        Column(lambda: _tr("Reported"), lambda q: format_date(q.reported_on)),
        Column(lambda: _tr("Description"), lambda q: q.description),
        Column(lambda: _tr("Loss"), lambda q: money(q.loss_amount), True),
        Column(lambda: _tr("Status"), lambda q: label(q.status)),
        Column(lambda: _tr("Resolution"), lambda q: q.resolution),
    ],
    lambda db, account_id: [
        FieldSpec("reported_on", _tr("Reported on *"), kind="date", required=True),
        FieldSpec("description", _tr("Description *"), kind="multiline"),
        FieldSpec("loss_amount", _tr("Loss (CNY)"), kind="float"),
        FieldSpec("status", _tr("Status"), kind="enum", enum=IssueStatus),
        FieldSpec("resolution", _tr("Resolution"), kind="multiline"),
        FieldSpec("resolved_on", _tr("Resolved on"), kind="date"),
        FieldSpec("notes", _tr("Notes"), kind="multiline"),
    ],
    lambda account_id: issues.QualityData(account_id),
    issues.list_quality, issues.save_quality, issues.delete_quality,
)

COMPLAINTS = RecordKind(
    "complaints",
    lambda: _tr("complaint"),
    lambda c: f"{format_date(c.received_on)} {c.description[:20]}",
    lambda: [
        Column(lambda: _tr("Received"), lambda c: format_date(c.received_on)),
        Column(lambda: _tr("Cause"), lambda c: label(c.cause)),
        Column(lambda: _tr("Description"), lambda c: c.description),
        Column(lambda: _tr("Status"), lambda c: label(c.status)),
        Column(lambda: _tr("Resolution"), lambda c: c.resolution),
    ],
    lambda db, account_id: [
        FieldSpec("received_on", _tr("Received on *"), kind="date", required=True),
        FieldSpec("cause", _tr("Cause"), kind="enum", enum=ComplaintCause),
        FieldSpec("description", _tr("Description *"), kind="multiline"),
        FieldSpec("status", _tr("Status"), kind="enum", enum=IssueStatus),
        FieldSpec("resolution", _tr("Resolution"), kind="multiline"),
        FieldSpec("resolved_on", _tr("Resolved on"), kind="date"),
        FieldSpec("notes", _tr("Notes"), kind="multiline"),
    ],
    lambda account_id: issues.ComplaintData(account_id),
    issues.list_complaints, issues.save_complaint, issues.delete_complaint,
)

KINDS = (CONTRACTS, PAYMENTS, QUALITY, COMPLAINTS)
