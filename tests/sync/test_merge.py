"""The same customer created on two laptops, merged on the user's word (issue 12 §3):
``kam sync merge LOCAL=SERVER`` with two laptops and a real server."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, select, text

from kam.cli import main
from kam.domain import Contact
from kam.store.location import resolve_url
from kam.sync.client import sync
from kam.sync.conflicts import list_conflicts
from tests.sync.helpers import account, add_account, add_contact, dump

pytestmark = pytest.mark.postgres


def _run(capsys, db, *args: str) -> tuple[int, str, str]:
    os.environ["KAM_USER"] = db.user
    code = main(["--lang", "en", "--db", str(db.path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(autouse=True)
def _user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAM_USER", "tester")


def _server_count(url: str, sql: str) -> int:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_a_refused_duplicate_merged_on_the_users_word(laptop, server, capsys) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    server_uuid = add_account(anna, "C1", "河北钢铁", region="河北")
    add_contact(anna, "C1", "张工")
    add_account(ben, "C2", "河北钢铁", region="唐山")
    add_contact(ben, "C2", "李工")
    sync(anna)
    code, out, _err = _run(capsys, ben, "sync")
    assert code == 0
    assert (
        "Refused: this customer C2 duplicates C1 already on the server; change its code or "
        "name here, or delete it, then sync again; or merge it into the server's: "
        "kam sync merge C2=C1"
    ) in out

    code, _out, err = _run(capsys, ben, "sync", "merge", "C2")
    assert code == 1 and err.strip() == (
        "kam: Give the two customers as LOCAL=SERVER, e.g. kam sync merge C2=C1"
    )
    code, _out, err = _run(capsys, ben, "sync", "merge", "C9=C1")
    assert code == 1 and err.strip() == "kam: No customer C9 on this laptop"
    code, _out, err = _run(capsys, ben, "sync", "merge", "C2=C7")
    assert code == 1 and err.strip() == "kam: No customer C7 on the team server"

    code, out, _err = _run(capsys, ben, "sync", "merge", "C2=C1")
    assert code == 0, _err
    assert "C2 merged into the server's C1; 2 fields of this laptop set aside" in out
    assert "Pushed: contact 1" in out and "Refused" not in out
    # One customer everywhere, with both laptops' contacts; ben's C2 is gone.
    assert account(ben, "C2") is None
    assert account(ben, "C1").uuid == server_uuid and account(ben, "C1").region == "河北"
    assert _server_count(server, "SELECT count(*) FROM account") == 1
    assert _server_count(server, "SELECT count(*) FROM contact") == 2
    sync(anna)
    assert dump(anna) == dump(ben)
    with anna.session() as session:
        names = set(session.scalars(select(Contact.name)))
    assert names == {"张工", "李工"}
    # Ben's values wait as conflicts; restoring one is an ordinary edit that syncs.
    aside = {c.field: (c.kept, c.set_aside) for c in list_conflicts(ben)}
    assert aside == {"code": ("C1", "C2"), "region": ("河北", "唐山")}
    region = next(c.id for c in list_conflicts(ben) if c.field == "region")
    assert _run(capsys, ben, "sync", "restore", str(region))[0] == 0
    sync(ben)
    sync(anna)
    assert account(anna, "C1").region == "唐山"
    # Merging a customer already on the server is refused in one line.
    code, _out, err = _run(capsys, ben, "sync", "merge", "C1=C1")
    assert code == 1 and "already on the team server" in err and len(err.splitlines()) == 1
