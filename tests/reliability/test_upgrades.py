"""Upgrades: every older schema version reaches head with its content unchanged; a
failing migration leaves the data as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from kam.store import migrate, open_database
from kam.store.engine import make_engine
from kam.store.errors import UpgradeFailed
from kam.store.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    script_directory,
)
from tests.store.helpers import account_codes, add_accounts, integrity
from tests.store.seed import seed, snapshot

pytestmark = pytest.mark.reliability

FIXTURES = Path(__file__).resolve().parent.parent / "store" / "fixtures"
CORE_TABLES = {"account", "contact", "contract", "payment", "visit", "staff"}


def _older_revisions() -> list[str]:
    head = head_revision()
    return [rev.revision for rev in script_directory().walk_revisions() if rev.revision != head]


def _unchanged(
    before: dict[str, list[dict[str, Any]]], after: dict[str, list[dict[str, Any]]]
) -> None:
    """Every old row is still there with its old values (new columns may be added)."""
    for table, rows in before.items():
        assert table in after, f"table {table} vanished"
        kept = [{k: row[k] for k in rows[0]} for row in after[table]] if rows else []
        assert sorted(kept, key=repr) == rows, f"rows of {table} changed"


@pytest.mark.parametrize("revision", _older_revisions())
def test_each_older_schema_upgrades_to_head_with_content_unchanged(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / f"schema-{revision}.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    before = seed(engine)
    engine.dispose()
    assert CORE_TABLES & set(before) <= {t for t, rows in before.items() if rows}

    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    after = snapshot(db.engine)
    db.close()
    _unchanged(before, after)
    assert integrity(path) == "ok"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_released_fixture_databases_upgrade_to_head(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    engine = make_engine(f"sqlite:///{path}")
    before = snapshot(engine)
    engine.dispose()
    assert before["account"], "the fixture holds accounts"
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    after = snapshot(db.engine)
    db.close()
    _unchanged(before, after)


BROKEN = '''"""A migration that fails half-way (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("broken", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE account SET name = 'BROKEN'")
    op.execute("DELETE FROM account WHERE id % 2 = 0")
    raise RuntimeError("disk unplugged during the upgrade")


def downgrade() -> None:
    pass
'''


def test_a_failing_migration_leaves_the_data_as_it_was(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path)
    add_accounts(db, 20)
    db.close()
    names_before = sqlite3.connect(db_path).execute("SELECT code, name FROM account").fetchall()
    old_head = head_revision()

    scripts = tmp_path / "migrations"
    source = Path(migrate.__file__).parent / "migrations"
    shutil.copytree(source, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_broken.py").write_text(BROKEN.format(down=old_head))

    # Both the revision graph and Alembic's configuration read the scripts from here.
    monkeypatch.setattr(migrate, "scripts_folder", lambda: scripts)
    with pytest.raises(UpgradeFailed, match="put back as it was before the upgrade"):
        open_database(db_path)
    monkeypatch.undo()

    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_head
    assert "broken" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert con.execute("SELECT code, name FROM account").fetchall() == names_before
    con.close()
    assert integrity(db_path) == "ok"
    assert len(account_codes(db_path)) == 20
    open_database(db_path).close()
