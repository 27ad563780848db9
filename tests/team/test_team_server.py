"""`kam team init` and `kam team add-member` on a real server, and who sees what
(row-level security, checked through real connections as each member's role)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import psycopg
import pytest

from kam.accounts.service import list_accounts
from kam.cli import main
from kam.domain import Account, Contact, Contract, Staff
from kam.store import open_database
from kam.store.migrate import head_revision
from kam.text.pinyin import search_keys
from tests.pg import PASSWORD_GROUP, PgServer

pytestmark = pytest.mark.postgres


@dataclass
class Team:
    server: PgServer
    dbname: str
    roles: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url(self.dbname)

    def as_role(self, role: str) -> psycopg.Connection:
        return psycopg.connect(self.server.url(self.dbname, user=role), autocommit=True)

    def add(self, name: str, role: str, *extra: str) -> int:
        self.roles.append(name)
        return main(
            ["--db", self.url, "team", "add-member", name, "--role", role, "--no-password", *extra]
        )


@pytest.fixture
def empty_db(pg_server: PgServer) -> Iterator[Team]:
    team = Team(pg_server, pg_server.new_database("team"))
    yield team
    pg_server.drop_database(team.dbname)
    for role in team.roles:
        pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def team(empty_db: Team, capsys: pytest.CaptureFixture[str]) -> Team:
    assert main(["team", "init", empty_db.url]) == 0
    capsys.readouterr()
    return empty_db


def _codes(connection: psycopg.Connection, sql: str = "SELECT code FROM account") -> set[str]:
    return {row[0] for row in connection.execute(sql).fetchall()}


def test_init_makes_an_empty_database_a_team_server_once(
    empty_db: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["team", "init", empty_db.url]) == 0
    out = capsys.readouterr().out
    assert "is now a team server" in out
    with empty_db.server.connect(empty_db.dbname) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        team_id = connection.execute("SELECT team_id FROM sync_team").fetchone()[0]
    assert revision == head_revision()
    assert team_id in out
    assert main(["team", "init", empty_db.url]) == 0
    again = capsys.readouterr().out
    assert "already is a team server" in again and team_id in again


def test_init_refuses_a_database_holding_anything_else(
    empty_db: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    empty_db.server.execute(
        "CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)", empty_db.dbname
    )
    assert main(["team", "init", empty_db.url]) == 1
    err = capsys.readouterr().err
    assert "not empty" in err and "invoices" in err
    assert len(err.strip().splitlines()) == 1
    with empty_db.server.connect(empty_db.dbname) as connection:
        tables = _codes(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert tables == {"invoices"}


@pytest.mark.parametrize(
    "options",
    [
        "TEMPLATE template0 ENCODING 'SQL_ASCII' LOCALE 'C'",
        "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8'",
    ],
)
def test_init_refuses_a_database_that_stores_or_sorts_text_unlike_the_laptops(
    pg_server: PgServer, options: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"odd_{abs(hash(options)) % 10_000}"
    pg_server.execute(f"CREATE DATABASE {name} {options}")
    try:
        assert main(["team", "init", pg_server.url(name)]) == 1
        err = capsys.readouterr().err
        assert "createdb -T template0 -E UTF8 --locale=C" in err
        with pg_server.connect(name) as connection:
            assert (
                connection.execute(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                ).fetchone()[0]
                == 0
            )
    finally:
        pg_server.drop_database(name)


def test_init_needs_a_postgresql_url(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "init", str(tmp_path / "kam.sqlite3")]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    assert not (tmp_path / "kam.sqlite3").exists()


def test_add_member_refuses_bad_names_and_a_database_that_is_no_team_server(
    empty_db: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "--db",
                empty_db.url,
                "team",
                "add-member",
                "anna",
                "--role",
                "salesperson",
                "--no-password",
            ]
        )
        == 1
    )
    assert "kam team init" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                empty_db.url,
                "team",
                "add-member",
                "Anna Li",
                "--role",
                "salesperson",
                "--no-password",
            ]
        )
        == 1
    )
    assert "lower-case" in capsys.readouterr().err


def _company(team: Team) -> None:
    """王强 owns HB, 李工 owns SG and BG (王强 covers BG: he owns a contact there),
    nobody owns SHARED but it is shared; each account has one contract."""
    db = open_database(team.url)
    try:
        with db.session() as s:
            wang, li = Staff(name="王强", layer="business"), Staff(name="李工", layer="technical")
            s.add_all([wang, li])
            s.flush()
            rows = [
                ("HB", "河北钢铁", wang.id, False),
                ("SG", "沙钢", li.id, False),
                ("BG", "宝钢", li.id, False),
                ("SHARED", "首钢", None, True),
            ]
            for code, name, owner, shared in rows:
                full, initials = search_keys(name)
                account = Account(
                    code=code,
                    name=name,
                    owner_id=owner,
                    shared=shared,
                    pinyin=full,
                    pinyin_initials=initials,
                )
                s.add(account)
                s.flush()
                s.add(
                    Contract(
                        account_id=account.id,
                        contract_no=f"C-{code}",
                        quantity=1.0,
                        unit_price=1.0,
                        amount=1.0,
                        product="轧辊",
                        signed_on=date(2026, 1, 5),
                    )
                )
                if code == "BG":
                    s.add(Contact(account_id=account.id, name="张处长", owner_id=wang.id))
    finally:
        db.close()


def test_a_salesperson_sees_own_covered_and_shared_accounts_and_nothing_else(team: Team) -> None:
    assert team.add("wang", "salesperson", "--staff", "王强") == 0
    assert team.add("li", "salesperson", "--staff", "李工") == 0
    assert team.add("boss", "director") == 0
    _company(team)
    with team.as_role("wang") as wang:
        assert _codes(wang) == {"HB", "BG", "SHARED"}
        # A hand-written query for another's account finds nothing.
        assert wang.execute("SELECT * FROM account WHERE code = 'SG'").fetchall() == []
        contracts = _codes(wang, "SELECT contract_no FROM contract")
        assert contracts == {"C-HB", "C-BG", "C-SHARED"}
    with team.as_role("li") as li:
        assert _codes(li) == {"SG", "BG", "SHARED"}
        assert li.execute("SELECT count(*) FROM contact").fetchone()[0] == 1  # BG's
    with team.as_role("boss") as boss:
        assert _codes(boss) == {"HB", "SG", "BG", "SHARED"}
        assert boss.execute("SELECT count(*) FROM contract").fetchone()[0] == 4


def test_a_salesperson_cannot_write_into_anothers_account(team: Team) -> None:
    team.add("wang", "salesperson", "--staff", "王强")
    _company(team)
    with team.as_role("wang") as wang:
        li_id = wang.execute("SELECT id FROM staff WHERE name = '李工'").fetchone()[0]
        sg = wang.execute("UPDATE account SET notes = 'x' WHERE code = 'SG'")
        assert sg.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            wang.execute(
                "INSERT INTO account (code, name, owner_id, uuid, created_at, updated_at) "
                "VALUES ('NEW', 'n', %s, gen_random_uuid()::text, now(), now())",
                (li_id,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            wang.execute("DELETE FROM team_member")


def test_the_services_run_on_the_server_as_the_member(team: Team) -> None:
    team.add("wang", "salesperson", "--staff", "王强")
    _company(team)
    db = open_database(team.server.url(team.dbname, user="wang"))
    try:
        assert [row.code for row in list_accounts(db)] == ["BG", "HB", "SHARED"]
    finally:
        db.close()


def test_a_member_password_is_sent_as_a_scram_verifier(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KAM_MEMBER_PASSWORD", "周一见-42")
    team.roles.append("zhou")
    assert main(["--db", team.url, "team", "add-member", "zhou", "--role", "director"]) == 0
    assert "Added zhou" in capsys.readouterr().out
    team.server.execute(f"GRANT {PASSWORD_GROUP} TO zhou")
    with team.server.connect() as admin:
        stored = admin.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'zhou'"
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$4096:")
    good = team.server.url(team.dbname, user="zhou", password="%E5%91%A8%E4%B8%80%E8%A7%81-42")
    with psycopg.connect(good) as connection:
        assert connection.execute("SELECT count(*) FROM account").fetchone()[0] == 0
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(team.server.url(team.dbname, user="zhou", password="wrong"))


def _seen(team: Team, role: str) -> dict[str, set[str]]:
    with team.as_role(role) as connection:
        return {
            "account": _codes(connection),
            "contract": _codes(connection, "SELECT contract_no FROM contract"),
            "contact": _codes(connection, "SELECT name FROM contact"),
        }


def _migrate(team: Team, step: str, target: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from kam.store.location import resolve_url
    from kam.store.migrate import alembic_config, migration_connection

    engine = create_engine(resolve_url(team.url))
    try:
        config = alembic_config()
        with migration_connection(engine) as connection:
            config.attributes["connection"] = connection
            getattr(command, step)(config, target)
    finally:
        engine.dispose()


def test_0018s_faster_policies_show_each_member_what_0008s_did(team: Team) -> None:
    assert team.add("wang", "salesperson", "--staff", "王强") == 0
    assert team.add("li", "salesperson", "--staff", "李工") == 0
    assert team.add("nobody", "salesperson", "--staff", "不在名单") == 0
    assert team.add("boss", "director") == 0
    _company(team)
    roles = ("wang", "li", "nobody", "boss")
    fast = {role: _seen(team, role) for role in roles}
    assert fast["wang"]["account"] == {"HB", "BG", "SHARED"}
    assert fast["wang"]["contact"] == {"张处长"}
    assert fast["nobody"] == {"account": {"SHARED"}, "contract": {"C-SHARED"}, "contact": set()}
    with team.server.connect(team.dbname) as admin:
        policy = admin.execute(
            "SELECT qual FROM pg_policies WHERE tablename = 'contact' AND policyname = 'team_sees'"
        ).fetchone()[0]
    assert "IN ( SELECT unnest(" in policy
    _migrate(team, "downgrade", "0017_opportunity_due")
    with team.server.connect(team.dbname) as admin:
        policy = admin.execute(
            "SELECT qual FROM pg_policies WHERE tablename = 'contact' AND policyname = 'team_sees'"
        ).fetchone()[0]
    assert "account_id = ANY" in policy
    assert {role: _seen(team, role) for role in roles} == fast
    _migrate(team, "upgrade", "head")
    assert {role: _seen(team, role) for role in roles} == fast


def test_a_salesperson_writes_a_new_account_and_its_people_in_one_transaction(team: Team) -> None:
    # The policy's check of each new contact sees the account inserted just before it.
    team.add("wang", "salesperson", "--staff", "王强")
    _company(team)
    db = open_database(team.server.url(team.dbname, user="wang"))
    try:
        with db.session() as s:
            wang = s.query(Staff).filter_by(name="王强").one()
            full, initials = search_keys("新钢")
            account = Account(
                code="NEW", name="新钢", owner_id=wang.id, pinyin=full, pinyin_initials=initials
            )
            s.add(account)
            s.flush()
            s.add_all([Contact(account_id=account.id, name=n) for n in ("刘科长", "赵工")])
    finally:
        db.close()
    with team.as_role("wang") as connection:
        assert "NEW" in _codes(connection)
        assert {"刘科长", "赵工"} <= _codes(connection, "SELECT name FROM contact")
