"""Opening a file: damaged, read-only, encrypted, shared with another program, in a sync folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kam.store import open_database
from kam.store.crypto import encrypt_database
from kam.store.errors import (
    AlreadyOpen,
    DamagedDatabase,
    DatabaseLocked,
    PassphraseRequired,
    ReadOnlyDatabase,
    WrongPassphrase,
)
from kam.store.instance import FileLock, exclusive_use
from kam.store.places import on_network_share, risky_location, sync_folder
from tests.store.helpers import add_accounts

PASS = "长城-Great Wall 2026"


def test_read_only_file_gets_a_clear_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The suite may run as root, for whom chmod does not stop writes: ask os.access.
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != db_path)
    with pytest.raises(ReadOnlyDatabase, match="read-only"):
        open_database(db_path)


def test_read_only_folder_gets_a_clear_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != db_path.parent)
    with pytest.raises(ReadOnlyDatabase, match="folder"):
        open_database(db_path)


def test_encrypted_file_needs_the_right_passphrase(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KAM_PASSPHRASE", raising=False)
    encrypt_database(db_path, PASS)
    with pytest.raises(PassphraseRequired):
        open_database(db_path)
    with pytest.raises(WrongPassphrase, match="passphrase does not open"):
        open_database(db_path, passphrase="not the one at all")
    db = open_database(db_path, passphrase=PASS)
    assert db.encrypted and PASS not in repr(db) and PASS not in db.url
    add_accounts(db, 2)
    db.close()
    monkeypatch.setenv("KAM_PASSPHRASE", PASS)
    db = open_database(db_path)
    with db.session() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM account")).scalar() == 2
    db.close()


def test_a_plain_file_ignores_a_passphrase_in_the_environment(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAM_PASSPHRASE", PASS)
    db = open_database(db_path)
    assert not db.encrypted
    db.close()


def test_replacing_the_file_waits_for_every_user_to_close_it(db_path: Path) -> None:
    db = open_database(db_path)
    with pytest.raises(AlreadyOpen, match="close it first"), exclusive_use(db_path):
        pass
    db.close()
    with exclusive_use(db_path), pytest.raises(DatabaseLocked, match="restored or re-encrypted"):
        open_database(db_path)


def test_a_second_app_instance_is_refused(db_path: Path) -> None:
    first = FileLock(db_path, "app.lock")
    assert first.acquire(exclusive=True)
    second = FileLock(db_path, "app.lock")
    assert not second.acquire(exclusive=True)
    assert second.holder_pid() == os.getpid()
    first.release()
    assert second.acquire(exclusive=True)
    second.release()


def test_a_damaged_page_is_caught_before_anything_writes(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 300, notes="备注" * 40)
    db.close()
    from tests.reliability.damage import flip_root_page_header

    flip_root_page_header(db_path, "account")
    with pytest.raises(DamagedDatabase) as caught:
        open_database(db_path)
    assert caught.value.path == db_path


@pytest.mark.parametrize(
    "folder",
    ["Dropbox", "OneDrive - 上海宝钢", "iCloudDrive", "Mobile Documents", "坚果云", "Google Drive"],
)
def test_sync_folders_are_recognised(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "kam" / "kam.sqlite3"
    assert sync_folder(path) == folder
    assert "sync folder" in (risky_location(path) or "")


def test_local_folder_and_network_mounts() -> None:
    mounts = (
        "/dev/vda / ext4 rw 0 0\n"
        "//nas/share /mnt/office cifs rw 0 0\n"
        "server:/export /home/wang/nfs nfs4 rw 0 0\n"
    )
    assert sync_folder(Path("/home/wang/kam/kam.sqlite3")) is None
    assert not on_network_share(Path("/home/wang/kam/kam.sqlite3"), mounts)
    assert on_network_share(Path("/mnt/office/kam.sqlite3"), mounts)
    assert on_network_share(Path("/home/wang/nfs/a/kam.sqlite3"), mounts)
    assert on_network_share(Path("//nas/share/kam.sqlite3"), mounts)


def test_a_text_file_is_not_taken_for_an_encrypted_database(tmp_path: Path) -> None:
    from kam.store import raw
    from kam.store.errors import NotKamDatabase

    path = tmp_path / "客户名单.sqlite3"
    path.write_bytes(("河北钢铁,张伟\n".encode() * 4096)[:8192])  # a whole number of "pages"
    assert not raw.looks_encrypted(path)
    with pytest.raises(NotKamDatabase):
        open_database(path)
