"""Which automatic backups to keep: the newest few, then thinner and thinner history.

Like Anki's backups: the last ``recent`` copies, then the newest copy of each day for
a week, of each ISO week for a month and of each month for a year. Older copies go.

"Newest" is the order the backups were taken in (their counter), not their clock time:
a clock set wrong and then fixed must not make the rotation drop the latest copies.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import datetime, timedelta

RECENT = 10
DAILY_DAYS = 7
WEEKLY_DAYS = 31
MONTHLY_DAYS = 366


def _week(stamp: datetime) -> Hashable:
    iso = stamp.isocalendar()
    return (iso.year, iso.week)


def _newest_per(
    stamps: Sequence[datetime], now: datetime, days: int, key: Callable[[datetime], Hashable]
) -> set[int]:
    kept: dict[Hashable, int] = {}
    for position, stamp in enumerate(stamps):
        if now - stamp <= timedelta(days=days):
            kept.setdefault(key(stamp), position)
    return set(kept.values())


def kept_positions(
    newest_first: Sequence[datetime], now: datetime, *, recent: int = RECENT
) -> set[int]:
    """Which of the backups (their times, in the order taken, newest first) to keep."""
    keep = set(range(min(recent, len(newest_first))))
    keep |= _newest_per(newest_first, now, DAILY_DAYS, lambda s: s.date())
    keep |= _newest_per(newest_first, now, WEEKLY_DAYS, _week)
    keep |= _newest_per(newest_first, now, MONTHLY_DAYS, lambda s: (s.year, s.month))
    return keep


def to_keep(stamps: Iterable[datetime], now: datetime, *, recent: int = RECENT) -> set[datetime]:
    """The subset of ``stamps`` (backup times) that the rotation keeps at ``now``."""
    ordered = sorted(set(stamps), reverse=True)
    return {ordered[i] for i in kept_positions(ordered, now, recent=recent)}
