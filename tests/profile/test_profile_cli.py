"""`kam profile`: accounts by code or name, one file or a folder, sections, errors."""

from __future__ import annotations

from pathlib import Path

from kam.cli import main
from tests.profile.conftest import add_rich, add_sparse
from tests.profile.pdftext import read_pdf


def test_prints_accounts_named_by_code_and_short_name(
    db, db_path: Path, tmp_path: Path, capsys
) -> None:
    add_rich(db)
    add_sparse(db)
    out = tmp_path / "p.pdf"
    code = main(
        [
            "--db",
            str(db_path),
            "--lang",
            "zh_CN",
            "profile",
            "河钢",
            "NEW1",
            "--omit",
            "personal",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert "已将 2 份客户档案写入" in capsys.readouterr().out
    text = read_pdf(out).text
    assert "河北钢铁集团有限公司" in text and "某新客户" in text
    assert "忌讳迟到" not in text and "个人信息" not in text


def test_key_accounts_into_a_folder(db, db_path: Path, tmp_path: Path, capsys) -> None:
    add_rich(db)
    add_sparse(db)
    code = main(
        [
            "--db",
            str(db_path),
            "--lang",
            "en",
            "profile",
            "--key-accounts",
            "--out-dir",
            str(tmp_path / "dir"),
        ]
    )
    assert code == 0
    assert [p.name for p in (tmp_path / "dir").iterdir()] == ["HBGT_河钢.pdf"]
    assert "HBGT_河钢.pdf" in capsys.readouterr().out


def test_unknown_account_is_a_clear_message_and_no_file(
    db, db_path: Path, tmp_path: Path, capsys
) -> None:
    add_rich(db)
    out = tmp_path / "p.pdf"
    code = main(
        ["--db", str(db_path), "--lang", "en", "profile", "HBGT", "沙钢", "XX9", "--out", str(out)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err.strip() == "kam: unknown account: 沙钢; unknown account: XX9"
    assert not out.exists()


def test_bad_options(db, db_path: Path, tmp_path: Path, capsys) -> None:
    add_rich(db)
    out = str(tmp_path / "p.pdf")
    assert main(["--db", str(db_path), "--lang", "en", "profile", "--out", out]) == 1
    assert "name at least one account" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(db_path),
                "--lang",
                "en",
                "profile",
                "HBGT",
                "--sections",
                "personal",
                "--omit",
                "personal",
                "--out",
                out,
            ]
        )
        == 1
    )
    assert "no sections left" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(db_path),
                "--lang",
                "en",
                "profile",
                "--visits-from",
                "2025-12-01",
                "--out",
                out,
            ]
        )
        == 1
    )
    assert "give both --visits-from and --visits-to" in capsys.readouterr().err
