"""A laptop that joined as a team member knows who uses it (issue 11 §4 with issue 12):
its first sync takes the person the server links the login to, unless its user has
already said who they are or ``KAM_USER`` / ``--as`` names someone."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kam.accounts.identity import mark_asked, me, set_me
from kam.cli import main
from kam.domain import Staff
from kam.store import Database, open_database
from kam.sync.client import sync
from kam.sync.link import join
from tests.pg import PgServer
from ui.sync.actions import summary_text

pytestmark = pytest.mark.postgres

MEMBER = "who_wang"


@pytest.fixture
def team(
    pg_server: PgServer, template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Iterator[str]:
    """A team server holding the staff 王强 and 李工, and the member who_wang (王强)."""
    name = pg_server.new_database("who")
    admin = pg_server.url(name)
    assert main(["team", "init", admin]) == 0
    boss = _laptop(template_db, tmp_path, "boss", admin)
    with boss.session() as session:
        session.add_all([Staff(name="王强"), Staff(name="李工")])
    sync(boss)
    boss.close()
    args = ["--db", admin, "team", "add-member", MEMBER, "--role", "salesperson"]
    assert main([*args, "--staff", "王强", "--no-password"]) == 0
    capsys.readouterr()
    yield name
    pg_server.drop_database(name)
    pg_server.execute(f'DROP ROLE IF EXISTS "{MEMBER}"')


def _laptop(template_db: Path, tmp_path: Path, name: str, url: str) -> Database:
    path = tmp_path / f"{name}.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    join(db, url)
    return db


@pytest.fixture
def member_laptop(
    pg_server: PgServer,
    team: str,
    template_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[str], Database]:
    """``member_laptop("wang")``: a new laptop file joined as who_wang, with no KAM_USER
    (as on a user's laptop; the caller closes it)."""
    monkeypatch.delenv("KAM_USER")
    url = pg_server.url(team, user=MEMBER)
    return lambda name: _laptop(template_db, tmp_path, name, url)


def test_the_first_sync_takes_the_members_person(
    member_laptop: Callable[[str], Database],
) -> None:
    laptop = member_laptop("wang")
    try:
        assert me(laptop) is None
        report = sync(laptop)
        assert report.adopted_person == "王强"
        assert "now recorded as 王强" in summary_text(report)  # the app's sync summary
        person = me(laptop)
        assert person is not None and person.name == "王强"
        assert laptop.user == "王强"  # changes from now on are recorded under that name
        assert sync(laptop).adopted_person == ""  # once
    finally:
        laptop.close()


def test_a_person_already_chosen_stays(member_laptop: Callable[[str], Database]) -> None:
    laptop = member_laptop("wang")
    try:
        sync(laptop)
        with laptop.session() as session:
            li = session.query(Staff).filter_by(name="李工").one().id
        set_me(laptop, li)
        sync(laptop)
        person = me(laptop)
        assert person is not None and person.name == "李工"
    finally:
        laptop.close()


def test_asked_and_declined_or_named_for_the_run_is_left_alone(
    member_laptop: Callable[[str], Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    declined = member_laptop("declined")
    try:
        mark_asked(declined)  # "ask me later" at the first start
        assert sync(declined).adopted_person == ""
        assert me(declined) is None
    finally:
        declined.close()
    monkeypatch.setenv("KAM_USER", "王强")
    named = member_laptop("named")
    try:
        assert sync(named).adopted_person == ""
        assert me(named) is None
    finally:
        named.close()


def test_kam_sync_says_so(
    member_laptop: Callable[[str], Database], capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = member_laptop("wang")
    path = laptop.path
    laptop.close()
    assert main(["--lang", "zh_CN", "--db", str(path), "sync"]) == 0
    out = capsys.readouterr().out
    assert "此后本机的修改记在 王强 名下" in out
