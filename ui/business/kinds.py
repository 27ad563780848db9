"""What each record list of the business tab shows and edits: columns, form fields and
the service functions that list, save and delete it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from kam.business import issues
from kam.business import service as records
from kam.domain.enums import ComplaintCause, IssueStatus
from kam.i18n import label
from kam.store import Database
from kam.text.money import wan
from ui.context import Topic
from ui.widgets.editable_list import ListKind
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


def _contract_choices(db: Database, account_id: int) -> Callable[[], list[tuple[str, Any]]]:
    def choices() -> list[tuple[str, Any]]:
        rows = records.list_contracts(db, account_id)
        return [(translate("Records", "(none)"), None)] + [
            (
                f"{c.contract_no}  {format_date(c.signed_on)}  "
                + translate("Records", "%1 (10k CNY)").replace("%1", money(c.amount)),
                c.id,
            )
            for c in rows
        ]

    return choices


CONTRACTS = ListKind(
    key="contracts",
    noun=lambda: translate("Records", "contract"),
    describe=lambda c: c.contract_no,
    columns=lambda: [
        Column(lambda: translate("Records", "Contract no."), lambda c: c.contract_no),
        Column(lambda: translate("Records", "Signed"), lambda c: format_date(c.signed_on)),
        Column(lambda: translate("Records", "Product"), lambda c: c.product),
        Column(
            lambda: translate("Records", "Quantity"),
            lambda c: f"{format_number(c.quantity)} {c.unit}",
            True,
        ),
        Column(
            lambda: translate("Records", "Unit price (CNY/t)"),
            lambda c: unit_price(c.unit_price),
            True,
        ),
        Column(lambda: translate("Records", "Amount (10k CNY)"), lambda c: money(c.amount), True),
        Column(lambda: translate("Records", "Cost (10k CNY)"), lambda c: money(c.cost), True),
        Column(lambda: translate("Records", "Due"), lambda c: format_date(c.falls_due_on)),
        Column(
            lambda: translate("Records", "Payment expected"),
            lambda c: format_date(c.expected_payment_on),
        ),
        Column(lambda: translate("Records", "Promise"), lambda c: c.promise_notes),
    ],
    specs=lambda db, account_id, _record: [
        FieldSpec("contract_no", translate("Records", "Contract no. *")),
        FieldSpec("signed_on", translate("Records", "Signed on *"), kind="date", required=True),
        FieldSpec(
            "product",
            translate("Records", "Product"),
            placeholder=translate("Records", "e.g. high-speed steel roll"),
        ),
        FieldSpec("quantity", translate("Records", "Quantity"), kind="float"),
        FieldSpec("unit", translate("Records", "Unit")),
        FieldSpec("unit_price", translate("Records", "Unit price (CNY)"), kind="float"),
        FieldSpec(
            "amount",
            translate("Records", "Amount (10k CNY)"),
            kind="wan",
            placeholder=translate("Records", "empty: quantity × unit price"),
        ),
        FieldSpec("cost", translate("Records", "Cost (10k CNY)"), kind="wan"),
        FieldSpec(
            "payment_days",
            translate("Records", "Payment terms (days)"),
            kind="int",
            placeholder=translate("Records", "empty: the account's default terms"),
        ),
        FieldSpec("due_on", translate("Records", "Due on"), kind="date"),
        FieldSpec("expected_payment_on", translate("Records", "Payment expected on"), kind="date"),
        FieldSpec("promise_notes", translate("Records", "Payment promise"), kind="multiline"),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    new=lambda account_id: records.ContractData(account_id),
    load=records.list_contracts,
    save=records.save_contract,
    delete=records.delete_contract,
    topic=Topic.RECORDS,
    show_count=True,
)

PAYMENTS = ListKind(
    key="payments",
    noun=lambda: translate("Records", "payment"),
    describe=lambda p: (
        f"{format_date(p.paid_on)} "
        + translate("Records", "%1 (10k CNY)").replace("%1", money(p.amount))
    ),
    columns=lambda: [
        Column(lambda: translate("Records", "Paid on"), lambda p: format_date(p.paid_on)),
        Column(lambda: translate("Records", "Amount (10k CNY)"), lambda p: money(p.amount), True),
        Column(lambda: translate("Records", "Contract"), lambda p: p.contract_no),
        Column(lambda: translate("Records", "Notes"), lambda p: p.notes),
    ],
    specs=lambda db, account_id, _record: [
        FieldSpec("paid_on", translate("Records", "Paid on *"), kind="date", required=True),
        FieldSpec("amount", translate("Records", "Amount (10k CNY) *"), kind="wan", required=True),
        FieldSpec(
            "contract_id",
            translate("Records", "Against contract"),
            kind="choice",
            choices=_contract_choices(db, account_id),
        ),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    new=lambda account_id: records.PaymentData(account_id),
    load=records.list_payments,
    save=records.save_payment,
    delete=records.delete_payment,
    topic=Topic.RECORDS,
    show_count=True,
)

QUALITY = ListKind(
    key="quality",
    noun=lambda: translate("Records", "quality record"),
    describe=lambda q: f"{format_date(q.reported_on)} {q.description[:20]}",
    columns=lambda: [
        Column(lambda: translate("Records", "Reported"), lambda q: format_date(q.reported_on)),
        Column(lambda: translate("Records", "Description"), lambda q: q.description),
        Column(
            lambda: translate("Records", "Loss (10k CNY)"), lambda q: money(q.loss_amount), True
        ),
        Column(lambda: translate("Records", "Status"), lambda q: label(q.status)),
        Column(lambda: translate("Records", "Resolution"), lambda q: q.resolution),
    ],
    specs=lambda db, account_id, _record: [
        FieldSpec("reported_on", translate("Records", "Reported on *"), kind="date", required=True),
        FieldSpec("description", translate("Records", "Description *"), kind="multiline"),
        FieldSpec("loss_amount", translate("Records", "Loss (10k CNY)"), kind="wan"),
        FieldSpec("status", translate("Records", "Status"), kind="enum", enum=IssueStatus),
        FieldSpec("resolution", translate("Records", "Resolution"), kind="multiline"),
        FieldSpec("resolved_on", translate("Records", "Resolved on"), kind="date"),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    new=lambda account_id: issues.QualityData(account_id),
    load=issues.list_quality,
    save=issues.save_quality,
    delete=issues.delete_quality,
    topic=Topic.RECORDS,
    show_count=True,
)

COMPLAINTS = ListKind(
    key="complaints",
    noun=lambda: translate("Records", "complaint"),
    describe=lambda c: f"{format_date(c.received_on)} {c.description[:20]}",
    columns=lambda: [
        Column(lambda: translate("Records", "Received"), lambda c: format_date(c.received_on)),
        Column(lambda: translate("Records", "Cause"), lambda c: label(c.cause)),
        Column(lambda: translate("Records", "Description"), lambda c: c.description),
        Column(lambda: translate("Records", "Status"), lambda c: label(c.status)),
        Column(lambda: translate("Records", "Resolution"), lambda c: c.resolution),
    ],
    specs=lambda db, account_id, _record: [
        FieldSpec("received_on", translate("Records", "Received on *"), kind="date", required=True),
        FieldSpec("cause", translate("Records", "Cause"), kind="enum", enum=ComplaintCause),
        FieldSpec("description", translate("Records", "Description *"), kind="multiline"),
        FieldSpec("status", translate("Records", "Status"), kind="enum", enum=IssueStatus),
        FieldSpec("resolution", translate("Records", "Resolution"), kind="multiline"),
        FieldSpec("resolved_on", translate("Records", "Resolved on"), kind="date"),
        FieldSpec("notes", translate("Records", "Notes"), kind="multiline"),
    ],
    new=lambda account_id: issues.ComplaintData(account_id),
    load=issues.list_complaints,
    save=issues.save_complaint,
    delete=issues.delete_complaint,
    topic=Topic.RECORDS,
    show_count=True,
)

KINDS = (CONTRACTS, PAYMENTS, QUALITY, COMPLAINTS)
