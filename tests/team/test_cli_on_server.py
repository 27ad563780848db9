"""The commands work directly on a team server (a PostgreSQL URL in --db) and print what
they print for the same company in a laptop file; the file-only commands say in one
line that they do not apply."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kam.cli import main
from tests.pg import PgServer

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(
    "command", ["check", "backup", "restore --latest", "encrypt", "decrypt", "rekey"]
)
def test_file_commands_say_they_do_not_apply_to_a_server(
    pg_url: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_url.replace("postgres@", "postgres:s3cret@")
    assert main(["--db", url, *command.split()]) == 1
    err = capsys.readouterr().err
    assert "does not apply to a team server" in err
    assert len(err.strip().splitlines()) == 1
    assert "s3cret" not in err


def test_init_never_fills_a_server_database_that_holds_something(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "init"]) == 0
    assert main(["--db", pg_url, "init", "--demo"]) == 1
    assert "is not empty" in capsys.readouterr().err
    assert main(["--db", pg_url, "accounts", "--format", "csv"]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # the header only: no demo was added


@pytest.fixture(scope="module")
def demo_server(pg_server: PgServer) -> Iterator[str]:
    """The demo company built by `kam init --demo` on a server (once for this module)."""
    name = pg_server.new_database("demo")
    url = pg_server.url(name)
    assert main(["--db", url, "init", "--demo"]) == 0
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return str(path)


READ_COMMANDS = [
    "accounts --format csv",
    "accounts --search hbgt --format csv",
    "warnings --all --format csv",
    "visits list --from 2025-01-01 --to 2026-12-31 --format csv",
    "visits cadence --all --format csv",
    "visits followups --format csv",
]


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_command_prints_the_same_on_the_server_as_on_a_file(
    demo_server: str, demo_file: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", demo_file, *command.split()]) == 0
    on_file = capsys.readouterr().out
    assert main(["--db", demo_server, *command.split()]) == 0
    on_server = capsys.readouterr().out
    assert on_file.count("\n") > 1
    assert _without_uuids(on_server) == _without_uuids(on_file)


def _without_uuids(csv_text: str) -> str:
    # Each build of the demo gives its records new uuids; everything else is the same.
    return re.sub(r"^[0-9a-f]{8}-[0-9a-f-]{27},", "", csv_text, flags=re.M)


def test_rating_and_pdfs_on_the_server(
    demo_server: str, demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = []
    for db in (demo_file, demo_server):
        assert main(["--db", db, "rating", "run", "--year", "2025"]) == 0
        capsys.readouterr()
        assert main(["--db", db, "rating", "list", "--year", "2025", "--format", "csv"]) == 0
        listing.append(capsys.readouterr().out)
    assert listing[0] == listing[1]
    assert (
        main(
            [
                "--db",
                demo_server,
                "rating",
                "report",
                "--year",
                "2025",
                "--out",
                str(tmp_path / "pack.pdf"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                demo_server,
                "profile",
                "--key-accounts",
                "--out",
                str(tmp_path / "profiles.pdf"),
            ]
        )
        == 0
    )
    assert main(["--db", demo_server, "export", str(tmp_path / "all.xlsx")]) == 0
    for name in ("pack.pdf", "profiles.pdf", "all.xlsx"):
        assert (tmp_path / name).stat().st_size > 1000


def test_a_workbook_imports_into_a_server_as_into_a_file(
    demo_file: str, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "all.xlsx"
    assert main(["--db", demo_file, "export", str(workbook)]) == 0
    empty_file = str(tmp_path / "empty.sqlite3")
    outputs = []
    for db in (empty_file, pg_url):
        assert main(["--db", db, "init"]) == 0
        capsys.readouterr()
        assert main(["--db", db, "import", str(workbook)]) == 0
        imported = capsys.readouterr().out
        assert main(["--db", db, "accounts", "--format", "csv"]) == 0
        outputs.append((imported, capsys.readouterr().out))
    assert outputs[1] == outputs[0]
    assert outputs[0][1].count("\n") > 90


def test_the_home_screen_and_an_account_page_read_the_same_on_the_server(
    demo_server: str, demo_file: str
) -> None:
    from dataclasses import replace
    from datetime import date

    from kam.business.arrears import arrears_by_account
    from kam.dashboard.queries import load_dashboard
    from kam.health.service import coverage, relationship
    from kam.store import open_database

    seen = []
    for url in (demo_file, demo_server):
        db = open_database(url)
        try:
            with db.session() as session:
                # Sums of float money may differ in the last bit with the order of the
                # rows added; to the cent they are the same.
                arrears = {
                    account: [replace(a, paid=round(a.paid, 2)) for a in items]
                    for account, items in arrears_by_account(session, date(2026, 6, 30)).items()
                }
            day = date(2026, 6, 30)
            seen.append(
                (load_dashboard(db, day), relationship(db, 1, day), coverage(db, 1), arrears)
            )
        finally:
            db.close()
    assert seen[1] == seen[0]
