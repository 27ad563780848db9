"""Early warnings (事前监控预警, docs/domain.md): the rules that read an account's recent
records and say what needs attention, how badly, since when and why.

Each rule takes the account's :class:`AccountFacts` (gathered in bulk by
:mod:`kam.health.warning_facts`) and the :class:`~kam.health.thresholds.Thresholds`,
and returns warnings; nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from kam.domain.enums import ContactStatus, DecisionRole
from kam.health.stages import StageYear, stage_rank
from kam.health.thresholds import Thresholds
from kam.i18n import _, label
from kam.text.money import wan

GRADES = "ABCD"
CENT = 0.005
# People whose departure hurts: who decides, who sways the decision, our coach inside.
KEY_ROLES = frozenset(
    {DecisionRole.DECISION_MAKER.value, DecisionRole.INFLUENCER.value, DecisionRole.COACH.value}
)


class WarningKind(StrEnum):
    ORDERS_FALLING = "orders_falling"
    ARREARS_OVERDUE = "arrears_overdue"
    ARREARS_GROWING = "arrears_growing"
    COLLECTION_DROPPING = "collection_dropping"
    QUALITY_OPEN = "quality_open"
    COMPLAINT_OPEN = "complaint_open"
    VISIT_OVERDUE = "visit_overdue"
    CONTACT_LOST = "contact_lost"
    SHARE_DOWN = "share_down"
    STAGE_DOWN = "stage_down"
    GRADE_DROPPED = "grade_dropped"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SEVERITY_RANK = {Severity.LOW.value: 0, Severity.MEDIUM.value: 1, Severity.HIGH.value: 2}

_KIND_LABELS = {
    WarningKind.ORDERS_FALLING: "Orders falling",
    WarningKind.ARREARS_OVERDUE: "Arrears overdue",
    WarningKind.ARREARS_GROWING: "Arrears growing",
    WarningKind.COLLECTION_DROPPING: "Collection rate dropping",
    WarningKind.QUALITY_OPEN: "Quality record open too long",
    WarningKind.COMPLAINT_OPEN: "Complaint open too long",
    WarningKind.VISIT_OVERDUE: "Visit overdue",
    WarningKind.CONTACT_LOST: "Key contact left or moved",
    WarningKind.SHARE_DOWN: "Share of wallet down",
    WarningKind.STAGE_DOWN: "Stage down",
    WarningKind.GRADE_DROPPED: "Grade dropped",
}
_SEVERITY_LABELS = {Severity.HIGH: "High", Severity.MEDIUM: "Medium", Severity.LOW: "Low"}


def kind_label(kind: str) -> str:
    text = _KIND_LABELS.get(kind)  # type: ignore[call-overload]
    return _(text) if text else kind


def severity_label(severity: str) -> str:
    text = _SEVERITY_LABELS.get(severity)  # type: ignore[call-overload]
    return _(text) if text else severity


@dataclass(frozen=True)
class Label:
    """An enumeration key inside a message, labelled in the language of the reader."""

    key: str

    def __format__(self, spec: str) -> str:
        return format(label(self.key), spec)


# Plain slotted classes for what is made once per account or per warning: a frozen
# dataclass pays object.__setattr__ per field, which shows at 40,000 warnings.
@dataclass(slots=True)
class EarlyWarning:
    account_id: int
    kind: str
    subject: str  # what inside the account ("" for the account as a whole)
    severity: str
    level: float  # how bad, in the kind's own measure (bigger is worse)
    on: date  # since when, or the day it was judged for trends
    message: str  # English template; see reason()
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        return f"{self.kind}|{self.subject}"

    def reason(self) -> str:
        return _(self.message).format(**self.params)


@dataclass(frozen=True)
class OpenIssue:
    """A quality record (质量异议) or complaint still open on the day judged."""

    kind: str  # "quality" or "complaint"
    id: int
    opened_on: date
    description: str


@dataclass(frozen=True)
class ContactChange:
    id: int
    name: str
    department: str
    decision_role: str
    status: str
    changed_on: date | None


@dataclass(frozen=True)
class OverdueLayer:
    layer: str
    due_on: date
    days_overdue: int
    planned_on: date | None = None  # the next open visit on the layer from the day judged


@dataclass(slots=True)
class AccountFacts:
    """What the rules need to know about one account on the day judged."""

    account_id: int
    key_account: bool = False
    volume_recent: float = 0.0
    volume_before: float = 0.0
    revenue_recent: float = 0.0
    paid_recent: float = 0.0
    revenue_before: float = 0.0
    paid_before: float = 0.0
    arrears_overdue: float = 0.0  # open amount older than arrears_overdue_days
    arrears_severe: float = 0.0  # open amount older than arrears_severe_days
    arrears_aged_now: float = 0.0
    arrears_aged_then: float = 0.0
    issues: list[OpenIssue] = field(default_factory=list)
    overdue_layers: list[OverdueLayer] = field(default_factory=list)
    contact_changes: list[ContactChange] = field(default_factory=list)
    stage_now: StageYear | None = None
    stage_before: StageYear | None = None
    grade_now: str = ""
    grade_before: str | None = None
    rating_year: int | None = None
    rating_on: date | None = None


Rule = Callable[[AccountFacts, Thresholds, date], list[EarlyWarning]]


def _warn(
    f: AccountFacts,
    kind: WarningKind,
    severity: Severity,
    level: float,
    on: date,
    message: str,
    subject: str = "",
    **params: Any,
) -> EarlyWarning:
    # The members themselves (they are str): .value on 40,000 warnings shows in profiles.
    return EarlyWarning(f.account_id, kind, subject, severity, round(level, 2), on, message, params)


def orders_falling(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    if f.volume_before <= 0:
        return []
    ratio = f.volume_recent / f.volume_before
    if ratio >= t.order_drop_ratio:
        return []
    severity = Severity.HIGH if ratio < t.order_severe_ratio else Severity.MEDIUM
    drop = 100 * (1 - ratio)
    return [
        _warn(
            f,
            WarningKind.ORDERS_FALLING,
            severity,
            drop,
            as_of,
            "Orders in the last {months} months: {recent:,.1f}, {drop:.0f} % below the "
            "same months a year before ({before:,.1f})",
            months=t.order_window_months,
            recent=f.volume_recent,
            drop=drop,
            before=f.volume_before,
        )
    ]


def arrears_overdue(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    # A small remainder (a rounding, a disputed freight charge) is not a warning sign.
    if f.arrears_overdue < max(CENT, t.arrears_min_amount):
        return []
    if f.arrears_severe >= CENT:
        return [
            _warn(
                f,
                WarningKind.ARREARS_OVERDUE,
                Severity.HIGH,
                f.arrears_overdue,
                as_of,
                "{amount} (10k CNY) overdue by more than {days} days, {severe} of it "
                "for more than {severe_days} days",
                amount=wan(f.arrears_overdue),
                days=t.arrears_overdue_days,
                severe=wan(f.arrears_severe),
                severe_days=t.arrears_severe_days,
            )
        ]
    return [
        _warn(
            f,
            WarningKind.ARREARS_OVERDUE,
            Severity.MEDIUM,
            f.arrears_overdue,
            as_of,
            "{amount} (10k CNY) overdue by more than {days} days",
            amount=wan(f.arrears_overdue),
            days=t.arrears_overdue_days,
        )
    ]


def arrears_growing(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    then, now = f.arrears_aged_then, f.arrears_aged_now
    # Growth needs something to grow from: new arrears are the overdue rule's business.
    if then < CENT or now - then < t.arrears_growth_min_amount:
        return []
    pct = 100 * (now - then) / then
    if pct < t.arrears_growth_pct:
        return []
    return [
        _warn(
            f,
            WarningKind.ARREARS_GROWING,
            Severity.MEDIUM,
            pct,
            as_of,
            "Arrears overdue by more than {age} days grew from {then} to {now} "
            "(10k CNY, +{pct:.0f} %) in {window} days",
            age=t.arrears_growth_age_days,
            then=wan(then),
            now=wan(now),
            pct=pct,
            window=t.arrears_growth_window_days,
        )
    ]


def _rate(paid: float, revenue: float) -> float | None:
    # The same definition as the rating's collection_rate (docs/rating-scheme.md), over a window.
    return min(100.0, 100.0 * paid / revenue) if revenue > 0 else None


def collection_dropping(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    recent, before = _rate(f.paid_recent, f.revenue_recent), _rate(f.paid_before, f.revenue_before)
    if recent is None or before is None or before - recent < t.collection_drop_points:
        return []
    severity = Severity.HIGH if recent < t.collection_severe_rate else Severity.MEDIUM
    return [
        _warn(
            f,
            WarningKind.COLLECTION_DROPPING,
            severity,
            before - recent,
            as_of,
            "Collection rate over the last {months} months: {recent:.0f} %, down from "
            "{before:.0f} % the {months} months before",
            months=t.collection_window_months,
            recent=recent,
            before=before,
        )
    ]


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def issues_open(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    out = []
    for issue in f.issues:
        days = (as_of - issue.opened_on).days
        if issue.kind == "quality":
            limit, kind = t.quality_open_days, WarningKind.QUALITY_OPEN
            message = "Quality record open for {days} days since {since}: {what}"
        else:
            limit, kind = t.complaint_open_days, WarningKind.COMPLAINT_OPEN
            message = "Complaint open for {days} days since {since}: {what}"
        if days <= limit:
            continue
        # Key accounts get their complaints handled first (docs/domain.md, Customer classes).
        severe = days > 2 * limit or (kind is WarningKind.COMPLAINT_OPEN and f.key_account)
        out.append(
            _warn(
                f,
                kind,
                Severity.HIGH if severe else Severity.MEDIUM,
                days,
                issue.opened_on,
                message,
                f"{issue.kind}:{issue.id}",
                days=days,
                since=issue.opened_on.isoformat(),
                what=_short(issue.description),
            )
        )
    return out


def visits_overdue(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    out = []
    for item in f.overdue_layers:
        planned = item.planned_on
        if planned is not None and (planned - as_of).days <= t.visit_plan_settles_days:
            continue  # someone has already planned the visit: nothing left to do
        if item.days_overdue > t.visit_severe_overdue_days:
            severity = Severity.HIGH
        else:
            severity = Severity.MEDIUM if f.key_account else Severity.LOW
        if planned is None:
            out.append(
                _warn(
                    f,
                    WarningKind.VISIT_OVERDUE,
                    severity,
                    item.days_overdue,
                    item.due_on,
                    "{layer} visit overdue by {days} days (due {due})",
                    f"layer:{item.layer}",
                    layer=Label(item.layer),
                    days=item.days_overdue,
                    due=item.due_on.isoformat(),
                )
            )
        else:
            out.append(
                _warn(
                    f,
                    WarningKind.VISIT_OVERDUE,
                    severity,
                    item.days_overdue,
                    item.due_on,
                    "{layer} visit overdue by {days} days (due {due}); "
                    "a visit is planned for {planned}",
                    f"layer:{item.layer}",
                    layer=Label(item.layer),
                    days=item.days_overdue,
                    due=item.due_on.isoformat(),
                    planned=planned.isoformat(),
                )
            )
    return out


def contacts_lost(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    out = []
    for c in f.contact_changes:
        if c.decision_role not in KEY_ROLES or c.changed_on is None:
            continue
        age = (as_of - c.changed_on).days
        if not 0 <= age <= t.contact_change_days:
            continue
        left = c.status == ContactStatus.LEFT.value
        decider = c.decision_role == DecisionRole.DECISION_MAKER.value
        if left:
            severity = Severity.HIGH if decider else Severity.MEDIUM
            message = "{role} {name} ({department}) left on {since}"
        elif c.status == ContactStatus.CHANGED_POST.value:
            severity = Severity.MEDIUM if decider else Severity.LOW
            message = "{role} {name} ({department}) changed post on {since}"
        else:
            continue
        out.append(
            _warn(
                f,
                WarningKind.CONTACT_LOST,
                severity,
                0,
                c.changed_on,
                message,
                f"contact:{c.id}",
                role=Label(c.decision_role),
                name=c.name,
                department=c.department or _("department not recorded"),
                since=c.changed_on.isoformat(),
            )
        )
    return out


def share_or_stage_down(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    now, before = f.stage_now, f.stage_before
    # A share last recorded years ago says nothing about the relationship today.
    if now is None or before is None or now.year < as_of.year - 1:
        return []
    assert now.share is not None and before.share is not None
    params: dict[str, Any] = dict(
        now_stage=Label(now.stage or ""),
        before_stage=Label(before.stage or ""),
        now_share=now.share,
        before_share=before.share,
        now_year=now.year,
        before_year=before.year,
    )
    steps = stage_rank(before.stage) - stage_rank(now.stage)
    if steps > 0:
        return [
            _warn(
                f,
                WarningKind.STAGE_DOWN,
                Severity.HIGH,
                steps,
                as_of,
                "Stage fell from {before_stage} ({before_year}: {before_share:g} %) to "
                "{now_stage} ({now_year}: {now_share:g} %)",
                **params,
            )
        ]
    drop = before.share - now.share
    if drop >= t.share_drop_points:
        return [
            _warn(
                f,
                WarningKind.SHARE_DOWN,
                Severity.MEDIUM,
                drop,
                as_of,
                "Share of wallet fell from {before_share:g} % ({before_year}) to "
                "{now_share:g} % ({now_year})",
                **params,
            )
        ]
    return []


def grade_dropped(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    now, before = f.grade_now, f.grade_before
    if not now or not before or now not in GRADES or before not in GRADES:
        return []
    steps = GRADES.index(now) - GRADES.index(before)
    if steps <= 0:
        return []
    if f.rating_on is not None and (as_of - f.rating_on).days > t.grade_drop_days:
        return []
    return [
        _warn(
            f,
            WarningKind.GRADE_DROPPED,
            Severity.HIGH if steps >= 2 else Severity.MEDIUM,
            steps,
            f.rating_on or as_of,
            "Grade dropped from {before} to {now} in the {year} rating",
            before=before,
            now=now,
            year=f.rating_year or "",
        )
    ]


RULES: tuple[Rule, ...] = (
    orders_falling,
    arrears_overdue,
    arrears_growing,
    collection_dropping,
    issues_open,
    visits_overdue,
    contacts_lost,
    share_or_stage_down,
    grade_dropped,
)


def evaluate(f: AccountFacts, t: Thresholds, as_of: date) -> list[EarlyWarning]:
    """Every warning the account raises on ``as_of``."""
    out: list[EarlyWarning] = []
    for rule in RULES:
        out.extend(rule(f, t, as_of))
    return out


def sort_key(w: EarlyWarning) -> tuple[int, date, int, str]:
    """Most severe first, then the oldest."""
    return (-SEVERITY_RANK.get(w.severity, 0), w.on, w.account_id, w.fingerprint)


def english_sources() -> list[str]:
    messages = [
        "Orders in the last {months} months: {recent:,.1f}, {drop:.0f} % below the same "
        "months a year before ({before:,.1f})",
        "{amount} (10k CNY) overdue by more than {days} days, {severe} of it for more than "
        "{severe_days} days",
        "{amount} (10k CNY) overdue by more than {days} days",
        "Arrears overdue by more than {age} days grew from {then} to {now} (10k CNY, +{pct:.0f} %) "
        "in {window} days",
        "Collection rate over the last {months} months: {recent:.0f} %, down from "
        "{before:.0f} % the {months} months before",
        "Quality record open for {days} days since {since}: {what}",
        "Complaint open for {days} days since {since}: {what}",
        "{layer} visit overdue by {days} days (due {due})",
        "{layer} visit overdue by {days} days (due {due}); a visit is planned for {planned}",
        "{role} {name} ({department}) left on {since}",
        "{role} {name} ({department}) changed post on {since}",
        "Stage fell from {before_stage} ({before_year}: {before_share:g} %) to {now_stage} "
        "({now_year}: {now_share:g} %)",
        "Share of wallet fell from {before_share:g} % ({before_year}) to {now_share:g} % "
        "({now_year})",
        "Grade dropped from {before} to {now} in the {year} rating",
        "department not recorded",
    ]
    return messages + list(_KIND_LABELS.values()) + list(_SEVERITY_LABELS.values())
