"""What an acknowledgement means: the warning stays hidden while it is no worse than
when someone acknowledged it, and comes back when it worsens.

"Worse" is a higher severity, or a level past the acknowledged one by the kind's step
(orders down ten more points, the overdue amount up a tenth, a second stage lost …).
Kinds whose level only counts days (open records, overdue visits, departed contacts)
return by severity alone: the day count grows every day by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kam.health.rules import SEVERITY_RANK, EarlyWarning, WarningKind

# kind → (absolute step, step relative to the acknowledged level); absent: severity only
STEPS: dict[str, tuple[float, float]] = {
    WarningKind.ORDERS_FALLING.value: (10.0, 0.0),
    WarningKind.ARREARS_OVERDUE.value: (0.0, 0.10),
    WarningKind.ARREARS_GROWING.value: (20.0, 0.0),
    WarningKind.COLLECTION_DROPPING.value: (10.0, 0.0),
    WarningKind.SHARE_DOWN.value: (5.0, 0.0),
    WarningKind.STAGE_DOWN.value: (1.0, 0.0),
    WarningKind.GRADE_DROPPED.value: (1.0, 0.0),
}


@dataclass(frozen=True)
class Ack:
    account_id: int
    kind: str
    subject: str
    severity: str
    level: float
    note: str
    acked_on: date
    acked_by: str = ""

    @property
    def fingerprint(self) -> str:
        return f"{self.kind}|{self.subject}"


def worsened(warning: EarlyWarning, ack: Ack) -> bool:
    """True when ``warning`` is worse than it was when ``ack`` was made."""
    if SEVERITY_RANK.get(warning.severity, 0) > SEVERITY_RANK.get(ack.severity, 0):
        return True
    step = STEPS.get(warning.kind)
    if step is None:
        return False
    absolute, relative = step
    return warning.level >= ack.level + max(absolute, relative * abs(ack.level), 0.01)


def still_covered(warning: EarlyWarning, ack: Ack | None, as_of: date) -> bool:
    """True when ``ack`` (made on or before ``as_of``) still hides ``warning``."""
    return ack is not None and ack.acked_on <= as_of and not worsened(warning, ack)
