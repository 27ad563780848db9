"""The home screen: my accounts' warnings by severity with the short list of accounts
that need me this week, visits due this week, follow-ups overdue, and the key accounts
by grade and stage; double-click opens the dossier."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kam.dashboard.queries import Dashboard, KeyAccount, WeekItem, is_active_staff
from kam.health.rules import Severity, severity_label
from kam.health.warnings import WarningRow
from kam.i18n import label
from kam.store import Database
from kam.visits.follow_ups import FollowUpRow
from ui.context import AppContext, Topic
from ui.dashboard.loader import DashboardLoader, Loaded
from ui.dashboard.short_list import WarningShortList
from ui.health.colors import SEVERITY_COLORS
from ui.shell.settings import app_settings
from ui.widgets.errors import RECOVERABLE
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable

OWNER_SETTING = "dashboard/owner"


def default_owner(db: Database) -> str:
    """The remembered choice, else the staff member named like the user, else everyone."""
    stored = app_settings().value(OWNER_SETTING, None)
    if stored is not None:
        return str(stored)
    try:
        return db.user if is_active_staff(db, db.user) else ""
    except RECOVERABLE:
        return ""


def _box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box


class DashboardPage(QWidget):
    """The first screen of the app."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        today: date | None = None,
        owner: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.ctx = ctx
        self.fixed_today = today
        self.loader: DashboardLoader | None = None
        self.loaded = False
        self.warning_rows: list[WarningRow] = []
        self.data: Dashboard | None = None
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.owner = QComboBox()
        self.owner.setObjectName("dashboardOwner")
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for s in Severity:
            card = QLabel()
            card.setObjectName(f"count_{s.value}")
            color = SEVERITY_COLORS[s.value].name()
            card.setStyleSheet(
                f"QLabel {{ background: {color}; padding: 8px 14px; font-size: 15px; }}"
            )
            card.setText(f"{severity_label(s.value)}  …")
            self.cards[s.value] = card
            cards.addWidget(card)
        cards.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        cards.addWidget(self.status)
        # Every warning is on the Warnings page; here only the accounts that need me.
        self.warnings = WarningShortList(ctx, self, today)
        self.warnings.show_all.connect(lambda: ctx.page_requested.emit("warnings"))
        self.week_model: RowTableModel[WeekItem] = RowTableModel(
            [
                Column(lambda: self.tr("Day"), lambda w: self._day(w.day)),
                Column(lambda: self.tr("Account"), lambda w: f"{w.code} {w.account}"),
                Column(lambda: self.tr("Layer"), lambda w: label(w.layer)),
                Column(
                    lambda: self.tr("What"),
                    lambda w: (
                        (w.purpose or self.tr("Planned visit"))
                        if w.planned
                        else self.tr("Visit due — none planned yet")
                    ),
                ),
            ],
            self,
        )
        self.follow_model: RowTableModel[FollowUpRow] = RowTableModel(
            [
                Column(lambda: self.tr("Due"), lambda f: f.due_on.isoformat()),
                Column(lambda: self.tr("When"), self._when),
                Column(lambda: self.tr("Account"), lambda f: f.account_name),
                Column(lambda: self.tr("Action"), lambda f: f.description),
                Column(lambda: self.tr("Owner"), lambda f: f.owner),
            ],
            self,
        )
        self.key_model: RowTableModel[KeyAccount] = RowTableModel(
            [
                Column(lambda: self.tr("Grade"), lambda k: k.grade),
                Column(lambda: self.tr("Stage"), lambda k: label(k.stage)),
                Column(lambda: self.tr("Account"), lambda k: f"{k.code} {k.account}"),
                Column(lambda: self.tr("Relationship"), lambda k: label(k.relationship_type)),
                Column(lambda: self.tr("Open warnings"), self._warning_count, numeric=True),
                Column(lambda: self.tr("Account manager"), lambda k: k.owner),
            ],
            self,
        )
        self.week = self._table(
            "weekVisits", self.week_model, lambda r: self.week_model.row_at(r).account_id
        )
        self.follow_ups = self._table(
            "overdueFollowUps", self.follow_model, lambda r: self.follow_model.row_at(r).account_id
        )
        self.key_accounts = self._table(
            "keyAccounts", self.key_model, lambda r: self.key_model.row_at(r).account_id
        )
        self.warnings_box = _box(self.tr("Needs me this week"), self.warnings)
        self.week_box = _box(self.tr("Visits in the next 14 days"), self.week)
        self.follow_box = _box(self.tr("My follow-ups: overdue and next 14 days"), self.follow_ups)
        self.key_box = _box(self.tr("Key accounts by grade and stage"), self.key_accounts)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Accounts of")))
        top.addWidget(self.owner)
        grid = QGridLayout()
        grid.addWidget(self.warnings_box, 0, 0)
        grid.addWidget(self.key_box, 0, 1)
        grid.addWidget(self.week_box, 1, 0)
        grid.addWidget(self.follow_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        self._fill_owners(owner)
        self.owner.activated.connect(self._owner_chosen)
        ctx.data_changed.connect(self._data_changed)
        # Child pages get no close event when the window closes: let a running load
        # finish before the app tears down its thread.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_loader)
        self.refresh()

    def today(self) -> date:
        return self.fixed_today or date.today()

    def _day(self, day: date) -> str:
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{day.isoformat()} {name}"

    def _table(
        self, name: str, model: RowTableModel, account_of: Callable[[int], int]
    ) -> ListTable:
        table = ListTable()
        table.setObjectName(name)
        table.setModel(model)
        table.activated_row.connect(
            lambda row: self.ctx.open_account_requested.emit(account_of(row))
        )
        return table

    def _fill_owners(self, chosen: str | None, names: list[str] | None = None) -> None:
        """The choice of account manager. The full list (sorted by pinyin, which loads
        the pinyin tables) arrives with the loaded figures; until then the combo holds
        the current choice only, so the home screen opens at once."""
        wanted = default_owner(self.ctx.db) if chosen is None else chosen
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All account managers"), "")
        for name in names if names is not None else ([wanted] if wanted else []):
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(wanted)))
        self.owner.blockSignals(False)

    def owner_name(self) -> str:
        return str(self.owner.currentData() or "")

    def _owner_chosen(self) -> None:
        app_settings().setValue(OWNER_SETTING, self.owner_name())
        self.refresh()

    def confirm_leave(self) -> bool:  # ui.pages.Page
        return True  # the dashboard only reads

    def open_account_id(self) -> int | None:  # ui.pages.Page
        return None  # no dossier here

    def refresh(self) -> None:
        """Reloads everything in the background; the screen stays usable meanwhile."""
        today = self.today()
        shown = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        self.heading.setText(f"<h2>{shown}</h2>")
        if self.loader is not None:
            self.loader.loaded.disconnect(self._loaded)
            self.loader.failed.disconnect(self._failed)
            self.loader.wait()
        self.loaded = False
        self.status.setText(self.tr("Checking for warnings…"))
        self.loader = DashboardLoader(self.ctx.db, today, self.owner_name() or None)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self.loader.start()

    def _loaded(self, result: Loaded) -> None:
        d = self.data = result.lists
        self.warning_rows = result.warnings
        self._fill_owners(self.owner_name(), d.staff)
        self.loaded = True
        self.week_model.set_rows(d.week)
        self.follow_model.set_rows(d.follow_ups)
        self.key_model.set_rows(d.key_accounts)
        self.week_box.setTitle(
            self.tr("Visits in the next 14 days (%1)").replace("%1", str(len(d.week)))
        )
        late = sum(1 for f in d.follow_ups if f.days_overdue(self.today()))
        self.follow_box.setTitle(
            self.tr("Follow-ups: %1 overdue, %2 in the next 14 days")
            .replace("%1", str(late))
            .replace("%2", str(len(d.follow_ups) - late))
        )
        self.warnings.set_rows(result.warnings)
        counts = Counter(r.severity for r in result.warnings)
        for s, card in self.cards.items():
            card.setText(f"{severity_label(s)}  <b>{counts.get(s, 0)}</b>")
        self.status.setText("")
        for table in (self.week, self.follow_ups, self.key_accounts):
            table.fit_columns()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.loaded = True

    def _when(self, f: FollowUpRow) -> str:
        days = (f.due_on - self.today()).days
        if days < 0:
            return self.tr("%1 days late").replace("%1", str(-days))
        if days == 0:
            return self.tr("today")
        return self.tr("in %1 days").replace("%1", str(days))

    def _warning_count(self, k: KeyAccount) -> str:
        if not self.loaded:
            return ""
        n = sum(1 for r in self.warning_rows if r.account_id == k.account_id)
        return str(n) if n else ""

    def wait_until_loaded(self, timeout_ms: int = 30000) -> None:
        """Processes events until the warnings are in (benchmarks and scripts)."""
        app = QCoreApplication.instance()
        waited = 0
        while not self.loaded and waited < timeout_ms and app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self.loader is not None:
                self.loader.thread_.wait(20)
            waited += 20

    def _data_changed(self, what: Topic) -> None:
        if what == Topic.IDENTITY:
            # A new "me": the lists become that person's.
            app_settings().remove(OWNER_SETTING)
            self._fill_owners(None, self.data.staff if self.data else None)
        if what != Topic.WARNINGS and self.isVisible():
            self.refresh()

    def _stop_loader(self) -> None:
        if self.loader is not None:
            self.loader.wait()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._stop_loader()
        super().closeEvent(event)
