"""The dossier's detail records are declared once (kam.accounts.dossier_fields): each
record's data, its database row, its checks and its workbook sheet follow its list."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from kam.accounts.dossier import (
    CompetitorShareData,
    DevelopmentPlanData,
    ProductionLineData,
    ProductItemData,
    save_item,
)
from kam.accounts.dossier_fields import LINE_FIELDS, PLAN_FIELDS, PRODUCT_FIELDS, SHARE_FIELDS
from kam.accounts.service import AccountData, save_account
from kam.domain import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
from kam.domain.fields import Field
from kam.exchange.specs import (
    COMPETITOR_SHARES,
    DEVELOPMENT_PLANS,
    PRODUCT_ITEMS,
    PRODUCTION_LINES,
    Sheet,
)
from kam.store import Database
from kam.validation import ValidationError

from .fields_check import assert_row_follows

# The record's identity, and the account it belongs to (the sheet's account column).
IDENTITY = {"id", "account_id"}

KINDS = pytest.mark.parametrize(
    "declared,data_type,model,sheet",
    [
        (LINE_FIELDS, ProductionLineData, ProductionLine, PRODUCTION_LINES),
        (PRODUCT_FIELDS, ProductItemData, ProductItem, PRODUCT_ITEMS),
        (PLAN_FIELDS, DevelopmentPlanData, DevelopmentPlan, DEVELOPMENT_PLANS),
        (SHARE_FIELDS, CompetitorShareData, CompetitorShare, COMPETITOR_SHARES),
    ],
    ids=["lines", "products", "plans", "shares"],
)


@KINDS
def test_the_data_holds_every_declared_field(
    declared: tuple[Field, ...], data_type: type, model: type, sheet: Sheet
) -> None:
    assert {f.name for f in fields(data_type)} - IDENTITY == {f.key for f in declared}


@KINDS
def test_the_row_stores_each_field_as_declared(
    declared: tuple[Field, ...], data_type: type, model: type, sheet: Sheet
) -> None:
    assert_row_follows(model, declared, {})


@KINDS
def test_the_workbook_sheet_is_the_field_list(
    declared: tuple[Field, ...], data_type: type, model: type, sheet: Sheet
) -> None:
    n = len(declared)
    assert sheet.columns[0].key == "account"
    assert sheet.columns[1 : 1 + n] == declared
    assert [c.key for c in sheet.columns[1 + n :]] == ["changed_by", "uuid"]


def _item(db: Database, data_type: type, **values: object) -> object:
    account_id = save_account(db, AccountData(code="C1", name="河北钢铁"))
    return data_type(account_id=account_id, **values)


LINE = {"name": "1780热轧"}
PRODUCT = {"product": "热轧卷"}
PLAN = {"item": "新建冷轧线"}
SHARE = {"year": 2025, "supplier": "宝武", "share_pct": 30.0}


@pytest.mark.parametrize(
    "data_type,valid,field,value,message",
    [
        (ProductionLineData, LINE, "name", " ", "is required"),
        (ProductionLineData, LINE, "capacity", "吨" * 81, "at most 80"),
        (ProductionLineData, LINE, "competitor", "鞍" * 201, "at most 200"),
        (ProductionLineData, LINE, "status", "sold", "allowed values"),
        (ProductionLineData, LINE, "notes", "好😀", "symbols"),
        (ProductItemData, PRODUCT, "product", "", "is required"),
        (ProductItemData, PRODUCT, "share_pct", 100.5, "between 0 and 100"),
        (ProductItemData, PRODUCT, "volume", "吨" * 81, "at most 80"),
        (DevelopmentPlanData, PLAN, "item", "", "is required"),
        (DevelopmentPlanData, PLAN, "horizon", "年" * 41, "at most 40"),
        (DevelopmentPlanData, PLAN, "notes", "好😀", "symbols"),
        (CompetitorShareData, SHARE, "supplier", "", "is required"),
        (CompetitorShareData, SHARE, "share_pct", -1.0, "between 0 and 100"),
        (CompetitorShareData, SHARE, "share_pct", None, "is required"),
        (CompetitorShareData, SHARE, "strengths", "好😀", "symbols"),
        (CompetitorShareData, SHARE, "year", 1989, "between 1990 and 2100"),
    ],
)
def test_a_save_checks_by_the_field_list(
    db: Database,
    data_type: type,
    valid: dict[str, object],
    field: str,
    value: object,
    message: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_item(db, _item(db, data_type, **{**valid, field: value}))
    assert list(caught.value.errors) == [field]
    assert message in caught.value.errors[field]


def test_a_share_may_name_a_coming_year(db: Database) -> None:
    """The share's year keeps the service's range, not the YEAR kind's (up to this
    year): a plan names next year's shares."""
    next_year = date.today().year + 1
    assert save_item(db, _item(db, CompetitorShareData, **{**SHARE, "year": next_year}))
