"""The dossier's people and lists refuse bad input field by field and write nothing:
reporting cycles, shares outside 0–100 or over 100 % in a year, unknown accounts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kam.accounts.dossier import (
    CompetitorShareData,
    DevelopmentPlanData,
    ProductionLineData,
    ProductItemData,
    list_items,
    save_item,
    share_of_wallet,
)
from kam.accounts.people import ContactData, list_contacts, save_contact
from kam.accounts.service import AccountData, save_account
from kam.domain import CompetitorShare, Contact, ProductItem
from kam.store import Database
from kam.validation import ValidationError


@pytest.fixture
def account_id(db: Database) -> int:
    return save_account(db, AccountData(code="C001", name="河北钢铁集团有限公司"))


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _errors(call: object, *args: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.errors


def test_contact_cannot_report_to_themself(db: Database, account_id: int) -> None:
    me = save_contact(db, ContactData(account_id=account_id, name="张建国"))
    errors = _errors(
        save_contact, db, ContactData(account_id=account_id, name="张建国", id=me, reports_to_id=me)
    )
    assert set(errors) == {"reports_to_id"}


def test_reporting_cycle_is_refused(db: Database, account_id: int) -> None:
    boss = save_contact(db, ContactData(account_id=account_id, name="王总"))
    middle = save_contact(db, ContactData(account_id=account_id, name="李部长", reports_to_id=boss))
    clerk = save_contact(
        db, ContactData(account_id=account_id, name="赵主管", reports_to_id=middle)
    )
    errors = _errors(
        save_contact,
        db,
        ContactData(account_id=account_id, name="王总", id=boss, reports_to_id=clerk),
    )
    assert set(errors) == {"reports_to_id"}
    by_name = {c.name: c.reports_to_id for c in list_contacts(db, account_id)}
    assert by_name["王总"] is None


def test_boss_must_work_at_the_same_account(db: Database, account_id: int) -> None:
    other = save_account(db, AccountData(code="C002", name="山东钢铁"))
    stranger = save_contact(db, ContactData(account_id=other, name="外人"))
    errors = _errors(
        save_contact, db, ContactData(account_id=account_id, name="张三", reports_to_id=stranger)
    )
    assert set(errors) == {"reports_to_id"}
    assert _count(db, Contact) == 1


def test_contact_fields_all_reported(db: Database, account_id: int) -> None:
    from datetime import date, timedelta

    errors = _errors(
        save_contact,
        db,
        ContactData(
            account_id=account_id,
            name="",
            title="厂长😀",
            decision_role="boss",
            attitude="angry",
            status="gone",
            birthday=date.today() + timedelta(days=1),
            hobbies="钓" * 20_001,
            owner="不存在",
        ),
    )
    assert set(errors) == {
        "name",
        "title",
        "decision_role",
        "attitude",
        "status",
        "birthday",
        "hobbies",
        "owner",
    }
    assert _count(db, Contact) == 0


def test_contact_of_a_missing_account_is_a_field_error(db: Database) -> None:
    errors = _errors(save_contact, db, ContactData(account_id=9999, name="张三"))
    assert set(errors) == {"account_id"}


@pytest.mark.parametrize("pct", [-0.5, 100.5, float("nan")])
def test_product_share_outside_0_to_100(db: Database, account_id: int, pct: float) -> None:
    errors = _errors(
        save_item, db, ProductItemData(account_id=account_id, product="螺纹钢", share_pct=pct)
    )
    assert set(errors) == {"share_pct"}
    assert _count(db, ProductItem) == 0


def test_competitor_shares_may_not_pass_100_in_a_year(db: Database, account_id: int) -> None:
    save_item(
        db,
        CompetitorShareData(
            account_id=account_id, year=2025, supplier="华辰轧辊", is_us=True, share_pct=60
        ),
    )
    save_item(
        db, CompetitorShareData(account_id=account_id, year=2025, supplier="中钢邢机", share_pct=30)
    )
    errors = _errors(
        save_item,
        db,
        CompetitorShareData(
            account_id=account_id, year=2025, supplier="江苏共昌轧辊", share_pct=15
        ),
    )
    assert set(errors) == {"share_pct"} and "105" in errors["share_pct"]
    # Another year has its own 100 %.
    save_item(
        db,
        CompetitorShareData(
            account_id=account_id, year=2024, supplier="江苏共昌轧辊", share_pct=15
        ),
    )
    assert share_of_wallet(db, account_id) == {2025: 60.0}
    assert _count(db, CompetitorShare) == 3


def test_editing_a_share_does_not_count_its_old_value(db: Database, account_id: int) -> None:
    sid = save_item(
        db,
        CompetitorShareData(
            account_id=account_id, year=2025, supplier="华辰轧辊", is_us=True, share_pct=90
        ),
    )
    save_item(
        db,
        CompetitorShareData(
            account_id=account_id, year=2025, supplier="华辰轧辊", is_us=True, share_pct=100, id=sid
        ),
    )
    assert share_of_wallet(db, account_id) == {2025: 100.0}


def test_same_supplier_twice_in_a_year(db: Database, account_id: int) -> None:
    save_item(
        db, CompetitorShareData(account_id=account_id, year=2025, supplier="中钢邢机", share_pct=20)
    )
    errors = _errors(
        save_item,
        db,
        CompetitorShareData(account_id=account_id, year=2025, supplier=" 中钢邢机 ", share_pct=20),
    )
    assert set(errors) == {"supplier"}


@pytest.mark.parametrize(
    "data,fields",
    [
        (lambda a: ProductionLineData(account_id=a, name="", status="broken"), {"name", "status"}),
        (lambda a: ProductionLineData(account_id=a, name="1580热连轧🔥"), {"name"}),
        (lambda a: DevelopmentPlanData(account_id=a, item=" "), {"item"}),
        (
            lambda a: CompetitorShareData(account_id=a, year=1800, supplier="", share_pct=10),
            {"year", "supplier"},
        ),
        (lambda a: ProductItemData(account_id=9999, product="螺纹钢"), {"account_id"}),
    ],
)
def test_dossier_items_name_their_bad_fields(
    db: Database, account_id: int, data: object, fields: set[str]
) -> None:
    item = data(account_id)  # type: ignore[operator]
    assert set(_errors(save_item, db, item)) == fields
    assert list_items(db, type(item), account_id) == []
