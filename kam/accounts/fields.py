"""The account's fields, declared once (docs/domain.md, Dossier: basic facts and scale).

The order is the workbook's column order (docs/workbook.md). From this list come the
checks of :func:`kam.accounts.service.validate_account`, the Accounts sheet of the
workbook (:data:`kam.exchange.specs.ACCOUNTS`) and the kinds of the desktop form's
fields; ``tests/accounts/test_account_fields.py`` holds the ORM model and
:class:`~kam.accounts.service.AccountData` to it.
"""

from __future__ import annotations

from kam.business.terms import MAX_DAYS
from kam.domain.enums import Lifecycle, RelationshipType, Stage
from kam.domain.fields import BOOL, ENUM, FLOAT, INT, YEAR, Field

ACCOUNT_FIELDS: tuple[Field, ...] = (
    Field("code", "编码", required=True, max_len=40),
    Field("name", "名称", required=True, max_len=200),
    Field("short_name", "简称", max_len=80),
    Field("industry", "行业", max_len=80),
    Field("region", "地区", max_len=80),
    Field("address", "地址", max_len=300),
    Field("ownership", "所有制", max_len=40),
    Field("founded", "成立年份", YEAR),
    Field("owner", "客户经理", max_len=80),  # a staff member's name (the row keeps its id)
    Field("annual_output", "产量规模", max_len=120),
    Field("stage", "关系阶段", ENUM, enum=Stage),
    Field("notes", "备注"),
    Field("relationship_type", "关系类型", ENUM, enum=RelationshipType),
    Field("lifecycle", "客户类别", ENUM, enum=Lifecycle),
    Field("assets", "资产(万元)", FLOAT, non_negative=True),
    Field("employees", "员工人数", INT, non_negative=True),
    Field("service_area", "服务区域", max_len=200),
    Field("business_status", "经营状况"),
    Field("payment_terms", "付款条件", max_len=200),
    Field("credit_limit", "信用额度(万元)", FLOAT, non_negative=True),
    Field("credit_rating", "信用等级", max_len=40),
    Field("credit_notes", "信用说明"),
    Field("grade", "评级", max_len=2),
    Field("key_account", "大客户", BOOL),
    Field("payment_days", "默认账期天数", INT, lo=0, hi=MAX_DAYS),
    Field("shared", "团队共享", BOOL),
)
BY_KEY = {f.key: f for f in ACCOUNT_FIELDS}

# Decided by the rating, not typed in the editor (read for display; a save leaves them).
RATED = ("grade", "key_account")
# Kept on the row and in the workbook, but not part of what the editor shows (none
# since "shared" got its tick box; kept so a new bookkeeping field has its place).
NOT_IN_EDITOR: tuple[str, ...] = ()
