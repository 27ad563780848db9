"""Loading the home screen off the GUI thread (sessions of its own through the
services), so the screen shows at once and fills in when the figures are ready."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal, Slot

from kam.dashboard.queries import Dashboard, load_dashboard
from kam.health.warnings import WarningRow, open_warnings
from kam.store import Database
from ui.widgets.errors import describe
from ui.widgets.worker import BackgroundJob


@dataclass(frozen=True)
class Loaded:
    lists: Dashboard
    warnings: list[WarningRow]


class DashboardLoader(BackgroundJob):
    """Computes the lists and the warnings once, in its own thread.

    Signals:
        loaded(object): a :class:`Loaded`.
        failed(str): a message for the user.
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, day: date, owner: str | None) -> None:
        super().__init__("dashboardLoader")
        self._db, self._day, self._owner = db, day, owner
        self.end_on(self.loaded, self.failed)

    @Slot()
    def run(self) -> None:
        try:
            lists = load_dashboard(self._db, self._day, self._owner)
            # Acknowledgements of cleared warnings are forgotten only for the live view.
            rows = open_warnings(
                self._db, self._day, owner=self._owner, expire_acks=self._day == date.today()
            )
        except Exception as exc:  # shown on the dashboard; nothing was written
            self.return_home()
            self.failed.emit(describe(exc))
            return
        self.return_home()
        self.loaded.emit(Loaded(lists, rows))
