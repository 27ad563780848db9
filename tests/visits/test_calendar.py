"""The calendar export (issue 14 items 11, 12): SEQUENCE counts the visit's changes, times
carry the salesperson's zone with its VTIMEZONE, all-day visits are busy."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kam.store import Database
from kam.visits.ics import local_zone, visit_uid, visits_calendar, write_ics
from kam.visits.queries import list_visits
from kam.visits.service import VisitData, get_visit, postpone_visit, save_visit

from .conftest import Company

DAY = date.today() + timedelta(days=2)


def _events(db: Database, tmp_path: Path, **kw) -> dict:
    out = tmp_path / "v.ics"
    rows = list_visits(db, start=DAY - timedelta(days=1), end=DAY + timedelta(days=30))
    out.write_bytes(visits_calendar(rows, **kw).to_ical())
    cal = Calendar.from_ical(out.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}, cal


def test_sequence_grows_with_every_change(db: Database, company: Company, tmp_path: Path) -> None:
    visit_id = save_visit(
        db, VisitData(account_id=company.hb, layer="business", planned_on=DAY, purpose="对账")
    ).id
    uid = visit_uid(get_visit(db, visit_id).uuid)
    seen = [int(_events(db, tmp_path)[0][uid]["SEQUENCE"])]
    # Three changes within the same minute: each one is a new revision.
    for purpose in ("对账与回款", "对账、回款、新合同"):
        data = get_visit(db, visit_id)
        data.purpose = purpose
        save_visit(db, data)
        seen.append(int(_events(db, tmp_path)[0][uid]["SEQUENCE"]))
    postpone_visit(db, visit_id, DAY + timedelta(days=1))
    seen.append(int(_events(db, tmp_path)[0][uid]["SEQUENCE"]))
    assert seen == [0, 1, 2, 3]
    # Saving without a change is not a revision.
    save_visit(db, get_visit(db, visit_id))
    assert int(_events(db, tmp_path)[0][uid]["SEQUENCE"]) == 3


def test_times_carry_the_zone_and_all_day_visits_are_busy(
    db: Database, company: Company, tmp_path: Path
) -> None:
    timed = save_visit(
        db,
        VisitData(
            account_id=company.hb,
            layer="technical",
            planned_on=DAY,
            start_time=time(9, 0),
            duration_min=60,
        ),
    ).id
    allday = save_visit(db, VisitData(account_id=company.sg, layer="leader", planned_on=DAY)).id
    events, cal = _events(db, tmp_path, zone=ZoneInfo("Asia/Shanghai"))
    event = events[visit_uid(get_visit(db, timed).uuid)]
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    start = event.decoded("DTSTART")
    assert start.astimezone(ZoneInfo("UTC")).hour == 1  # 09:00 in Shanghai is 01:00 UTC
    zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
    assert zones == ["Asia/Shanghai"]
    whole = events[visit_uid(get_visit(db, allday).uuid)]
    assert str(whole["TRANSP"]) == "OPAQUE" and isinstance(whole.decoded("DTSTART"), date)


@pytest.mark.parametrize(
    ("env", "expected"), [("Europe/Berlin", "Europe/Berlin"), ("Not/AZone", None)]
)
def test_the_zone_comes_from_the_setting_or_the_system(monkeypatch, env, expected) -> None:
    monkeypatch.setenv("KAM_TZ", env)
    zone = local_zone()
    if expected:
        assert zone.key == expected
    else:
        assert zone.key  # the system's zone, or Asia/Shanghai
    assert local_zone("Asia/Shanghai").key == "Asia/Shanghai"


def test_write_ics_round_trips_in_another_zone(
    db: Database, company: Company, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("KAM_TZ", "Asia/Shanghai")
    save_visit(
        db,
        VisitData(
            account_id=company.hb,
            layer="technical",
            planned_on=DAY,
            start_time=time(14, 30),
            duration_min=90,
        ),
    )
    out = tmp_path / "v.ics"
    write_ics(list_visits(db, start=DAY, end=DAY), out)
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start == datetime.combine(DAY, time(14, 30), tzinfo=ZoneInfo("Asia/Shanghai"))
    assert start.astimezone(ZoneInfo("Europe/Berlin")).hour in (7, 8)  # CET / CEST


def test_a_deleted_visit_is_taken_back_on_a_laptop_and_not_on_a_team_server(
    db: Database, company: Company, tmp_path: Path
) -> None:
    from kam.visits.ics_sent import export_ics
    from kam.visits.service import delete_visit

    visit_id = save_visit(db, VisitData(account_id=company.hb, layer="business", planned_on=DAY)).id
    out = tmp_path / "v.ics"
    assert export_ics(db, out, start=DAY, end=DAY).events == 1
    delete_visit(db, visit_id)
    done = export_ics(db, out, start=DAY, end=DAY)
    # A server is shared by several phones: its export remembers nothing (kam.visits.ics_sent).
    laptop = db.engine.dialect.name == "sqlite"
    assert (done.events, done.cancelled) == (0, 1 if laptop else 0)
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == done.cancelled
