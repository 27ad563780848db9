"""Two laptop files and a real team server (PostgreSQL) for the sync tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from kam.store import Database, open_database
from kam.store.location import resolve_url
from kam.sync.link import join
from kam.sync.server import prepare_server
from tests.pg import PgServer, empty_database


@pytest.fixture
def server(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """A team server: a migrated database made a team server, as its libpq URL."""
    # The template is also pg_db's database: it holds whatever the last such test wrote.
    empty_database(pg_server, pg_template)
    name = pg_server.new_database("sync", template=pg_template)
    url = pg_server.url(name)
    engine = create_engine(resolve_url(url))
    with engine.begin() as connection:
        prepare_server(connection)
    engine.dispose()
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def laptop(template_db: Path, tmp_path: Path, server: str) -> Iterator[Callable[..., Database]]:
    """``laptop("anna")``: a new laptop file of that user, joined to ``server``."""
    opened: list[Database] = []

    def make(user: str, *, joined: bool = True, passphrase: str | None = None) -> Database:
        path = tmp_path / f"{user}.sqlite3"
        shutil.copyfile(template_db, path)
        db = open_database(path, user=user)
        if passphrase:
            from kam.store.crypto import encrypt_database

            db.close()
            encrypt_database(path, passphrase)
            db = open_database(path, user=user, passphrase=passphrase)
        opened.append(db)
        if joined:
            join(db, server)
        return db

    yield make
    for db in opened:
        db.close()
