"""Coverage of the customer's departments by our people (docs/domain.md, Coverage: 普遍客户关系):
which departments we reach, through how many people, who on our side owns them, and
where the net is thin — one source only, no supporter in a key department, a decision
maker nobody owns."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from kam.domain.enums import Attitude, ContactStatus, DecisionRole, Layer
from kam.i18n import _

# Canonical departments, in the order the matrix shows them, with the words that name
# them in a free-text department field. The first match wins, so the more specific
# words come first (设备 before 生产: the roll shop belongs to equipment).
DEPARTMENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "leadership",
        "Company leaders",
        (
            "领导",
            "总经理",
            "董事",
            "厂长",
            "总裁",
            "书记",
            "副总",
            "总工",
            "总经办",
            "leader",
            "management",
            "board",
        ),
    ),
    (
        "purchasing",
        "Purchasing department",
        ("采购", "供应处", "供应部", "物资", "招标", "采办", "purchas", "procure"),
    ),
    ("technical", "Technical department", ("技术", "研发", "工艺", "technical", "r&d")),
    (
        "equipment",
        "Equipment department",
        ("设备", "机动", "轧辊", "备件", "维修", "equipment", "maintenance"),
    ),
    (
        "production",
        "Production department",
        (
            "生产",
            "轧钢",
            "车间",
            "分厂",
            "作业区",
            "制造",
            "炼钢",
            "热轧",
            "冷轧",
            "production",
            "plant",
        ),
    ),
    ("quality", "Quality department", ("质量", "质检", "质管", "检验", "品质", "quality")),
    (
        "finance",
        "Finance department",
        ("财务", "财会", "会计", "结算", "资金", "finance", "accounting"),
    ),
    (
        "supply_chain",
        "Supply chain and logistics",
        ("供应链", "物流", "仓储", "储运", "运输", "logistic", "supply chain", "warehouse"),
    ),
    ("engineering", "Engineering department", ("工程", "基建", "项目", "engineering", "project")),
    (
        "front_office",
        "Front office and assistants",
        (
            "前台",
            "门卫",
            "办公室",
            "行政",
            "秘书",
            "司机",
            "接待",
            "综合",
            "reception",
            "secretary",
            "driver",
            "office",
        ),
    ),
)
OTHER = "other"
UNKNOWN = "unknown"
_LABELS = {key: text for key, text, _words in DEPARTMENTS} | {
    OTHER: "Other departments",
    UNKNOWN: "Department not recorded",
}

# Departments that must not hang on one person or lack a supporter: the leaders decide,
# purchasing buys, technical and equipment judge our rolls, finance pays (docs/domain.md, Coverage).
KEY_DEPARTMENTS: frozenset[str] = frozenset(
    {"leadership", "purchasing", "technical", "equipment", "finance"}
)

LAYERS: tuple[str, ...] = tuple(layer.value for layer in Layer)


def department_of(text: str | None) -> str:
    """The canonical department of a free-text department name ("unknown" when blank)."""
    value = (text or "").strip().lower()
    if not value:
        return UNKNOWN
    for key, _label, words in DEPARTMENTS:
        if any(word in value for word in words):
            return key
    return OTHER


def department_label(key: str) -> str:
    return _(_LABELS.get(key, key))


@dataclass(frozen=True)
class Person:
    """One of the customer's people, with the owner on our side (if any)."""

    id: int
    name: str
    department: str
    title: str
    decision_role: str
    attitude: str
    status: str
    rising_star: bool
    owner: str  # "" when nobody (or nobody still with us) owns the contact
    owner_layer: str
    last_contact: date | None


@dataclass(frozen=True)
class Cell:
    """Our owners on one layer for one department: (name, number of contacts)."""

    owners: tuple[tuple[str, int], ...] = ()

    @property
    def contacts(self) -> int:
        return sum(n for _name, n in self.owners)


@dataclass(frozen=True)
class DepartmentRow:
    key: str
    names: tuple[str, ...]  # the department names as recorded
    key_department: bool
    contacts: int
    supporters: int
    neutral: int
    opponents: int
    layers: dict[str, Cell]
    unowned: int
    last_contact: date | None

    @property
    def not_covered(self) -> bool:
        return self.key_department and self.contacts == 0

    @property
    def single_threaded(self) -> bool:
        return self.contacts == 1

    @property
    def no_supporter(self) -> bool:
        return self.key_department and self.contacts > 0 and self.supporters == 0

    def flags(self) -> list[str]:
        """The row's problems, as users read them."""
        out = []
        if self.not_covered:
            out.append(_("no contact in a key department"))
        if self.single_threaded:
            out.append(_("single-threaded"))
        if self.no_supporter:
            out.append(_("no supporter"))
        return out


@dataclass(frozen=True)
class Coverage:
    rows: list[DepartmentRow]
    unowned_decision_makers: list[Person]
    rising_stars: list[Person]
    departed: list[Person] = field(default_factory=list)

    @property
    def key_covered(self) -> int:
        return sum(1 for r in self.rows if r.key_department and r.contacts > 0)

    @property
    def key_total(self) -> int:
        return sum(1 for r in self.rows if r.key_department)


def build_coverage(people: Iterable[Person]) -> Coverage:
    """The matrix over every canonical department (key ones always shown, others when
    they have contacts), from the account's people."""
    active: dict[str, list[Person]] = {}
    departed: list[Person] = []
    for p in people:
        if p.status != ContactStatus.ACTIVE.value:
            departed.append(p)
            continue
        active.setdefault(department_of(p.department), []).append(p)
    order = [key for key, _l, _w in DEPARTMENTS] + [OTHER, UNKNOWN]
    rows = []
    for key in order:
        members = active.get(key, [])
        if not members and key not in KEY_DEPARTMENTS and key in (OTHER, UNKNOWN):
            continue
        rows.append(_row(key, members))
    dms = [
        p
        for ps in active.values()
        for p in ps
        if p.decision_role == DecisionRole.DECISION_MAKER.value and not p.owner
    ]
    stars = [p for ps in active.values() for p in ps if p.rising_star]
    return Coverage(
        rows,
        sorted(dms, key=lambda p: p.id),
        sorted(stars, key=lambda p: p.id),
        sorted(departed, key=lambda p: p.id),
    )


def _row(key: str, members: Sequence[Person]) -> DepartmentRow:
    per_layer: dict[str, dict[str, int]] = {layer: {} for layer in LAYERS}
    unowned = 0
    for p in members:
        if not p.owner:
            unowned += 1
            continue
        # An owner without a known layer is treated as business: the account manager's.
        layer = p.owner_layer if p.owner_layer in per_layer else Layer.BUSINESS.value
        per_layer[layer][p.owner] = per_layer[layer].get(p.owner, 0) + 1
    dates = [p.last_contact for p in members if p.last_contact is not None]
    return DepartmentRow(
        key=key,
        names=tuple(sorted({p.department.strip() for p in members if p.department.strip()})),
        key_department=key in KEY_DEPARTMENTS,
        contacts=len(members),
        supporters=sum(1 for p in members if p.attitude == Attitude.SUPPORTER.value),
        neutral=sum(
            1
            for p in members
            if p.attitude not in (Attitude.SUPPORTER.value, Attitude.OPPONENT.value)
        ),
        opponents=sum(1 for p in members if p.attitude == Attitude.OPPONENT.value),
        layers={layer: Cell(tuple(sorted(owners.items()))) for layer, owners in per_layer.items()},
        unowned=unowned,
        last_contact=max(dates) if dates else None,
    )


def english_sources() -> list[str]:
    return [*_LABELS.values(), "no contact in a key department", "single-threaded", "no supporter"]
