"""The sheets and columns of the workbook (docs/workbook.md): English keys, Chinese labels,
value kinds and which columns are required.

Every record kind the app stores has a sheet, and every sheet ends with ``changed_by``
and ``uuid``, so that an export carries every record losslessly, a re-import restores
it, and a record keeps its identity across databases. ``docs/workbook.md`` documents
this layout; ``tests/exchange/test_coverage.py`` fails when a table or column is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from kam.accounts.dossier_fields import LINE_FIELDS, PLAN_FIELDS, PRODUCT_FIELDS, SHARE_FIELDS
from kam.accounts.fields import ACCOUNT_FIELDS
from kam.accounts.people_fields import CONTACT_FIELDS
from kam.domain import fields
from kam.domain.enums import (
    ComplaintCause,
    IssueStatus,
    Layer,
    VisitStatus,
)
from kam.domain.fields import Field
from kam.health.opportunity_catalogue import OpportunityKind, OpportunityStatus
from kam.health.rules import Severity, WarningKind

# The value kinds (kam.domain.fields), by the names the rest of kam.exchange imports here.
TEXT, INT, FLOAT, MONEY, DATE, TIME, ENUM, BOOL, YEAR, DATETIME, LIST, UUID = (
    fields.TEXT,
    fields.INT,
    fields.FLOAT,
    fields.MONEY,
    fields.DATE,
    fields.TIME,
    fields.ENUM,
    fields.BOOL,
    fields.YEAR,
    fields.DATETIME,
    fields.LIST,
    fields.UUID,
)
LIST_SEPARATOR = "、"
# A sheet's column is a record's field (kam.domain.fields): the same declaration.
Column = Field


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
    # Key values are prefixed with the row's account (sheets that start with ACCOUNT_REF).
    scoped: bool = True
    # The database holds the key unique; when it does not (contacts' names), rows that
    # carry a uuid may share a key.
    strict: bool = True

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
# Last on every sheet: who changed the record last, and its identity across databases.
AUDIT = (Column("changed_by", "修改人", max_len=80), Column("uuid", "uuid", UUID))


def sheet(name: str, label: str, columns: tuple[Column, ...], **options: object) -> Sheet:
    """A sheet whose columns end with ``changed_by`` and ``uuid``."""
    return Sheet(name, label, (*columns, *AUDIT), **options)  # type: ignore[arg-type]


ACCOUNTS = sheet("Accounts", "客户", ACCOUNT_FIELDS, key=("code",), scoped=False)

CONTACTS = sheet("Contacts", "联系人", (ACCOUNT_REF, *CONTACT_FIELDS), key=("name",), strict=False)

CONTRACTS = sheet(
    "Contracts",
    "合同",
    (
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
        Column("payment_days", "账期天数", INT, lo=0, hi=3650),
        Column("due_on", "到期日", DATE),
    ),
    key=("contract_no",),
)

PAYMENTS = sheet(
    "Payments",
    "回款",
    (
        ACCOUNT_REF,
        Column("paid_on", "回款日期", DATE, required=True),
        Column("amount", "金额", MONEY, required=True, non_negative=True),
        Column("contract_no", "合同号", max_len=60),
        Column("notes", "备注"),
    ),
    key=("paid_on", "amount", "contract_no"),
    ordinal=True,
)

QUALITY = sheet(
    "Quality",
    "质量异议",
    (
        ACCOUNT_REF,
        Column("reported_on", "日期", DATE, required=True),
        Column("description", "描述"),
        Column("loss_amount", "损失金额", MONEY, non_negative=True),
        Column("status", "状态", ENUM, enum=IssueStatus),
        Column("resolution", "处理结果"),
        Column("resolved_on", "解决日期", DATE),
        Column("notes", "备注"),
    ),
    key=("reported_on", "description"),
    ordinal=True,
)

COMPLAINTS = sheet(
    "Complaints",
    "投诉",
    (
        ACCOUNT_REF,
        Column("received_on", "日期", DATE, required=True),
        Column("cause", "原因", ENUM, enum=ComplaintCause),
        Column("description", "描述"),
        Column("status", "状态", ENUM, enum=IssueStatus),
        Column("resolution", "处理结果"),
        Column("resolved_on", "解决日期", DATE),
        Column("notes", "备注"),
    ),
    key=("received_on", "description"),
    ordinal=True,
)

VISITS = sheet(
    "Visits",
    "走访",
    (
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
        # The linked records: our staff and the customer's contacts by name (a contact's
        # uuid where two of the account's contacts share a name), quality records and
        # complaints by uuid.
        Column("staff_links", "参与员工", LIST, max_len=2000),
        Column("contact_links", "参与联系人", LIST, max_len=4000),
        Column("quality_links", "相关质量异议", LIST, max_len=4000),
        Column("complaint_links", "相关投诉", LIST, max_len=4000),
    ),
    key=("layer", "planned_on"),
    ordinal=True,
)

RATINGS = sheet(
    "Ratings",
    "评级",
    (
        ACCOUNT_REF,
        Column("year", "年度", YEAR, required=True),
        Column("industry_influence", "行业影响力", INT, lo=1, hi=5),
        Column("reputation", "商业信誉", INT, lo=1, hi=5),
        Column("notes", "备注"),
    ),
    key=("year",),
)

STAFF = sheet(
    "Staff",
    "员工",
    (
        Column("name", "姓名", required=True, max_len=80),
        Column("layer", "层面", ENUM, enum=Layer),
        Column("title", "职务", max_len=80),
        Column("department", "部门", max_len=80),
        Column("phone", "电话", max_len=40),
        Column("email", "邮箱", max_len=120),
        Column("active", "在职", BOOL),
        Column("notes", "备注"),
    ),
    key=("name",),
    scoped=False,
)

ABSENCES = sheet(
    "Absences",
    "员工外出",
    (
        Column("staff", "员工", required=True, max_len=80),
        Column("starts_on", "开始日期", DATE, required=True),
        Column("ends_on", "结束日期", DATE, required=True),
        Column("reason", "原因", max_len=200),
    ),
    key=("staff", "starts_on"),
    ordinal=True,
    scoped=False,
    notes_column="",
)

PRODUCTION_LINES = sheet(
    "ProductionLines", "生产线", (ACCOUNT_REF, *LINE_FIELDS), key=("name",), ordinal=True
)

PRODUCT_ITEMS = sheet(
    "ProductItems", "产品结构", (ACCOUNT_REF, *PRODUCT_FIELDS), key=("product",), ordinal=True
)

DEVELOPMENT_PLANS = sheet(
    "DevelopmentPlans", "发展规划", (ACCOUNT_REF, *PLAN_FIELDS), key=("item",), ordinal=True
)

COMPETITOR_SHARES = sheet(
    "CompetitorShares",
    "市场份额",
    (ACCOUNT_REF, *SHARE_FIELDS),
    key=("year", "supplier"),
    notes_column="",
)

FOLLOW_UPS = sheet(
    "FollowUps",
    "跟进事项",
    (
        ACCOUNT_REF,
        Column("description", "事项", required=True),
        Column("due_on", "期限", DATE, required=True),
        Column("done_on", "完成日期", DATE),
        Column("owner", "负责人", max_len=80),
        Column("visit", "来自走访", UUID),
        Column("notes", "备注"),
    ),
    key=("description", "due_on"),
    ordinal=True,
)

OPPORTUNITIES = sheet(
    "Opportunities",
    "商机",
    (
        ACCOUNT_REF,
        Column("kind", "类型", ENUM, required=True, enum=OpportunityKind),
        Column("noted_on", "发现日期", DATE, required=True),
        Column("description", "描述"),
        Column("status", "状态", ENUM, enum=OpportunityStatus),
        Column("owner", "负责人", max_len=80),
        Column("next_step", "下一步"),
        Column("closed_on", "关闭日期", DATE),
        Column("due_on", "期限", DATE),
    ),
    key=("kind", "noted_on"),
    ordinal=True,
    notes_column="",
)

SALES_POLICIES = sheet(
    "SalesPolicies",
    "销售政策",
    (
        Column("grade", "等级", max_len=2),
        Column("price_allowance_pct", "价格优惠(%)", FLOAT),
        Column("credit_days", "账期(天)", INT, non_negative=True),
        Column("leader_visits", "领导层走访(次/年)", INT, non_negative=True),
        Column("technical_visits", "技术层走访(次/年)", INT, non_negative=True),
        Column("business_visits", "业务层走访(次/年)", INT, non_negative=True),
        Column("expense_budget", "费用预算(元/年)", MONEY, non_negative=True),
        Column("commission_rate_pct", "提成比例(%)", FLOAT, non_negative=True),
        Column("notes", "备注"),
    ),
    key=("grade",),
    scoped=False,
)

RATING_RUNS = sheet(
    "RatingRuns",
    "评级批次",
    (
        Column("year", "年度", YEAR, required=True),
        Column("status", "状态", max_len=12),
        Column("scheme_name", "评级方案", max_len=200),
        Column("scheme_toml", "方案文本", max_len=32000, raw=True),
        Column("created_by", "创建人", max_len=80),
        Column("finalised_at", "定稿时间", DATETIME),
        Column("finalised_by", "定稿人", max_len=80),
        Column("based_on", "重算自", UUID),
        Column("notes", "备注"),
    ),
    key=("year", "status"),
    ordinal=True,
    scoped=False,
)

RATING_RESULTS = sheet(
    "RatingResults",
    "评级结果",
    (
        Column("run", "评级批次", UUID, required=True),
        Column("account", "客户编码", max_len=200),
        Column("code", "编码", required=True, max_len=40),
        Column("name", "名称", max_len=200),
        Column("values_json", "指标值", raw=True),
        Column("points_json", "指标得分", raw=True),
        Column("missing_json", "缺失指标", raw=True),
        Column("revenue", "销售额", MONEY),
        Column("volume", "合同量", FLOAT),
        Column("total", "总分", FLOAT),
        Column("computed_grade", "计算等级", max_len=2),
        Column("rank", "排名", INT),
        Column("grade", "等级", max_len=2),
        Column("key_account", "大客户", BOOL),
        Column("previous_grade", "上年等级", max_len=2),
        Column("previous_key", "上年大客户", BOOL),
        Column("change", "变化", max_len=10),
        Column("decision", "决定", max_len=12),
        Column("override_grade", "调整等级", max_len=2),
        Column("reason", "理由"),
        Column("decided_by", "决定人", max_len=80),
        Column("decided_at", "决定时间", DATETIME),
    ),
    key=("run", "code"),
    scoped=False,
    notes_column="",
)

WARNING_ACKS = sheet(
    "WarningAcks",
    "预警确认",
    (
        ACCOUNT_REF,
        Column("kind", "预警类型", ENUM, required=True, enum=WarningKind),
        Column("subject", "对象", max_len=80),
        Column("severity", "严重程度", ENUM, required=True, enum=Severity),
        Column("level", "程度值", FLOAT),
        Column("note", "说明"),
        Column("acked_on", "确认日期", DATE, required=True),
        Column("acked_by", "确认人", max_len=80),
    ),
    key=("kind", "subject"),
    notes_column="note",
)

WARNING_THRESHOLDS = sheet(
    "WarningThresholds",
    "预警阈值",
    (
        Column("name", "名称", required=True, max_len=60),
        Column("value", "数值", FLOAT, required=True),
    ),
    key=("name",),
    scoped=False,
    notes_column="",
)

# The workbook's sheets in the order the export writes them: the account and its
# records first, as users know the workbook.
SHEETS: tuple[Sheet, ...] = (
    ACCOUNTS,
    CONTACTS,
    CONTRACTS,
    PAYMENTS,
    QUALITY,
    COMPLAINTS,
    VISITS,
    RATINGS,
    PRODUCTION_LINES,
    PRODUCT_ITEMS,
    DEVELOPMENT_PLANS,
    COMPETITOR_SHARES,
    FOLLOW_UPS,
    OPPORTUNITIES,
    STAFF,
    ABSENCES,
    SALES_POLICIES,
    RATING_RUNS,
    RATING_RESULTS,
    WARNING_ACKS,
    WARNING_THRESHOLDS,
)

# In import order: what a row refers to comes before it (staff before the accounts they
# own, accounts before their records, contracts before payments, contacts, quality
# records and complaints before the visits that link them, visits before follow-ups,
# runs before results).
IMPORT_ORDER: tuple[Sheet, ...] = (STAFF, *(s for s in SHEETS if s is not STAFF))


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
    if "account" in sheet.by_key:
        index.setdefault(_norm("客户"), "account")
        index.setdefault(_norm("客户名称"), "account")
        index.setdefault(_norm("account_code"), "account")
    return index


def match_header(index: dict[str, str], text: str) -> str | None:
    wanted = _norm(text)
    if wanted in index:
        return index[wanted]
    return index.get(wanted.split("(")[0]) if "(" in wanted else None
