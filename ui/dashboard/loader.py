"""Computing the warnings for the dashboard off the GUI thread (a session of its own
through the service), so the home screen shows at once and fills in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kam.persistence import Database
from kam.services.warnings import open_warnings
from ui.widgets.errors import describe


class WarningLoader(QObject):
    """Runs :func:`open_warnings` once in its own thread.

    Signals:
        loaded(list): the warning rows.
        failed(str): a message for the user.
    """

    loaded = Signal(list)
    failed = Signal(str)

    def __init__(self, db: Database, day: date, owner: str | None) -> None:
        super().__init__()
        self._db, self._day, self._owner = db, day, owner
        self.thread_ = QThread()
        self.thread_.setObjectName("dashboardWarnings")
        self.moveToThread(self.thread_)
        self.thread_.started.connect(self.run)
        self.loaded.connect(self.thread_.quit)
        self.failed.connect(self.thread_.quit)

    def start(self) -> None:
        self.thread_.start()

    def wait(self) -> None:
        if self.thread_.isRunning():
            self.thread_.quit()
            self.thread_.wait()

    @Slot()
    def run(self) -> None:
        try:
            rows = open_warnings(self._db, self._day, owner=self._owner,
                                 expire_acks=self._day == date.today())
        except Exception as exc:  # shown on the dashboard; nothing was written
            self.failed.emit(describe(exc))
            return
        self.loaded.emit(rows)
