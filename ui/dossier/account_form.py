"""The account's own facts as a form: the company tab and the scale part of the
"scale & products" tab share one form, one dirty flag and one Save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from kam.accounts.staff import list_staff
from kam.domain.enums import Lifecycle, RelationshipType, Stage
from kam.store import Database
from ui.widgets.record_form import FieldSpec, RecordForm

COMPANY_FIELDS = (
    "code", "name", "short_name", "industry", "region", "address", "ownership", "founded",
    "owner", "shared", "stage", "relationship_type", "lifecycle", "service_area",
)
TRADE_FIELDS = (
    "business_status", "payment_terms", "payment_days", "credit_limit", "credit_rating", "credit_notes", "notes",
)
SCALE_FIELDS = ("annual_output", "employees", "assets")


def account_specs(db: Database) -> list[FieldSpec]:
    def staff_names() -> list[tuple[str, str]]:
        return [("", "")] + [(s.name, s.name) for s in list_staff(db, active_only=True)]

    return [
        FieldSpec("code", QCoreApplication.translate("AccountForm", "Code *"), placeholder=QCoreApplication.translate("AccountForm", "e.g. HBGT")),
        FieldSpec("name", QCoreApplication.translate("AccountForm", "Name *"), placeholder=QCoreApplication.translate("AccountForm", "full registered name")),
        FieldSpec("short_name", QCoreApplication.translate("AccountForm", "Short name")),
        FieldSpec("industry", QCoreApplication.translate("AccountForm", "Industry")),
        FieldSpec("region", QCoreApplication.translate("AccountForm", "Region")),
        FieldSpec("address", QCoreApplication.translate("AccountForm", "Address")),
        FieldSpec("ownership", QCoreApplication.translate("AccountForm", "Ownership"), placeholder=QCoreApplication.translate("AccountForm", "e.g. state-owned, private")),
        FieldSpec("founded", QCoreApplication.translate("AccountForm", "Founded (year)"), kind="int"),
        FieldSpec("owner", QCoreApplication.translate("AccountForm", "Account manager"), kind="choice", choices=staff_names,
                  editable=True),
        FieldSpec("shared", QCoreApplication.translate("AccountForm", "Shared with the team"),
                  kind="bool"),
        FieldSpec("stage", QCoreApplication.translate("AccountForm", "Relationship stage"), kind="enum", enum=Stage),
        FieldSpec("relationship_type", QCoreApplication.translate("AccountForm", "Relationship type"), kind="enum",
                  enum=RelationshipType),
        FieldSpec("lifecycle", QCoreApplication.translate("AccountForm", "Customer class"), kind="enum", enum=Lifecycle),
        FieldSpec("service_area", QCoreApplication.translate("AccountForm", "Service area")),
        FieldSpec("business_status", QCoreApplication.translate("AccountForm", "Business status"), kind="multiline"),
        FieldSpec("payment_terms", QCoreApplication.translate("AccountForm", "Payment terms")),
        FieldSpec("payment_days", QCoreApplication.translate("AccountForm", "Default terms (days)"), kind="int",
                  placeholder=QCoreApplication.translate("AccountForm", "empty: the company default")),
        FieldSpec("credit_limit", QCoreApplication.translate("AccountForm", "Credit limit (10k CNY)"), kind="float"),
        FieldSpec("credit_rating", QCoreApplication.translate("AccountForm", "Credit rating")),
        FieldSpec("credit_notes", QCoreApplication.translate("AccountForm", "Credit notes"), kind="multiline"),
        FieldSpec("notes", QCoreApplication.translate("AccountForm", "Notes"), kind="multiline"),
        FieldSpec("annual_output", QCoreApplication.translate("AccountForm", "Output scale"), placeholder=QCoreApplication.translate("AccountForm", "e.g. 8 million t steel a year")),
        FieldSpec("employees", QCoreApplication.translate("AccountForm", "Employees"), kind="int"),
        FieldSpec("assets", QCoreApplication.translate("AccountForm", "Total assets (10k CNY)"), kind="float"),
    ]


def account_form(db: Database) -> RecordForm:
    form = RecordForm(account_specs(db))
    shared = form.editors["shared"]
    assert isinstance(shared, QCheckBox)
    shared.setObjectName("accountShared")
    shared.setText(QCoreApplication.translate(
        "AccountForm", "every member of the team server sees it"))
    shared.setToolTip(QCoreApplication.translate(
        "AccountForm", "On a team server every member sees a shared account, not only its "
        "account manager and those who cover it"))
    return form
