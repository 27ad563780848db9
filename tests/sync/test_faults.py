"""A sync is atomic on both sides: a cut connection, a laptop that fails to record the
result, a process killed mid-sync — both sides stay consistent and the next sync
completes. An unreachable server exits 3 and changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import create_engine, text

from kam.cli import main
from kam.store.location import resolve_url
from kam.sync.client import sync
from kam.sync.link import SyncError
from tests.sync.helpers import account, add_account, dump, outbox

pytestmark = pytest.mark.postgres


def _server(url: str, sql: str) -> list:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql))
            return result.all() if result.returns_rows else []
    finally:
        engine.dispose()


def _slow_receipts(url: str, seconds: float) -> None:
    _server(
        url,
        f"""
        CREATE FUNCTION test_slow() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep({seconds}); RETURN NULL; END $$;
        CREATE TRIGGER test_slow AFTER INSERT ON sync_receipt
        FOR EACH STATEMENT EXECUTE FUNCTION test_slow();""",
    )


def _fast_again(url: str) -> None:
    _server(url, "DROP TRIGGER test_slow ON sync_receipt; DROP FUNCTION test_slow()")


def _counts(url: str) -> tuple[int, int]:
    return _server(
        url, "SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM sync_change)"
    )[0]


def test_a_connection_cut_mid_push_leaves_both_sides_as_they_were(laptop, server) -> None:
    anna = laptop("anna")
    add_account(anna, "C1", "河北钢铁")
    add_account(anna, "C2", "邯郸钢铁")
    _slow_receipts(server, 5)

    def cut() -> None:
        time.sleep(1.5)
        _server(
            server,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )

    cutter = threading.Thread(target=cut)
    cutter.start()
    with pytest.raises(SyncError) as failed:
        sync(anna)
    cutter.join()
    assert failed.value.code == 3
    assert _counts(server) == (0, 0)
    assert outbox(anna) == 2
    _fast_again(server)
    report = sync(anna)
    assert report.pushed == {"account": 2}
    assert _counts(server) == (2, 2)
    assert outbox(anna) == 0


def test_a_laptop_that_fails_after_the_server_committed_completes_next_time(laptop, server) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    add_account(anna, "C1", "河北钢铁")
    with anna.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER test_full BEFORE INSERT ON sync_base "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
            )
        )
    with pytest.raises(SyncError, match="sync again"):
        sync(anna)
    assert _counts(server) == (1, 1)  # the server has it
    assert outbox(anna) == 1  # the laptop is as it was
    with anna.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER test_full"))
    edit_later = "唐山"
    from tests.sync.helpers import edit_account

    edit_account(anna, "C1", region=edit_later)
    report = sync(anna)
    assert report.conflicts == []
    assert _counts(server)[0] == 1
    assert outbox(anna) == 0
    sync(ben)
    assert account(ben, "C1").region == edit_later
    assert dump(anna) == dump(ben)
    assert sync(anna).changed_nothing


def test_a_sync_killed_mid_push_is_rolled_back_and_completed_by_the_next(laptop, server) -> None:
    anna = laptop("anna")
    add_account(anna, "C1", "河北钢铁")
    path = anna.path
    anna.close()
    _slow_receipts(server, 4)
    env = {**os.environ, "KAM_USER": "anna"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kam", "--db", str(path), "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until it is inside the server transaction
        waiting = _server(
            server,
            "SELECT count(*) FROM pg_stat_activity WHERE "
            "datname = current_database() AND query LIKE '%sync_receipt%' "
            "AND state = 'active' AND pid <> pg_backend_pid()",
        )[0][0]
        if waiting:
            break
        time.sleep(0.1)
    process.kill()
    process.wait()
    _fast_again(server)
    time.sleep(0.5)
    assert _server(server, "SELECT count(*) FROM account")[0][0] in (0, 1)
    from kam.store import open_database

    again = open_database(path, user="anna")
    try:
        report = sync(again)
        assert _counts(server)[0] == 1
        assert outbox(again) == 0
        assert report.refused == []
        assert sync(again).changed_nothing
    finally:
        again.close()


def test_an_unreachable_server_exits_3_and_changes_nothing(laptop, capsys) -> None:
    anna = laptop("anna")
    add_account(anna, "C1", "河北钢铁")
    with anna.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE sync_state SET value = 'postgresql://nobody@127.0.0.1:1/x' "
                "WHERE key = 'server_url'"
            )
        )
    before = dump(anna)
    path = anna.path
    anna.close()
    assert main(["--db", str(path), "sync"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("kam: ") and len(err.strip().splitlines()) == 1
    from kam.store import open_database

    again = open_database(path, user="anna")
    try:
        assert outbox(again) == 1 and dump(again) == before
    finally:
        again.close()
