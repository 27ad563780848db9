"""The sheets and columns of the workbook (INTERFACES §3): English keys, Chinese labels,
value kinds and which columns are required.

Columns beyond §3 (every other editable field) are listed too, so that an export
carries every record losslessly and a re-import restores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from kam.domain.enums import (
    Attitude,
    ComplaintCause,
    ContactStatus,
    DecisionRole,
    IssueStatus,
    Layer,
    Lifecycle,
    RelationshipType,
    Stage,
    VisitStatus,
)

# Value kinds understood by kam.io.workbook.values.
TEXT, INT, FLOAT, MONEY, DATE, TIME, ENUM, BOOL, YEAR = (
    "text", "int", "float", "money", "date", "time", "enum", "bool", "year")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = TEXT
    required: bool = False
    enum: type[StrEnum] | None = None
    max_len: int = 20000
    # Numbers that must not be negative (quantities, money).
    non_negative: bool = False
    lo: float | None = None
    hi: float | None = None


@dataclass(frozen=True)
class Sheet:
    name: str
    label: str
    columns: tuple[Column, ...]
    # The columns whose values identify a row (with the account's code).
    key: tuple[str, ...] = ()
    # Rows with equal keys are matched by their order of appearance (payments and
    # other records without a number of their own).
    ordinal: bool = False
    notes_column: str = "notes"
    aliases: tuple[str, ...] = field(default_factory=tuple)

    def __hash__(self) -> int:
        # Sheets are constants named uniquely; hashing every Column on each cache lookup
        # cost seconds at 200,000 rows.
        return hash(self.name)

    def column(self, key: str) -> Column:
        return self.by_key[key]

    @cached_property
    def by_key(self) -> dict[str, Column]:
        return {c.key: c for c in self.columns}

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


ACCOUNT_REF = Column("account", "客户编码", required=True, max_len=200)

ACCOUNTS = Sheet("Accounts", "客户", (
    Column("code", "编码", required=True, max_len=40),
    Column("name", "名称", required=True, max_len=200),
    Column("short_name", "简称", max_len=80),
    Column("industry", "行业", max_len=80),
    Column("region", "地区", max_len=80),
    Column("address", "地址", max_len=300),
    Column("ownership", "所有制", max_len=40),
    Column("founded", "成立年份", YEAR),
    Column("owner", "客户经理", max_len=80),
    Column("annual_output", "产量规模", max_len=120),
    Column("stage", "关系阶段", ENUM, enum=Stage),
    Column("notes", "备注"),
    Column("relationship_type", "关系类型", ENUM, enum=RelationshipType),
    Column("lifecycle", "客户类别", ENUM, enum=Lifecycle),
    Column("assets", "资产(万元)", FLOAT, non_negative=True),
    Column("employees", "员工人数", INT, non_negative=True),
    Column("service_area", "服务区域", max_len=200),
    Column("business_status", "经营状况"),
    Column("payment_terms", "付款条件", max_len=200),
    Column("credit_limit", "信用额度(万元)", FLOAT, non_negative=True),
    Column("credit_rating", "信用等级", max_len=40),
    Column("credit_notes", "信用说明"),
    Column("grade", "评级", max_len=2),
    Column("key_account", "大客户", BOOL),
), key=("code",))

CONTACTS = Sheet("Contacts", "联系人", (
    ACCOUNT_REF,
    Column("name", "姓名", required=True, max_len=80),
    Column("department", "部门", max_len=80),
    Column("title", "职务", max_len=80),
    Column("decision_role", "决策角色", ENUM, enum=DecisionRole),
    Column("attitude", "态度", ENUM, enum=Attitude),
    Column("phone", "电话", max_len=40),
    Column("email", "邮箱", max_len=120),
    Column("wechat", "微信", max_len=60),
    Column("birthday", "生日", DATE),
    Column("hobbies", "爱好"),
    Column("notes", "备注"),
    Column("status", "在职状态", ENUM, enum=ContactStatus),
    Column("education", "学历", max_len=200),
    Column("career", "经历"),
    Column("family", "家庭"),
    Column("habits", "习惯"),
    Column("taboos", "忌讳"),
    Column("rising_star", "明日之星", BOOL),
    Column("reports_to", "上级", max_len=80),
    Column("owner", "我方负责人", max_len=80),
), key=("name",))

CONTRACTS = Sheet("Contracts", "合同", (
    ACCOUNT_REF,
    Column("contract_no", "合同号", required=True, max_len=60),
    Column("signed_on", "签订日期", DATE, required=True),
    Column("product", "产品", max_len=200),
    Column("quantity", "数量", FLOAT, non_negative=True),
    Column("unit", "单位", max_len=20),
    Column("unit_price", "单价", MONEY, non_negative=True),
    Column("amount", "金额", MONEY, non_negative=True),
    Column("cost", "成本", MONEY, non_negative=True),
    Column("expected_payment_on", "预计回款日期", DATE),
    Column("promise_notes", "回款承诺"),
    Column("notes", "备注"),
), key=("contract_no",))

PAYMENTS = Sheet("Payments", "回款", (
    ACCOUNT_REF,
    Column("paid_on", "回款日期", DATE, required=True),
    Column("amount", "金额", MONEY, required=True, non_negative=True),
    Column("contract_no", "合同号", max_len=60),
    Column("notes", "备注"),
), key=("paid_on", "amount", "contract_no"), ordinal=True)

QUALITY = Sheet("Quality", "质量异议", (
    ACCOUNT_REF,
    Column("reported_on", "日期", DATE, required=True),
    Column("description", "描述"),
    Column("loss_amount", "损失金额", MONEY, non_negative=True),
    Column("status", "状态", ENUM, enum=IssueStatus),
    Column("resolution", "处理结果"),
    Column("resolved_on", "解决日期", DATE),
    Column("notes", "备注"),
), key=("reported_on", "description"), ordinal=True)

COMPLAINTS = Sheet("Complaints", "投诉", (
    ACCOUNT_REF,
    Column("received_on", "日期", DATE, required=True),
    Column("cause", "原因", ENUM, enum=ComplaintCause),
    Column("description", "描述"),
    Column("status", "状态", ENUM, enum=IssueStatus),
    Column("resolution", "处理结果"),
    Column("resolved_on", "解决日期", DATE),
    Column("notes", "备注"),
), key=("received_on", "description"), ordinal=True)

VISITS = Sheet("Visits", "走访", (
    ACCOUNT_REF,
    Column("layer", "层面", ENUM, required=True, enum=Layer),
    Column("planned_on", "计划日期", DATE, required=True),
    Column("status", "状态", ENUM, enum=VisitStatus),
    Column("our_people", "我方人员", max_len=300),
    Column("counterparts", "客户人员", max_len=300),
    Column("purpose", "目的"),
    Column("outcome", "结果"),
    Column("start_time", "开始时间", TIME),
    Column("duration_min", "时长(分钟)", INT, non_negative=True),
    Column("original_date", "原计划日期", DATE),
    Column("cancel_reason", "取消原因"),
    Column("agenda", "议程"),
    Column("problems", "问题"),
    Column("expenses", "费用", MONEY, non_negative=True),
    Column("notes", "备注"),
), key=("layer", "planned_on"), ordinal=True)

RATINGS = Sheet("Ratings", "评级", (
    ACCOUNT_REF,
    Column("year", "年度", YEAR, required=True),
    Column("industry_influence", "行业影响力", INT, lo=1, hi=5),
    Column("reputation", "商业信誉", INT, lo=1, hi=5),
    Column("notes", "备注"),
), key=("year",))

# In import order: accounts before what refers to them, contracts before payments.
SHEETS: tuple[Sheet, ...] = (
    ACCOUNTS, CONTACTS, CONTRACTS, PAYMENTS, QUALITY, COMPLAINTS, VISITS, RATINGS)


def _norm(text: str) -> str:
    return "".join(str(text).split()).lower().replace("（", "(").replace("）", ")")


def find_sheet(name: str) -> Sheet | None:
    """The sheet a workbook tab or CSV file name stands for (English or Chinese)."""
    wanted = _norm(name)
    for sheet in SHEETS:
        if wanted in {_norm(sheet.name), _norm(sheet.label), *map(_norm, sheet.aliases)}:
            return sheet
    return None


def header_index(sheet: Sheet) -> dict[str, str]:
    """Normalised header text (English key or Chinese label) → column key."""
    index: dict[str, str] = {}
    for c in sheet.columns:
        index[_norm(c.key)] = c.key
        index[_norm(c.label)] = c.key
        # "金额(元)" and "amount (CNY)": the unit in brackets is decoration.
        index.setdefault(_norm(c.label).split("(")[0], c.key)
    if sheet is not ACCOUNTS:
        index.setdefault(_norm("客户"), "account")
        index.setdefault(_norm("客户名称"), "account")
        index.setdefault(_norm("account_code"), "account")
    return index


def match_header(index: dict[str, str], text: str) -> str | None:
    wanted = _norm(text)
    if wanted in index:
        return index[wanted]
    return index.get(wanted.split("(")[0]) if "(" in wanted else None
