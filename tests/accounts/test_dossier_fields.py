"""The dossier's detail records are declared once (kam.accounts.dossier_fields): each
record's data, its database row and its workbook sheet follow its list."""

from __future__ import annotations

from dataclasses import fields

import pytest

from kam.accounts.dossier import (
    CompetitorShareData,
    DevelopmentPlanData,
    ProductionLineData,
    ProductItemData,
)
from kam.accounts.dossier_fields import LINE_FIELDS, PLAN_FIELDS, PRODUCT_FIELDS, SHARE_FIELDS
from kam.domain import CompetitorShare, DevelopmentPlan, ProductionLine, ProductItem
from kam.domain.fields import Field
from kam.exchange.specs import (
    COMPETITOR_SHARES,
    DEVELOPMENT_PLANS,
    PRODUCT_ITEMS,
    PRODUCTION_LINES,
    Sheet,
)

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
