"""Benchmarks that print figures (speed is measured here, never by timed tests).

With ``KAM_BENCH_QUICK=1`` every benchmark runs its full code path on small sizes, so a
test can run them all in CI and fail on a crash, not on time (tests/test_benchmarks.py).
"""

from __future__ import annotations

import os

QUICK = "KAM_BENCH_QUICK"


def size(full: int, quick: int) -> int:
    """A default size: ``full`` normally, ``quick`` when ``KAM_BENCH_QUICK`` is set."""
    return quick if os.environ.get(QUICK) else full
