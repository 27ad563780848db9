"""How long-running workbook work reports progress (passed in, never reached for).

The CLI passes nothing; the app passes a callable that emits a Qt signal from its
worker thread; tests pass a list's ``append``.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int) -> None:
        """``stage`` names the step (a sheet name, "reading", "writing"); ``total`` may be 0
        when it is not known yet."""


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: nobody is watching."""


class Cancelled(Exception):
    """Raised from a progress callback to stop an import; nothing is written."""
