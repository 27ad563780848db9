"""Which automatic backups to keep: the newest few, then thinner and thinner history.

Like Anki's backups: the last ``recent`` copies, then the newest copy of each day for
a week, of each ISO week for a month and of each month for a year. Older copies go.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime, timedelta

RECENT = 10
DAILY_DAYS = 7
WEEKLY_DAYS = 31
MONTHLY_DAYS = 366


def _week(stamp: datetime) -> Hashable:
    iso = stamp.isocalendar()
    return (iso.year, iso.week)


def _newest_per(
    stamps: list[datetime], now: datetime, days: int, key: Callable[[datetime], Hashable]
) -> set[datetime]:
    kept: dict[Hashable, datetime] = {}
    for stamp in stamps:
        if now - stamp <= timedelta(days=days):
            kept.setdefault(key(stamp), stamp)
    return set(kept.values())


def to_keep(
    stamps: Iterable[datetime], now: datetime, *, recent: int = RECENT
) -> set[datetime]:
    """The subset of ``stamps`` (backup times) that the rotation keeps at ``now``."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:recent])
    keep |= _newest_per(ordered, now, DAILY_DAYS, lambda s: s.date())
    keep |= _newest_per(ordered, now, WEEKLY_DAYS, _week)
    keep |= _newest_per(ordered, now, MONTHLY_DAYS, lambda s: (s.year, s.month))
    return keep
