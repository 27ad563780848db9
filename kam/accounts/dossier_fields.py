"""The fields of the dossier's four detail records, declared once (docs/domain.md, the
dossier): production lines, product structure, development plans, competitor shares.

Each list's order is its workbook sheet's column order after the account's code
(docs/workbook.md, ProductionLines, ProductItems, DevelopmentPlans, CompetitorShares).
From these lists come the checks of :func:`kam.accounts.dossier.save_item`, the four
sheets of the workbook (:mod:`kam.exchange.specs`) and the kinds of the editors' fields
(``ui/dossier/item_specs.py``); ``tests/accounts/test_dossier_fields.py`` holds the ORM
models and the dataclasses of :mod:`kam.accounts.dossier` to them.
"""

from __future__ import annotations

from kam.domain.enums import LineStatus
from kam.domain.fields import BOOL, ENUM, FLOAT, YEAR, Field

LINE_FIELDS: tuple[Field, ...] = (
    Field("name", "名称", required=True, max_len=120),
    Field("line_type", "类型", max_len=80),
    Field("capacity", "产能", max_len=80),
    Field("status", "状态", ENUM, enum=LineStatus),
    Field("our_product", "我方产品", max_len=200),
    Field("competitor", "竞争对手", max_len=200),
    Field("notes", "备注"),
)

PRODUCT_FIELDS: tuple[Field, ...] = (
    Field("product", "产品", required=True, max_len=120),
    Field("share_pct", "占比(%)", FLOAT, lo=0, hi=100),
    Field("volume", "产量", max_len=80),
    Field("notes", "备注"),
)

PLAN_FIELDS: tuple[Field, ...] = (
    Field("item", "规划项目", required=True, max_len=200),
    Field("horizon", "时间", max_len=40),
    Field("opportunity", "我方机会"),
    Field("notes", "备注"),
)

SHARE_FIELDS: tuple[Field, ...] = (
    Field("year", "年度", YEAR, required=True),
    Field("supplier", "供应商", required=True, max_len=120),
    Field("is_us", "我方", BOOL),
    Field("share_pct", "份额(%)", FLOAT, required=True, lo=0, hi=100),
    Field("strengths", "优势"),
    Field("weaknesses", "劣势"),
)

# A share's year is checked by the service against its own range, 1990–2100, not by
# the YEAR kind's (1800 to this year, kam.domain.service_base.check_fields): a plan may
# name next year's shares. The workbook reads any plausible year (1800–2200).
SHARE_YEARS = (1990, 2100)

BY_KEY: dict[str, dict[str, Field]] = {
    name: {f.key: f for f in declared}
    for name, declared in (
        ("lines", LINE_FIELDS),
        ("products", PRODUCT_FIELDS),
        ("plans", PLAN_FIELDS),
        ("shares", SHARE_FIELDS),
    )
}
