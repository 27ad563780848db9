"""Change capture on the laptop: every table has its triggers, every writer is caught
(the ORM, a workbook import's bulk insert, a hand-written statement), in the same
transaction as the change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kam.exchange import import_workbook
from kam.store import Database
from kam.sync.tables import synced_tables
from tests.exchange.helpers import basic
from tests.sync.helpers import add_account


def _join_offline(db: Database) -> None:
    """Marks the file as joined without a server: capture only looks at that mark."""
    from kam.sync.capture import ensure_capture

    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO sync_state VALUES ('server_url', 'postgresql://x/y')"))
        ensure_capture(connection)


def _outbox(db: Database) -> list[tuple[str, str]]:
    with db.engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(text("SELECT table_name, op FROM sync_outbox ORDER BY seq"))
        ]


def test_every_synced_table_has_capture_triggers(db: Database) -> None:
    with db.engine.connect() as connection:
        # (other triggers of the schema, e.g. account_version, are not capture's)
        deletions = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'")
            ).scalars()
        )
    assert deletions == {f"sync_{t.name}_del" for t in synced_tables() if not t.link}
    _join_offline(db)
    with db.engine.connect() as connection:
        triggers = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
    missing = []
    for spec in synced_tables():
        kinds = ("ins", "del") if spec.link else ("ins", "upd", "del")
        missing += [
            f"sync_{spec.name}_{k}" for k in kinds if f"sync_{spec.name}_{k}" not in triggers
        ]
    assert missing == [], "a new synced table needs its capture triggers in a migration"


@pytest.mark.postgres
def test_every_synced_table_has_capture_triggers_on_the_server(pg_db: Database) -> None:
    with pg_db.engine.connect() as connection:
        tables = set(
            connection.execute(
                text(
                    "SELECT event_object_table FROM information_schema.triggers "
                    "WHERE trigger_name = 'sync_capture'"
                )
            ).scalars()
        )
    assert {t.name for t in synced_tables()} - tables == set()
    with pg_db.engine.connect() as connection:
        inserts = set(
            connection.execute(
                text(
                    "SELECT event_object_table FROM information_schema.triggers "
                    "WHERE trigger_name = 'sync_capture_insert'"
                )
            ).scalars()
        )
    assert {t.name for t in synced_tables() if not t.link} - inserts == set()


def test_an_import_and_a_hand_written_statement_are_captured(db: Database, tmp_path: Path) -> None:
    _join_offline(db)
    report = import_workbook(db, basic(tmp_path / "book.xlsx"))
    assert report.ok
    captured = _outbox(db)
    added = sum(report.added.values())
    assert len(captured) >= added
    assert {t for t, _op in captured} >= {"account", "contract", "payment"}
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE account SET region = 'x' WHERE code = 'C001'"))
        connection.execute(text("DELETE FROM payment"))
    after = _outbox(db)[len(captured) :]
    # Once: the account's version trigger (a lost-update check) updates the row again,
    # which changes nothing that travels and is not captured.
    assert after[0] == ("account", "U")
    assert set(after[1:]) == {("payment", "D")}


def test_an_account_edit_is_captured_once_and_its_version_still_counts(db: Database) -> None:
    from tests.sync.helpers import edit_account

    _join_offline(db)
    add_account(db, "C1", "河北钢铁")

    def version() -> int:
        with db.engine.connect() as connection:
            return connection.execute(text("SELECT version FROM account")).scalar()

    start, before = version(), len(_outbox(db))
    edit_account(db, "C1", region="唐山")
    assert version() == start + 1  # the lost-update check still sees the edit
    assert _outbox(db)[before:] == [("account", "U")]
    with db.engine.begin() as connection:
        # A writer that sets the version itself along with a field is captured …
        connection.execute(text("UPDATE account SET version = version + 5, region = '邯郸'"))
        # … a change of the counter alone is not (nothing that travels changed).
        connection.execute(text("UPDATE account SET version = version + 1"))
    assert _outbox(db)[before:] == [("account", "U"), ("account", "U")]


def test_a_failed_change_leaves_no_trace_in_the_outbox(db: Database) -> None:
    _join_offline(db)
    add_account(db, "C1", "河北钢铁")
    before = _outbox(db)
    with pytest.raises(Exception, match="boom"), db.session() as session:
        session.execute(text("UPDATE account SET region = 'x'"))
        session.execute(text("DELETE FROM account"))
        raise RuntimeError("boom")
    assert _outbox(db) == before
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sync_tombstone")).scalar() == 0


def test_the_triggers_are_the_ones_ensure_capture_would_make(db: Database) -> None:
    import re

    from kam.sync.capture import ensure_capture, trigger_sql

    _join_offline(db)

    def flat(sql: str) -> str:
        return re.sub(r"\s+", " ", sql.replace("(", " ( ").replace(")", " ) ")).strip().rstrip(";")

    with db.engine.begin() as connection:
        stored = dict(
            connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
                )
            ).all()
        )
        assert ensure_capture(connection) == []
        connection.execute(text("DROP TRIGGER sync_account_upd"))
        assert ensure_capture(connection) == ["sync_account_upd"]
        # As an older version made it (capturing the version counter's own update too).
        older = re.sub(r" WHEN .* BEGIN ", " BEGIN ", trigger_sql()["sync_account_upd"])
        connection.execute(text("DROP TRIGGER sync_account_upd"))
        connection.execute(text(older))
        assert ensure_capture(connection) == ["sync_account_upd"]
    expected = trigger_sql()
    assert {n: flat(s) for n, s in stored.items()} == {n: flat(s) for n, s in expected.items()}


@pytest.mark.postgres
def test_ensure_capture_puts_a_lost_server_trigger_back(pg_db: Database) -> None:
    from kam.sync.capture import ensure_capture

    with pg_db.engine.begin() as connection:
        assert ensure_capture(connection) == []
        connection.execute(text("DROP TRIGGER sync_capture ON visit_staff"))
        connection.execute(text("DROP TRIGGER sync_capture ON account"))
        assert sorted(ensure_capture(connection)) == ["account", "visit_staff"]
        connection.execute(text("DROP TRIGGER sync_capture_insert ON contact"))
        assert ensure_capture(connection) == ["contact"]
        assert ensure_capture(connection) == []
