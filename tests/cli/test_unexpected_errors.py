"""An unexpected error (a bug, an unforeseen fault) in a command gives one line naming
the command, the error and the log file; the traceback goes to the log, and to the
terminal only with --debug."""

from __future__ import annotations

from pathlib import Path

import pytest

import kam.accounts.cli
from kam.cli import main


def _broken(*_args: object, **_kwargs: object) -> list[object]:
    raise ZeroDivisionError("division by zero in the account list")


def test_one_line_and_the_traceback_in_the_log(
    db_path: Path,
    _log_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(kam.accounts.cli, "list_accounts", _broken)
    assert main(["--db", str(db_path), "accounts"]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    log = _log_folder / "kam.log"
    assert lines[0].startswith(
        "kam: accounts failed unexpectedly (ZeroDivisionError: "
        "division by zero in the account list)"
    )
    assert str(log) in lines[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "_broken" in text


def test_in_chinese(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kam.accounts.cli, "list_accounts", _broken)
    assert main(["--lang", "zh_CN", "--db", str(db_path), "accounts"]) == 1
    assert "意外出错" in capsys.readouterr().err


def test_debug_shows_the_traceback(
    db_path: Path, _log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kam.accounts.cli, "list_accounts", _broken)
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "--db", str(db_path), "accounts"])
    assert "Traceback" in (_log_folder / "kam.log").read_text(encoding="utf-8")
