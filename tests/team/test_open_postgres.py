"""Opening a team server: the libpq URL, the Alembic chain on PostgreSQL, its errors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from kam.store import StoreError, open_database
from kam.store.errors import NotForServer, ServerLoginRefused, ServerUnreachable
from kam.store.location import display_url, resolve_url
from kam.store.migrate import head_revision
from tests.pg import PASSWORD_GROUP, PgServer

pytestmark = pytest.mark.postgres


def test_the_alembic_chain_creates_the_schema_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        with db.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == head_revision()
        assert "account" in inspect(db.engine).get_table_names()
    finally:
        db.close()


def _ours(name: str | None, kind: str, _parent: object) -> bool:
    # The server's own tables (sync log, team members) are plain SQL, not ORM models.
    server_only = name is not None and (name.startswith("sync_") or name == "team_member")
    return not (kind == "table" and server_only)


def test_the_migrated_server_matches_the_models(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kam.domain import Base  # through the package: every table registered

    db = open_database(pg_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": _ours}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert differences == []


def test_the_libpq_url_is_served_by_psycopg_3() -> None:
    assert (
        resolve_url("postgresql://anna@host:5433/kam") == "postgresql+psycopg://anna@host:5433/kam"
    )
    assert resolve_url("postgres://anna@host/kam") == "postgresql+psycopg://anna@host/kam"
    assert (
        display_url("postgresql+psycopg://anna:s3cret@host/kam") == "postgresql://anna:***@host/kam"
    )


def test_an_unreachable_server_is_one_line_without_the_password() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ServerUnreachable) as caught:
        open_database(f"postgresql://anna:s3cret@127.0.0.1:{port}/kam")
    message = str(caught.value)
    assert "cannot be reached" in message
    assert "s3cret" not in message
    assert "\n" not in message


def _password_role(pg_server: PgServer, name: str, password: str) -> None:
    pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}")


def test_passwords_come_from_the_url_pgpassword_or_pgpass(
    pg_server: PgServer, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    _password_role(pg_server, "pw_anna", "s3cret")
    pg_server.execute(f'GRANT ALL ON DATABASE "{dbname}" TO pw_anna')
    pg_server.execute("GRANT ALL ON SCHEMA public TO pw_anna", dbname)
    plain = pg_server.url(dbname, user="pw_anna")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(ServerLoginRefused) as caught:
        open_database(plain)
    assert "PGPASSWORD" in str(caught.value)
    open_database(pg_server.url(dbname, user="pw_anna", password="s3cret")).close()
    monkeypatch.setenv("PGPASSWORD", "s3cret")
    open_database(plain).close()
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{dbname}:pw_anna:s3cret\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    db = open_database(plain)
    try:
        assert "s3cret" not in db.url
    finally:
        db.close()
    pg_server.drop_database(dbname)
    pg_server.execute("DROP ROLE pw_anna")


def test_a_wrong_password_names_the_server_not_the_password(
    pg_server: PgServer, pg_url: str
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    _password_role(pg_server, "pw_bob", "right")
    try:
        with pytest.raises(ServerLoginRefused) as caught:
            open_database(pg_server.url(dbname, user="pw_bob", password="wrong"))
        assert "wrong" not in str(caught.value).replace("password authentication failed", "")
    finally:
        pg_server.execute("DROP ROLE pw_bob")


def test_file_operations_say_they_do_not_apply_to_a_server(pg_db, tmp_path: Path) -> None:
    assert pg_db.take_backup("import") is None
    with pytest.raises(NotForServer, match="pg_dump"):
        pg_db.backup_to(tmp_path / "copy.sqlite3")
    with pytest.raises(NotForServer, match="does not apply"):
        pg_db.check()
    assert isinstance(NotForServer("x"), StoreError)


def test_an_older_server_is_upgraded_by_its_administrator_not_by_a_member(
    pg_server: PgServer, pg_url: str
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from kam.store.engine import make_engine
    from kam.store.errors import UpgradeFailed
    from kam.store.location import resolve_url
    from kam.store.migrate import upgrade

    engine = make_engine(resolve_url(pg_url))
    upgrade(engine, target="0006")
    engine.dispose()
    dbname = pg_url.rsplit("/", 1)[1]
    pg_server.execute("CREATE ROLE old_member LOGIN")
    try:
        pg_server.execute(f'GRANT CONNECT ON DATABASE "{dbname}" TO old_member')
        pg_server.execute(
            "GRANT USAGE ON SCHEMA public TO old_member; "
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO old_member",
            dbname,
        )
        with pytest.raises(UpgradeFailed, match="its administrator upgrades it"):
            open_database(pg_server.url(dbname, user="old_member"))
        # Two administrators' apps opening it at once: one upgrades, the other waits.
        with ThreadPoolExecutor(2) as pool:
            opened = list(pool.map(lambda _n: open_database(pg_url), range(2)))
        for db in opened:
            db.close()
        with pg_server.connect(dbname) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == head_revision()
    finally:
        pg_server.drop_database(dbname)
        pg_server.execute("DROP ROLE old_member")
