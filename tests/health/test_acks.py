"""Acknowledging a warning: hidden while no worse, back when it worsens, spent once the
condition clears."""

from __future__ import annotations

from datetime import date

import pytest

from kam.domain import WarningAck
from kam.health.warnings import acknowledge, open_warnings, withdraw_acknowledgement
from kam.store import Database
from kam.validation import ValidationError
from tests.health import history as h

DAY = date(2026, 6, 30)


def _ack(db: Database, row, note: str = "已约采购部长下周面谈", on: date = DAY) -> None:  # type: ignore[no-untyped-def]
    acknowledge(
        db,
        account_id=row.account_id,
        kind=row.kind,
        subject=row.subject,
        severity=row.severity,
        level=row.level,
        note=note,
        today=on,
    )


def _orders(db: Database, as_of: date = DAY) -> list:  # type: ignore[type-arg]
    return [
        r for r in open_warnings(db, as_of, include_acknowledged=True) if r.kind == "orders_falling"
    ]


def test_acknowledged_warning_is_hidden_until_it_worsens(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2025, 3, 1), quantity=100, amount=0)
    h.contract(db, a, date(2026, 3, 1), quantity=60, amount=0)
    (row,) = _orders(db)
    assert row.level == 40.0 and not row.acknowledged
    _ack(db, row)
    assert [r.kind for r in open_warnings(db, DAY)] == []
    (shown,) = _orders(db)
    assert shown.acknowledged and shown.ack is not None
    assert shown.ack.note == "已约采购部长下周面谈" and shown.ack.acked_by == "tester"
    # Before the acknowledgement was made it does not hide anything.
    assert [r.kind for r in open_warnings(db, date(2026, 6, 29))] == ["orders_falling"]
    # Five more points down: still covered; fifteen more: back.
    h.contract(db, a, date(2025, 4, 1), quantity=10, amount=0)
    assert [r.kind for r in open_warnings(db, DAY)] == []
    h.contract(db, a, date(2025, 5, 1), quantity=40, amount=0)
    (back,) = open_warnings(db, DAY)
    assert back.kind == "orders_falling" and back.level == 60.0 and not back.acknowledged


def test_a_higher_severity_brings_it_back(db: Database) -> None:
    a = h.account(db)
    q = h.quality(db, a, date(2026, 5, 15))
    (row,) = open_warnings(db, DAY)
    assert row.severity == "medium"
    _ack(db, row)
    assert open_warnings(db, date(2026, 7, 10)) == []
    (back,) = open_warnings(db, date(2026, 7, 20))
    assert back.subject == f"quality:{q}" and back.severity == "high"


def test_acknowledgement_is_spent_when_the_warning_clears(db: Database) -> None:
    a = h.account(db)
    c = h.contract(db, a, date(2026, 2, 1), amount=10_000)
    (row,) = open_warnings(db, DAY)
    _ack(db, row)
    h.payment(db, a, DAY, 10_000, c)
    assert open_warnings(db, DAY, expire_acks=True) == []
    with db.session() as s:
        assert s.query(WarningAck).count() == 0


def test_acknowledgement_stays_while_the_warning_still_fires(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2026, 2, 1), amount=10_000)
    (row,) = open_warnings(db, DAY)
    _ack(db, row)
    assert open_warnings(db, DAY, expire_acks=True) == []
    with db.session() as s:
        assert s.query(WarningAck).count() == 1
    withdraw_acknowledgement(db, a, row.kind, row.subject)
    assert len(open_warnings(db, DAY)) == 1


def test_acknowledging_needs_a_note_and_a_known_kind(db: Database) -> None:
    a = h.account(db)
    with pytest.raises(ValidationError) as err:
        acknowledge(db, account_id=a, kind="bogus", subject="", severity="loud", level=0, note="  ")
    assert set(err.value.errors) == {"note", "kind", "severity"}
    with pytest.raises(ValidationError) as err:
        acknowledge(
            db,
            account_id=9999,
            kind="orders_falling",
            subject="",
            severity="low",
            level=0,
            note="ok",
        )
    assert "account" in err.value.errors
    with db.session() as s:
        assert s.query(WarningAck).count() == 0
