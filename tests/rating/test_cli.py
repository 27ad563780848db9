"""``kam rating run|list``: output and failures exactly as docs/cli.md promises."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kam.cli import main
from tests.rating.helpers import SCHEME, populate


@pytest.fixture
def scheme_file(tmp_path: Path) -> Path:
    path = tmp_path / "scheme.toml"
    path.write_text(SCHEME, encoding="utf-8")
    return path


@pytest.fixture
def company(db, db_path: Path) -> Path:
    populate(db)
    return db_path


def kam(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_run_then_list_as_csv(company, scheme_file, capsys) -> None:
    code, out, _err = kam(
        capsys, "--db", company, "rating", "run", "--year", "2025", "--scheme", scheme_file
    )
    assert code == 0
    assert "Rated 4 accounts for 2025" in out and "1 key accounts" in out
    code, out, _err = kam(
        capsys, "--db", company, "rating", "list", "--year", "2025", "--format", "csv"
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0] == [
        "code",
        "name",
        "contract_volume_value",
        "contract_volume_points",
        "quality_loss_rate_value",
        "quality_loss_rate_points",
        "collection_rate_value",
        "collection_rate_points",
        "reputation_value",
        "reputation_points",
        "total",
        "grade",
        "rank",
        "key_account",
        "change",
    ]
    assert rows[1] == [
        "HB",
        "河北钢铁",
        "400",
        "100",
        "0",
        "100",
        "100",
        "100",
        "5",
        "100",
        "100.0",
        "A",
        "1",
        "1",
        "new",
    ]
    assert rows[3] == [
        "NG",
        "南钢",
        "60",
        "40",
        "1.5",
        "60",
        "70",
        "25",
        "",
        "0",
        "35.5",
        "D",
        "3",
        "0",
        "new",
    ]
    assert [r[0] for r in rows[1:]] == ["HB", "SD", "NG", "XX"]


def test_list_as_json_and_table(company, scheme_file, capsys) -> None:
    kam(capsys, "--db", company, "rating", "run", "--year", "2025", "--scheme", scheme_file)
    code, out, _err = kam(
        capsys, "--db", company, "rating", "list", "--year", "2025", "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data[1]["code"] == "SD"
    assert data[1]["collection_rate_value"] == 80
    assert data[1]["total"] == 68.0 and data[1]["key_account"] == 0
    assert data[2]["reputation_value"] is None
    _code, out, _err = kam(capsys, "--db", company, "rating", "list", "--year", "2025")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Code", "Name", "合同量"]
    assert lines[2].split()[:2] == ["HB", "河北钢铁"]


def test_rerun_of_a_final_year_prints_its_differences(company, scheme_file, capsys) -> None:
    from kam.rating import service as rating
    from kam.store import open_database

    db = open_database(company)
    rating.finalise(db, rating.run_rating(db, 2025).id, by="王总")
    db.close()
    code, out, _err = kam(
        capsys, "--db", company, "rating", "run", "--year", "2025", "--scheme", scheme_file
    )
    assert code == 0
    assert "differs from it in" in out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("weight = 15", "weight = = 15"), "TOML syntax error on line"),
        (('"reputation"', '"repute"'), "criterion 4 (商业信誉): unknown measure repute"),
        (("weight = 20\n", ""), "criterion 1 (合同量): weight is missing"),
    ],
)
def test_bad_scheme_fails_with_one_line(company, tmp_path, capsys, change, message) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(SCHEME.replace(*change), encoding="utf-8")
    code, _out, err = kam(
        capsys, "--db", company, "rating", "run", "--year", "2025", "--scheme", path
    )
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _out, err = kam(capsys, "--db", company, "rating", "list", "--year", "2025")
    assert code == 1 and "there is no rating for 2025" in err  # nothing was stored


def test_year_without_records_and_missing_file(company, tmp_path, capsys) -> None:
    code, _out, err = kam(capsys, "--db", company, "rating", "run", "--year", "2019")
    assert code == 1
    assert "nothing is recorded for 2019" in err
    code, _out, err = kam(
        capsys,
        "--db",
        company,
        "rating",
        "run",
        "--year",
        "2025",
        "--scheme",
        tmp_path / "nope.toml",
    )
    assert code == 1 and "does not exist" in err


def test_report_and_final_listing(company, scheme_file, tmp_path, capsys) -> None:
    kam(capsys, "--db", company, "rating", "run", "--year", "2025", "--scheme", scheme_file)
    out_pdf = tmp_path / "pack.pdf"
    code, out, _err = kam(
        capsys, "--db", company, "rating", "report", "--year", "2025", "--out", out_pdf
    )
    assert code == 0 and out_pdf.stat().st_size > 10_000
    assert str(out_pdf) in out
    code, _out, err = kam(capsys, "--db", company, "rating", "list", "--year", "2025", "--final")
    assert code == 1 and "there is no rating for 2025" in err  # only a draft so far
    code, _out, err = kam(
        capsys,
        "--db",
        company,
        "rating",
        "report",
        "--year",
        "2024",
        "--out",
        tmp_path / "none.pdf",
    )
    assert code == 1 and not (tmp_path / "none.pdf").exists()
