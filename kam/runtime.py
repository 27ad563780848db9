"""Interpreter settings for a whole KAM process, made by its entry points (``kam``, the
desktop app through :mod:`ui.runtime`, the benchmarks) and never by library code: a
service that switched the collector off inside a call would switch it off for every
thread of the process, the GUI's included.

The desktop app's own settings, and the reasons for all of them, are in
:mod:`ui.runtime`.
"""

from __future__ import annotations

import gc

# Full (oldest-generation) collections walk every object alive, and a warning pass over
# 10,000 accounts allocates enough short-lived, cycle-free objects (reference counting
# frees them) to trigger many of them. Measured with benchmarks/bench_warnings.py on
# Python 3.11 (CPU seconds of one pass): 3.8–4.1 with the default thresholds,
# 3.0 with this one, 2.95 with the collector off. Young generations keep their defaults,
# so garbage cycles are still found; long-lived ones are walked less often.
FULL_COLLECTION_THRESHOLD = 1000


def tune_collector() -> None:
    """Makes full garbage collections rarer (see :data:`FULL_COLLECTION_THRESHOLD`)."""
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_THRESHOLD)
