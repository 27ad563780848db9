"""Which accounts need me this week: the open warnings grouped by account and ranked,
so the home screen shows a short list instead of every warning.

Pure functions over the warning rows the service returns (anything with the fields of
:class:`WarningLike`); nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from kam.domain.enums import Layer
from kam.health.rules import SEVERITY_RANK, Severity, WarningKind

# What one warning adds to its account's rank: a severe warning outweighs several mild
# ones, and a key account's weighs half as much again (seed 003: key accounts first).
SEVERITY_WEIGHT = {Severity.HIGH.value: 10.0, Severity.MEDIUM.value: 3.0, Severity.LOW.value: 1.0}
KEY_ACCOUNT_FACTOR = 1.5
SHORT_LIST = 8  # accounts on the home screen: what one person can act on in a week

# The layer whose visit deals with each kind of warning (a visit-overdue warning names
# its own layer): money and orders are the business layer's, product problems the
# engineers', the relationship itself the leaders'.
VISIT_LAYER = {
    WarningKind.ORDERS_FALLING: Layer.BUSINESS.value,
    WarningKind.ARREARS_OVERDUE: Layer.BUSINESS.value,
    WarningKind.ARREARS_GROWING: Layer.BUSINESS.value,
    WarningKind.COLLECTION_DROPPING: Layer.BUSINESS.value,
    WarningKind.QUALITY_OPEN: Layer.TECHNICAL.value,
    WarningKind.COMPLAINT_OPEN: Layer.TECHNICAL.value,
    WarningKind.CONTACT_LOST: Layer.BUSINESS.value,
    WarningKind.SHARE_DOWN: Layer.LEADER.value,
    WarningKind.STAGE_DOWN: Layer.LEADER.value,
    WarningKind.GRADE_DROPPED: Layer.LEADER.value,
}


class WarningLike(Protocol):
    account_id: int
    code: str
    account: str
    owner: str
    key_account: bool

    @property
    def kind(self) -> str: ...

    @property
    def subject(self) -> str: ...

    @property
    def severity(self) -> str: ...

    @property
    def reason(self) -> str: ...

    @property
    def on(self) -> date: ...


def visit_layer(kind: str, subject: str = "") -> str:
    """The layer a visit that answers this warning goes on."""
    if kind == WarningKind.VISIT_OVERDUE and subject.startswith("layer:"):
        return subject.split(":", 1)[1]
    return str(VISIT_LAYER.get(kind, Layer.BUSINESS.value))  # type: ignore[call-overload]


@dataclass(slots=True)
class AccountWarnings:
    """One account's open warnings, most severe first, and its place in the ranking."""

    account_id: int
    code: str
    account: str
    owner: str
    key_account: bool
    warnings: list[WarningLike] = field(default_factory=list)
    score: float = 0.0

    @property
    def top(self) -> WarningLike:
        return self.warnings[0]

    @property
    def severity(self) -> str:
        return self.top.severity

    @property
    def needs_me(self) -> bool:
        """Something to act on this week: a severe warning, or a medium one on a key
        account. Low ones (and medium ones elsewhere) wait for the Warnings page."""
        rank = SEVERITY_RANK.get(self.severity, 0)
        return rank >= SEVERITY_RANK[Severity.HIGH.value] or (
            self.key_account and rank >= SEVERITY_RANK[Severity.MEDIUM.value]
        )

    @property
    def visit_layer(self) -> str:
        """Where a visit helps most: the layer of the most severe warning."""
        return visit_layer(self.top.kind, self.top.subject)


def _order(w: WarningLike) -> tuple[int, date, str, str]:
    return (-SEVERITY_RANK.get(w.severity, 0), w.on, w.kind, w.subject)


def group(rows: Iterable[WarningLike]) -> list[AccountWarnings]:
    """The warnings by account, the accounts ranked: highest score first, then the
    worst and oldest warning, then the code."""
    by_account: dict[int, AccountWarnings] = {}
    for row in rows:
        entry = by_account.get(row.account_id)
        if entry is None:
            entry = by_account[row.account_id] = AccountWarnings(
                row.account_id, row.code, row.account, row.owner, row.key_account
            )
        entry.warnings.append(row)
        entry.score += SEVERITY_WEIGHT.get(row.severity, 1.0)
    for entry in by_account.values():
        entry.warnings.sort(key=_order)
        if entry.key_account:
            entry.score *= KEY_ACCOUNT_FACTOR
    return sorted(by_account.values(), key=lambda e: (-e.score, _order(e.top), e.code))


def this_week(groups: Sequence[AccountWarnings], limit: int = SHORT_LIST) -> list[AccountWarnings]:
    """The short list: the best-ranked accounts that need me this week, at most
    ``limit`` of them."""
    return [g for g in groups if g.needs_me][:limit]
