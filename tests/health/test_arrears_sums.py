"""The warnings' one-pass arrears sums agree with kam.business.arrears, contract by
contract, on random histories (payments against contracts, overpayments, loose
payments, payments to another account's contract)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kam.business.arrears import arrears_by_account
from kam.domain import Account, Contract, Payment
from kam.health.thresholds import Thresholds
from kam.health.warning_facts import gather_facts
from kam.store import Database


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_overdue_and_aged_sums_match_the_arrears_ledger(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    as_of = date(2026, 6, 30)
    t = Thresholds()
    with db.session() as s:
        accounts = [Account(code=f"R{n}", name=f"R{n}") for n in range(6)]
        s.add_all(accounts)
        s.flush()
        contracts = []
        for n in range(80):
            a = rng.choice(accounts)
            c = Contract(
                account_id=a.id,
                contract_no=f"C{n}",
                quantity=1,
                signed_on=as_of - timedelta(days=rng.randint(-30, 500)),
                amount=rng.choice([0, 500, 1000, 2500]),
            )
            s.add(c)
            contracts.append(c)
        s.flush()
        for _n in range(120):
            c = rng.choice(contracts)
            linked = rng.random() < 0.7
            account_id = c.account_id if rng.random() < 0.95 else rng.choice(accounts).id
            s.add(
                Payment(
                    account_id=account_id,
                    contract_id=c.id if linked else None,
                    paid_on=as_of - timedelta(days=rng.randint(-20, 480)),
                    amount=rng.choice([100, 400, 1000, 3000]),
                )
            )
    with db.session() as s:
        facts = gather_facts(s, as_of, t)
        now = arrears_by_account(s, as_of)
        then = arrears_by_account(s, as_of - timedelta(days=t.arrears_growth_window_days))

    def total(items, account_id: int, days: int) -> float:  # type: ignore[no-untyped-def]
        return sum(a.open_amount for a in items.get(account_id, []) if a.age_days > days)

    for a, f in facts.items():
        assert f.arrears_overdue == pytest.approx(total(now, a, t.arrears_overdue_days), abs=0.05)
        assert f.arrears_severe == pytest.approx(total(now, a, t.arrears_severe_days), abs=0.05)
        assert f.arrears_aged_now == pytest.approx(
            total(now, a, t.arrears_growth_age_days), abs=0.05
        )
        assert f.arrears_aged_then == pytest.approx(
            total(then, a, t.arrears_growth_age_days), abs=0.05
        )
