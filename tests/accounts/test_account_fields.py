"""The account's fields are declared once (kam.accounts.fields): the editor's data, the
database row, the checks and the workbook's sheet all follow that list."""

from __future__ import annotations

from dataclasses import fields

import pytest

from kam.accounts.fields import ACCOUNT_FIELDS, NOT_IN_EDITOR
from kam.accounts.model import Account
from kam.accounts.service import AccountData, save_account
from kam.exchange.specs import ACCOUNTS
from kam.store import Database
from kam.validation import ValidationError

from .fields_check import assert_row_follows

IDENTITY = {"id", "uuid", "version"}


def test_account_data_holds_every_field_the_editor_sees() -> None:
    declared = {f.key for f in ACCOUNT_FIELDS} - set(NOT_IN_EDITOR)
    assert {f.name for f in fields(AccountData)} - IDENTITY == declared


def test_the_row_stores_each_field_as_declared() -> None:
    # The row keeps the account manager as a staff member's id.
    assert_row_follows(Account, ACCOUNT_FIELDS, {"owner": "owner_id"})


def test_the_workbook_sheet_is_the_field_list() -> None:
    assert ACCOUNTS.columns[: len(ACCOUNT_FIELDS)] == ACCOUNT_FIELDS
    assert [c.key for c in ACCOUNTS.columns[len(ACCOUNT_FIELDS) :]] == ["changed_by", "uuid"]


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("short_name", "简" * 81, "at most 80"),
        ("founded", 1799, "between"),
        ("payment_days", 3651, "between"),
        ("employees", -1, "negative"),
        ("lifecycle", "friend", "allowed values"),
    ],
)
def test_a_save_checks_by_the_field_list(
    db: Database, field: str, value: object, message: str
) -> None:
    data = AccountData(code="C1", name="河北钢铁")
    setattr(data, field, value)
    with pytest.raises(ValidationError) as caught:
        save_account(db, data)
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]
