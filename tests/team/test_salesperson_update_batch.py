"""A salesperson's batch of updated records on the team server, under row-level
security: written with one statement, and when the server refuses some of them, those
are refused one by one (as "hidden") and the others written, as when each record had
its own UPDATE."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, delete, event, insert, select

from kam.domain import Account, Contact, Staff
from kam.store.location import resolve_url
from kam.store.team_server import add_member, init_team_server
from kam.sync.rows import Writer, read_rows
from kam.sync.tables import by_name
from kam.sync.visibility import refusal_for, upsert_where_allowed
from tests.pg import PgServer

pytestmark = pytest.mark.postgres

SALES = "batch_sales"


@pytest.fixture(scope="module")
def team(pg_server: PgServer) -> Iterator[str]:
    """A team server: 王强's accounts A1, A2 and their contacts, 李工's B1 (with a
    contact) and the shared S1 (with one); the login ``batch_sales`` is 王强."""
    name = pg_server.new_database("batch")
    url = pg_server.url(name)
    init_team_server(url)
    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(insert(Staff.__table__), [{"name": "王强"}, {"name": "李工"}])  # type: ignore[arg-type]
        staff = {name: rid for name, rid in conn.execute(select(Staff.name, Staff.id))}
        conn.execute(
            insert(Account.__table__),  # type: ignore[arg-type]
            [
                {"code": "A1", "name": "首钢", "owner_id": staff["王强"], "shared": False},
                {"code": "A2", "name": "鞍钢", "owner_id": staff["王强"], "shared": False},
                {"code": "B1", "name": "宝钢", "owner_id": staff["李工"], "shared": False},
                {"code": "S1", "name": "沙钢", "owner_id": staff["李工"], "shared": True},
            ],
        )
        accounts = {code: rid for code, rid in conn.execute(select(Account.code, Account.id))}
        conn.execute(
            insert(Contact.__table__),  # type: ignore[arg-type]
            [
                {"account_id": accounts[code], "name": name, "owner_id": staff["李工"]}
                for code, name in (("A1", "张工"), ("A2", "刘工"), ("B1", "陈工"), ("S1", "赵工"))
            ],
        )
    engine.dispose()
    add_member(url, SALES, "salesperson", staff_name="王强")
    yield name
    pg_server.drop_database(name)
    pg_server.execute(f'DROP ROLE IF EXISTS "{SALES}"')


@pytest.fixture
def sales(pg_server: PgServer, team: str) -> Iterator[Connection]:
    """The salesperson's connection; what it writes is rolled back after the test."""
    engine = create_engine(resolve_url(pg_server.url(team, user=SALES)))
    with engine.connect() as connection:
        yield connection
        connection.rollback()
    engine.dispose()


def _updates(conn: Connection) -> list[int]:
    """For each UPDATE ``conn`` sends from now on, how many records it carries."""
    sent: list[int] = []

    @event.listens_for(conn, "before_cursor_execute")
    def seen(_c: Any, _cursor: Any, statement: str, params: Any, _ctx: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            if many:
                sent.extend([1] * len(params))
            else:  # a batch's ids are its first array
                sent.append(len(params["c0"]) if "c0" in params else 1)

    return sent


def _by_code(conn: Connection) -> dict[str, dict[str, Any]]:
    rows = read_rows(conn, by_name()["account"])
    return {row["code"]: row for row in rows.values()}


def test_a_batch_the_policy_allows_goes_as_one_update(sales: Connection, update_mode: str) -> None:
    contacts = read_rows(sales, by_name()["contact"])
    assert sorted(c["name"] for c in contacts.values()) == ["刘工", "张工", "赵工"]
    edited = {key: {**row, "title": "处长", "birthday": None} for key, row in contacts.items()}
    sent = _updates(sales)
    refused = upsert_where_allowed(sales, Writer(sales), by_name()["contact"], edited, [])
    assert refused == []
    assert read_rows(sales, by_name()["contact"]) == edited
    assert sent == ([3] if update_mode == "together" else [1, 1, 1])


def test_records_the_server_refuses_are_refused_one_by_one_and_the_rest_written(
    pg_server: PgServer, team: str, sales: Connection, update_mode: str
) -> None:
    """Her laptop gives A2 to 李工 and moves 张工 there in one push; it also edits B1,
    which she could see once and no longer can."""
    owner = create_engine(resolve_url(pg_server.url(team)))
    with owner.connect() as conn:
        b1 = _by_code(conn)["B1"]
    owner.dispose()
    accounts = _by_code(sales)
    assert sorted(accounts) == ["A1", "A2", "S1"]
    staff = read_rows(sales, by_name()["staff"])
    li = next(key for key, row in staff.items() if row["name"] == "李工")
    edits: dict[str, dict[str, Any]] = {
        "A1": {"region": "北京", "assets": 12.5},
        "A2": {"owner_id": li, "region": "辽宁"},
    }
    given = {accounts[code]["uuid"]: {**accounts[code], **edit} for code, edit in edits.items()}
    people = {row["name"]: row for row in read_rows(sales, by_name()["contact"]).values()}
    moved = {**people["张工"], "account_id": accounts["A2"]["uuid"], "title": "部长"}
    edited = {**people["赵工"], "title": "处长", "birthday": "1980-02-29"}
    contacts = {moved["uuid"]: moved, edited["uuid"]: edited}
    sent = _updates(sales)
    writer = Writer(sales)  # one for the whole push, as the server's

    assert upsert_where_allowed(sales, writer, by_name()["account"], given, []) == []
    now = _by_code(sales)
    assert sorted(now) == ["A1", "S1"]  # A2 is 李工's now, with nobody of hers
    assert now["A1"] == given[accounts["A1"]["uuid"]]
    assert sent == ([2] if update_mode == "together" else [1, 1])

    sent.clear()
    refused = upsert_where_allowed(sales, writer, by_name()["contact"], contacts, [])
    # 张工 would belong to an account she no longer sees (the policy's WITH CHECK).
    assert refused == [refusal_for(by_name()["contact"], moved["uuid"], "policy")]
    assert refused[0].reason == "hidden"
    now_people = {row["name"]: row for row in read_rows(sales, by_name()["contact"]).values()}
    assert now_people == {"张工": people["张工"], "赵工": edited}
    # The batch, refused as a whole, then each record again on its own.
    assert sent == ([2, 1, 1] if update_mode == "together" else [1, 1, 1, 1])

    sent.clear()
    again = {**now["A1"], "notes": "再改"}
    pushed = {again["uuid"]: again, b1["uuid"]: {**b1, "region": "上海"}}
    refused = upsert_where_allowed(sales, writer, by_name()["account"], pushed, [])
    # B1, unseen, would be a new account of 李工's to her: refused, A1 written.
    assert refused == [refusal_for(by_name()["account"], b1["uuid"], "policy")]
    assert _by_code(sales)["A1"] == again
    assert sent == [1, 1]  # A1 before B1's insert failed, then again alone


def test_every_record_of_a_batch_is_judged_by_what_she_saw_when_it_began(
    pg_server: PgServer, team: str, sales: Connection
) -> None:
    """She covers 李工's X1 through her contact 孙工 only, and pushes 孙工 handed to 李工
    beside an edit of 周工 there. One UPDATE per record lost that edit without a word
    when 孙工 came first (X1 was hidden from the next statement); the batch writes both."""
    owner = create_engine(resolve_url(pg_server.url(team)))
    with owner.begin() as conn:
        staff = {name: rid for name, rid in conn.execute(select(Staff.name, Staff.id))}
        conn.execute(
            insert(Account.__table__),  # type: ignore[arg-type]
            [{"code": "X1", "name": "兴澄", "owner_id": staff["李工"], "shared": False}],
        )
        x1 = conn.scalar(select(Account.id).where(Account.code == "X1"))
        conn.execute(
            insert(Contact.__table__),  # type: ignore[arg-type]
            [
                {"account_id": x1, "name": name, "owner_id": staff[whose]}
                for name, whose in (("孙工", "王强"), ("周工", "李工"))
            ],
        )
    try:
        people = {row["name"]: row for row in read_rows(sales, by_name()["contact"]).values()}
        li = next(k for k, r in read_rows(sales, by_name()["staff"]).items() if r["name"] == "李工")
        handed = {**people["孙工"], "owner_id": li}
        edited = {**people["周工"], "title": "厂长"}
        batch = {handed["uuid"]: handed, edited["uuid"]: edited}
        assert upsert_where_allowed(sales, Writer(sales), by_name()["contact"], batch, []) == []
        sales.commit()
        with owner.connect() as conn:
            held = conn.execute(
                select(Contact.name, Contact.title, Contact.owner_id)
                .where(Contact.account_id == x1)
                .order_by(Contact.id)
            ).all()
        assert held == [("孙工", "", staff["李工"]), ("周工", "厂长", staff["李工"])]
    finally:
        with owner.begin() as conn:
            conn.execute(delete(Contact.__table__).where(Contact.account_id == x1))  # type: ignore[arg-type]
            conn.execute(delete(Account.__table__).where(Account.id == x1))  # type: ignore[arg-type]
        owner.dispose()
