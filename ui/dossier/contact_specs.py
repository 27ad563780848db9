"""The contact editor's fields and the people table's columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kam.accounts.people import ContactData
from kam.domain.enums import Attitude, ContactStatus, DecisionRole
from kam.i18n import label
from ui.widgets.record_form import FieldSpec
from ui.widgets.table_model import Column


def people_columns(names: Callable[[], dict[int, str]]) -> list[Column[ContactData]]:
    """``names`` gives id → name of the account's people (for the reports-to column)."""
    return [
        Column(
            lambda: QCoreApplication.translate("People", "Name"),
            lambda c: c.name + (" ★" if c.rising_star else ""),
        ),
        Column(lambda: QCoreApplication.translate("People", "Department"), lambda c: c.department),
        Column(lambda: QCoreApplication.translate("People", "Title"), lambda c: c.title),
        Column(
            lambda: QCoreApplication.translate("People", "Decision role"),
            lambda c: label(c.decision_role),
        ),
        Column(
            lambda: QCoreApplication.translate("People", "Attitude"), lambda c: label(c.attitude)
        ),
        Column(
            lambda: QCoreApplication.translate("People", "Reports to"),
            lambda c: names().get(c.reports_to_id or -1, ""),
        ),
        Column(lambda: QCoreApplication.translate("People", "Our owner"), lambda c: c.owner),
        Column(lambda: QCoreApplication.translate("People", "Phone"), lambda c: c.phone),
        Column(lambda: QCoreApplication.translate("People", "Status"), lambda c: label(c.status)),
    ]


def contact_specs(
    bosses: Callable[[], list[tuple[str, int | None]]],
    staff: Callable[[], list[tuple[str, str]]],
    departments: Callable[[], list[str]] | None = None,
) -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("People", "Name *")),
        FieldSpec(
            "department",
            QCoreApplication.translate("People", "Department"),
            completions=departments,
        ),
        FieldSpec("title", QCoreApplication.translate("People", "Title")),
        FieldSpec(
            "decision_role",
            QCoreApplication.translate("People", "Decision role"),
            kind="enum",
            enum=DecisionRole,
            blank=QCoreApplication.translate("People", "(none)"),
        ),
        FieldSpec(
            "attitude",
            QCoreApplication.translate("People", "Attitude to us"),
            kind="enum",
            enum=Attitude,
        ),
        FieldSpec(
            "reports_to_id",
            QCoreApplication.translate("People", "Reports to"),
            kind="choice",
            choices=bosses,
        ),
        FieldSpec(
            "owner",
            QCoreApplication.translate("People", "Our owner of the relationship"),
            kind="choice",
            choices=staff,
            editable=True,
        ),
        FieldSpec(
            "status",
            QCoreApplication.translate("People", "Status"),
            kind="enum",
            enum=ContactStatus,
        ),
        FieldSpec(
            "rising_star",
            QCoreApplication.translate("People", "Rising star (明日之星)"),
            kind="bool",
        ),
        FieldSpec("phone", QCoreApplication.translate("People", "Phone")),
        FieldSpec("email", QCoreApplication.translate("People", "Email")),
        FieldSpec("wechat", QCoreApplication.translate("People", "WeChat")),
        FieldSpec("birthday", QCoreApplication.translate("People", "Birthday"), kind="birthday"),
        FieldSpec("education", QCoreApplication.translate("People", "Education")),
        FieldSpec("career", QCoreApplication.translate("People", "Career"), kind="multiline"),
        FieldSpec("family", QCoreApplication.translate("People", "Family"), kind="multiline"),
        FieldSpec("hobbies", QCoreApplication.translate("People", "Hobbies"), kind="multiline"),
        FieldSpec("habits", QCoreApplication.translate("People", "Habits"), kind="multiline"),
        FieldSpec("taboos", QCoreApplication.translate("People", "Taboos"), kind="multiline"),
        FieldSpec("notes", QCoreApplication.translate("People", "Notes"), kind="multiline"),
    ]
