"""The store: pragmas, migrations from the first revision to head, typed errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kam.accounts.service import AccountData, get_account, save_account
from kam.store import open_database
from kam.store.errors import NewerSchema, NotKamDatabase
from kam.store.migrate import current_revision, head_revision


def test_new_file_gets_wal_foreign_keys_and_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_file_made_by_first_migration_upgrades_to_head_with_backup(tmp_path: Path) -> None:
    from alembic import command

    from kam.store.engine import make_engine
    from kam.store.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO account (code, name, short_name, pinyin, pinyin_initials, industry, region,"
                " address, ownership, annual_output, service_area, business_status, payment_terms,"
                " credit_rating, credit_notes, stage, relationship_type, lifecycle, notes, uuid, grade, key_account,"
                " created_at, updated_at, changed_by) VALUES ('HB01', '河北钢铁', '', '', '', '', '',"
                " '', '', '', '', '', '', '', '', 'stable', 'buy_sell', 'loyal', '', 'u-1', 'B', 1,"
                " '2024-01-01', '2024-01-01', 'old')"
            )
        )
    engine.dispose()

    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    assert db.backup_taken is not None and db.backup_taken.exists()
    with db.session() as session:
        assert session.execute(text("SELECT name FROM account")).scalar() == "河北钢铁"
    db.close()
    backup = sqlite3.connect(db.backup_taken)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    backup.close()


def test_foreign_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(NotKamDatabase, match="not a KAM Desk database"):
        open_database(path)


def test_garbage_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not sqlite " * 100)
    with pytest.raises(NotKamDatabase):
        open_database(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(NewerSchema, match="newer KAM Desk"):
        open_database(path)


def test_records_carry_uuid_timestamps_and_who_changed_them(db) -> None:
    account_id = save_account(db, AccountData(code="SG", name="沙钢"))
    data = get_account(db, account_id)
    assert len(data.uuid) == 36
    with db.session() as session:
        row = session.execute(text("SELECT created_at, updated_at, changed_by FROM account")).one()
    assert row.created_at and row.updated_at and row.changed_by == "tester"


def test_revision_graph_read_from_the_scripts_agrees_with_alembic() -> None:
    from kam.store.migrate import known_revisions, script_directory

    scripts = script_directory()
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_opening_a_file_at_head_does_not_load_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from kam.store import open_database;"
        f"open_database({str(db_path)!r}).close();"
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
