"""One user action against the database: run it, show a failure as one line, announce
what changed. Modelled on Anki's ``CollectionOp``: a screen says what to run and which
topics it touches, and does not write its own ``try/except`` around every service call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from kam.validation import ValidationError
from ui.context import AppContext, Topic
from ui.widgets.errors import RECOVERABLE, show_store_error

T = TypeVar("T")


def run_op(
    parent: QWidget | None,
    fn: Callable[[], T],
    *,
    ctx: AppContext | None = None,
    topics: Topic | Iterable[Topic] = (),
    success: Callable[[T], object] | None = None,
    invalid: Callable[[ValidationError], object] | None = None,
) -> T | None:
    """Runs ``fn`` and returns its result, or None when it failed.

    A recoverable failure (the store's errors — a locked or read-only file, a record
    deleted meanwhile — or a file that went away) is shown to the user over ``parent``
    and nothing is announced. With ``invalid``, field problems (:class:`ValidationError`)
    go to it instead of propagating. On success ``success`` gets the result, then each
    of ``topics`` is announced on ``ctx.data_changed`` so other screens refresh.
    Anything else (a bug) propagates to the global error handler.
    """
    try:
        result = fn()
    except ValidationError as exc:
        if invalid is None:
            raise
        invalid(exc)
        return None
    except RECOVERABLE as exc:
        show_store_error(parent, exc)
        return None
    if success is not None:
        success(result)
    announced = [topics] if isinstance(topics, Topic) else list(topics)
    if announced:
        if ctx is None:
            raise ValueError("run_op: topics to announce need the app context (ctx=)")
        for topic in announced:
            ctx.data_changed.emit(topic)
    return result
