"""A salesperson's laptop syncing as their own PostgreSQL role under row-level security
(issue 12 §4), and ``kam team members`` / ``kam team remove-member`` on that team."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from kam.cli import main
from kam.domain import Account, Contact, Staff
from kam.store import Database, open_database
from kam.sync.cli import refusal_line
from kam.sync.client import sync
from kam.sync.link import SyncError, join
from tests.pg import PgServer
from tests.sync.helpers import add_account, add_contact, edit_account

pytestmark = pytest.mark.postgres

ANNA, BOSS = "rls_anna", "rls_boss"


@pytest.fixture
def team(pg_server: PgServer, capsys: pytest.CaptureFixture[str]) -> Iterator[str]:
    name = pg_server.new_database("rls")
    assert main(["team", "init", pg_server.url(name)]) == 0
    capsys.readouterr()
    yield name
    pg_server.drop_database(name)
    for role in (ANNA, BOSS):
        pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


def _laptop(template_db: Path, tmp_path: Path, user: str, url: str) -> Database:
    path = tmp_path / f"{user}.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, user=user)
    join(db, url)
    return db


def _codes(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Account.code)))


def _contacts(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Contact.name)))


def _kam(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_salesperson_syncs_what_they_may_see_and_is_refused_the_rest(
    pg_server: PgServer,
    team: str,
    template_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    admin = pg_server.url(team)
    boss = _laptop(template_db, tmp_path, "director", admin)
    with boss.session() as session:
        wang, li = Staff(name="王强"), Staff(name="李工")
        session.add_all([wang, li])
        session.flush()
        session.add_all(
            [
                Account(code="A1", name="首钢", owner_id=wang.id),
                Account(code="B1", name="宝钢", owner_id=li.id),
                Account(code="C1", name="沙钢", owner_id=li.id, shared=True),
            ]
        )
    for code, person in (("A1", "张工"), ("B1", "刘工"), ("C1", "陈工")):
        add_contact(boss, code, person)
    sync(boss)
    assert (
        _kam(
            capsys,
            "--db",
            admin,
            "team",
            "add-member",
            ANNA,
            "--role",
            "salesperson",
            "--staff",
            "王强",
            "--no-password",
        )[0]
        == 0
    )
    anna = _laptop(template_db, tmp_path, "anna", pg_server.url(team, user=ANNA))
    try:
        # Her own account and the shared one, with their contacts; not 李工's B1.
        sync(anna)
        assert _codes(anna) == {"A1", "C1"}
        assert _contacts(anna) == {"张工", "陈工"}

        edit_account(boss, "C1", shared=False)  # no longer shared with the team
        sync(boss)
        edit_account(anna, "A1", region="北京")
        add_contact(anna, "A1", "小李")
        edit_account(anna, "C1", region="江苏")  # she can no longer see it on the server
        add_account(anna, "D1", "鞍钢", owner_id=_staff_id(anna, "李工"))  # given to 李工
        report = sync(anna)
        assert report.pushed == {"account": 1, "contact": 1}
        lines = {r.label or r.key: refusal_line(r) for r in report.refused}
        assert lines["D1"] == (
            "Refused: customer D1: this login may not write it so on the team server (it would "
            "belong to an account you neither own nor cover, and that is not shared); a "
            "director can share the account or make you its owner; it stays here, the rest "
            "was synced"
        )
        assert lines["C1"].startswith(
            "Refused: customer C1: the team server holds it where this login may not see it"
        )
        assert report.conflicts == []
        with pg_server.connect(team) as server:
            rows = dict(server.execute("SELECT code, region FROM account").fetchall())
            assert rows == {"A1": "北京", "B1": "", "C1": ""}
            assert "小李" in {r[0] for r in server.execute("SELECT name FROM contact")}
        sync(boss)
        assert _contacts(boss) == {"张工", "刘工", "陈工", "小李"}
        # The refused records wait on her laptop; the next sync refuses them again and
        # still completes.
        again = sync(anna)
        assert again.pushed == {} and {r.label for r in again.refused} >= {"C1", "D1"}

        # Who synced when; removing members.
        code, out, _err = _kam(capsys, "--db", admin, "team", "members", "--format", "json")
        [member] = json.loads(out)
        assert (member["name"], member["role"], member["person"]) == (ANNA, "salesperson", "王强")
        assert member["last_sync"]
        assert (
            _kam(
                capsys,
                "--db",
                admin,
                "team",
                "add-member",
                BOSS,
                "--role",
                "director",
                "--no-password",
            )[0]
            == 0
        )
        code, out, _err = _kam(capsys, "--db", admin, "team", "members")
        assert out.splitlines()[2].split()[:2] == [BOSS, "director"]
        assert "never" in out.splitlines()[2]
        code, _out, err = _kam(capsys, "--db", admin, "team", "remove-member", BOSS)
        assert code == 1 and err.strip() == (
            f"kam: {BOSS} is the team's last director: add another director first "
            "(kam team add-member NAME --role director)"
        )
        code, _out, err = _kam(capsys, "--db", admin, "team", "remove-member", "nobody")
        assert code == 1 and err.strip() == (
            "kam: nobody is not a member of this team (kam team members lists them)"
        )
        code, out, _err = _kam(capsys, "--db", admin, "team", "remove-member", ANNA)
        assert code == 0 and out.strip() == (
            f"Removed {ANNA} (salesperson) from the team; their login is dropped and their "
            "records stay"
        )
        with pg_server.connect() as server:
            assert (
                server.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ANNA,)).fetchone()
                is None
            )
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg_server.url(team, user=ANNA)).close()
        with pytest.raises(SyncError):
            sync(anna)
    finally:
        anna.close()
        boss.close()


def _staff_id(db: Database, name: str) -> int:
    with db.session() as session:
        return session.scalars(select(Staff.id).where(Staff.name == name)).one()
