"""The calendar takes back what is gone (issue 14 item 10): a visit deleted, or moved out
of the range, since a file carried it comes as STATUS:CANCELLED with its UID, a higher
SEQUENCE and its original time in the next export of that range — and only there."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from kam.cli import main
from kam.store import Database
from kam.visits.ics import visit_uid
from kam.visits.ics_sent import export_ics, ics_sent
from kam.visits.service import (
    VisitData,
    delete_visit,
    get_visit,
    postpone_visit,
    save_visit,
)

from .conftest import Company

# The memory is a laptop file's (a team server remembers nothing: test_calendar.py), so
# these stay on SQLite (conftest: a test using ``db_path`` is not run on PostgreSQL).
pytestmark = pytest.mark.usefixtures("db_path")

SHANGHAI = ZoneInfo("Asia/Shanghai")
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))
JANUARY = (date(2027, 1, 1), date(2027, 1, 31))


def _export(db: Database, path: Path, period: tuple[date, date], **kw) -> dict[str, object]:
    export_ics(db, path, start=period[0], end=period[1], zone=SHANGHAI, **kw)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return {str(e["UID"]): e for e in events}


def _cancelled(events: dict) -> set[str]:
    return {uid for uid, e in events.items() if str(e["STATUS"]) == "CANCELLED"}


def _visit(
    db: Database, company: Company, on: date, at: time | None = time(9, 30), layer: str = "business"
) -> tuple[int, str]:
    visit_id = save_visit(
        db,
        VisitData(
            account_id=company.hb,
            layer=layer,
            planned_on=on,
            start_time=at,
            duration_min=90 if at else None,
            purpose="对账",
        ),
    ).id
    return visit_id, visit_uid(get_visit(db, visit_id).uuid)


def test_a_deleted_visit_is_cancelled_at_its_time_in_the_next_export(
    db: Database, company: Company, tmp_path: Path
) -> None:
    gone, uid = _visit(db, company, date(2026, 12, 10))
    _kept, kept_uid = _visit(db, company, date(2026, 12, 11), at=None)
    first = _export(db, tmp_path / "a.ics", DECEMBER)
    assert _cancelled(first) == set()
    seen = int(first[uid]["SEQUENCE"])
    delete_visit(db, gone)
    events = _export(db, tmp_path / "b.ics", DECEMBER)
    assert _cancelled(events) == {uid} and set(events) == {uid, kept_uid}
    cancel = events[uid]
    assert int(cancel["SEQUENCE"]) > seen
    assert cancel.decoded("DTSTART") == datetime(2026, 12, 10, 9, 30, tzinfo=SHANGHAI)
    assert cancel["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert "河北钢铁" in str(cancel["SUMMARY"])
    assert "删除" in str(cancel["DESCRIPTION"]) or "Deleted" in str(cancel["DESCRIPTION"])
    # Later exports say it again, with the same SEQUENCE (nothing new happened).
    again = _export(db, tmp_path / "c.ics", DECEMBER)
    assert _cancelled(again) == {uid}
    assert int(again[uid]["SEQUENCE"]) == int(cancel["SEQUENCE"])


def test_a_visit_deleted_before_any_export_is_not_sent(
    db: Database, company: Company, tmp_path: Path
) -> None:
    gone, _uid = _visit(db, company, date(2026, 12, 10))
    delete_visit(db, gone)
    assert _export(db, tmp_path / "a.ics", DECEMBER) == {}


def test_a_moved_visit_is_cancelled_in_the_old_range_and_sent_in_the_new(
    db: Database, company: Company, tmp_path: Path
) -> None:
    visit_id, uid = _visit(db, company, date(2026, 12, 28))
    seen = int(_export(db, tmp_path / "dec.ics", DECEMBER)[uid]["SEQUENCE"])
    postpone_visit(db, visit_id, date(2027, 1, 6))
    december = _export(db, tmp_path / "dec2.ics", DECEMBER)
    assert _cancelled(december) == {uid}
    cancel = december[uid]
    assert cancel.decoded("DTSTART") == datetime(2026, 12, 28, 9, 30, tzinfo=SHANGHAI)
    assert int(cancel["SEQUENCE"]) > seen
    assert "2027-01-06" in str(cancel["DESCRIPTION"])
    january = _export(db, tmp_path / "jan.ics", JANUARY)
    assert _cancelled(january) == set()
    moved = january[uid]
    assert str(moved["STATUS"]) == "CONFIRMED"
    assert moved.decoded("DTSTART") == datetime(2027, 1, 6, 9, 30, tzinfo=SHANGHAI)
    # The phone applies the new time over the cancellation it holds.
    assert int(moved["SEQUENCE"]) > int(cancel["SEQUENCE"])
    # Its event has moved on the phone: December no longer takes it back.
    assert _cancelled(_export(db, tmp_path / "dec3.ics", DECEMBER)) == set()


def test_a_visit_moved_back_is_sent_above_its_cancellation(
    db: Database, company: Company, tmp_path: Path
) -> None:
    visit_id, uid = _visit(db, company, date(2026, 12, 28))
    _export(db, tmp_path / "a.ics", DECEMBER)
    postpone_visit(db, visit_id, date(2027, 1, 6))
    cancel = int(_export(db, tmp_path / "b.ics", DECEMBER)[uid]["SEQUENCE"])
    data = get_visit(db, visit_id)
    data.planned_on = date(2026, 12, 29)
    save_visit(db, data)
    back = _export(db, tmp_path / "c.ics", DECEMBER)[uid]
    assert str(back["STATUS"]) == "CONFIRMED" and int(back["SEQUENCE"]) > cancel
    # A further change still raises it; an export without a change keeps it.
    data = get_visit(db, visit_id)
    data.purpose = "对账与回款"
    save_visit(db, data)
    later = int(_export(db, tmp_path / "d.ics", DECEMBER)[uid]["SEQUENCE"])
    assert later > int(back["SEQUENCE"])
    assert int(_export(db, tmp_path / "e.ics", DECEMBER)[uid]["SEQUENCE"]) == later


def test_nothing_deleted_or_moved_means_no_cancellation(
    db: Database, company: Company, tmp_path: Path
) -> None:
    visit_id, uid = _visit(db, company, date(2026, 12, 10))
    _visit(db, company, date(2026, 12, 12), at=None)
    first = _export(db, tmp_path / "a.ics", DECEMBER)
    data = get_visit(db, visit_id)
    data.start_time = time(15, 0)  # moved within the range: an update, not a cancellation
    save_visit(db, data)
    second = _export(db, tmp_path / "b.ics", DECEMBER)
    assert _cancelled(first) == _cancelled(second) == set()
    assert set(first) == set(second)
    assert int(second[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])


def test_another_range_carries_no_unrelated_cancellation(
    db: Database, company: Company, tmp_path: Path
) -> None:
    gone, uid = _visit(db, company, date(2026, 12, 10))
    _january, january_uid = _visit(db, company, date(2027, 1, 15))
    _export(db, tmp_path / "dec.ics", DECEMBER)
    _export(db, tmp_path / "jan.ics", JANUARY)
    delete_visit(db, gone)
    january = _export(db, tmp_path / "jan2.ics", JANUARY)
    assert set(january) == {january_uid} and _cancelled(january) == set()
    # A week inside December does carry it; a week before the visit does not.
    assert _cancelled(_export(db, tmp_path / "w.ics", (date(2026, 12, 7), date(2026, 12, 13)))) == {
        uid
    }
    assert (
        _cancelled(_export(db, tmp_path / "w0.ics", (date(2026, 12, 1), date(2026, 12, 6))))
        == set()
    )


def test_a_visit_left_out_by_a_filter_is_not_cancelled(
    db: Database, company: Company, tmp_path: Path
) -> None:
    _visit(db, company, date(2026, 12, 10), layer="technical")
    _visit(db, company, date(2026, 12, 11), layer="business")
    _export(db, tmp_path / "all.ics", DECEMBER)
    business = _export(db, tmp_path / "b.ics", DECEMBER, layer="business")
    assert len(business) == 1 and _cancelled(business) == set()


def test_a_failed_write_remembers_nothing(db: Database, company: Company, tmp_path: Path) -> None:
    _visit(db, company, date(2026, 12, 10))
    with pytest.raises(OSError):
        export_ics(db, tmp_path / "no-such-folder" / "v.ics", start=DECEMBER[0], end=DECEMBER[1])
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ics_sent)).scalar() == 0


def test_the_cli_says_how_many_it_cancelled(
    db_path: Path, db: Database, company: Company, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    gone, uid = _visit(db, company, date(2026, 12, 10))
    out = tmp_path / "v.ics"
    args = [
        "--db",
        str(db_path),
        "--lang",
        "zh_CN",
        "visits",
        "ics",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    delete_visit(db, gone)
    assert main(args) == 0
    assert "已导出 0 次拜访和 1 条取消" in capsys.readouterr().out
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == uid and str(event["STATUS"]) == "CANCELLED"


def test_sequences_never_go_back() -> None:
    from kam.visits.ics import SentEvent
    from kam.visits.ics_sent import Remembered, live_sequence

    def sent(sequence: int, offset: int, cancelled: bool) -> Remembered:
        return Remembered(
            SentEvent("u", date(2026, 12, 1), None, None, None, "", sequence), offset, cancelled
        )

    assert live_sequence(3, None) == (3, 0)
    assert live_sequence(4, sent(3, 0, False)) == (4, 0)
    assert live_sequence(4, sent(5, 0, True)) == (6, 2)  # above the cancellation
    assert live_sequence(2, sent(5, 0, False)) == (6, 4)  # an older counter from a sync
    assert live_sequence(3, sent(3, 0, False)) == (3, 0)  # nothing changed


def test_the_cli_names_the_file_it_cannot_write_and_remembers_nothing(
    db_path: Path, db: Database, company: Company, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    _visit(db, company, date(2026, 12, 10))
    out = tmp_path / "no-such-folder" / "v.ics"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "visits",
                "ics",
                "--from",
                "2026-12-01",
                "--to",
                "2026-12-31",
                "--out",
                str(out),
            ]
        )
        != 0
    )
    [line] = capsys.readouterr().err.strip().splitlines()
    assert str(out) in line and ".tmp" not in line
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ics_sent)).scalar() == 0
