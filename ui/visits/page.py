"""The Visits screen: what a field salesperson opens every morning.

The calendar (month or week, one colour per layer) fills the left; on the right, the
chosen person's upcoming visits, the overdue follow-ups and the accounts due for a
visit. The chosen person is remembered between sessions.

Keys: Ctrl+N new visit, Ctrl+R record a visit (quick entry), Ctrl+P print the plan,
Ctrl+E export to a calendar; in the calendar, arrows and Page Up/Down move, Enter opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.staff import list_staff
from kam.domain.enums import Layer, VisitStatus
from kam.i18n import label
from kam.visits.cadence import CadenceLine, due_lines
from kam.visits.follow_ups import FollowUpRow, list_follow_ups, mark_done
from kam.visits.queries import VisitRow, calendar_entries, upcoming_visits
from ui.context import AppContext, Topic
from ui.visits.calendar_view import CalendarView
from ui.visits.colors import layer_color
from ui.visits.editor import VisitDialog
from ui.visits.lists import cadence_columns, follow_up_columns, visit_columns
from ui.widgets.errors import show_store_error
from ui.widgets.ops import run_op
from ui.widgets.table_model import RowTableModel
from ui.widgets.table_view import ListTable

SETTINGS_PERSON = "visits/person"


class VisitsPage(QWidget):
    """Calendar, my upcoming visits, overdue follow-ups, accounts due; and the actions."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self.ctx = ctx
        self.today = today or date.today()
        self.calendar = CalendarView()
        self.calendar.today = self.today
        self.calendar.selected = self.today
        locale = QLocale()
        self.calendar.weekday_names = [
            locale.dayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)
        ]
        self.calendar.visit_activated.connect(self.edit_visit)
        self.calendar.day_activated.connect(lambda day: self.new_visit(on=day))
        self.calendar.day_selected.connect(self._day_selected)
        self._build()
        self._load_people()
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    # --- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = QPushButton("◀")
        self.prev_button.setObjectName("calendarPrev")
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.prev_button.clicked.connect(lambda: self._shift(-1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("calendarToday")
        self.today_button.clicked.connect(lambda: self._go(self.today))
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("calendarNext")
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.clicked.connect(lambda: self._shift(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("calendarPeriod")
        self.month_button = QPushButton(self.tr("Month"))
        self.week_button = QPushButton(self.tr("Week"))
        self.month_button.setObjectName("calendarMonth")
        self.week_button.setObjectName("calendarWeek")
        group = QButtonGroup(self)
        for button, mode in ((self.month_button, "month"), (self.week_button, "week")):
            button.setCheckable(True)
            group.addButton(button)
            button.clicked.connect(lambda _c=False, m=mode: self._set_mode(m))
        self.month_button.setChecked(True)
        self.person = QComboBox()
        self.person.setObjectName("visitsPerson")
        self.person.setMinimumWidth(120)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.layer_boxes: dict[str, QCheckBox] = {}
        top = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Person")))
        top.addWidget(self.person)
        for layer in Layer:
            box = QCheckBox(label(layer))
            box.setObjectName(f"layer_{layer.value}")
            box.setChecked(True)
            box.setStyleSheet(
                f"QCheckBox {{ color: {layer_color(layer.value).name()}; font-weight: bold; }}"
            )
            box.toggled.connect(self._reload_calendar)
            self.layer_boxes[layer.value] = box
            top.addWidget(box)

        actions = QHBoxLayout()
        self.new_button = self._action(
            actions, "newVisit", self.tr("New visit"), "Ctrl+N", lambda: self.new_visit()
        )
        self.record_button = self._action(
            actions, "recordVisit", self.tr("Record a visit"), "Ctrl+R", self.record_visit
        )
        self.plan_button = self._action(
            actions, "planYear", self.tr("Plan the year…"), "", self.plan_year
        )
        self.absence_button = self._action(
            actions, "absences", self.tr("Who is away…"), "", self.edit_absences
        )
        actions.addStretch(1)
        self.print_button = self._action(
            actions,
            "printPlan",
            self.tr("Print plan…"),
            "Ctrl+P",
            lambda: self.print_dialog("plan"),
        )
        self.brief_button = self._action(
            actions,
            "printBriefs",
            self.tr("Print briefs…"),
            "",
            lambda: self.print_dialog("briefs"),
        )
        self.ics_button = self._action(
            actions,
            "exportIcs",
            self.tr("Export to calendar…"),
            "Ctrl+E",
            lambda: self.print_dialog("ics"),
        )

        self.upcoming_model: RowTableModel[VisitRow] = RowTableModel(visit_columns(), self)
        self.upcoming = ListTable()
        self.upcoming.setObjectName("upcomingVisits")
        self.upcoming.setModel(self.upcoming_model)
        self.upcoming.activated_row.connect(
            lambda row: self.edit_visit(self.upcoming_model.row_at(row).id)
        )
        self.follow_model: RowTableModel[FollowUpRow] = RowTableModel(
            follow_up_columns(self.today), self
        )
        self.follow_table = ListTable()
        self.follow_table.setObjectName("overdueFollowUps")
        self.follow_table.setModel(self.follow_model)
        self.follow_table.activated_row.connect(self._open_follow_up)
        self.done_button = QPushButton(self.tr("Mark done today"))
        self.done_button.setObjectName("followUpDoneToday")
        self.done_button.clicked.connect(self.mark_selected_done)
        follow_box = QWidget()
        fl = QVBoxLayout(follow_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.follow_table, 1)
        fl.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cadence_model: RowTableModel[CadenceLine] = RowTableModel(cadence_columns(), self)
        self.cadence_table = ListTable()
        self.cadence_table.setObjectName("cadenceDue")
        self.cadence_table.setModel(self.cadence_model)
        self.cadence_table.activated_row.connect(self._plan_for_due)
        self.side = QTabWidget()
        self.side.setObjectName("visitsSide")
        self.side.addTab(self.upcoming, self.tr("My upcoming visits"))
        self.side.addTab(follow_box, self.tr("Overdue follow-ups"))
        self.side.addTab(self.cadence_table, self.tr("Due for a visit"))
        self.day_label = QLabel()
        self.day_label.setObjectName("calendarDay")
        self.day_label.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendar, 1)
        ll.addWidget(self.day_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(split, 1)

    def _action(
        self, layout: QHBoxLayout, name: str, text: str, keys: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        if keys:
            button.setToolTip(f"{text} ({QKeySequence(keys).toString()})")
            QShortcut(QKeySequence(keys), self, slot)
        layout.addWidget(button)
        return button

    # --- data ----------------------------------------------------------------------
    def _load_people(self) -> None:
        remembered = str(QSettings().value(SETTINGS_PERSON, "") or "")
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for staff in list_staff(self.ctx.db, active_only=True):
            self.person.addItem(f"{staff.name}({label(staff.layer)})", staff.name)
        self.person.setCurrentIndex(max(0, self.person.findData(remembered)))
        self.person.blockSignals(False)

    def person_name(self) -> str:
        return str(self.person.currentData() or "")

    def layers(self) -> list[str]:
        return [layer for layer, box in self.layer_boxes.items() if box.isChecked()]

    def confirm_leave(self) -> bool:  # ui.pages.Page
        return True  # nothing on this screen waits to be saved

    def open_account_id(self) -> int | None:  # ui.pages.Page
        return None  # no dossier here

    def refresh(self) -> None:
        """Reloads the calendar and the three lists."""
        self._reload_calendar()
        self._reload_lists()

    def _reload_calendar(self) -> None:
        start, end = self.calendar.period()
        staff, layers = self.person_name() or None, self.layers()
        rows = run_op(
            self,
            lambda: calendar_entries(self.ctx.db, start=start, end=end, staff=staff, layers=layers),
        )
        if rows is None:
            return
        self.calendar.set_visits(rows)
        self._update_period_label()
        self._day_selected(self.calendar.selected)

    def _reload_lists(self) -> None:
        person = self.person_name() or None
        loaded = run_op(
            self,
            lambda: (
                upcoming_visits(self.ctx.db, staff=person, today=self.today),
                list_follow_ups(self.ctx.db, owner=person, due_before=self.today),
                due_lines(self.ctx.db, self.today, owner=person),
            ),
        )
        if loaded is None:
            return
        upcoming, follow, due = loaded
        self.upcoming_model.set_rows(upcoming)
        self.follow_model.set_rows(follow)
        self.cadence_model.set_rows(due)
        for n, (text, count) in enumerate(
            (
                (self.tr("My upcoming visits"), len(upcoming)),
                (self.tr("Overdue follow-ups"), len(follow)),
                (self.tr("Due for a visit"), len(due)),
            )
        ):
            self.side.setTabText(n, f"{text} ({count})")
        for table in (self.upcoming, self.follow_table, self.cadence_table):
            table.resizeColumnsToContents()

    def _update_period_label(self) -> None:
        sel = self.calendar.selected
        if self.calendar.mode == "month":
            text = self.tr("%1-%2").replace("%1", str(sel.year)).replace("%2", f"{sel.month:02d}")
        else:
            start, end = self.calendar.period()
            text = f"{start.isoformat()} – {end.isoformat()}"
        self.period_label.setText(text)

    def _day_selected(self, day: object) -> None:
        assert isinstance(day, date)
        visits = self.calendar.visits_on(day)
        if not visits:
            self.day_label.setText(self.tr("%1: no visits").replace("%1", day.isoformat()))
            return
        parts = [
            f"{v.start_time.strftime('%H:%M ') if v.start_time else ''}"
            f"{v.account_name} · {label(v.layer)} · {label(v.status, kind=VisitStatus)}"
            for v in visits[:6]
        ]
        more = len(visits) - len(parts)
        text = f"{day.isoformat()}: " + ";".join(parts)
        if more > 0:
            text += self.tr(" and %1 more").replace("%1", str(more))
        self.day_label.setText(text)

    def _data_changed(self, what: Topic) -> None:
        if what in (Topic.VISITS, Topic.ACCOUNTS, Topic.CONTACTS, Topic.STAFF, Topic.RATING):
            if what == Topic.STAFF:
                self._load_people()
            self.refresh()

    # --- navigation ----------------------------------------------------------------
    def _shift(self, direction: int) -> None:
        self.calendar.shift(direction)
        self._reload_calendar()

    def _go(self, day: date) -> None:
        self.calendar.select(day)
        self._reload_calendar()

    def _set_mode(self, mode: str) -> None:
        self.calendar.set_mode(mode)
        self._reload_calendar()

    def _person_changed(self) -> None:
        QSettings().setValue(SETTINGS_PERSON, self.person_name())
        self.refresh()

    # --- actions -------------------------------------------------------------------
    def new_visit(self, on: date | None = None, account_id: int | None = None) -> None:
        dialog = VisitDialog(
            self.ctx, on=on or self.calendar.selected, account_id=account_id, parent=self
        )
        dialog.exec()

    def record_visit(self) -> None:
        VisitDialog(self.ctx, quick=True, on=self.today, parent=self).exec()

    def edit_visit(self, visit_id: int) -> None:
        VisitDialog(self.ctx, visit_id=visit_id, parent=self).exec()

    def _open_follow_up(self, row: int) -> None:
        item = self.follow_model.row_at(row)
        if item.visit_id is not None:
            self.edit_visit(item.visit_id)

    def _plan_for_due(self, row: int) -> None:
        line = self.cadence_model.row_at(row)
        dialog = VisitDialog(self.ctx, account_id=line.account_id, on=self.today, parent=self)
        dialog.layer.set_value(line.layer)
        dialog.exec()

    def mark_selected_done(self) -> None:
        row = self.follow_table.current_row()
        if row < 0:
            return
        follow_up_id = self.follow_model.row_at(row).id
        run_op(
            self,
            lambda: mark_done(self.ctx.db, follow_up_id, self.today, today=self.today),
            ctx=self.ctx,
            topics=Topic.VISITS,
            invalid=lambda exc: show_store_error(self, exc),
        )

    def plan_year(self) -> None:
        from ui.visits.plan_dialog import PlanDialog

        PlanDialog(self.ctx, today=self.today, parent=self).exec()

    def edit_absences(self) -> None:
        from ui.visits.absence_dialog import AbsenceDialog

        AbsenceDialog(self.ctx, today=self.today, parent=self).exec()

    def print_dialog(self, kind: str) -> None:
        from ui.visits.output_dialog import OutputDialog

        OutputDialog(
            self.ctx,
            kind,
            today=self.today,
            person=self.person_name(),
            layers=self.layers(),
            parent=self,
        ).exec()
