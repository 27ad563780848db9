"""Random work on three laptops between syncs in random order, reproducible by its seed.

Bugs that depend on order (which uuid comes first in a batch, who syncs first) hide
from hand-written cases. Each seed drives laptops that create accounts, chains of
contacts, visits with their people, contracts and payments, edit the same and
different fields and delete records (parents too, whose children others edit); after
everyone has synced twice with nothing new, every laptop must hold the server's rows,
and no edit may be lost that README's "When two people changed the same thing" keeps:
it is the final value, or a conflict lists it, or someone who had it overwrote or
deleted it.

``KAM_SYNC_SEEDS=0-199`` runs more seeds (the default few run in CI); a failure names
its seed: ``KAM_SYNC_SEEDS=<seed>`` reruns exactly it.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from kam.accounts.people_model import Contact
from kam.business.model import Contract, Payment
from kam.domain import Account, Staff, Visit
from kam.store import Database
from kam.store.location import resolve_url
from kam.sync.client import sync
from kam.sync.rows import read_rows
from kam.sync.tables import AUDIT, by_name

pytestmark = pytest.mark.postgres

TABLES = ("account", "contact", "staff", "visit", "visit_staff", "visit_contact")
TABLES += ("contract", "payment")
MODELS: dict[str, Any] = {
    "account": Account,
    "contact": Contact,
    "visit": Visit,
    "contract": Contract,
    "payment": Payment,
}
# Fields edited at random, each with unique text so that every value can be traced.
EDITABLE = {
    "account": ("region", "industry", "notes"),
    "contact": ("title", "department", "notes"),
    "visit": ("outcome", "notes"),
    "contract": ("product", "notes"),
    "payment": ("notes",),
}
ROUNDS = 4


def _seeds() -> list[int]:
    """The seeds to run; 135 once needed a third round within one sync (a customer
    revived, then its visit restored, then the visit's people); 155 refused a visit's
    visit_staff and visit_contact rows under the same ids ("5:3") and the laptop forgot
    one of them."""
    spec = os.environ.get("KAM_SYNC_SEEDS", "0-7,135,155,236")
    seeds: list[int] = []
    for part in spec.split(","):
        first, _dash, last = part.partition("-")
        seeds.extend(range(int(first), int(last or first) + 1))
    return seeds


@dataclass
class Journal:
    """What the laptops did: every edit (old and new value) and every deletion."""

    edits: list[tuple[str, str, str, str, Any, Any]] = field(default_factory=list)
    # (laptop, table, uuid) → the field values the deleting laptop had then
    deleted: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)
    log: list[str] = field(default_factory=list)


class Worker:
    """One laptop doing random work with its own numbering."""

    def __init__(self, name: str, db: Database, rng: random.Random, journal: Journal) -> None:
        self.name, self.db, self.rng, self.journal = name, db, rng, journal
        self.n = 0

    def uuid(self) -> str:
        """A uuid from the seed: records are picked in uuid order, so random ones would
        make a seed's run differ from one time to the next."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _next(self) -> str:
        self.n += 1
        return f"{self.name}{self.n}"

    def act(self) -> None:
        op = self.rng.choices(
            ["account", "contacts", "visit", "contract", "edit", "delete"],
            weights=[2, 3, 2, 2, 6, 2],
        )[0]
        getattr(self, f"_op_{op}")()

    def _pick(self, session: Any, model: Any) -> Any:
        rows = list(session.scalars(select(model).order_by(model.uuid)))
        return self.rng.choice(rows) if rows else None

    def _op_account(self) -> None:
        tag = self._next()
        with self.db.session() as session:
            session.add(Account(code=tag, name=f"客户{tag}", region="河北", uuid=self.uuid()))
        self.journal.log.append(f"{self.name} adds account {tag}")

    def _op_contacts(self) -> None:
        """A chain of one to three new contacts, the first reporting to an existing one
        (or nobody), each next one to the one before."""
        with self.db.session() as session:
            account = self._pick(session, Account)
            if account is None:
                return
            existing = list(
                session.scalars(
                    select(Contact).where(Contact.account_id == account.id).order_by(Contact.uuid)
                )
            )
            boss = self.rng.choice([None, *existing])
            for _i in range(self.rng.randint(1, 3)):
                tag = self._next()
                contact = Contact(
                    account_id=account.id, name=f"联系人{tag}", reports_to=boss, uuid=self.uuid()
                )
                session.add(contact)
                boss = contact if self.rng.random() < 0.7 else self.rng.choice([None, *existing])
            self.journal.log.append(f"{self.name} adds contacts under {account.code}")

    def _op_visit(self) -> None:
        with self.db.session() as session:
            account = self._pick(session, Account)
            if account is None:
                return
            tag = self._next()
            contacts = list(
                session.scalars(select(Contact).where(Contact.account_id == account.id))
            )
            staff = list(session.scalars(select(Staff).order_by(Staff.name)))
            visit = Visit(
                account_id=account.id,
                layer="business",
                planned_on=date(2026, 1, 1) + timedelta(days=self.n),
                purpose=f"拜访{tag}",
                uuid=self.uuid(),
            )
            visit.contacts = self.rng.sample(contacts, min(len(contacts), self.rng.randint(0, 2)))
            visit.staff = self.rng.sample(staff, min(len(staff), self.rng.randint(0, 2)))
            session.add(visit)
            self.journal.log.append(f"{self.name} adds visit {tag} at {account.code}")

    def _op_contract(self) -> None:
        with self.db.session() as session:
            account = self._pick(session, Account)
            if account is None:
                return
            tag = self._next()
            contract = Contract(
                account_id=account.id,
                contract_no=tag,
                signed_on=date(2026, 3, 1),
                amount=100.0,
                uuid=self.uuid(),
            )
            session.add(contract)
            session.flush()
            for _i in range(self.rng.randint(0, 2)):
                session.add(
                    Payment(
                        account_id=account.id,
                        contract_id=contract.id,
                        paid_on=date(2026, 4, 1),
                        amount=10.0,
                        uuid=self.uuid(),
                    )
                )
            self.journal.log.append(f"{self.name} adds contract {tag} at {account.code}")

    def _op_edit(self) -> None:
        table = self.rng.choice(list(EDITABLE))
        with self.db.session() as session:
            row = self._pick(session, MODELS[table])
            if row is None:
                return
            name = self.rng.choice(EDITABLE[table])
            old, new = getattr(row, name), f"{self._next()}改"
            setattr(row, name, new)
            self.journal.edits.append((self.name, table, row.uuid, name, old, new))
            self.journal.log.append(f"{self.name} sets {table} {row.uuid[:8]} {name}={new}")

    def _op_delete(self) -> None:
        table = self.rng.choices(list(MODELS), weights=[1, 3, 2, 2, 1])[0]
        with self.db.session() as session:
            row = self._pick(session, MODELS[table])
            if row is None:
                return
            uid = row.uuid
        before = _rows(self.db)
        with self.db.session() as session:
            session.delete(
                session.scalars(select(MODELS[table]).where(MODELS[table].uuid == uid)).one()
            )
        after = _rows(self.db)
        for name in MODELS:
            for key in before[name].keys() - after[name].keys():
                self.journal.deleted.append((self.name, name, key, before[name][key]))
        self.journal.log.append(f"{self.name} deletes {table} {uid[:8]}")


def _rows(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    with db.engine.connect() as conn:
        return {name: read_rows(conn, by_name()[name]) for name in TABLES}


def _comparable(rows: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return {
        name: {k: {c: v for c, v in r.items() if c not in AUDIT} for k, r in found.items()}
        for name, found in rows.items()
    }


def _server_state(url: str) -> tuple[dict[str, dict[str, dict[str, Any]]], list[Any]]:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            rows = {name: read_rows(conn, by_name()[name]) for name in TABLES}
            conflicts = conn.execute(
                text("SELECT kind, table_name, row_key, field, kept, set_aside FROM sync_conflict")
            ).all()
        return rows, conflicts
    finally:
        engine.dispose()


def _lost_edits(
    journal: Journal, rows: dict[str, dict[str, dict[str, Any]]], conflicts: list[Any]
) -> list[str]:
    """Edits that neither stayed, nor were listed as a conflict, nor were overwritten or
    deleted by a laptop that had them."""
    listed = {
        (c.table_name, c.row_key, c.field, v) for c in conflicts for v in (c.kept, c.set_aside)
    }
    overwritten = {(t, k, f, old) for _w, t, k, f, old, _new in journal.edits}
    deleted_knowing = {
        (t, k, f, v) for _w, t, k, values in journal.deleted for f, v in values.items()
    }
    lost = []
    for who, table, key, name, _old, new in journal.edits:
        row = rows[table].get(key)
        if row is not None and row[name] == new:
            continue
        if (table, key, name, json.dumps(new, ensure_ascii=False)) in listed:
            continue
        if (table, key, name, new) in overwritten:
            continue
        if (table, key, name, new) in deleted_knowing:
            continue
        lost.append(
            f"{who}'s {table} {key[:8]} {name}={new} ({'gone' if row is None else row[name]})"
        )
    return lost


@pytest.mark.parametrize("seed", _seeds())
def test_random_work_on_three_laptops_converges_and_keeps_every_edit(
    seed: int, laptop: Callable[..., Database], server: str
) -> None:
    rng = random.Random(seed)
    journal = Journal()
    names = ["anna", "ben", "carl"][: rng.choice([2, 3])]
    workers = [Worker(n, laptop(n), rng, journal) for n in names]
    with workers[0].db.session() as session:
        session.add_all(Staff(name=f"员工{i}", uuid=workers[0].uuid()) for i in range(3))
    for worker in workers:
        sync(worker.db)
    for round_no in range(ROUNDS):
        journal.log.append(f"-- round {round_no}")
        for worker in rng.sample(workers, len(workers)):
            for _i in range(rng.randint(1, 4)):
                worker.act()
            if rng.random() < 0.8:
                sync(worker.db)
                journal.log.append(f"{worker.name} syncs")
    for _again in range(2):
        for worker in rng.sample(workers, len(workers)):
            sync(worker.db)
    server_rows, conflicts = _server_state(server)
    expected = _comparable(server_rows)
    story = "\n".join(journal.log)
    for worker in workers:
        got = _comparable(_rows(worker.db))
        for name in TABLES:
            assert got[name] == expected[name], (
                f"seed {seed}: {worker.name}'s {name} differs from the server's\n{story}"
            )
    lost = _lost_edits(journal, server_rows, conflicts)
    assert not lost, f"seed {seed}: edits lost: {lost}\n{story}"
