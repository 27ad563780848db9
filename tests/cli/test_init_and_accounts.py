"""`kam init` and `kam accounts` (docs/cli.md): where the database is, what init
refuses, and the three output formats."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kam.accounts.service import AccountData, list_accounts, save_account
from kam.cli import build_parser, main
from kam.i18n import set_language
from kam.store import Database, open_database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    save_account(
        db,
        AccountData(
            code="C004",
            name="江苏沙钢集团有限公司",
            short_name="沙钢",
            region="江苏",
            stage="stable",
        ),
    )
    save_account(
        db,
        AccountData(
            code="C001",
            name="河北钢铁集团有限公司",
            short_name="河北钢铁",
            region="河北",
            stage="strategic",
        ),
    )
    db.close()
    return db_path


def test_init_creates_an_empty_database_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "kam.sqlite3"
    code, out, _ = _run(capsys, "--db", str(path), "init")
    assert code == 0 and str(path) in out
    db = open_database(path)
    save_account(db, AccountData(code="C001", name="河北钢铁"))
    db.close()

    code, _, err = _run(capsys, "--db", str(path), "init")
    assert code == 1
    assert err.count("\n") == 1 and "--force" in err
    db = open_database(path)
    assert [r.code for r in list_accounts(db)] == ["C001"]
    db.close()


def test_init_force_keeps_the_old_file_beside_the_new_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kam.sqlite3"
    _run(capsys, "--db", str(path), "init")
    db = open_database(path)
    save_account(db, AccountData(code="OLD", name="旧客户"))
    db.close()
    code, out, _ = _run(capsys, "--db", str(path), "init", "--force")
    assert code == 0
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and p.suffix != ".lock"]
    assert len(kept) == 1 and str(kept[0]) in out
    old, new = open_database(kept[0]), open_database(path)
    assert [r.code for r in list_accounts(old)] == ["OLD"]
    assert list_accounts(new) == []
    old.close()
    new.close()
    assert not list(tmp_path.glob("*.init*"))


def test_init_refuses_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(tmp_path), "init")
    assert code == 1 and "folder" in err


def test_a_failed_demo_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kam.demo

    def broken(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kam.demo, "build_demo", broken)
    path = tmp_path / "kam.sqlite3"
    code, _, err = _run(capsys, "--db", str(path), "init", "--demo")
    assert code == 1 and "disk full" in err
    assert [p.name for p in tmp_path.iterdir()] == []


def test_kam_db_names_the_file_and_db_overrides_it(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KAM_DB", str(filled))
    code, out, _ = _run(capsys, "accounts", "--format", "csv")
    assert code == 0 and "C001" in out
    other = tmp_path / "other.sqlite3"
    _run(capsys, "--db", str(other), "init")
    code, out, _ = _run(capsys, "--db", str(other), "accounts", "--format", "csv")
    assert out.splitlines()[1:] == []


def test_accounts_csv_has_english_keys_and_raw_values(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, "--db", str(filled), "--lang", "zh_CN", "accounts", "--format", "csv"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert list(rows[0]) == [
        "code",
        "name",
        "short_name",
        "region",
        "industry",
        "owner",
        "stage",
        "grade",
        "contacts",
    ]
    # Pinyin order: 河 (he) before 江 (jiang).
    assert [(r["code"], r["stage"]) for r in rows] == [("C001", "strategic"), ("C004", "stable")]


def test_accounts_json_and_search(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "--db", str(filled), "accounts", "--format", "json", "--search", "hbgt"
    )
    assert code == 0
    assert json.loads(out) == [
        {
            "code": "C001",
            "name": "河北钢铁集团有限公司",
            "short_name": "河北钢铁",
            "region": "河北",
            "industry": "",
            "owner": "",
            "stage": "strategic",
            "grade": "",
            "contacts": 0,
        }
    ]
    code, out, _ = _run(
        capsys, "--db", str(filled), "accounts", "--format", "json", "--stage", "stable"
    )
    assert [r["code"] for r in json.loads(out)] == ["C004"]


def test_accounts_table_in_chinese_lines_up(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "--db", str(filled), "--lang", "zh_CN", "accounts")
    assert code == 0
    header, rule, first, second = out.splitlines()
    assert header.split()[:3] == ["编码", "名称", "简称"]
    assert "战略合作" in first and "稳定合作" in second
    # Wide characters count double, so every column starts at the same display width.
    assert set(rule) <= {"-", " "}


def test_help_follows_lang(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "accounts", "--help"])
    out = capsys.readouterr().out
    assert "用法" in out and "列出" in out and "拼音" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "init", "--help"])
    out = capsys.readouterr().out
    assert "usage:" in out and "demo company" in out


def test_accounts_of_the_demo_company(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "--db", str(demo_db.path), "accounts", "--format", "json")
    rows = {r["code"]: r for r in json.loads(out)}
    assert code == 0 and len(rows) == 93
    assert rows["C001"]["short_name"] == "河北钢铁"
    # The rating step grades every customer that buys from us.
    assert all(rows[f"C{n:03d}"]["grade"] in ("A", "B", "C", "D") for n in range(1, 31))
    code, out, _ = _run(
        capsys, "--db", str(demo_db.path), "accounts", "--format", "csv", "--search", "sg"
    )
    assert "沙钢" in out


def _helps(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every help text of ``parser`` and its sub-commands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{path} {choice.dest}", choice.help or ""
            for name, sub in action.choices.items():
                yield from _helps(sub, f"{path} {name}")
        elif action.help and action.help != argparse.SUPPRESS:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action.help


def test_every_help_text_is_in_chinese_under_zh_cn() -> None:
    """Each command's and option's help, not only the top level's (kam profile --help
    once described its options in English under --lang zh_CN)."""
    set_language("zh_CN")
    english = [
        f"{where}: {text}"
        for where, text in _helps(build_parser(), "kam")
        if not re.search(r"[\u4e00-\u9fff]", text)
    ]
    assert english == []


def test_a_mistyped_command_is_told_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "zh_CN", "rating", "list"])
    assert exit_.value.code == 2
    assert (
        capsys.readouterr().err
        == "kam rating list：缺少以下参数：--year（用法见 kam rating list --help）\n"
    )
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "accounts", "--stage", "foo"])
    assert "参数 --stage：无效选项：'foo'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "rating", "list"])
    assert capsys.readouterr().err == (
        "kam rating list: the following arguments are required: --year "
        "(usage: kam rating list --help)\n"
    )


def test_a_failing_command_says_kam_with_a_full_width_colon_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "zh_CN", "--db", str(tmp_path / "x.sqlite3"), "team", "members"]) != 0
    assert capsys.readouterr().err.startswith("kam：")


def test_date_options_take_what_the_app_takes_and_refuse_in_the_users_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kam.cli.parser import day

    assert day("2026/3/5") == day("20260305") == day("2026年3月5日") == date(2026, 3, 5)
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "visits", "plan", "--from", "2026-13-01", "--to", "2026-12-05"])
    assert "参数 --from：不是有效日期：2026-13-01" in capsys.readouterr().err
