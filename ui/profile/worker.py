"""Printing profiles off the GUI thread, with progress and a way to stop.

The job reads through its own sessions (``print_profiles`` opens one per account) and
reports by signal; the dialog shows the progress and may ask it to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot

from kam.profile.pdf import ProfileCancelled, Progress
from ui.widgets.errors import describe
from ui.widgets.worker import BackgroundJob


class ProfileWorker(BackgroundJob):
    """Runs ``job(progress)`` in its own thread.

    Signals:
        progressed(int, int, str): done, total, the account being printed.
        finished(object): the job's result.
        cancelled(): the job stopped because :meth:`cancel` was called.
        failed(str): a message for the user.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__("profileWorker")
        self._job = job
        self._stop = threading.Event()
        self.end_on(self.finished, self.cancelled, self.failed)

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        self._stop.set()
        super().wait()

    def _progress(self, done: int, total: int, name: str) -> bool:
        self.progressed.emit(done, total, name)
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except ProfileCancelled:
            self.return_home()
            self.cancelled.emit()
            return
        except Exception as exc:  # shown to the user; a cancelled or failed batch is not half-kept
            self.return_home()
            self.failed.emit(describe(exc) if not isinstance(exc, LookupError) else str(exc))
            return
        self.return_home()
        self.finished.emit(result)
