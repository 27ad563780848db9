"""The private PostgreSQL server the team tests run against (tests/pg.py)."""

from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.postgres


def test_each_test_gets_an_empty_database(pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()[0]
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
    assert int(version) >= 150000
    assert tables == 0


def test_databases_are_not_shared_between_tests(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE scratch (id int)")
