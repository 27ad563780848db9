"""What the calendar files carried, so the next export can take back what is gone
(issue 14 item 10, docs/outputs.md).

A phone keeps every event it ever imported, by UID. When a visit is deleted, or moved
out of the dates a file covers, a later file of those dates must carry a cancellation
(``STATUS:CANCELLED``, the same UID, a higher SEQUENCE, the time the phone shows) or the
phone keeps the old event for ever.

Why a record (table ``ics_sent``, migration 0014_ics) and not the tombstones alone: a
tombstone says a visit was deleted, not when it was planned, and a move leaves no trace
of the old date, so neither tells which range's export must carry the cancellation nor
the DTSTART a calendar matches it against. Nor do they tell whether a file ever carried
the visit (a visit made and deleted between two exports needs no cancellation). So every
export remembers, per visit, the event as it last sent it: time, zone, title, SEQUENCE,
and whether it was a cancellation. One row per visit, not per range: a phone holds one
event per UID whatever file brought it, so overlapping ranges (a week, then the month)
agree, and a visit moved and then exported at its new date is not cancelled in the old
range (its event has already moved on the phone).

Rules, for an export of ``start..end`` (with its layer and person filters):
- every visit listed is sent; its SEQUENCE is its revision plus an offset that only
  grows, raised when needed to stay above a cancellation (or a newer revision seen from
  a sync) sent before, so a visit moved back is taken again;
- every remembered event dated in the range whose visit is gone (deleted) or now dated
  outside the range (moved) is sent as a cancellation, one above the last SEQUENCE sent
  (the same one again on later exports, which is harmless). A visit still in the range
  but left out by the layer or person filter is not cancelled: it still exists there.
The record assumes the phone imported each file written; a file never imported only
means an event the phone lacks is cancelled or updated, which calendars ignore or apply.

The record is a laptop's (one salesperson, one phone). A team server opened directly is
shared by several people with several phones and row-level security, so there the
export remembers nothing and carries no cancellations (the table is not created there).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    select,
)

from kam.domain import Visit
from kam.store import Database
from kam.store.atomic import atomic_write
from kam.sync.tombstones import was_deleted
from kam.visits.ics import Cancellation, SentEvent, local_zone, summary, visits_calendar
from kam.visits.queries import VisitRow, list_visits

# Not on the domain's metadata: the table is this file's own memory, not a record that
# syncs or goes into the workbook (migration 0014_ics creates it).
metadata = MetaData()
ics_sent = Table(
    "ics_sent",
    metadata,
    Column("visit_uuid", String(36), primary_key=True),
    Column("starts_on", Date, nullable=False, index=True),
    Column("starts_at", Time),
    Column("duration_min", Integer),
    Column("zone", String(64)),
    Column("summary", Text, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("seq_offset", Integer, nullable=False),
    Column("cancelled", Boolean, nullable=False),
    Column("sent_at", DateTime, nullable=False),
)
CHUNK = 500  # uuids per IN (…) list


@dataclass(frozen=True)
class Remembered:
    """A visit's event as last sent, with the offset its live SEQUENCE carries."""

    event: SentEvent
    offset: int
    cancelled: bool


@dataclass(frozen=True)
class Plan:
    sequences: dict[str, int]  # SEQUENCE of each visit sent, by uuid
    offsets: dict[str, int]
    cancellations: list[Cancellation]


@dataclass(frozen=True)
class IcsExport:
    events: int  # visits exported
    cancelled: int  # cancellations of deleted or moved visits


def live_sequence(revision: int, before: Remembered | None) -> tuple[int, int]:
    """(SEQUENCE, offset) of a visit sent now: its revision plus the offset, raised to
    stay above the last SEQUENCE sent (strictly above a cancellation or when the revision
    went back, as a sync may bring an older counter with other content)."""
    if before is None:
        return revision, 0
    offset = before.offset
    last = before.event.sequence
    floor = last + 1 if before.cancelled or revision + offset < last else last
    if revision + offset < floor:
        offset = floor - revision
    return revision + offset, offset


def plan(
    rows: Sequence[VisitRow],
    remembered: dict[str, Remembered],
    in_range: Iterable[Remembered],
    now_dated: dict[str, date],
    start: date,
    end: date,
    deletions: dict[str, tuple[date | None, str]] | None = None,
) -> Plan:
    """What an export of ``start..end`` sends, from what earlier ones sent (pure).

    ``remembered`` holds the record of the visits in ``rows``, ``in_range`` the record of
    events dated in the range, ``now_dated`` the current date of those visits that still
    exist, ``deletions`` when and by whom the others were deleted (from the tombstones).
    """
    sequences: dict[str, int] = {}
    offsets: dict[str, int] = {}
    for row in rows:
        sequences[row.uuid], offsets[row.uuid] = live_sequence(
            row.revision, remembered.get(row.uuid)
        )
    cancellations = []
    for before in in_range:
        uuid = before.event.uuid
        if uuid in sequences:
            continue
        moved_to = now_dated.get(uuid)
        if moved_to is not None and start <= moved_to <= end:
            continue  # still here, left out by a filter
        sequence = before.event.sequence + (0 if before.cancelled else 1)
        deleted_on, deleted_by = (deletions or {}).get(uuid, (None, ""))
        cancellations.append(
            Cancellation(
                before.event, sequence, moved_to, None if moved_to else deleted_on, deleted_by
            )
        )
        offsets[uuid] = before.offset  # a visit moved back builds on it
    return Plan(sequences, offsets, cancellations)


def _remembered(row: object) -> Remembered:
    r = row._mapping  # type: ignore[attr-defined]
    return Remembered(
        SentEvent(
            r["visit_uuid"],
            r["starts_on"],
            r["starts_at"],
            r["duration_min"],
            r["zone"],
            r["summary"],
            r["sequence"],
        ),
        r["seq_offset"],
        bool(r["cancelled"]),
    )


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _read(
    conn: Connection, uuids: Sequence[str], start: date, end: date
) -> tuple[dict[str, Remembered], list[Remembered], dict[str, date]]:
    remembered: dict[str, Remembered] = {}
    for part in _chunks(uuids):
        for row in conn.execute(select(ics_sent).where(ics_sent.c.visit_uuid.in_(part))):
            remembered[row.visit_uuid] = _remembered(row)
    in_range = [
        _remembered(r)
        for r in conn.execute(
            select(ics_sent)
            .where(ics_sent.c.starts_on >= start, ics_sent.c.starts_on <= end)
            .order_by(ics_sent.c.starts_on, ics_sent.c.starts_at, ics_sent.c.visit_uuid)
        )
    ]
    listed = set(uuids)
    others = [r.event.uuid for r in in_range if r.event.uuid not in listed]
    now_dated: dict[str, date] = {}
    for part in _chunks(others):
        for uuid, planned_on in conn.execute(
            select(Visit.uuid, Visit.planned_on).where(Visit.uuid.in_(part))
        ):
            now_dated[uuid] = planned_on
    return remembered, in_range, now_dated


def _record(
    conn: Connection,
    rows: Sequence[VisitRow],
    result: Plan,
    zone: ZoneInfo,
    lang: str | None,
    now: datetime,
) -> None:
    values = [
        dict(
            visit_uuid=row.uuid,
            starts_on=row.planned_on,
            starts_at=row.start_time,
            duration_min=row.duration_min,
            zone=zone.key if row.start_time is not None else None,
            summary=summary(row, lang),
            sequence=result.sequences[row.uuid],
            seq_offset=result.offsets[row.uuid],
            cancelled=False,
            sent_at=now,
        )
        for row in rows
    ]
    for gone in result.cancellations:
        sent = gone.sent
        values.append(
            dict(
                visit_uuid=sent.uuid,
                starts_on=sent.starts_on,
                starts_at=sent.starts_at,
                duration_min=sent.duration_min,
                zone=sent.zone,
                summary=sent.summary,
                sequence=gone.sequence,
                seq_offset=result.offsets[sent.uuid],
                cancelled=True,
                sent_at=now,
            )
        )
    uuids = [str(v["visit_uuid"]) for v in values]
    for part in _chunks(uuids):
        conn.execute(ics_sent.delete().where(ics_sent.c.visit_uuid.in_(part)))
    if values:
        conn.execute(ics_sent.insert(), values)


def export_ics(
    db: Database,
    target: str | Path,
    *,
    start: date,
    end: date,
    layer: str | None = None,
    staff: str | int | None = None,
    name: str = "",
    lang: str | None = None,
    zone: ZoneInfo | None = None,
    stamp: datetime | None = None,
) -> IcsExport:
    """Writes the visits of ``start..end`` to ``target`` with cancellations of what
    earlier files carried there and is gone, and remembers what it sent. The file is
    written whole before the record is kept: a failed write records nothing."""
    zone = zone or local_zone()
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    rows = list_visits(db, start=start, end=end, layer=layer, staff=staff)
    if db.engine.dialect.name != "sqlite":  # a team server: nothing to remember by
        data = visits_calendar(rows, name=name, lang=lang, stamp=stamp, zone=zone).to_ical()
        with atomic_write(target) as handle:
            handle.write(data)
        return IcsExport(len(rows), 0)
    with db.engine.begin() as conn:
        remembered, in_range, now_dated = _read(conn, [r.uuid for r in rows], start, end)
        deletions: dict[str, tuple[date | None, str]] = {}
        for before in in_range:
            uuid = before.event.uuid
            if uuid not in now_dated and uuid not in remembered:
                stone = was_deleted(db, "visit", uuid)  # when and by whom, for the phone
                if stone is not None:
                    local = stone.deleted_at.replace(tzinfo=UTC).astimezone(zone)
                    deletions[uuid] = (local.date(), stone.deleted_by)
        result = plan(rows, remembered, in_range, now_dated, start, end, deletions)
        data = visits_calendar(
            rows,
            name=name,
            lang=lang,
            stamp=stamp,
            zone=zone,
            sequences=result.sequences,
            cancellations=result.cancellations,
        ).to_ical()
        with atomic_write(target) as handle:
            handle.write(data)
        _record(conn, rows, result, zone, lang, stamp.replace(tzinfo=None))
    return IcsExport(len(rows), len(result.cancellations))
