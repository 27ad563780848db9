"""Running a year's rating off the GUI thread (1.5 s on 10,000 accounts froze the
window): the job opens its own session through the service and reports each stage."""

from __future__ import annotations

import gc

from PySide6.QtCore import Signal, Slot

from kam.rating import service as rating
from kam.rating.scheme import SchemeError
from kam.store import Database
from kam.validation import ValidationError
from ui import runtime
from ui.widgets.errors import describe
from ui.widgets.worker import BackgroundJob


class RatingJob(BackgroundJob):
    """Rates ``year`` with ``scheme_text`` in its own thread.

    Signals:
        progressed(str, int, int): stage, steps done, steps in all.
        finished(object): the new draft's :class:`~kam.rating.service.RunInfo`.
        failed(str): a message for the user; nothing was stored.
    """

    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, year: int, scheme_text: str) -> None:
        super().__init__("ratingJob")
        self._db, self._year, self._text = db, year, scheme_text
        self.end_on(self.finished, self.failed)

    def start(self) -> None:
        # Garbage cycles may hold Qt widgets, which must die on the GUI thread: collect
        # them here, and let no collection run inside the job's thread (ui.runtime).
        gc.collect()
        super().start()

    @Slot()
    def run(self) -> None:
        with runtime.collector_paused():
            self._run()

    def _run(self) -> None:
        try:
            info = rating.run_rating(
                self._db, self._year, scheme_text=self._text, progress=self.progressed.emit
            )
        except SchemeError as exc:
            message = "\n".join(exc.problems)
        except ValidationError as exc:
            message = "\n".join(exc.errors.values())
        except Exception as exc:  # shown to the user; the run is one transaction
            message = describe(exc)
        else:
            self.return_home()
            self.finished.emit(info)
            return
        self.return_home()
        self.failed.emit(message)
