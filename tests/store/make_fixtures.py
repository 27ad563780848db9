"""Builds the fixture database of a released schema version (run once per release).

    python -m tests.store.make_fixtures 0002

The files are committed and never regenerated, so that a later edit of an old
migration, which would change what a user's file looks like, is caught by the upgrade
tests instead of silently moving the fixture along.
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command

from kam.store.engine import make_engine
from kam.store.migrate import alembic_config
from tests.store.seed import seed

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build(revision: str) -> Path:
    path = FIXTURES / f"schema-{revision}.sqlite3"
    path.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    seed(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = DELETE")
    engine.dispose()
    return path


if __name__ == "__main__":
    for rev in sys.argv[1:]:
        print(build(rev))
