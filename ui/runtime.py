"""Every process-wide speed setting of the desktop app, in one place, with the figure
that justifies it. :func:`ui.app.main` calls these in order; nothing else in ``kam/`` or
``ui/`` changes interpreter state (the core's one setting, the collector threshold,
is :mod:`kam.runtime`, shared with ``kam`` on the command line).

Measured with ``benchmarks/bench_startup.py`` (start-up, typing into the account
search) and ``benchmarks/bench_warnings.py`` (the home screen's warnings) on 10,000
accounts; re-measure before removing one, and drop one when no benchmark needs it.

1. :func:`import_core_first` — once PySide6 is loaded, its import hook reads the source
   of every module imported later (looking for ``__feature__`` switches), which costs
   start-up time on SQLAlchemy and Alembic: the core is imported before Qt.
2. :func:`tune_threads` — background loaders (the home screen's warnings) hold the GIL
   in long Python loops; with the default 5 ms switch interval every SQLite row the GUI
   thread fetches waits for them (the convoy effect), and a 10,000-row account list
   took seconds instead of 0.2 s.
3. :func:`kam.runtime.tune_collector` — full collections during a warning pass cost
   ~1 s CPU of a 3 s pass (see there).
4. :func:`collector_paused` — a background job whose objects may form cycles with Qt
   wrappers must not run the cyclic collector in its thread: a collection there can
   destroy a widget off the GUI thread, which crashed the rating run; the GUI thread
   collects before the job starts and the job runs with the collector paused.
5. :func:`settle` — everything built before the window shows (SQLAlchemy's metadata,
   Qt wrappers, the first page's rows) lives as long as the app; frozen, the cyclic
   collector no longer walks it, which otherwise stalled a keystroke by 100–300 ms now
   and then.

Not interpreter state, but for the same start-up budget: opening a file already at
head reads the revision graph from the migration scripts with two regular expressions
instead of importing Alembic (:func:`kam.store.migrate.revision_graph`; Alembic's
import and script walk cost 0.3 s CPU of a 2.5 s CPU start-up).
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from kam.runtime import tune_collector

# The modules the first window needs, in import order.
CORE_FIRST = (
    "kam.store",
    "kam.accounts.service",
    "kam.accounts.people",
    "kam.accounts.dossier",
    "kam.accounts.staff",
)
SWITCH_INTERVAL_S = 0.0005


def import_core_first() -> None:
    """Imports the core the first window needs; call before anything imports Qt."""
    for module in CORE_FIRST:
        importlib.import_module(module)


def tune_threads() -> None:
    """A short GIL switch interval, so the GUI thread is not starved by background jobs,
    and rarer full collections."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    tune_collector()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Runs the body with the cyclic collector off (restored after, if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Call once the main window has been shown: freezes what lives as long as the app."""
    gc.freeze()
