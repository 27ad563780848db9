"""Who "I" am: stored per database by staff member, overridden by KAM_USER and
``kam --as``; it stamps changed_by and survives reopening the file."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from sqlalchemy import select

from kam.accounts import identity
from kam.accounts.service import AccountData, save_account
from kam.accounts.staff import StaffData, save_staff
from kam.cli import main
from kam.domain import Account, RatingRun
from kam.store import Database, open_database
from tests.rating.helpers import SCHEME, populate


@pytest.fixture
def no_env_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAM_USER", raising=False)


def _changed_by(db: Database, code: str) -> str:
    with db.session() as session:
        return session.scalar(select(Account.changed_by).where(Account.code == code)) or ""


def test_asked_once_then_stamped_and_remembered(no_env_user: None, db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.user == getpass.getuser()
        assert identity.needs_asking(db) and identity.me(db) is None
        li = save_staff(db, StaffData(name="李强", layer="technical"))
        assert identity.set_me(db, li) == "李强"
        save_account(db, AccountData(code="HB", name="河北钢铁", owner="李强"))
        assert _changed_by(db, "HB") == "李强"
        assert identity.my_staff_id(db) == li and not identity.needs_asking(db)
    finally:
        db.close()
    again = open_database(db_path)
    try:
        assert again.user == "李强" and identity.me(again).name == "李强"  # type: ignore[union-attr]
        save_staff(again, StaffData(name="李强强", layer="technical", id=li))  # a rename follows
    finally:
        again.close()
    renamed = open_database(db_path)
    assert renamed.user == "李强强"
    renamed.close()


def test_skipping_the_question_asks_no_more(no_env_user: None, db: Database) -> None:
    identity.mark_asked(db)
    assert not identity.needs_asking(db)


def test_kam_user_wins_and_is_never_asked(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(db_path)
    identity.set_me(db, save_staff(db, StaffData(name="张伟")))
    db.close()
    monkeypatch.setenv("KAM_USER", "王芳")
    db = open_database(db_path)
    assert db.user == "王芳" and not identity.needs_asking(db)
    db.close()


def test_as_name_on_the_command_line(db: Database, db_path: Path, tmp_path: Path) -> None:
    populate(db)
    scheme = tmp_path / "scheme.toml"
    scheme.write_text(SCHEME, encoding="utf-8")
    assert (
        main(
            [
                "--as",
                "总监",
                "--db",
                str(db_path),
                "rating",
                "run",
                "--year",
                "2025",
                "--scheme",
                str(scheme),
            ]
        )
        == 0
    )
    with db.session() as session:
        run = session.scalars(select(RatingRun)).one()
        assert run.created_by == "总监" and run.changed_by == "总监"
    # The name holds for that command only.
    after = open_database(db_path)
    assert after.user == "tester"
    after.close()
