"""The contact editor's fields and the people table's columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from kam.accounts.people import ContactData
from kam.accounts.people_fields import BY_ID, BY_KEY
from kam.i18n import label
from ui.widgets.record_form import FieldSpec, field_spec
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


def _spec(name: str, label: str, **ui: Any) -> FieldSpec:
    """The editor of contact field ``name`` (kam.accounts.people_fields); a reference is
    edited as the id ContactData keeps (``reports_to`` as ``reports_to_id``)."""
    return field_spec(BY_KEY[name], label, BY_ID.get(name, name), **ui)


def contact_specs(
    bosses: Callable[[], list[tuple[str, int | None]]],
    staff: Callable[[], list[tuple[str, str]]],
    departments: Callable[[], list[str]] | None = None,
) -> list[FieldSpec]:
    """The contact editor: kinds, enums and the blank decision role from the field list;
    the labels, the lists to pick the boss and our owner from, the department
    suggestions and the birthday's missing year are the editor's own."""
    return [
        _spec("name", QCoreApplication.translate("People", "Name *")),
        _spec(
            "department",
            QCoreApplication.translate("People", "Department"),
            completions=departments,
        ),
        _spec("title", QCoreApplication.translate("People", "Title")),
        _spec(
            "decision_role",
            QCoreApplication.translate("People", "Decision role"),
            blank=QCoreApplication.translate("People", "(none)"),
        ),
        _spec("attitude", QCoreApplication.translate("People", "Attitude to us")),
        _spec(
            "reports_to",
            QCoreApplication.translate("People", "Reports to"),
            kind="choice",
            choices=bosses,
        ),
        _spec(
            "owner",
            QCoreApplication.translate("People", "Our owner of the relationship"),
            kind="choice",
            choices=staff,
            editable=True,
        ),
        _spec("status", QCoreApplication.translate("People", "Status")),
        _spec("rising_star", QCoreApplication.translate("People", "Rising star (明日之星)")),
        _spec("phone", QCoreApplication.translate("People", "Phone")),
        _spec("email", QCoreApplication.translate("People", "Email")),
        _spec("wechat", QCoreApplication.translate("People", "WeChat")),
        _spec("birthday", QCoreApplication.translate("People", "Birthday"), kind="birthday"),
        _spec("education", QCoreApplication.translate("People", "Education")),
        _spec("career", QCoreApplication.translate("People", "Career")),
        _spec("family", QCoreApplication.translate("People", "Family")),
        _spec("hobbies", QCoreApplication.translate("People", "Hobbies")),
        _spec("habits", QCoreApplication.translate("People", "Habits")),
        _spec("taboos", QCoreApplication.translate("People", "Taboos")),
        _spec("notes", QCoreApplication.translate("People", "Notes")),
    ]
