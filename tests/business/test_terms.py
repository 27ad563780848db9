"""Payment terms (issue 14 item 1): arrears age from the due date, with the clock fixed;
the contract's terms, the account's default and the company default in that order; the
warnings and the rating's collection rate follow the due date; the migration gives
existing contracts the company default."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kam.accounts.service import get_account, save_account
from kam.business.arrears import account_arrears
from kam.business.service import ContractData, list_contracts, save_contract
from kam.domain import Account, Contract, Payment
from kam.health.warnings import open_warnings, save_thresholds
from kam.rating.measures import year_figures
from kam.store import open_database
from kam.validation import ValidationError

SIGNED = date(2025, 11, 17)
TODAY = SIGNED + timedelta(days=3)


@pytest.fixture
def account_id(db) -> int:
    with db.session() as s:
        a = Account(code="NEW", name="新客户")
        s.add(a)
        s.flush()
        return a.id


def _due(db, account_id: int) -> dict[str, date | None]:
    return {c.contract_no: c.falls_due_on for c in list_contracts(db, account_id)}


def test_a_contract_on_90_day_terms_is_no_arrear_until_it_falls_due(db, account_id) -> None:
    save_contract(
        db, ContractData(account_id, "HT-1", SIGNED, quantity=10, amount=500_000, payment_days=90)
    )
    with db.session() as s:
        assert account_arrears(s, account_id, TODAY) == []
        assert account_arrears(s, account_id, SIGNED + timedelta(days=90)) == []
        [late] = account_arrears(s, account_id, SIGNED + timedelta(days=100))
    assert (late.due_on, late.age_days, late.bucket) == (SIGNED + timedelta(90), 10, "0-30")


def test_terms_come_from_contract_then_account_then_company(db, account_id) -> None:
    save_contract(db, ContractData(account_id, "OWN", SIGNED, amount=1, payment_days=10))
    save_contract(db, ContractData(account_id, "DATE", SIGNED, amount=1, due_on=date(2026, 3, 31)))
    save_contract(db, ContractData(account_id, "DEFAULT", SIGNED, amount=1))
    assert _due(db, account_id) == {
        "OWN": SIGNED + timedelta(10),
        "DATE": date(2026, 3, 31),
        "DEFAULT": SIGNED + timedelta(30),
    }
    data = get_account(db, account_id)
    data.payment_days = 60
    save_account(db, data)
    assert _due(db, account_id)["DEFAULT"] == SIGNED + timedelta(60)
    data.payment_days = None
    save_account(db, data)
    save_thresholds(db, {"payment_days": 45})
    assert _due(db, account_id) == {
        "OWN": SIGNED + timedelta(10),
        "DATE": date(2026, 3, 31),
        "DEFAULT": SIGNED + timedelta(45),
    }


def test_bad_terms_are_refused_naming_the_field(db, account_id) -> None:
    with pytest.raises(ValidationError) as err:
        save_contract(
            db,
            ContractData(
                account_id, "X", SIGNED, amount=1, payment_days=-5, due_on=SIGNED - timedelta(1)
            ),
        )
    assert set(err.value.errors) == {"payment_days", "due_on"}
    with pytest.raises(ValidationError) as err:
        save_contract(
            db,
            ContractData(
                account_id, "X", SIGNED, amount=1, payment_days=30, due_on=SIGNED + timedelta(30)
            ),
        )
    assert set(err.value.errors) == {"due_on"}
    assert list_contracts(db, account_id) == []


def test_warnings_wait_for_the_due_date(db, account_id) -> None:
    save_contract(db, ContractData(account_id, "HT-1", SIGNED, amount=900_000, payment_days=180))
    kinds = {w.kind for w in open_warnings(db, as_of=SIGNED + timedelta(days=200))}
    assert "arrears_overdue" not in kinds
    kinds = {w.kind for w in open_warnings(db, as_of=SIGNED + timedelta(days=180 + 61))}
    assert "arrears_overdue" in kinds


def test_collection_rate_counts_what_fell_due(db, account_id) -> None:
    save_contract(
        db, ContractData(account_id, "DEC", date(2024, 12, 1), amount=100, payment_days=90)
    )
    save_contract(
        db, ContractData(account_id, "MAR", date(2025, 3, 1), amount=100, payment_days=30)
    )
    with db.session() as s:
        s.add(Payment(account_id=account_id, paid_on=date(2025, 2, 20), amount=100))
    with db.session() as s:
        figures = year_figures(s, [2024, 2025], [account_id])
    # Nothing fell due in 2024: no collection rate rather than 0 %.
    assert figures[(account_id, 2024)].measure("collection_rate") is None
    assert figures[(account_id, 2025)].measure("collection_rate") == pytest.approx(50.0)


def test_the_migration_gives_existing_contracts_the_company_default(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parent.parent / "store" / "fixtures"
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture / "schema-0002.sqlite3", path)
    with sqlite3.connect(path) as raw:
        signed = [
            date.fromisoformat(r[0])
            for r in raw.execute("SELECT signed_on FROM contract ORDER BY id")
        ]
    assert signed
    db = open_database(path)
    with db.session() as s:
        rows = s.execute(
            select(Contract.signed_on, Contract.payment_days, Contract.falls_due_on).order_by(
                Contract.id
            )
        ).all()
    db.close()
    assert [(r.signed_on, r.payment_days, r.falls_due_on) for r in rows] == [
        (d, 30, d + timedelta(30)) for d in signed
    ]
