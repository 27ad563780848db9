"""A full disk in the middle of a sync, on either side: one clear line, nothing
half-applied anywhere, and the next sync after space returns completes it.

The laptop's disk fills for real inside SQLite: its connections get a capped page count
(``max_page_count``), so SQLite fails with ``SQLITE_FULL`` as on a full disk. The
server's fills for real inside PostgreSQL: a second private server runs with a small
file-size limit (``RLIMIT_FSIZE``; PostgreSQL ignores SIGXFSZ, so growing a table past
it fails as on a full disk), without mounting anything.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text

from kam.cli import main
from kam.store import Database, open_database
from kam.store.location import resolve_url
from kam.sync.client import sync
from kam.sync.link import join
from kam.sync.server import prepare_server
from tests.pg import PgServer, _find_bin, _free_port, _init_server
from tests.sync.helpers import account, add_account, dump, outbox

pytestmark = [pytest.mark.postgres, pytest.mark.reliability]

# Larger than any file of a migrated database (the biggest, pg_proc, is under 1 MB) and
# than the 1 MB log segments the small server is made with; smaller than the notes below.
SERVER_FILE_LIMIT = 4 * 1024 * 1024
CJK = [chr(c) for c in range(0x4E00, 0x9FA5)]


def _notes(size: int) -> str:
    """Text that does not compress (PostgreSQL would otherwise store it in little room)."""
    return "".join(random.Random(size).choices(CJK, k=size))


def _server(url: str, sql: str) -> list[Any]:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection:
            return list(connection.execute(text(sql)).all())
    finally:
        engine.dispose()


def _counts(url: str) -> tuple[int, int]:
    row = _server(url, "SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM sync_change)")
    return row[0][0], row[0][1]


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kam: "), captured.err
    assert "Traceback" not in captured.err + captured.out
    return lines[0]


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_a_full_laptop_disk_during_the_pull_leaves_it_as_it_was(
    laptop: Callable[..., Database], server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    for i in range(40):
        add_account(ben, f"B{i:03d}", f"邯郸钢铁{i}号", notes=_notes(3000 + i))
    sync(ben)
    add_account(anna, "A1", "安阳钢铁")
    before, waiting = dump(anna), outbox(anna)
    path = anna.path
    assert path is not None
    anna.close()

    def small_disk(dbapi_connection: Any, _record: Any) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return  # the team server's connection
        files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
        if str(path) in files:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    event.listen(Engine, "connect", small_disk)
    try:
        assert main(["--db", str(path), "sync"]) == 1
    finally:
        event.remove(Engine, "connect", small_disk)
    line = _one_line_error(capsys)
    assert "disk is full" in line and "sync again" in line
    # The server took anna's change (it commits first and recognises it when it comes
    # again); the laptop rolled its whole side back: nothing of ben's half-written.
    assert _counts(server)[0] == 41
    assert _integrity(path) == "ok"
    again = open_database(path, user="anna")
    try:
        assert dump(again) == before and outbox(again) == waiting
        report = sync(again)  # space is back
        assert report.pulled == {"account": 40} and report.refused == []
        assert outbox(again) == 0
        sync(ben)
        assert dump(again) == dump(ben)
        assert account(again, "B007").notes == _notes(3007)
        assert sync(again).changed_nothing
    finally:
        again.close()


@pytest.fixture
def small_server() -> Iterator[PgServer]:
    """A private server of its own whose files cannot grow past SERVER_FILE_LIMIT."""
    if sys.platform == "win32":
        pytest.skip("the file-size limit (RLIMIT_FSIZE) is POSIX")
    bindir = _find_bin()
    if bindir is None or not (bindir / "initdb").exists():
        pytest.skip("PostgreSQL is not installed (scripts/bootstrap.sh installs it)")
    found = _init_server(bindir, "--wal-segsize=1")
    try:
        found.port = _free_port()
        found.start(file_size_limit=SERVER_FILE_LIMIT)
        yield found
    finally:
        found.stop()
        shutil.rmtree(found.folder, ignore_errors=True)


def _laptop(template_db: Path, folder: Path, user: str, url: str) -> Database:
    path = folder / f"{user}.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, user=user)
    join(db, url)
    return db


def test_a_full_server_disk_changes_nothing_and_the_next_sync_completes(
    small_server: PgServer,
    template_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = small_server.url(small_server.new_database("full"))
    open_database(url).close()
    engine = create_engine(resolve_url(url))
    with engine.begin() as connection:
        prepare_server(connection)
    engine.dispose()
    anna, ben = (
        _laptop(template_db, tmp_path, "anna", url),
        _laptop(template_db, tmp_path, "ben", url),
    )
    add_account(anna, "C1", "河北钢铁")
    sync(anna)  # a small sync fits
    # ~5 MB of text that does not compress: the table holding it cannot grow that far.
    for i in range(16):
        add_account(anna, f"D{i:02d}", f"唐山钢铁{i}号", notes=_notes(100_000 + i))
    before, waiting, on_server = dump(anna), outbox(anna), _counts(url)
    path = anna.path
    assert path is not None
    anna.close()

    assert main(["--db", str(path), "sync"]) == 1
    line = _one_line_error(capsys)
    assert "server's disk is full" in line and "nothing was changed" in line
    assert _counts(url) == on_server  # the server rolled the whole push back
    anna = open_database(path, user="anna")
    try:
        assert dump(anna) == before and outbox(anna) == waiting
        small_server.stop()
        small_server.start()  # space is back
        report = sync(anna)
        assert report.pushed == {"account": 16} and report.refused == []
        assert outbox(anna) == 0
        assert _counts(url)[0] == 17
        sync(ben)
        assert dump(anna) == dump(ben)
        assert account(ben, "D05").notes == _notes(100_005)
        assert sync(anna).changed_nothing
    finally:
        anna.close()
        ben.close()
