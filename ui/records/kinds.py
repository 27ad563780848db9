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
from kam.text.money import wan
from ui.widgets.parsing import format_date, format_number
from ui.widgets.record_form import FieldSpec
from ui.widgets.table_model import Column

translate = QCoreApplication.translate


def money(value: float | None) -> str:
    """An amount in 万元 with thousands separators, as salespeople say it (entered in 元,
    as the contract says)."""
    return wan(value)


def unit_price(value: float | None) -> str:
    """元 per tonne: a price per tonne is said in 元."""
    return "" if value is None else f"{value:,.0f}"


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
        return [(translate("Records", "(none)"), None)] + [
            (f"{c.contract_no}  {format_date(c.signed_on)}  "
             + translate("Records", "%1 (10k CNY)").replace("%1", money(c.amount)), c.id)
            for c in rows]
    return choices


CONTRACTS = RecordKind(
    "contracts",
    lambda: translate("Records", "contract"),
    lambda c: c.contract_no,
    lambda: [
        Column(lambda: translate("Records", "Contract no."), lambda c: c.contract_no),
        Column(lambda: translate("Records", "Signed"), lambda c: format_date(c.signed_on)),
        Column(lambda: translate("Records", "Product"), lambda c: c.product),
        Column(lambda: translate("Records", "Quantity"), lambda c: f"{format_number(c.quantity)} {c.unit}", True),
        Column(lambda: translate("Records", "Unit price (CNY/t)"), lambda c: unit_price(c.unit_price), True),
        Column(lambda: translate("Records", "Amount (10k CNY)"), lambda c: money(c.amount), True),
        Column(lambda: translate("Records", "Cost (10k CNY)"), lambda c: money(c.cost), True),
        Column(lambda: translate("Records", "Payment expected"), lambda c: format_date(c.expected_payment_on)),
        Column(lambda: translate("Records", "Promise"), lambda c: c.promise_notes),
    ],
    lambda db, account_id: [
        FieldSpec("contract_no", translate("Records", "Contract no. *")),
        FieldSpec("signed_on", translate("Records", "Signed on *"), kind="date", required=True),
        FieldSpec("product", translate("Records", "Product"), placeholder=translate("Records", "e.g. high-speed steel roll")),
        FieldSpec("quantity", translate("Records", "Quantity"), kind="float"),
        FieldSpec("unit", translate("Records", "Unit")),
        FieldSpec("unit_price", translate("Records", "Unit price (CNY)"), kind="float"),
        FieldSpec("amount", translate("Records", "Amount (CNY)"), kind="float",
                  placeholder=translate("Records", "empty: quantity × unit price")),
        FieldSpec("cost", translate("Records", "Cost (CNY)"), kind="float"),
        FieldSpec("expected_payment_on", translate("Records", "Payment expected on"), kind="date"),
        FieldSpec("promise_notes", translate("Records", "Payment promise"), kind="multiline"),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    lambda account_id: records.ContractData(account_id),
    records.list_contracts, records.save_contract, records.delete_contract,
)

PAYMENTS = RecordKind(
    "payments",
    lambda: translate("Records", "payment"),
    lambda p: f"{format_date(p.paid_on)} "
    + translate("Records", "%1 (10k CNY)").replace("%1", money(p.amount)),
    lambda: [
        Column(lambda: translate("Records", "Paid on"), lambda p: format_date(p.paid_on)),
        Column(lambda: translate("Records", "Amount (10k CNY)"), lambda p: money(p.amount), True),
        Column(lambda: translate("Records", "Contract"), lambda p: p.contract_no),
        Column(lambda: translate("Records", "Notes"), lambda p: p.notes),
    ],
    lambda db, account_id: [
        FieldSpec("paid_on", translate("Records", "Paid on *"), kind="date", required=True),
        FieldSpec("amount", translate("Records", "Amount (CNY) *"), kind="float", required=True),
        FieldSpec("contract_id", translate("Records", "Against contract"), kind="choice",
                  choices=_contract_choices(db, account_id)),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    lambda account_id: records.PaymentData(account_id),
    records.list_payments, records.save_payment, records.delete_payment,
)

QUALITY = RecordKind(
    "quality",
    lambda: translate("Records", "quality record"),
    lambda q: f"{format_date(q.reported_on)} {q.description[:20]}",
    lambda: [
        Column(lambda: translate("Records", "Reported"), lambda q: format_date(q.reported_on)),
        Column(lambda: translate("Records", "Description"), lambda q: q.description),
        Column(lambda: translate("Records", "Loss (10k CNY)"), lambda q: money(q.loss_amount), True),
        Column(lambda: translate("Records", "Status"), lambda q: label(q.status)),
        Column(lambda: translate("Records", "Resolution"), lambda q: q.resolution),
    ],
    lambda db, account_id: [
        FieldSpec("reported_on", translate("Records", "Reported on *"), kind="date", required=True),
        FieldSpec("description", translate("Records", "Description *"), kind="multiline"),
        FieldSpec("loss_amount", translate("Records", "Loss (CNY)"), kind="float"),
        FieldSpec("status", translate("Records", "Status"), kind="enum", enum=IssueStatus),
        FieldSpec("resolution", translate("Records", "Resolution"), kind="multiline"),
        FieldSpec("resolved_on", translate("Records", "Resolved on"), kind="date"),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    lambda account_id: issues.QualityData(account_id),
    issues.list_quality, issues.save_quality, issues.delete_quality,
)

COMPLAINTS = RecordKind(
    "complaints",
    lambda: translate("Records", "complaint"),
    lambda c: f"{format_date(c.received_on)} {c.description[:20]}",
    lambda: [
        Column(lambda: translate("Records", "Received"), lambda c: format_date(c.received_on)),
        Column(lambda: translate("Records", "Cause"), lambda c: label(c.cause)),
        Column(lambda: translate("Records", "Description"), lambda c: c.description),
        Column(lambda: translate("Records", "Status"), lambda c: label(c.status)),
        Column(lambda: translate("Records", "Resolution"), lambda c: c.resolution),
    ],
    lambda db, account_id: [
        FieldSpec("received_on", translate("Records", "Received on *"), kind="date", required=True),
        FieldSpec("cause", translate("Records", "Cause"), kind="enum", enum=ComplaintCause),
        FieldSpec("description", translate("Records", "Description *"), kind="multiline"),
        FieldSpec("status", translate("Records", "Status"), kind="enum", enum=IssueStatus),
        FieldSpec("resolution", translate("Records", "Resolution"), kind="multiline"),
        FieldSpec("resolved_on", translate("Records", "Resolved on"), kind="date"),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    lambda account_id: issues.ComplaintData(account_id),
    issues.list_complaints, issues.save_complaint, issues.delete_complaint,
)

KINDS = (CONTRACTS, PAYMENTS, QUALITY, COMPLAINTS)
