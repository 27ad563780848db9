"""Changes on a USB stick: a laptop exports its changes to an encrypted file, someone
online applies it to the server; the laptop's own later sync does not apply them twice."""

from __future__ import annotations

import pytest

from kam.cli import main
from kam.store import raw
from kam.sync.changes_file import export_changes, import_changes
from kam.sync.client import sync
from kam.sync.link import SyncError
from tests.sync.helpers import account, add_account, dump, edit_account, outbox

pytestmark = pytest.mark.postgres


def test_changes_travel_on_an_encrypted_file(laptop, tmp_path) -> None:
    anna, director = laptop("anna"), laptop("director")
    add_account(anna, "C1", "河北钢铁", region="河北")
    sync(anna)
    sync(director)
    edit_account(anna, "C1", region="唐山")
    add_account(anna, "C2", "邯郸钢铁")
    stick = tmp_path / "anna.kamchanges"
    assert export_changes(anna, stick, "U盘-口令-2026") == 2
    assert raw.looks_encrypted(stick)
    with pytest.raises(SyncError, match="wrong passphrase"):
        import_changes(director, stick, "wrong")
    done = import_changes(director, stick, "U盘-口令-2026")
    assert done.applied == 2 and done.laptop_user == "anna"
    assert import_changes(director, stick, "U盘-口令-2026").refused == []  # twice: once
    sync(director)
    assert account(director, "C1").region == "唐山" and account(director, "C2") is not None
    # Weeks later anna syncs herself: nothing doubled, no conflict with herself.
    assert outbox(anna) > 0
    report = sync(anna)
    assert report.conflicts == [] and report.refused == []
    assert outbox(anna) == 0
    assert dump(anna) == dump(director)


def test_the_commands(laptop, tmp_path, capsys, monkeypatch) -> None:
    anna, director = laptop("anna"), laptop("director")
    add_account(anna, "C1", "河北钢铁")
    monkeypatch.setenv("KAM_CHANGES_PASSPHRASE", "U盘-口令-2026")
    monkeypatch.setenv("KAM_USER", "anna")
    stick = tmp_path / "anna.kamchanges"
    assert (
        main(["--lang", "en", "--db", str(anna.path), "sync", "--export-changes", str(stick)]) == 0
    )
    assert "1 changed records written" in capsys.readouterr().out
    assert (
        main(["--lang", "en", "--db", str(director.path), "sync", "--import-changes", str(stick)])
        == 0
    )
    assert "1 records from anna's file" in capsys.readouterr().out
    monkeypatch.setenv("KAM_CHANGES_PASSPHRASE", "nope")
    assert (
        main(["--lang", "en", "--db", str(director.path), "sync", "--import-changes", str(stick)])
        == 1
    )
    assert "wrong passphrase" in capsys.readouterr().err
