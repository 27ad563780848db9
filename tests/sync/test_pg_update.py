"""The team server writes a batch of updated records with one statement per set of
columns (``kam.sync.pg_update``) and holds exactly what one UPDATE per record wrote:
every column kind, NULLs beside values, the ``updated_at`` an UPDATE sets itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, event, insert, select
from sqlalchemy.exc import DBAPIError

from kam.domain import Account, Contact, Staff, Visit
from kam.store.location import resolve_url
from kam.sync.pg_update import update_many
from kam.sync.rows import Writer, read_rows
from kam.sync.tables import by_name

pytestmark = pytest.mark.postgres


@pytest.fixture
def conn(server: str) -> Iterator[Connection]:
    engine = create_engine(resolve_url(server))
    with engine.connect() as connection:
        yield connection
        connection.rollback()
    engine.dispose()


def _updates(conn: Connection) -> list[str]:
    """The UPDATE statements the server runs for ``conn`` from now on (an executemany
    runs its statement once for each set of parameters)."""
    sent: list[str] = []

    @event.listens_for(conn, "before_cursor_execute")
    def seen(_c: Any, _cursor: Any, statement: str, params: Any, _ctx: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            sent.extend([statement] * (len(params) if many else 1))

    return sent


def _fill(conn: Connection) -> None:
    conn.execute(insert(Staff.__table__), [{"name": "王强"}, {"name": "李工"}])  # type: ignore[arg-type]
    conn.execute(
        insert(Account.__table__),  # type: ignore[arg-type]
        [
            {"code": f"A{n}", "name": f"钢厂{n}", "assets": 10.5, "founded": 1990}
            for n in range(1, 5)
        ],
    )
    accounts = conn.scalars(select(Account.id).order_by(Account.id)).all()
    conn.execute(
        insert(Visit.__table__),  # type: ignore[arg-type]
        [
            {
                "account_id": accounts[0],
                "layer": "business",
                "planned_on": date(2026, 3, n),
                "start_time": time(9, 0),
                "duration_min": 60,
                "expenses": 100.0,
                "original_date": date(2026, 2, 1),
                "purpose": "初访",
            }
            for n in range(1, 5)
        ],
    )


def _edited(conn: Connection, table: str, edits: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The table's records (in id order) with ``edits`` made, in their wire form."""
    spec = by_name()[table]
    keys = conn.scalars(select(spec.table.c.uuid).order_by(spec.table.c.id)).all()
    now = read_rows(conn, spec, keys)
    return {key: {**now[key], **edit} for key, edit in zip(keys, edits, strict=True)}


def test_a_batch_mixing_nulls_and_values_of_every_column_kind(
    conn: Connection, update_mode: str
) -> None:
    _fill(conn)
    staff = {name: uuid for name, uuid in conn.execute(select(Staff.name, Staff.uuid))}
    accounts = _edited(
        conn,
        "account",
        [
            # boolean, integer, float (an int among floats), text, a foreign key, NULLs
            {"key_account": True, "shared": False, "assets": None, "founded": 2001},
            {"key_account": False, "shared": True, "assets": 3, "credit_limit": 0.1},
            {"owner_id": staff["王强"], "founded": None, "notes": "重点客户\n第二行"},
            {"owner_id": staff["李工"], "region": "", "short_name": "x" * 80},
        ],
    )
    stamp = datetime(2026, 3, 1, 8, 30, 15, 123456)
    visits = _edited(
        conn,
        "visit",
        [
            # date, time, date-time, integer, float, text, a foreign key, NULLs
            {"start_time": None, "duration_min": None, "expenses": None, "original_date": None},
            {"start_time": "14:45:30", "expenses": 12.25, "planned_on": "2026-04-30"},
            {"updated_at": str(stamp), "created_at": "2025-12-31 23:59:59", "expenses": 7},
            {"account_id": list(accounts)[1], "start_time": "00:00:00", "purpose": ""},
        ],
    )
    sent = _updates(conn)
    writer = Writer(conn)
    assert writer.upsert(by_name()["account"], accounts) == []
    assert writer.upsert(by_name()["visit"], visits) == []

    # The server holds what was sent (a float column's 3 is 3.0), NULLs where sent.
    assert read_rows(conn, by_name()["account"], accounts) == accounts
    assert read_rows(conn, by_name()["visit"], visits) == visits
    held = conn.execute(select(Visit.start_time, Visit.expenses).order_by(Visit.id)).all()
    assert held == [(None, None), (time(14, 45, 30), 12.25), (time(9, 0), 7.0), (time(0), 100.0)]
    assert isinstance(held[2][1], float)
    # One statement per table (every record sends all its columns) or one per record.
    assert len(sent) == (2 if update_mode == "together" else 8)


def test_an_update_of_some_columns_sets_updated_at_as_a_single_update_does(
    conn: Connection, update_mode: str
) -> None:
    """A contact pointing at a boss of the same batch has its link written after the
    batch, alone: the UPDATE also stamps updated_at, each record's own time."""
    _fill(conn)
    account = conn.scalars(select(Account.id).order_by(Account.id)).first()
    old = datetime(2020, 1, 1)
    conn.execute(
        insert(Contact.__table__),  # type: ignore[arg-type]
        [
            {"account_id": account, "name": name, "updated_at": old, "created_at": old}
            for name in ("老总", "张工", "李工")
        ],
    )
    spec = by_name()["contact"]
    boss, *staff = conn.scalars(select(Contact.uuid).order_by(Contact.id)).all()
    writer = Writer(conn)
    writer.load_ids("contact", [boss, *staff])
    ids = writer._ids["contact"]
    before = datetime.now(UTC).replace(tzinfo=None)
    writer._update(spec, [(ids[u], {"reports_to_id": ids[boss]}) for u in staff])
    rows = conn.execute(
        select(Contact.name, Contact.reports_to_id, Contact.updated_at).order_by(Contact.id)
    ).all()
    assert [(name, boss_id) for name, boss_id, _at in rows] == [
        ("老总", None),
        ("张工", ids[boss]),
        ("李工", ids[boss]),
    ]
    assert rows[0].updated_at == old
    assert all(before <= r.updated_at < before + timedelta(minutes=1) for r in rows[1:])


def test_a_text_too_long_for_its_column_fails_as_before_not_cut(
    conn: Connection, update_mode: str
) -> None:
    _fill(conn)
    accounts = _edited(conn, "account", [{"short_name": "x" * 81}, {}, {}, {}])
    with pytest.raises(DBAPIError) as failed:
        Writer(conn).upsert(by_name()["account"], accounts)
    assert getattr(failed.value.orig, "sqlstate", None) == "22001"  # string_data_right_truncation


def test_values_that_cannot_share_one_array_go_row_by_row(conn: Connection) -> None:
    _fill(conn)
    table = by_name()["visit"].table
    ids = conn.scalars(select(Visit.id).order_by(Visit.id)).all()[:2]
    naive = datetime(2026, 5, 1, 12, 0)
    aware = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    mixed = [(ids[0], {"updated_at": naive}), (ids[1], {"updated_at": aware})]
    assert update_many(conn, table, ["updated_at"], mixed) is False
    twice = [(ids[0], {"duration_min": 1}), (ids[0], {"duration_min": 2})]
    assert update_many(conn, table, ["duration_min"], twice) is False
    assert conn.scalars(select(Visit.duration_min).order_by(Visit.id)).all()[:2] == [60, 60]
    Writer(conn)._update(by_name()["visit"], twice)  # row by row: the last one wins
    assert conn.scalars(select(Visit.duration_min).order_by(Visit.id)).all()[:2] == [2, 60]
