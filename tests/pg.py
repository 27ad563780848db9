"""A real PostgreSQL server for the tests (the team server's backend).

``pg_server`` (session) runs ``initdb`` into a temporary folder and starts a private
server on a free loopback port (plus a Unix socket in that folder), stopped and removed
at the end of the session; ``pg_url`` (function) is a fresh, empty database on it, as
the libpq URL users type (``postgresql://postgres@127.0.0.1:PORT/NAME``), dropped after
the test; ``pg_db`` (function) is an open KAM ``Database`` on an emptied database at the
schema's head (migrated once per session, truncated per test). Tests that use them
are marked ``@pytest.mark.postgres``.

As root, ``initdb`` refuses to run: the server is then run as the ``postgres`` user, on
a folder that user owns. Without PostgreSQL binaries (``KAM_PG_BIN`` or
``/usr/lib/postgresql/<N>/bin``) the tests that need it are skipped with the reason, or
fail when ``KAM_REQUIRE_POSTGRES`` is set (``scripts/test.sh``, which CI runs, sets it);
``scripts/bootstrap.sh`` installs the ``postgresql`` package.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kam.store import Database

SUPERUSER = "postgres"
# Roles in this group must give a password over TCP (the password tests use it);
# everyone else is trusted, as a developer's private test server can be.
PASSWORD_GROUP = "kam_password_login"


def _find_bin() -> Path | None:
    configured = os.environ.get("KAM_PG_BIN")
    if configured:
        return Path(configured)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return candidates[0].parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", SUPERUSER, "--", *command]
    return command


@dataclass
class PgServer:
    """A running private server: where it listens and how to reach it."""

    bindir: Path
    folder: Path
    port: int
    host: str = "127.0.0.1"
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def url(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        """The libpq URL of ``dbname`` on this server (the form users type)."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@{self.host}:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres", user: str = SUPERUSER, **kwargs: object):
        """A psycopg connection (autocommit) for set-up statements in tests."""
        import psycopg

        return psycopg.connect(self.url(dbname, user), autocommit=True, **kwargs)

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        with self.connect(dbname) as connection:
            connection.execute(sql)

    def new_database(self, prefix: str = "t", template: str | None = None) -> str:
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        clause = f" TEMPLATE {template}" if template else ""
        self.execute(f'CREATE DATABASE "{name}"{clause}')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_roles(self, keep: set[str]) -> None:
        """Drops the login roles tests created (roles are server-wide, not per database)."""
        with self.connect() as connection:
            names = [
                row[0]
                for row in connection.execute(
                    "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_'"
                ).fetchall()
            ]
            for name in names:
                if name not in keep:
                    with contextlib.suppress(Exception):
                        connection.execute(f'DROP ROLE "{name}"')

    def _pg_ctl(
        self, *args: str, file_size_limit: int | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), *args])
        limit = None
        if file_size_limit is not None:
            import resource  # POSIX only, as the tests that ask for a limit

            def limit() -> None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

        return subprocess.run(
            command, capture_output=True, text=True, timeout=120, preexec_fn=limit
        )

    def start(self, file_size_limit: int | None = None) -> None:
        """Starts the server; ``file_size_limit`` (bytes) caps every file it writes (the
        server then fails to grow a table as on a full disk: PostgreSQL ignores SIGXFSZ)."""
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses={self.host} "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        )
        result = self._pg_ctl(
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "start",
            file_size_limit=file_size_limit,
        )
        if result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {result.stderr or result.stdout}\n{tail}")

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")


def _init_server(bindir: Path, *initdb_options: str) -> PgServer:
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    # Run as root, the server runs as the postgres user, who must reach its folder:
    # TMPDIR may point into a folder only root can enter (pytest's own, 0700).
    folder = Path(tempfile.mkdtemp(prefix="kam-pg-", dir="/tmp" if as_root else None))
    if as_root:
        shutil.chown(folder, SUPERUSER, SUPERUSER)
    (folder / "sock").mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(folder / "sock", SUPERUSER, SUPERUSER)
    command = [
        str(bindir / "initdb"),
        "-D",
        str(folder / "data"),
        "-U",
        SUPERUSER,
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
        *initdb_options,
    ]
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"initdb failed: {result.stderr or result.stdout}")
    hba = folder / "data" / "pg_hba.conf"
    rules = hba.read_text()
    hba.write_text(
        f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n"
        f"host all +{PASSWORD_GROUP} ::1/128 scram-sha-256\n" + rules
    )
    return PgServer(bindir=bindir, folder=folder, port=0)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A private PostgreSQL server for the whole session (see the module docstring)."""
    bindir = _find_bin()
    if bindir is None or not (bindir / "initdb").exists():
        reason = "PostgreSQL is not installed (scripts/bootstrap.sh installs it)"
        if os.environ.get("KAM_REQUIRE_POSTGRES"):  # CI: a skipped server test is a failure
            pytest.fail(reason)
        pytest.skip(reason)
    pytest.importorskip("psycopg")
    server = _init_server(bindir)
    # Another process may take the free port between the probe and the start: retry.
    for attempt in range(5):
        server.port = _free_port()
        try:
            server.start()
            break
        except RuntimeError:
            if attempt == 4:
                shutil.rmtree(server.folder, ignore_errors=True)
                raise
    try:
        server.execute(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh empty database on the session server, as a libpq URL; dropped afterwards."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated to head once per session, emptied again before each ``pg_db``."""
    from kam.store import open_database

    name = pg_server.new_database("kam")
    open_database(pg_server.url(name)).close()
    return name


# Every table but Alembic's emptied and every sequence restarted, as in a new database,
# in one statement; triggers and foreign-key checks are off for the wipe (replica role).
# ~0.1 s where TRUNCATE takes ~1.5 s and CREATE DATABASE from a template over a second
# on a busy machine; hundreds of service tests run on PostgreSQL.
_EMPTY = """
DO $$
DECLARE r record;
BEGIN
    PERFORM set_config('session_replication_role', 'replica', true);
    FOR r IN SELECT tablename FROM pg_tables
             WHERE schemaname = 'public' AND tablename <> 'alembic_version' LOOP
        EXECUTE format('DELETE FROM %I', r.tablename);
    END LOOP;
    FOR r IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER SEQUENCE %I RESTART', r.sequencename);
    END LOOP;
END $$
"""


def empty_database(server: PgServer, dbname: str) -> None:
    """Empties ``dbname`` as :func:`pg_db` does (a copy of ``pg_template`` must call it
    first: the template is also ``pg_db``'s database and keeps the last test's rows)."""
    _empty(server, dbname)


def _empty(server: PgServer, dbname: str) -> None:
    with server.connect(dbname) as connection:
        connection.execute(_EMPTY)


@pytest.fixture
def pg_db(pg_server: PgServer, pg_template: str) -> Iterator[Database]:
    """An open, migrated, empty KAM database on the session server (the same database
    for every test, emptied first: use ``pg_url`` for a database of your own)."""
    from kam.store import open_database

    _empty(pg_server, pg_template)
    database = open_database(pg_server.url(pg_template))
    yield database
    database.close()


@pytest.fixture(params=["together", "row by row"])
def update_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A test of the server's writes runs as it writes now (one UPDATE per batch) and as
    it wrote before (one UPDATE per record, as on a laptop): both must come to the same."""
    if request.param == "row by row":
        monkeypatch.setattr("kam.sync.rows.update_many", lambda *args: False)
    return str(request.param)
