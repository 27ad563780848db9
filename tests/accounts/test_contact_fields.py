"""The contact's fields are declared once (kam.accounts.people_fields): the editor's data,
the database row, the checks and the workbook's sheet all follow that list."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

import pytest

from kam.accounts.people import ContactData, save_contact
from kam.accounts.people_fields import BY_ID, CONTACT_FIELDS, NOT_IN_EDITOR
from kam.accounts.people_model import Contact
from kam.accounts.service import AccountData, save_account
from kam.exchange import import_workbook
from kam.exchange.specs import CONTACTS
from kam.store import Database
from kam.validation import ValidationError
from tests.exchange.helpers import write_xlsx

from .fields_check import assert_row_follows

# The record's identity, and the account it belongs to (the sheet's account column).
IDENTITY = {"id", "uuid", "account_id"}
# Kept on the row as another record's id: our owner is a staff member's.
ROW_IDS = {**BY_ID, "owner": "owner_id"}


def test_contact_data_holds_every_field_the_editor_sees() -> None:
    declared = {BY_ID.get(f.key, f.key) for f in CONTACT_FIELDS} - set(NOT_IN_EDITOR)
    assert {f.name for f in fields(ContactData)} - IDENTITY == declared


def test_the_row_stores_each_field_as_declared() -> None:
    assert_row_follows(Contact, CONTACT_FIELDS, ROW_IDS)


def test_the_workbook_sheet_is_the_field_list() -> None:
    n = len(CONTACT_FIELDS)
    assert CONTACTS.columns[0].key == "account"
    assert CONTACTS.columns[1 : 1 + n] == CONTACT_FIELDS
    assert [c.key for c in CONTACTS.columns[1 + n :]] == ["changed_by", "uuid"]


def _person(db: Database, **values: object) -> ContactData:
    account_id = save_account(db, AccountData(code="C1", name="河北钢铁"))
    data = ContactData(account_id=account_id, name="刘采购")
    for name, value in values.items():
        setattr(data, name, value)
    return data


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("name", " ", "is required"),
        ("wechat", "w" * 61, "at most 60"),
        ("education", "学" * 201, "at most 200"),
        ("decision_role", "boss", "allowed values"),
        ("attitude", "", "allowed values"),
        ("status", "retired", "allowed values"),
        ("birthday", date.today() + timedelta(days=1), "in the future"),
    ],
)
def test_a_save_checks_by_the_field_list(
    db: Database, field: str, value: object, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_contact(db, _person(db, **{field: value}))
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]


def test_a_person_without_a_decision_role_is_saved(db: Database) -> None:
    assert save_contact(db, _person(db, decision_role="", birthday=date.today()))


def test_the_import_refuses_a_birthday_in_the_future(db: Database, tmp_path: Path) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {
            "Accounts": [["code", "name"], ["C1", "河北钢铁"]],
            "Contacts": [["account", "name", "birthday"], ["C1", "刘采购", tomorrow]],
        },
    )
    report = import_workbook(db, path)
    assert not report.written
    assert [line.split(": ", 1)[1] for line in report.problem_lines()] == ["is in the future"]
    assert report.problem_lines()[0].startswith("Contacts row 2, column C (birthday)")
