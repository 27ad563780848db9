"""Running a workbook import or export off the GUI thread.

The job opens its own session through the services (a session per call, never one
shared with the GUI thread) and reports progress by signal; the dialog shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot

from kam.exchange import Progress
from ui.widgets.errors import describe
from ui.widgets.worker import BackgroundJob


class Worker(BackgroundJob):
    """Runs ``job(progress)`` in its own thread.

    Signals:
        progressed(str, int, int): stage, done, total.
        finished(object): the job's result.
        failed(str): a message for the user.
    """

    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__("workbookWorker")
        self._job = job
        self.end_on(self.finished, self.failed)

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(lambda stage, done, total: self.progressed.emit(stage, done, total))
        except Exception as exc:  # shown to the user; the job wrote nothing (one transaction)
            self.return_home()
            self.failed.emit(describe(exc))
            return
        self.return_home()
        self.finished.emit(result)
