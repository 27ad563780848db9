"""The account's own facts as a form: the company tab and the scale part of the
"scale & products" tab share one form, one dirty flag and one Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from kam.accounts.fields import BY_KEY
from kam.accounts.staff import list_staff
from kam.store import Database
from ui.widgets.record_form import FieldSpec, RecordForm, field_spec

COMPANY_FIELDS = (
    "code",
    "name",
    "short_name",
    "industry",
    "region",
    "address",
    "ownership",
    "founded",
    "owner",
    "shared",
    "stage",
    "relationship_type",
    "lifecycle",
    "service_area",
)
TRADE_FIELDS = (
    "business_status",
    "payment_terms",
    "payment_days",
    "credit_limit",
    "credit_rating",
    "credit_notes",
    "notes",
)
SCALE_FIELDS = ("annual_output", "employees", "assets")


def _spec(name: str, label: str, **ui: Any) -> FieldSpec:
    """The editor of account field ``name`` (kam.accounts.fields)."""
    return field_spec(BY_KEY[name], label, **ui)


def account_specs(db: Database) -> list[FieldSpec]:
    def staff_names() -> list[tuple[str, str]]:
        return [("", "")] + [(s.name, s.name) for s in list_staff(db, active_only=True)]

    return [
        _spec(
            "code",
            QCoreApplication.translate("AccountForm", "Code *"),
            placeholder=QCoreApplication.translate("AccountForm", "e.g. HBGT"),
        ),
        _spec(
            "name",
            QCoreApplication.translate("AccountForm", "Name *"),
            placeholder=QCoreApplication.translate("AccountForm", "full registered name"),
        ),
        _spec("short_name", QCoreApplication.translate("AccountForm", "Short name")),
        _spec("industry", QCoreApplication.translate("AccountForm", "Industry")),
        _spec("region", QCoreApplication.translate("AccountForm", "Region")),
        _spec("address", QCoreApplication.translate("AccountForm", "Address")),
        _spec(
            "ownership",
            QCoreApplication.translate("AccountForm", "Ownership"),
            placeholder=QCoreApplication.translate("AccountForm", "e.g. state-owned, private"),
        ),
        _spec("founded", QCoreApplication.translate("AccountForm", "Founded (year)")),
        _spec(
            "owner",
            QCoreApplication.translate("AccountForm", "Account manager"),
            kind="choice",
            choices=staff_names,
            editable=True,
        ),
        _spec("shared", QCoreApplication.translate("AccountForm", "Shared with the team")),
        _spec("stage", QCoreApplication.translate("AccountForm", "Relationship stage")),
        _spec("relationship_type", QCoreApplication.translate("AccountForm", "Relationship type")),
        _spec("lifecycle", QCoreApplication.translate("AccountForm", "Customer class")),
        _spec("service_area", QCoreApplication.translate("AccountForm", "Service area")),
        _spec("business_status", QCoreApplication.translate("AccountForm", "Business status")),
        _spec("payment_terms", QCoreApplication.translate("AccountForm", "Payment terms")),
        _spec(
            "payment_days",
            QCoreApplication.translate("AccountForm", "Default terms (days)"),
            placeholder=QCoreApplication.translate("AccountForm", "empty: the company default"),
        ),
        _spec("credit_limit", QCoreApplication.translate("AccountForm", "Credit limit (10k CNY)")),
        _spec("credit_rating", QCoreApplication.translate("AccountForm", "Credit rating")),
        _spec("credit_notes", QCoreApplication.translate("AccountForm", "Credit notes")),
        _spec("notes", QCoreApplication.translate("AccountForm", "Notes")),
        _spec(
            "annual_output",
            QCoreApplication.translate("AccountForm", "Output scale"),
            placeholder=QCoreApplication.translate("AccountForm", "e.g. 8 million t steel a year"),
        ),
        _spec("employees", QCoreApplication.translate("AccountForm", "Employees")),
        _spec("assets", QCoreApplication.translate("AccountForm", "Total assets (10k CNY)")),
    ]


def account_form(db: Database) -> RecordForm:
    form = RecordForm(account_specs(db))
    shared = form.editors["shared"]
    assert isinstance(shared, QCheckBox)
    shared.setObjectName("accountShared")
    shared.setText(
        QCoreApplication.translate("AccountForm", "every member of the team server sees it")
    )
    shared.setToolTip(
        QCoreApplication.translate(
            "AccountForm",
            "On a team server every member sees a shared account, not only its "
            "account manager and those who cover it",
        )
    )
    return form
