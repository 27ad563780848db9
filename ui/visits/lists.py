"""The side lists of the Visits screen: upcoming visits, overdue follow-ups and the
accounts due for a visit, each a RowTableModel over plain service rows. (Literal translate() calls, so that
lupdate finds the column titles.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from kam.domain.enums import VisitStatus
from kam.i18n import label
from kam.visits.cadence import CadenceLine
from kam.visits.follow_ups import FollowUpRow
from kam.visits.queries import VisitRow
from ui.widgets.table_model import Column


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


ACCOUNT_COLUMN = 2


def visit_columns() -> list[Column[VisitRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Date"), lambda r: _iso(r.planned_on)
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Time"),
            lambda r: r.start_time.strftime("%H:%M") if r.start_time else "",
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Account"), lambda r: r.account_name
        ),
        Column(lambda: QCoreApplication.translate("VisitLists", "Layer"), lambda r: label(r.layer)),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Status"),
            lambda r: label(r.status, kind=VisitStatus),
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Our people"), lambda r: r.our_side
        ),
        Column(lambda: QCoreApplication.translate("VisitLists", "Purpose"), lambda r: r.purpose),
    ]


def follow_up_columns(today: date) -> list[Column[FollowUpRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Owner"),
            lambda r: r.owner or QCoreApplication.translate("VisitLists", "(nobody)"),
        ),
        Column(lambda: QCoreApplication.translate("VisitLists", "Due"), lambda r: _iso(r.due_on)),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Days overdue"),
            lambda r: r.days_overdue(today),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Account"), lambda r: r.account_name
        ),
        Column(lambda: QCoreApplication.translate("VisitLists", "Action"), lambda r: r.description),
    ]


def cadence_columns() -> list[Column[CadenceLine]]:
    return [
        Column(lambda: QCoreApplication.translate("VisitLists", "Account"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("VisitLists", "Grade"), lambda r: r.grade or "—"),
        Column(lambda: QCoreApplication.translate("VisitLists", "Layer"), lambda r: label(r.layer)),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Last visit"),
            lambda r: _iso(r.last_done) or QCoreApplication.translate("VisitLists", "never"),
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Due"),
            lambda r: _iso(r.due_on) or QCoreApplication.translate("VisitLists", "now"),
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Days overdue"),
            lambda r: r.days_overdue,
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("VisitLists", "Next planned"),
            lambda r: _iso(r.next_planned),
        ),
    ]
