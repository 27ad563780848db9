"""``kam sync``, ``kam sync conflicts`` and ``kam sync restore`` as a user types them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kam.cli import main
from tests.sync.helpers import account, add_account, edit_account

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAM_USER", "tester")


def _run(capsys, db, *args: str) -> tuple[int, str, str]:
    import os

    path = db.path
    os.environ["KAM_USER"] = db.user  # restored by the autouse fixture below
    code = main(["--lang", "en", "--db", str(path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_sync_prints_what_it_pushed_pulled_and_decided(laptop, capsys) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    add_account(anna, "C1", "河北钢铁", region="河北")
    code, out, _err = _run(capsys, anna, "sync")
    assert code == 0 and "Pushed: customer 1" in out
    code, out, _err = _run(capsys, ben, "sync")
    assert code == 0 and "Pulled: customer 1" in out
    code, out, _err = _run(capsys, ben, "sync")
    assert code == 0 and out.strip() == "Up to date: nothing to push or pull"
    edit_account(anna, "C1", region="唐山")
    edit_account(ben, "C1", region="邯郸")
    _run(capsys, anna, "sync")
    code, out, _err = _run(capsys, ben, "sync")
    assert code == 0
    assert 'Conflict #1: customer C1, region: kept "邯郸" (ben), set aside "唐山" (anna)' in out
    _run(capsys, anna, "sync")

    code, out, _err = _run(capsys, anna, "sync", "conflicts", "--format", "json")
    [row] = json.loads(out)
    assert (
        row["table"],
        row["record"],
        row["field"],
        row["kept"],
        row["set_aside"],
        row["kept_by"],
        row["set_aside_by"],
    ) == ("account", "C1", "region", "邯郸", "唐山", "ben", "anna")
    code, out, _err = _run(capsys, anna, "sync", "conflicts", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["set_aside"] == "唐山"
    code, out, _err = _run(capsys, anna, "sync", "conflicts")
    assert "唐山" in out and "邯郸" in out

    code, out, _err = _run(capsys, anna, "sync", "restore", "1")
    assert code == 0 and "restored" in out
    assert account(anna, "C1").region == "唐山"
    code, _out, err = _run(capsys, anna, "sync", "restore", "99")
    assert code == 1 and err.strip() == "kam: There is no conflict 99"


def test_sync_before_joining_says_how_to_join(laptop, capsys) -> None:
    anna = laptop("anna", joined=False)
    code, _out, err = _run(capsys, anna, "sync")
    assert code == 1
    assert err.strip() == "kam: This database has not joined a team server: kam team join URL"


def test_sync_in_chinese(laptop, capsys) -> None:
    anna = laptop("anna")
    add_account(anna, "C1", "河北钢铁")
    code = main(["--lang", "zh_CN", "--db", str(anna.path), "sync"])
    out = capsys.readouterr().out
    assert code == 0 and out.strip() == "已上传：客户 1"


def test_kam_team_join(laptop, server, pg_server, capsys) -> None:
    anna = laptop("anna", joined=False)
    code, out, _err = _run(capsys, anna, "team", "join", server)
    assert code == 0 and out.startswith("Joined the team server postgresql://")
    add_account(anna, "C1", "河北钢铁")
    code, out, _err = _run(capsys, anna, "sync")
    assert "Pushed: customer 1" in out
    code, _out, err = _run(capsys, anna, "team", "join", "postgresql://nobody@127.0.0.1:1/x")
    assert (
        code == 3 and err.startswith("kam: Cannot reach the team server") and err.count("\n") == 1
    )
    plain = pg_server.new_database("plain")
    try:
        code, _out, err = _run(capsys, anna, "team", "join", pg_server.url(plain))
        assert code == 1 and "is not a team server" in err
    finally:
        pg_server.drop_database(plain)
