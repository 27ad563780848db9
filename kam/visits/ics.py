"""Calendar export of visits (docs/outputs.md, RFC 5545).

One VEVENT per visit. The UID is derived from the visit's UUID, so importing a newer
export updates the events already in the user's calendar instead of duplicating them;
SEQUENCE is the visit's revision counter, one more with every change, so calendars accept
each update; a cancelled visit is exported with ``STATUS:CANCELLED`` so calendars remove
it. A visit with a start time is a timed event in the salesperson's time zone (TZID, with
its VTIMEZONE in the file), so a laptop or phone set to another zone shows the right hour;
without one it is an all-day event, which still blocks the day (OPAQUE: busy).

A visit deleted, or moved out of the range, since a file carried it is exported as a
cancellation of the event the phone holds (:func:`cancellation_event`); which events
those are is remembered by :mod:`kam.visits.ics_sent`, which also gives the SEQUENCE.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from kam import __version__
from kam.domain.enums import VisitStatus
from kam.i18n import _, label
from kam.store.atomic import atomic_write
from kam.visits.queries import VisitRow

UID_DOMAIN = "kam-desk"
DEFAULT_DURATION_MIN = 60
DEFAULT_ZONE = "Asia/Shanghai"
_EPOCH = datetime(2020, 1, 1)  # LAST-MODIFIED of a visit without a change time


def visit_uid(uuid: str) -> str:
    return f"visit-{uuid}@{UID_DOMAIN}"


def summary(row: VisitRow, lang: str | None = None) -> str:
    return f"{row.account_name} · {label(row.layer, lang)}"


def _description(row: VisitRow, lang: str | None) -> str:
    lines = []
    if row.purpose:
        lines.append(_("Purpose: {text}", lang).format(text=row.purpose))
    if row.our_side:
        lines.append(_("Our people: {names}", lang).format(names=row.our_side))
    if row.their_side:
        lines.append(_("Customer's people: {names}", lang).format(names=row.their_side))
    if row.status == VisitStatus.CANCELLED.value and row.cancel_reason:
        lines.append(_("Cancelled: {reason}", lang).format(reason=row.cancel_reason))
    if row.status == VisitStatus.DONE.value and row.outcome:
        lines.append(_("Outcome: {text}", lang).format(text=row.outcome))
    return "\n".join(lines)


def local_zone(name: str | None = None) -> ZoneInfo:
    """The salesperson's time zone: ``name``, else KAM_TZ, else the system's zone when it
    has an IANA name, else Asia/Shanghai (the users' zone; Windows names no IANA zone)."""
    for candidate in (name, os.environ.get("KAM_TZ"), _system_zone()):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo(DEFAULT_ZONE)


def _system_zone() -> str | None:
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz:
        return tz
    # POSIX systems link /etc/localtime to the zone's file; elsewhere there is no name.
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve()) if link.is_symlink() else ""
    except OSError:
        target = ""
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else None


@dataclass(frozen=True)
class SentEvent:
    """A visit's event as the last exported file carried it (what the phone shows)."""

    uuid: str
    starts_on: date
    starts_at: time | None
    duration_min: int | None
    zone: str | None  # the TZID of a timed event
    summary: str
    sequence: int


@dataclass(frozen=True)
class Cancellation:
    """The event to remove: deleted (``moved_to`` None) or moved out of the range."""

    sent: SentEvent
    sequence: int  # higher than the one the phone saw
    moved_to: date | None = None
    deleted_on: date | None = None
    deleted_by: str = ""


def _add_times(
    event: Event, on: date, at: time | None, duration_min: int | None, zone: ZoneInfo
) -> None:
    if at is None:
        event.add("dtstart", on)
        event.add("dtend", on + timedelta(days=1))
        # A day at a customer's works is a busy day (TRANSPARENT would show it as free).
        event.add("transp", "OPAQUE")
    else:
        start = datetime.combine(on, at, tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=duration_min or DEFAULT_DURATION_MIN))


def visit_event(
    row: VisitRow,
    stamp: datetime,
    lang: str | None = None,
    zone: ZoneInfo | None = None,
    sequence: int | None = None,
) -> Event:
    """The visit's event; ``sequence`` overrides its revision (see :mod:`kam.visits.ics_sent`)."""
    event = Event()
    event.add("uid", visit_uid(row.uuid))
    event.add("dtstamp", stamp)
    event.add("summary", summary(row, lang))
    description = _description(row, lang)
    if description:
        event.add("description", description)
    if row.address:
        event.add("location", row.address)
    _add_times(event, row.planned_on, row.start_time, row.duration_min, zone or local_zone())
    cancelled = row.status == VisitStatus.CANCELLED.value
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("sequence", row.revision if sequence is None else sequence)
    changed = row.updated_at or _EPOCH
    event.add("last-modified", changed.replace(tzinfo=UTC))
    event.add("categories", [label(row.layer, lang)])
    return event


def cancellation_event(
    gone: Cancellation, stamp: datetime, lang: str | None = None, zone: ZoneInfo | None = None
) -> Event:
    """STATUS:CANCELLED for the event the phone holds: its UID, its original time (in the
    zone it was sent in), and a SEQUENCE above the last one sent, so the phone applies it."""
    sent = gone.sent
    event = Event()
    event.add("uid", visit_uid(sent.uuid))
    event.add("dtstamp", stamp)
    event.add("summary", sent.summary)
    if gone.moved_to is not None:
        why = _("Moved to {date}.", lang).format(date=gone.moved_to.isoformat())
    elif gone.deleted_on is not None and gone.deleted_by:
        why = _("Deleted on {date} by {name}.", lang).format(
            date=gone.deleted_on.isoformat(), name=gone.deleted_by
        )
    else:
        why = _("Deleted.", lang)
    event.add("description", why)
    _add_times(
        event,
        sent.starts_on,
        sent.starts_at,
        sent.duration_min,
        local_zone(sent.zone) if sent.zone else zone or local_zone(),
    )
    event.add("status", "CANCELLED")
    event.add("sequence", gone.sequence)
    event.add("last-modified", stamp)
    return event


def visits_calendar(
    rows: Iterable[VisitRow],
    *,
    name: str = "",
    lang: str | None = None,
    stamp: datetime | None = None,
    zone: ZoneInfo | None = None,
    sequences: Mapping[str, int] | None = None,
    cancellations: Iterable[Cancellation] = (),
) -> Calendar:
    """The calendar of ``rows``; ``sequences`` (by visit uuid) override their revisions and
    ``cancellations`` are added as cancelled events (both from :mod:`kam.visits.ics_sent`)."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    zone = zone or local_zone()
    cal = Calendar()
    cal.add("prodid", f"-//KAM Desk//kam {__version__}//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    sequences = sequences or {}
    for row in rows:
        cal.add_component(visit_event(row, stamp, lang, zone, sequences.get(row.uuid)))
    for gone in cancellations:
        cal.add_component(cancellation_event(gone, stamp, lang, zone))
    # A VTIMEZONE for every TZID used (RFC 5545 §3.6.5), covering the events' dates.
    cal.add_missing_timezones()
    return cal


def write_ics(
    rows: Iterable[VisitRow], target: str | Path, *, name: str = "", lang: str | None = None
) -> int:
    """Writes the visits to ``target`` (whole or not at all); returns the count. Remembers
    nothing: ``kam.visits.ics_sent.export_ics`` is the export that cancels what is gone."""
    rows = list(rows)
    data = visits_calendar(rows, name=name, lang=lang).to_ical()
    with atomic_write(target) as handle:
        handle.write(data)
    return len(rows)
