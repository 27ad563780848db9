"""安排拜访 from a warning: the visit editor opens on the account, on the layer that
deals with the warning, with the warning as the visit's purpose. Once saved, the plan
settles a visit-overdue warning (within the threshold's days) or shows beside it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from kam.health.attention import visit_layer
from ui.context import AppContext

# A plan made from a warning is for the next working day: the point is to act soon.
LEAD_DAYS = 1


def next_working_day(today: date) -> date:
    day = today + timedelta(days=LEAD_DAYS)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def plan_visit(
    ctx: AppContext,
    parent: QWidget,
    *,
    account_id: int,
    kind: str,
    subject: str,
    reason: str,
    today: date | None = None,
) -> bool:
    """Opens the visit editor for the warning; True when a visit was saved (the editor
    then announces the change itself)."""
    from ui.visits.editor import VisitDialog

    dialog = VisitDialog(
        ctx, account_id=account_id, on=next_working_day(today or date.today()), parent=parent
    )
    dialog.setObjectName("planVisitFromWarning")
    dialog.layer.set_value(visit_layer(kind, subject))
    dialog.purpose.setText(reason)
    dialog.mark_clean()  # filled in from the warning, not typed: Cancel needs no question
    dialog.exec()
    return dialog.saved_id is not None
