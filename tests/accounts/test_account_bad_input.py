"""Saving an account or a staff member: every bad field is named, nothing is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kam.accounts.service import AccountData, get_account, save_account
from kam.accounts.staff import StaffData, save_staff
from kam.domain import Account, Staff
from kam.store import Database
from kam.validation import ValidationError, parse_iso_date


def _accounts(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Account)) or 0


def _reject(db: Database, data: AccountData) -> dict[str, str]:
    before = _accounts(db)
    with pytest.raises(ValidationError) as caught:
        save_account(db, data)
    assert _accounts(db) == before
    return caught.value.errors


def test_empty_code_and_name_are_both_reported(db: Database) -> None:
    errors = _reject(db, AccountData(code="  ", name=""))
    assert errors == {"code": "is required", "name": "is required"}


def test_duplicate_code_names_the_account_holding_it(db: Database) -> None:
    save_account(db, AccountData(code="C001", name="河北钢铁集团有限公司"))
    errors = _reject(db, AccountData(code=" C001 ", name="山东钢铁集团有限公司"))
    assert set(errors) == {"code"}
    assert "河北钢铁集团有限公司" in errors["code"]


def test_saving_an_account_again_keeps_its_own_code(db: Database) -> None:
    account_id = save_account(db, AccountData(code="C001", name="河北钢铁"))
    data = get_account(db, account_id)
    data.short_name = "河钢"
    assert save_account(db, data) == account_id
    assert get_account(db, account_id).short_name == "河钢"


def test_ten_thousand_characters_fit_notes_but_not_a_name(db: Database) -> None:
    long = "轧" * 10_000
    errors = _reject(db, AccountData(code="C001", name=long))
    assert set(errors) == {"name"} and "200" in errors["name"]
    account_id = save_account(db, AccountData(code="C001", name="河北钢铁", notes=long))
    assert get_account(db, account_id).notes == long


@pytest.mark.parametrize("text", ["河北钢铁😀", "沙钢👍🏻", "南钢\u2764\ufe0f"])
def test_emoji_are_refused_with_the_field_named(db: Database, text: str) -> None:
    errors = _reject(db, AccountData(code="C001", name="河北钢铁", short_name=text))
    assert set(errors) == {"short_name"}


def test_numbers_and_choices_out_of_range(db: Database) -> None:
    errors = _reject(
        db,
        AccountData(
            code="C001",
            name="河北钢铁",
            founded=1700,
            assets=-1.0,
            credit_limit=-5.0,
            employees=-3,
            stage="friends",
            relationship_type="x",
            lifecycle="",
        ),
    )
    assert set(errors) == {
        "founded",
        "assets",
        "credit_limit",
        "employees",
        "stage",
        "relationship_type",
        "lifecycle",
    }
    errors = _reject(db, AccountData(code="C001", name="河北钢铁", founded=date.today().year + 1))
    assert set(errors) == {"founded"}


def test_unknown_account_manager_is_named(db: Database) -> None:
    errors = _reject(db, AccountData(code="C001", name="河北钢铁", owner="无名氏"))
    assert set(errors) == {"owner"} and "无名氏" in errors["owner"]


def test_every_problem_comes_at_once(db: Database) -> None:
    errors = _reject(db, AccountData(code="", name="南钢😀", stage="?", owner="无名氏"))
    assert set(errors) == {"code", "name", "stage", "owner"}


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "20250101", "2025/01/01", "明天"])
def test_impossible_or_malformed_dates_name_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_iso_date(text, "birthday")
    assert set(caught.value.errors) == {"birthday"}


def test_valid_and_empty_dates() -> None:
    assert parse_iso_date("2024-02-29") == date(2024, 2, 29)
    assert parse_iso_date(" ") is None
    assert parse_iso_date(None) is None


def test_staff_needs_a_unique_name_and_a_real_layer(db: Database) -> None:
    save_staff(db, StaffData(name="李明", layer="business"))
    with pytest.raises(ValidationError) as caught:
        save_staff(db, StaffData(name=" 李明 ", layer="sales"))
    assert set(caught.value.errors) == {"name", "layer"}
    with pytest.raises(ValidationError) as caught:
        save_staff(db, StaffData(name="", layer="leader"))
    assert set(caught.value.errors) == {"name"}
    with db.session() as s:
        assert s.scalars(select(Staff.name)).all() == ["李明"]
